#!/usr/bin/env bash
# Trains the heading models the library ships (core/src/main/resources/dev/minutes/learn/headings-*.bin.gz) on every
# real document with gold in both real corpora and on the project's fixtures (testdata/families, testdata/zoo), then
# builds the jar again with them. The PDFs are not in this repository; pass their folders (defaults
# ../shared/corpora/real-minutes, with testdata/real-gold, and ../shared/corpora/real-minutes-2, with its gold/).
# Training is deterministic: the same documents give the same models.
#   scripts/train-reader.sh [CORPUS_DIR [CORPUS_2_DIR]]
set -euo pipefail
source "$(dirname "$0")/real-corpora.sh"
cd "$root"
mvn -B -q package -DskipTests
java -cp cli/target/minutes.jar dev.minutes.learn.train.TrainReader core/src/main/resources/dev/minutes/learn \
  "$first" testdata/real-gold "$second" "$second/gold" --fixtures testdata/families testdata/zoo
mvn -B -q package -DskipTests

#!/usr/bin/env bash
# The benchmark behind the README's figures: a long PDF against bare PDFBox, bulk throughput with one
# and two workers against poppler's pdftotext (apt-get install poppler-utils), time to the first file,
# worker peak heap.   scripts/bench.sh [REPETITIONS] [CORPUS_SIZE]   (defaults 10 and 200)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
cpfile="$(mktemp)"
mvn -B -q -pl cli dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile"
cp="$(cat "$cpfile")"
rm -f "$cpfile"
exec java -Xmx1g -Dminutes.testdata="$PWD/testdata" -cp "cli/target/classes:cli/target/test-classes:$cp" \
  dev.minutes.cli.bench.Bench "$@"

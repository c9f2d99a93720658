#!/usr/bin/env bash
# Leave one source out: for each organisation in both real corpora, the heading models are trained on every other
# organisation's documents and the project's fixtures (testdata/families, testdata/zoo), that organisation's
# documents are parsed with them and scored softly against their gold (as the second corpus's score.py scores: date,
# people, items, order, decisions, actions). Prints a line per document (with the profile that read it), per source,
# the mean over documents and the mean over sources. The PDFs are not in this repository; pass their folders
# (defaults ../shared/corpora/real-minutes, with testdata/real-gold, and ../shared/corpora/real-minutes-2, with its
# gold/ folder). --general reads every document with the general reader alone; --choices adds, per document, both
# readings' scores and the signals the choice between them goes by; --json FILE writes the report as JSON;
# --outputs DIR writes each document's JSON as its fold parsed it; --only SOURCE runs that organisation's fold alone.
#   scripts/eval-loso.sh [CORPUS_DIR [CORPUS_2_DIR]] [--general] [--choices] [--json FILE] [--outputs DIR] [--only SOURCE]
set -euo pipefail
source "$(dirname "$0")/real-corpora.sh"
jar="$root/cli/target/minutes.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q package -DskipTests)
exec java -cp "$jar" dev.minutes.learn.train.LeaveOneSourceOut "$first" "$root/testdata/real-gold" \
  "$second" "$second/gold" --fixtures "$root/testdata/families" "$root/testdata/zoo" "$@"

#!/usr/bin/env bash
# The benchmark behind the README's figures: a long PDF against bare PDFBox, bulk throughput with one
# and two workers against poppler's pdftotext (apt-get install poppler-utils), time to the first file,
# worker peak heap.   scripts/bench.sh [REPETITIONS] [CORPUS_SIZE]   (defaults 10 and 200)
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(scripts/test-classpath.sh cli)"
exec java -Xmx1g -Dminutes.testdata="$PWD/testdata" -cp "$cp" \
  dev.minutes.cli.bench.Bench "$@"

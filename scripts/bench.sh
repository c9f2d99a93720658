#!/usr/bin/env bash
# The benchmark behind the README's figures (see Bench), as ratios measured side by side in one run: a
# whole-process parse against bare PDFBox in its own JVM (6 and 150 pages; JDK 17, and JDK 25 with the
# launcher's AOT cache where installed); the warm parse against bare PDFBox; bulk --jobs 2 against --jobs 1
# and against poppler's pdftotext two at a time (apt-get install poppler-utils) on generated minutes, with
# CPU time, time to the first file and the workers' memory (peak RSS, and the heap from their GC logs,
# which this script turns on).
#   scripts/bench.sh [REPETITIONS] [CORPUS_SIZE]   (defaults 10 and 1000; bulk runs REPETITIONS/3 rounds, at least 3)
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(scripts/test-classpath.sh cli)"
gclogs="$(mktemp -d)"
trap 'rm -rf "$gclogs"' EXIT
export MINUTES_WORKER_OPTS="${MINUTES_WORKER_OPTS:-} -Xlog:gc:file=$gclogs/gc-%p.log"
java -Xmx1g -Dminutes.testdata="$PWD/testdata" -Dminutes.bench.gclogs="$gclogs" -cp "$cp" \
  dev.minutes.cli.bench.Bench "$@"

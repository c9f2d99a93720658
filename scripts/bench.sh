#!/usr/bin/env bash
# The benchmark behind the README's figures (see Bench): the language model's heap; a long PDF against
# bare PDFBox; bulk throughput with one and two workers against poppler's pdftotext (apt-get install
# poppler-utils), with CPU time, time to the first file and the workers' memory (peak RSS, and the heap
# from their GC logs, which this script turns on).
#   scripts/bench.sh [REPETITIONS] [CORPUS_SIZE]   (defaults 10 and 200; bulk runs REPETITIONS/3 times, at least 3)
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(scripts/test-classpath.sh cli)"
gclogs="$(mktemp -d)"
trap 'rm -rf "$gclogs"' EXIT
export MINUTES_WORKER_OPTS="${MINUTES_WORKER_OPTS:-} -Xlog:gc:file=$gclogs/gc-%p.log"
java -Xmx1g -Dminutes.testdata="$PWD/testdata" -Dminutes.bench.gclogs="$gclogs" -cp "$cp" \
  dev.minutes.cli.bench.Bench "$@"

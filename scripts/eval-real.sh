#!/usr/bin/env bash
# Scores the parser on the real minutes corpus against the hand-written gold in testdata/real-gold/:
# a table per family and per split (dev: looked at while the profiles were built; held-out: scored only).
# The PDFs are not in this repository; pass their folder (default ../shared/corpora/real-minutes).
#   scripts/eval-real.sh [CORPUS_DIR] [--json FILE]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$root/../shared/corpora/real-minutes}"
shift || true
fields=meeting.title,meeting.body,meeting.date,meeting.startTime,meeting.endTime,meeting.location
fields+=,meeting.participants,meeting.attendance,item.number,item.title,item.parent,item.caseNumber
fields+=,action,action.responsible,decision,proposal
exec "$root/minutes" eval "$root/testdata/real-gold" --pdfs "$corpus" --index "$root/testdata/real-gold/index.tsv" \
  --fields "$fields" "$@"

#!/usr/bin/env bash
# Scores the parser softly on both real minutes corpora, as the second corpus's score.py does (names as token
# sets, titles and decisions by similarity): a line per document, per source and overall. The PDFs are not in
# this repository; pass their folders (defaults ../shared/corpora/real-minutes, with testdata/real-gold, and
# ../shared/corpora/real-minutes-2, with its gold/ folder).
#   scripts/score-real.sh [CORPUS_DIR [CORPUS_2_DIR]] [--json FILE] [--only SOURCE,...]
set -euo pipefail
source "$(dirname "$0")/real-corpora.sh"
exec "$root/minutes" score "$first" "$root/testdata/real-gold" "$second" "$second/gold" "$@"

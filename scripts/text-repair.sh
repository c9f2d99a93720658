#!/usr/bin/env bash
# Measures the repair of wrong ToUnicode maps on a folder of PDFs (default ../shared/corpora/real-minutes):
# per file, the glyphs whose text was repaired, the share of tokens that are not words before and after,
# the pages judged garbled before and after, and, with word lists, the share of letter runs no list holds.
# Word lists: Debian's /usr/share/dict lists where installed (apt-get install wswedish wngerman wbritish
# wamerican), or --words FILE.
#   scripts/text-repair.sh [FOLDER] [--words FILE]...
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
args=("$@")
if [ $# -eq 0 ] || [[ "$1" == --* ]]; then args=("$root/../shared/corpora/real-minutes" "$@"); fi
for list in swedish ngerman british-english american-english; do
  [ -f "/usr/share/dict/$list" ] && args+=(--words "/usr/share/dict/$list")
done
cp="$("$root/scripts/test-classpath.sh" core)"
cd "$root"
exec java -cp "$cp" dev.minutes.extract.TextRepairReport "${args[@]}" 2> >(grep -v -e '^WARN' -e 'SLF4J' >&2)

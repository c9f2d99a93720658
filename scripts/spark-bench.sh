#!/usr/bin/env bash
# Throughput of the Spark data source in local mode beside `minutes bulk`, on the same corpus: COPIES copies
# of testdata/generated/ (40 generated documents each), every run a whole command from a cold JVM, as a user
# runs it.   scripts/spark-bench.sh [COPIES] [REPETITIONS] [CORES]     (defaults 25, 3 and 2)
# Prints each run's wall time and CPU time (user + system, the JVMs' children included) with pages per
# second of each, then the medians, and the cost of one small file (the fixed cost of starting either).
# The Spark runs go twice: as they are, and with C1 only (-XX:TieredStopAtLevel=1), which bulk's workers use
# when they fill every core. On a machine others share, wall times swing with their load; CPU times much less.
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-25}"
reps="${2:-3}"
cores="${3:-2}"
mvn -B -q -DskipTests package -pl cli,spark -am >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq -w 1 "$copies"); do
  mkdir -p "$work/corpus/copy-$i"
  cp testdata/generated/*.pdf "$work/corpus/copy-$i/"
done
mkdir -p "$work/one"
cp testdata/seed-plain.pdf "$work/one/"
files="$(find "$work/corpus" -name '*.pdf' | wc -l)"
mb="$(du -sm "$work/corpus" | cut -f1)"

# "wall cpu" seconds of a command; its standard error in $work/last.log.
timed() {
  local TIMEFORMAT='%R %U %S' t
  if ! t="$( { time "$@" >/dev/null 2>"$work/last.log"; } 2>&1 )"; then
    cat "$work/last.log" >&2
    exit 1
  fi
  echo "$t" | awk '{ print $1, $2 + $3 }'
}
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
bulk() { rm -rf "$work/out"; timed java -jar cli/target/minutes.jar bulk "$1" --out "$work/out" --jobs "$cores" --progress none; }
spark() { rm -rf "$work/out"; timed java $2 -jar spark/target/minutes-spark.jar --master "local[$cores]" "$1" "$work/out"; }
c1="-XX:TieredStopAtLevel=1"

declare -a bw bc sw sc kw kc
pages=""
for r in $(seq 1 "$reps"); do
  read -r w c < <(bulk "$work/corpus")
  pages="$(grep -o '; [0-9]* pages in' "$work/last.log" | grep -o '[0-9]*')"
  bw+=("$w"); bc+=("$c")
  echo "run $r: bulk --jobs $cores: $w s wall, $c s CPU   ($(tail -1 "$work/last.log" | sed 's/; report:.*//'))"
  read -r w c < <(spark "$work/corpus" "")
  sw+=("$w"); sc+=("$c")
  echo "run $r: spark local[$cores]: $w s wall, $c s CPU   ($(grep '^minutes-spark:' "$work/last.log" | sed 's/; tables in.*//'))"
  read -r w c < <(spark "$work/corpus" "$c1")
  kw+=("$w"); kc+=("$c")
  echo "run $r: spark local[$cores], C1: $w s wall, $c s CPU   ($(grep '^minutes-spark:' "$work/last.log" | sed 's/; tables in.*//'))"
done
read -r bw1 bc1 < <(bulk "$work/one")
read -r sw1 sc1 < <(spark "$work/one" "")
read -r kw1 kc1 < <(spark "$work/one" "$c1")

echo
echo "corpus: $files PDFs ($copies copies of testdata/generated/), $pages pages, $mb MB; $cores cores; median of $reps"
echo "| command | wall | pages/s | CPU | pages per CPU-second | one 6-page file: wall, CPU |"
echo "|---|---|---|---|---|---|"
row() {
  local w c
  w="$(median $2)"; c="$(median $3)"
  echo "| $1 | $(calc '%.1f' "$w") s | $(calc '%.0f' "$pages / $w") | $(calc '%.1f' "$c") s | $(calc '%.0f' "$pages / $c") | $(calc '%.1f' "$4") s, $(calc '%.1f' "$5") s |"
}
row "\`minutes bulk --jobs $cores\`" "${bw[*]}" "${bc[*]}" "$bw1" "$bc1"
row "\`java -jar minutes-spark.jar --master local[$cores]\`" "${sw[*]}" "${sc[*]}" "$sw1" "$sc1"
row "the same, \`java -XX:TieredStopAtLevel=1 -jar …\`" "${kw[*]}" "${kc[*]}" "$kw1" "$kc1"

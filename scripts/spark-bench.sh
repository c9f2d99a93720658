#!/usr/bin/env bash
# Throughput of the Spark data source in local mode beside `minutes bulk`, on the same corpus: COPIES copies
# of testdata/generated/ (40 generated documents each), every run from a cold JVM, as a user runs them.
#   scripts/spark-bench.sh [COPIES] [REPETITIONS] [CORES]     (defaults 25, 3 and 2)
# Prints, per run, the wall time of the whole command (JVM and Spark start included) and pages per second,
# then the medians. Outputs go to a temporary folder that is removed at the end.
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
files="$(find "$work/corpus" -name '*.pdf' | wc -l)"
mb="$(du -sm "$work/corpus" | cut -f1)"

# Seconds the command took; its standard error in $work/last.log.
timed() {
  local start end
  start="$(date +%s.%N)"
  "$@" >/dev/null 2>"$work/last.log" || { cat "$work/last.log" >&2; exit 1; }
  end="$(date +%s.%N)"
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}

div() { awk -v a="$1" -v b="$2" 'BEGIN { print a / b }'; }

declare -a bulk_s spark_s
pages=""
for r in $(seq 1 "$reps"); do
  rm -rf "$work/bulk" "$work/spark"
  s="$(timed java -jar cli/target/minutes.jar bulk "$work/corpus" --out "$work/bulk" --jobs "$cores" --progress none)"
  bulk_s+=("$s")
  pages="$(grep -o '; [0-9]* pages in' "$work/last.log" | grep -o '[0-9]*')"
  printf 'run %d: bulk --jobs %s: %.1f s, %.0f pages/s   (%s)\n' "$r" "$cores" "$s" "$(div "$pages" "$s")" \
    "$(tail -1 "$work/last.log" | sed 's/; report:.*//')"
  s="$(timed java -jar spark/target/minutes-spark.jar --master "local[$cores]" "$work/corpus" "$work/spark")"
  spark_s+=("$s")
  printf 'run %d: spark local[%s]: %.1f s, %.0f pages/s   (%s)\n' "$r" "$cores" "$s" "$(div "$pages" "$s")" \
    "$(grep '^minutes-spark:' "$work/last.log" | sed 's/; tables in.*//')"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
b="$(median "${bulk_s[@]}")"
k="$(median "${spark_s[@]}")"
echo
echo "corpus: $files PDFs ($copies copies of testdata/generated/), $pages pages, $mb MB; $cores cores; median of $reps"
printf '| minutes bulk --jobs %s | %.1f s | %.0f pages/s |\n' "$cores" "$b" "$(div "$pages" "$b")"
printf '| minutes-spark.jar --master local[%s] | %.1f s | %.0f pages/s |\n' "$cores" "$k" "$(div "$pages" "$k")"

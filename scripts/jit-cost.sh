#!/usr/bin/env bash
# What a fresh JVM spends compiling the parser, against a file's cost once compiled (see ParseLoop): COUNT
# generated documents (default 1000) parsed one after the other in one JVM set up as a bulk worker is
# (256 MB, serial GC), with C2 (the JVM's default) and with C1 only (as workers that fill every core run).
#   scripts/jit-cost.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(scripts/test-classpath.sh core)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
java -Xmx1g -cp "$cp" dev.minutes.gen.ParseLoop write "$dir" "${1:-1000}"
echo "load average (1, 5, 15 min): $(cut -d" " -f1-3 /proc/loadavg)"
for mode in "" "-XX:TieredStopAtLevel=1"; do
  echo "== java -Xmx256m -XX:+UseSerialGC ${mode:-(C1 and C2)}"
  java -Xmx256m -XX:+UseSerialGC $mode -XX:+CITime -cp "$cp" dev.minutes.gen.ParseLoop parse "$dir" \
    | grep -E "files in|^  C[12] \{" | sed -E 's/ \{speed:[^;]*; standard: *([0-9.]+) s.*osr: *([0-9.]+) s.*/: compiling \1 s, on-stack replacement \2 s/'
done
echo "load average (1, 5, 15 min): $(cut -d" " -f1-3 /proc/loadavg)"

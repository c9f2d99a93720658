#!/usr/bin/env bash
# Checks the launcher's class cache (./minutes): on the default JDK (17: a dynamic CDS archive) and on JDK 25
# (an AOT cache), it is made on first use and used after; a garbage, empty, stale or foreign cache never makes
# a run fail nor changes its output, and an empty or stale one is made again. Needs cli/target/minutes.jar
# (mvn package) and, for the JDK 25 part, a JDK 25 in JDK25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64;
# without one that part is skipped, and says so).
set -euo pipefail
cd "$(dirname "$0")/.."
jdk25="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MINUTES_AOT_DIR="$work/aot"
pdf=testdata/seed-chromium.pdf
java -jar cli/target/minutes.jar parse "$pdf" >"$work/expected.json"
passed=0
failed=0

check() {  # NAME, then the command: it must exit 0 and print exactly the expected JSON, nothing on stderr
  local name="$1"
  shift
  if "$@" >"$work/out.json" 2>"$work/err.txt" && cmp -s "$work/out.json" "$work/expected.json" && [ ! -s "$work/err.txt" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $name" >&2
    cat "$work/err.txt" >&2
  fi
}

expect() {  # NAME, then a test
  local name="$1"
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name" >&2; fi
}

cache_made() {  # EXT: waits up to 120 s for a cache (*.EXT) newer than the jar
  for _ in $(seq 240); do
    for c in "$MINUTES_AOT_DIR"/*."$1"; do
      [ -s "$c" ] && [ "$c" -nt cli/target/minutes.jar ] && return 0
    done
    sleep 0.5
  done
  return 1
}

# The same checks on each JDK: EXT is the cache's file extension, INSIST the JVM option that makes it fail
# when it cannot use the cache it is given, MAKE_FOREIGN the options that make a cache for another jar.
checks() {
  local jdk="$1" ext="$2" insist="$3"
  shift 3
  check "$jdk first run" ./minutes parse "$pdf"
  expect "$jdk: the first run makes a cache" cache_made "$ext"
  cache="$(ls "$MINUTES_AOT_DIR"/*."$ext")"
  # With INSIST the JVM fails when it cannot use the cache it is given: this run shows it was used, and the
  # one after the cache is spoilt, that the launcher gives it one.
  check "$jdk: a run from the cache" env MINUTES_JAVA_OPTS="$insist" ./minutes parse "$pdf"

  head -c 100000 /dev/urandom >"$cache"
  expect "$jdk: the launcher gives the JVM the cache" \
    bash -c '! MINUTES_JAVA_OPTS="$1" ./minutes parse "$0" >/dev/null 2>&1' "$pdf" "$insist"
  check "$jdk: a garbage cache is ignored" ./minutes parse "$pdf"

  : >"$cache"
  check "$jdk: an empty cache is ignored" ./minutes parse "$pdf"
  expect "$jdk: an empty cache is made again" cache_made "$ext"

  touch -d '2000-01-01' "$cache"
  check "$jdk: a stale cache is not used" ./minutes parse "$pdf"
  expect "$jdk: a stale cache is made again" cache_made "$ext"

  # A cache the same JDK made for another jar (another path and content).
  rm -rf "$work/other"
  mkdir -p "$work/other"
  cp cli/target/minutes.jar "$work/other/minutes.jar"
  echo extra >"$work/extra.txt"
  (cd "$work" && jar uf other/minutes.jar extra.txt)
  rm -f "$work/other.$ext"
  java "$@" -jar "$work/other/minutes.jar" --version >/dev/null 2>&1
  expect "$jdk: a foreign cache was made" test -s "$work/other.$ext"
  cp "$work/other.$ext" "$cache"
  check "$jdk: a foreign cache is ignored" ./minutes parse "$pdf"
}

checks "default JDK (17)" jsa -Xshare:on -XX:ArchiveClassesAtExit="$work/other.jsa" '-Xlog:cds*=off'

if [ ! -x "$jdk25/bin/java" ]; then
  echo "check-launcher: no JDK 25 in $jdk25: the AOT cache part is skipped"
else
  export PATH="$jdk25/bin:$PATH"
  checks "JDK 25" aot -XX:AOTMode=on -XX:-AOTClassLinking -XX:AOTCacheOutput="$work/other.aot" -Xlog:aot=off -Xlog:cds=off
fi
echo "check-launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Builds the project and prints the test class path of one module (core or cli), for the scripts here.
# The class path names this checkout's own build of core (not a copy installed in ~/.m2, which another
# checkout may have replaced).
set -euo pipefail
cd "$(dirname "$0")/.."
module="$1"
cpfile="$(mktemp)"
mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" \
  -pl "$module" -am >&2
printf '%s:%s' "$module/target/classes:$module/target/test-classes" "$(cat "$cpfile")"
rm -f "$cpfile"

#!/usr/bin/env bash
# Builds the project and prints the test class path of one module (core or cli), for the scripts here.
set -euo pipefail
cd "$(dirname "$0")/.."
module="$1"
mvn -B -q install -DskipTests >&2
cpfile="$(mktemp)"
mvn -B -q -pl "$module" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >&2
printf '%s:%s' "$module/target/classes:$module/target/test-classes" "$(cat "$cpfile")"
rm -f "$cpfile"

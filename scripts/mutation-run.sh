#!/usr/bin/env bash
# The larger mutation run: COUNT mutated fixtures (default 20,000) from FIRST_SEED, each parsed in a
# 256 MB heap with a time limit; prints every defect with its seed.
#   scripts/mutation-run.sh [COUNT] [FIRST_SEED] [LIMIT_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
cpfile="$(mktemp)"
mvn -B -q -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile"
cp="$(cat "$cpfile")"
rm -f "$cpfile"
exec java -Xmx256m -XX:+ExitOnOutOfMemoryError -cp "core/target/classes:core/target/test-classes:$cp" \
  dev.minutes.robust.MutationRun "${@:-20000}"

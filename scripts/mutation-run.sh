#!/usr/bin/env bash
# The larger mutation run: COUNT mutated fixtures (default 20,000) from FIRST_SEED, each parsed in a
# 256 MB heap with a time limit; prints every defect with its seed.
#   scripts/mutation-run.sh [COUNT] [FIRST_SEED] [LIMIT_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(scripts/test-classpath.sh core)"
exec java -Xmx256m -XX:+ExitOnOutOfMemoryError -cp "$cp" \
  dev.minutes.robust.MutationRun "${@:-20000}"

#!/usr/bin/env bash
# The larger generated-minutes run: renders COUNT generated documents in generated styles, parses
# them and compares with their models; prints every failure with its seed and style.
#   scripts/check-generated.sh               10,000 documents from seed 1
#   scripts/check-generated.sh 2000 50000    2,000 documents from seed 50,000
#   scripts/check-generated.sh --seed 8 /tmp/seed8.pdf   replay one seed, keep its PDF
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
args="${*:-10000}"
mvn -B -q -pl core exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.minutes.gen.GenerateAndCheck \
  -Dexec.args="$args"

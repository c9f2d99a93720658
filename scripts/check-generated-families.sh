#!/usr/bin/env bash
# The larger generated-families run: generates COUNT §-protocols or board minutes (dev.minutes.gen.FamilyGenerator),
# draws them with PdfBoxPrint, parses them and compares with their models, the known gaps' allowances aside
# (GeneratedFamiliesProperties.ALLOWED); prints every failure with its seed and style, how often each allowance was
# needed and the first seed that needed it.
#   scripts/check-generated-families.sh paragraph-protocol              1,000 documents from seed 1
#   scripts/check-generated-families.sh board-minutes 2000 50000        2,000 documents from seed 50,000
#   scripts/check-generated-families.sh board-minutes --seed 682 /tmp/682.pdf   replay one seed, keep its PDF
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -q -pl core exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.minutes.gen.GenerateFamiliesAndCheck \
  -Dexec.args="$*"

#!/usr/bin/env bash
# Makes the fixture PDFs in testdata/ from the content models in testdata/src/, and writes each
# fixture's expected JSON (<name>.gold.json). Needs JDK 17, Maven and, for the fixtures printed from
# HTML, Debian's chromium (apt-get install chromium).
# The tests never run this: they read the committed files.
#   testdata/make-fixtures.sh              make all fixtures
#   testdata/make-fixtures.sh traps        make only the named ones
#   testdata/make-fixtures.sh --gold-only  keep the PDFs, write the expected JSON again (review the diff)
#   testdata/make-fixtures.sh --generated 40   write generated documents 1..40 to testdata/generated/,
#                                           with their generator models as gold
#   testdata/make-fixtures.sh --long 150    write testdata/long/long-minutes.pdf, at least 150 pages
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -q -pl core exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.minutes.fixtures.MakeFixtures -Dexec.args="$PWD/testdata $*"

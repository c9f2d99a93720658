#!/usr/bin/env bash
# Makes the fixture zoo in testdata/zoo/: every PDF that testdata/zoo/zoo.tsv names, drawn from a content
# model in testdata/src/ by a producer other than our own renderer, and each one's expected JSON
# (<name>.gold.json beside the PDF). The producers, needed here only (the tests read the committed files):
#   chromium     Debian's chromium; HTML pages in five designs (dev.minutes.fixtures.zoo.ChromiumZoo)
#   libreoffice  soffice --headless (libreoffice-writer-nogui); Flat ODT documents in three designs
#                (dev.minutes.fixtures.zoo.WriterZoo)
#   pdfkit       node 20 and npm; testdata/producers/pdfkit/zoo.js, two designs, its packages from
#                package-lock.json (npm ci)
# The expected JSON is the parser's output where that reads back the content model; elsewhere the content
# model in the parser's output shape, and the fixture is listed with its differences (a parser gap).
# Needs JDK 17 and Maven.
#   testdata/make-zoo.sh                     make every fixture of the zoo
#   testdata/make-zoo.sh seed-grid traps-memo   make only the named ones
#   testdata/make-zoo.sh --gold-only         keep the PDFs, write the expected JSON again (review the diff)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ " $* " != *" --gold-only "* ]]; then
  (cd testdata/producers/pdfkit && npm ci --no-audit --no-fund --silent)
fi
mvn -B -q install -DskipTests
mvn -B -q -pl core exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.minutes.fixtures.zoo.MakeZoo -Dexec.args="$*"

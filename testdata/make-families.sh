#!/usr/bin/env bash
# Makes the family fixtures in testdata/families/: every PDF that testdata/families/families.tsv names, in the
# layout of a document family (municipal §-protocols, association protocols, English board minutes, Swedish table
# protocols, German council protocols), drawn from a content model in testdata/src/ (<content>.content.json, the
# truth, and <content>.print.json, what the layout prints beyond it), and each one's expected JSON
# (<name>.gold.json beside the PDF). The producers, needed here only (the tests read the committed files):
#   chromium     Debian's chromium; HTML pages with CSS page-margin boxes (dev.minutes.fixtures.families.ChromiumPrint)
#   libreoffice  soffice --headless (libreoffice-writer-nogui); Flat ODT documents with a master page per section
#                (dev.minutes.fixtures.families.WriterPrint)
# The expected JSON is the parser's output where that reads back the content model; elsewhere the content model in
# the parser's output shape, and the fixture is listed with its differences (a parser gap, see
# testdata/families/GAPS.md).
# Needs JDK 17 and Maven.
#   testdata/make-families.sh                          make every family fixture
#   testdata/make-families.sh strandvik-fi board-lines make only the named ones
#   testdata/make-families.sh --gold-only              keep the PDFs, write the expected JSON again (review the diff)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -q -pl core exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.minutes.fixtures.families.MakeFamilies -Dexec.args="$*"

#!/usr/bin/env bash
# Makes the scanned fixtures in testdata/scanned/ (dev.minutes.fixtures.Scans): each page of a born-digital
# fixture rendered in grey at 150 to 300 dpi, turned by up to 2 degrees, blurred, with noise and specks, stored as
# a JPEG in an image-only PDF; and each one's expected JSON, the content model its fixture is drawn from in the
# parser's output shape (dev.minutes.fixtures.MakeScanned). Needs JDK 17 and Maven; not Tesseract.
# The tests never run this: they read the committed files.
#   testdata/make-scanned.sh                  make every scan
#   testdata/make-scanned.sh english traps    make only the named ones
#   testdata/make-scanned.sh --gold-only      keep the PDFs, write the expected JSON again (review the diff)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl core test-compile
mvn -B -q -pl core exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.minutes.fixtures.MakeScanned -Dexec.args="$*"

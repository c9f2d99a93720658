#!/usr/bin/env bash
# The README's comparison of the lines minutes extracts with PDFBox's PDFTextStripper, page by page, on the
# fixtures, the committed generated documents, GENERATED_COUNT freshly generated ones (default 200) and
# the qpdf and real minutes corpora when they are in ../shared/corpora (see StripperComparison).
#   scripts/compare-stripper.sh [GENERATED_COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(scripts/test-classpath.sh core)"
exec java -Xmx1g -Dminutes.testdata="$PWD/testdata" -cp "$cp" dev.minutes.extract.StripperComparison "$@"

#!/usr/bin/env bash
# The figures behind the README's "Scanned minutes": each scanned fixture (testdata/scanned/, made by
# testdata/make-scanned.sh) scored against its gold, then the born-digital PDF it was scanned from against the same
# gold, per field; and OCR's speed, a bulk run over the scans with two workers (--jobs 2: a worker and its Tesseract
# on each core). Needs Tesseract (apt-get install tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng).
#   scripts/ocr-figures.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
minutes() { "$root/minutes" "$@"; }

echo "== scanned (testdata/scanned, read by OCR)"
minutes eval "$root/testdata/scanned"

# The born-digital PDFs the scans were made from (dev.minutes.fixtures.Scans), beside the scans' gold.
mkdir -p "$work/born-digital"
while read -r name source; do
  ln -s "$root/testdata/$source" "$work/born-digital/$name.pdf"
  ln -s "$root/testdata/scanned/$name.gold.json" "$work/born-digital/$name.gold.json"
done <<'LIST'
seed-chromium seed-chromium.pdf
seed-table seed-table.pdf
seed-plain seed-plain.pdf
english english.pdf
traps traps.pdf
traps-chromium traps-chromium.pdf
seed-document seed-document.pdf
zoo-regionrad-report zoo/libreoffice/regionrad-report.pdf
zoo-board-columns zoo/pdfkit/board-columns.pdf
zoo-traps-compact zoo/chromium/traps-compact.pdf
LIST
echo
echo "== born-digital (the same documents, from their text layers)"
minutes eval "$work/born-digital"

echo
echo "== OCR speed: bulk over the scans, two workers ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
minutes bulk "$root/testdata/scanned" --out "$work/out" --jobs 2 --progress none --timeout 120s 2>&1 | tail -1

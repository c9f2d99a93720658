#!/usr/bin/env bash
# Whether the language detector answers the same on the first 1,000 characters of a document as on the
# first 4,000 (see LanguageSampleCheck): fixtures, committed and GENERATED_COUNT (default 1,000) freshly
# generated documents, and the real minutes and qpdf corpora when they are in ../shared/corpora.
#   scripts/check-language-sample.sh [GENERATED_COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(scripts/test-classpath.sh core)"
exec java -Xmx1g -Dminutes.testdata="$PWD/testdata" -cp "$cp" dev.minutes.nlp.LanguageSampleCheck "$@"

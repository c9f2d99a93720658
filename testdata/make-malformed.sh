#!/usr/bin/env bash
# Writes the malformed-PDF corpus testdata/malformed/ and its expected.tsv (see MakeMalformed).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -q -pl core exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.minutes.robust.MakeMalformed -Dexec.args="$PWD/testdata"

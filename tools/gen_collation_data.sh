#!/usr/bin/env bash
# Regenerates stdlib/java/java.base/java/text/CollationData.java (the default collation rules'
# elements of each char) from the JDK 17 on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
javac -d "$TMP" "$ROOT/tools/collation/CollationDataGen.java"
java -cp "$TMP" CollationDataGen > "$ROOT/stdlib/java/java.base/java/text/CollationData.java"

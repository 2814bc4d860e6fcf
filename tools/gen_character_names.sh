#!/usr/bin/env bash
# Regenerates stdlib/java/java.base/java/lang/CharacterName.java (the Unicode character names of
# Character.getName and Character.codePointOf) from the JDK 17 on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
javac -d "$TMP" "$ROOT/tools/charnames/CharacterNamesGen.java"
java -cp "$TMP" CharacterNamesGen > "$ROOT/stdlib/java/java.base/java/lang/CharacterName.java"

#!/usr/bin/env bash
# Regenerates stdlib/java/java.base/jdk/internal/util/LocaleNames.java (localized month, day,
# AM/PM, era and quarter names) from the JDK 17 on PATH (its CLDR data), for these locales.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
javac -d "$TMP" "$ROOT/tools/localenames/LocaleNamesGen.java"
java -cp "$TMP" LocaleNamesGen \
    en en-GB en-AU en-CA en-IN en-NZ en-IE en-ZA fr fr-CA fr-CH fr-BE de de-AT de-CH \
    es es-MX es-US es-AR it it-CH pt pt-PT nl nl-BE sv da nb fi pl cs sk hu ro ru uk el tr \
    he ar hi ja zh zh-TW zh-HK ko vi id th ca \
    > "$ROOT/stdlib/java/java.base/jdk/internal/util/LocaleNames.java"
# The names of common scripts (Locale.getDisplayScript), for the display locales of
# LocaleDisplayNames.
javac -d "$TMP" "$ROOT/tools/localenames/ScriptNamesGen.java"
java -cp "$TMP" ScriptNamesGen \
    en en-GB en-AU en-CA en-IN en-NZ en-IE en-ZA fr fr-CA fr-CH fr-BE de de-AT de-CH \
    es es-MX es-US es-AR it pt pt-PT nl sv da nb no fi pl cs sk hu ro ru uk el tr \
    he ar hi ja zh zh-TW zh-HK ko vi id th ca \
    > "$ROOT/stdlib/java/java.base/jdk/internal/util/ScriptDisplayNames.java"

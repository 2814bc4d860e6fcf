#!/usr/bin/env bash
# Regenerates stdlib/java/java.base/jdk/internal/util/LocaleNumbers.java (number symbols and
# patterns of common locales) from the JDK 17 on PATH (its CLDR data).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
javac -d "$TMP" "$ROOT/tools/localenumbers/LocaleNumbersGen.java"
java --add-opens java.base/java.text=ALL-UNNAMED -cp "$TMP" LocaleNumbersGen \
    en en-US en-GB en-AU en-CA en-IN en-NZ en-IE en-ZA en-SG fr fr-FR fr-CA fr-CH fr-BE \
    de de-DE de-AT de-CH de-LU es es-ES es-MX es-US es-AR es-CO es-CL it it-IT it-CH pt pt-BR \
    pt-PT nl nl-NL nl-BE sv sv-SE da da-DK nb nb-NO fi fi-FI is pl pl-PL cs cs-CZ sk hu hu-HU \
    ro ro-RO bg hr sl sr lt lv et ru ru-RU uk uk-UA el el-GR tr tr-TR he he-IL ar ar-EG ar-SA \
    ar-AE fa fa-IR hi hi-IN bn th th-TH ja ja-JP zh zh-CN zh-TW zh-HK ko ko-KR vi vi-VN id id-ID \
    ms ca ca-ES \
    > "$ROOT/stdlib/java/java.base/jdk/internal/util/LocaleNumbers.java"

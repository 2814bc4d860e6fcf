#!/usr/bin/env python3
"""Writes stdlib/java/java.base/java/text/NormalizerData.java, the tables of java.text.Normalizer.

Input: a dump of what JDK 17 (HotSpot) does, one line per code point that JDK 17's
Character.isDefined accepts (surrogates left out), written by this Java program run on JDK 17:

    for (int cp = 0; cp <= 0x10FFFF; cp++) {
        if (!Character.isDefined(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) continue;
        String s = new String(Character.toChars(cp));
        // hex(cp) hex(NFD) hex(NFKD) hex(NFC) hex(NFKC), hex(x): code points in hex, comma-separated
    }

Canonical combining classes come from Python's unicodedata (stable for assigned characters, so
its newer Unicode version gives JDK 17's values for every code point JDK 17 defines); the
single-level canonical mappings that define the primary composites too.

Usage: python3 tools/gen_normalizer_data.py DUMP
"""

import os
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "stdlib/java/java.base/java/text/NormalizerData.java")
S_BASE, S_COUNT = 0xAC00, 11172


def cps(field):
    return [int(x, 16) for x in field.split(",")] if field else []


def literal(c):
    """One char of a Java string literal; javac turns Unicode escapes into characters before it
    reads literals, so line breaks, quotes and backslashes need their ordinary escapes."""
    return {0x0A: "\\n", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}.get(c, "\\u%04x" % c)


def encode(values, per_part=6000):
    """Java string literals, two chars per 32-bit value, split into parts."""
    chars = []
    for v in values:
        v &= 0xFFFFFFFF
        chars.append(v >> 16)
        chars.append(v & 0xFFFF)
    parts = []
    for i in range(0, len(chars), per_part):
        parts.append('"' + "".join(literal(c) for c in chars[i:i + per_part]) + '"')
    return ",\n            ".join(parts) if parts else '""'


def main():
    defined = []
    nfd, nfkd, nfc = {}, {}, {}
    with open(sys.argv[1]) as f:
        for line in f:
            fields = line.rstrip("\n").split(" ")
            cp = int(fields[0], 16)
            defined.append(cp)
            nfd[cp], nfkd[cp], nfc[cp] = cps(fields[1]), cps(fields[2]), cps(fields[3])

    # (start, class) runs over all code points
    ccc_runs = []
    prev = None
    defined_set = set(defined)
    for cp in range(0x110000):
        c = unicodedata.combining(chr(cp)) if cp in defined_set else 0
        if c != prev:
            ccc_runs += [cp, c]
            prev = c

    canon, compat, compose = [], [], []
    for cp in defined:
        if S_BASE <= cp < S_BASE + S_COUNT:
            continue  # Hangul syllables are decomposed and composed arithmetically
        if nfd[cp] != [cp]:
            canon += [cp, len(nfd[cp])] + nfd[cp]
        if nfkd[cp] != nfd[cp]:
            compat += [cp, len(nfkd[cp])] + nfkd[cp]
        if nfc[cp] == [cp] and nfd[cp] != [cp]:
            m = unicodedata.decomposition(chr(cp))
            if m and not m.startswith("<"):
                pair = cps(m.replace(" ", ","))
                if len(pair) == 2:
                    compose += [pair[0], pair[1], cp]

    with open(OUT, "w") as out:
        out.write("""package java.text;

/**
 * Unicode normalization tables for Normalizer (Unicode 13, the version JDK 17 uses), generated
 * by tools/gen_normalizer_data.py; each table is a string of 32-bit values, two chars each.
 * Hangul syllables are not listed: Normalizer decomposes and composes them arithmetically.
 */
final class NormalizerData {
    private NormalizerData() {}

    /** (start, canonical combining class) runs covering all code points. */
    static final int[] CCC = decode(%s);

    /** (code point, length, full canonical decomposition...) entries. */
    static final int[] CANONICAL = decode(%s);

    /** (code point, length, full compatibility decomposition...) entries where it differs from the canonical one. */
    static final int[] COMPATIBILITY = decode(%s);

    /** (first, second, primary composite) triples. */
    static final int[] COMPOSITIONS = decode(%s);

    private static int[] decode(String... parts) {
        String s = String.join("", parts);
        int[] r = new int[s.length() / 2];
        for (int i = 0; i < r.length; i++) {
            r[i] = (s.charAt(2 * i) << 16) | s.charAt(2 * i + 1);
        }
        return r;
    }
}
""" % (encode(ccc_runs), encode(canon), encode(compat), encode(compose)))


if __name__ == "__main__":
    main()

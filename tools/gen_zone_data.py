#!/usr/bin/env python3
"""Regenerates stdlib/java/java.base/jdk/internal/util/ZoneData.java (each region's current
standard offset, names and yearly transition rules) and ZoneDataHistory.java (each region's
historic transitions, encoded compactly) from the tz database of the JDK 17 that runs
tools/zonedata/ZoneDataGen.java."""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "stdlib/java/java.base/jdk/internal/util/ZoneData.java")
HISTORY = os.path.join(ROOT, "stdlib/java/java.base/jdk/internal/util/ZoneDataHistory.java")


def esc(text):
    out = []
    for c in text:
        if c == "\\" or c == '"':
            out.append("\\" + c)
        elif ord(c) < 128:
            out.append(c)
        else:
            out.append("\\u%04x" % ord(c))
    return "".join(out)


def unsigned(v):
    """Base 32, most significant digit first: '0'..'O' for a digit that more digits follow,
    'P'..'o' for the last one."""
    assert v >= 0
    digits = [v & 31]
    v >>= 5
    while v:
        digits.append(v & 31)
        v >>= 5
    digits.reverse()
    return "".join(chr(0x30 + d) for d in digits[:-1]) + chr(0x50 + digits[-1])


def signed(v):
    """Zigzag, then times the flag bit 0 for whole minutes (the value / 60) and 1 for seconds."""
    def zz(x):
        return x * 2 if x >= 0 else -x * 2 - 1
    if v % 60 == 0:
        return unsigned(zz(v // 60) * 2)
    return unsigned(zz(v) * 2 + 1)


def encode(history):
    """offset count, offsets; base standard and wall offset indexes; standard transitions (count,
    then delta epoch second and offset index each); wall transitions (the same)."""
    base, std, wall = history.split(";")
    base = [int(x) for x in base.split()]
    std = [tuple(int(x) for x in p.split(",")) for p in std.split()]
    wall = [tuple(int(x) for x in p.split(",")) for p in wall.split()]
    offsets = []
    for o in base + [o for _, o in std] + [o for _, o in wall]:
        if o not in offsets:
            offsets.append(o)
    out = [unsigned(len(offsets))] + [signed(o) for o in offsets]
    out += [unsigned(offsets.index(base[0])), unsigned(offsets.index(base[1]))]
    for trans in (std, wall):
        out.append(unsigned(len(trans)))
        prev = 0
        for t, o in trans:
            out.append(signed(t - prev))
            out.append(unsigned(offsets.index(o)))
            prev = t
    return "".join(out)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["javac", "-d", tmp, os.path.join(ROOT, "tools/zonedata/ZoneDataGen.java")], check=True)
        out = subprocess.run(["java", "--add-opens", "java.base/java.time.zone=ALL-UNNAMED", "-cp", tmp, "ZoneDataGen"],
                             check=True, capture_output=True, text=True).stdout
    rows = [l.split("\t") for l in out.strip().split("\n")]
    lines = [r[0] for r in rows]
    source = open(TARGET).read()
    start = source.index("    public static final String[] ZONES = {")
    end = source.index("    };", start)
    body = "    public static final String[] ZONES = {\n" + "".join('        "%s",\n' % esc(l) for l in lines)
    open(TARGET, "w").write(source[:start] + body + source[end:])

    unique = []
    index = []
    for r in rows:
        e = encode(r[1])
        if e not in unique:
            unique.append(e)
        index.append(unique.index(e))
    assert len(unique) < 36 * 36
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    index_text = "".join(digits[i // 36] + digits[i % 36] for i in index)
    cases = "".join('            case %d:\n                return "%s";\n' % (i, esc(e)) for i, e in enumerate(unique))
    assert all(len(e) < 60000 for e in unique)
    # Only the generated part (from INDEX's comment to the end) is rewritten: the decoder
    # above it is hand-written Java.
    generated = ('    /** The history index of each zone of ZoneData.ZONES, in order: two base-36 digits each. */\n'
                 '    static final String INDEX = "%s";\n\n' % index_text) + \
        "    /** The encoded history number {@code i}. */\n    static String history(int i) {\n        switch (i) {\n" + cases + \
        "            default:\n                return null;\n        }\n    }\n}\n"
    source = open(HISTORY).read()
    java = source[:source.index("    /** The history index of each zone")] + generated
    open(HISTORY, "w").write(java)
    print("%d zones, %d distinct histories, %d chars" % (len(lines), len(unique), sum(len(e) for e in unique)), file=sys.stderr)


if __name__ == "__main__":
    main()

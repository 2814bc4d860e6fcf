#!/usr/bin/env python3
"""Regenerates stdlib/java/java.base/jdk/internal/util/ZoneData.java from the JDK 17 that runs
tools/zonedata/ZoneDataGen.java (its tz database: each region's current standard offset, names
and yearly transition rules)."""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "stdlib/java/java.base/jdk/internal/util/ZoneData.java")


def esc(text):
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["javac", "-d", tmp, os.path.join(ROOT, "tools/zonedata/ZoneDataGen.java")], check=True)
        out = subprocess.run(["java", "-cp", tmp, "ZoneDataGen"], check=True, capture_output=True, text=True).stdout
    lines = out.strip().split("\n")
    source = open(TARGET).read()
    start = source.index("    public static final String[] ZONES = {")
    end = source.index("    };", start)
    body = "    public static final String[] ZONES = {\n" + "".join('        "%s",\n' % esc(l) for l in lines)
    open(TARGET, "w").write(source[:start] + body + source[end:])
    print("%d zones" % len(lines), file=sys.stderr)


if __name__ == "__main__":
    main()

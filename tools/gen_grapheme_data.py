#!/usr/bin/env python3
"""Writes stdlib/java/java.base/java/util/regex/GraphemeData.java, the break classes of \\X.

The classes are read off JDK 17 (HotSpot) by behaviour: a small Java program, compiled and run
with the JDK 17 `java` on PATH, computes for every code point which of two- and three-character
strings made of it and of one probe character per class \\X matches as a single cluster, and
names the code point after the probe with the same answers (spacing marks answer as Extend does
in JDK 17). Usage: python3 tools/gen_grapheme_data.py
"""

import os
import subprocess
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "stdlib/java/java.base/java/util/regex/GraphemeData.java")
CLASSES = ["Other", "CR", "LF", "Control", "Extend", "ZWJ", "RI", "Prepend", "L", "V", "T", "LV", "LVT", "ExtPict"]

PROBE = r'''
import java.util.regex.*;
public class GDump {
    static final Pattern X = Pattern.compile("\\X");
    static boolean one(String s) { Matcher m = X.matcher(s); return m.lookingAt() && m.end() == s.length(); }
    public static void main(String[] a) {
        int[] probes = {0x0D, 0x0A, 0x01, 0x300, 0x200D, 0x1F1E6, 0x600, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0xA9, 'a'};
        String[] names = {"CR", "LF", "Control", "Extend", "ZWJ", "RI", "Prepend", "L", "V", "T", "LV", "LVT", "ExtPict", "Other"};
        java.util.Map<String, String> sigToClass = new java.util.HashMap<>();
        for (int k = 0; k < probes.length; k++) sigToClass.put(sig(probes[k], probes), names[k]);
        if (sigToClass.size() != probes.length) throw new Error("probes not distinct");
        String prev = null;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            String cls;
            if (cp >= 0xD800 && cp <= 0xDFFF) cls = "Control";
            else { cls = sigToClass.get(sig(cp, probes)); if (cls == null) throw new Error("unclassified " + cp); }
            if (!cls.equals(prev)) { System.out.println(Integer.toHexString(cp) + " " + cls); prev = cls; }
        }
    }
    static String sig(int cp, int[] probes) {
        StringBuilder sb = new StringBuilder();
        String c = new String(Character.toChars(cp));
        for (int p : probes) { String ps = new String(Character.toChars(p)); sb.append(one(c + ps) ? '1' : '0').append(one(ps + c) ? '1' : '0'); }
        sb.append(one("\u00A9" + c + "\u00A9") ? '1' : '0').append(one("\u00A9\u200D" + c) ? '1' : '0')
          .append(one(c + "\u200D\u00A9") ? '1' : '0').append(one("\u00A9" + c + "\u200D\u00A9") ? '1' : '0');
        return sb.toString();
    }
}
'''


def literal(c):
    return {0x0A: "\\n", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}.get(c, "\\u%04x" % c)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "GDump.java"), "w") as f:
            f.write(PROBE)
        subprocess.run(["javac", "-d", tmp, os.path.join(tmp, "GDump.java")], check=True)
        dump = subprocess.run(["java", "-cp", tmp, "GDump"], check=True, capture_output=True, text=True).stdout
    values = []
    for line in dump.splitlines():
        cp, cls = line.split()
        values += [int(cp, 16), CLASSES.index(cls)]
    chars = []
    for v in values:
        chars += [v >> 16, v & 0xFFFF]
    parts = ['"' + "".join(literal(c) for c in chars[i:i + 4000]) + '"' for i in range(0, len(chars), 4000)]
    with open(OUT) as f:
        src = f.read()
    start = src.index("private static final int[] RUNS = decode(") + len("private static final int[] RUNS = decode(")
    end = src.index(");\n", start)
    with open(OUT, "w") as f:
        f.write(src[:start] + ",\n            ".join(parts) + src[end:])


if __name__ == "__main__":
    main()

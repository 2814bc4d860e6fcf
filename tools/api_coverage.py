#!/usr/bin/env python3
"""API coverage of Cortado's java.base against what real programs use.

Reads the usage survey /work/shared/design/api-surface.md (or --surface FILE), selects the
JDK classes and members that real programs use often enough, compiles Cortado's java.base
(stdlib/java) with javac, reads the resulting class files and writes docs/compatibility.md:
per package, which of the selected classes and members Cortado has and which it lacks.

Selection rule ("used"):
  * a member is used when at least 2 of the 48 benchmark programs or at least 3 of the 371
    test programs reference it (counts from the survey's two per-class sections);
  * a class is used when its own class count reaches the same thresholds (2 benchmark / 3
    test programs) or when one of its members is used.
  Pseudo-members of the survey ([indy bootstrap], [lambda SAM], [extended/implemented by user
  class], (class only)) and the "(arrays)" pseudo-class are not members and are not listed.
Excluded (reported in a separate section, not counted): java.util.concurrent and its
subpackages, threads (java.lang.Thread, ThreadGroup, ThreadLocal), and java.lang.invoke members
beyond what lambdas and string concatenation need (only the bootstrap methods
LambdaMetafactory.metafactory/altMetafactory and StringConcatFactory.makeConcat* count; the
java.lang.invoke classes themselves count as classes).

Presence: a class is present when its class file exists. A member is present when a non-private
member with the same name and descriptor is declared by the class or (except constructors) is
inherited from a superclass or superinterface (java.lang.Object for interfaces), exactly as
javac's reference to it would be resolved by the VM.

Usage: python3 tools/api_coverage.py [--surface FILE] [--out docs/compatibility.md]
"""

import argparse
import os
import re
import struct
import subprocess
import sys
import tempfile
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SURFACE = "/work/shared/design/api-surface.md"
BENCH_MIN = 2
TEST_MIN = 3
PSEUDO = ("[indy bootstrap]", "[lambda SAM]", "[extended/implemented by user class]", "(class only)")

# ---------------------------------------------------------------------------------------------
# Survey parsing


def parse_surface(path):
    """Returns {class: {'bench': n, 'test': n, 'members': {member: {'bench': n, 'test': n}}}}."""
    classes = defaultdict(lambda: {"bench": 0, "test": 0, "members": defaultdict(lambda: {"bench": 0, "test": 0})})
    section = None
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("### "):
                if line.startswith("### Benchmark programs: every JDK class"):
                    section = "bench"
                elif line.startswith("### Test-suite programs"):
                    section = "test"
                else:
                    section = None
                continue
            if section == "bench":
                m = re.match(r"^\| \*\*(.+?)\*\* \| \*\*(\d+)\*\* \|", line)
                if m:
                    current = m.group(1)
                    classes[current]["bench"] = int(m.group(2))
                    continue
                m = re.match(r"^\| (?:&nbsp;)+(.+?) \| (\d+) \|", line)
                if m and current:
                    classes[current]["members"][m.group(1)]["bench"] = int(m.group(2))
            elif section == "test":
                m = re.match(r"^- \*\*(.+?)\*\* \((\d+)\): ?(.*)$", line)
                if m:
                    current = m.group(1)
                    classes[current]["test"] = int(m.group(2))
                    for mm in re.finditer(r"`([^`]+)` ×(\d+)", m.group(3)):
                        classes[current]["members"][mm.group(1)]["test"] = int(mm.group(2))
    return classes


def used(counts):
    return counts["bench"] >= BENCH_MIN or counts["test"] >= TEST_MIN


INVOKE_BOOTSTRAPS = {"metafactory", "altMetafactory", "makeConcatWithConstants", "makeConcat"}


def excluded(cls, member=None):
    """Returns a reason string when the class (or member) is out of scope, else None."""
    if cls.startswith("java/util/concurrent/"):
        return "java.util.concurrent (separate issue)"
    if cls in ("java/lang/Thread", "java/lang/ThreadGroup", "java/lang/ThreadLocal",
               "java/lang/Thread$UncaughtExceptionHandler"):
        return "threads (separate issue)"
    if cls.startswith("java/lang/invoke/") and member is not None:
        name = member.split("(")[0].split(" ")[0]
        if name not in INVOKE_BOOTSTRAPS:
            return "method handles beyond lambdas/concatenation"
    return None


# ---------------------------------------------------------------------------------------------
# Class file reading


class ClassInfo:
    __slots__ = ("name", "access", "super", "interfaces", "fields", "methods")


def read_class(path):
    with open(path, "rb") as f:
        data = f.read()
    pos = 8
    (cp_count,) = struct.unpack_from(">H", data, pos)
    pos += 2
    utf8 = {}
    class_name_idx = {}
    i = 1
    while i < cp_count:
        tag = data[pos]
        pos += 1
        if tag == 1:
            (length,) = struct.unpack_from(">H", data, pos)
            pos += 2
            utf8[i] = data[pos:pos + length].decode("utf-8", errors="replace")
            pos += length
        elif tag == 7:
            class_name_idx[i] = struct.unpack_from(">H", data, pos)[0]
            pos += 2
        elif tag in (8, 16, 19, 20):
            pos += 2
        elif tag == 15:
            pos += 3
        elif tag in (3, 4, 9, 10, 11, 12, 17, 18):
            pos += 4
        elif tag in (5, 6):
            pos += 8
            i += 1
        else:
            raise ValueError("%s: bad constant pool tag %d" % (path, tag))
        i += 1

    def cls(idx):
        return utf8[class_name_idx[idx]] if idx else None

    ci = ClassInfo()
    ci.access, this_idx, super_idx, n_if = struct.unpack_from(">HHHH", data, pos)
    pos += 8
    ci.name = cls(this_idx)
    ci.super = cls(super_idx)
    ci.interfaces = [cls(struct.unpack_from(">H", data, pos + 2 * k)[0]) for k in range(n_if)]
    pos += 2 * n_if
    members = []
    for _ in range(2):
        (count,) = struct.unpack_from(">H", data, pos)
        pos += 2
        table = {}
        for _ in range(count):
            acc, name_idx, desc_idx, attr_count = struct.unpack_from(">HHHH", data, pos)
            pos += 8
            for _ in range(attr_count):
                (alen,) = struct.unpack_from(">I", data, pos + 2)
                pos += 6 + alen
            table[(utf8[name_idx], utf8[desc_idx])] = acc
        members.append(table)
    ci.fields, ci.methods = members
    return ci


def compile_stdlib(outdir):
    cmd = ["javac", "--system=none", "--module-source-path", os.path.join(REPO, "stdlib/java"),
           "-m", "java.base", "-XDstringConcat=inline", "-nowarn", "-d", outdir]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stdout + r.stderr)
        sys.exit("javac failed")


def load_classes(outdir):
    classes = {}
    for root, _, files in os.walk(outdir):
        for fn in files:
            if fn.endswith(".class") and fn != "module-info.class":
                ci = read_class(os.path.join(root, fn))
                classes[ci.name] = ci
    return classes


ACC_PRIVATE = 0x0002


def has_member(classes, cls, member):
    """member is 'name(desc)ret' for methods or 'name : desc' for fields."""
    if " : " in member:
        name, desc = member.split(" : ")
        kind = "fields"
    else:
        k = member.index("(")
        name, desc = member[:k], member[k:]
        kind = "methods"
    seen = set()
    work = [cls]
    first = True
    while work:
        c = work.pop(0)
        if c is None or c in seen:
            continue
        seen.add(c)
        ci = classes.get(c)
        if ci is None:
            continue
        acc = getattr(ci, kind).get((name, desc))
        if acc is not None and not acc & ACC_PRIVATE:
            return True
        if name == "<init>" or name == "<clinit>":
            return False
        work.append(ci.super)
        work.extend(ci.interfaces)
        if first and ci.access & 0x0200:  # interface: Object's public methods are members
            work.append("java/lang/Object")
        first = False
    return False


# ---------------------------------------------------------------------------------------------
# Report


def java_name(internal):
    return internal.replace("/", ".")


def pretty_member(member):
    """'foo(ILjava/lang/String;)V' -> 'foo(int, String)'; fields -> 'NAME'."""
    if " : " in member:
        return member.split(" : ")[0]
    name, rest = member.split("(", 1)
    params = rest[:rest.index(")")]
    out = []
    i = 0
    prims = {"B": "byte", "C": "char", "D": "double", "F": "float", "I": "int", "J": "long",
             "S": "short", "Z": "boolean"}
    while i < len(params):
        dims = 0
        while params[i] == "[":
            dims += 1
            i += 1
        if params[i] == "L":
            j = params.index(";", i)
            t = params[i + 1:j].split("/")[-1]
            i = j + 1
        else:
            t = prims[params[i]]
            i += 1
        out.append(t + "[]" * dims)
    return "%s(%s)" % (name, ", ".join(out))


# Decisions on how whole areas behave, kept with the generated table (edit here, not there).
BEHAVIOUR_NOTES = """## Behaviour notes

- **Class loaders.** The boot loader (null: `java.base`), a platform loader (`'platform'`, which
  finds exactly the boot loader's classes) and the application loader (`'app'`, the class path)
  are built in. `ClassLoader` subclasses are real user-defined loaders (JVMS 5.3.2):
  `defineClass` (byte-array forms with and without a name, `ByteBuffer`, the
  `ProtectionDomain` form ignoring the domain) makes a class distinct from every class of
  another loader, even of the same name; symbolic references of such a class resolve through
  its defining loader's `loadClass(String)`; `loadClass` is parent-first with `findClass`;
  `findLoadedClass` sees the classes the loader defined or initiated. Errors as on HotSpot:
  `LinkageError` (`loader 'L' @id attempted duplicate class definition for X. (...)`),
  `NoClassDefFoundError` (`X (wrong name: Y)`, `IllegalName: ...`), `SecurityException`
  (`Prohibited package name: java.lang`), `ClassFormatError`, `ArrayIndexOutOfBoundsException`
  for a bad region. Loading constraints (JVMS 5.3.4) are kept only as far as a loader caches
  what it initiated (it never gets a second class for a name); the cross-loader constraints of
  method and field signatures are not checked. Classes are never unloaded: a loader the VM
  has given an id (it defined a class, or classes were looked up through it) stays reachable
  for the VM's life, and so do its classes. Stack frames of a named user loader's classes
  print as `name//pkg.Class.m(...)`, as on HotSpot. `Class.forName(String)` uses the caller's
  defining loader; a thread's context class loader is the system loader unless set.
- **Resources.** `getResource`/`getResourceAsStream` on `Class` (relative to the class's
  package, or absolute with `/`) and `ClassLoader` (parent first, then `findResource`) search
  the class path: directories give `file:` URLs read through the host's files (so the sandbox
  applies: under `--sandbox` a class-path directory needs `--allow-read`), jars give `jar:file:`
  URLs read from the opened jar. `java.base` has no resources. `URL.openStream` reads `file:`
  and `jar:` URLs only.
- **Annotations.** Runtime-visible annotations of classes (with `@Inherited`), fields,
  methods, constructors and parameters, and annotation member defaults, with
  `@Repeatable` containers unwrapped by `getAnnotationsByType`. `toString`, `equals` and
  `hashCode` are JDK 17's. Members are listed in `toString` as the JDK orders them (members
  with defaults first, in hash order), except that members with defaults whose names fall
  into the same hash bucket follow declaration order where HotSpot follows its own method
  order. Annotation objects are instances of a class generated per annotation interface
  (not `java.lang.reflect.Proxy`, which Cortado lacks). Type annotations
  (`RuntimeVisibleTypeAnnotations`) are not read.
- **Serialization.** The stream protocol is the JDK's, and a class without a declared
  `serialVersionUID` gets the default one of the specification (section 4.6), so streams are
  exchangeable with HotSpot (the golden test `serial/Interchange` compares the bytes);
  library classes declare the JDK's values. `serialPersistentFields`, `putFields`/`writeFields`
  and `readFields` work as on the JDK.
- **URIs and URLs.** `java.net.URI` is the JDK's in full: RFC 2396 parsing with the JDK's
  deviations, `URISyntaxException` reasons and indexes, `URI.create`'s
  `IllegalArgumentException`, raw and decoded getters, `normalize`/`resolve`/`relativize`,
  `equals`/`hashCode`/`compareTo`, `toASCIIString`, `parseServerAuthority`, the quoting
  constructors and the serialized form. `URL` parses as the JDK's built-in handlers (http,
  https, ftp, file, jar, mailto, jrt); `URI.toURL`/`URL.toURI`, `File.toURI`/`File(URI)`,
  `Path.toUri`/`Path.of(URI)`/`Paths.get(URI)` and `URLEncoder`/`URLDecoder` agree with
  HotSpot (golden tests `tests/java/net/`). URL connections read `file:` and `jar:` URLs only
  (no network), and `URL.equals`/`hashCode` look no host names up.
"""


def counts_str(c):
    return "%d / %d" % (c["bench"], c["test"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--surface", default=DEFAULT_SURFACE)
    ap.add_argument("--out", default=os.path.join(REPO, "docs/compatibility.md"))
    ap.add_argument("--classes", help="use this already compiled java.base instead of compiling")
    args = ap.parse_args()

    survey = parse_surface(args.surface)
    if args.classes:
        classes = load_classes(args.classes)
    else:
        with tempfile.TemporaryDirectory(prefix="cov-out") as tmp:
            compile_stdlib(tmp)
            classes = load_classes(tmp)

    by_pkg = defaultdict(list)  # pkg -> [(cls, present, counts, [(member, present, counts)])]
    excluded_items = []
    totals = {"cls": 0, "cls_ok": 0, "mem": 0, "mem_ok": 0}
    for cls in sorted(survey):
        info = survey[cls]
        if cls.startswith("("):
            continue
        members = [(m, c) for m, c in info["members"].items()
                   if used(c) and not m.startswith(PSEUDO)]
        if not used(info) and not members:
            continue
        reason = excluded(cls)
        if reason:
            excluded_items.append((cls, None, reason, info))
            continue
        kept = []
        for m, c in members:
            r = excluded(cls, m)
            if r:
                excluded_items.append((cls, m, r, c))
            else:
                kept.append((m, c))
        present = cls in classes
        rows = []
        for m, c in sorted(kept, key=lambda mc: (-(mc[1]["bench"] * 1000 + mc[1]["test"]), mc[0])):
            ok = present and has_member(classes, cls, m)
            rows.append((m, ok, c))
            totals["mem"] += 1
            totals["mem_ok"] += ok
        totals["cls"] += 1
        totals["cls_ok"] += present
        pkg = cls.rsplit("/", 1)[0]
        by_pkg[pkg].append((cls, present, info, rows))

    lines = []
    w = lines.append
    w("# Compatibility: the JDK API real programs use")
    w("")
    w("<!-- Generated by tools/api_coverage.py; do not edit by hand. -->")
    w("Generated file: do not edit. Regenerate with `python3 tools/api_coverage.py` (from the "
      "repository root; it compiles `stdlib/java` with JDK 17's javac and reads the class files).")
    w("")
    w("The list of what programs use comes from the survey `%s` (48 benchmark programs, 371 "
      "small test programs). An item is listed when at least %d benchmark programs or at least "
      "%d test programs use it; a class is also listed when one of its members is. Counts are "
      "shown as *benchmark programs / test programs*. A member counts as present when Cortado's "
      "class declares or inherits it with the same descriptor."
      % (os.path.basename(args.surface), BENCH_MIN, TEST_MIN))
    w("")
    w("Out of scope here (tracked elsewhere): `java.util.concurrent`, threads, and "
      "`java.lang.invoke` method handles beyond the lambda and string-concatenation bootstraps.")
    w("")
    pct = lambda a, b: (100.0 * a / b) if b else 100.0
    w("**Summary:** %d of %d classes present (%.0f%%), %d of %d members present (%.0f%%)."
      % (totals["cls_ok"], totals["cls"], pct(totals["cls_ok"], totals["cls"]),
         totals["mem_ok"], totals["mem"], pct(totals["mem_ok"], totals["mem"])))
    w("")
    w("| package | classes present | members present |")
    w("|---|---:|---:|")
    for pkg in sorted(by_pkg):
        cs = by_pkg[pkg]
        n_c = len(cs)
        ok_c = sum(1 for c in cs if c[1])
        n_m = sum(len(c[3]) for c in cs)
        ok_m = sum(1 for c in cs for r in c[3] if r[1])
        w("| `%s` | %d / %d | %d / %d |" % (java_name(pkg), ok_c, n_c, ok_m, n_m))
    w("")
    missing = [(cls, m, c) for pkg in by_pkg for (cls, present, info, rows) in by_pkg[pkg]
               for (m, ok, c) in rows if not ok]
    missing_cls = [(cls, info) for pkg in by_pkg for (cls, present, info, rows) in by_pkg[pkg]
                   if not present]
    w("## Missing")
    w("")
    if not missing and not missing_cls:
        w("Nothing: every listed class and member is present.")
    else:
        w("| item | programs (bench / test) |")
        w("|---|---:|")
        for cls, info in missing_cls:
            w("| class `%s` | %s |" % (java_name(cls), counts_str(info)))
        for cls, m, c in sorted(missing, key=lambda x: (-(x[2]["bench"] * 1000 + x[2]["test"]), x[0], x[1])):
            w("| `%s.%s` | %s |" % (java_name(cls).split(".")[-1] if False else java_name(cls),
                                   pretty_member(m), counts_str(c)))
    w("")
    w("## By package")
    for pkg in sorted(by_pkg):
        w("")
        w("### `%s`" % java_name(pkg))
        w("")
        w("| class / member | descriptor | programs (bench / test) | Cortado |")
        w("|---|---|---:|:---:|")
        for cls, present, info, rows in by_pkg[pkg]:
            w("| **%s** | | %s | %s |" % (cls.rsplit("/", 1)[1], counts_str(info),
                                          "yes" if present else "**missing**"))
            for m, ok, c in rows:
                w("| &nbsp;&nbsp;%s | `%s` | %s | %s |" % (pretty_member(m), m, counts_str(c),
                                                       "yes" if ok else "**missing**"))
    w("")
    w("## Missing classes used by fewer programs (below the threshold, not counted)")
    w("")
    w("| class | programs (bench / test) |")
    w("|---|---:|")
    for cls in sorted(survey, key=lambda c: (-(survey[c]["bench"] * 1000 + survey[c]["test"]), c)):
        info = survey[cls]
        if cls.startswith("(") or cls in classes or excluded(cls):
            continue
        if any(c == cls for pkg in by_pkg for (c, _, _, _) in by_pkg[pkg]):
            continue
        w("| `%s` | %s |" % (java_name(cls), counts_str(info)))
    w("")
    w("## Excluded from the counts")
    w("")
    w("| item | reason |")
    w("|---|---|")
    for cls, m, reason, c in excluded_items:
        item = "class `%s`" % java_name(cls) if m is None else "`%s.%s`" % (java_name(cls), pretty_member(m))
        w("| %s | %s |" % (item, reason))
    w("")
    w(BEHAVIOUR_NOTES)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("classes %d/%d, members %d/%d -> %s" % (totals["cls_ok"], totals["cls"], totals["mem_ok"],
                                                   totals["mem"], os.path.relpath(args.out, REPO)))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Regenerates the expected outputs (.out/.err/.exit) of the golden Java tests
# by running them on the reference JVMs (HotSpot 17; Temurin 25 for modernNN).
#
# Usage: tests/bless.sh [area/Name ...]     (default: every test)
set -euo pipefail
# expected outputs assume a UTF-8 platform encoding (stdout, args)
export LC_ALL=C.UTF-8

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$ROOT/java"
CACHE="$ROOT/.cache"
JDK17="${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
TIMEOUT="${TIMEOUT:-30}"

die() { echo "bless: $*" >&2; exit 2; }
[[ -x "$JDK17/bin/javac" ]] || die "JDK 17 not found at $JDK17"

# release number of an area: 17 for normal areas, NN for modernNN
release_of() {
    local area="$1"
    if [[ "$area" =~ ^modern([0-9]+)$ ]]; then echo "${BASH_REMATCH[1]}";
    elif [[ "$area" == modern ]]; then echo 25;
    else echo 17; fi
}

# ---------------------------------------------------------------- compile
cd "$SRC"
mapfile -t ALL_SOURCES < <(find . -name '*.java' | sed 's|^\./||' | LC_ALL=C sort)
[[ ${#ALL_SOURCES[@]} -gt 0 ]] || die "no tests under $SRC"

declare -A BY_RELEASE=()
for f in "${ALL_SOURCES[@]}"; do
    area="${f%%/*}"
    [[ "$f" == */* && "$area" =~ ^[a-z][a-z0-9]*$ ]] || die "bad test path: $f"
    rel="$(release_of "$area")"
    BY_RELEASE[$rel]+="$f"$'\n'
done

for rel in $(printf '%s\n' "${!BY_RELEASE[@]}" | sort -n); do
    out="$CACHE/classes$rel"
    rm -rf "$out"; mkdir -p "$out"
    mapfile -t files < <(printf '%s' "${BY_RELEASE[$rel]}")
    if [[ "$rel" == 17 ]]; then
        echo "javac 17: ${#files[@]} files -> ${out#$ROOT/}"
        "$JDK17/bin/javac" -g -encoding UTF-8 -d "$out" "${files[@]}" \
            || die "compilation failed (release 17)"
    else
        [[ -x "$JDK25/bin/javac" ]] || die "Temurin 25 not found at $JDK25"
        echo "javac 25 --release $rel: ${#files[@]} files -> ${out#$ROOT/}"
        "$JDK25/bin/javac" -g -encoding UTF-8 --release "$rel" -d "$out" "${files[@]}" \
            || die "compilation failed (release $rel)"
    fi
    # resources: *.txt and *.properties files beside the tests, copied to the same place
    # under the classes directory (the golden harness does the same)
    for f in $(find . -name '*.txt' -o -name '*.properties' | sed 's|^\./||' | LC_ALL=C sort); do
        [[ "$(release_of "${f%%/*}")" == "$rel" ]] || continue
        mkdir -p "$out/$(dirname "$f")"; cp "$f" "$out/$f"
    done
done

# ---------------------------------------------------------------- select
declare -a TESTS=()
if [[ $# -gt 0 ]]; then
    for t in "$@"; do
        t="${t%.java}"; t="${t#tests/java/}"; t="${t//./\/}"
        [[ -f "$SRC/$t.java" ]] || die "no such test: $t"
        TESTS+=("$t")
    done
else
    for f in "${ALL_SOURCES[@]}"; do
        name="$(basename "$f" .java)"
        # a test is a file whose public class has the file's name and a main method
        if grep -q 'public static void main *(' "$f"; then TESTS+=("${f%.java}"); fi
    done
fi

# ---------------------------------------------------------------- run
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

run_one() { # test outprefix [extra jvm flags...]
    local t="$1" pre="$2"; shift 2
    local area="${t%%/*}" name="${t##*/}"
    local rel; rel="$(release_of "$area")"
    local java="$JDK17/bin/java"
    [[ "$rel" != 17 ]] && java="$JDK25/bin/java"
    local in=/dev/null
    [[ -f "$SRC/$t.in" ]] && in="$SRC/$t.in"
    local -a args=() flags=()
    [[ -f "$SRC/$t.args" ]] && mapfile -t args < "$SRC/$t.args"
    [[ -f "$SRC/$t.flags" ]] && mapfile -t flags < "$SRC/$t.flags"
    local rc=0
    timeout "$TIMEOUT" "$java" "$@" ${flags[@]+"${flags[@]}"} -cp "$CACHE/classes$rel" "$area.$name" ${args[@]+"${args[@]}"} \
        < "$in" > "$pre.out" 2> "$pre.err" || rc=$?
    echo "$rc" > "$pre.exit"
}

pass=0; fail=0; declare -a FAILED=()
for t in "${TESTS[@]}"; do
    key="${t//\//_}"
    run_one "$t" "$TMP/$key.a"
    run_one "$t" "$TMP/$key.b" -XX:+UnlockExperimentalVMOptions -XX:hashCode=2
    rc="$(cat "$TMP/$key.a.exit")"
    if [[ "$rc" == 124 || "$rc" == 137 ]]; then
        echo "REJECT $t: timed out after ${TIMEOUT}s" >&2
        fail=$((fail+1)); FAILED+=("$t"); continue
    fi
    # A test with a `.identity` file depends on HotSpot's default identity hashes on purpose.
    if [[ ! -f "$SRC/$t.identity" ]] && ! cmp -s "$TMP/$key.a.out" "$TMP/$key.b.out" \
       || ! cmp -s "$TMP/$key.a.err" "$TMP/$key.b.err" \
       || ! cmp -s "$TMP/$key.a.exit" "$TMP/$key.b.exit"; then
        echo "REJECT $t: output depends on identity hash codes (differs with -XX:hashCode=2)" >&2
        diff "$TMP/$key.a.out" "$TMP/$key.b.out" | head -5 >&2 || true
        diff "$TMP/$key.a.err" "$TMP/$key.b.err" | head -5 >&2 || true
        fail=$((fail+1)); FAILED+=("$t"); continue
    fi
    base="$SRC/$t"
    cp "$TMP/$key.a.out" "$base.out"
    if [[ -s "$TMP/$key.a.err" ]]; then cp "$TMP/$key.a.err" "$base.err"; else rm -f "$base.err"; fi
    if [[ "$rc" != 0 ]]; then echo "$rc" > "$base.exit"; else rm -f "$base.exit"; fi
    pass=$((pass+1))
    printf '  %-40s exit=%s out=%s lines%s\n' "$t" "$rc" "$(wc -l < "$base.out")" \
        "$([[ -s "$TMP/$key.a.err" ]] && echo ' +stderr' || true)"
done

echo
echo "blessed $pass test(s), rejected $fail"
if [[ $fail -gt 0 ]]; then
    printf '  rejected: %s\n' "${FAILED[@]}" >&2
    exit 1
fi

#!/bin/sh
# Recompiles the test classes and regenerates the expected `javap -c -p` listings.
# Needs OpenJDK 17's javac and javap on PATH. Run from anywhere; commit the results.
set -eu
cd "$(dirname "$0")"
rm -rf classes expected
mkdir -p classes expected
# Everything with -g (line numbers and local variables); Params also with -parameters so that
# one class carries a MethodParameters attribute.
javac -g -d classes $(ls src/*.java | grep -v '/Params.java$')
javac -g -parameters -d classes src/Params.java
for class in classes/*.class; do
    name=$(basename "$class" .class)
    javap -c -p "$class" > "expected/$name.javap"
done

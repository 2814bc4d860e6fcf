#!/usr/bin/env python3
"""What the fuel check costs: runs every benches/java program with and without --fuel
(10^15, never exhausted), interleaved, and prints the median CPU time (user + system of the
whole `cortado run` process, from wait4) per mode and the ratio. docs/embedding.md has the
figures.

    cargo build --release -p cortado
    python3 benches/scripts/fuel_cost.py [--runs 5] [--int] [--sizes mid|large]
"""
import argparse, math, os, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SIZES = {
    "large": [("Fib", "38"), ("Loops", "1000"), ("Sieve", "10000000"), ("Mandelbrot", "2000"),
              ("NBody", "10000000"), ("SpectralNorm", "2000"), ("Fannkuch", "10"),
              ("Richards", "600"), ("DeltaBlue", "2000"), ("BinaryTrees", "17"),
              ("Json", "6000"), ("ParallelTrees", "16")],
    "mid": [("Fib", "32"), ("Loops", "300"), ("Sieve", "1000000"), ("Mandelbrot", "600"),
            ("NBody", "1000000"), ("SpectralNorm", "500"), ("Fannkuch", "9"),
            ("Richards", "60"), ("DeltaBlue", "300"), ("BinaryTrees", "14"),
            ("Json", "1000"), ("ParallelTrees", "14")],
}


def cpu_seconds(command):
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        out.seek(0)
        return status, usage.ru_utime + usage.ru_stime, out.read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--int", action="store_true", help="interpreter only (-Xint)")
    parser.add_argument("--sizes", choices=SIZES, default="large")
    options = parser.parse_args()
    cortado = os.path.join(ROOT, "target", "release", "cortado")
    classes = tempfile.mkdtemp(prefix="cortado-fuel-")
    base = ["-Xint"] if options.int else []
    modes = {"without": base, "with --fuel": base + ["--fuel=1000000000000000"]}
    ratios = []
    for name, size in SIZES[options.sizes]:
        out = os.path.join(classes, name)
        subprocess.run(["javac", "-d", out, os.path.join(ROOT, "benches", "java", name + ".java")],
                       check=True)
        times = {mode: [] for mode in modes}
        outputs = set()
        for _ in range(options.runs):
            for mode, flags in modes.items():
                status, seconds, text = cpu_seconds([cortado, "run", *flags, "-cp", out, name, size])
                if status != 0:
                    sys.exit(f"{name} {mode}: exit status {status}")
                outputs.add(text)
                times[mode].append(seconds)
        if len(outputs) != 1:
            sys.exit(f"{name}: the runs printed different output")
        a, b = (statistics.median(times[m]) for m in modes)
        ratios.append(b / a)
        print(f"{name:14} {size:>9}  {a:8.3f}  {b:8.3f}  {b / a:6.3f}", flush=True)
    print(f"geometric mean of the ratios: {math.exp(sum(map(math.log, ratios)) / len(ratios)):.3f}")


if __name__ == "__main__":
    main()

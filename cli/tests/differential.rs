//! Differential test of the tiers: generated Java programs (random arithmetic over int, long,
//! float and double, with loops, casts, shifts, comparisons, division that may throw, arrays
//! and fields) run on HotSpot and on Cortado interpreted, tiered and eagerly compiled, and
//! every output must equal HotSpot's. The generator is seeded, so a failure reproduces; set
//! `DIFFERENTIAL_SEED` to try other programs.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A small deterministic generator (xorshift*), so the programs are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Type {
    Int,
    Long,
    Float,
    Double,
}

impl Type {
    fn name(self) -> &'static str {
        match self {
            Type::Int => "int",
            Type::Long => "long",
            Type::Float => "float",
            Type::Double => "double",
        }
    }
    fn all() -> [Type; 4] {
        [Type::Int, Type::Long, Type::Float, Type::Double]
    }
}

/// An expression of type `t` over the locals `i0 l0 f0 d0 i1 ...` and the loop counter `k`.
fn expression(rng: &mut Rng, t: Type, depth: u32) -> String {
    if depth == 0 || rng.below(4) == 0 {
        return leaf(rng, t);
    }
    let a = expression(rng, t, depth - 1);
    let b = expression(rng, t, depth - 1);
    match rng.below(7) {
        0 => format!("({a} + {b})"),
        1 => format!("({a} - {b})"),
        2 => format!("({a} * {b})"),
        // May divide by zero (ints and longs throw, floats give NaN or infinities).
        3 => format!("({a} / {b})"),
        4 => format!("({a} % {b})"),
        5 => match t {
            Type::Int | Type::Long => {
                let op = rng.pick(&["<<", ">>", ">>>", "&", "|", "^"]);
                format!("({a} {op} {b})")
            }
            _ => format!("(-{a})"),
        },
        _ => {
            // A conversion from another type (saturating, rounding, narrowing).
            let from = Type::all()[rng.below(4)];
            let inner = expression(rng, from, depth - 1);
            match (t, rng.below(3)) {
                (Type::Int, 0) => format!("((int) (byte) {inner})"),
                (Type::Int, 1) => format!("((int) (char) {inner})"),
                (Type::Int, _) => format!("((int) (short) {inner})"),
                _ => format!("(({}) {inner})", t.name()),
            }
        }
    }
}

fn leaf(rng: &mut Rng, t: Type) -> String {
    match rng.below(4) {
        0 => match t {
            Type::Int => rng
                .pick(&["0", "1", "-1", "7", "2147483647", "(-2147483648)", "k"])
                .to_owned(),
            Type::Long => rng
                .pick(&["0L", "3L", "(-1L)", "9223372036854775807L", "(long) k"])
                .to_owned(),
            Type::Float => rng
                .pick(&[
                    "0.0f",
                    "(-0.0f)",
                    "1.5f",
                    "Float.NaN",
                    "3.4e38f",
                    "(float) k",
                ])
                .to_owned(),
            Type::Double => rng
                .pick(&["0.0", "(-0.0)", "0.1", "Double.NaN", "1e308", "(double) k"])
                .to_owned(),
        },
        1 => format!("a[{}]", rng.below(4)).replace('a', prefix_array(t)),
        2 => format!("this.{}", field(t)),
        _ => format!("{}{}", prefix(t), rng.below(2)),
    }
}

fn prefix(t: Type) -> &'static str {
    match t {
        Type::Int => "i",
        Type::Long => "l",
        Type::Float => "f",
        Type::Double => "d",
    }
}

fn prefix_array(t: Type) -> &'static str {
    match t {
        Type::Int => "ia",
        Type::Long => "la",
        Type::Float => "fa",
        Type::Double => "da",
    }
}

fn field(t: Type) -> &'static str {
    match t {
        Type::Int => "fi",
        Type::Long => "fl",
        Type::Float => "ff",
        Type::Double => "fd",
    }
}

/// A class with `methods` generated methods and a `main` that runs each on several inputs.
fn program(seed: u64, methods: usize) -> String {
    let mut rng = Rng(seed | 1);
    let mut out = String::new();
    out.push_str("public class Generated {\n");
    out.push_str("    int fi = 3; long fl = -5L; float ff = 0.25f; double fd = -1.5;\n");
    out.push_str("    int[] ia = {1, -2, 0, 65537}; long[] la = {7L, 0L, -1L, 1L << 40};\n");
    out.push_str(
        "    float[] fa = {0.5f, -0.0f, 1e-3f, 7f}; double[] da = {2.0, 1e-9, -3.25, 0.0};\n",
    );
    out.push_str("    static String show(double v) { return Double.toString(v); }\n");
    for m in 0..methods {
        let t = Type::all()[rng.below(4)];
        let _ = writeln!(
            out,
            "    {} m{m}(int i0, long l0, float f0, double d0) {{",
            t.name()
        );
        out.push_str(
            "        int i1 = i0 * 3; long l1 = l0 - 1; float f1 = f0 / 2; double d1 = d0 + 1;\n",
        );
        // The loop counter is not in scope yet.
        let initial = loop {
            let candidate = leaf(&mut rng, t);
            if !candidate.contains('k') {
                break candidate;
            }
        };
        let _ = writeln!(out, "        {} acc = {initial};", t.name());
        let loop_kind = rng.below(3);
        let body_type = Type::all()[rng.below(4)];
        let body = expression(&mut rng, body_type, 3);
        let update = expression(&mut rng, t, 2);
        let condition = expression(&mut rng, Type::Int, 2);
        let _ = writeln!(
            out,
            "        for (int k = 0; k < {}; k++) {{",
            3 + loop_kind * 40
        );
        let _ = writeln!(out, "            {} v = {body};", body_type.name());
        let _ = writeln!(
            out,
            "            if ({condition} > k) acc += ({}) v; else acc = {update};",
            t.name()
        );
        let _ = writeln!(out, "            {}1 = ({}) acc;", prefix(t), t.name());
        let _ = writeln!(out, "            this.{} ^= (int) acc;", field(Type::Int));
        out.push_str("        }\n");
        out.push_str("        return acc;\n    }\n");
    }
    out.push_str("    public static void main(String[] args) {\n");
    out.push_str("        Generated g = new Generated();\n");
    out.push_str(
        "        int[] is = {0, 1, -7, 2147483647}; long[] ls = {0L, 5L, -9223372036854775808L};\n",
    );
    out.push_str(
        "        float[] fs = {0f, -2.5f, Float.NaN}; double[] ds = {1.0, -0.0, 1e300};\n",
    );
    out.push_str("        for (int r = 0; r < 3; r++) {\n");
    for m in 0..methods {
        let _ = writeln!(
            out,
            "            try {{ System.out.println(\"m{m} \" + g.m{m}(is[r % 4], ls[r], fs[r], ds[r])); }} catch (ArithmeticException e) {{ System.out.println(\"m{m} \" + e.getMessage()); }}"
        );
    }
    out.push_str("        }\n");
    out.push_str("        System.out.println(g.fi);\n");
    out.push_str("    }\n}\n");
    out
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the cli crate is in the workspace")
        .to_owned()
}

fn jdk_tool(name: &str) -> PathBuf {
    let installed = Path::new("/usr/lib/jvm/java-17-openjdk-amd64/bin").join(name);
    if installed.exists() {
        installed
    } else {
        PathBuf::from(name)
    }
}

fn run(command: &mut Command) -> (String, String, Option<i32>) {
    let output = command.output().expect("the program runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

#[test]
fn generated_programs_agree_in_every_tier() {
    let seeds: Vec<u64> = match std::env::var("DIFFERENTIAL_SEED") {
        Ok(seed) => vec![seed.parse().expect("a number")],
        Err(_) => (1..=5).collect(),
    };
    let dir = workspace_root().join("target/differential");
    for seed in seeds {
        let classes = dir.join(format!("seed{seed}"));
        std::fs::create_dir_all(&classes).expect("create the output directory");
        let source = classes.join("Generated.java");
        std::fs::write(&source, program(seed, 24)).expect("write the program");
        let (_, errors, status) = run(Command::new(jdk_tool("javac"))
            .arg("-d")
            .arg(&classes)
            .arg(&source));
        assert_eq!(status, Some(0), "javac failed on seed {seed}:\n{errors}");
        let (expected, _, expected_status) = run(Command::new(jdk_tool("java"))
            .arg("-cp")
            .arg(&classes)
            .arg("Generated"));
        assert_eq!(expected_status, Some(0), "HotSpot failed on seed {seed}");
        for flags in [
            &["-Xint"][..],
            &["-XX:CompileThreshold=2"],
            &["-Xcomp"],
            &["-Xcomp", "-Xms1m", "-XX:GCStressBytes=2048"],
        ] {
            let (output, errors, status) = run(Command::new(env!("CARGO_BIN_EXE_cortado"))
                .arg("run")
                .args(flags)
                .arg("-cp")
                .arg(&classes)
                .arg("Generated"));
            assert_eq!(
                (status, output.as_str()),
                (Some(0), expected.as_str()),
                "seed {seed}, {flags:?}: differs from HotSpot (source in {}){errors}",
                source.display()
            );
        }
    }
}

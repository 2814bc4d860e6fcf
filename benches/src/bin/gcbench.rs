//! Garbage-collector benchmark: allocation-heavy programs (binary trees depth 18 with
//! `-Xmx64m` and with the default heap, a GCBench-like program, a list-churn program, binary
//! trees depth 20 with `-Xmx256m`) on Cortado and on HotSpot's Serial collector, each with its
//! JIT and interpreted (`-Xint`; only the programs marked `interpreted`, since interpreting
//! the others would take minutes), with the same heap flags. Reports wall and CPU time, young
//! and full pauses (from `-Xlog:gc`, the same format on both), the share of the run spent in
//! pauses, and peak RSS (from `/usr/bin/time`), then per program the figures of the GC
//! design's measurable goals (§9: P1-P3, T1, T2, M1, M2, A2) against HotSpot Serial. Run with
//! `cargo build --release && cargo run --release -p cortado-benches --bin gcbench [-- RUNS [VMS]]`
//! (VMS: a comma-separated subset of `cortado,cortado-int,java-serial,java-serial-int`;
//! default all).

use std::path::{Path, PathBuf};
use std::process::Command;

struct Program {
    name: &'static str,
    source: &'static str,
    class: &'static str,
    args: &'static [&'static str],
    heap: &'static [&'static str],
    /// Also run with `-Xint` (the interpreter goals are measured on it).
    interpreted: bool,
    /// The goals of the GC design (§9) measured on this program.
    goals: &'static [&'static str],
}

const PROGRAMS: &[Program] = &[
    Program {
        name: "bt18",
        source: "java/BinaryTrees.java",
        class: "BinaryTrees",
        args: &["18"],
        heap: &["-Xmx64m"],
        interpreted: true,
        goals: &["P1", "P2", "P3", "T1", "A2", "M1"],
    },
    // The default heap (goal M2: heap growth discipline).
    Program {
        name: "bt18-dflt",
        source: "java/BinaryTrees.java",
        class: "BinaryTrees",
        args: &["18"],
        heap: &[],
        interpreted: false,
        goals: &["M2"],
    },
    Program {
        name: "gcbench",
        source: "gc/GCBench.java",
        class: "GCBench",
        args: &[],
        heap: &["-Xmx64m"],
        interpreted: true,
        // One round of GCBench: the goal's `gcbench5` runs five.
        goals: &["T2"],
    },
    Program {
        name: "listchurn",
        source: "gc/ListChurn.java",
        class: "ListChurn",
        args: &[],
        heap: &["-Xmx64m"],
        interpreted: true,
        goals: &[],
    },
    // Goal T2 (the collector's time with the JIT against Serial's).
    Program {
        name: "bt20",
        source: "java/BinaryTrees.java",
        class: "BinaryTrees",
        args: &["20"],
        heap: &["-Xmx256m"],
        interpreted: false,
        goals: &["T2"],
    },
];

#[derive(Default, Clone)]
struct Run {
    wall: f64,
    cpu: f64,
    rss_mb: f64,
    young: Vec<f64>,
    full: Vec<f64>,
    output: String,
}

impl Run {
    fn gc_ms(&self) -> f64 {
        self.young.iter().chain(&self.full).sum()
    }
}

fn max(values: &[f64]) -> f64 {
    values.iter().copied().fold(0.0, f64::max)
}

/// `a / b`, or 0 when `b` is 0 (no collection of that kind).
fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 {
        a / b
    } else {
        0.0
    }
}

fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn run(command: &[String], scratch: &Path) -> Run {
    let times = scratch.join("time.txt");
    let output = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%e %U %S %M")
        .arg("-o")
        .arg(&times)
        .args(command)
        .output()
        .expect("/usr/bin/time runs");
    assert!(output.status.success(), "{command:?} failed");
    let text = std::fs::read_to_string(&times).expect("time output");
    let fields: Vec<f64> = text
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    let mut result = Run {
        wall: fields[0],
        cpu: fields[1] + fields[2],
        rss_mb: fields[3] / 1024.0,
        ..Run::default()
    };
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        // `[0.123s][info][gc] GC(3) Pause Young (Allocation Failure) 17M->16M(61M) 1.234ms`
        if let Some(rest) = line.split_once(" Pause ").map(|(_, r)| r) {
            let kind = rest.split_whitespace().next().unwrap_or("");
            let ms: f64 = rest
                .rsplit(' ')
                .next()
                .and_then(|t| t.strip_suffix("ms"))
                .and_then(|t| t.parse().ok())
                .unwrap_or(0.0);
            if kind == "Young" {
                result.young.push(ms);
            } else {
                result.full.push(ms);
            }
        } else if !line.starts_with('[') {
            result.output.push_str(line);
            result.output.push('\n');
        }
    }
    result
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let cortado = std::env::current_exe()
        .expect("own path")
        .with_file_name("cortado");
    assert!(
        cortado.exists(),
        "build the cortado binary first: cargo build --release -p cortado"
    );
    let scratch = root.join("../target/gcbench");
    std::fs::create_dir_all(&scratch).expect("scratch directory");
    // Each source once (javac refuses a file given twice).
    let mut sources: Vec<&str> = PROGRAMS.iter().map(|p| p.source).collect();
    sources.sort_unstable();
    sources.dedup();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&scratch)
        .args(sources.iter().map(|source| root.join(source)))
        .status()
        .expect("javac runs");
    assert!(status.success(), "javac failed");
    let classes = scratch.to_string_lossy().into_owned();
    let selected: Option<Vec<String>> = std::env::args()
        .nth(2)
        .map(|list| list.split(',').map(str::to_string).collect());
    let vms: [(&str, Vec<String>); 4] = [
        (
            "cortado",
            vec![cortado.to_string_lossy().into_owned(), "run".into()],
        ),
        (
            "cortado-int",
            vec![
                cortado.to_string_lossy().into_owned(),
                "run".into(),
                "-Xint".into(),
            ],
        ),
        (
            "java-serial",
            vec!["java".into(), "-XX:+UseSerialGC".into()],
        ),
        (
            "java-serial-int",
            vec!["java".into(), "-XX:+UseSerialGC".into(), "-Xint".into()],
        ),
    ];
    println!(
        "{:<10} {:<16} {:>7} {:>7} {:>6} {:>9} {:>8} {:>5} {:>8} {:>8} {:>6} {:>7}",
        "program",
        "vm",
        "wall s",
        "cpu s",
        "young",
        "median ms",
        "max ms",
        "full",
        "max ms",
        "gc ms",
        "gc %",
        "RSS MB"
    );
    for program in PROGRAMS {
        let mut results: Vec<(&str, Run)> = Vec::new();
        for (vm, base) in &vms {
            if selected
                .as_ref()
                .is_some_and(|s| !s.iter().any(|name| name == vm))
                || (vm.ends_with("-int") && !program.interpreted)
            {
                continue;
            }
            let mut command = base.clone();
            command.extend(program.heap.iter().map(|s| s.to_string()));
            command.extend(["-Xlog:gc".into(), "-cp".into(), classes.clone()]);
            command.push(program.class.into());
            command.extend(program.args.iter().map(|s| s.to_string()));
            let mut all: Vec<Run> = (0..runs).map(|_| run(&command, &scratch)).collect();
            all.sort_by(|a, b| a.wall.total_cmp(&b.wall));
            let r = all[all.len() / 2].clone();
            let gc_ms = r.gc_ms();
            println!(
                "{:<10} {:<16} {:>7.2} {:>7.2} {:>6} {:>9.3} {:>8.2} {:>5} {:>8.2} {:>8.1} {:>6.1} {:>7.1}",
                program.name,
                vm,
                r.wall,
                r.cpu,
                r.young.len(),
                median(&mut r.young.clone()),
                max(&r.young),
                r.full.len(),
                max(&r.full),
                gc_ms,
                gc_ms / 10.0 / r.wall,
                r.rss_mb
            );
            results.push((vm, r));
        }
        if results.iter().any(|(_, r)| r.output != results[0].1.output) {
            println!("{:<10} OUTPUTS DIFFER", program.name);
        }
        report_goals(program, &results);
    }
}

/// The figures of the GC design's goals (§9) this program's runs give, Cortado against
/// HotSpot Serial, each with its goal when the goal is measured on this program: with the
/// JIT, the collector's time (T2) and peak RSS (M1 with `-Xmx64m`, M2 with the default heap);
/// interpreted, the collector's share of the CPU time (T1), the CPU time (A2) and the pauses
/// (P1 the median young pause, P2 the longest young pause, P3 the longest full pause).
fn report_goals(program: &Program, results: &[(&str, Run)]) {
    let find = |vm: &str| results.iter().find(|(v, _)| *v == vm).map(|(_, r)| r);
    let goal = |id: &str, target: &str| {
        if program.goals.contains(&id) {
            format!(" ({id} {target})")
        } else {
            String::new()
        }
    };
    let name = program.name;
    if let (Some(c), Some(s)) = (find("cortado"), find("java-serial")) {
        println!(
            "{name:<10} jit: GC time {:.2}x serial{}, RSS {:.2}x{}{}, longest young {:.2}x, longest full {:.2}x",
            ratio(c.gc_ms(), s.gc_ms()),
            goal("T2", "<= 1.5x"),
            ratio(c.rss_mb, s.rss_mb),
            goal("M1", "<= 1.3x"),
            goal("M2", "<= 2x"),
            ratio(max(&c.young), max(&s.young)),
            ratio(max(&c.full), max(&s.full)),
        );
    }
    if let (Some(c), Some(s)) = (find("cortado-int"), find("java-serial-int")) {
        println!(
            "{name:<10} int: GC {:.1} % of CPU{} (serial {:.1} %), CPU {:.2}x serial{}, median young {:.3} ms{}, longest young {:.2}x{}, longest full {:.2}x{}",
            ratio(c.gc_ms(), c.cpu * 10.0),
            goal("T1", "<= 5 %"),
            ratio(s.gc_ms(), s.cpu * 10.0),
            ratio(c.cpu, s.cpu),
            goal("A2", "<= 2x"),
            median(&mut c.young.clone()),
            goal("P1", "<= 1 ms"),
            ratio(max(&c.young), max(&s.young)),
            goal("P2", "<= 2x"),
            ratio(max(&c.full), max(&s.full)),
            goal("P3", "<= 2x"),
        );
    }
}

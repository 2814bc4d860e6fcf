//! Garbage-collector benchmark: allocation-heavy programs (binary trees depth 18, a
//! GCBench-like program, a list-churn program) on Cortado and on HotSpot's Serial collector
//! (with its JIT, and interpreted with `-Xint`), with the same heap flags. Reports wall and CPU
//! time, young and full pauses (from `-Xlog:gc`, the same format on both), the share of the
//! run spent in pauses, and peak RSS (from `/usr/bin/time`). Run with
//! `cargo build --release && cargo run --release -p cortado-benches --bin gcbench [-- RUNS [VMS]]`
//! (VMS: a comma-separated subset of `cortado,java-serial,java-serial-int`; default all).

use std::path::{Path, PathBuf};
use std::process::Command;

struct Program {
    name: &'static str,
    source: &'static str,
    class: &'static str,
    args: &'static [&'static str],
    heap: &'static [&'static str],
}

const PROGRAMS: &[Program] = &[
    Program {
        name: "bt18",
        source: "java/BinaryTrees.java",
        class: "BinaryTrees",
        args: &["18"],
        heap: &["-Xmx64m"],
    },
    Program {
        name: "gcbench",
        source: "gc/GCBench.java",
        class: "GCBench",
        args: &[],
        heap: &["-Xmx64m"],
    },
    Program {
        name: "listchurn",
        source: "gc/ListChurn.java",
        class: "ListChurn",
        args: &[],
        heap: &["-Xmx64m"],
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
    let status = Command::new("javac")
        .arg("-d")
        .arg(&scratch)
        .args(PROGRAMS.iter().map(|p| root.join(p.source)))
        .status()
        .expect("javac runs");
    assert!(status.success(), "javac failed");
    let classes = scratch.to_string_lossy().into_owned();
    let selected: Option<Vec<String>> = std::env::args()
        .nth(2)
        .map(|list| list.split(',').map(str::to_string).collect());
    let vms: [(&str, Vec<String>); 3] = [
        (
            "cortado",
            vec![cortado.to_string_lossy().into_owned(), "run".into()],
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
        let mut results = Vec::new();
        for (vm, base) in &vms {
            if selected
                .as_ref()
                .is_some_and(|s| !s.iter().any(|name| name == vm))
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
            let gc_ms: f64 = r.young.iter().chain(&r.full).sum();
            let max = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
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
            results.push(r);
        }
        if results.iter().any(|r| r.output != results[0].output) {
            println!("{:<10} OUTPUTS DIFFER", program.name);
        }
        if results.len() == 3 {
            println!(
                "{:<10} cortado/serial RSS {:.2}x, cortado/serial-int CPU {:.2}x",
                program.name,
                results[0].rss_mb / results[1].rss_mb,
                results[0].cpu / results[2].cpu
            );
        }
    }
}

//! Start-up benchmark: wall time of Hello World on Cortado and on HotSpot
//! (`java -Xshare:auto`), as medians of several runs in one invocation, so the two are
//! measured under the same machine load. Run with
//! `cargo run --release -p cortado-benches --bin startup [-- RUNS]`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn time_runs(command: &mut dyn FnMut() -> Command, runs: usize) -> Vec<Duration> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let mut c = command();
        c.stdout(Stdio::null()).stderr(Stdio::null());
        let started = Instant::now();
        let status = c.status().expect("the program starts");
        times.push(started.elapsed());
        assert!(status.success(), "the program failed");
    }
    times.sort();
    times
}

fn describe(name: &str, times: &[Duration]) -> f64 {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = ms(times[times.len() / 2]);
    println!(
        "{name:<28} median {median:8.2} ms   min {:8.2} ms   max {:8.2} ms   ({} runs)",
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    );
    median
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(21);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace")
        .to_owned();
    let classes = std::env::temp_dir().join("cortado-startup-bench");
    std::fs::create_dir_all(&classes).expect("temp dir");
    let status = Command::new("javac")
        .arg("-d")
        .arg(&classes)
        .arg(root.join("benches/java/Hello.java"))
        .status()
        .expect("javac is needed to compile the benchmark program");
    assert!(status.success());
    let cortado: PathBuf = root.join("target/release/cortado");
    assert!(
        cortado.exists(),
        "build it first: cargo build --release -p cortado"
    );
    let cortado_times = time_runs(
        &mut || {
            let mut c = Command::new(&cortado);
            c.arg("run").arg("-cp").arg(&classes).arg("Hello");
            c
        },
        runs,
    );
    let cortado_median = describe("cortado run Hello", &cortado_times);
    if Command::new("java")
        .arg("-version")
        .stderr(Stdio::null())
        .status()
        .is_ok()
    {
        let java_times = time_runs(
            &mut || {
                let mut c = Command::new("java");
                c.arg("-Xshare:auto").arg("-cp").arg(&classes).arg("Hello");
                c
            },
            runs,
        );
        let java_median = describe("java -Xshare:auto Hello", &java_times);
        println!("ratio cortado/java: {:.3}", cortado_median / java_median);
    }
}

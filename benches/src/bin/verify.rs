//! Verification-time benchmark: how long the verifier takes on the whole class library and
//! on one large application class (a generated method near the 64 KiB limit, compiled with
//! javac, with thousands of branches and StackMapTable frames). Medians of several runs. Run
//! with `cargo run --release -p cortado-benches --bin verify [-- RUNS]` (needs `javac`).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use cortado_runtime::{Vm, VmOptions};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A class whose `big` method has `blocks` if/else blocks, a loop and a switch each.
fn big_source(blocks: usize) -> String {
    let mut s = String::from(
        "public class Big {\n  static int big(int x, String s, long[] arr) {\n    int a = x; long b = 0; Object o = s;\n",
    );
    for k in 0..blocks {
        s.push_str(&format!(
            "    if ((a & {m}) == 0) {{ a = a * 31 + {k}; b += arr[a & 7]; }} else {{ o = (a % 3 == 0) ? s : o; a ^= {k}; }}\n    for (int i = 0; i < 2; i++) {{ a += i; }}\n    switch (a & 3) {{ case 0: a++; break; case 1: b--; break; default: a--; }}\n",
            m = (k % 7) + 1
        ));
    }
    s.push_str("    return a + (int) b + (o == null ? 0 : 1);\n  }\n  public static void main(String[] args) {}\n}\n");
    s
}

/// Blocks in the generated method: 63,803 bytes of bytecode, under the 64 KiB limit.
const BLOCKS: usize = 550;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(11);

    // The class library: the first pass loads, decodes and verifies; later passes verify.
    let vm = Vm::new(VmOptions::default()).expect("the VM starts");
    let started = Instant::now();
    let library = vm.verify_class_library().expect("the library verifies");
    let first = started.elapsed();
    let times = (0..runs)
        .map(|_| {
            let started = Instant::now();
            vm.verify_class_library().expect("the library verifies");
            started.elapsed()
        })
        .collect();
    let verify = median(times);
    println!(
        "class library: {} classes, {} methods, {} bytes of bytecode",
        library.classes, library.methods, library.code_bytes
    );
    println!(
        "  load + decode + verify (first pass) {:8.2} ms; verify only: median {:8.2} ms ({:.1} MB/s)",
        ms(first),
        ms(verify),
        library.code_bytes as f64 / verify.as_secs_f64() / 1e6
    );

    // Reference maps of the whole class library (computed lazily per method at run time;
    // recomputed here).
    let times = (0..runs)
        .map(|_| {
            let started = Instant::now();
            vm.reference_maps_of_class_library()
                .expect("the library has maps");
            started.elapsed()
        })
        .collect();
    let maps = median(times);
    println!(
        "  reference maps of every method: median {:8.2} ms ({:.1} MB/s)",
        ms(maps),
        library.code_bytes as f64 / maps.as_secs_f64() / 1e6
    );

    // One large application class, loaded and linked in a fresh VM per run, with and without
    // verification.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench-classes/verify");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Big.java"), big_source(BLOCKS)).unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Big.java"))
        .status()
        .expect("javac runs");
    assert!(status.success(), "javac failed");
    let bytes = std::fs::read(dir.join("Big.class")).unwrap();
    let link = |verify: bool| {
        let times = (0..runs)
            .map(|_| {
                let vm = Vm::new(VmOptions {
                    classes: vec![("Big".to_owned(), bytes.clone())],
                    verify,
                    ..VmOptions::default()
                })
                .expect("the VM starts");
                let started = Instant::now();
                vm.link_class("Big").expect("Big links");
                started.elapsed()
            })
            .collect();
        median(times)
    };
    let with = link(true);
    let without = link(false);
    println!("large class: Big.class, {} bytes", bytes.len());
    println!(
        "  load + link: median {:8.2} ms verified, {:8.2} ms with -Xverify:none (verification {:.2} ms)",
        ms(with),
        ms(without),
        ms(with.saturating_sub(without))
    );
}

//! Background compilation (`VmOptions::background_compilation`): the same results and the
//! same step counts as the interpreter and as synchronous compilation, one compiler thread per
//! VM that compiles (more only up to `VmOptions::compiler_threads`, when methods queue up),
//! none for a VM that does not, and none left once the VMs are dropped.
//!
//! One test in its own binary: it counts the process's compiler threads, which VMs of other
//! tests running in parallel would disturb.

use std::process::Command;
use std::time::{Duration, Instant};

use cortado_runtime::{Compilation, Value, Vm, VmOptions};

const SOURCE: &str = r#"
public class Hot {
    static int square(int x) { return x * x; }
    static int[] fill(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = square(i) ^ i;
        return a;
    }
    static String label(long v) { return "v" + (v & 1023); }
    public static long work() {
        long sum = 0;
        for (int round = 0; round < 3000; round++) {
            int[] a = fill(100);
            for (int v : a) sum += v;
            sum ^= round;
            sum += label(sum).length();
        }
        return sum;
    }
}
"#;

fn compile_guest() -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("cortado-background-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Hot.java"), SOURCE).unwrap();
    assert!(Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Hot.java"))
        .status()
        .unwrap()
        .success());
    let bytes = std::fs::read(dir.join("Hot.class")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    bytes
}

/// Threads of this process named as the compiler thread (`comm` keeps 15 bytes).
fn compiler_threads() -> usize {
    std::fs::read_dir("/proc/self/task")
        .unwrap()
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
        .filter(|name| name.trim_end() == "cortado-compile")
        .count()
}

/// Waits (a little) for the thread count to settle at `expected`: a joined thread's task
/// may outlive the join by a moment.
fn settles_at(expected: usize) -> usize {
    let started = Instant::now();
    loop {
        let n = compiler_threads();
        if n == expected || started.elapsed() > Duration::from_secs(5) {
            return n;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Calls of `Hot.work` in a fresh VM: each call's result and steps (counted at polls, so a
/// call's count depends on where the previous one left the count: compare call by call).
fn run(class: &[u8], compilation: Compilation, background: bool) -> (Vm, Vec<(Value, u64)>) {
    let vm = Vm::new(VmOptions {
        classes: vec![("Hot".into(), class.to_vec())],
        compilation,
        background_compilation: background,
        // One, so that the count per VM is exact (a second starts only for a queue).
        compiler_threads: 1,
        ..VmOptions::default()
    })
    .expect("the VM starts");
    let calls = (0..4)
        .map(|_| {
            let before = vm.statistics().steps;
            let value = vm.call_static("Hot", "work", "()J", &[]).unwrap();
            (value, vm.statistics().steps - before)
        })
        .collect();
    (vm, calls)
}

#[test]
fn background_compilation_matches_and_its_threads_end_with_their_vms() {
    let class = compile_guest();
    assert_eq!(compiler_threads(), 0);
    let (interpreted, expected) = run(&class, Compilation::Off, true);
    drop(interpreted);
    // Synchronous compilation starts no thread.
    let tiered = Compilation::Tiered { threshold: 10 };
    for (compilation, background) in [(tiered, false), (Compilation::Eager, true)] {
        let (vm, calls) = run(&class, compilation, background);
        assert_eq!(calls, expected, "{compilation:?}");
        let statistics = vm.statistics();
        assert!(statistics.compiled_methods >= 3, "{statistics:?}");
        assert!(
            statistics.compile_pause > Duration::ZERO
                && statistics.background_compile_time == Duration::ZERO,
            "{statistics:?}"
        );
        assert_eq!(compiler_threads(), 0, "{compilation:?}");
    }
    // Background: one thread per VM, the same results and steps whatever code the compiler
    // thread delivered when.
    let mut vms = Vec::new();
    for n in 1..=3 {
        let (vm, calls) = run(&class, tiered, true);
        assert_eq!(calls, expected, "VM {n}");
        assert_eq!(compiler_threads(), n);
        // The code arrives while the guest runs (on a loaded machine, maybe a few calls on).
        let started = Instant::now();
        while vm.statistics().compiled_steps == 0 && started.elapsed() < Duration::from_secs(30) {
            vm.call_static("Hot", "work", "()J", &[]).unwrap();
        }
        let statistics = vm.statistics();
        assert!(
            statistics.compiled_methods >= 1
                && statistics.compiled_steps > 0
                && statistics.background_compile_time > Duration::ZERO,
            "{statistics:?}"
        );
        vms.push(vm);
    }
    drop(vms);
    assert_eq!(settles_at(0), 0, "compiler threads left after the VMs");

    // The code cache cap applies when the compiler thread's code is installed: nothing fits
    // in 0 bytes, the compiler is disabled at the first installation, the guest runs on.
    let capped = Vm::new(VmOptions {
        classes: vec![("Hot".into(), class.to_vec())],
        compilation: tiered,
        max_code_bytes: Some(0),
        capabilities: cortado_runtime::Capabilities {
            stderr: cortado_runtime::Output::Capture(cortado_runtime::Captured::new()),
            ..Default::default()
        },
        ..VmOptions::default()
    })
    .unwrap();
    let started = Instant::now();
    while !capped.statistics().code_cache_full && started.elapsed() < Duration::from_secs(30) {
        assert_eq!(
            capped.call_static("Hot", "work", "()J", &[]).unwrap(),
            expected[0].0
        );
    }
    let statistics = capped.statistics();
    assert!(
        statistics.code_cache_full
            && statistics.compiled_methods == 0
            && statistics.code_bytes == 0,
        "{statistics:?}"
    );
    drop(capped);
    assert_eq!(settles_at(0), 0, "compiler threads left after the VMs");

    // With the default two, a VM starts one and maybe a second (when methods queue up),
    // gets the same results, and leaves none.
    let vm = Vm::new(VmOptions {
        classes: vec![("Hot".into(), class.to_vec())],
        compilation: tiered,
        ..VmOptions::default()
    })
    .unwrap();
    let started = Instant::now();
    while vm.statistics().compiled_steps == 0 && started.elapsed() < Duration::from_secs(30) {
        assert_eq!(
            vm.call_static("Hot", "work", "()J", &[]).unwrap(),
            expected[0].0
        );
    }
    assert!((1..=2).contains(&compiler_threads()));
    drop(vm);
    assert_eq!(settles_at(0), 0, "compiler threads left after the VM");
}

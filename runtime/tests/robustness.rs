//! Hostile and concurrent use of the embedding API: corrupted main classes must give a Java
//! error (never a panic), and several VMs must run at the same time in one process without
//! seeing each other's state.

use std::path::{Path, PathBuf};
use std::process::Command;

use cortado_runtime::{Error, Vm, VmOptions};

fn compile(dir: &Path, name: &str, source: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join(format!("{name}.java")), source).unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(dir)
        .arg(dir.join(format!("{name}.java")))
        .status()
        .expect("javac runs");
    assert!(status.success());
}

fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cortado-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

const PROGRAM: &str = r#"
public class Main {
    static int counter;
    static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    public static void main(String[] args) {
        StringBuilder text = new StringBuilder();
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) { words.add("w" + i); counter++; }
        text.append(String.join(",", words));
        int status = (int) (fib(Integer.parseInt(args[0])) % 100) + counter - 50;
        if (text.length() != 189) status = 99;
        System.exit(status);
    }
}
"#;

/// A deterministic xorshift, so that every run corrupts the same bytes.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn corrupted_main_classes_never_panic() {
    let dir = scratch("corrupt");
    compile(&dir, "Main", PROGRAM);
    let original = std::fs::read(dir.join("Main.class")).unwrap();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut outcomes = std::collections::BTreeMap::<String, usize>::new();
    for case in 0..300 {
        let mut bytes = original.clone();
        match case % 3 {
            0 => bytes.truncate((next(&mut state) as usize) % bytes.len()),
            1 => {
                for _ in 0..1 + next(&mut state) % 4 {
                    let at = (next(&mut state) as usize) % bytes.len();
                    bytes[at] = next(&mut state) as u8;
                }
            }
            _ => {
                let at = (next(&mut state) as usize) % bytes.len();
                bytes[at] ^= 1 << (next(&mut state) % 8);
            }
        }
        std::fs::write(dir.join("Main.class"), &bytes).unwrap();
        let mut options = VmOptions::default();
        options.class_path.push(dir.clone());
        let vm = Vm::new(options).expect("the VM starts");
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            vm.run_main("Main", &["10".to_owned()])
        }));
        let outcome = match result {
            Err(_) => panic!("case {case}: the VM panicked"),
            Ok(Ok(())) => "returned".to_owned(),
            Ok(Err(Error::Exit(status))) => format!("exit {status}"),
            Ok(Err(Error::Exception(e))) => e.class_name.clone(),
            Ok(Err(Error::MainClassLinkage { cause, .. } | Error::MainClassInit { cause, .. })) => {
                cause.split(':').next().unwrap_or("").to_owned()
            }
            Ok(Err(Error::MainClassNotFound { .. })) => "not found".to_owned(),
            Ok(Err(Error::MainMethodNotFound(_))) => "no main".to_owned(),
            // an instance main (JEP 512) in a class the launcher cannot instantiate
            Ok(Err(Error::Configuration(_))) => "main not runnable".to_owned(),
            Ok(Err(other)) => panic!("case {case}: unexpected host error {other}"),
        };
        *outcomes.entry(outcome).or_default() += 1;
    }
    eprintln!("{outcomes:#?}");
    assert!(
        outcomes
            .get("java.lang.ClassFormatError")
            .copied()
            .unwrap_or(0)
            > 50,
        "{outcomes:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn vms_run_side_by_side_on_different_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Vm>();
    let dir = scratch("many");
    compile(&dir, "Main", PROGRAM);
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let dir = dir.clone();
            std::thread::spawn(move || {
                let mut options = VmOptions::default();
                options.class_path.push(dir);
                let vm = Vm::new(options).expect("the VM starts");
                // Statics are per VM: each VM's counter starts at 0, so the status is fib % 100.
                let n = 10 + i;
                (n, vm.run_main("Main", &[n.to_string()]))
            })
        })
        .collect();
    let fib = |n: u32| -> u64 { (0..n).fold((0u64, 1u64), |(a, b), _| (b, a + b)).0 };
    for handle in handles {
        let (n, result) = handle.join().expect("no panic");
        assert_eq!(result, Err(Error::Exit((fib(n) % 100) as i32)), "fib({n})");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

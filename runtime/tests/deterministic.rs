//! Deterministic scheduling: a racy multithreaded program prints the same interleaving run
//! after run (and in both tiers, since they count steps alike), while without the option the
//! threads still interleave.

use std::process::Command;

use cortado_runtime::{Capabilities, Captured, Compilation, Output, Vm, VmOptions};

const SOURCE: &str = r#"
import java.util.*;
public class Racy {
    static final StringBuilder trace = new StringBuilder();   // shared, unsynchronized
    static int counter;
    static int work(int n) { int s = 0; for (int i = 0; i < n; i++) s += i % 7; return s; }
    public static void main(String[] args) throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            final char id = (char) ('a' + t);
            Thread th = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    trace.append(id);
                    counter += work(10 + 7 * (id - 'a'));
                    if (i == 150) {
                        try { Thread.sleep(3 * (id - 'a')); } catch (InterruptedException e) {}
                    }
                }
            });
            threads.add(th);
        }
        Object lock = new Object();
        int[] box = new int[1];
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= 20; i++) synchronized (lock) { box[0] = i; lock.notifyAll(); trace.append('P'); }
        });
        Thread consumer = new Thread(() -> {
            synchronized (lock) {
                while (box[0] < 20) { try { lock.wait(1); } catch (InterruptedException e) {} trace.append('C'); }
            }
        });
        threads.add(producer);
        threads.add(consumer);
        for (Thread th : threads) th.start();
        long started = System.nanoTime();
        for (Thread th : threads) th.join();
        System.out.println(trace);
        System.out.println("counter " + counter + " elapsed " + (System.nanoTime() - started));
    }
}
"#;

fn compile() -> Vec<(String, Vec<u8>)> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir =
        std::env::temp_dir().join(format!("cortado-deterministic-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Racy.java"), SOURCE).unwrap();
    assert!(Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Racy.java"))
        .status()
        .unwrap()
        .success());
    let mut classes = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "class") {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            classes.push((name, std::fs::read(&path).unwrap()));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    classes
}

fn run(classes: &[(String, Vec<u8>)], deterministic: bool, compilation: Compilation) -> String {
    let out = Captured::new();
    let options = VmOptions {
        classes: classes.to_vec(),
        deterministic,
        compilation,
        capabilities: Capabilities {
            stdout: Output::Capture(out.clone()),
            ..Capabilities::default()
        },
        ..VmOptions::default()
    };
    let vm = Vm::new(options).unwrap();
    vm.run_main("Racy", &[]).unwrap();
    drop(vm);
    String::from_utf8(out.contents()).unwrap()
}

#[test]
fn a_racy_program_interleaves_identically_run_after_run() {
    let classes = compile();
    let first = run(&classes, true, Compilation::Off);
    for _ in 0..3 {
        assert_eq!(run(&classes, true, Compilation::Off), first);
    }
    assert_eq!(run(&classes, true, Compilation::Eager), first, "compiled");
    assert_eq!(run(&classes, true, Compilation::default()), first, "tiered");
    // The threads really interleave: hand-overs happen within their loops.
    let trace = first.lines().next().unwrap();
    assert_eq!(trace.matches('a').count(), 300);
    assert!(
        trace.contains("ab") || trace.contains("ba"),
        "threads a and b never alternate: {trace}"
    );
    assert!(
        trace.find('d').unwrap() < trace.rfind('a').unwrap(),
        "{trace}"
    );
    // The logical clock: elapsed time is the same every run.
    assert!(first.contains("elapsed "), "{first}");
}

#[test]
fn without_the_option_the_program_still_runs() {
    let classes = compile();
    let output = run(&classes, false, Compilation::Off);
    assert_eq!(
        output.lines().next().unwrap().len(),
        4 * 300 + 20 + output.matches('C').count()
    );
}

//! Running untrusted code: each guest gets a fresh VM with no capabilities (no files, network,
//! processes or environment), its output captured, and limits on steps, time, heap,
//! threads, output and compiled code. Whatever the guest does, the host gets a value or an error back and goes on.
//! Run with `cargo run --release --example sandbox` (needs javac for the guest code).

use std::time::Duration;

use cortado_runtime::{Capabilities, Captured, Error, Output, Value, Vm, VmOptions};

const GUEST: &str = r#"
import java.nio.file.Files;
import java.nio.file.Path;

public class Untrusted {
    /** Well behaved: some work, some output. */
    public static int collatz(int n) {
        int steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz took " + steps + " steps");
        return steps;
    }

    /** Tries to read a host file, and keeps trying after being refused. */
    public static String snoop() {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return Files.readString(Path.of("/etc/passwd"));
            } catch (Throwable t) {
                System.out.println("refused: " + t);
            }
        }
        return "nothing";
    }

    /** Never ends, and swallows anything thrown at it. */
    public static void spin() {
        long x = 0;
        while (true) {
            try {
                x += System.nanoTime() & 1;
            } catch (Throwable t) {
                // keep going
            }
        }
    }

    /** Allocates until the heap cap stops it. */
    public static int hoard() {
        java.util.List<long[]> all = new java.util.ArrayList<>();
        while (true) {
            all.add(new long[1 << 16]);
        }
    }
}
"#;

/// Class names with their class-file bytes.
type Classes = Vec<(String, Vec<u8>)>;

fn compile_guest() -> Result<Classes, Box<dyn std::error::Error>> {
    let dir = std::env::temp_dir().join(format!("cortado-sandbox-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("Untrusted.java"), GUEST)?;
    let status = std::process::Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Untrusted.java"))
        .status()?;
    if !status.success() {
        return Err("javac failed".into());
    }
    let bytes = std::fs::read(dir.join("Untrusted.class"))?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(vec![("Untrusted".to_owned(), bytes)])
}

/// A fresh VM for one untrusted call: nothing granted, output captured, everything capped.
fn sandboxed_vm(classes: &[(String, Vec<u8>)], output: &Captured) -> Result<Vm, Error> {
    Vm::new(VmOptions {
        classes: classes.to_vec(),
        capabilities: Capabilities {
            stdout: Output::Capture(output.clone()),
            stderr: Output::Capture(output.clone()),
            ..Capabilities::default()
        },
        fuel: Some(50_000_000),
        deadline: Some(Duration::from_secs(2)),
        max_heap_bytes: 32 << 20,
        max_threads: Some(4),
        max_output_bytes: Some(64 << 10),
        max_code_bytes: Some(1 << 20),
        ..VmOptions::default()
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let classes = compile_guest()?;
    for (method, descriptor, args) in [
        ("collatz", "(I)I", vec![Value::Int(27)]),
        ("snoop", "()Ljava/lang/String;", vec![]),
        ("spin", "()V", vec![]),
        ("hoard", "()I", vec![]),
    ] {
        let output = Captured::new();
        let vm = sandboxed_vm(&classes, &output)?;
        let outcome = vm.call_static("Untrusted", method, descriptor, &args);
        let statistics = vm.statistics();
        drop(vm);
        println!("== {method}");
        print!("{}", String::from_utf8_lossy(&output.contents()));
        match outcome {
            Ok(value) => println!("returned {value:?}"),
            Err(Error::Stopped(reason)) => println!("stopped: {reason}"),
            Err(Error::Exception(exception)) => println!(
                "threw {}: {}",
                exception.class_name,
                exception.message.unwrap_or_default()
            ),
            Err(other) => println!("failed: {other}"),
        }
        println!(
            "({} steps, {} collections, {} bytes allocated, {} methods compiled to {} bytes)",
            statistics.steps,
            statistics.collections,
            statistics.allocated_bytes,
            statistics.compiled_methods,
            statistics.code_bytes
        );
    }
    Ok(())
}

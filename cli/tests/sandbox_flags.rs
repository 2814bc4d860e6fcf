//! `cortado run --sandbox` and its `--allow-*` flags for the network and processes, the
//! `--max-output` / `--max-classes` caps, a deadline reaching a program blocked on its
//! standard input, and `-XX:ReservedCodeCacheSize`: what the guest sees and the exit status.

use std::path::{Path, PathBuf};
use std::process::Command;

const PROBE: &str = r#"
public class Probe {
    static void attempt(String what, java.util.concurrent.Callable<Object> action) {
        try { System.out.println(what + ": ok " + action.call()); }
        catch (SecurityException e) { System.out.println(what + ": denied " + e.getMessage()); }
        catch (Exception e) { System.out.println(what + ": error " + e); }
    }
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        attempt("connect", () -> { try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) { return s.isConnected(); } });
        attempt("listen", () -> { try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) { return s.isBound(); } });
        attempt("run", () -> new String(new ProcessBuilder("echo", "child").start().getInputStream().readAllBytes()).trim());
        if (args.length > 1) {
            for (int i = 0; ; i++) System.out.println("spam " + i);
        }
    }
}
"#;

/// A directory of its own for each test (they run in parallel) with the compiled probe.
fn probe_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "cortado-sandbox-flags-{}-{test}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Probe.java"), PROBE).unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Probe.java"))
        .status()
        .expect("javac runs");
    assert!(status.success());
    dir
}

fn cortado(dir: &Path, flags: &[&str], args: &[&str]) -> (String, i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_cortado"))
        .arg("run")
        .args(flags)
        .args(["-cp", dir.to_str().unwrap(), "Probe"])
        .args(args)
        .output()
        .expect("cortado runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn sandbox_flags_open_the_network_and_processes_one_by_one() {
    let dir = probe_dir("net");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let line = |out: &str, what: &str| -> String {
        out.lines()
            .find(|l| l.starts_with(&format!("{what}:")))
            .unwrap_or_default()
            .to_owned()
    };

    // Like java: everything.
    let (out, status, _) = cortado(&dir, &[], &[&port]);
    assert_eq!(status, 0);
    assert_eq!(line(&out, "connect"), "connect: ok true");
    assert_eq!(line(&out, "listen"), "listen: ok true");
    assert_eq!(line(&out, "run"), "run: ok child");

    let (out, status, _) = cortado(&dir, &["--sandbox"], &[&port]);
    assert_eq!(status, 0);
    assert_eq!(
        line(&out, "connect"),
        format!("connect: denied access denied (\"java.net.SocketPermission\" \"127.0.0.1:{port}\" \"connect,resolve\")")
    );
    assert_eq!(
        line(&out, "listen"),
        "listen: denied access denied (\"java.net.SocketPermission\" \"localhost:0\" \"listen,resolve\")"
    );
    assert_eq!(
        line(&out, "run"),
        "run: denied access denied (\"java.io.FilePermission\" \"echo\" \"execute\")"
    );

    let allow_net = format!("--allow-net=localhost:{port}");
    let (out, _, _) = cortado(&dir, &["--sandbox", &allow_net], &[&port]);
    assert_eq!(line(&out, "connect"), "connect: ok true");
    assert!(line(&out, "listen").starts_with("listen: denied"));

    let (out, _, _) = cortado(
        &dir,
        &[
            "--sandbox",
            "--allow-net=localhost:1",
            "--allow-listen=127.0.0.1:*",
            "--allow-run",
        ],
        &[&port],
    );
    assert!(line(&out, "connect").starts_with("connect: denied"));
    assert_eq!(line(&out, "listen"), "listen: ok true");
    assert_eq!(line(&out, "run"), "run: ok child");

    let (_, status, err) = cortado(&dir, &["--sandbox", "--allow-net=:x"], &[&port]);
    assert_eq!(status, 1);
    assert!(err.contains("Invalid network address"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn output_and_class_caps_end_the_program_with_their_own_status() {
    let dir = probe_dir("caps");
    let (out, status, err) = cortado(&dir, &["--sandbox", "--max-output=2k"], &["1", "spam"]);
    assert_eq!(status, 122, "{err}");
    assert_eq!(out.len(), 2048);
    assert_eq!(err, "Error: the guest wrote more output than allowed\n");
    let (_, status, err) = cortado(&dir, &["--max-classes=20"], &["1"]);
    assert_eq!(status, 123, "{err}");
    assert!(err.contains("loaded more classes than allowed"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_deadline_stops_a_program_blocked_reading_stdin() {
    let dir = std::env::temp_dir().join(format!("cortado-stdin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("Reader.java"),
        "public class Reader { public static void main(String[] a) throws Exception { \
         Thread t = new Thread(() -> { for (long i = 0; ; i++) if (i % 100_000_000 == 0) System.out.println(\"other thread runs\"); }); \
         t.setDaemon(true); t.start(); System.out.println(\"read \" + System.in.read()); } }\n",
    )
    .unwrap();
    assert!(Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Reader.java"))
        .status()
        .unwrap()
        .success());
    let started = std::time::Instant::now();
    // Standard input stays open and empty: the read blocks until the deadline stops it.
    let mut child = Command::new(env!("CARGO_BIN_EXE_cortado"))
        .args([
            "run",
            "--deadline-ms=1500",
            "-cp",
            dir.to_str().unwrap(),
            "Reader",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let _keep_stdin_open = child.stdin.take();
    let output = child.wait_with_output().unwrap();
    let elapsed = started.elapsed();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(124));
    assert!(elapsed < std::time::Duration::from_secs(10), "{elapsed:?}");
    // The blocked read released the VM lock: the other thread ran meanwhile.
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("other thread runs"), "{stdout}");
}

/// `-XX:ReservedCodeCacheSize`: a cache too small for the program's compiled code disables
/// the compiler with HotSpot's warning (once, on stderr); the program runs on interpreted,
/// with the same output and status.
#[test]
fn a_full_code_cache_disables_the_compiler_with_hotspots_warning() {
    let dir = std::env::temp_dir().join(format!("cortado-codecache-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("Hot.java"),
        "public class Hot { \
         static int square(int x) { return x * x; } \
         static long sum(int n) { long s = 0; for (int i = 0; i < n; i++) s += square(i) % 7; return s; } \
         public static void main(String[] a) { long t = 0; for (int i = 0; i < 2000; i++) t += sum(i % 100); \
         System.out.println(\"total \" + t); } }\n",
    )
    .unwrap();
    assert!(Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Hot.java"))
        .status()
        .unwrap()
        .success());
    let run = |flags: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_cortado"))
            .arg("run")
            .args(flags)
            .args(["-cp", dir.to_str().unwrap(), "Hot"])
            .output()
            .unwrap();
        (
            String::from_utf8_lossy(&output.stdout).into_owned(),
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (expected, status, err) = run(&["-Xint"]);
    assert_eq!((status, err.as_str()), (Some(0), ""));
    assert!(expected.starts_with("total "), "{expected}");
    // Large enough: no warning.
    assert_eq!(
        run(&["-Xcomp", "-XX:ReservedCodeCacheSize=240m"]),
        (expected.clone(), Some(0), String::new())
    );
    for size in ["1k", "0"] {
        assert_eq!(
            run(&["-Xcomp", &format!("-XX:ReservedCodeCacheSize={size}")]),
            (
                expected.clone(),
                Some(0),
                "Cortado VM warning: CodeCache is full. Compiler has been disabled.\n\
                 Cortado VM warning: Try increasing the code cache size using -XX:ReservedCodeCacheSize=\n"
                    .to_owned()
            ),
            "{size}"
        );
    }
    let (_, status, err) = run(&["-XX:ReservedCodeCacheSize=lots"]);
    assert_eq!(status, Some(1));
    assert!(err.starts_with("Invalid ReservedCodeCacheSize"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

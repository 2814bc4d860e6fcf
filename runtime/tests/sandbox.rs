//! The sandbox: a guest reaches files, the environment and the standard streams only as its
//! capabilities allow; every refusal is a `java.lang.SecurityException`.

use std::path::PathBuf;
use std::process::Command;

use cortado_runtime::{Capabilities, Captured, Input, Output, Value, Vm, VmOptions};

const SOURCE: &str = r#"
import java.io.*;
import java.nio.file.*;
public class Probe {
    static String attempt(java.util.concurrent.Callable<Object> action) {
        try { return "ok " + action.call(); }
        catch (SecurityException e) { return "denied " + e.getMessage(); }
        catch (Exception e) { return "error " + e; }
    }
    public static String read(String path) { return attempt(() -> Files.readString(Path.of(path)).trim()); }
    public static String write(String path) { return attempt(() -> { Files.writeString(Path.of(path), "x"); return "written"; }); }
    public static String list(String path) { return attempt(() -> new File(path).list().length); }
    public static String exists(String path) { return attempt(() -> new File(path).exists()); }
    public static String env(String name) { return attempt(() -> System.getenv(name)); }
    public static String allEnv() { return attempt(() -> System.getenv().size() > 0); }
    public static String echo() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line = in.readLine();
        System.out.println("out: " + line);
        System.err.println("err: " + line);
        return line;
    }
}
"#;

struct Fixture {
    dir: PathBuf,
    class: Vec<u8>,
}

fn fixture() -> Fixture {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("cortado-sandbox-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("allowed")).unwrap();
    std::fs::create_dir_all(dir.join("secret")).unwrap();
    std::fs::write(dir.join("allowed/note.txt"), "hello").unwrap();
    std::fs::write(dir.join("secret/key.txt"), "top secret").unwrap();
    std::fs::write(dir.join("Probe.java"), SOURCE).unwrap();
    assert!(Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Probe.java"))
        .status()
        .unwrap()
        .success());
    let class = std::fs::read(dir.join("Probe.class")).unwrap();
    Fixture { dir, class }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn vm(fixture: &Fixture, capabilities: Capabilities) -> Vm {
    let mut options = VmOptions::default();
    options
        .classes
        .push(("Probe".into(), fixture.class.clone()));
    // The lambdas of Probe need their own class path entry only for their bytes.
    options.capabilities = capabilities;
    Vm::new(options).unwrap()
}

fn call(vm: &Vm, method: &str, arg: &str) -> String {
    match vm.call_static(
        "Probe",
        method,
        "(Ljava/lang/String;)Ljava/lang/String;",
        &[Value::String(arg.into())],
    ) {
        Ok(Value::String(s)) => s,
        other => panic!("{method}({arg}): {other:?}"),
    }
}

#[test]
fn nothing_is_reachable_by_default() {
    let f = fixture();
    let vm = vm(&f, Capabilities::default());
    let note = f.dir.join("allowed/note.txt");
    let note = note.to_str().unwrap();
    assert!(
        call(&vm, "read", note).starts_with("denied access denied (\"java.io.FilePermission\""),
        "{}",
        call(&vm, "read", note)
    );
    assert!(call(&vm, "write", note).starts_with("denied"));
    assert!(call(&vm, "exists", note).starts_with("denied"));
    let home = call(&vm, "env", "HOME");
    assert!(
        home.starts_with("denied access denied (\"java.lang.RuntimePermission\" \"getenv.HOME\")"),
        "{home}"
    );
    assert_eq!(
        vm.call_static("Probe", "allEnv", "()Ljava/lang/String;", &[])
            .unwrap(),
        Value::String("denied access denied (\"java.lang.RuntimePermission\" \"getenv.*\")".into())
    );
}

#[test]
fn granted_directories_are_reachable_and_nothing_else() {
    let f = fixture();
    let capabilities = Capabilities {
        read_dirs: vec![f.dir.join("allowed")],
        environment: true,
        ..Capabilities::default()
    };
    let vm = vm(&f, capabilities);
    let allowed = f.dir.join("allowed");
    assert_eq!(
        call(&vm, "read", allowed.join("note.txt").to_str().unwrap()),
        "ok hello"
    );
    assert_eq!(call(&vm, "list", allowed.to_str().unwrap()), "ok 1");
    // Read-only: no writing, even inside.
    assert!(call(&vm, "write", allowed.join("new.txt").to_str().unwrap()).starts_with("denied"));
    // Outside, and sneaking out with `..`.
    assert!(
        call(&vm, "read", f.dir.join("secret/key.txt").to_str().unwrap()).starts_with("denied")
    );
    let sneaky = format!("{}/../secret/key.txt", allowed.display());
    assert!(
        call(&vm, "read", &sneaky).starts_with("denied"),
        "{}",
        call(&vm, "read", &sneaky)
    );
    assert!(call(&vm, "env", "PATH").starts_with("ok"));
    assert!(!f.dir.join("allowed/new.txt").exists());
}

#[test]
fn writable_directories_allow_writing() {
    let f = fixture();
    let capabilities = Capabilities {
        write_dirs: vec![f.dir.join("allowed")],
        ..Capabilities::default()
    };
    let vm = vm(&f, capabilities);
    assert_eq!(
        call(
            &vm,
            "write",
            f.dir.join("allowed/new.txt").to_str().unwrap()
        ),
        "ok written"
    );
    assert_eq!(
        std::fs::read_to_string(f.dir.join("allowed/new.txt")).unwrap(),
        "x"
    );
    assert!(
        call(&vm, "write", f.dir.join("secret/new.txt").to_str().unwrap()).starts_with("denied")
    );
}

#[test]
fn standard_streams_are_captured_or_fed() {
    let f = fixture();
    let out = Captured::new();
    let err = Captured::new();
    let capabilities = Capabilities {
        stdin: Input::Bytes(b"from the host\n".to_vec()),
        stdout: Output::Capture(out.clone()),
        stderr: Output::Capture(err.clone()),
        ..Capabilities::default()
    };
    let vm = vm(&f, capabilities);
    assert_eq!(
        vm.call_static("Probe", "echo", "()Ljava/lang/String;", &[])
            .unwrap(),
        Value::String("from the host".into())
    );
    assert_eq!(
        String::from_utf8(out.contents()).unwrap(),
        "out: from the host\n"
    );
    assert_eq!(
        String::from_utf8(err.contents()).unwrap(),
        "err: from the host\n"
    );
}

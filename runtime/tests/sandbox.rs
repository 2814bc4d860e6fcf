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
    public static String mkdir(String path) { return attempt(() -> new File(path).mkdir()); }
    public static String delete(String path) { return attempt(() -> { Files.delete(Path.of(path)); return "deleted"; }); }
    public static String rename(String path) { return attempt(() -> new File(path).renameTo(new File(path + ".moved"))); }
    public static String randomAccess(String path) { return attempt(() -> { try (RandomAccessFile f = new RandomAccessFile(path, "r")) { return f.read(); } }); }
    public static String stream(String path) { return attempt(() -> { try (FileInputStream in = new FileInputStream(path)) { return in.read(); } }); }
    public static String modified(String path) { return attempt(() -> new File(path).setLastModified(0)); }
    // "link|target": a symbolic link at link holding target.
    public static String symlink(String arg) {
        String[] parts = arg.split("\\|");
        return attempt(() -> Files.createSymbolicLink(Path.of(parts[0]), Path.of(parts[1])));
    }
    // "link|existing": a hard link at link to existing.
    public static String hardLink(String arg) {
        String[] parts = arg.split("\\|");
        return attempt(() -> Files.createLink(Path.of(parts[0]), Path.of(parts[1])));
    }
    public static String owner(String path) { return attempt(() -> Files.getOwner(Path.of(path)).getName()); }
    public static String readLink(String path) { return attempt(() -> Files.readSymbolicLink(Path.of(path))); }
    public static String env(String name) { return attempt(() -> System.getenv(name)); }
    public static String allEnv() { return attempt(() -> System.getenv().size() > 0); }
    public static String connect(String hostPort) {
        String[] parts = hostPort.split(":");
        return attempt(() -> {
            try (java.net.Socket s = new java.net.Socket(parts[0], Integer.parseInt(parts[1]))) {
                return new BufferedReader(new InputStreamReader(s.getInputStream())).readLine();
            }
        });
    }
    // A guest that keeps trying after each refusal, by several routes.
    public static String stubbornConnect(String hostPort) {
        String[] parts = hostPort.split(":");
        int port = Integer.parseInt(parts[1]);
        StringBuilder log = new StringBuilder();
        for (String host : new String[] {parts[0], "localhost", "127.0.0.1", "::ffff:127.0.0.1"}) {
            for (int i = 0; i < 3; i++) {
                try (java.net.Socket s = new java.net.Socket()) {
                    s.connect(new java.net.InetSocketAddress(host, port), 1000);
                    log.append("connected;");
                } catch (SecurityException e) {
                    log.append("denied;");
                } catch (Exception e) {
                    log.append(e.getClass().getSimpleName()).append(';');
                }
            }
        }
        return log.toString();
    }
    public static String listen(String host) {
        return attempt(() -> {
            java.net.InetAddress address = host.isEmpty() ? null : java.net.InetAddress.getByName(host);
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, address)) {
                return "listening " + (s.getLocalPort() > 0);
            }
        });
    }
    // Names an outside address "localhost": the rule must see the address.
    public static String spoof(String port) {
        return attempt(() -> {
            java.net.InetAddress fake = java.net.InetAddress.getByAddress("localhost", new byte[] {10, (byte) 255, (byte) 255, 1});
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(fake, Integer.parseInt(port)), 500);
                return "connected";
            }
        });
    }
    public static String resolve(String host) { return attempt(() -> java.net.InetAddress.getByName(host)); }
    public static String run(String script) {
        return attempt(() -> {
            Process p = new ProcessBuilder("sh", "-c", script).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return out + " exit " + p.waitFor();
        });
    }
    public static String exec(String command) { return attempt(() -> Runtime.getRuntime().exec(command).waitFor()); }
    public static String processEnv(String name) { return attempt(() -> new ProcessBuilder("true").environment().get(name)); }
    public static String inherited(String text) {
        return attempt(() -> new ProcessBuilder("echo", text).inheritIO().start().waitFor());
    }
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
    // Every other route to the file system is refused too, and the file is untouched.
    let allowed = f.dir.join("allowed");
    let allowed = allowed.to_str().unwrap();
    for (method, arg) in [
        ("list", allowed),
        ("mkdir", &format!("{allowed}/sub")),
        ("delete", note),
        ("rename", note),
        ("randomAccess", note),
        ("stream", note),
        ("modified", note),
        ("stream", "/dev/stdin"),
    ] {
        let outcome = call(&vm, method, arg);
        assert!(
            outcome.starts_with("denied access denied (\"java.io.FilePermission\""),
            "{method} {arg}: {outcome}"
        );
    }
    assert!(f.dir.join("allowed/note.txt").exists());
    assert!(!f.dir.join("allowed/sub").exists());
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
fn links_cannot_lead_out_of_writable_directories() {
    let f = fixture();
    let capabilities = Capabilities {
        write_dirs: vec![f.dir.join("allowed")],
        ..Capabilities::default()
    };
    let vm = vm(&f, capabilities);
    let allowed = f.dir.join("allowed");
    let secret = f.dir.join("secret/key.txt");
    // A symbolic link, even one pointing inside, could be followed by `..` out of the
    // directory: a sandboxed guest makes none.
    for target in [secret.to_str().unwrap(), "note.txt"] {
        let arg = format!("{}|{target}", allowed.join("link").display());
        assert_eq!(
            call(&vm, "symlink", &arg),
            "denied access denied (\"java.nio.file.LinkPermission\" \"symbolic\")"
        );
    }
    assert!(std::fs::symlink_metadata(allowed.join("link")).is_err());
    // A hard link to a file outside would write it: refused; inside is fine.
    let arg = format!("{}|{}", allowed.join("hard").display(), secret.display());
    assert!(call(&vm, "hardLink", &arg).starts_with("denied"));
    let arg = format!(
        "{}|{}",
        allowed.join("hard").display(),
        allowed.join("note.txt").display()
    );
    assert!(call(&vm, "hardLink", &arg).starts_with("ok"));
    std::os::unix::fs::symlink("note.txt", allowed.join("host-link")).unwrap();
    assert_eq!(
        call(&vm, "readLink", allowed.join("host-link").to_str().unwrap()),
        "ok note.txt"
    );
    assert!(call(&vm, "readLink", f.dir.join("secret").to_str().unwrap()).starts_with("denied"));
}

#[test]
fn owners_are_numbers_without_the_user_database() {
    use std::os::unix::fs::MetadataExt;
    let f = fixture();
    let note = f.dir.join("allowed/note.txt");
    let uid = std::fs::metadata(&note).unwrap().uid();
    let capabilities = Capabilities {
        read_dirs: vec![f.dir.join("allowed")],
        ..Capabilities::default()
    };
    let vm = vm(&f, capabilities);
    assert_eq!(
        call(&vm, "owner", note.to_str().unwrap()),
        format!("ok {uid}")
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

/// A host-side listener that counts the connections it gets (none, when the sandbox holds).
struct HostListener {
    listener: std::net::TcpListener,
    port: u16,
}

impl HostListener {
    fn new() -> HostListener {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        HostListener { listener, port }
    }

    fn connections(&self) -> usize {
        let mut n = 0;
        while self.listener.accept().is_ok() {
            n += 1;
        }
        n
    }
}

#[test]
fn network_is_denied_by_default_however_often_the_guest_tries() {
    let f = fixture();
    let vm = vm(&f, Capabilities::default());
    let host = HostListener::new();
    let target = format!("127.0.0.1:{}", host.port);
    let refused = call(&vm, "connect", &target);
    assert_eq!(
        refused,
        format!(
            "denied access denied (\"java.net.SocketPermission\" \"{target}\" \"connect,resolve\")"
        )
    );
    assert_eq!(
        call(&vm, "stubbornConnect", &target),
        "denied;".repeat(12),
        "every attempt, by name, number or mapped address, is refused"
    );
    assert_eq!(host.connections(), 0);
    assert_eq!(
        call(&vm, "listen", "127.0.0.1"),
        "denied access denied (\"java.net.SocketPermission\" \"127.0.0.1:0\" \"listen,resolve\")"
    );
    assert!(call(&vm, "listen", "").starts_with("denied"));
    // Names other than localhost and numbers would need a DNS query: refused too.
    assert_eq!(
        call(&vm, "resolve", "example.com"),
        "denied access denied (\"java.net.SocketPermission\" \"example.com\" \"resolve\")"
    );
    assert_eq!(call(&vm, "resolve", "localhost"), "ok localhost/127.0.0.1");
}

#[test]
fn processes_are_denied_by_default() {
    let f = fixture();
    let vm = vm(&f, Capabilities::default());
    let marker = f.dir.join("ran");
    let script = format!("touch {}", marker.display());
    assert_eq!(
        call(&vm, "run", &script),
        "denied access denied (\"java.io.FilePermission\" \"sh\" \"execute\")"
    );
    assert_eq!(
        call(&vm, "exec", &format!("touch {}", marker.display())),
        "denied access denied (\"java.io.FilePermission\" \"touch\" \"execute\")"
    );
    assert!(!marker.exists());
    // A process builder's environment is the host's: reading it needs the environment.
    assert_eq!(
        call(&vm, "processEnv", "HOME"),
        "denied access denied (\"java.lang.RuntimePermission\" \"getenv.*\")"
    );
}

#[test]
fn granted_hosts_and_ports_are_reachable_and_nothing_else() {
    use std::io::Write;
    let f = fixture();
    let host = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = host.local_addr().unwrap().port();
    let other = HostListener::new();
    let capabilities = Capabilities {
        connect: vec![cortado_runtime::NetRule::parse(&format!("localhost:{port}")).unwrap()],
        listen: vec![cortado_runtime::NetRule::parse("127.0.0.1:*").unwrap()],
        ..Capabilities::default()
    };
    let vm = vm(&f, capabilities);
    let server = std::thread::spawn(move || {
        let (mut stream, _) = host.accept().unwrap();
        stream.write_all(b"hello guest\n").unwrap();
    });
    assert_eq!(
        call(&vm, "connect", &format!("127.0.0.1:{port}")),
        "ok hello guest"
    );
    server.join().unwrap();
    assert!(call(&vm, "connect", &format!("127.0.0.1:{}", other.port)).starts_with("denied"));
    assert_eq!(
        call(&vm, "spoof", &port.to_string()),
        format!("denied access denied (\"java.net.SocketPermission\" \"localhost:{port}\" \"connect,resolve\")")
    );
    assert_eq!(other.connections(), 0);
    assert_eq!(call(&vm, "listen", "127.0.0.1"), "ok listening true");
    // Listening on every interface is more than the loopback rule grants.
    assert!(call(&vm, "listen", "").starts_with("denied"));
    assert!(call(&vm, "run", "echo hi").starts_with("denied"));
}

#[test]
fn granted_processes_run_without_the_host_environment_unless_granted() {
    let f = fixture();
    let out = Captured::new();
    let capabilities = Capabilities {
        processes: true,
        stdout: Output::Capture(out.clone()),
        ..Capabilities::default()
    };
    let vm = vm(&f, capabilities);
    assert_eq!(call(&vm, "run", "echo hi; exit 4"), "ok hi exit 4");
    assert_eq!(call(&vm, "run", "echo \"[$HOME]\""), "ok [] exit 0");
    // An inheriting child writes where the guest's own output goes: here, the capture.
    assert_eq!(call(&vm, "inherited", "to the capture"), "ok 0");
    assert_eq!(
        String::from_utf8(out.contents()).unwrap(),
        "to the capture\n"
    );
    let with_env = self::vm(
        &f,
        Capabilities {
            processes: true,
            environment: true,
            ..Capabilities::default()
        },
    );
    let home = std::env::var("HOME").unwrap_or_default();
    assert_eq!(
        call(&with_env, "run", "echo \"[$HOME]\""),
        format!("ok [{home}] exit 0")
    );
}

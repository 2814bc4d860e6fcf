//! The launcher's error paths, compared with HotSpot's: malformed and missing classes, bad
//! jars, wrong names, unknown options. Each case runs on `java` and on `cortado run` with the
//! same arguments; stderr and the exit status must match. Needs `javac` and `java` (JDK 17).

use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh directory for one test (tests run in parallel) with the compiled test classes.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cortado-launcher-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("wrong")).unwrap();
    std::fs::write(
        dir.join("Hello.java"),
        "public class Hello { public static void main(String[] a) { System.out.println(\"hi \" + a.length); if (a.length > 0) System.exit(Integer.parseInt(a[0])); } }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Boom.java"),
        "public class Boom { static int f(int x) { return 10 / x; } public static void main(String[] a) { System.out.println(\"before\"); f(0); } }\n",
    )
    .unwrap();
    std::fs::write(dir.join("NoMain.java"), "public class NoMain { }\n").unwrap();
    // Java 25's main forms (JEP 512), which JDK 17's launcher refuses in a Java 17 class.
    std::fs::write(
        dir.join("InstanceMain.java"),
        "public class InstanceMain { public void main(String[] a) { System.out.println(\"hi\"); } }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("NoArgMain.java"),
        "public class NoArgMain { static void main() { System.out.println(\"hi\"); } }\n",
    )
    .unwrap();
    // JDK 17 takes a public static main, declared or inherited from a superclass.
    std::fs::write(
        dir.join("Mains.java"),
        "class Base { public static void main(String[] a) { System.out.println(\"base\"); } }\n\
         class Inherits extends Base { }\n\
         class PrivateMain { private static void main(String[] a) { System.out.println(\"private\"); } }\n\
         class ProtectedMain { protected static void main(String[] a) { System.out.println(\"protected\"); } }\n\
         interface InterfaceMain { static void main(String[] a) { System.out.println(\"interface\"); } }\n\
         class IntMain { public static int main(String[] a) { return 0; } }\n\
         class InstanceIntMain { public int main(String[] a) { return 0; } }\n\
         class InheritsIntMain extends IntMain { }\n\
         class InheritsInstanceMain extends InstanceIntMain { }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Loc.java"),
        "public class Loc { public static void main(String[] a) { System.out.println(java.util.Locale.getDefault() + \"|\" + System.getProperty(\"user.country\") + \"|\" + java.text.NumberFormat.getCurrencyInstance().format(3.5)); } }\n",
    )
    .unwrap();
    // The native encoding (the default charset, System.out's and the arguments') follows the
    // locale: US-ASCII ('?' for other characters) under C and POSIX.
    std::fs::write(
        dir.join("Enc.java"),
        "public class Enc { public static void main(String[] a) { System.out.println(\"h\\u00e9llo \\u2211 \\ud83d\\ude00 \" + System.getProperty(\"file.encoding\") + \" \" + java.nio.charset.Charset.defaultCharset() + \" \" + a[0] + \" \" + a[0].length()); System.err.println(\"\\u00ebrr\"); } }\n",
    )
    .unwrap();
    // Programs that install a security manager to trap System.exit (JDK 17 warns once per
    // calling class, on stderr, naming the class's code source).
    std::fs::write(
        dir.join("TrapExit.java"),
        "@SuppressWarnings(\"removal\") public class TrapExit { public static void main(String[] a) { \
         System.setSecurityManager(new SecurityManager() { \
         public void checkExit(int s) { throw new SecurityException(\"exit \" + s + \" trapped\"); } \
         public void checkPermission(java.security.Permission p) { } }); \
         try { System.exit(4); } catch (SecurityException e) { System.out.println(e.getMessage()); } \
         System.setSecurityManager(null); System.out.println(System.getSecurityManager()); \
         System.setSecurityManager(new SecurityManager()); System.out.println(System.getProperty(\"java.version\")); \
         System.out.println(System.getProperty(\"user.dir\")); } }\n",
    )
    .unwrap();
    // user.name and user.home come from the password file, not from $USER and $HOME.
    std::fs::write(
        dir.join("Who.java"),
        "public class Who { public static void main(String[] a) { for (String k : new String[] {\"user.name\", \"user.home\", \"os.name\", \"os.version\", \"os.arch\"}) System.out.println(k + \"=\" + System.getProperty(k)); } }\n",
    )
    .unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .args(
            [
                "Hello.java",
                "Boom.java",
                "NoMain.java",
                "Loc.java",
                "Enc.java",
                "InstanceMain.java",
                "NoArgMain.java",
                "Mains.java",
                "Who.java",
                "TrapExit.java",
            ]
            .map(|f| dir.join(f)),
        )
        .status()
        .expect("javac runs");
    assert!(status.success());
    let hello = std::fs::read(dir.join("Hello.class")).unwrap();
    std::fs::write(dir.join("Trunc.class"), &hello[..100]).unwrap();
    std::fs::write(dir.join("Garbage.class"), b"garbage").unwrap();
    std::fs::write(dir.join("BadMagic.class"), b"this is not a class file").unwrap();
    std::fs::write(dir.join("wrong/Other.class"), &hello).unwrap();
    std::fs::write(dir.join("bad.jar"), b"PK\x03\x04junk").unwrap();
    // A jar whose manifest versions its packages (Package.getImplementationVersion...).
    std::fs::create_dir_all(dir.join("versioned/app")).unwrap();
    std::fs::write(
        dir.join("versioned/app/Versioned.java"),
        "package app; public class Versioned { public static void main(String[] a) { \
         Package p = Versioned.class.getPackage(); \
         System.out.println(p.getName() + \"|\" + p.getSpecificationTitle() + \"|\" + p.getSpecificationVersion() + \"|\" + p.getSpecificationVendor() + \"|\" + p.getImplementationTitle() + \"|\" + p.getImplementationVersion() + \"|\" + p.getImplementationVendor() + \"|\" + p.isSealed() + \"|\" + p.isCompatibleWith(\"1.2\") + \"|\" + p.isCompatibleWith(\"1.10\")); \
         System.out.println(String.class.getPackage().getImplementationVersion()); } }\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("versioned/manifest.txt"),
        "Main-Class: app.Versioned\nSpecification-Title: Spec\nSpecification-Version: 1.4\nImplementation-Title: Main title\nImplementation-Version: 2.0-main\n\nName: app/\nImplementation-Version: 3.1-app\nImplementation-Vendor: Acme\n",
    )
    .unwrap();
    let javac = Command::new("javac")
        .args(["-d", "versioned/classes", "versioned/app/Versioned.java"])
        .current_dir(&dir)
        .status()
        .expect("javac runs");
    assert!(javac.success());
    let jar = Command::new("jar")
        .args([
            "cfm",
            "versioned.jar",
            "versioned/manifest.txt",
            "-C",
            "versioned/classes",
            ".",
        ])
        .current_dir(&dir)
        .status()
        .expect("jar runs");
    assert!(jar.success());
    dir
}

fn run(program: &Path, prefix: &[&str], args: &[&str], dir: &Path) -> (String, i32, String) {
    let output = Command::new(program)
        .args(prefix)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The account and system properties are the host's, found as HotSpot finds them.
#[test]
fn account_properties_match_hotspot() {
    if Command::new("java").arg("-version").output().is_err() {
        eprintln!("skipped: no java to compare with");
        return;
    }
    let dir = scratch("account");
    let cortado = PathBuf::from(env!("CARGO_BIN_EXE_cortado"));
    let run_with = |program: &Path, prefix: &[&str]| {
        let output = Command::new(program)
            .args(prefix)
            .args(["-cp", ".", "Who"])
            .current_dir(&dir)
            .env("HOME", "/nonexistent-home")
            .env("USER", "not-the-user")
            .output()
            .expect("runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    assert_eq!(
        run_with(&cortado, &["run"]),
        run_with(Path::new("java"), &[])
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The default locale follows the POSIX locale variables as in HotSpot.
#[test]
fn default_locale_matches_hotspot() {
    if Command::new("java").arg("-version").output().is_err() {
        eprintln!("skipped: no java to compare with");
        return;
    }
    let dir = scratch("locale");
    let cortado = PathBuf::from(env!("CARGO_BIN_EXE_cortado"));
    for value in ["C.UTF-8", "C", "POSIX", "en_US.UTF-8", ""] {
        let run_with = |program: &Path, prefix: &[&str]| {
            let output = Command::new(program)
                .args(prefix)
                .args(["-cp", ".", "Loc"])
                .current_dir(&dir)
                .env_remove("LANG")
                .env_remove("LC_MESSAGES")
                .env("LC_ALL", value)
                .output()
                .expect("runs");
            String::from_utf8_lossy(&output.stdout).into_owned()
        };
        assert_eq!(
            run_with(&cortado, &["run"]),
            run_with(Path::new("java"), &[]),
            "LC_ALL={value:?}"
        );
        let encoded = |program: &Path, prefix: &[&str]| {
            let output = Command::new(program)
                .args(prefix)
                .args(["-cp", ".", "Enc", "\u{e4}\u{1F600}"])
                .current_dir(&dir)
                .env_remove("LANG")
                .env_remove("LC_MESSAGES")
                .env_remove("LC_CTYPE")
                .env("LC_ALL", value)
                .output()
                .expect("runs");
            (output.stdout, output.stderr)
        };
        assert_eq!(
            encoded(&cortado, &["run"]),
            encoded(Path::new("java"), &[]),
            "encoding, LC_ALL={value:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn error_paths_match_hotspot() {
    if Command::new("java").arg("-version").output().is_err() {
        eprintln!("skipped: no java to compare with");
        return;
    }
    let dir = scratch("errors");
    let cortado = PathBuf::from(env!("CARGO_BIN_EXE_cortado"));
    let cases: &[&[&str]] = &[
        &["-cp", ".", "Hello"],
        &["-cp", ".", "Hello", "7"],
        &["-cp", ".", "Boom"],
        &["-cp", ".", "Trunc"],
        &["-cp", ".", "Garbage"],
        &["-cp", ".", "BadMagic"],
        &["-cp", ".", "Nope"],
        &["-cp", "wrong", "Other"],
        &["-cp", ".", "NoMain"],
        &["-cp", ".", "InstanceMain"],
        &["-cp", ".", "NoArgMain"],
        &["-cp", ".", "Inherits"],
        &["-cp", ".", "PrivateMain"],
        &["-cp", ".", "ProtectedMain"],
        &["-cp", ".", "InterfaceMain"],
        &["-cp", ".", "IntMain"],
        &["-cp", ".", "InstanceIntMain"],
        &["-cp", ".", "InheritsIntMain"],
        &["-cp", ".", "InheritsInstanceMain"],
        &["-cp", ".", "TrapExit"],
        &["-Djava.security.manager=disallow", "-cp", ".", "TrapExit"],
        &["-jar", "bad.jar"],
        &["-jar", "versioned.jar"],
        &["-cp", "versioned.jar", "app.Versioned"],
        &["-cp", "versioned/classes", "app.Versioned"],
        &["-jar", "missing.jar"],
        &["-Xfoo", "-cp", ".", "Hello"],
        &["-Xmx64m", "-Dk=v", "-cp", ".", "Hello"],
    ];
    let mut failures = Vec::new();
    for args in cases {
        let expected = run(Path::new("java"), &[], args, &dir);
        let actual = run(&cortado, &["run"], args, &dir);
        // Library frames carry OpenJDK's line numbers; compare everything else.
        let strip = |text: &str| -> String {
            text.lines()
                .filter(|l| !l.trim_start().starts_with("at java.base/"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        if expected.0 != actual.0
            || expected.1 != actual.1
            || strip(&expected.2) != strip(&actual.2)
        {
            failures.push(format!(
                "{args:?}:\n  java:    {expected:?}\n  cortado: {actual:?}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// SIGTERM and SIGINT end a running program as they end java's: what it printed is out,
/// and the exit status is 128 + the signal.
#[cfg(unix)]
#[test]
fn termination_signals_flush_output_and_exit_as_java() {
    use std::io::{BufRead, BufReader};
    let dir = scratch("signals");
    std::fs::write(
        dir.join("Spin.java"),
        "public class Spin { public static void main(String[] a) { System.out.println(\"started\"); long x = 0; while (x >= 0) x++; System.out.println(x); } }\n",
    )
    .unwrap();
    // user.name and user.home come from the password file, not from $USER and $HOME.
    std::fs::write(
        dir.join("Who.java"),
        "public class Who { public static void main(String[] a) { for (String k : new String[] {\"user.name\", \"user.home\", \"os.name\", \"os.version\", \"os.arch\"}) System.out.println(k + \"=\" + System.getProperty(k)); } }\n",
    )
    .unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Spin.java"))
        .status()
        .expect("javac runs");
    assert!(status.success());
    for (signal, expected) in [("TERM", 143), ("INT", 130)] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cortado"))
            .args(["run", "-cp", dir.to_str().unwrap(), "Spin"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("cortado runs");
        std::thread::sleep(std::time::Duration::from_millis(300));
        let sent = Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success());
        let mut lines = Vec::new();
        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            lines.push(line.unwrap());
        }
        let status = child.wait().unwrap();
        assert_eq!(lines, ["started"], "signal {signal}");
        assert_eq!(status.code(), Some(expected), "signal {signal}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

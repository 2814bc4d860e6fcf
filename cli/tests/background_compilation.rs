//! Background compilation from the command line: the default tiered mode compiles on the
//! VM's compiler thread and prints what `-Xint` prints; `-Xbatch`
//! (`-XX:-BackgroundCompilation`) and `-Xcomp` compile before going on, so a method's
//! compilation is logged before the program's next line and every run is the same.

use std::path::PathBuf;
use std::process::Command;

const PROGRAM: &str = r#"
public class Hot {
    static long twice(long v) { return v * 2 + 1; }
    static int[] squares(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i * i;
        return a;
    }
    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 100; i++) sum += twice(i) + squares(8)[i & 7];
        System.out.println("after calls " + sum);
        long acc = 0;
        for (int i = 0; i < 20_000_000; i++) {
            acc += i ^ (acc >>> 3);
            if (i % 4_000_000 == 0) System.out.println("at " + i + " " + acc);
        }
        System.out.println("after loop " + acc);
    }
}
"#;

fn program_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cortado-bgc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Hot.java"), PROGRAM).unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Hot.java"))
        .status()
        .expect("javac runs");
    assert!(status.success());
    dir
}

/// Standard output and error of `cortado run <flags> -cp dir Hot`, which must succeed.
fn run(dir: &std::path::Path, flags: &[&str]) -> (String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_cortado"))
        .arg("run")
        .args(flags)
        .args(["-cp", dir.to_str().unwrap(), "Hot"])
        .output()
        .expect("cortado runs");
    assert!(output.status.success(), "{flags:?}: {output:?}");
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// The program's own lines, and the compilation log reduced to method names (the log's
/// times vary).
fn split(stdout: &str) -> (Vec<&str>, Vec<String>) {
    let (mut program, mut sequence) = (Vec::new(), Vec::new());
    for line in stdout.lines() {
        if line.contains(" bytes of machine code in ") || line.contains("made not compilable") {
            // `  time  number  [recompiled ]class::method (size) -> ...`
            let words: Vec<&str> = line.split_whitespace().collect();
            let name = words.iter().find(|w| w.contains("::")).unwrap();
            sequence.push(format!("compiled {name}"));
        } else {
            program.push(line);
            sequence.push(line.to_string());
        }
    }
    (program, sequence)
}

#[test]
fn background_compilation_prints_what_the_interpreter_prints() {
    let dir = program_dir();
    let (expected, _) = run(&dir, &["-Xint"]);
    let (stdout, _) = run(&dir, &["-XX:CompileThreshold=10", "-XX:+PrintCompilation"]);
    let (program, _) = split(&stdout);
    assert_eq!(program, expected.lines().collect::<Vec<_>>());
    // Compiled in the background: the long loop runs interpreted (a second or more) until
    // the compiler thread delivers `main` for on-stack replacement, or something earlier.
    assert!(stdout.contains("Hot::"), "{stdout}");
    let (plain, _) = run(&dir, &["-XX:+BackgroundCompilation"]);
    assert_eq!(plain, expected);

    // Synchronous: compiled at the threshold (or first call), before the program goes on;
    // two runs compile the same methods in the same places and count the same compiled steps.
    for flags in [
        &["-Xbatch", "-XX:CompileThreshold=10"][..],
        &["-XX:-BackgroundCompilation", "-XX:CompileThreshold=10"],
        &["-Xcomp"],
    ] {
        let logged = [flags, &["-XX:+PrintCompilation", "-XX:+PrintCompiledSteps"]].concat();
        let (first, first_steps) = run(&dir, &logged);
        let (second, second_steps) = run(&dir, &logged);
        let (program, sequence) = split(&first);
        assert_eq!(program, expected.lines().collect::<Vec<_>>(), "{flags:?}");
        assert_eq!(sequence, split(&second).1, "{flags:?}");
        assert_eq!(first_steps, second_steps, "{flags:?}");
        // Some method of the program (`twice` at its threshold, or `main` for its loop with
        // `twice` inlined, whichever the first poll in `main`'s loop comes after: that depends
        // on the steps start-up took) is compiled before the program prints.
        let at = |line: &str| sequence.iter().position(|l| l.starts_with(line)).unwrap();
        assert!(
            at("compiled Hot::") < at("after calls"),
            "{flags:?}: {sequence:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

const SLOW: &str = r#"
public class Slow {
    static int length(int i) {
        String s = "constant";
        return s.length() + Integer.hashCode(i) + System.identityHashCode(s) * 0;
    }
    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 5000; i++) sum += length(i);
        System.out.println(sum);
    }
}
"#;

/// `-XX:+PrintSlowPaths` reports, at exit on stderr, what compiled code left to the runtime:
/// here a string constant (`ldc`, an instruction the runtime runs) and a native, with the
/// method and bytecode offset; standard output is the program's alone.
#[test]
fn print_slow_paths_reports_what_compiled_code_left_to_the_runtime() {
    let dir = std::env::temp_dir().join(format!("cortado-slow-paths-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Slow.java"), SLOW).unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Slow.java"))
        .status()
        .expect("javac runs");
    assert!(status.success());
    let output = Command::new(env!("CARGO_BIN_EXE_cortado"))
        .args(["run", "-Xcomp", "-XX:+PrintSlowPaths", "-cp"])
        .arg(&dir)
        .arg("Slow")
        .output()
        .expect("cortado runs");
    assert!(output.status.success(), "{output:?}");
    let expected: i64 = (0..5000).map(|i| 8 + i).sum();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        format!("{expected}\n")
    );
    let report = String::from_utf8(output.stderr).unwrap();
    assert!(report.starts_with("slow paths"), "{report}");
    assert!(
        report.contains("instructions run by the runtime: "),
        "{report}"
    );
    assert!(report.contains("Slow::length(I)I @0 Ldc("), "{report}");
    assert!(report.contains("native methods run: "), "{report}");
    assert!(
        report.contains("java.lang.System::identityHashCode(Ljava/lang/Object;)I"),
        "{report}"
    );
    // Off by default.
    let plain = Command::new(env!("CARGO_BIN_EXE_cortado"))
        .args(["run", "-Xcomp", "-cp"])
        .arg(&dir)
        .arg("Slow")
        .output()
        .expect("cortado runs");
    assert!(plain.stderr.is_empty(), "{plain:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

const INLINING: &str = r#"
public class Inl {
    interface Shape { int area(); }
    static final class Square implements Shape { public int area() { return 4; } }
    static final class Line implements Shape { public int area() { return 0; } }
    static int twice(int v) { return v + v; }
    static int outer(int v) { return twice(v) + 1; }
    static int total(Shape[] shapes) {
        int sum = 0;
        for (int i = 0; i < shapes.length; i++) sum += shapes[i].area();
        return sum;
    }
    public static void main(String[] args) {
        Shape[] shapes = { new Square(), new Line(), new Square() };
        long sum = 0;
        for (int i = 0; i < 20000; i++) sum += outer(i) + total(shapes);
        System.out.println(sum);
    }
}
"#;

/// `-XX:+PrintInlining` lists under each compiled method the calls inlined into it, nested
/// as they were inlined, and why others were not.
#[test]
fn print_inlining_shows_the_inlined_calls_and_why_others_were_not() {
    let dir = std::env::temp_dir().join(format!("cortado-inlining-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Inl.java"), INLINING).unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Inl.java"))
        .status()
        .expect("javac runs");
    assert!(status.success());
    let output = Command::new(env!("CARGO_BIN_EXE_cortado"))
        .arg("run")
        .args(["-Xbatch", "-XX:CompileThreshold=10"])
        .args(["-XX:+PrintCompilation", "-XX:+PrintInlining"])
        .args(["-cp", dir.to_str().unwrap(), "Inl"])
        .output()
        .expect("cortado runs");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    // `main` inlines `outer` and, one level deeper, `twice`.
    let indent = |l: &str| l.len() - l.trim_start().len();
    let nested = lines.windows(2).any(|w| {
        w[0].trim_start()
            .starts_with("@ Inl::outer (7 bytes)   inline")
            && w[1]
                .trim_start()
                .starts_with("@ Inl::twice (4 bytes)   inline")
            && indent(w[1]) > indent(w[0])
    });
    assert!(nested, "{stdout}");
    // `total` has a loop, whose interface call is not inlined (two receiver classes).
    assert!(
        lines.iter().any(|l| l.trim_start()
            == "@ Inl::total (29 bytes)   a loop with a call that is not inlined"),
        "{stdout}"
    );
    assert_eq!(lines.last(), Some(&"400160000"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

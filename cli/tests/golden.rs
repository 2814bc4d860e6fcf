//! The golden suite: every Java program under `tests/java/<area>/` runs on Cortado and must
//! give the stdout and exit status HotSpot gave (`<Name>.out`, `<Name>.exit`, produced by
//! `tests/bless.sh`), and the same stderr once library frames are set aside: the exception
//! lines and the program's own `at` frames must match.
//!
//! Each program runs in every mode the suite knows (today: the interpreter, and the
//! interpreter with the collector running every few KiB of allocation). Programs that do not
//! pass yet are listed, with the reason, in `tests/known-failures.txt`; one that starts
//! passing is reported so that the list shrinks. The programs are compiled with one javac
//! call per class-file release into `target/golden/`, skipped when nothing changed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::SystemTime;

struct Test {
    area: String,
    name: String,
    dir: PathBuf,
    classes: PathBuf,
}

struct Mode {
    name: &'static str,
    flags: &'static [&'static str],
}

const MODES: &[Mode] = &[
    Mode {
        name: "interpreter",
        flags: &["-Xint"],
    },
    Mode {
        name: "gc-stress",
        flags: &["-Xint", "-Xms1m", "-XX:GCStressBytes=4096"],
    },
    // Stress with the heap and card verifiers on, promoting every survivor at once, so that
    // old objects keep receiving young references (the write barrier's work).
    Mode {
        name: "gc-verify",
        flags: &[
            "-Xint",
            "-Xms1m",
            "-XX:GCStressBytes=32768",
            "-XX:+AlwaysTenure",
            "-XX:+VerifyBeforeGC",
            "-XX:+VerifyAfterGC",
            "-XX:+VerifyRememberedSets",
        ],
    },
    // A low threshold, so that tier-up happens in short programs too.
    Mode {
        name: "tiered",
        flags: &["-XX:CompileThreshold=10", "-XX:+VerifyCompilerIR"],
    },
    // Everything the JIT can take is compiled at its first call.
    Mode {
        name: "compiled",
        flags: &["-Xcomp", "-XX:+VerifyCompilerIR"],
    },
    // Compiled frames under a moving collector that runs every few KiB.
    Mode {
        name: "compiled-gc-stress",
        flags: &[
            "-Xcomp",
            "-XX:+VerifyCompilerIR",
            "-Xms1m",
            "-XX:GCStressBytes=4096",
        ],
    },
    // Tiered, with the heap and card verifiers: compiled code's reference stores must keep
    // the remembered set exact too.
    Mode {
        name: "tiered-gc-verify",
        flags: &[
            "-XX:CompileThreshold=10",
            "-Xms1m",
            "-XX:GCStressBytes=32768",
            "-XX:+AlwaysTenure",
            "-XX:+VerifyBeforeGC",
            "-XX:+VerifyAfterGC",
            "-XX:+VerifyRememberedSets",
        ],
    },
];

/// The longer run, documented in README.md: a collection at every allocation. Selected with
/// `GOLDEN_MODES=gc-every-allocation` (a comma-separated list of mode names; default: MODES).
/// `deterministic` runs every program with deterministic scheduling (threads in turns, on a
/// logical clock): their output must not change.
const EXTRA_MODES: &[Mode] = &[
    Mode {
        name: "gc-every-allocation",
        flags: &["-Xint", "-Xms1m", "-XX:+GCStress"],
    },
    Mode {
        name: "deterministic",
        flags: &["-XX:+DeterministicScheduling"],
    },
];

fn selected_modes() -> Vec<&'static Mode> {
    match std::env::var("GOLDEN_MODES") {
        Ok(names) => MODES
            .iter()
            .chain(EXTRA_MODES)
            .filter(|m| names.split(',').any(|n| n.trim() == m.name))
            .collect(),
        Err(_) => MODES.iter().collect(),
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli is inside the workspace")
        .to_owned()
}

fn newest_mtime(files: &[PathBuf]) -> SystemTime {
    files
        .iter()
        .filter_map(|f| f.metadata().and_then(|m| m.modified()).ok())
        .max()
        .unwrap_or(SystemTime::UNIX_EPOCH)
}

/// Compiles the sources of one release in one javac call, unless the stamp is newer.
fn compile(
    javac: &Path,
    release: Option<&str>,
    sources: &[PathBuf],
    out: &Path,
) -> Result<(), String> {
    let stamp = out.join(".stamp");
    let up_to_date = stamp
        .metadata()
        .and_then(|m| m.modified())
        .map(|t| t >= newest_mtime(sources))
        .unwrap_or(false);
    if up_to_date {
        return Ok(());
    }
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let mut command = Command::new(javac);
    command
        .args(["-g", "-encoding", "UTF-8", "-nowarn", "-d"])
        .arg(out);
    if let Some(release) = release {
        command.args(["--release", release]);
    }
    command.args(sources);
    let output = command
        .output()
        .map_err(|e| format!("cannot run {}: {e}", javac.display()))?;
    if !output.status.success() {
        return Err(format!(
            "javac failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    std::fs::write(&stamp, b"").map_err(|e| e.to_string())
}

fn find_javac_17() -> PathBuf {
    let candidates = [
        std::env::var("JAVA_HOME")
            .ok()
            .map(|h| PathBuf::from(h).join("bin/javac")),
        Some(PathBuf::from(
            "/usr/lib/jvm/java-17-openjdk-amd64/bin/javac",
        )),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| p.exists())
        .unwrap_or_else(|| PathBuf::from("javac"))
}

fn collect_tests() -> Result<Vec<Test>, String> {
    let root = workspace_root();
    let java_dir = root.join("tests/java");
    let cache = root.join("target/golden");
    let mut by_release: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    // Resources (`*.txt`, `*.properties` beside the tests), copied to the same place under the
    // classes directory after compiling, as `tests/bless.sh` does.
    let mut resources: BTreeMap<String, Vec<(String, PathBuf)>> = BTreeMap::new();
    let mut tests = Vec::new();
    let mut areas: Vec<_> = std::fs::read_dir(&java_dir)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .collect();
    areas.sort();
    for area_dir in areas.into_iter().filter(|p| p.is_dir()) {
        let area = area_dir.file_name().unwrap().to_string_lossy().into_owned();
        let release = area
            .strip_prefix("modern")
            .filter(|r| r.parse::<u32>().is_ok())
            .unwrap_or("17")
            .to_owned();
        let mut files: Vec<_> = std::fs::read_dir(&area_dir)
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for file in &files {
            if file
                .extension()
                .is_some_and(|e| e == "txt" || e == "properties")
            {
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                resources
                    .entry(release.clone())
                    .or_default()
                    .push((format!("{area}/{name}"), file.clone()));
            }
        }
        for file in files
            .into_iter()
            .filter(|f| f.extension().is_some_and(|e| e == "java"))
        {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            if !area_dir.join(format!("{name}.out")).exists() {
                continue;
            }
            by_release
                .entry(release.clone())
                .or_default()
                .push(file.clone());
            tests.push(Test {
                area: area.clone(),
                name,
                dir: area_dir.clone(),
                classes: cache.join(format!("classes{release}")),
            });
        }
    }
    for (release, sources) in &by_release {
        let out = cache.join(format!("classes{release}"));
        if release == "17" {
            compile(&find_javac_17(), None, sources, &out)?;
        } else {
            let javac = PathBuf::from("/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac");
            if !javac.exists() {
                eprintln!("skipping release {release} tests: no Temurin 25 javac");
                tests.retain(|t| !t.classes.ends_with(format!("classes{release}")));
                continue;
            }
            compile(&javac, Some(release), sources, &out)?;
        }
        for (relative, source) in resources.get(release).into_iter().flatten() {
            let target = out.join(relative);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
            }
            std::fs::copy(source, &target).map_err(|e| format!("{relative}: {e}"))?;
        }
    }
    Ok(tests)
}

/// The lines of stderr that must match HotSpot's: everything except stack frames of library
/// classes (whose line numbers are OpenJDK's) and the "... N more" counts that depend on them;
/// in area `frames`, everything (its programs check the library frames that carry HotSpot's
/// line numbers, see `stdlib/build/line_numbers.rs`).
fn significant_stderr(text: &str, area: &str) -> Vec<String> {
    if area == "frames" {
        return text.lines().map(str::to_owned).collect();
    }
    let own_frame = format!("\tat {area}.");
    text.lines()
        .filter(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("at ") {
                return line.contains(&own_frame)
                    || line.trim_start().starts_with(&format!("at {area}."));
            }
            !(trimmed.starts_with("...") && trimmed.ends_with("more"))
        })
        .map(str::to_owned)
        .collect()
}

fn run_test(binary: &Path, test: &Test, mode: &Mode) -> Result<(), String> {
    let read = |ext: &str| std::fs::read(test.dir.join(format!("{}.{ext}", test.name))).ok();
    let expected_out = read("out").unwrap_or_default();
    let expected_err = String::from_utf8_lossy(&read("err").unwrap_or_default()).into_owned();
    // A program blessed without `package <area>;` only ever tests the launcher's error.
    if expected_err.contains(&format!(
        "Could not find or load main class {}.{}",
        test.area, test.name
    )) {
        return Err(format!(
            "the expected output is HotSpot failing to find the class: is `package {};` missing?",
            test.area
        ));
    }
    let expected_exit: i32 = read("exit")
        .map(|b| String::from_utf8_lossy(&b).trim().parse().unwrap_or(-1))
        .unwrap_or(0);
    let args: Vec<String> = read("args")
        .map(|b| {
            String::from_utf8_lossy(&b)
                .lines()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    // Per-test VM options (`<Name>.flags`, one per line), after the mode's so they win.
    let flags: Vec<String> = read("flags")
        .map(|b| {
            String::from_utf8_lossy(&b)
                .lines()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let mut command = Command::new(binary);
    // The expectations were blessed under LC_ALL=C.UTF-8 (tests/bless.sh): same locale here.
    command.env("LC_ALL", "C.UTF-8");
    command.arg("run").args(mode.flags);
    // Under -Xcomp every method must compile, unless the checked-in list names it.
    if mode.flags.contains(&"-Xcomp") {
        let allowed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/jit-not-compiled.txt");
        command.arg(format!("-XX:CompileFailuresAllowed={}", allowed.display()));
    }
    command
        .args(&flags)
        .arg("-cp")
        .arg(&test.classes)
        .arg(format!("{}.{}", test.area, test.name))
        .args(&args);
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    // Standard input from the file itself, as `tests/bless.sh` gives it to java (through a
    // pipe written after the start, `System.in.available()` raced the writer).
    let input = std::fs::File::open(test.dir.join(format!("{}.in", test.name)));
    command.stdin(match input {
        Ok(file) => Stdio::from(file),
        Err(_) => Stdio::null(),
    });
    let child = command.spawn().map_err(|e| e.to_string())?;
    let output = wait_with_timeout(child, std::time::Duration::from_secs(60))?;
    let mut problems = Vec::new();
    let exit = output.status.code().unwrap_or(-1);
    if exit != expected_exit {
        problems.push(format!("exit status {exit}, expected {expected_exit}"));
    }
    if output.stdout != expected_out {
        problems.push(first_difference(
            "stdout",
            &String::from_utf8_lossy(&expected_out),
            &String::from_utf8_lossy(&output.stdout),
        ));
    }
    let actual_err = String::from_utf8_lossy(&output.stderr);
    if significant_stderr(&expected_err, &test.area) != significant_stderr(&actual_err, &test.area)
    {
        problems.push(first_difference(
            "stderr",
            &significant_stderr(&expected_err, &test.area).join("\n"),
            &significant_stderr(&actual_err, &test.area).join("\n"),
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

fn wait_with_timeout(
    mut child: std::process::Child,
    limit: std::time::Duration,
) -> Result<std::process::Output, String> {
    let started = std::time::Instant::now();
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out_thread = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut buffer);
        buffer
    });
    let err_thread = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut buffer);
        buffer
    });
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok(std::process::Output {
                status,
                stdout: out_thread.join().unwrap_or_default(),
                stderr: err_thread.join().unwrap_or_default(),
            });
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s", limit.as_secs()));
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

fn first_difference(what: &str, expected: &str, actual: &str) -> String {
    let mut expected_lines = expected.lines();
    let mut actual_lines = actual.lines();
    for line in 1.. {
        match (expected_lines.next(), actual_lines.next()) {
            (None, None) => return format!("{what} differs in line endings"),
            (e, a) if e != a => {
                return format!(
                    "{what} line {line}: expected {:?}, got {:?}",
                    e.unwrap_or("<end>"),
                    a.unwrap_or("<end>")
                )
            }
            _ => {}
        }
    }
    unreachable!()
}

fn known_failures() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(workspace_root().join("tests/known-failures.txt"))
        .unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((name, reason)) => (name.to_owned(), reason.trim().to_owned()),
            None => (l.to_owned(), String::new()),
        })
        .collect()
}

#[test]
fn golden_programs() {
    let tests = collect_tests().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        tests.len() >= 100,
        "only {} golden tests found",
        tests.len()
    );
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_cortado"));
    let known = known_failures();
    let filter = std::env::var("GOLDEN_FILTER").ok();
    let modes = selected_modes();
    let jobs: Vec<(&Test, &Mode)> = tests
        .iter()
        .filter(|t| {
            filter.as_deref().is_none_or(|f| {
                let name = format!("{}/{}", t.area, t.name);
                f.split(',').any(|part| name.contains(part.trim()))
            })
        })
        .flat_map(|t| modes.iter().map(move |m| (t, *m)))
        .collect();
    /// Test name, mode name, outcome.
    type Outcome = (String, &'static str, Result<(), String>);
    let results: Mutex<Vec<Outcome>> = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = {
                    let mut next = next.lock().unwrap();
                    let index = *next;
                    *next += 1;
                    index
                };
                let Some((test, mode)) = jobs.get(index) else {
                    break;
                };
                let result = run_test(&binary, test, mode);
                results.lock().unwrap().push((
                    format!("{}/{}", test.area, test.name),
                    mode.name,
                    result,
                ));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    let (mut passed, mut failed, mut expected_failures, mut newly_passing) = (0, 0, 0, Vec::new());
    for (name, mode, result) in &results {
        match (result, known.contains_key(name)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                passed += 1;
                newly_passing.push(format!("{name} [{mode}]"));
            }
            (Err(_), true) => expected_failures += 1,
            (Err(problem), false) => {
                failed += 1;
                eprintln!("FAIL {name} [{mode}]: {problem}");
            }
        }
    }
    for name in &newly_passing {
        eprintln!("now passing (remove from tests/known-failures.txt): {name}");
    }
    eprintln!("golden: {passed} passed, {failed} failed, {expected_failures} known failures");
    assert_eq!(failed, 0, "{failed} golden runs failed");
}

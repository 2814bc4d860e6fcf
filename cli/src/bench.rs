//! `cortado bench`: runs benchmark programs (from `benches/java/`, or any `.java`/`.class`
//! file) several times in several execution modes of Cortado and of HotSpot, checks that every
//! run prints the same output, and reports median wall times, spreads and ratios to a
//! reference mode, optionally as an SVG bar chart. Start-up (Hello World) is its own row.
//!
//! Only the standard library: the program is compiled once by `javac` into
//! `target/bench-classes/`, then each run is a child process timed from spawn to exit.

use std::fmt::Write as _;
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const USAGE: &str = "Usage: cortado bench [options] PROGRAM...

PROGRAM is the name of a program in benches/java (case-insensitive: fib, nbody, ...),
`all` for every one of them, or the path of a .java or .class file (main class in the file).

Options:
    --runs N          runs per program and mode (default 5)
    --modes M,...     modes to run, in this order (default: all that are available):
                        cortado-int   cortado run -Xint
                        cortado       cortado run
                        cortado-comp  cortado run -Xcomp
                        java-int      java -Xint
                        java-c1       java -XX:TieredStopAtLevel=1
                        java          java
                      (the java modes need `java` on PATH)
    --baseline M      mode the ratios are relative to (default: the first mode)
    --size S          argument given to every program (e.g. `small` or a number;
                      default: none, the program's default size)
    --svg FILE        also write a bar chart of the ratios as an SVG file
    --log             use a logarithmic scale in the SVG chart
    --no-startup      do not measure start-up (Hello World)
    -J ARG            extra option for every VM (e.g. -J -Xmx2g); may be repeated
    --help            print this text";

/// An execution mode: a name and how to start a VM in it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    CortadoInt,
    Cortado,
    CortadoComp,
    JavaInt,
    JavaC1,
    Java,
}

const ALL_MODES: [Mode; 6] = [
    Mode::CortadoInt,
    Mode::Cortado,
    Mode::CortadoComp,
    Mode::JavaInt,
    Mode::JavaC1,
    Mode::Java,
];

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::CortadoInt => "cortado-int",
            Mode::Cortado => "cortado",
            Mode::CortadoComp => "cortado-comp",
            Mode::JavaInt => "java-int",
            Mode::JavaC1 => "java-c1",
            Mode::Java => "java",
        }
    }

    fn parse(text: &str) -> Option<Mode> {
        ALL_MODES.into_iter().find(|m| m.name() == text)
    }

    fn is_java(self) -> bool {
        matches!(self, Mode::JavaInt | Mode::JavaC1 | Mode::Java)
    }

    /// The command that runs `main_class` from `class_path` in this mode.
    fn command(
        self,
        cortado: &Path,
        vm_args: &[String],
        class_path: &Path,
        main_class: &str,
    ) -> Command {
        let mut command = if self.is_java() {
            Command::new("java")
        } else {
            let mut c = Command::new(cortado);
            c.arg("run");
            c
        };
        match self {
            Mode::CortadoInt | Mode::JavaInt => {
                command.arg("-Xint");
            }
            Mode::CortadoComp => {
                command.arg("-Xcomp");
            }
            Mode::JavaC1 => {
                command.arg("-XX:TieredStopAtLevel=1");
            }
            Mode::Cortado | Mode::Java => {}
        }
        command
            .args(vm_args)
            .arg("-cp")
            .arg(class_path)
            .arg(main_class);
        command
    }
}

struct Options {
    runs: usize,
    modes: Vec<Mode>,
    baseline: Option<Mode>,
    size: Option<String>,
    svg: Option<PathBuf>,
    log_scale: bool,
    startup: bool,
    vm_args: Vec<String>,
    programs: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        runs: 5,
        modes: Vec::new(),
        baseline: None,
        size: None,
        svg: None,
        log_scale: false,
        startup: true,
        vm_args: Vec::new(),
        programs: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        i += 1;
        // `--name value` or `--name=value`
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (arg, None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            let v = args
                .get(i)
                .cloned()
                .ok_or(format!("{what} needs a value"))?;
            i += 1;
            Ok(v)
        };
        match name {
            "--runs" => {
                options.runs = value("--runs")?
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or("--runs needs a positive number")?;
            }
            "--modes" => {
                for m in value("--modes")?.split(',').filter(|m| !m.is_empty()) {
                    let mode = Mode::parse(m).ok_or(format!("unknown mode `{m}`"))?;
                    if !options.modes.contains(&mode) {
                        options.modes.push(mode);
                    }
                }
            }
            "--baseline" => {
                let m = value("--baseline")?;
                options.baseline = Some(Mode::parse(&m).ok_or(format!("unknown mode `{m}`"))?);
            }
            "--size" => options.size = Some(value("--size")?),
            "--svg" => options.svg = Some(PathBuf::from(value("--svg")?)),
            "--log" => options.log_scale = true,
            "--no-startup" => options.startup = false,
            "-J" => options.vm_args.push(value("-J")?),
            _ if arg.starts_with("-J") && arg.len() > 2 => {
                options.vm_args.push(arg[2..].to_owned())
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option `{arg}`")),
            _ => options.programs.push(arg.to_owned()),
        }
    }
    if options.programs.is_empty() {
        return Err("no program given".to_owned());
    }
    Ok(options)
}

pub(crate) fn main(args: &[String]) -> ExitCode {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let options = match parse_options(args) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("cortado bench: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("cortado bench: {message}");
            ExitCode::from(2)
        }
    }
}

/// A benchmark ready to run: where its classes are and what its main class is.
struct Program {
    label: String,
    class_path: PathBuf,
    main_class: String,
    /// Program arguments (the size), none for start-up.
    args: Vec<String>,
}

/// Outcome of all runs of one program in one mode.
struct Cell {
    /// Wall times of the successful runs, sorted.
    times: Vec<Duration>,
    /// Why a run failed (non-zero exit, different output), if one did.
    failure: Option<String>,
}

impl Cell {
    fn median(&self) -> Option<f64> {
        if self.failure.is_some() || self.times.is_empty() {
            return None;
        }
        let t = &self.times;
        let n = t.len();
        let secs = if n % 2 == 1 {
            t[n / 2].as_secs_f64()
        } else {
            (t[n / 2 - 1].as_secs_f64() + t[n / 2].as_secs_f64()) / 2.0
        };
        Some(secs)
    }
}

struct Row {
    label: String,
    cells: Vec<Cell>,
}

fn java_available() -> bool {
    Command::new("java")
        .arg("-version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// The directory holding `benches/java`: searched upwards from the current directory and from
/// the executable (`target/release/cortado`), then the source tree this binary was built from.
fn workspace_root() -> Option<PathBuf> {
    let mut starts = Vec::new();
    if let Ok(dir) = std::env::current_dir() {
        starts.push(dir);
    }
    if let Ok(exe) = std::env::current_exe() {
        starts.push(exe);
    }
    starts.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    starts.iter().find_map(|start| {
        start
            .ancestors()
            .find(|dir| dir.join("benches/java").is_dir() && dir.join("Cargo.toml").is_file())
            .map(Path::to_path_buf)
    })
}

/// The benchmark sources in `benches/java`, sorted by name, without Hello.
fn known_programs(root: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root.join("benches/java"))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "java"))
                .filter(|p| p.file_stem().is_some_and(|s| s != "Hello"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Finds `<stem>.class` under `dir` (it may be in a package directory).
fn find_class_file(dir: &Path, stem: &str) -> Option<PathBuf> {
    let wanted = format!("{stem}.class");
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).ok()?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy() == wanted)
            {
                return Some(path);
            }
        }
    }
    None
}

/// The binary name of the class in a class file (`pkg.Name`) and its class-path root.
fn class_of(class_file: &Path) -> Result<(String, PathBuf), String> {
    let bytes = std::fs::read(class_file).map_err(|e| format!("{}: {e}", class_file.display()))?;
    let class = cortado_classfile::ClassFile::parse(&bytes)
        .map_err(|e| format!("{}: {e}", class_file.display()))?;
    let internal = class.this_class;
    let mut root = class_file
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    for _ in 0..internal.matches('/').count() {
        root = root.parent().map(Path::to_path_buf).unwrap_or_default();
    }
    if root.as_os_str().is_empty() {
        root = PathBuf::from(".");
    }
    Ok((internal.replace('/', "."), root))
}

/// Compiles `source` with javac into `cache/<stem>/` (`cache/<stem>-<hash of the path>/` for
/// sources outside `benches/java`) unless the classes there are newer than the source.
fn compile(source: &Path, cache: &Path, root: Option<&Path>) -> Result<(String, PathBuf), String> {
    let stem = file_stem(source);
    let canonical = source
        .canonicalize()
        .unwrap_or_else(|_| source.to_path_buf());
    let in_benches = root.is_some_and(|r| {
        r.join("benches/java")
            .canonicalize()
            .is_ok_and(|dir| canonical.parent() == Some(dir.as_path()))
    });
    let out = if in_benches {
        cache.join(&stem)
    } else {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        canonical.hash(&mut hasher);
        cache.join(format!("{stem}-{:016x}", hasher.finish()))
    };
    let up_to_date = match (find_class_file(&out, &stem), modified(source)) {
        (Some(class), Some(source_time)) => modified(&class).is_some_and(|t| t >= source_time),
        _ => false,
    };
    if !up_to_date {
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        let status = Command::new("javac")
            .arg("-encoding")
            .arg("UTF-8")
            .arg("-d")
            .arg(&out)
            .arg(source)
            .status()
            .map_err(|e| format!("cannot run javac (needed to compile the programs): {e}"))?;
        if !status.success() {
            return Err(format!("javac failed on {}", source.display()));
        }
    }
    let class = find_class_file(&out, &stem).ok_or(format!(
        "javac produced no {stem}.class for {}",
        source.display()
    ))?;
    class_of(&class)
}

/// Resolves a command-line program (name, `all`, or path) to sources/class files.
fn resolve_programs(names: &[String], root: Option<&Path>) -> Result<Vec<PathBuf>, String> {
    let known = root.map(known_programs).unwrap_or_default();
    let mut paths = Vec::new();
    for name in names {
        let path = Path::new(name);
        if name.ends_with(".java") || name.ends_with(".class") {
            if !path.is_file() {
                return Err(format!("{name}: no such file"));
            }
            paths.push(path.to_path_buf());
        } else if name == "all" {
            paths.extend(known.iter().cloned());
        } else if let Some(p) = known
            .iter()
            .find(|p| file_stem(p).eq_ignore_ascii_case(name))
        {
            paths.push(p.clone());
        } else {
            let names: Vec<String> = known.iter().map(|p| file_stem(p).to_lowercase()).collect();
            return Err(format!(
                "unknown program `{name}` (known: {}; or give a .java or .class path)",
                names.join(", ")
            ));
        }
    }
    Ok(paths)
}

fn prepare(
    path: &Path,
    cache: &Path,
    root: Option<&Path>,
    args: &[String],
) -> Result<Program, String> {
    let (main_class, class_path) = if path.extension().is_some_and(|x| x == "class") {
        class_of(path)?
    } else {
        compile(path, cache, root)?
    };
    Ok(Program {
        label: file_stem(path).to_lowercase(),
        class_path,
        main_class,
        args: args.to_vec(),
    })
}

/// Runs one program once; returns the wall time and stdout, or why it failed.
fn run_once(mut command: Command) -> Result<(Duration, Vec<u8>), String> {
    command.stdin(Stdio::null());
    let started = Instant::now();
    let output = command.output().map_err(|e| format!("cannot start: {e}"))?;
    let elapsed = started.elapsed();
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first = stderr.lines().next().unwrap_or("").trim();
        return Err(format!("{} ({first})", output.status));
    }
    Ok((elapsed, output.stdout))
}

/// Runs `program` `runs` times in every mode, interleaving the modes so that changes of the
/// machine's load spread over all of them.
fn measure(program: &Program, options: &Options, modes: &[Mode], cortado: &Path) -> Row {
    let mut cells: Vec<Cell> = modes
        .iter()
        .map(|_| Cell {
            times: Vec::new(),
            failure: None,
        })
        .collect();
    let mut reference: Option<(Mode, Vec<u8>)> = None;
    let progress = std::io::stderr().is_terminal();
    for run in 0..options.runs {
        for (mode, cell) in modes.iter().zip(cells.iter_mut()) {
            if cell.failure.is_some() {
                continue;
            }
            let mut command = mode.command(
                cortado,
                &options.vm_args,
                &program.class_path,
                &program.main_class,
            );
            command.args(&program.args);
            if progress {
                eprint!(
                    "\r{:<16} {:<14} run {}/{}   ",
                    program.label,
                    mode.name(),
                    run + 1,
                    options.runs
                );
            }
            match run_once(command) {
                Ok((time, stdout)) => match &reference {
                    None => {
                        reference = Some((*mode, stdout));
                        cell.times.push(time);
                    }
                    Some((_, expected)) if *expected == stdout => cell.times.push(time),
                    Some((first_mode, expected)) => {
                        let failure = format!(
                            "output differs from the first run ({}): {}",
                            first_mode.name(),
                            first_difference(expected, &stdout)
                        );
                        eprintln!("{} {}: {failure}", program.label, mode.name());
                        cell.failure = Some(failure);
                    }
                },
                Err(failure) => {
                    eprintln!("{} {}: failed: {failure}", program.label, mode.name());
                    cell.failure = Some(failure);
                }
            }
        }
    }
    if progress {
        eprint!("\r{:60}\r", "");
    }
    for cell in &mut cells {
        cell.times.sort();
    }
    Row {
        label: program.label.clone(),
        cells,
    }
}

fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let mut e = expected.lines();
    let mut a = actual.lines();
    for line in 1.. {
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => {
                return format!(
                    "line {line}: expected {:?}, got {:?}",
                    x.unwrap_or("<end>"),
                    y.unwrap_or("<end>")
                )
            }
        }
    }
    unreachable!()
}

/// A duration in seconds as a short human string: `5.91 ms`, `123 ms`, `2.41 s`.
fn format_time(secs: f64) -> String {
    let ms = secs * 1000.0;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else if ms < 99.95 {
        format!("{ms:.1} ms")
    } else if ms < 999.5 {
        format!("{ms:.0} ms")
    } else {
        format!("{secs:.2} s")
    }
}

/// A time range without repeating the unit when both ends share it: `5.7–6.3 ms`.
fn format_spread(min: f64, max: f64) -> String {
    let (a, b) = (format_time(min), format_time(max));
    match (a.rsplit_once(' '), b.rsplit_once(' ')) {
        (Some((x, ua)), Some((y, ub))) if ua == ub => format!("{x}–{y}"),
        _ => format!("{a}–{b}"),
    }
}

fn format_ratio(ratio: f64) -> String {
    if ratio >= 100.0 {
        format!("{ratio:.0}x")
    } else if ratio >= 10.0 {
        format!("{ratio:.1}x")
    } else if ratio >= 0.095 {
        format!("{ratio:.2}x")
    } else {
        format!("{ratio:.3}x")
    }
}

/// Geometric mean of the ratios of each mode to the baseline over the program rows where
/// both ran successfully.
fn geometric_means(rows: &[Row], baseline: usize, modes: usize) -> Vec<Option<f64>> {
    (0..modes)
        .map(|m| {
            let logs: Vec<f64> = rows
                .iter()
                .filter_map(|r| Some((r.cells[m].median()? / r.cells[baseline].median()?).ln()))
                .collect();
            (!logs.is_empty()).then(|| (logs.iter().sum::<f64>() / logs.len() as f64).exp())
        })
        .collect()
}

fn print_table(startup: Option<&Row>, rows: &[Row], modes: &[Mode], baseline: usize) -> String {
    let mut out = String::new();
    let label_width = rows
        .iter()
        .map(|r| r.label.len())
        .chain([7, "startup".len()])
        .max()
        .unwrap_or(8);
    // Each cell: "median  (min–max)  ratio"
    let render = |row: &Row, m: usize| -> (String, String, String) {
        let cell = &row.cells[m];
        match (&cell.failure, cell.median()) {
            (Some(_), _) | (None, None) => ("FAILED".to_owned(), String::new(), String::new()),
            (None, Some(median)) => {
                let spread = format!(
                    "({})",
                    format_spread(
                        cell.times[0].as_secs_f64(),
                        cell.times[cell.times.len() - 1].as_secs_f64()
                    )
                );
                let ratio = row.cells[baseline]
                    .median()
                    .map(|b| format_ratio(median / b))
                    .unwrap_or_default();
                (format_time(median), spread, ratio)
            }
        }
    };
    let all_rows: Vec<&Row> = startup.into_iter().chain(rows.iter()).collect();
    let rendered: Vec<Vec<(String, String, String)>> = all_rows
        .iter()
        .map(|r| (0..modes.len()).map(|m| render(r, m)).collect())
        .collect();
    let width = |f: &dyn Fn(&(String, String, String)) -> usize, m: usize| {
        rendered.iter().map(|r| f(&r[m])).max().unwrap_or(0)
    };
    let widths: Vec<(usize, usize, usize)> = (0..modes.len())
        .map(|m| {
            let w0 = width(&|c| c.0.chars().count(), m);
            let w1 = width(&|c| c.1.chars().count(), m);
            let w2 = width(&|c| c.2.chars().count(), m).max(5);
            let total = w0 + 1 + w1 + 1 + w2;
            let name = modes[m].name().len();
            // widen the median column if the mode's name is longer than the cell
            (w0 + name.saturating_sub(total), w1, w2)
        })
        .collect();
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.chars().count())));
    let lpad =
        |s: &str, w: usize| format!("{}{s}", " ".repeat(w.saturating_sub(s.chars().count())));
    let _ = write!(out, "{}", pad("", label_width));
    for (m, mode) in modes.iter().enumerate() {
        let (w0, w1, w2) = widths[m];
        let _ = write!(out, "   {}", pad(mode.name(), w0 + 1 + w1 + 1 + w2));
    }
    out.push('\n');
    for (row, cells) in all_rows.iter().zip(&rendered) {
        let _ = write!(out, "{}", pad(&row.label, label_width));
        for (m, (median, spread, ratio)) in cells.iter().enumerate() {
            let (w0, w1, w2) = widths[m];
            let _ = write!(
                out,
                "   {} {} {}",
                lpad(median, w0),
                pad(spread, w1),
                lpad(ratio, w2)
            );
        }
        out.push('\n');
    }
    let means = geometric_means(rows, baseline, modes.len());
    let _ = write!(out, "{}", pad("geomean", label_width));
    for (m, mean) in means.iter().enumerate() {
        let (w0, w1, w2) = widths[m];
        let text = mean.map(format_ratio).unwrap_or_else(|| "-".to_owned());
        let _ = write!(
            out,
            "   {} {} {}",
            pad("", w0),
            pad("", w1),
            lpad(&text, w2)
        );
    }
    out.push('\n');
    // no trailing blanks (the last column is padded to its header)
    out.lines().map(|l| format!("{}\n", l.trim_end())).collect()
}

const COLORS: [&str; 6] = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
];

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A bar chart of the ratio of each mode's median to the baseline's, one group per row.
fn svg_chart(
    rows: &[&Row],
    modes: &[Mode],
    baseline: usize,
    log_scale: bool,
    title: &str,
) -> String {
    let ratios: Vec<Vec<Option<f64>>> = rows
        .iter()
        .map(|r| {
            let base = r.cells[baseline].median();
            r.cells
                .iter()
                .map(|c| Some(c.median()? / base?).filter(|x| *x > 0.0))
                .collect()
        })
        .collect();
    let values: Vec<f64> = ratios.iter().flatten().flatten().copied().collect();
    let max = values.iter().copied().fold(1.0f64, f64::max);
    let min = values.iter().copied().fold(1.0f64, f64::min);
    // value → fraction of the plot height
    let (lo, hi) = if log_scale {
        (
            min.log10().floor(),
            max.log10().ceil().max(min.log10().floor() + 1.0),
        )
    } else {
        (0.0, nice_ceiling(max))
    };
    let scale = |v: f64| -> f64 {
        if log_scale {
            ((v.log10() - lo) / (hi - lo)).clamp(0.0, 1.0)
        } else {
            (v / hi).clamp(0.0, 1.0)
        }
    };
    let (left, top, plot_h, bar_w, gap) = (70.0, 50.0, 300.0, 14.0, 24.0);
    let group_w = bar_w * modes.len() as f64 + gap;
    let plot_w = group_w * rows.len() as f64 + gap;
    let width = left + plot_w + 170.0;
    let height = top + plot_h + 80.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        svg,
        r#"<text x="{left}" y="24" font-size="15" font-weight="bold">{}</text>"#,
        xml_escape(title)
    );
    // axis ticks
    let ticks: Vec<f64> = if log_scale {
        (lo as i32..=hi as i32).map(|e| 10f64.powi(e)).collect()
    } else {
        (0..=5).map(|i| hi * i as f64 / 5.0).collect()
    };
    for t in ticks {
        let y = top + plot_h * (1.0 - if log_scale { scale(t) } else { t / hi });
        let _ = writeln!(
            svg,
            r##"<line x1="{left}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
            left + plot_w,
            left - 6.0,
            y + 4.0,
            format_tick(t)
        );
    }
    let _ = writeln!(
        svg,
        r#"<text transform="translate(18 {:.1}) rotate(-90)" text-anchor="middle">time / {} time{}</text>"#,
        top + plot_h / 2.0,
        xml_escape(modes[baseline].name()),
        if log_scale { " (log scale)" } else { "" }
    );
    for (g, (row, row_ratios)) in rows.iter().zip(&ratios).enumerate() {
        let x0 = left + gap + group_w * g as f64;
        for (m, ratio) in row_ratios.iter().enumerate() {
            let x = x0 + bar_w * m as f64;
            match ratio {
                Some(r) => {
                    let h = plot_h * scale(*r);
                    let _ = writeln!(
                        svg,
                        r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{h:.1}" fill="{}"><title>{} {}: {}</title></rect>"#,
                        top + plot_h - h,
                        bar_w - 1.0,
                        COLORS[m % COLORS.len()],
                        xml_escape(&row.label),
                        modes[m].name(),
                        format_ratio(*r)
                    );
                }
                None => {
                    let _ = writeln!(
                        svg,
                        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="9">✗</text>"#,
                        x + bar_w / 2.0,
                        top + plot_h - 3.0
                    );
                }
            }
        }
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            x0 + bar_w * modes.len() as f64 / 2.0,
            top + plot_h + 18.0,
            xml_escape(&row.label)
        );
    }
    let _ = writeln!(
        svg,
        r#"<line x1="{left}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="black"/><line x1="{left}" y1="{top}" x2="{left}" y2="{:.1}" stroke="black"/>"#,
        top + plot_h,
        left + plot_w,
        top + plot_h,
        top + plot_h
    );
    for (m, mode) in modes.iter().enumerate() {
        let y = top + 18.0 * m as f64;
        let x = left + plot_w + 20.0;
        let _ = writeln!(
            svg,
            r#"<rect x="{x:.1}" y="{y:.1}" width="12" height="12" fill="{}"/><text x="{:.1}" y="{:.1}">{}</text>"#,
            COLORS[m % COLORS.len()],
            x + 18.0,
            y + 10.0,
            mode.name()
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// The smallest 1, 2 or 5 times a power of ten at or above `v`.
fn nice_ceiling(v: f64) -> f64 {
    let p = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|c| *c >= v)
        .unwrap_or(10.0 * p)
}

fn format_tick(v: f64) -> String {
    if v == 0.0 {
        "0".to_owned()
    } else if v >= 1.0 {
        format!("{}", (v * 100.0).round() / 100.0)
    } else {
        let digits = (-v.log10().floor()) as usize;
        format!("{v:.digits$}")
    }
}

fn run(options: Options) -> Result<bool, String> {
    let cortado =
        std::env::current_exe().map_err(|e| format!("cannot find cortado itself: {e}"))?;
    let root = workspace_root();
    let cache = root
        .as_deref()
        .map(|r| r.join("target/bench-classes"))
        .unwrap_or_else(|| std::env::temp_dir().join("cortado-bench-classes"));
    let have_java = java_available();
    let mut modes = if options.modes.is_empty() {
        ALL_MODES.to_vec()
    } else {
        options.modes.clone()
    };
    if !have_java && modes.iter().any(|m| m.is_java()) {
        eprintln!("cortado bench: `java` is not on PATH; skipping the java modes");
        modes.retain(|m| !m.is_java());
    }
    if modes.is_empty() {
        return Err("no mode to run".to_owned());
    }
    let baseline = match options.baseline {
        None => 0,
        Some(b) => modes.iter().position(|m| *m == b).ok_or(format!(
            "the baseline mode {} is not among the modes run",
            b.name()
        ))?,
    };
    let sources = resolve_programs(&options.programs, root.as_deref())?;
    let size_args: Vec<String> = options.size.iter().cloned().collect();
    let mut programs = Vec::new();
    for source in &sources {
        programs.push(prepare(source, &cache, root.as_deref(), &size_args)?);
    }
    let startup = if options.startup {
        let hello = root
            .as_deref()
            .map(|r| r.join("benches/java/Hello.java"))
            .filter(|p| p.is_file())
            .ok_or("benches/java/Hello.java not found (use --no-startup)")?;
        let mut program = prepare(&hello, &cache, root.as_deref(), &[])?;
        program.label = "startup".to_owned();
        Some(program)
    } else {
        None
    };

    let started = Instant::now();
    let startup_row = startup
        .as_ref()
        .map(|p| measure(p, &options, &modes, &cortado));
    let rows: Vec<Row> = programs
        .iter()
        .map(|p| measure(p, &options, &modes, &cortado))
        .collect();

    println!(
        "cortado bench: {} run{} per program and mode, size {}, median wall time (min–max) and \
         ratio to {}",
        options.runs,
        if options.runs == 1 { "" } else { "s" },
        options.size.as_deref().unwrap_or("default"),
        modes[baseline].name()
    );
    print!(
        "{}",
        print_table(startup_row.as_ref(), &rows, &modes, baseline)
    );
    println!(
        "(geomean: of the program rows, start-up excluded; total {:.1} s)",
        started.elapsed().as_secs_f64()
    );

    if let Some(svg_path) = &options.svg {
        let chart_rows: Vec<&Row> = startup_row.iter().chain(rows.iter()).collect();
        let title = format!(
            "Wall time relative to {} (median of {} runs, size {})",
            modes[baseline].name(),
            options.runs,
            options.size.as_deref().unwrap_or("default")
        );
        let svg = svg_chart(&chart_rows, &modes, baseline, options.log_scale, &title);
        std::fs::write(svg_path, svg).map_err(|e| format!("{}: {e}", svg_path.display()))?;
        println!("wrote {}", svg_path.display());
    }
    let failed = startup_row
        .iter()
        .chain(rows.iter())
        .any(|r| r.cells.iter().any(|c| c.failure.is_some()));
    Ok(!failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_times_and_spreads() {
        assert_eq!(format_time(0.00591), "5.91 ms");
        assert_eq!(format_time(0.1234), "123 ms");
        assert_eq!(format_time(0.01234), "12.3 ms");
        assert_eq!(format_time(2.414), "2.41 s");
        // the unit is left out when both ends share the median's unit
        assert_eq!(format_spread(0.0057, 0.0063), "5.70–6.30");
        assert_eq!(format_spread(0.9, 1.2), "900 ms–1.20 s");
    }

    #[test]
    fn parses_options() {
        let args: Vec<String> = [
            "--runs",
            "3",
            "--modes=cortado,java",
            "--size",
            "small",
            "fib",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let o = parse_options(&args).unwrap();
        assert_eq!(o.runs, 3);
        assert_eq!(o.modes, vec![Mode::Cortado, Mode::Java]);
        assert_eq!(o.size.as_deref(), Some("small"));
        assert_eq!(o.programs, vec!["fib"]);
        assert!(parse_options(&["--modes".into(), "nope".into(), "x".into()]).is_err());
    }

    #[test]
    fn geometric_mean_of_ratios() {
        let cell = |ms: u64| Cell {
            times: vec![Duration::from_millis(ms)],
            failure: None,
        };
        let rows = vec![
            Row {
                label: "a".into(),
                cells: vec![cell(100), cell(25)],
            },
            Row {
                label: "b".into(),
                cells: vec![cell(100), cell(100)],
            },
        ];
        let means = geometric_means(&rows, 0, 2);
        assert!((means[0].unwrap() - 1.0).abs() < 1e-9);
        assert!((means[1].unwrap() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn chart_is_svg() {
        let cell = |ms: u64| Cell {
            times: vec![Duration::from_millis(ms)],
            failure: None,
        };
        let row = Row {
            label: "fib".into(),
            cells: vec![cell(100), cell(3)],
        };
        for log in [false, true] {
            let svg = svg_chart(&[&row], &[Mode::CortadoInt, Mode::Java], 0, log, "t");
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>\n"));
            assert!(svg.contains("fib"));
        }
    }
}

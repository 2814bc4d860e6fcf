//! `cortado run`: parses `java`'s command line (`-cp`, `-jar`, `-D`, `-Xmx`, `-Xint`, ...),
//! starts a VM and maps the outcome to `java`'s exit statuses.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::Ordering::Relaxed;

use cortado_runtime::{
    Capabilities, Compilation, Error, Input, NetRule, Output, StopReason, Vm, VmOptions,
};

const USAGE: &str = "Usage: cortado run [options] <mainclass> [args...]
           (to execute a class)
   or  cortado run [options] -jar <jarfile> [args...]
           (to execute a jar file)
   or  cortado run [options] <sourcefile> [args...]
           (to execute a single source-file program)

 where options include:
    -cp <class search path of directories and zip/jar files>
    -classpath <class search path of directories and zip/jar files>
    --class-path <class search path of directories and zip/jar files>
    -D<name>=<value>  set a system property
    -verbose:class    print a line for each class loaded
    -ea[:<packagename>...|:<classname>], -enableassertions[...]
                      enable assertions (all application classes, a package and its
                      subpackages, or a class); -da, -disableassertions disable them
    -esa, -dsa        enable / disable assertions in the class library's classes
    -verbose:gc, -Xlog:gc  print a line for each garbage collection
    -Xlog:gc+phases       also print the time of each phase of a full collection
    -version          print product version and exit
    -showversion      print product version and continue (--version and --show-version:
                      the same on standard output)
    -Xmx<size>        maximum heap size (default: a quarter of physical memory, as java)
    -Xms<size>        initial heap size
    -Xss<size>        Java thread stack size
    -Xverify:none     do not verify classes (trusted code only; refused with --sandbox)
    -Xint             interpreted mode only
    -Xcomp            compile methods the JIT can take at their first call
    -XX:CompileThreshold=<n>  calls before a method is compiled (default 1000)
    -XX:+PrintCompilation     print a line for each method compiled
    -XX:+PrintInlining        with -XX:+PrintCompilation, the calls each compiled method
                              inlined, and why the others were not
    -Xbatch, -XX:-BackgroundCompilation  compile hot methods before going on (default: in
                              the background, while they keep running interpreted)
    -XX:CICompilerCount=<n>   most background compiler threads (default 2; the hottest
                              waiting method is compiled first)
    -XX:+PerfMapEnabled       name compiled code for perf in /tmp/perf-<pid>.map
    -XX:+VerifyCompilerIR     check the compiler's IR of every method before generating
                              code (what the test suite does; costs compile time)
    -XX:ReservedCodeCacheSize=<size>  most machine code the JIT installs (default 240m);
                              when full, the compiler is disabled and the rest is interpreted
    -XX:+PrintCompiledSteps   at exit, print to stderr how many steps ran in compiled code
    -XX:+PrintSlowPaths       at exit, print to stderr what compiled code handed to the
                              runtime (instructions, calls through the runtime and why,
                              natives, deoptimizations), most frequent methods first
    -XX:+CITime               at exit, print to stderr the time compilation took on Java
                              threads (the program waited) and on compiler threads
    -XX:CompileFailuresAllowed=<file>  exit with status 1 if a method that the file does not
                              list (one `class.name(descriptor)` per line, then `: reason`)
                              could not be compiled
    -XX:+GCStress / -XX:GCStressBytes=<n>  collect at every allocation / every n bytes
    -XX:+VerifyBeforeGC, -XX:+VerifyAfterGC, -XX:+VerifyRememberedSets
                      verify the heap and the cards at every collection (testing)
    -XX:MaxTenuringThreshold=<n>, -XX:+AlwaysTenure, -XX:+NeverTenure
                      age at which survivors are promoted
    -Xmn<size>        young generation size (fixed; default a third of the heap, growing
                      with it up to a third of -Xmx)
    -XX:NewRatio=<n>  old to young generation size ratio (default 2)
    --sandbox         deny the program files, the environment, the network and processes,
                      except what these allow: --allow-read=<dir>, --allow-write=<dir>,
                      --allow-env, --allow-net[=<host>:<port>,...] (connect),
                      --allow-listen[=<host>:<port>,...], --allow-run (processes, which
                      then run outside the sandbox); <port> may be *
    --fuel=<n>        stop the program after n steps (backward branches and calls): exit 125
    --deadline-ms=<n> stop the program after n milliseconds: exit 124
    -XX:+DeterministicScheduling, --deterministic
                      run threads in turns at fixed step counts, on a logical clock: the same
                      interleaving every run
    --max-classes=<n> stop the program when it loads more than n classes: exit 123
    --max-output=<size> stop the program when it writes more than size bytes to stdout
                      and stderr (e.g. 10m): exit 122";

/// What the program to run is.
enum Target {
    Class(String),
    Jar(PathBuf),
    Source(PathBuf),
}

/// Parses a size such as `64m`, `512k`, `2g` or `1048576`.
fn parse_size(text: &str) -> Option<usize> {
    let (digits, multiplier) = match text.chars().last()? {
        'k' | 'K' => (&text[..text.len() - 1], 1usize << 10),
        'm' | 'M' => (&text[..text.len() - 1], 1 << 20),
        'g' | 'G' => (&text[..text.len() - 1], 1 << 30),
        't' | 'T' => (&text[..text.len() - 1], 1 << 40),
        _ => (text, 1),
    };
    digits.parse::<usize>().ok()?.checked_mul(multiplier)
}

fn error_exit(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(1)
}

pub(crate) fn run(args: &[String]) -> ExitCode {
    // Like `java`, the guest gets the whole host unless `--sandbox` is given.
    let mut print_compiled_steps = false;
    // HotSpot feeds -XX:AutoBoxCacheMax to the class library as a (private) property, after
    // the command line's own -D properties.
    let mut auto_box_cache_max: Option<i64> = None;
    let mut print_compile_time = false;
    let mut allowed_failures: Option<Vec<String>> = None;
    let mut options = VmOptions {
        capabilities: Capabilities::allow_all(),
        max_heap_bytes: cortado_runtime::machine_default_max_heap_bytes(),
        ..VmOptions::default()
    };
    let mut sandbox = Capabilities {
        stdin: Input::Inherit,
        stdout: Output::Inherit,
        stderr: Output::Inherit,
        ..Capabilities::default()
    };
    let mut sandboxed = false;
    let mut class_path: Option<String> = None;
    let mut target = None;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        i += 1;
        let mut value = |name: &str| -> Result<String, ExitCode> {
            let v = args.get(i).cloned().ok_or_else(|| {
                error_exit(&format!("Error: {name} requires class path specification"))
            });
            i += 1;
            v
        };
        // The VM options as `RuntimeMXBean.getInputArguments` lists them: what `java` keeps
        // (the class path, `-jar` and the launcher's own requests are not VM options).
        if arg.starts_with('-')
            && !arg.starts_with("--")
            && !matches!(
                arg,
                "-cp" | "-classpath" | "-jar" | "-version" | "-showversion" | "-h" | "-help" | "-?"
            )
        {
            options.input_arguments.push(arg.to_owned());
        }
        match arg {
            "-cp" | "-classpath" | "--class-path" => match value(arg) {
                Ok(v) => class_path = Some(v),
                Err(code) => return code,
            },
            "-jar" => match value(arg) {
                Ok(v) => {
                    target = Some(Target::Jar(PathBuf::from(v)));
                    break;
                }
                Err(code) => return code,
            },
            // As java: `-version`/`-showversion` on stderr, `--version`/`--show-version` on
            // stdout; the `show` forms go on to run the program.
            "-version" | "--version" | "-showversion" | "--show-version" => {
                let mode = match options.compilation {
                    Compilation::Off => "interpreted mode",
                    Compilation::Eager => "compiled mode",
                    Compilation::Tiered { .. } => "mixed mode",
                };
                let text = format!(
                    "openjdk version \"17\" (Cortado {})\nCortado Runtime Environment ({mode})",
                    env!("CARGO_PKG_VERSION")
                );
                match arg.starts_with("--") {
                    true => println!("{text}"),
                    false => eprintln!("{text}"),
                }
                if arg.ends_with("-version") && !arg.contains("show") {
                    return ExitCode::SUCCESS;
                }
            }
            _ if arg.starts_with("--class-path=") => {
                class_path = Some(arg["--class-path=".len()..].to_string())
            }
            "-h" | "-help" | "--help" | "-?" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-verbose:class" => options.verbose_class = true,
            "-verbose:gc" | "-Xlog:gc" => options.log_gc = true,
            "-Xlog:gc*" | "-Xlog:gc+phases" | "-Xlog:gc,gc+phases" => {
                options.log_gc = true;
                options.log_gc_phases = true;
            }
            "-Xint" => options.compilation = Compilation::Off,
            "-Xcomp" => options.compilation = Compilation::Eager,
            "-Xmixed" => options.compilation = Compilation::default(),
            "-XX:+PrintCompilation" => options.print_compilation = true,
            "-XX:+PrintInlining" => options.print_inlining = true,
            "-Xbatch" | "-XX:-BackgroundCompilation" => options.background_compilation = false,
            "-XX:+BackgroundCompilation" => options.background_compilation = true,
            "-XX:+PerfMapEnabled" => options.perf_map = true,
            "-XX:+VerifyCompilerIR" => options.verify_compiler_ir = true,
            "-XX:+PrintSlowPaths" => options.print_slow_paths = true,
            "-XX:+PrintCompiledSteps" => print_compiled_steps = true,
            "-XX:+CITime" => print_compile_time = true,
            _ if arg.starts_with("-XX:CompileFailuresAllowed=") => {
                let file = &arg["-XX:CompileFailuresAllowed=".len()..];
                match std::fs::read_to_string(file) {
                    Ok(text) => allowed_failures = Some(allowed_compile_failures(&text)),
                    Err(error) => {
                        return error_exit(&format!("Error: cannot read {file}: {error}"))
                    }
                }
            }
            _ if arg.starts_with("-XX:ReservedCodeCacheSize=") => {
                match parse_size(&arg["-XX:ReservedCodeCacheSize=".len()..]) {
                    Some(size) => options.max_code_bytes = Some(size),
                    None => return error_exit(&format!("Invalid ReservedCodeCacheSize: {arg}\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.")),
                }
            }
            _ if arg.starts_with("-XX:CICompilerCount=") => {
                match arg["-XX:CICompilerCount=".len()..].parse::<usize>() {
                    Ok(n) if n >= 1 => options.compiler_threads = n,
                    _ => return error_exit(&format!("Invalid CICompilerCount: {arg}")),
                }
            }
            _ if arg.starts_with("-XX:CompileThreshold=") => {
                match arg["-XX:CompileThreshold=".len()..].parse() {
                    Ok(threshold) => options.compilation = Compilation::Tiered { threshold },
                    Err(_) => return error_exit(&format!("Invalid compile threshold: {arg}")),
                }
            }
            "-Xshare:auto" | "-Xshare:off" | "-server" | "--enable-preview" => {}
            "-ea" | "-enableassertions" | "-da" | "-disableassertions" | "-esa" | "-dsa"
            | "-enablesystemassertions" | "-disablesystemassertions" => {
                options.assertions.push(arg.to_string())
            }
            _ if ["-ea:", "-da:", "-enableassertions:", "-disableassertions:"]
                .iter()
                .any(|prefix| arg.starts_with(prefix)) =>
            {
                options.assertions.push(arg.to_string())
            }
            "-XX:+GCStress" => options.gc_stress_bytes = Some(0),
            "-XX:+DeterministicScheduling" | "--deterministic" => options.deterministic = true,
            "-XX:+VerifyBeforeGC" | "-XX:+VerifyAfterGC" | "-XX:+VerifyRememberedSets" => {
                options.gc_verify = true
            }
            "-XX:+AlwaysTenure" => options.tenuring_threshold = Some(0),
            "-XX:+NeverTenure" => options.tenuring_threshold = Some(16),
            _ if arg.starts_with("-XX:MaxTenuringThreshold=") => {
                match arg["-XX:MaxTenuringThreshold=".len()..].parse::<u32>() {
                    Ok(n) if n <= 16 => options.tenuring_threshold = Some(n),
                    _ => return error_exit(&format!("Invalid tenuring threshold: {arg}")),
                }
            }
            _ if arg.starts_with("-XX:NewRatio=") => {
                match arg["-XX:NewRatio=".len()..].parse::<usize>() {
                    Ok(n) if n >= 1 => options.new_ratio = n,
                    _ => return error_exit(&format!("Invalid NewRatio: {arg}")),
                }
            }
            _ if arg.starts_with("-Xmn") => match parse_size(&arg[4..]) {
                Some(size) => options.young_heap_bytes = Some(size),
                None => return error_exit(&format!("Invalid maximum new generation size: {arg}\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.")),
            },
            "--sandbox" => sandboxed = true,
            "-Xverify:none" | "-XX:-BytecodeVerificationRemote" => options.verify = false,
            "--allow-env" => sandbox.environment = true,
            "--allow-run" => sandbox.processes = true,
            "--allow-net" => sandbox.connect.push(NetRule::any()),
            "--allow-listen" => sandbox.listen.push(NetRule::any()),
            _ if arg.starts_with("--allow-net=") || arg.starts_with("--allow-listen=") => {
                let (flag, list) = arg.split_once('=').unwrap_or((arg, ""));
                for spec in list.split(',') {
                    let Some(rule) = NetRule::parse(spec) else {
                        return error_exit(&format!("Invalid network address in {flag}: {spec:?} (expected HOST:PORT, HOST:* or HOST)"));
                    };
                    if flag == "--allow-net" {
                        sandbox.connect.push(rule);
                    } else {
                        sandbox.listen.push(rule);
                    }
                }
            }
            _ if arg.starts_with("--allow-read=") => {
                sandbox.read_dirs.push(arg["--allow-read=".len()..].into())
            }
            _ if arg.starts_with("--allow-write=") => sandbox
                .write_dirs
                .push(arg["--allow-write=".len()..].into()),
            _ if arg.starts_with("--max-classes=") => match arg["--max-classes=".len()..].parse() {
                Ok(n) => options.max_classes = Some(n),
                Err(_) => return error_exit(&format!("Invalid class limit: {arg}")),
            },
            _ if arg.starts_with("--max-output=") => {
                match parse_size(&arg["--max-output=".len()..]) {
                    Some(n) => options.max_output_bytes = Some(n as u64),
                    None => return error_exit(&format!("Invalid output limit: {arg}")),
                }
            }
            _ if arg.starts_with("--fuel=") => match arg["--fuel=".len()..].parse() {
                Ok(n) => options.fuel = Some(n),
                Err(_) => return error_exit(&format!("Invalid fuel: {arg}")),
            },
            _ if arg.starts_with("--deadline-ms=") => match arg["--deadline-ms=".len()..].parse() {
                Ok(n) => options.deadline = Some(std::time::Duration::from_millis(n)),
                Err(_) => return error_exit(&format!("Invalid deadline: {arg}")),
            },
            _ if arg.starts_with("-XX:GCStressBytes=") => {
                match arg["-XX:GCStressBytes=".len()..].parse() {
                    Ok(n) => options.gc_stress_bytes = Some(n),
                    Err(_) => return error_exit(&format!("Invalid GC stress interval: {arg}")),
                }
            }
            _ if arg.starts_with("-D") => {
                let (key, value) = arg[2..].split_once('=').unwrap_or((&arg[2..], ""));
                options.properties.push((key.to_owned(), value.to_owned()));
            }
            _ if arg.starts_with("-Xmx") || arg.starts_with("-Xms") || arg.starts_with("-Xss") => {
                let Some(size) = parse_size(&arg[4..]) else {
                    let what = match &arg[..4] {
                        "-Xmx" => "maximum heap size",
                        "-Xms" => "initial heap size",
                        _ => "thread stack size",
                    };
                    return error_exit(&format!("Invalid {what}: {arg}\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit."));
                };
                match &arg[..4] {
                    "-Xmx" => options.max_heap_bytes = size,
                    "-Xms" => options.initial_heap_bytes = Some(size),
                    _ => options.stack_bytes = size,
                }
            }
            _ if arg.starts_with("-XX:AutoBoxCacheMax=") => {
                match arg["-XX:AutoBoxCacheMax=".len()..].parse::<i64>() {
                    Ok(n) => auto_box_cache_max = Some(n),
                    Err(_) => return error_exit(&format!("Improperly specified VM option '{}'\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.", &arg[4..])),
                }
            }
            _ if arg.starts_with("-XX:") || arg.starts_with("-Xlog") => {}
            _ if arg.starts_with('-') => {
                return error_exit(&format!(
                    "Unrecognized option: {arg}\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit."
                ));
            }
            _ => {
                target = Some(if arg.ends_with(".java") {
                    Target::Source(PathBuf::from(arg))
                } else {
                    Target::Class(arg.to_owned())
                });
                break;
            }
        }
    }
    if let Some(n) = auto_box_cache_max {
        options.properties.push((
            "java.lang.Integer.IntegerCache.high".to_owned(),
            n.to_string(),
        ));
    }
    let program_args: Vec<String> = args[i..].iter().map(|a| decode_argument(a)).collect();
    if sandboxed {
        if !options.verify {
            return error_exit(
                "Error: -Xverify:none is refused with --sandbox: unverified code could escape it",
            );
        }
        options.capabilities = sandbox;
    }
    let Some(target) = target else {
        eprintln!("{USAGE}");
        return ExitCode::from(1);
    };
    let class_path = class_path
        .or_else(|| std::env::var("CLASSPATH").ok())
        .unwrap_or_else(|| ".".to_owned());
    let mut _source_dir = None;
    let main_class = match target {
        Target::Class(name) => {
            options
                .class_path
                .extend(std::env::split_paths(&class_path));
            name
        }
        Target::Jar(jar) => {
            let main = std::fs::read(&jar)
                .map_err(|_| format!("Error: Unable to access jarfile {}", jar.display()))
                .and_then(|bytes| {
                    cortado_classfile::jar::Jar::from_bytes(bytes)
                        .map_err(|_| format!("Error: Invalid or corrupt jarfile {}", jar.display()))
                })
                .and_then(|mut j| {
                    j.main_class()
                        .ok()
                        .flatten()
                        .ok_or_else(|| format!("no main manifest attribute, in {}", jar.display()))
                });
            match main {
                Ok(main) => {
                    options.class_path.push(jar);
                    main
                }
                Err(message) => return error_exit(&message),
            }
        }
        Target::Source(file) => match compile_source(&file) {
            Ok((dir, main)) => {
                options.class_path.push(dir.path().to_owned());
                _source_dir = Some(dir);
                main
            }
            Err(message) => return error_exit(&message),
        },
    };
    run_vm(
        options,
        &main_class,
        &program_args,
        Report {
            compiled_steps: print_compiled_steps,
            compile_time: print_compile_time,
            allowed_failures,
        },
    )
}

/// What to report about compilation when the program ends.
struct Report {
    compiled_steps: bool,
    /// `-XX:+CITime`: compilation's time, on Java threads and on compiler threads.
    compile_time: bool,
    /// `Some`: methods that may fail to compile; any other failure makes the exit status 1.
    allowed_failures: Option<Vec<String>>,
}

/// A program argument as `java` decodes it in the native encoding: in US-ASCII every byte of a
/// non-ASCII character becomes `?`, in ISO-8859-1 every byte a character of its own.
fn decode_argument(arg: &str) -> String {
    match cortado_runtime::native_encoding() {
        "ANSI_X3.4-1968" | "ISO646-US" => arg
            .bytes()
            .map(|b| if b.is_ascii() { b as char } else { '?' })
            .collect(),
        "ISO8859-1" | "ISO-8859-1" => arg.bytes().map(char::from).collect(),
        _ => arg.to_owned(),
    }
}

/// The method names of a list of allowed compile failures (`#` starts a comment).
fn allowed_compile_failures(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| line.split(':').next().unwrap_or(line).trim().to_owned())
        .collect()
}

fn run_vm(options: VmOptions, main_class: &str, args: &[String], report: Report) -> ExitCode {
    // The interpreter does not recurse for Java calls, but class initialization and natives
    // do; a thread of our own gives them a known, generous native stack.
    let main_class = main_class.to_owned();
    let args = args.to_vec();
    let worker = std::thread::Builder::new()
        .name("main".into())
        .stack_size(256 << 20)
        .spawn(move || -> Result<(), Error> {
            let vm = std::sync::Arc::new(Vm::new(options)?);
            print_thread_dumps_on_sigquit(&vm);
            stop_on_termination_signals(&vm);
            let outcome = vm.run_main(&main_class, &args);
            let statistics = vm.statistics();
            if let Some(allowed) = &report.allowed_failures {
                let failures = vm.compile_failures();
                let unexpected: Vec<&String> = failures
                    .iter()
                    .filter(|f| !allowed.iter().any(|a| f.split(':').next() == Some(a)))
                    .collect();
                if !unexpected.is_empty() {
                    for failure in unexpected {
                        eprintln!("Error: not compiled: {failure}");
                    }
                    return Err(Error::Exit(1));
                }
            }
            if report.compile_time {
                eprintln!(
                    "compilation: {} methods; {:.1} ms on Java threads (the program waited), \
                     {:.1} ms on compiler threads",
                    statistics.compiled_methods,
                    statistics.compile_pause.as_secs_f64() * 1e3,
                    statistics.background_compile_time.as_secs_f64() * 1e3
                );
            }
            if let Some(report) = vm.slow_path_report() {
                eprint!("{report}");
            }
            if report.compiled_steps {
                let share =
                    statistics.compiled_steps as f64 * 100.0 / statistics.steps.max(1) as f64;
                eprintln!(
                    "steps: {} taken, {} in compiled code ({share:.1}%)",
                    statistics.steps, statistics.compiled_steps
                );
            }
            outcome
        });
    let outcome = match worker {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| Err(Error::Internal("the VM panicked".into()))),
        Err(error) => Err(Error::Internal(format!(
            "cannot start the main thread: {error}"
        ))),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Exit(status)) => ExitCode::from(status as u8),
        Err(Error::Exception(_)) => ExitCode::from(1),
        Err(Error::Stopped(StopReason::Interrupted)) if TERMINATED_BY.load(Relaxed) != 0 => {
            // As java: no message, and 128 + the signal.
            ExitCode::from((128 + TERMINATED_BY.load(Relaxed)) as u8)
        }
        Err(Error::Stopped(reason)) => {
            eprintln!("Error: {reason}");
            ExitCode::from(match reason {
                StopReason::DeadlineExceeded => 124,
                StopReason::FuelExhausted => 125,
                StopReason::Interrupted => 130,
                StopReason::ClassLimit => 123,
                StopReason::OutputLimit => 122,
            })
        }
        Err(error) => error_exit(&format!("Error: {error}")),
    }
}

/// The signal (SIGINT, SIGTERM or SIGHUP) that stopped the program, 0 if none did.
static TERMINATED_BY: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// SIGINT (Ctrl-C), SIGTERM and SIGHUP end the program as they end java's: the guest stops
/// at its next safepoint, what it wrote is flushed, and the exit status is 128 + the signal.
/// (java also runs the shutdown hooks then; Cortado does not, decided: the guest's threads
/// are stopped rather than unwound through Java code.)
fn stop_on_termination_signals(vm: &std::sync::Arc<Vm>) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        let interrupt = vm.interrupt_handle();
        let _ = std::thread::Builder::new()
            .name("termination".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    TERMINATED_BY.store(signal, Relaxed);
                    interrupt.interrupt();
                }
            });
    }
}

/// Ctrl-\\ (SIGQUIT) prints a dump of every Java thread's stack, as HotSpot does.
fn print_thread_dumps_on_sigquit(vm: &std::sync::Arc<Vm>) {
    #[cfg(unix)]
    {
        let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGQUIT])
        else {
            return;
        };
        let vm = std::sync::Arc::downgrade(vm);
        let _ = std::thread::Builder::new()
            .name("signal".into())
            .spawn(move || {
                for _ in signals.forever() {
                    match vm.upgrade() {
                        Some(vm) => print!("{}", vm.thread_dump()),
                        None => break,
                    }
                }
            });
    }
}

/// `java Hello.java`: compiles the file with javac into a temporary directory and returns
/// the first top-level class declared in it.
fn compile_source(file: &std::path::Path) -> Result<(TempDir, String), String> {
    let dir =
        TempDir::new().map_err(|e| format!("Error: cannot create a temporary directory: {e}"))?;
    let javac = std::env::var("JAVA_HOME")
        .map(|home| PathBuf::from(home).join("bin/javac"))
        .ok()
        .filter(|p| p.exists())
        .unwrap_or_else(|| PathBuf::from("javac"));
    let output = std::process::Command::new(&javac)
        .arg("-d")
        .arg(dir.path())
        .arg(file)
        .output()
        .map_err(|_| "Error: running a source file needs javac, which was not found (install a JDK, or set JAVA_HOME)".to_owned())?;
    if !output.status.success() {
        return Err(format!(
            "{}error: compilation failed",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let source =
        std::fs::read_to_string(file).map_err(|e| format!("Error: {}: {e}", file.display()))?;
    let main = first_class_name(&source)
        .ok_or_else(|| "error: no class declared in source file".to_owned())?;
    Ok((dir, main))
}

fn first_class_name(source: &str) -> Option<String> {
    let package = source
        .lines()
        .find_map(|l| l.trim().strip_prefix("package "))
        .map(|p| p.trim_end_matches(';').trim().to_owned());
    let mut words = source.split(|c: char| c.is_whitespace() || c == '{');
    while let Some(word) = words.next() {
        if matches!(word, "class" | "interface" | "enum" | "record") {
            let name = words.find(|w| !w.is_empty())?;
            let name: String = name
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
                .collect();
            return Some(match &package {
                Some(p) => format!("{p}.{name}"),
                None => name,
            });
        }
    }
    None
}

/// A temporary directory removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        let path = std::env::temp_dir().join(format!("cortado-src-{}", std::process::id()));
        std::fs::create_dir_all(&path)?;
        Ok(TempDir(path))
    }
    fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

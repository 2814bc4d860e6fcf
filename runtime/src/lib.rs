//! Cortado: a JVM-style managed runtime, embeddable in Rust programs.
//!
//! A [`Vm`] runs javac-compiled class files with Cortado's own class library. Build one from
//! [`VmOptions`], then run a program's `main`:
//!
//! ```no_run
//! use cortado_runtime::{Vm, VmOptions};
//!
//! let mut options = VmOptions::default();
//! options.class_path.push("target/classes".into());
//! let vm = Vm::new(options).expect("the VM starts");
//! match vm.run_main("com.example.Main", &[]) {
//!     Ok(()) => {}
//!     Err(cortado_runtime::Error::Exit(status)) => eprintln!("exited with {status}"),
//!     Err(error) => eprintln!("{error}"),
//! }
//! ```
//!
//! Java exceptions are values of the running program; one that escapes `main` comes back as
//! [`Error::Exception`], carrying its class, message and stack trace. Everything else in this
//! crate is private: the interpreter, class loader, object model and natives.

mod block;
mod capabilities;
mod class;
mod compiler_thread;
mod condy;
mod embed;
mod error;
mod exceptions;
mod framed;
mod gc_roots;
mod host;
mod identity_hash;
mod indy;
mod init;
mod interp;
mod lambda_forms;
mod loader;
mod natives;
mod objects;
mod polymorphic;
mod schedule;
mod slow_paths;
mod stable_refs;
mod thread;
mod threads;
mod tier;
mod verify;
mod vm;
mod well_known;

use std::path::PathBuf;

pub use capabilities::{Capabilities, Captured, Input, NetRule, Output};
pub use embed::{ContextHostFunction, HostFunction, JavaThrow, NativeContext, Object, Value};
pub use error::{Error, JavaException, Result, StopReason};
pub use tier::Compilation;

/// The host's native encoding as HotSpot 17 finds it (the codeset of the environment's locale:
/// `UTF-8`, `ANSI_X3.4-1968` for the C locale, ...): the VM's `file.encoding`, in which `java`
/// also decodes the program's arguments.
pub fn native_encoding() -> &'static str {
    host::native_encoding()
}

/// HotSpot's default maximum heap on this machine, a quarter of its physical memory
/// (`MaxRAMPercentage` 25; 1 GiB when the memory is unknown), as `cortado run` uses it
/// without `-Xmx`, so that a program whose data fits under `java` fits under it too. The
/// heap never exceeds 8 GiB. An embedding's default (`VmOptions::default`) stays 1 GiB.
pub fn machine_default_max_heap_bytes() -> usize {
    host::physical_memory().map_or(1 << 30, |bytes| bytes / 4)
}

use cortado_gc::{Heap, HeapConfig, NULL};

use crate::class::{BasicType, LoaderId};
use crate::interp::call::call_method;
use crate::interp::resolve::lookup_method;
use crate::loader::{ClassPath, ClassPathEntry};
use crate::thread::JavaThread;
use crate::vm::{Env, JResult, Options, Throw, VmShared, VmState};

/// How to build a [`Vm`].
#[derive(Debug, Clone)]
pub struct VmOptions {
    /// Directories and jars searched by the application class loader, in order.
    pub class_path: Vec<PathBuf>,
    /// Most bytes the heap may hold (`-Xmx`).
    pub max_heap_bytes: usize,
    /// Initial heap size (`-Xms`; `None`: a 64th of the machine's memory, or `-Xmx` if
    /// smaller, as HotSpot's `InitialHeapSize`): the young generation starts at a third of it,
    /// the old generation's capacity is the rest; the old generation is collected when it
    /// outgrows that, and then sized to keep 40 % free, the young generation following it.
    pub initial_heap_bytes: Option<usize>,
    /// Young generation size (`-Xmn`), fixed; by default a third of the heap (`new_ratio`),
    /// growing with it after full collections up to a third of `-Xmx`.
    pub young_heap_bytes: Option<usize>,
    /// Old generation over young generation size (`-XX:NewRatio`, default 2).
    pub new_ratio: usize,
    /// Java stack size in bytes (`-Xss`).
    pub stack_bytes: usize,
    /// System properties set with `-D`, applied over the defaults.
    pub properties: Vec<(String, String)>,
    /// Print a line for every class loaded (`-verbose:class`).
    pub verbose_class: bool,
    /// The assertion switches, in command-line order, as `java` takes them: `-ea`, `-da`,
    /// `-ea:<class>`, `-ea:<package>...`, `-ea:...` (the unnamed package), the
    /// `-enableassertions` spellings, and `-esa`/`-dsa` for the class library's classes.
    /// `Class.desiredAssertionStatus` (which javac's `assert` reads) follows them.
    pub assertions: Vec<String>,
    /// Print a line for every collection, as HotSpot's `-Xlog:gc` (`-verbose:gc`).
    pub log_gc: bool,
    /// Also print the time of each phase of a full collection, as HotSpot's
    /// `-Xlog:gc+phases` (`[gc,phases] GC(3) Phase 1: Mark live objects 1.234ms`).
    pub log_gc_phases: bool,
    /// Collect every this many allocated bytes (0 = at every allocation); for testing.
    pub gc_stress_bytes: Option<usize>,
    /// Verify the heap before and after every collection and the cards before every young
    /// one (`-XX:+VerifyBeforeGC`, ...); errors go to standard error. For testing.
    pub gc_verify: bool,
    /// Age at which young objects are promoted: 0 promotes at the first collection, 16 never
    /// while the survivor space has room; `None` adapts it (`-XX:MaxTenuringThreshold`).
    pub tenuring_threshold: Option<u32>,
    /// Classes given as bytes, by binary name (`com.example.Main`), searched before the
    /// class path.
    pub classes: Vec<(String, Vec<u8>)>,
    /// Most steps (backward branches and calls, counted in both tiers) the guest may take
    /// before it is stopped with [`StopReason::FuelExhausted`]; checked every 256 steps.
    pub fuel: Option<u64>,
    /// Wall-clock time the guest may run, from the VM's creation, before it is stopped with
    /// [`StopReason::DeadlineExceeded`].
    pub deadline: Option<std::time::Duration>,
    /// Verify application classes before they run (the default). Turning it off is for
    /// trusted code only: unverified bytecode can confuse types and crash the VM.
    pub verify: bool,
    /// What the guest may reach on the host (nothing by default).
    pub capabilities: Capabilities,
    /// Most Java threads that may exist at once (the host's included); `Thread.start` beyond it
    /// throws OutOfMemoryError, as when HotSpot cannot create a thread.
    pub max_threads: Option<usize>,
    /// Most classes the VM may load, counting every class it loads (the class library's,
    /// array and generated classes included, as [`Statistics::loaded_classes`] does); one
    /// more stops the guest with [`StopReason::ClassLimit`].
    pub max_classes: Option<usize>,
    /// Most bytes the guest may write to its standard output and error together; the bytes
    /// up to the cap are written, then the guest is stopped with [`StopReason::OutputLimit`].
    pub max_output_bytes: Option<u64>,
    /// The VM options as given on the command line, for
    /// `RuntimeMXBean.getInputArguments` (the embedder's choice: `cortado run` passes the
    /// options before the main class, as `java` does).
    pub input_arguments: Vec<String>,
    /// Deterministic scheduling: Java threads take turns in a fixed order, handing over at
    /// fixed step counts and when they block, on a logical clock (`sleep`, timed waits,
    /// `nanoTime`), so that a multithreaded program that reads nothing from outside runs
    /// the same interleaving every time (`-XX:+DeterministicScheduling`).
    pub deterministic: bool,
    /// When hot methods are compiled to machine code (`-Xint`, default, `-Xcomp`).
    pub compilation: Compilation,
    /// Print a line for every method compiled (`-XX:+PrintCompilation`), to standard output.
    pub print_compilation: bool,
    /// With `print_compilation`, each call the compiler inlined or not, and why not
    /// (`-XX:+PrintInlining`).
    pub print_inlining: bool,
    /// Name each compiled method for Linux `perf` in `/tmp/perf-<pid>.map`
    /// (`-XX:+PerfMapEnabled`).
    pub perf_map: bool,
    /// Run the code generator's IR verifier on every compiled function before generating its
    /// machine code, so that a translator bug is a compile failure (logged; the method stays
    /// interpreted), never wrong code (`-XX:+VerifyCompilerIR`; off by default: it takes
    /// about a quarter of the compile time). The test suite runs with it.
    pub verify_compiler_ir: bool,
    /// Count the work compiled code hands to the runtime (instructions it does not do
    /// itself, calls through the runtime, natives, deoptimizations), by method and
    /// instruction, for [`Vm::slow_path_report`] (`-XX:+PrintSlowPaths`).
    pub print_slow_paths: bool,
    /// Most bytes of machine code the compiler may install (`-XX:ReservedCodeCacheSize`;
    /// default 240 MiB, HotSpot's default with tiered compilation; `None`: no cap). Every
    /// compiled method counts, recompiled ones again (replaced code is never freed). When a
    /// method's code would not fit, the code cache is full: the compiler is disabled for the
    /// rest of the VM's life and the guest keeps running, interpreted where it has no code
    /// (once, `Cortado VM warning: CodeCache is full. Compiler has been disabled.` goes to the
    /// guest's standard error, as HotSpot warns). [`Statistics::code_bytes`] reports the size.
    pub max_code_bytes: Option<usize>,
    /// Compile hot methods in the background (default; HotSpot's `-XX:+BackgroundCompilation`):
    /// the Java thread that finds a method hot translates its bytecode to the compiler's IR
    /// (which asks the VM about resolved constants, fields and call targets) and queues it;
    /// a compiler thread of the VM generates the machine code (the expensive part; the
    /// hottest waiting method first) while the method keeps running interpreted, and the next
    /// safepoint poll or call installs it.
    /// `false` (`-XX:-BackgroundCompilation`, `-Xbatch`): the thread compiles the method
    /// completely before going on, so the same program always runs the same code at the same
    /// step. [`Compilation::Eager`] (`-Xcomp`) always compiles so.
    pub background_compilation: bool,
    /// Most compiler threads of background compilation (`-XX:CICompilerCount`, at least 1;
    /// default 2, HotSpot's least). The first starts at the first background compilation,
    /// each other only when methods queue up while all are busy. The number only changes
    /// when code arrives, never what the program does or its step counts.
    pub compiler_threads: usize,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions {
            class_path: Vec::new(),
            max_heap_bytes: 1 << 30,
            initial_heap_bytes: None,
            young_heap_bytes: None,
            new_ratio: 2,
            stack_bytes: 8 << 20,
            properties: Vec::new(),
            verbose_class: false,
            assertions: Vec::new(),
            log_gc: false,
            log_gc_phases: false,
            gc_stress_bytes: None,
            gc_verify: false,
            tenuring_threshold: None,
            classes: Vec::new(),
            fuel: None,
            deadline: None,
            max_threads: None,
            max_classes: None,
            max_output_bytes: None,
            input_arguments: Vec::new(),
            deterministic: false,
            capabilities: Capabilities::default(),
            verify: true,
            compilation: Compilation::default(),
            print_compilation: false,
            print_inlining: false,
            perf_map: false,
            verify_compiler_ir: false,
            print_slow_paths: false,
            max_code_bytes: Some(240 << 20),
            background_compilation: true,
            compiler_threads: 2,
        }
    }
}

/// One Java virtual machine: its heap, classes and threads. `Send + Sync`; calls into it are
/// serialized by the VM lock, which Java threads hand to each other at safepoints.
pub struct Vm {
    shared: std::sync::Arc<VmShared>,
    /// The Java thread that host calls run on, boxed so that the VM's thread registry can
    /// point at it.
    host_thread: parking_lot::Mutex<Box<JavaThread>>,
}

impl Vm {
    /// Starts a VM: sets up the heap and class path, loads the core classes and initializes
    /// `System`.
    pub fn new(options: VmOptions) -> Result<Vm> {
        let mut class_path = ClassPath::default();
        if !options.classes.is_empty() {
            let classes = options
                .classes
                .iter()
                .map(|(name, bytes)| (name.replace('.', "/"), bytes.clone()))
                .collect();
            class_path.entries.push(ClassPathEntry::Memory(classes));
        }
        for entry in &options.class_path {
            if host::is_dir(entry) {
                class_path
                    .entries
                    .push(ClassPathEntry::Directory(host::absolute(entry)));
            } else if let Ok(bytes) = host::read_file(entry) {
                // A jar that does not open is skipped, as the JDK skips bad class-path entries.
                if let Ok(jar) = cortado_classfile::jar::Jar::from_bytes(bytes) {
                    class_path
                        .entries
                        .push(ClassPathEntry::Jar(jar, host::absolute(entry)));
                }
            }
        }
        let mut properties = host::default_properties();
        let class_path_text: Vec<String> = options
            .class_path
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        properties.push(("java.class.path".into(), class_path_text.join(":")));
        for (key, value) in &options.properties {
            properties.retain(|(k, _)| k != key);
            properties.push((key.clone(), value.clone()));
        }
        let heap = Heap::new(HeapConfig {
            max_bytes: options.max_heap_bytes,
            initial_bytes: options.initial_heap_bytes.unwrap_or_else(|| {
                // HotSpot's default: 1/64 of physical memory (at least 8 MiB), at most -Xmx.
                let physical = host::physical_memory().unwrap_or(1 << 30);
                (physical / 64).max(8 << 20).min(options.max_heap_bytes)
            }),
            young_bytes: options.young_heap_bytes,
            new_ratio: options.new_ratio,
            stress_interval: options.gc_stress_bytes,
            poison: options.gc_stress_bytes.is_some(),
            verify: options.gc_verify,
            verify_cards: options.gc_verify,
            tenuring_threshold: options.tenuring_threshold,
        });
        let stack_slots = (options.stack_bytes / 8).max(4096);
        let host = host::Host::new(
            properties,
            options.capabilities.clone(),
            options.max_output_bytes,
        );
        // The host's thread (id 1) has the first turn.
        let schedule = options
            .deterministic
            .then(|| schedule::Schedule::new(1, host.current_time_millis()));
        let state = VmState {
            heap,
            classes: Vec::new(),
            class_ids: Default::default(),
            mirrors: Default::default(),
            class_path,
            strings: Default::default(),
            globals: vec![NULL],
            pending_references: Default::default(),
            natives: natives::NativeRegistry::with_class_library(),
            zstreams: Default::default(),
            options: Options {
                verbose_class: options.verbose_class,
                assertions: options.assertions.clone(),
                log_gc: options.log_gc,
                log_gc_phases: options.log_gc_phases,
                verify: options.verify,
                compilation: options.compilation,
                print_compilation: options.print_compilation,
                print_inlining: options.print_inlining,
                perf_map: options.perf_map,
                verify_compiler_ir: options.verify_compiler_ir,
                max_code_bytes: options.max_code_bytes,
                background_compilation: options.background_compilation,
                compiler_threads: options.compiler_threads.max(1),
                input_arguments: options.input_arguments.clone(),
            },
            host,
            well_known: Default::default(),
            next_method_id: 0,
            init_errors: Default::default(),
            loaders: Vec::new(),
            loading: Vec::new(),
            compiler: Default::default(),
            shared: std::sync::Weak::new(),
            threads: Vec::new(),
            next_thread_id: 2,
            monitors: Vec::new(),
            boxing: Default::default(),
            thread_seeds: Default::default(),
            lambda_linked: false,
            lambda_forms: Default::default(),
            mirror_hashes: Default::default(),
            hash_linked: Default::default(),
            live_non_daemon_threads: 0,
            id: 0,
            steps: 0,
            interpreted_steps: 0,
            host_handles: Default::default(),
            halt: None,
            fuel: options.fuel,
            deadline: options.deadline.map(|d| std::time::Instant::now() + d),
            max_threads: options.max_threads,
            max_classes: options.max_classes,
            schedule,
            slow_paths: options.print_slow_paths.then(Default::default),
        };
        let shared = std::sync::Arc::new_cyclic(|weak| {
            let mut state = state;
            state.shared = weak.clone();
            state.id = weak.as_ptr() as usize;
            VmShared {
                state: parking_lot::Mutex::new(state),
                changed: parking_lot::Condvar::new(),
                interrupt: std::sync::atomic::AtomicBool::new(false),
            }
        });
        let mut host_thread = Box::new(JavaThread::new(1, stack_slots));
        shared
            .state
            .lock()
            .threads
            .push(vm::ThreadPtr(&mut *host_thread));
        let vm = Vm {
            shared,
            host_thread: parking_lot::Mutex::new(host_thread),
        };
        if options.log_gc {
            let line = b"[0.000s][info][gc] Using Cortado's copying collector\n";
            let _ = vm.shared.state.lock().host.write(1, line);
        }
        vm.with_env(|env| boot(env).map_err(|throw| startup_error(env, throw)))?;
        Ok(vm)
    }

    /// Calls a static method of a class on the class path, with host values converted to the
    /// parameter types of `descriptor` (a JVM method descriptor such as `(ILjava/lang/String;)I`)
    /// and the result converted back. A Java exception thrown by the call comes back as
    /// [`Error::Exception`]; it is not printed.
    ///
    /// ```no_run
    /// # use cortado_runtime::{Vm, VmOptions, Value};
    /// # let vm = Vm::new(VmOptions::default()).unwrap();
    /// let sum = vm.call_static("com.example.Maths", "add", "(II)I", &[Value::Int(2), Value::Int(3)]);
    /// assert_eq!(sum.unwrap(), Value::Int(5));
    /// ```
    pub fn call_static(
        &self,
        class: &str,
        method: &str,
        descriptor: &str,
        args: &[Value],
    ) -> Result<Value> {
        self.with_env(|env| {
            let result = embed::call_static(env, class, method, descriptor, args);
            env.vm.host.flush();
            result
        })
    }

    /// Calls an instance method on an object the host holds, selected virtually as
    /// `invokevirtual` would. Arguments and result convert as for [`Vm::call_static`].
    pub fn call_method(
        &self,
        object: &Object,
        method: &str,
        descriptor: &str,
        args: &[Value],
    ) -> Result<Value> {
        self.with_env(|env| {
            let result = embed::call_method(env, object, method, descriptor, args);
            env.vm.host.flush();
            result
        })
    }

    /// Every Java thread's stack, as `jstack` would show it. Waits for the running guest
    /// thread to reach a safepoint.
    pub fn thread_dump(&self) -> String {
        let state = self.shared.state.lock();
        threads::thread_dump(&state, None)
    }

    /// Methods the compiler refused so far, as `class.name(descriptor): reason` (at most
    /// 1000).
    pub fn compile_failures(&self) -> Vec<String> {
        self.shared.state.lock().compiler.failures.clone()
    }

    /// With [`VmOptions::print_slow_paths`]: the work compiled code handed to the runtime so
    /// far, by kind, with the most frequent methods and instructions (bytecode offsets).
    pub fn slow_path_report(&self) -> Option<String> {
        let state = self.shared.state.lock();
        state.slow_paths.as_ref().map(|paths| paths.report())
    }

    /// Counters of this VM's work so far.
    pub fn statistics(&self) -> Statistics {
        let state = self.shared.state.lock();
        let gc = state.heap.stats();
        Statistics {
            steps: state.steps,
            compiled_steps: state.steps.saturating_sub(state.interpreted_steps),
            allocated_bytes: gc.allocated_bytes,
            collections: gc.collections,
            collection_time: gc.total_pause,
            loaded_classes: state.classes.len(),
            threads: state.threads.len(),
            compiled_methods: state.compiler.compiled as usize,
            code_bytes: state.compiler.code_bytes,
            code_cache_full: state.compiler.full,
            compile_pause: state.compiler.pause,
            background_compile_time: state.compiler.background_time,
        }
    }

    /// Lets the guest's collector reclaim an object the host held. Releasing twice, or an
    /// object of another VM, is an error.
    pub fn release(&self, object: &Object) -> Result<()> {
        let mut state = self.shared.state.lock();
        if object.vm != state.id || !state.host_handles.release(object.slot, object.generation) {
            return Err(Error::InvalidArgument(format!(
                "the {} object is not held by this VM",
                object.class_name
            )));
        }
        Ok(())
    }

    /// Implements the `native` method `class.method descriptor` of guest classes with a host
    /// function. Register before the method is first called. The function gets the arguments
    /// (without the receiver); it returns a value, or a [`JavaThrow`] to throw an exception. A
    /// panic in it becomes a `java.lang.InternalError` in the guest.
    pub fn register_native(
        &self,
        class: &str,
        method: &str,
        descriptor: &str,
        is_static: bool,
        function: impl Fn(&[Value]) -> std::result::Result<Value, JavaThrow> + Send + Sync + 'static,
    ) -> Result<()> {
        self.register_native_with_context(class, method, descriptor, is_static, move |_, args| {
            function(args)
        })
    }

    /// Like [`Vm::register_native`], with a [`NativeContext`] through which the function can
    /// call back into Java on the calling thread (and release the objects those calls
    /// return).
    pub fn register_native_with_context(
        &self,
        class: &str,
        method: &str,
        descriptor: &str,
        is_static: bool,
        function: impl Fn(&mut NativeContext, &[Value]) -> std::result::Result<Value, JavaThrow>
            + Send
            + Sync
            + 'static,
    ) -> Result<()> {
        let native = embed::native_from_host(descriptor, std::sync::Arc::new(function), is_static)?;
        self.shared.state.lock().natives.register(
            &class.replace('.', "/"),
            method,
            descriptor,
            native,
        );
        Ok(())
    }

    /// Runs `public static void main(String[])` of `main_class` (binary name with dots) with
    /// the given arguments, as `java` does: an uncaught exception is printed to stderr and
    /// returned as [`Error::Exception`]; `System.exit(n)` returns [`Error::Exit`].
    pub fn run_main(&self, main_class: &str, args: &[String]) -> Result<()> {
        self.with_env(|env| {
            let result = run_main(env, main_class, args);
            env.vm.host.flush();
            result
        })
    }

    /// Loads and links an application class (binary name with dots) without initializing it,
    /// as the launcher does with the main class: its methods are verified now. A class that
    /// cannot be found, parsed or verified comes back as [`Error::Exception`]
    /// (NoClassDefFoundError, ClassFormatError, VerifyError...).
    pub fn link_class(&self, class: &str) -> Result<()> {
        self.with_env(|env| {
            let internal = class.replace('.', "/");
            let result = loader::resolve_class(env, &internal, LoaderId::App)
                .and_then(|id| init::link(env, id));
            result.map_err(|throw| escaped(env, throw))
        })
    }

    /// Verifies every method of the embedded class library with the application classes'
    /// verifier (at run time the library is trusted and skips it). For tests and for
    /// measuring the verifier: the first call also loads and decodes the library; later calls
    /// only verify. The first failure comes back as [`Error::Exception`] (VerifyError).
    pub fn verify_class_library(&self) -> Result<VerifiedLibrary> {
        self.for_each_library_method(|env, class, method, prepared| {
            match verify::verify_method(env, class, method, prepared)? {
                Ok(()) => Ok(()),
                Err(rejection) => Err(exceptions::throw_new(
                    env,
                    rejection.error,
                    Some(&rejection.message),
                )),
            }
        })
    }

    /// Computes the reference maps of every method of the embedded class library again (they
    /// are cached per method; this recomputes them, for measuring). Loads and decodes the
    /// library on the first call. Counts as [`Vm::verify_class_library`] does.
    #[doc(hidden)]
    pub fn reference_maps_of_class_library(&self) -> Result<VerifiedLibrary> {
        self.for_each_library_method(|_, class, method, prepared| {
            let _ = std::hint::black_box(verify::maps::compute(class, method, prepared));
            Ok(())
        })
    }

    /// Runs `work` on every method with code of the embedded class library (prepared first).
    fn for_each_library_method(
        &self,
        mut work: impl FnMut(
            &mut Env,
            &class::Class,
            &class::Method,
            &interp::prepare::Prepared,
        ) -> JResult<()>,
    ) -> Result<VerifiedLibrary> {
        self.with_env(|env| {
            let mut done = VerifiedLibrary::default();
            let result = (|| -> JResult<()> {
                for name in cortado_stdlib::class_names() {
                    let id = loader::resolve_class(env, name, LoaderId::Boot)?;
                    let class = env.class(id);
                    done.classes += 1;
                    for method in &class.methods {
                        if method.is_native() || method.is_abstract() {
                            continue;
                        }
                        let prepared = interp::call::prepared(env, method)?;
                        work(env, &class, method, &prepared)?;
                        done.methods += 1;
                        done.code_bytes += class
                            .file
                            .as_ref()
                            .and_then(|f| f.methods[method.index_in_class as usize].code())
                            .map_or(0, |c| c.code.len());
                    }
                }
                Ok(())
            })();
            result.map_err(|throw| escaped(env, throw))?;
            Ok(done)
        })
    }

    /// A handle that stops the guest from another host thread (see [`InterruptHandle`]).
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            shared: std::sync::Arc::downgrade(&self.shared),
        }
    }

    /// Runs `work` on the host thread with the VM lock held; a stopped VM runs nothing.
    fn with_env<R>(&self, work: impl FnOnce(&mut Env) -> Result<R>) -> Result<R> {
        let mut thread = self.host_thread.lock();
        let mut guard = self.shared.state.lock();
        let mut env = Env {
            vm: &mut guard,
            thread: &mut thread,
            shared: &self.shared,
        };
        if let Some(Throw::Stopped(reason)) = env.halt() {
            return Err(Error::Stopped(reason));
        }
        // Under deterministic scheduling the host's thread takes its turn while in the VM.
        env.enter_vm();
        let result = work(&mut env);
        env.leave_vm();
        result
    }
}

/// What [`Vm::verify_class_library`] verified.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VerifiedLibrary {
    pub classes: usize,
    pub methods: usize,
    /// Bytes of bytecode.
    pub code_bytes: usize,
}

/// Counters of a VM's work ([`Vm::statistics`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statistics {
    /// Steps (backward branches and calls) taken, counted at safepoint polls (in units of 256).
    pub steps: u64,
    /// Of `steps`, those taken in compiled code (the share of the work that ran compiled):
    /// the steps the interpreter did not count (compiled code does not count its own, which
    /// would cost it a memory update per step).
    pub compiled_steps: u64,
    pub allocated_bytes: u64,
    pub collections: u64,
    pub collection_time: std::time::Duration,
    pub loaded_classes: usize,
    /// Java threads alive (the host's included).
    pub threads: usize,
    /// Methods compiled to machine code (a recompiled method counts again).
    pub compiled_methods: usize,
    /// Bytes of machine code installed, replaced code included (it is never freed): what
    /// [`VmOptions::max_code_bytes`] caps.
    pub code_bytes: usize,
    /// The code cache filled up and the compiler was disabled.
    pub code_cache_full: bool,
    /// Time Java threads spent compiling: building IR, installing code, and generating it when
    /// compilation is synchronous (`-Xcomp`, `-Xbatch`). The program waited that long.
    pub compile_pause: std::time::Duration,
    /// Time the compiler threads spent generating code (background compilation), while the
    /// program ran on.
    pub background_compile_time: std::time::Duration,
}

/// Stops a running VM from any host thread: every guest thread unwinds at its next safepoint
/// or wait (sleeping and waiting threads wake at once), and the call running in the VM
/// returns [`Error::Stopped`]. The VM cannot run guest code afterwards.
#[derive(Clone)]
pub struct InterruptHandle {
    shared: std::sync::Weak<VmShared>,
}

impl InterruptHandle {
    pub fn interrupt(&self) {
        if let Some(shared) = self.shared.upgrade() {
            shared
                .interrupt
                .store(true, std::sync::atomic::Ordering::Relaxed);
            shared.changed.notify_all();
        }
    }
}

impl Drop for Vm {
    /// Ends the VM's threads: each unwinds at its next safepoint or wait (blocking socket,
    /// process and stdin reads wait in slices and notice it); the drop waits for them, up to a
    /// few seconds.
    fn drop(&mut self) {
        let host: *const JavaThread = &**self.host_thread.get_mut();
        let mut state = self.shared.state.lock();
        state.threads.retain(|t| !std::ptr::eq(t.0, host));
        if state.threads.is_empty() {
            return;
        }
        if state.halt.is_none() {
            state.halt = Some(vm::Halt::Stop(StopReason::Interrupted));
        }
        self.shared.changed.notify_all();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while !state.threads.is_empty() && std::time::Instant::now() < deadline {
            self.shared.changed.wait_until(&mut state, deadline);
        }
    }
}

fn startup_error(env: &mut Env, throw: Throw) -> Error {
    match throw {
        Throw::Exception => {
            let exception = env.thread.pending_exception;
            let class = objects::class_of(env.vm, exception);
            Error::Startup(format!(
                "exception {} during start-up",
                env.class(class).java_name()
            ))
        }
        Throw::Exit(status) => Error::Exit(status),
        Throw::Stopped(reason) => Error::Stopped(reason),
        Throw::Fatal(message) => Error::Startup(message),
    }
}

/// Loads the core classes, fills in the well-known layout, creates the main thread object and
/// runs `System.initPhase1`.
fn boot(env: &mut Env) -> JResult<()> {
    let object = loader::system_class(env, "java/lang/Object")?;
    let class = loader::system_class(env, "java/lang/Class")?;
    let string = loader::system_class(env, "java/lang/String")?;
    let error = loader::system_class(env, "java/lang/Error")?;
    let cloneable = loader::system_class(env, "java/lang/Cloneable")?;
    let throwable = loader::system_class(env, "java/lang/Throwable")?;
    let char_array = loader::resolve_class(env, "[C", LoaderId::Boot)?;
    let field_offset =
        |env: &Env, class: class::ClassId, name: &str, descriptor: &str| -> JResult<u32> {
            env.vm
                .class(class)
                .declared_field(name, descriptor)
                .filter(|f| !f.is_static())
                .map(|f| f.offset)
                .ok_or_else(|| {
                    Throw::Fatal(format!("class library lacks field {name} {descriptor}"))
                })
        };
    let well_known = well_known::WellKnown {
        object,
        class,
        string,
        error,
        cloneable,
        char_array,
        string_value: field_offset(env, string, "value", "[C")?,
        class_class_index: field_offset(env, class, "classIndex", "I")?,
        throwable_backtrace: field_offset(env, throwable, "backtrace", "Ljava/lang/Object;")?,
        throwable_detail_message: field_offset(
            env,
            throwable,
            "detailMessage",
            "Ljava/lang/String;",
        )?,
        out_of_memory_error: 0,
    };
    env.vm.well_known = well_known;
    for name in ["java/lang/Object", "java/lang/String", "java/lang/Class"] {
        let id = loader::system_class(env, name)?;
        init::ensure_initialized(env, id)?;
    }
    let thread_class = loader::system_class(env, "java/lang/Thread")?;
    init::ensure_initialized(env, thread_class)?;
    let new_main_thread = lookup_method(env, thread_class, "newMainThread", "()Ljava/lang/Thread;")
        .ok_or_else(|| Throw::Fatal("Thread.newMainThread is missing".into()))?;
    env.thread.thread_object = call_method(env, &new_main_thread, &[])? as cortado_gc::Ref;
    let oom =
        exceptions::new_exception(env, "java/lang/OutOfMemoryError", Some("Java heap space"))?;
    env.vm.well_known.out_of_memory_error = env.vm.add_global(oom);
    let system = loader::system_class(env, "java/lang/System")?;
    init::ensure_initialized(env, system)?;
    let init_phase1 = lookup_method(env, system, "initPhase1", "()V")
        .ok_or_else(|| Throw::Fatal("System.initPhase1 is missing".into()))?;
    call_method(env, &init_phase1, &[])?;
    Ok(())
}

fn run_main(env: &mut Env, main_class: &str, args: &[String]) -> Result<()> {
    let internal = main_class.replace('.', "/");
    let class = match loader::load_class(env, &internal, LoaderId::App) {
        Ok(Some(class)) => class,
        Ok(None) => {
            return Err(Error::MainClassNotFound {
                class: main_class.to_owned(),
                cause: format!("java.lang.ClassNotFoundException: {main_class}"),
            })
        }
        Err(Throw::Exception) => return Err(main_class_error(env, main_class)),
        Err(throw) => return Err(report(env, throw)),
    };
    let Some((main, takes_args)) = find_main_method(env, class) else {
        // JDK 17's launcher finds a public main(String[]) whatever its return type (as
        // `Class.getMethod` does), inherited too, then requires it to be static and void.
        // (Java 25's launcher, for class files of its version, reports every such method as
        // not found.)
        let c = env.class(class);
        let before_jep_512 = c.file.as_ref().is_none_or(|f| f.major_version < 69);
        let public_main = c
            .supers
            .iter()
            .rev()
            .filter(|_| before_jep_512)
            .find_map(|&ancestor| {
                env.class(ancestor)
                    .methods
                    .iter()
                    .find(|m| {
                        m.name == "main"
                            && m.descriptor.starts_with("([Ljava/lang/String;)")
                            && m.access_flags & cortado_classfile::access::PUBLIC != 0
                    })
                    .cloned()
                    .map(|m| (m, ancestor))
            });
        // The messages name the class that declares the method.
        let declaring = |ancestor| env.class(ancestor).name.replace('/', ".");
        return Err(match public_main {
            Some((m, ancestor)) if !m.is_static() => {
                Error::MainMethodNotStatic(declaring(ancestor))
            }
            Some((m, ancestor)) if !m.descriptor.ends_with(")V") => {
                Error::MainMethodNotVoid(declaring(ancestor))
            }
            _ => Error::MainMethodNotFound(main_class.to_owned()),
        });
    };
    if !main.is_static() {
        // The JDK launcher's own checks (and messages) for a class it must instantiate.
        let c = env.class(class);
        if c.is_abstract() {
            return Err(Error::Configuration(format!(
                "abstract class {main_class} can not be instantiated\nplease use a concrete class"
            )));
        }
        if c.declared_method("<init>", "()V")
            .is_none_or(|init| init.is_private())
        {
            return Err(Error::Configuration(format!(
                "no non-private zero argument constructor found in class {main_class}\n\
                 remove private from existing constructor or define as:\n   public {main_class}()"
            )));
        }
    }
    // The launcher links the main class before calling it: a verification failure is reported
    // as the launcher's error, not as an exception in `main`.
    if let Err(throw) = init::link(env, class) {
        return Err(match throw {
            Throw::Exception => {
                let exception = env.thread.pending_exception;
                env.thread.pending_exception = NULL;
                let description = exceptions::describe(env, exception);
                let cause = match &description.message {
                    Some(message) => format!("{}: {message}", description.class_name),
                    None => description.class_name.clone(),
                };
                Error::MainClassInit {
                    class: main_class.to_owned(),
                    cause,
                }
            }
            other => escaped(env, other),
        });
    }
    let result = (|| -> JResult<()> {
        // From here on the main thread's identity hashes are those `java` gives (see
        // `identity_hash`), whatever the class library took before.
        env.thread.hash_state = identity_hash::HashState::main_thread();
        // The main class's `Class` object has the last of the start-up's hashes (HotSpot
        // links it before `main`); hashes drawn for classes linked before are not HotSpot's.
        env.vm.mirror_hashes.clear();
        env.vm.hash_linked.insert(class);
        let main_hash = identity_hash::HashState::main_class_hash();
        match env.vm.mirrors[class as usize] {
            NULL => {
                env.vm.mirror_hashes.insert(class, main_hash);
            }
            mirror => {
                let mark = env.vm.heap.mark(mirror);
                env.vm
                    .heap
                    .set_mark(mirror, cortado_gc::header::with_hash(mark, main_hash));
            }
        }
        init::ensure_initialized(env, class)?;
        let string_array = loader::resolve_class(env, "[Ljava/lang/String;", LoaderId::Boot)?;
        let array = objects::new_array(env, string_array, args.len() as i32)?;
        let handle = env.thread.handle(array);
        for (i, arg) in args.iter().enumerate() {
            let string = objects::new_string(env, arg)?;
            let array = env.thread.get(handle);
            env.vm.heap.write_ref(
                array,
                objects::element_offset(BasicType::Reference, i),
                string,
            );
        }
        let mut call_args = Vec::with_capacity(2);
        if !main.is_static() {
            // An instance main (JEP 512): the launcher creates the instance with the class's
            // non-private no-argument constructor, after the arguments array, as the JDK does.
            let constructor = env
                .class(class)
                .declared_method("<init>", "()V")
                .filter(|c| !c.is_private())
                .cloned()
                .ok_or_else(|| {
                    Throw::Fatal(format!(
                        "no non-private zero argument constructor found in class {main_class}"
                    ))
                })?;
            let instance = objects::new_instance(env, class)?;
            let instance_handle = env.thread.handle(instance);
            call_method(env, &constructor, &[instance as u64])?;
            call_args.push(env.thread.get(instance_handle) as u64);
        }
        if takes_args {
            call_args.push(env.thread.get(handle) as u64);
        }
        call_method(env, &main, &call_args)?;
        Ok(())
    })();
    env.thread.handles.clear();
    match result {
        Ok(()) => match threads::wait_for_non_daemon_threads(env) {
            Some(halt) => Err(escaped(env, halt)),
            None => exit_sequence(env, 0),
        },
        Err(throw) => {
            let error = report(env, throw);
            if !matches!(error, Error::Exception(_)) {
                return Err(error);
            }
            // The JVM waits for the other non-daemon threads even after `main` failed, then
            // runs the shutdown hooks.
            if let Some(halt) = threads::wait_for_non_daemon_threads(env) {
                return Err(escaped(env, halt));
            }
            let _ = exit_sequence(env, 1);
            Err(error)
        }
    }
}

/// The main method the launcher runs and whether it takes the arguments array. A static
/// `main(String[])` declared by the class comes first, as before Java 25; otherwise, for class
/// files of Java 25 or later, JDK 25's launch protocol (JEP 512): a non-private
/// `main(String[])`, then `main()`, declared or inherited, static or instance. Older class
/// files keep JDK 17's rule (HotSpot 17 is their reference): the static `main(String[])` only.
fn find_main_method(
    env: &Env,
    class: class::ClassId,
) -> Option<(std::sync::Arc<class::Method>, bool)> {
    /// Java 25's class-file version.
    const JEP_512_VERSION: u16 = 69;
    let c = env.class(class);
    // JDK 17's launcher takes `Class.getMethod("main", String[].class)`: a public method,
    // declared or inherited from a superclass, which must be static.
    let public_main = c.supers.iter().rev().find_map(|&ancestor| {
        env.class(ancestor)
            .declared_method("main", "([Ljava/lang/String;)V")
            .filter(|m| m.access_flags & cortado_classfile::access::PUBLIC != 0)
            .cloned()
    });
    if let Some(main) = public_main.filter(|m| m.is_static()) {
        return Some((main, true));
    }
    if c.file
        .as_ref()
        .is_none_or(|f| f.major_version < JEP_512_VERSION)
    {
        return None;
    }
    [("([Ljava/lang/String;)V", true), ("()V", false)]
        .into_iter()
        .find_map(|(descriptor, takes_args)| {
            lookup_method(env, class, "main", descriptor)
                .filter(|m| !m.is_private() && !m.is_abstract())
                .map(|m| (m, takes_args))
        })
}

/// How the launcher reports a main class that failed to load: a NoClassDefFoundError (a
/// wrong name) as not found, any other LinkageError as such.
fn main_class_error(env: &mut Env, main_class: &str) -> Error {
    let exception = env.thread.pending_exception;
    env.thread.pending_exception = NULL;
    let description = exceptions::describe(env, exception);
    let cause = match &description.message {
        Some(message) => format!("{}: {message}", description.class_name),
        None => description.class_name.clone(),
    };
    let class = main_class.to_owned();
    if description.class_name == "java.lang.NoClassDefFoundError" {
        Error::MainClassNotFound { class, cause }
    } else {
        Error::MainClassLinkage { class, cause }
    }
}

/// Turns a `Throw` that escaped a host call into the host's error, without printing.
pub(crate) fn escaped(env: &mut Env, throw: Throw) -> Error {
    match throw {
        Throw::Exit(status) => Error::Exit(status),
        Throw::Stopped(reason) => Error::Stopped(reason),
        Throw::Fatal(message) => Error::Internal(message),
        Throw::Exception => {
            let exception = env.thread.pending_exception;
            env.thread.pending_exception = NULL;
            Error::Exception(Box::new(exceptions::describe(env, exception)))
        }
    }
}

/// After `main` returns: run the shutdown sequence (hooks) as `DestroyJavaVM` does.
fn exit_sequence(env: &mut Env, _status: i32) -> Result<()> {
    let Ok(Some(shutdown)) = loader::load_class(env, "java/lang/Shutdown", LoaderId::Boot) else {
        return Ok(());
    };
    let Some(method) = lookup_method(env, shutdown, "shutdown", "()V") else {
        return Ok(());
    };
    match call_method(env, &method, &[]) {
        Ok(_) => Ok(()),
        Err(throw) => Err(report(env, throw)),
    }
}

/// Turns an escaped `Throw` into the host error, printing an uncaught exception the way the
/// JDK's `Thread.dispatchUncaughtException` does.
fn report(env: &mut Env, throw: Throw) -> Error {
    match throw {
        Throw::Exit(status) => Error::Exit(status),
        Throw::Stopped(reason) => Error::Stopped(reason),
        Throw::Fatal(message) => Error::Internal(message),
        Throw::Exception => {
            let exception = env.thread.pending_exception;
            env.thread.pending_exception = NULL;
            let handle = env.thread.handle(exception);
            let description = exceptions::describe(env, exception);
            let thread_object = env.thread.thread_object;
            let thread_class = objects::class_of(env.vm, thread_object);
            if let Some(dispatch) = lookup_method(
                env,
                thread_class,
                "dispatchUncaughtException",
                "(Ljava/lang/Throwable;)V",
            ) {
                let exception = env.thread.get(handle);
                match call_method(env, &dispatch, &[thread_object as u64, exception as u64]) {
                    Ok(_) => {}
                    Err(Throw::Exit(status)) => return Error::Exit(status),
                    Err(Throw::Stopped(reason)) => return Error::Stopped(reason),
                    Err(Throw::Exception) => threads::report_handler_exception(env),
                    Err(_) => {}
                }
            }
            Error::Exception(Box::new(description))
        }
    }
}

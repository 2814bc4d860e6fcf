//! Per-VM limits (fuel, deadline, host interrupts; heap, stack, thread, class, output and
//! code-cache caps) and the per-VM counters. Fuel, deadlines and interrupts stop the guest
//! cleanly, whatever it does (loops, catches Throwable, sleeps, waits, runs threads, blocks in
//! sockets, processes or files), and leave the VM refusing further work.

use std::process::Command;
use std::time::{Duration, Instant};

use cortado_runtime::{Compilation, Error, StopReason, Value, Vm, VmOptions};

const SOURCE: &str = r#"
public class Guest {
    static volatile long counter;
    public static long spin() { while (true) counter++; }
    public static long stubborn() {
        while (true) {
            try { while (true) counter++; } catch (Throwable t) { counter = -1; }
        }
    }
    public static long sleepy() throws Exception { Thread.sleep(60_000); return 1; }
    public static long waiting() throws Exception { Object o = new Object(); synchronized (o) { o.wait(); } return 2; }
    public static long threads() throws Exception {
        for (int i = 0; i < 3; i++) new Thread(() -> { while (true) counter++; }).start();
        Thread.sleep(60_000);
        return 3;
    }
    public static int startMany() {
        int started = 0;
        try {
            for (int i = 0; i < 10; i++) {
                new Thread(() -> { try { Thread.sleep(200); } catch (InterruptedException e) {} }).start();
                started++;
            }
        } catch (OutOfMemoryError e) {
            return started;
        }
        return -started;
    }
    public static int answer() { return 42; }
    public static long accepting() throws Exception {
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress()).accept();
        return 5;
    }
    public static long reading() throws Exception {
        java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        java.net.Socket client = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.getLocalPort());
        java.net.Socket peer = server.accept();
        return client.getInputStream().read();
    }
    public static long waitingForProcess() throws Exception {
        return new ProcessBuilder("sleep", "60").start().waitFor();
    }
    public static long readingProcess() throws Exception {
        return new ProcessBuilder("sleep", "60").start().getInputStream().read();
    }
    // Other threads run while one is blocked in accept: the VM lock is released around it.
    public static long othersRunWhileOneBlocks() throws Exception {
        java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        Thread blocked = new Thread(() -> { try { server.accept(); } catch (Exception e) { counter = -100; } });
        blocked.setDaemon(true);
        blocked.start();
        while (blocked.getState() != Thread.State.RUNNABLE) Thread.yield();
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) sum += i % 7;
        server.close();
        blocked.join();
        return sum + counter;
    }
    // Each dimension is a class of its own; catching Throwable must not get past the cap.
    public static long manyClasses() {
        StringBuilder name = new StringBuilder("I");
        long loaded = 0;
        for (int i = 0; i < 200; i++) {
            name.insert(0, '[');
            try { Class.forName(name.toString()); loaded++; } catch (Throwable t) { loaded = -1; }
        }
        return loaded;
    }
    public static long chatty() {
        long lines = 0;
        while (true) {
            try { System.out.println("line " + lines++); } catch (Throwable t) { lines = -1; }
        }
    }
    // Pure integer code: compiled (with -Xcomp at its first call), it never leaves machine code.
    static int pureSpin(int x) { while (true) { x = x * 31 + 7; } }
    public static long compiledSpin() { return pureSpin(1); }
    static int work(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }
    static int rec(int n) { return n < 2 ? n : rec(n - 1) + rec(n - 2); }
    public static long mixed() {
        long t = 0;
        for (int i = 0; i < 3000; i++) t += work(i % 100) + rec(i % 15);
        return t;
    }
    public static long compiledThreads() throws Exception {
        for (int i = 0; i < 2; i++) new Thread(() -> pureSpin(2)).start();
        Thread.sleep(60_000);
        return 4;
    }
    public static long readFifo(String path) throws Exception {
        try (java.io.FileInputStream in = new java.io.FileInputStream(path)) { return in.read(); }
    }
    public static long writeFifo(String path) throws Exception {
        try (java.io.FileOutputStream out = new java.io.FileOutputStream(path)) { out.write(1); }
        return 6;
    }
    // One thread blocks reading a FIFO while this one runs, then writes what it waits for:
    // with the VM lock held across the read, this would never get to write.
    public static long othersRunWhileOneReadsAFile(String path) throws Exception {
        long[] got = {-2, -2};
        Thread reader = new Thread(() -> {
            try (java.io.FileInputStream in = new java.io.FileInputStream(path)) {
                got[0] = in.read();
                got[1] = in.read();
            } catch (Exception e) { got[0] = -3; }
        });
        reader.start();
        long sum = 0;
        // Opening for writing waits for the reader to open its end.
        try (java.io.FileOutputStream out = new java.io.FileOutputStream(path)) {
            for (int i = 0; i < 2_000_000; i++) sum += i % 7;
            out.write(42);
        }
        reader.join();
        return sum * 1000 + got[0] * 10 + (got[1] == -1 ? 1 : 0);
    }
    public static String lookUp(String name) {
        try { return java.net.InetAddress.getByName(name).getHostAddress(); }
        catch (java.net.UnknownHostException e) { return "unknown"; }
    }
    public static long hoard() {
        java.util.List<long[]> kept = new java.util.ArrayList<>();
        try { while (true) kept.add(new long[100_000]); }
        catch (OutOfMemoryError e) { long n = kept.size(); kept.clear(); return n; }
    }
    public static long hoardForever() {
        java.util.List<long[]> kept = new java.util.ArrayList<>();
        while (true) kept.add(new long[100_000]);
    }
    static long depth;
    static void down() { depth++; down(); }
    public static long deepest() {
        depth = 0;
        try { down(); } catch (StackOverflowError e) { }
        return depth;
    }
    public static long fuelSwallower() {
        long rounds = 0;
        while (true) {
            try { while (true) counter++; } catch (Throwable t) { rounds++; }
        }
    }
    public static long churn() {
        long kept = 0;
        for (int i = 0; i < 200_000; i++) { byte[] b = new byte[64]; kept += b.length; }
        return kept + mixed();
    }
    public static int background() {
        Thread t = new Thread(() -> { while (true) counter++; });
        t.setDaemon(true);
        t.start();
        Thread s = new Thread(() -> { try { Thread.sleep(60_000); } catch (InterruptedException e) {} });
        s.start();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20000; i++) b.append(i);
        return b.length();
    }
}
"#;

/// The deadline of the tests that are stopped by one. It counts from the VM's creation, so
/// it leaves room for start-up on a loaded machine (the whole suite runs tests in parallel).
const DEADLINE_MS: u64 = 1500;

/// The compiled guest, compiled once per test binary (javac takes about a second).
fn guest() -> Vec<u8> {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(compile_guest).clone()
}

fn compile_guest() -> Vec<u8> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("cortado-limits-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Guest.java"), SOURCE).unwrap();
    assert!(Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Guest.java"))
        .status()
        .unwrap()
        .success());
    let bytes = std::fs::read(dir.join("Guest.class")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    bytes
}

fn vm(configure: impl FnOnce(&mut VmOptions)) -> Vm {
    let mut options = VmOptions::default();
    options.classes.push(("Guest".into(), guest()));
    configure(&mut options);
    Vm::new(options).expect("the VM starts")
}

fn call(vm: &Vm, method: &str) -> cortado_runtime::Result<Value> {
    vm.call_static("Guest", method, "()J", &[])
}

#[test]
fn fuel_stops_an_endless_loop_and_the_vm_stays_stopped() {
    let vm = vm(|o| o.fuel = Some(2_000_000));
    assert_eq!(
        call(&vm, "spin"),
        Err(Error::Stopped(StopReason::FuelExhausted))
    );
    assert_eq!(
        vm.call_static("Guest", "answer", "()I", &[]),
        Err(Error::Stopped(StopReason::FuelExhausted))
    );
}

#[test]
fn limits_stop_compiled_code() {
    let fueled = vm(|o| {
        o.fuel = Some(2_000_000);
        o.compilation = Compilation::Eager;
    });
    assert_eq!(
        call(&fueled, "compiledSpin"),
        Err(Error::Stopped(StopReason::FuelExhausted))
    );
    assert!(fueled.statistics().compiled_methods >= 1);
    let timed = vm(|o| {
        o.deadline = Some(Duration::from_millis(DEADLINE_MS));
        o.compilation = Compilation::Eager;
    });
    assert_eq!(
        call(&timed, "compiledSpin"),
        Err(Error::Stopped(StopReason::DeadlineExceeded))
    );
    // Compiled loops on other threads still hand over the VM lock and see the interrupt.
    let threaded = vm(|o| o.compilation = Compilation::Eager);
    let handle = threaded.interrupt_handle();
    let interrupter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        handle.interrupt();
    });
    let started = Instant::now();
    assert_eq!(
        call(&threaded, "compiledThreads"),
        Err(Error::Stopped(StopReason::Interrupted))
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    interrupter.join().unwrap();
}

/// One step counter for both tiers: the same work costs the same steps (and so the same fuel)
/// interpreted and compiled, and in tiered mode whenever the code arrives (synchronously, or
/// from the compiler thread at a poll).
#[test]
fn compiled_code_counts_steps_like_the_interpreter() {
    let mut counts = Vec::new();
    for (compilation, background) in [
        (Compilation::Off, true),
        (Compilation::Eager, true),
        (Compilation::Tiered { threshold: 10 }, true),
        (Compilation::Tiered { threshold: 10 }, false),
    ] {
        let vm = vm(|o| {
            o.compilation = compilation;
            o.background_compilation = background;
        });
        let before = vm.statistics().steps;
        let result = call(&vm, "mixed").unwrap();
        counts.push((result, vm.statistics().steps - before));
    }
    for (i, count) in counts.iter().enumerate().skip(1) {
        assert_eq!(
            &counts[0], count,
            "(result, steps) interpreted vs compiled ({i})"
        );
    }
    assert!(counts[0].1 > 100_000, "{counts:?}");
}

#[test]
fn deadline_stops_a_guest_that_catches_throwable() {
    let vm = vm(|o| o.deadline = Some(Duration::from_millis(DEADLINE_MS)));
    let started = Instant::now();
    assert_eq!(
        call(&vm, "stubborn"),
        Err(Error::Stopped(StopReason::DeadlineExceeded))
    );
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn deadline_wakes_sleeping_and_waiting_guests() {
    for method in ["sleepy", "waiting"] {
        let vm = vm(|o| o.deadline = Some(Duration::from_millis(DEADLINE_MS)));
        let started = Instant::now();
        assert_eq!(
            call(&vm, method),
            Err(Error::Stopped(StopReason::DeadlineExceeded)),
            "{method}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{method} took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn host_interrupt_stops_every_guest_thread() {
    let vm = vm(|_| {});
    let handle = vm.interrupt_handle();
    let interrupter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        handle.interrupt();
    });
    let started = Instant::now();
    assert_eq!(
        call(&vm, "threads"),
        Err(Error::Stopped(StopReason::Interrupted))
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    interrupter.join().unwrap();
}

#[test]
fn class_cap_stops_the_guest() {
    let probe = vm(|_| {});
    let booted = probe.statistics().loaded_classes;
    drop(probe);
    // Room for what the call itself loads (Guest, StringBuilder's helpers...), not for 200
    // array classes.
    let vm = vm(|o| o.max_classes = Some(booted + 40));
    assert_eq!(
        call(&vm, "manyClasses"),
        Err(Error::Stopped(StopReason::ClassLimit))
    );
    assert!(vm.statistics().loaded_classes <= booted + 40);
    assert_eq!(
        vm.call_static("Guest", "answer", "()I", &[]),
        Err(Error::Stopped(StopReason::ClassLimit))
    );
    // Without the cap the same call succeeds.
    assert_eq!(call(&self::vm(|_| {}), "manyClasses"), Ok(Value::Long(200)));
}

#[test]
fn output_cap_stops_the_guest_after_exactly_that_many_bytes() {
    let out = cortado_runtime::Captured::new();
    let vm = vm(|o| {
        o.max_output_bytes = Some(1000);
        o.capabilities.stdout = cortado_runtime::Output::Capture(out.clone());
    });
    assert_eq!(
        call(&vm, "chatty"),
        Err(Error::Stopped(StopReason::OutputLimit))
    );
    let written = out.contents();
    assert_eq!(written.len(), 1000);
    assert!(written.starts_with(b"line 0\nline 1\n"));
}

#[test]
fn stops_reach_threads_blocked_on_sockets_and_processes() {
    use cortado_runtime::{Capabilities, NetRule};
    let grant = |o: &mut VmOptions| {
        o.capabilities = Capabilities {
            listen: vec![NetRule::any()],
            connect: vec![NetRule::any()],
            processes: true,
            ..Capabilities::default()
        }
    };
    for method in [
        "accepting",
        "reading",
        "waitingForProcess",
        "readingProcess",
    ] {
        let vm = vm(|o| {
            grant(o);
            o.deadline = Some(Duration::from_millis(DEADLINE_MS));
        });
        let started = Instant::now();
        assert_eq!(
            call(&vm, method),
            Err(Error::Stopped(StopReason::DeadlineExceeded)),
            "{method}"
        );
        assert!(started.elapsed() < Duration::from_secs(10), "{method}");
        // The host's interrupt reaches them too.
        let vm = vm_with(grant);
        let handle = vm.interrupt_handle();
        let interrupter = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            handle.interrupt();
        });
        assert_eq!(
            call(&vm, method),
            Err(Error::Stopped(StopReason::Interrupted)),
            "{method}"
        );
        interrupter.join().unwrap();
    }
    let vm = vm_with(grant);
    // Closing the server ends the blocked accept with a SocketException (counter -100).
    let expected: i64 = (0..2_000_000i64).map(|i| i % 7).sum::<i64>() - 100;
    assert_eq!(
        call(&vm, "othersRunWhileOneBlocks"),
        Ok(Value::Long(expected))
    );
}

fn vm_with(configure: impl FnOnce(&mut VmOptions)) -> Vm {
    vm(configure)
}

#[test]
fn thread_cap_makes_start_fail_like_hotspot() {
    let vm = vm(|o| o.max_threads = Some(4));
    assert_eq!(
        vm.call_static("Guest", "startMany", "()I", &[]),
        Ok(Value::Int(3))
    );
}

#[test]
fn dropping_a_vm_ends_its_threads_and_statistics_count_work() {
    let vm = vm(|o| o.gc_stress_bytes = Some(64 * 1024));
    assert!(matches!(
        vm.call_static("Guest", "background", "()I", &[]),
        Ok(Value::Int(_))
    ));
    let statistics = vm.statistics();
    assert_eq!(statistics.threads, 3);
    assert!(
        statistics.collections > 0 && statistics.allocated_bytes > 100_000,
        "{statistics:?}"
    );
    assert!(statistics.loaded_classes > 20, "{statistics:?}");
    let started = Instant::now();
    drop(vm);
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "drop took {:?}",
        started.elapsed()
    );
}

/// A FIFO in a fresh directory (removed when the guard drops).
struct Fifo(std::path::PathBuf);

impl Fifo {
    fn new(tag: &str) -> Fifo {
        let dir = std::env::temp_dir().join(format!(
            "cortado-fifo-{}-{tag}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("fifo");
        assert!(Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap()
            .success());
        Fifo(path)
    }

    fn path(&self) -> Value {
        Value::String(self.0.display().to_string())
    }
}

impl Drop for Fifo {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn grant_files(o: &mut VmOptions, fifo: &Fifo) {
    let dir = fifo.0.parent().unwrap().to_owned();
    o.capabilities.write_dirs.push(dir);
}

/// Runs `work` on its own thread and fails (instead of hanging) if it takes over `limit`.
fn within<T: Send + 'static>(limit: Duration, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    receiver
        .recv_timeout(limit)
        .expect("the guest hung: a blocked file read kept the VM lock")
}

#[test]
fn other_threads_run_while_one_is_blocked_in_a_file_read() {
    let result = within(Duration::from_secs(60), || {
        let fifo = Fifo::new("others");
        let vm = vm(|o| grant_files(o, &fifo));
        vm.call_static(
            "Guest",
            "othersRunWhileOneReadsAFile",
            "(Ljava/lang/String;)J",
            &[fifo.path()],
        )
    });
    let sum: i64 = (0..2_000_000i64).map(|i| i % 7).sum();
    assert_eq!(result, Ok(Value::Long(sum * 1000 + 421)));
}

#[test]
fn stops_reach_threads_blocked_in_file_reads_and_opens() {
    for method in ["readFifo", "writeFifo"] {
        let outcome = within(Duration::from_secs(30), move || {
            let fifo = Fifo::new(method);
            // The deadline reaches a guest that waits for a FIFO's other end for good.
            let vm = vm(|o| {
                grant_files(o, &fifo);
                o.deadline = Some(Duration::from_millis(DEADLINE_MS));
            });
            let started = Instant::now();
            let timed = vm.call_static("Guest", method, "(Ljava/lang/String;)J", &[fifo.path()]);
            let took = started.elapsed();
            // So does the host's interrupt.
            let vm = vm_with(|o| grant_files(o, &fifo));
            let handle = vm.interrupt_handle();
            let interrupter = std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(200));
                handle.interrupt();
            });
            let interrupted =
                vm.call_static("Guest", method, "(Ljava/lang/String;)J", &[fifo.path()]);
            interrupter.join().unwrap();
            (timed, took, interrupted)
        });
        let (timed, took, interrupted) = outcome;
        assert_eq!(
            timed,
            Err(Error::Stopped(StopReason::DeadlineExceeded)),
            "{method}"
        );
        assert!(took < Duration::from_secs(10), "{method} took {took:?}");
        assert_eq!(
            interrupted,
            Err(Error::Stopped(StopReason::Interrupted)),
            "{method}"
        );
    }
}

/// Name lookups run on a helper thread, waited for in slices; a name that cannot resolve
/// (the `.invalid` domain never does) is an UnknownHostException.
#[test]
fn name_lookups_run_without_the_vm_lock() {
    let vm = vm(|o| o.capabilities.connect.push(cortado_runtime::NetRule::any()));
    let look_up = |name: &str| {
        vm.call_static(
            "Guest",
            "lookUp",
            "(Ljava/lang/String;)Ljava/lang/String;",
            &[Value::String(name.into())],
        )
    };
    assert_eq!(look_up("localhost"), Ok(Value::String("127.0.0.1".into())));
    assert_eq!(look_up("10.1.2.3"), Ok(Value::String("10.1.2.3".into())));
    assert_eq!(
        look_up("no-such-host.invalid"),
        Ok(Value::String("unknown".into()))
    );
}

/// The code cache cap: once the compiled code would exceed it, the compiler is disabled
/// (with HotSpot's warning, once) and the guest runs on, interpreted, to the same result.
#[test]
fn a_full_code_cache_disables_the_compiler_and_the_guest_runs_on() {
    let unlimited = vm(|o| {
        o.compilation = Compilation::Eager;
        o.max_code_bytes = None;
    });
    let expected = call(&unlimited, "mixed").unwrap();
    let all = unlimited.statistics();
    assert!(
        all.compiled_methods >= 3 && all.code_bytes > 0 && !all.code_cache_full,
        "{all:?}"
    );
    for cap in [all.code_bytes / 2, 0] {
        let errors = cortado_runtime::Captured::new();
        let capped = vm(|o| {
            o.compilation = Compilation::Eager;
            o.max_code_bytes = Some(cap);
            o.capabilities.stderr = cortado_runtime::Output::Capture(errors.clone());
        });
        assert_eq!(call(&capped, "mixed"), Ok(expected.clone()), "cap {cap}");
        // Later calls still run (interpreted where there is no code).
        assert_eq!(call(&capped, "mixed"), Ok(expected.clone()), "cap {cap}");
        let statistics = capped.statistics();
        assert!(statistics.code_cache_full, "cap {cap}: {statistics:?}");
        assert!(statistics.code_bytes <= cap, "cap {cap}: {statistics:?}");
        assert!(
            statistics.compiled_methods < all.compiled_methods,
            "cap {cap}: {statistics:?}"
        );
        if cap == 0 {
            assert_eq!(statistics.compiled_methods, 0);
        }
        let text = String::from_utf8(errors.contents()).unwrap();
        assert_eq!(
            text,
            "Cortado VM warning: CodeCache is full. Compiler has been disabled.\n\
             Cortado VM warning: Try increasing the code cache size using -XX:ReservedCodeCacheSize=\n",
            "cap {cap}"
        );
    }
}

/// The heap cap: a guest that hoards memory gets OutOfMemoryError, may catch it and go on;
/// uncaught, it comes back to the host as that exception. The host is unaffected.
#[test]
fn the_heap_cap_throws_out_of_memory_error() {
    let vm = vm(|o| {
        o.max_heap_bytes = 16 << 20;
        o.initial_heap_bytes = Some(16 << 20);
    });
    match call(&vm, "hoard") {
        // 16 MiB hold fewer than twenty arrays of 800 KB.
        Ok(Value::Long(n)) => assert!((1..20).contains(&n), "{n} arrays"),
        other => panic!("{other:?}"),
    }
    // The guest goes on after catching it.
    assert_eq!(
        vm.call_static("Guest", "answer", "()I", &[]),
        Ok(Value::Int(42))
    );
    match call(&vm, "hoardForever") {
        Err(Error::Exception(e)) => assert_eq!(e.class_name, "java.lang.OutOfMemoryError"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        vm.call_static("Guest", "answer", "()I", &[]),
        Ok(Value::Int(42))
    );
}

/// The Java stack size: recursion ends in a StackOverflowError the guest can catch, deeper
/// with a larger stack; in both tiers.
#[test]
fn the_stack_size_bounds_recursion() {
    let mut depths = Vec::new();
    for (stack, compilation) in [
        (256 << 10, Compilation::Off),
        (4 << 20, Compilation::Off),
        (256 << 10, Compilation::Eager),
    ] {
        let vm = vm(|o| {
            o.stack_bytes = stack;
            o.compilation = compilation;
        });
        match call(&vm, "deepest") {
            Ok(Value::Long(depth)) => depths.push(depth),
            other => panic!("{stack} {compilation:?}: {other:?}"),
        }
        assert_eq!(
            vm.call_static("Guest", "answer", "()I", &[]),
            Ok(Value::Int(42))
        );
    }
    assert!(depths[0] > 100 && depths[1] > 4 * depths[0], "{depths:?}");
    assert!(depths[2] > 100, "{depths:?}");
}

/// Fuel stops a guest that swallows every Throwable and starts again, interpreted and
/// compiled.
#[test]
fn fuel_stops_a_guest_that_catches_throwable() {
    for compilation in [Compilation::Off, Compilation::default(), Compilation::Eager] {
        let vm = vm(|o| {
            o.fuel = Some(5_000_000);
            o.compilation = compilation;
        });
        assert_eq!(
            call(&vm, "fuelSwallower"),
            Err(Error::Stopped(StopReason::FuelExhausted)),
            "{compilation:?}"
        );
        let steps = vm.statistics().steps;
        // Checked every 256 steps.
        assert!(
            (5_000_000..5_000_000 + 1024).contains(&steps),
            "{compilation:?}: {steps} steps"
        );
    }
}

/// Every per-VM counter, on one VM: steps (fuel on), compiled steps, allocation,
/// collections and their time, classes, threads, compiled methods and code size.
#[test]
fn per_vm_counters_count_this_vms_work() {
    let vm = vm(|o| {
        o.fuel = Some(1 << 40);
        o.compilation = Compilation::Tiered { threshold: 10 };
        // Compiled at the threshold, so that the counts below are certain.
        o.background_compilation = false;
        o.gc_stress_bytes = Some(256 << 10);
    });
    let other = vm_with(|_| {});
    let before = vm.statistics();
    assert!(matches!(call(&vm, "churn"), Ok(Value::Long(_))));
    let after = vm.statistics();
    assert!(after.steps > before.steps + 100_000, "{after:?}");
    assert!(
        after.compiled_steps > 0 && after.compiled_steps <= after.steps,
        "{after:?}"
    );
    assert!(
        after.allocated_bytes >= before.allocated_bytes + 200_000 * 64,
        "{after:?}"
    );
    assert!(after.collections > before.collections, "{after:?}");
    assert!(after.collection_time > before.collection_time, "{after:?}");
    assert!(after.loaded_classes >= before.loaded_classes, "{after:?}");
    assert_eq!(after.threads, 1, "{after:?}");
    assert!(
        after.compiled_methods >= 2 && after.code_bytes > 0 && !after.code_cache_full,
        "{after:?}"
    );
    // Another VM's counters are its own.
    let untouched = other.statistics();
    assert_eq!(
        (untouched.compiled_methods, untouched.code_bytes),
        (0, 0),
        "{untouched:?}"
    );
    assert!(
        untouched.allocated_bytes < after.allocated_bytes,
        "{untouched:?}"
    );
}

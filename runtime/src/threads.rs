//! Java threads: each `java.lang.Thread` runs on an OS thread of its own with its own
//! `JavaThread`. One Java thread runs at a time per VM: the VM lock is handed over at
//! safepoints (backward branches and calls, every few hundred) and released while a thread
//! waits (monitors, `wait`, `sleep`, `join`, reading stdin, sockets and processes). Under this model `volatile` and
//! the other Java memory model guarantees hold trivially (every hand-over is a full barrier).

use std::time::{Duration, Instant};

use cortado_gc::{Ref, NULL};

use crate::error::StopReason;
use crate::exceptions::throw_new;
use crate::interp::call::call_method;
use crate::interp::resolve::lookup_method;
use crate::natives::{void_result, Args, NativeRegistry};
use crate::objects::{class_of, read_value};
use crate::thread::JavaThread;
use crate::vm::{Env, Halt, JResult, ThreadPtr, Throw};

pub(crate) fn register(registry: &mut NativeRegistry) {
    registry.add("java/lang/Thread", "start0", "()V", start);
    registry.add("java/lang/Thread", "yield0", "()V", |env, _| {
        yield_lock(env);
        void_result()
    });
    registry.add("java/lang/Thread", "interrupt0", "()V", |env, _| {
        env.notify_change();
        void_result()
    });
    registry.add("java/lang/Thread", "state0", "()I", |env, args| {
        let object = args.reference(env, 0);
        let waiting = if object == env.thread.thread_object {
            None
        } else {
            #[allow(unsafe_code)]
            let found = env.vm.threads.iter().find_map(|t| {
                // SAFETY: we hold the VM lock, so every other registered thread is blocked
                // and its structure is not being changed (see `vm::ThreadPtr`, `thread_dump`).
                let thread: &JavaThread = unsafe { &*t.0 };
                (thread.thread_object == object).then_some(thread.waiting)
            });
            found.flatten()
        };
        let state = match waiting {
            Some(w) if w.starts_with("BLOCKED") => 2,
            Some(w) if w.starts_with("WAITING") => 3,
            Some(w) if w.starts_with("TIMED_WAITING") => 4,
            _ => 1,
        };
        crate::natives::int_result(state)
    });
}

fn field_offset(env: &Env, object: Ref, name: &str, descriptor: &str) -> Option<u32> {
    let mut class = Some(class_of(env.vm, object));
    while let Some(id) = class {
        let c = env.vm.class(id);
        if let Some(field) = c.declared_field(name, descriptor) {
            return Some(field.offset);
        }
        class = c.super_class;
    }
    None
}

/// The current thread's name (`Thread.name`), or "main" before its Thread object exists.
pub(crate) fn current_thread_name(env: &Env) -> String {
    let thread = env.thread.thread_object;
    if thread == NULL {
        return "main".to_owned();
    }
    let name = field_offset(env, thread, "name", "Ljava/lang/String;").map_or(NULL, |offset| {
        crate::objects::read_ref_field(env.vm, thread, offset)
    });
    if name == NULL {
        return "main".to_owned();
    }
    crate::objects::rust_string(env.vm, name)
}

/// Reads and clears the current thread's interrupt status (`Thread.interrupted`).
pub(crate) fn take_interrupt(env: &mut Env) -> bool {
    let thread = env.thread.thread_object;
    if thread == NULL {
        return false;
    }
    let Some(offset) = field_offset(env, thread, "interrupted", "Z") else {
        return false;
    };
    let set = read_value(
        env.vm,
        thread,
        offset as usize,
        crate::class::BasicType::Boolean,
    ) != 0;
    if set {
        crate::objects::write_value(
            env.vm,
            thread,
            offset as usize,
            crate::class::BasicType::Boolean,
            0,
        );
    }
    set
}

/// `Thread.sleep`: waits without the VM lock, waking for interrupts and VM exit.
pub(crate) fn sleep(env: &mut Env, millis: i64) -> JResult<()> {
    let deadline = env.vm_deadline(Duration::from_millis(millis.max(0) as u64));
    env.vm.host.flush();
    loop {
        if take_interrupt(env) {
            return Err(throw_new(
                env,
                "java/lang/InterruptedException",
                Some("sleep interrupted"),
            ));
        }
        if let Some(halt) = env.halt() {
            return Err(halt);
        }
        if env.vm_now() >= deadline {
            return Ok(());
        }
        env.thread.waiting = Some("TIMED_WAITING (sleeping)");
        env.wait_for_change(Some(deadline));
        env.thread.waiting = None;
    }
}

/// A safepoint poll, every `interp::SAFEPOINT_INTERVAL` steps: charges fuel, checks the
/// deadline, the host's interrupt and VM-wide halts, and hands the VM lock to another thread
/// if one is waiting for it (the caller's frames are synchronized and it holds no references
/// outside them).
pub(crate) fn poll(env: &mut Env, steps: u64) -> JResult<()> {
    env.vm.steps += steps;
    env.vm.interpreted_steps += std::mem::take(&mut env.thread.interpreted_steps);
    if let Some(fuel) = env.vm.fuel.as_mut() {
        if *fuel < steps {
            stop(env, StopReason::FuelExhausted);
        } else {
            *fuel -= steps;
        }
    }
    if env.vm.deadline.is_some_and(|d| Instant::now() >= d) {
        stop(env, StopReason::DeadlineExceeded);
    }
    if env
        .shared
        .interrupt
        .load(std::sync::atomic::Ordering::Relaxed)
    {
        stop(env, StopReason::Interrupted);
    }
    if let Some(halt) = env.halt() {
        return Err(halt);
    }
    if env.vm.compiler.ready() {
        // Background compilation: code the compiler thread finished is installed here.
        crate::tier::install_finished(env);
    }
    if env.deterministic() {
        env.safepoint_turn(steps);
    } else if env.vm.threads.len() > 1 {
        hand_over_when_due(env);
    }
    Ok(())
}

/// How long a running thread keeps the VM lock while others wait for it. Handing it over at
/// every poll (every 256 steps) made each poll a context switch: `ParallelTrees 18` spent
/// 8 of its 12 seconds in the kernel's wake-ups. A thread that blocks (a wait, a join,
/// host I/O) lets go at once, so the slice only divides time between threads that compute.
const TIME_SLICE: Duration = Duration::from_millis(2);

/// Polls between two reads of the clock, which ends a slice at most this many polls late.
const POLLS_PER_CLOCK_READ: u32 = 16;

/// `Thread.yield` and `Thread.onSpinWait`: the VM lock to a waiting thread now rather than
/// at the end of the slice (a spinning thread waits for another's progress). Deterministic
/// scheduling passes turns at its own polls only, so that schedules stay reproducible.
fn yield_lock(env: &mut Env) {
    if !env.deterministic() && env.vm.threads.len() > 1 {
        parking_lot::MutexGuard::bump(env.vm);
        env.thread.slice_start = Instant::now();
    }
}

/// Hands the VM lock to a waiting thread (fairly: it runs before this one takes the lock
/// again) once this thread's time slice is used up.
fn hand_over_when_due(env: &mut Env) {
    env.thread.slice_polls += 1;
    if env.thread.slice_polls < POLLS_PER_CLOCK_READ {
        return;
    }
    env.thread.slice_polls = 0;
    if env.thread.slice_start.elapsed() >= TIME_SLICE {
        parking_lot::MutexGuard::bump(env.vm);
        env.thread.slice_start = Instant::now();
    }
}

/// Stops the VM: every thread unwinds at its next safepoint or wait.
pub(crate) fn stop(env: &mut Env, reason: StopReason) {
    if env.vm.halt.is_none() {
        env.vm.halt = Some(Halt::Stop(reason));
    }
    env.notify_change();
}

/// `Thread.start0`: creates the thread's `JavaThread` (registered at once, so the collector
/// sees the Thread object) and an OS thread that runs `run()`.
fn start(env: &mut Env, args: Args) -> JResult<u64> {
    let object = args.reference(env, 0);
    let daemon = field_offset(env, object, "daemon", "Z").is_some_and(|offset| {
        read_value(
            env.vm,
            object,
            offset as usize,
            crate::class::BasicType::Boolean,
        ) != 0
    });
    let Some(shared) = env.vm.shared.upgrade() else {
        return Err(throw_new(
            env,
            "java/lang/InternalError",
            Some("the VM is shutting down"),
        ));
    };
    if env
        .vm
        .max_threads
        .is_some_and(|max| env.vm.threads.len() >= max)
    {
        let message = "unable to create native thread: possibly out of memory or process/resource limits reached";
        return Err(throw_new(env, "java/lang/OutOfMemoryError", Some(message)));
    }
    let id = env.vm.next_thread_id;
    env.vm.next_thread_id += 1;
    let stack_slots = env.thread.stack.len() - crate::thread::RESERVED_SLOTS;
    let mut thread = Box::new(JavaThread::new(id, stack_slots));
    thread.hash_state = crate::identity_hash::HashState::started_thread(&mut env.vm.thread_seeds);
    thread.thread_object = object;
    let pointer = Box::into_raw(thread);
    env.vm.threads.push(ThreadPtr(pointer));
    if !daemon {
        env.vm.live_non_daemon_threads += 1;
    }
    let handed = ThreadPtr(pointer);
    let spawned = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let handed = handed;
            let mut guard = shared.state.lock();
            // SAFETY: the JavaThread was created for this OS thread and is used only by it (and by
            // whoever holds the VM lock while this thread waits for it); it is freed below, after
            // it has been unregistered.
            #[allow(unsafe_code)]
            let thread = unsafe { &mut *handed.0 };
            {
                let mut env = Env {
                    vm: &mut guard,
                    thread,
                    shared: &shared,
                };
                env.wait_for_turn();
                run_thread(&mut env);
                env.leave_vm();
            }
            guard.threads.retain(|t| !std::ptr::eq(t.0, handed.0));
            if !daemon {
                guard.live_non_daemon_threads -= 1;
            }
            shared.changed.notify_all();
            drop(guard);
            // SAFETY: unregistered above, so no other thread can reach it any more.
            #[allow(unsafe_code)]
            drop(unsafe { Box::from_raw(handed.0) });
        });
    if spawned.is_err() {
        env.vm.threads.retain(|t| !std::ptr::eq(t.0, pointer));
        if !daemon {
            env.vm.live_non_daemon_threads -= 1;
        }
        // SAFETY: the thread never started and is unregistered: this is the only owner.
        #[allow(unsafe_code)]
        drop(unsafe { Box::from_raw(pointer) });
        return Err(throw_new(
            env,
            "java/lang/OutOfMemoryError",
            Some("unable to create native thread"),
        ));
    }
    void_result()
}

/// The body of a started thread: `run()`, then uncaught-exception dispatch, then `exit0()`
/// (which marks the thread dead and wakes joiners).
fn run_thread(env: &mut Env) {
    let object = env.thread.thread_object;
    let class = class_of(env.vm, object);
    let outcome = match lookup_method(env, class, "run", "()V") {
        Some(run) => call_method(env, &run, &[object as u64]).map(|_| ()),
        None => Ok(()),
    };
    match outcome {
        Err(Throw::Exception) => {
            let exception = env.thread.pending_exception;
            env.thread.pending_exception = NULL;
            let object = env.thread.thread_object;
            let class = class_of(env.vm, object);
            if let Some(dispatch) = lookup_method(
                env,
                class,
                "dispatchUncaughtException",
                "(Ljava/lang/Throwable;)V",
            ) {
                match call_method(env, &dispatch, &[object as u64, exception as u64]) {
                    Err(Throw::Exit(status)) => request_exit(env, status),
                    Err(Throw::Exception) => report_handler_exception(env),
                    _ => {}
                }
            }
        }
        Err(Throw::Exit(status)) => request_exit(env, status),
        Err(Throw::Stopped(_)) => {}
        Err(Throw::Fatal(message)) => {
            let _ = env.vm.host.write(
                2,
                format!("Internal error in thread: {message}\n").as_bytes(),
            );
        }
        Ok(()) => {}
    }
    env.thread.pending_exception = NULL;
    let object = env.thread.thread_object;
    let class = class_of(env.vm, object);
    if let Some(exit) = lookup_method(env, class, "exit0", "()V") {
        let _ = call_method(env, &exit, &[object as u64]);
    }
    env.vm.host.flush();
}

/// What HotSpot's `JavaThread::exit` prints when `dispatchUncaughtException` itself throws
/// (the uncaught-exception handler failed): the class of that exception, which is dropped.
pub(crate) fn report_handler_exception(env: &mut Env) {
    let exception = env.thread.pending_exception;
    env.thread.pending_exception = NULL;
    if exception == NULL {
        return;
    }
    let class = class_of(env.vm, exception);
    let class_name = env.class(class).java_name();
    let thread_name = current_thread_name(env);
    env.vm.host.flush();
    let _ = env.vm.host.write(
        2,
        format!(
            "\nException: {class_name} thrown from the UncaughtExceptionHandler in thread \"{thread_name}\"\n"
        )
        .as_bytes(),
    );
}

/// `System.exit` from a thread other than the host's: every thread unwinds at its next
/// safepoint or wait.
pub(crate) fn request_exit(env: &mut Env, status: i32) {
    if env.vm.halt.is_none() {
        env.vm.halt = Some(Halt::Exit(status));
    }
    env.notify_change();
}

/// `DestroyJavaVM`: after `main`, waits until only daemon threads are left (or the VM halts),
/// and returns the halt, if any.
pub(crate) fn wait_for_non_daemon_threads(env: &mut Env) -> Option<Throw> {
    loop {
        if let Some(halt) = env.halt() {
            return Some(halt);
        }
        if env.vm.live_non_daemon_threads == 0 {
            return None;
        }
        env.wait_for_change(None);
    }
}

/// A dump of every Java thread's stack, in the spirit of `jstack`: name, daemon flag and
/// priority, state, then the frames from the top.
pub(crate) fn thread_dump(vm: &crate::vm::VmState, current: Option<&JavaThread>) -> String {
    let mut out = String::from("Full thread dump Cortado:\n\n");
    let threads: Vec<*mut JavaThread> = vm.threads.iter().map(|t| t.0).collect();
    for pointer in threads {
        // SAFETY: the caller holds the VM lock, so every registered thread other than the
        // current one is blocked (see `vm::ThreadPtr`); the current one is passed separately.
        #[allow(unsafe_code)]
        let thread: &JavaThread = match current {
            Some(current) if std::ptr::eq(current, pointer) => current,
            // SAFETY: as above.
            _ => unsafe { &*pointer },
        };
        out.push_str(&describe_thread(vm, thread));
        out.push('\n');
    }
    out
}

fn describe_thread(vm: &crate::vm::VmState, thread: &JavaThread) -> String {
    let object = thread.thread_object;
    let field = |name: &str, descriptor: &str| -> Option<u64> {
        if object == NULL {
            return None;
        }
        let mut class = Some(class_of(vm, object));
        while let Some(id) = class {
            let c = vm.class(id);
            if let Some(f) = c.declared_field(name, descriptor) {
                return Some(read_value(vm, object, f.offset as usize, f.basic_type));
            }
            class = c.super_class;
        }
        None
    };
    let name = field("name", "Ljava/lang/String;")
        .filter(|&r| r as Ref != NULL)
        .map_or_else(
            || format!("thread-{}", thread.id),
            |r| crate::objects::rust_string(vm, r as Ref),
        );
    let daemon = field("daemon", "Z").is_some_and(|v| v != 0);
    let priority = field("priority", "I").map_or(5, |v| v as u32 as i32);
    let mut text = format!(
        "\"{name}\" #{}{} prio={priority}\n   java.lang.Thread.State: {}\n",
        thread.id,
        if daemon { " daemon" } else { "" },
        thread.waiting.unwrap_or(if thread.frames.is_empty() {
            "NEW"
        } else {
            "RUNNABLE"
        })
    );
    for frame in thread.frames.iter().rev() {
        let method = &frame.method;
        let class = vm.class(method.class);
        if class.hidden {
            continue;
        }
        let location = if method.is_native() {
            "Native Method".to_owned()
        } else {
            let bci = match method.prepared.get() {
                Some(Ok(prepared)) => prepared.bci.get(frame.pc as usize).copied().unwrap_or(0),
                _ => 0,
            };
            let line = class
                .file
                .as_ref()
                .and_then(|f| f.methods[method.index_in_class as usize].code())
                .and_then(|c| c.line_number(bci as u16));
            match (&class.source_file, line) {
                (Some(file), Some(line)) => format!("{file}:{line}"),
                (Some(file), None) => file.clone(),
                _ => "Unknown Source".to_owned(),
            }
        };
        text.push_str(&format!(
            "\tat {}.{}({location})\n",
            class.java_name(),
            method.name
        ));
    }
    text
}

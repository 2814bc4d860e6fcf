//! The VM's state and the execution context handed to every part of the runtime.
//!
//! `VmState` holds everything a VM owns: heap, class table, interned strings, global roots,
//! natives, host access. It sits behind the VM lock (see `lib.rs`); whoever holds the lock gets
//! `&mut VmState`, so no other synchronization is needed inside. `Env` pairs it with the
//! current `JavaThread`; it is the context of the interpreter, natives and class loading.

use std::collections::HashMap;
use std::sync::Arc;

use cortado_gc::{Heap, Ref, NULL};

use crate::class::{Class, ClassId, LoaderId};
use crate::host::Host;
use crate::loader::ClassPath;
use crate::natives::NativeRegistry;
use crate::thread::JavaThread;
use crate::well_known::WellKnown;

/// Options fixed when the VM is built.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    pub verbose_class: bool,
    /// `VmOptions::assertions`.
    pub assertions: Vec<String>,
    /// Log each collection in HotSpot's `-Xlog:gc` format.
    pub log_gc: bool,
    /// Log the phases of full collections (`-Xlog:gc+phases`).
    pub log_gc_phases: bool,
    /// Verify application classes.
    pub verify: bool,
    /// When methods are compiled.
    pub compilation: crate::tier::Compilation,
    /// Print a line for every compiled method (`-XX:+PrintCompilation`).
    pub print_compilation: bool,
    /// `VmOptions::print_inlining`.
    pub print_inlining: bool,
    /// Name compiled code for `perf` in `/tmp/perf-<pid>.map` (`-XX:+PerfMapEnabled`).
    pub perf_map: bool,
    /// `VmOptions::verify_compiler_ir`.
    pub verify_compiler_ir: bool,
    /// `VmOptions::max_code_bytes`.
    pub max_code_bytes: Option<usize>,
    /// `VmOptions::background_compilation`.
    pub background_compilation: bool,
    /// `VmOptions::compiler_threads` (at least 1).
    pub compiler_threads: usize,
    /// `VmOptions::input_arguments`.
    pub input_arguments: Vec<String>,
}

/// Unwinding out of Rust code that runs Java.
#[derive(Debug)]
pub(crate) enum Throw {
    /// A Java exception, held in `JavaThread::pending_exception`.
    Exception,
    /// `System.exit` or `Runtime.halt` with this status: every frame unwinds.
    Exit(i32),
    /// A limit stopped the VM (fuel, deadline, the host's interrupt): every frame unwinds and
    /// the VM is unusable afterwards. Guest code cannot catch it.
    Stopped(crate::error::StopReason),
    /// The VM failed; it is unusable afterwards.
    Fatal(String),
}

pub(crate) type JResult<T> = Result<T, Throw>;

/// Interned strings: literals and `String.intern` results, kept alive as roots.
#[derive(Default)]
pub(crate) struct StringTable {
    pub by_value: HashMap<Vec<u16>, u32>,
    /// By slot; compiled code reads resolved string constants here.
    pub refs: crate::stable_refs::StableRefs,
}

pub(crate) struct VmState {
    pub heap: Heap,
    /// `-XX:+PrintSlowPaths`: the counts, `None` when off.
    pub slow_paths: Option<Box<crate::slow_paths::SlowPaths>>,
    pub classes: Vec<Arc<Class>>,
    pub class_ids: HashMap<(LoaderId, Arc<str>), ClassId>,
    /// `java.lang.Class` objects, by class id; NULL until first needed.
    pub mirrors: crate::stable_refs::StableRefs,
    pub class_path: ClassPath,
    pub strings: StringTable,
    /// Global roots: long-lived references held by the VM (resolved constants, the main
    /// thread object, preallocated errors). Never shrinks.
    pub globals: Vec<Ref>,
    /// Reference objects the collector cleared that have a queue, waiting for
    /// `Reference.processPending` to enqueue them (roots).
    pub pending_references: std::collections::VecDeque<Ref>,
    pub natives: NativeRegistry,
    /// The zlib streams of `java.util.zip.Deflater`/`Inflater` (`natives/zip.rs`).
    pub zstreams: crate::natives::zip::ZStreams,
    pub options: Options,
    pub host: Host,
    pub well_known: WellKnown,
    pub next_method_id: u32,
    /// The recorded initialization error (a global-root slot) of each class whose
    /// initialization failed.
    pub init_errors: HashMap<ClassId, u32>,
    /// Steps taken (charged at safepoint polls).
    pub steps: u64,
    /// Of `steps`, those taken in the interpreter.
    pub interpreted_steps: u64,
    /// Identifies this VM to the host's object handles.
    pub id: usize,
    /// Objects the host holds (`embed::Object`), as roots.
    pub host_handles: crate::embed::HostHandles,
    /// This VM's shared part, for natives that start threads.
    pub shared: std::sync::Weak<VmShared>,
    /// Every Java thread of the VM (the running one included).
    pub threads: Vec<ThreadPtr>,
    pub next_thread_id: u64,
    /// Monitors owned or waited on (see `interp::monitors`).
    pub monitors: Vec<crate::interp::monitors::Monitor>,
    /// The wrappers' `valueOf` methods that reflection boxes results with, by `BasicType`
    /// (found on first use: looking them up by name cost each `Method.invoke` two hash
    /// lookups).
    pub boxing: [Option<Arc<crate::class::Method>>; 9],
    /// Where started threads' identity-hash generators come from (`identity_hash`).
    pub thread_seeds: crate::identity_hash::ThreadSeeds,
    /// Whether a non-capturing lambda call site of an application class has been linked
    /// (HotSpot's first takes one identity hash more than the later ones, see `indy`).
    pub lambda_linked: bool,
    /// The lambda forms HotSpot's string-concatenation bootstraps would have made so far
    /// (`lambda_forms`): each class they spin takes an identity hash.
    pub lambda_forms: crate::lambda_forms::LambdaForms,
    /// Identity hashes HotSpot gives classes' `Class` objects when it defines them (its
    /// application loader hashes each class it defines), for mirrors not made yet.
    pub mirror_hashes: std::collections::HashMap<crate::class::ClassId, i32>,
    /// Classes whose linking took its identity hash (`init::link`).
    pub hash_linked: std::collections::HashSet<crate::class::ClassId>,
    /// Started Java threads that are not daemons and have not ended.
    pub live_non_daemon_threads: usize,
    /// Set by `System.exit` in a thread other than the host's, or by a limit: every thread
    /// unwinds at its next safepoint or wait.
    pub halt: Option<Halt>,
    /// Steps (backward branches and calls) the guest may still take, when limited.
    pub fuel: Option<u64>,
    /// When the guest must stop, when limited.
    pub deadline: Option<std::time::Instant>,
    /// Most Java threads that may be started, when limited.
    pub max_threads: Option<usize>,
    /// Most classes that may be loaded, when limited.
    pub max_classes: Option<usize>,
    /// The compiler tier's state.
    pub compiler: crate::tier::Compiler,
    /// Deterministic scheduling's turn and logical clock, when on.
    pub schedule: Option<crate::schedule::Schedule>,
    /// User-defined class loaders that have an id (`LoaderId::User(index)`): the global-root
    /// slot of each loader object. A loader with an id stays reachable for the VM's life, and
    /// so do its classes (classes are never unloaded).
    pub loaders: Vec<u32>,
    /// Classes being loaded, to detect ClassCircularityError.
    pub loading: Vec<(LoaderId, String)>,
}

impl VmState {
    pub(crate) fn class(&self, id: ClassId) -> &Arc<Class> {
        &self.classes[id as usize]
    }

    pub(crate) fn add_global(&mut self, reference: Ref) -> u32 {
        self.globals.push(reference);
        self.globals.len() as u32 - 1
    }
}

/// A registered Java thread. Only the thread holding the VM lock touches another thread's
/// structure (the collector reads and updates its roots); the owner is then blocked on the
/// lock or waiting in an unlocked region, where it does not touch its own structure either.
pub(crate) struct ThreadPtr(pub *mut JavaThread);

// SAFETY: a ThreadPtr is only dereferenced by the holder of the VM lock, under the protocol
// above; the pointee is a heap-allocated JavaThread that unregisters itself before it is freed.
#[allow(unsafe_code)]
unsafe impl Send for ThreadPtr {}

/// The VM lock held: the running thread's access to the VM state.
pub(crate) type VmGuard<'g> = parking_lot::MutexGuard<'g, VmState>;

/// What the VM's threads share: the state behind the VM lock, and the condition variable on
/// which threads wait for monitors, notifications, other threads' ends and interrupts.
pub(crate) struct VmShared {
    pub state: parking_lot::Mutex<VmState>,
    pub changed: parking_lot::Condvar,
    /// Set by the host (from any thread) to stop the guest; read at safepoints.
    pub interrupt: std::sync::atomic::AtomicBool,
}

/// Why every thread must unwind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Halt {
    Exit(i32),
    Stop(crate::error::StopReason),
}

pub(crate) struct Env<'a, 'g> {
    /// The VM lock's guard: the state is reached through it, so that the lock can be handed
    /// over (at safepoints) or released (around blocking work) without outstanding borrows.
    pub vm: &'a mut VmGuard<'g>,
    pub thread: &'a mut JavaThread,
    pub shared: &'a VmShared,
}

impl Env<'_, '_> {
    /// The unwinding every thread must do now, if the VM is exiting or stopped (including a
    /// host interrupt or a deadline not yet noticed by a safepoint).
    pub(crate) fn halt(&self) -> Option<Throw> {
        use crate::error::StopReason;
        match self.vm.halt {
            Some(Halt::Exit(status)) => return Some(Throw::Exit(status)),
            Some(Halt::Stop(reason)) => return Some(Throw::Stopped(reason)),
            None => {}
        }
        if self
            .shared
            .interrupt
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            return Some(Throw::Stopped(StopReason::Interrupted));
        }
        if self
            .vm
            .deadline
            .is_some_and(|d| std::time::Instant::now() >= d)
        {
            return Some(Throw::Stopped(StopReason::DeadlineExceeded));
        }
        None
    }

    /// Waits, without the VM lock, until another thread signals a change or `deadline` (or the
    /// VM's deadline) passes. Callers re-check their condition and re-read every reference.
    /// Under deterministic scheduling the thread passes its turn and waits for it to come back.
    pub(crate) fn wait_for_change(&mut self, deadline: Option<crate::schedule::VmTime>) {
        self.vm.host.flush();
        if self.deterministic() {
            self.pass_turn(deadline);
            self.wait_for_turn();
            return;
        }
        let deadline = deadline.map(|t| self.vm.host.instant_at(t.0));
        let deadline = match (deadline, self.vm.deadline) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match deadline {
            Some(deadline) => {
                self.shared.changed.wait_until(self.vm, deadline);
            }
            None => self.shared.changed.wait(self.vm),
        }
        self.thread.slice_start = std::time::Instant::now();
    }

    /// Runs blocking host work without the VM lock, so that other Java threads run meanwhile.
    /// The work sees neither the heap nor the thread: natives run with their frames
    /// synchronized and their references in their frame's slots, which a collection may
    /// update; callers re-read them afterwards.
    pub(crate) fn without_lock<T>(&mut self, state: &'static str, work: impl FnOnce() -> T) -> T {
        self.vm.host.flush();
        self.unlocked(state, work)
    }

    /// `without_lock` without flushing the guest's buffered standard output first (for work
    /// that ends soon and cannot show the output to anyone: regular files).
    fn unlocked<T>(&mut self, state: &'static str, work: impl FnOnce() -> T) -> T {
        self.thread.waiting = Some(state);
        self.leave_vm();
        let result = parking_lot::MutexGuard::unlocked(self.vm, work);
        self.thread.slice_start = std::time::Instant::now();
        self.enter_vm();
        self.thread.waiting = None;
        result
    }

    /// Repeats a blocking host call made in slices (`host::SLICE`), without the VM lock, until
    /// it is done or `deadline` passes (`Ok(None)`); a stop of the VM ends the wait between
    /// slices.
    pub(crate) fn wait_in_slices<T>(
        &mut self,
        state: &'static str,
        deadline: Option<std::time::Instant>,
        mut slice: impl FnMut() -> crate::host::Slice<T>,
    ) -> JResult<Option<std::io::Result<T>>> {
        loop {
            if let Some(halt) = self.halt() {
                return Err(halt);
            }
            if let crate::host::Slice::Done(result) = self.without_lock(state, &mut slice) {
                return Ok(Some(result));
            }
            if deadline.is_some_and(|d| std::time::Instant::now() >= d) {
                return Ok(None);
            }
        }
    }

    /// Sets the pending exception and returns the unwinding marker.
    pub(crate) fn throw(&mut self, exception: Ref) -> Throw {
        debug_assert_ne!(exception, NULL);
        self.thread.pending_exception = exception;
        Throw::Exception
    }

    pub(crate) fn class(&self, id: ClassId) -> Arc<Class> {
        self.vm.classes[id as usize].clone()
    }

    /// Runs a host operation (file I/O and the like) that may be refused by the sandbox: a
    /// refusal is thrown as a `java.lang.SecurityException`; any other outcome is returned for
    /// the caller to map. The work sees only the host, never the heap: copy data out of the
    /// heap before and into it after.
    pub(crate) fn host_call<T>(
        &mut self,
        work: impl FnOnce(&mut Host) -> std::io::Result<T>,
    ) -> JResult<std::io::Result<T>> {
        let result = work(&mut self.vm.host);
        self.host_result(result)
    }

    /// Runs blocking host work that cannot be interrupted but ends soon (a regular file's
    /// read, write or metadata) without the VM lock, so that other Java threads run
    /// meanwhile; under deterministic scheduling with the lock held, so that the
    /// interleaving stays the same. Like `without_lock`, callers re-read references after;
    /// unlike it, the guest's buffered standard output is not flushed first.
    pub(crate) fn blocking<T>(&mut self, state: &'static str, work: impl FnOnce() -> T) -> T {
        if self.deterministic() {
            work()
        } else {
            self.unlocked(state, work)
        }
    }

    /// A file-system operation through the host door: `prepare` checks the capability under
    /// the VM lock and returns the work, which then runs without it (see `blocking`). A
    /// refusal is thrown as a `java.lang.SecurityException`.
    pub(crate) fn host_blocking<W, T>(
        &mut self,
        state: &'static str,
        prepare: impl FnOnce(&mut Host) -> std::io::Result<W>,
    ) -> JResult<std::io::Result<T>>
    where
        W: FnOnce() -> std::io::Result<T>,
    {
        match self.host_call(prepare)? {
            Ok(work) => Ok(self.blocking(state, work)),
            Err(error) => Ok(Err(error)),
        }
    }

    /// Runs a host call made in slices until it is done: the first slice as `blocking` does,
    /// the next ones (the call may wait for long: a FIFO, a device) as `wait_in_slices` does,
    /// without the VM lock and checking for a stop between them.
    pub(crate) fn host_wait<T>(
        &mut self,
        state: &'static str,
        mut slice: impl FnMut() -> crate::host::Slice<T>,
    ) -> JResult<std::io::Result<T>> {
        if let crate::host::Slice::Done(result) = self.blocking(state, &mut slice) {
            return Ok(result);
        }
        match self.wait_in_slices(state, None, slice)? {
            Some(result) => Ok(result),
            None => Ok(Err(std::io::ErrorKind::TimedOut.into())),
        }
    }

    /// Maps a host call's outcome: a sandbox refusal is thrown as a
    /// `java.lang.SecurityException`, a write past the output cap stops the VM; anything
    /// else is returned for the caller to map.
    pub(crate) fn host_result<T>(
        &mut self,
        result: std::io::Result<T>,
    ) -> JResult<std::io::Result<T>> {
        if let Err(error) = &result {
            if crate::host::is_output_limit(error) {
                crate::threads::stop(self, crate::error::StopReason::OutputLimit);
                return Err(Throw::Stopped(crate::error::StopReason::OutputLimit));
            }
            if let Some(message) = crate::host::denial(error) {
                return Err(crate::exceptions::throw_new(
                    self,
                    "java/lang/SecurityException",
                    Some(&message),
                ));
            }
        }
        Ok(result)
    }
}

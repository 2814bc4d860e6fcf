//! Tier-up: the interpreter counts calls to methods the compiler can take (`cortado-jit`),
//! compiles them once hot (at their first call with `-Xcomp`) and then runs their machine
//! code in place of an interpreter frame.
//!
//! The compiler takes *pure integer methods* (see `cortado_jit`): static, neither native nor
//! synchronized, `int`-like or `long` parameters, an `int` or `long` result. Their code cannot
//! allocate, throw or touch the heap, so compiled frames hold no references and need no stack
//! maps; anything unusual at run time (a division by zero, a low native stack, a stop request)
//! makes the call *bail* and the interpreter runs it again from the start, which is exact
//! because the call had no effects. Compiled code counts steps like the interpreter and polls
//! the VM's safepoint every [`SAFEPOINT_INTERVAL`](crate::interp) steps, so fuel, deadlines,
//! other threads and the host's interrupt all still work.
//!
//! In tiered mode compilation runs in the background (`VmOptions::background_compilation`):
//! the Java thread builds the IR, a compiler thread of the VM (`crate::compiler_thread`, which
//! takes the hottest waiting method first) generates the machine code while the method runs
//! on interpreted, and a safepoint poll or a call of the method installs it
//! (`install_finished`). `-Xcomp` and `-Xbatch` compile synchronously.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, AtomicUsize, Ordering};
use std::sync::Arc;

use cortado_classfile::constant_pool::Constant;
use cortado_classfile::FieldType;
use cortado_jit::{
    AllocationLayout, ArrayLayout, CallContext, CallLayout, Callee, Environment, FieldAccess,
    Finished, FrameEnvironment, FramedMethod, Generated, Helpers, InlineCandidate, Intrinsic,
    InvokeKind, Jit, Kind, LeafMethod, MethodInput, Receiver, SiteInfo, Target, TypeCheck,
    Unfinished, MAX_CANDIDATE_BYTES, MAX_LEAF_BYTES,
};

use crate::class::{BasicType, InitState, LoaderId, Method, MethodRef, Resolved};
use crate::framed::FramedEntry;
use crate::vm::{Env, JResult, Throw};

/// When methods are compiled (`-Xint`, the default, `-Xcomp`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compilation {
    /// Never: everything is interpreted (`-Xint`).
    Off,
    /// After this many calls (the default, 1000).
    Tiered { threshold: u32 },
    /// At a method's first call (`-Xcomp`).
    Eager,
}

impl Default for Compilation {
    fn default() -> Self {
        Compilation::Tiered { threshold: 1000 }
    }
}

impl MethodTier {
    /// Counts an interpreted backward branch; `true` when the loop should check for
    /// on-stack replacement. (Java threads run one at a time: no read-modify-write needed.)
    #[inline]
    pub(crate) fn count_backedge(&self) -> bool {
        let n = self.backedges.load(Ordering::Relaxed).wrapping_add(1);
        self.backedges.store(n, Ordering::Relaxed);
        n.is_multiple_of(crate::interp::SAFEPOINT_INTERVAL)
    }

    /// Counts an interpreter safepoint poll that came while running this method: a sample,
    /// one per about `SAFEPOINT_INTERVAL` interpreted steps, of where interpreted time goes
    /// (the compile queue's heat). Off the interpreter's fast path: polls only.
    #[inline]
    pub(crate) fn note_sample(&self) {
        let n = self.samples.load(Ordering::Relaxed).wrapping_add(1);
        self.samples.store(n, Ordering::Relaxed);
    }

    /// The work compiling the method would save, so far (it only grows, wrapping aside): its
    /// interpreted steps (sampled: calls are counted as the caller's steps, so a leaf method
    /// that only computes has none), plus the calls through the runtime and slow paths that a
    /// direct entry or a recompilation would remove. Read by the compiler threads to rank
    /// the queue, from atomics only.
    fn heat(&self) -> u64 {
        let load = |counter: &AtomicU32| u64::from(counter.load(Ordering::Relaxed));
        load(&self.samples) * crate::interp::SAFEPOINT_INTERVAL as u64
            + load(&self.runtime_calls)
            + load(&self.slow_paths)
    }
}

/// Compilation state of one method.
#[derive(Default)]
pub(crate) struct MethodTier {
    calls: AtomicU32,
    /// Calls at which compilation is tried (again); 0 until the method was first looked at.
    next_attempt: AtomicU32,
    /// The machine code (see `get`).
    code: CodeSlot,
    /// Checks for on-stack replacement made in the method's loops while interpreted.
    loop_polls: AtomicU32,
    /// Interpreter safepoint polls in this method (`note_sample`).
    samples: AtomicU32,
    /// Backward branches taken while interpreted (wrapping): every `SAFEPOINT_INTERVAL`th
    /// checks for on-stack replacement, whatever the thread's step count (which compiled
    /// callees advance by other amounts, so the loop's own polls may never come).
    backedges: AtomicU32,
    /// Runtime executions of field accesses and constants that framed code left to the
    /// runtime because they were not resolved when it was compiled.
    slow_paths: AtomicU32,
    recompilations: AtomicU32,
    /// Calls of the method's pure code that compiled code made through the runtime
    /// (`note_runtime_call`).
    runtime_calls: AtomicU32,
    /// A compilation of the method is with the compiler threads (background compilation):
    /// nothing more is queued for it until that one is installed or failed, so the queue
    /// holds one request per method (a call count's, a loop's, a recompilation or a direct
    /// entry), whose rank follows the method's heat.
    queued: AtomicBool,
    /// A recompilation was installed by a poll or call (background compilation): the next
    /// slow path of an activation moves it to the interpreter, which continues in the new
    /// code at its next loop poll (what a synchronous recompilation does at once).
    replaced: AtomicBool,
    /// What compiled code needs to enter the method directly (`cortado_jit::CallLayout`).
    pub direct: DirectEntry,
}

/// A method's framed code as compiled callers enter it: the entry (0 while there is none, or
/// when entering needs the runtime: a synchronized method locks), the method's `max_locals`,
/// and the slots its frame needs in all (what `JavaThread::has_room` checks). Also whether a
/// loaded class overrides the method (non-zero; `note_overridden`): until one does, every
/// receiver of a virtual call that resolves to it selects it (class hierarchy analysis),
/// which compiled code checks with one load instead of the receiver's vtable.
#[derive(Default)]
#[repr(C)]
pub(crate) struct DirectEntry {
    pub code: AtomicUsize,
    pub max_locals: AtomicU32,
    pub frame_slots: AtomicU32,
    pub overridden: AtomicU32,
}

/// Byte offsets in a `Method` of its direct entry's code, `max_locals` and frame slots, and
/// of its `overridden` word.
pub(crate) fn direct_entry_offsets() -> [i32; 4] {
    [
        std::mem::offset_of!(Method, tier.direct.code) as i32,
        std::mem::offset_of!(Method, tier.direct.max_locals) as i32,
        std::mem::offset_of!(Method, tier.direct.frame_slots) as i32,
        std::mem::offset_of!(Method, tier.direct.overridden) as i32,
    ]
}

/// Records that a class being defined puts another method into `method`'s vtable slot, so
/// that compiled code whose inlining of `method` relied on no loaded class overriding it
/// checks the receiver's vtable from now on (set before any instance of that class exists).
pub(crate) fn note_overridden(method: &Method) {
    method.tier.direct.overridden.store(1, Ordering::Relaxed);
}

/// Makes `code` `method`'s current code (see `CodeSlot`), and its direct entry when compiled
/// callers may enter it without the runtime.
fn set_code(method: &Method, code: CompiledCode) {
    if let CompiledCode::Framed {
        entry, room_slots, ..
    } = &code
    {
        set_direct(method, *entry, *room_slots);
    }
    method.tier.code.set(Some(code));
}

/// Lets compiled callers enter `method`'s framed code `entry` directly (not a synchronized
/// method's, whose entry locks, nor without the prepared code's frame size). The frame size
/// they check room for includes the `room_slots` the code's inlined calls may need
/// (`cortado_jit::FramedCode::room_slots`), which the code then does not check itself.
fn set_direct(method: &Method, entry: FramedEntry, room_slots: u32) {
    if let Some(Ok(prepared)) = method.prepared.get() {
        if !method.is_synchronized() {
            let direct = &method.tier.direct;
            let max_locals = prepared.max_locals as u32;
            direct.max_locals.store(max_locals, Ordering::Relaxed);
            direct.frame_slots.store(
                (max_locals + prepared.max_stack as u32 + 2).max(room_slots),
                Ordering::Relaxed,
            );
            direct.code.store(entry as usize, Ordering::Release);
        }
    }
}

/// Calls of a pure method that compiled code made through the runtime (a pure method has
/// no framed code, which direct calls need), after which it is also compiled framed, for
/// its direct entry only: the interpreter and pure callers keep calling its pure code.
const DIRECT_ENTRY_CALLS: u32 = 1000;

/// Counts a call that compiled code made through the runtime to `method`, which has no
/// framed code; a pure method called that way often gets framed code for direct calls.
#[inline]
pub(crate) fn note_runtime_call(env: &mut Env, method: MethodRef) {
    let tier = &method.tier;
    if matches!(tier.code.get(), Some(Some(CompiledCode::Pure { .. })))
        && tier.runtime_calls.fetch_add(1, Ordering::Relaxed) + 1 == DIRECT_ENTRY_CALLS
    {
        compile_direct_entry(env, method);
    }
}

/// Compiles pure `method` framed, for its direct entry (in the background when compilation
/// is); a failure leaves its calls from compiled code going through the runtime.
#[cold]
fn compile_direct_entry(env: &mut Env, method: MethodRef) {
    let tier = &method.tier;
    let prepared = matches!(method.prepared.get(), Some(Ok(_)));
    if env.vm.compiler.full || tier.queued.load(Ordering::Relaxed) || !prepared {
        return;
    }
    let started = std::time::Instant::now();
    let method = method.to_arc();
    if let Ok(unfinished) = try_compile_framed(env, &method) {
        if let Err(unfinished) = enqueue(env, &method, unfinished, started.elapsed(), false, true) {
            let generated = generate(env, unfinished);
            finish(env, &method, generated, started.elapsed(), false, true);
        }
    }
    env.vm.compiler.pause += started.elapsed();
}

/// A method's current machine code. Replaced code is leaked, not freed: older activations
/// may still run it (and the code memory of a `JITModule` cannot be freed per function
/// anyway); recompilations per method are capped, which bounds the leak.
#[derive(Default)]
struct CodeSlot {
    current: AtomicPtr<CompiledCode>,
    /// No code will come: the method cannot be compiled.
    never: AtomicBool,
}

impl CodeSlot {
    /// `None`: not decided yet; `Some(None)`: never compiled; `Some(Some(code))`.
    fn get(&self) -> Option<Option<&CompiledCode>> {
        let code = self.current.load(Ordering::Acquire);
        if !code.is_null() {
            // SAFETY: a non-null pointer comes from `Box::into_raw` in `set` and is never
            // freed, so it stays valid as long as the slot (and longer).
            #[allow(unsafe_code)]
            return Some(Some(unsafe { &*code }));
        }
        self.never.load(Ordering::Acquire).then_some(None)
    }

    fn set(&self, code: Option<CompiledCode>) {
        match code {
            Some(code) => self
                .current
                .store(Box::into_raw(Box::new(code)), Ordering::Release),
            None => self.never.store(true, Ordering::Release),
        }
    }
}

enum CompiledCode {
    /// A pure integer method, called without a frame.
    Pure { entry: Entry, callee: Callee },
    /// Any other method, run inside its interpreter frame.
    Framed {
        entry: FramedEntry,
        osr_entries: Box<[u32]>,
        /// What a direct caller checks room for (`cortado_jit::FramedCode::room_slots`).
        room_slots: u32,
    },
}

type Entry = extern "C" fn(*const u64, usize, *mut CallContext) -> u64;

/// The compiler's per-VM state, kept with the VM's state behind the VM lock.
#[derive(Default)]
pub(crate) struct Compiler {
    /// Created at the first compilation, so that start-up does not pay for it.
    jit: Option<Jit>,
    /// Cranelift could not be set up on this machine: nothing is compiled.
    unavailable: bool,
    /// Compiled methods, for `-XX:+PrintCompilation` numbering and statistics.
    pub compiled: u32,
    /// Vtables for compiled code's direct calls.
    pub dispatch: crate::framed::DispatchTable,
    /// Bytes of machine code installed so far, replaced (leaked) code included: what
    /// `VmOptions::max_code_bytes` caps.
    pub code_bytes: usize,
    /// The code cache is full: nothing more is compiled (like HotSpot's "CodeCache is full.
    /// Compiler has been disabled."); compiled code already installed keeps running.
    pub full: bool,
    /// Methods that cannot be compiled, with the reason (`-Xcomp` runs check them against a
    /// list of known ones); capped.
    pub failures: Vec<String>,
    /// Call sites of compiled code (boxed: the code holds their addresses, which must not
    /// move when the vector grows).
    #[allow(clippy::vec_box)]
    call_sites: Vec<Box<crate::framed::CallSite>>,
    /// Background compilation: the compiler threads, started at the first background
    /// compilation, and the compilations they have (by job id).
    thread: Option<crate::compiler_thread::CompilerThread>,
    /// The compiler thread could not be started: compilations are synchronous.
    no_thread: bool,
    in_flight: std::collections::HashMap<u64, InFlight>,
    /// `-XX:+PrintInlining`: the inlining decisions of methods being compiled (by method
    /// address), printed when their code is installed.
    inlining_logs: std::collections::HashMap<usize, Vec<String>>,
    next_job: u64,
    /// `Statistics::compile_pause` and `background_compile_time`.
    pub pause: std::time::Duration,
    pub background_time: std::time::Duration,
    /// Time the compilations nested in the current one took (a pure method's callees are
    /// compiled while its IR is built), and the compiler's one-time setup: taken out of the
    /// enclosing method's compile time, which `-XX:+PrintCompilation` reports per method.
    nested_time: std::time::Duration,
}

/// A compilation whose code the compiler thread is generating.
struct InFlight {
    method: Arc<Method>,
    /// How long building its IR took (on the Java thread).
    build: std::time::Duration,
    recompile: bool,
    /// Framed code for a pure method's direct entry only (see `note_runtime_call`).
    direct_only: bool,
}

impl Compiler {
    /// Whether the compiler threads have finished code to install: one atomic load.
    #[inline]
    pub fn ready(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| t.ready())
    }
}

/// Runs `method`'s compiled code for a call whose arguments are at `base`, compiling it first
/// if it is hot. `None`: interpret the call. Called by the interpreter on every invoke.
#[inline]
pub(crate) fn enter(env: &mut Env, method: MethodRef, base: usize) -> Option<JResult<u64>> {
    if env.vm.options.compilation == Compilation::Off {
        return None;
    }
    match method.tier.code.get() {
        Some(Some(CompiledCode::Pure { entry, .. })) => run(env, *entry, base),
        Some(_) => None,
        None => {
            consider(env, method);
            match method.tier.code.get() {
                Some(Some(CompiledCode::Pure { entry, .. })) => run(env, *entry, base),
                _ => None,
            }
        }
    }
}

/// The framed code of `method`, if it has some (the interpreter then pushes the frame and
/// runs the code in it).
#[inline]
pub(crate) fn framed(method: &Method) -> Option<FramedEntry> {
    match method.tier.code.get() {
        Some(Some(CompiledCode::Framed { entry, .. })) => Some(*entry),
        _ => None,
    }
}

/// On-stack replacement: called at a safepoint poll on a backward branch to `target` in an
/// interpreted activation of `method`. Counts the poll, compiles the method once its loops
/// are hot, and gives the code to continue the activation with if it can enter at `target`.
#[cold]
pub(crate) fn osr(env: &mut Env, method: MethodRef, target: u32) -> Option<FramedEntry> {
    let threshold = match env.vm.options.compilation {
        Compilation::Off => return None,
        Compilation::Tiered { threshold } => (threshold / OSR_POLL_DIVISOR).max(1),
        Compilation::Eager => 1,
    };
    if method.tier.code.get().is_none() {
        if method.tier.queued.load(Ordering::Relaxed) {
            // With the compiler thread: the poll just before installs it once ready.
            return None;
        }
        let polls = method.tier.loop_polls.fetch_add(1, Ordering::Relaxed) + 1;
        if polls < threshold || !framed_candidate(&method) {
            return None;
        }
        compile(env, &method.to_arc(), &mut HashSet::new());
    }
    match method.tier.code.get() {
        Some(Some(CompiledCode::Framed {
            entry, osr_entries, ..
        })) => osr_entries.contains(&target).then_some(*entry),
        _ => None,
    }
}

/// Runtime executions of unresolved accesses after which a framed method is compiled again
/// (its references resolved by then), and how often that may happen.
const SLOW_PATH_LIMIT: u32 = 500;
const MAX_RECOMPILATIONS: u32 = 8;

/// Called when framed code of `method` had the runtime run a field access or constant that
/// was unresolved at compilation. Recompiles the method when that happens often; `true`
/// when it did (the running activation should leave its now outdated code).
#[cold]
pub(crate) fn note_slow_path(env: &mut Env, method: MethodRef) -> bool {
    let tier = &method.tier;
    if tier.replaced.load(Ordering::Relaxed) && tier.replaced.swap(false, Ordering::Relaxed) {
        return true;
    }
    if tier.slow_paths.fetch_add(1, Ordering::Relaxed) + 1 < SLOW_PATH_LIMIT {
        return false;
    }
    tier.slow_paths.store(0, Ordering::Relaxed);
    if env.vm.compiler.full
        || tier.queued.load(Ordering::Relaxed)
        || tier.recompilations.fetch_add(1, Ordering::Relaxed) >= MAX_RECOMPILATIONS
    {
        return false;
    }
    let started = std::time::Instant::now();
    let method = method.to_arc();
    let Ok(unfinished) = try_compile_framed(env, &method) else {
        env.vm.compiler.pause += started.elapsed();
        return false;
    };
    // In the background, the running activation keeps its code (still correct, only
    // slower) and later calls and loop entries take the new code once installed.
    // A pure method's framed code is its direct entry only (the interpreter keeps calling
    // the pure code).
    let direct_only = matches!(tier.code.get(), Some(Some(CompiledCode::Pure { .. })));
    let replaced = match enqueue(
        env,
        &method,
        unfinished,
        started.elapsed(),
        true,
        direct_only,
    ) {
        Ok(()) => false,
        Err(unfinished) => {
            let generated = generate(env, unfinished);
            finish(
                env,
                &method,
                generated,
                started.elapsed(),
                true,
                direct_only,
            )
        }
    };
    env.vm.compiler.pause += started.elapsed();
    replaced
}

/// Accounts for `size` bytes of new machine code in the code cache, and says whether the code
/// may be installed: not if it would take the cache past `VmOptions::max_code_bytes`. Then
/// the compiler is disabled for good (once, with HotSpot's warning on standard error); the
/// refused code stays in the compiler's memory, unused, and is not counted.
fn install(env: &mut Env, size: usize) -> bool {
    let cap = env.vm.options.max_code_bytes;
    let compiler = &mut env.vm.compiler;
    if compiler.full {
        return false;
    }
    let total = compiler.code_bytes.saturating_add(size);
    if cap.is_some_and(|cap| total > cap) {
        compiler.full = true;
        env.vm
            .host
            .vm_warning("CodeCache is full. Compiler has been disabled.");
        env.vm
            .host
            .vm_warning("Try increasing the code cache size using -XX:ReservedCodeCacheSize=");
        return false;
    }
    compiler.code_bytes = total;
    compiler.compiled += 1;
    true
}

/// A method is compiled for its loops after this many fewer polls than calls (a poll comes
/// every SAFEPOINT_INTERVAL steps, so loops are counted in units of a few hundred steps).
const OSR_POLL_DIVISOR: u32 = 64;

/// Counts a call of a not-yet-compiled method and compiles it when its time has come.
#[cold]
fn consider(env: &mut Env, method: MethodRef) {
    let tier = &method.tier;
    if tier.queued.load(Ordering::Relaxed) {
        if env.vm.compiler.ready() {
            install_finished(env);
        }
        return;
    }
    if tier.next_attempt.load(Ordering::Relaxed) == 0 {
        if !framed_candidate(&method) {
            tier.code.set(None);
            return;
        }
        let threshold = match env.vm.options.compilation {
            Compilation::Tiered { threshold } => threshold.max(1),
            _ => 1,
        };
        tier.next_attempt.store(threshold, Ordering::Relaxed);
    }
    let calls = tier.calls.fetch_add(1, Ordering::Relaxed) + 1;
    if calls >= tier.next_attempt.load(Ordering::Relaxed) {
        compile(env, &method.to_arc(), &mut HashSet::new());
    }
}

/// Attempts at compiling a method as pure (each after twice the calls of the previous one)
/// that found a call not linked or a callee not compiled yet, after which it is compiled
/// framed instead: a call on a path not taken yet (`Character.digit`'s to
/// `decimalDigitValue`, for non-ASCII characters only) would otherwise keep it interpreted.
const PURE_ATTEMPTS: u32 = 4;

/// Whether `method`, not yet compilable as a pure method, has waited long enough for that
/// (`PURE_ATTEMPTS`), or on-stack replacement wants code for its loops now.
fn pure_patience_over(env: &Env, method: &Method) -> bool {
    let threshold = match env.vm.options.compilation {
        Compilation::Tiered { threshold } => threshold.max(1),
        _ => 1,
    };
    let calls = method.tier.calls.load(Ordering::Relaxed);
    let polls = method.tier.loop_polls.load(Ordering::Relaxed);
    calls >= threshold.saturating_mul(1 << (PURE_ATTEMPTS - 1))
        || polls >= (threshold / OSR_POLL_DIVISOR).max(1)
}

/// Whether the framed compiler may take `method`: any method with bytecode.
fn framed_candidate(method: &Method) -> bool {
    !method.is_native() && !method.is_abstract()
}

/// The compiler's kinds for a pure method's parameters and result, if it is a candidate.
fn signature(method: &Method) -> Option<(Vec<Kind>, Kind)> {
    if !method.is_static() || method.is_native() || method.is_synchronized() {
        return None;
    }
    let kind = |t: &FieldType| match t {
        FieldType::Int
        | FieldType::Short
        | FieldType::Char
        | FieldType::Byte
        | FieldType::Boolean => Some(Kind::Int),
        FieldType::Long => Some(Kind::Long),
        _ => None,
    };
    let parameters = method
        .parsed
        .parameters
        .iter()
        .map(kind)
        .collect::<Option<Vec<_>>>()?;
    // Narrower results would need the narrowing `ireturn` does for them.
    let result = match method.parsed.return_type.as_ref()? {
        FieldType::Int => Kind::Int,
        FieldType::Long => Kind::Long,
        _ => return None,
    };
    Some((parameters, result))
}

/// Compiles `method` (and, first, the compilable methods it calls), recording the outcome in
/// its tier state. `active` holds the methods being compiled, to stop at cycles.
///
/// In the background (`VmOptions::background_compilation`, tiered mode), this builds the IR
/// and queues it for the compiler thread; the method stays interpreted until a safepoint poll
/// or one of its calls installs the code (`install_finished`). The callees a pure method
/// needs compiled first are compiled at once, since the caller's code calls theirs.
fn compile(env: &mut Env, method: &Arc<Method>, active: &mut HashSet<u32>) {
    let started = std::time::Instant::now();
    let outermost = active.is_empty();
    compile_in(env, method, active);
    if outermost {
        env.vm.compiler.pause += started.elapsed();
    }
}

fn compile_in(env: &mut Env, method: &Arc<Method>, active: &mut HashSet<u32>) {
    let tier = &method.tier;
    if tier.code.get().is_some() || tier.queued.load(Ordering::Relaxed) {
        return;
    }
    let outermost = active.is_empty();
    if !active.insert(method.id) {
        return;
    }
    if env.vm.compiler.full {
        // The code cache is full: the method stays interpreted.
        active.remove(&method.id);
        tier.code.set(None);
        return;
    }
    let started = std::time::Instant::now();
    let enclosing_nested = std::mem::take(&mut env.vm.compiler.nested_time);
    let built = match try_compile(env, method, active) {
        // Not a pure method: compiled to run in its frame.
        Err(Failure::Permanent(_)) if framed_candidate(method) => try_compile_framed(env, method),
        // A pure method whose calls are still not all linked (or callees not compiled) after
        // a few attempts, or whose loops are hot: framed code, which runs such calls through
        // the runtime, rather than the interpreter for good.
        Err(Failure::NotYet) if framed_candidate(method) && pure_patience_over(env, method) => {
            try_compile_framed(env, method)
        }
        other => other,
    };
    active.remove(&method.id);
    // This method's own build time, without the callees compiled meanwhile.
    let nested = std::mem::replace(&mut env.vm.compiler.nested_time, enclosing_nested);
    let build = started.elapsed().saturating_sub(nested);
    match built {
        Ok(unfinished) => {
            let unfinished = if outermost {
                match enqueue(env, method, unfinished, build, false, false) {
                    Ok(()) => return,
                    Err(unfinished) => unfinished,
                }
            } else {
                unfinished
            };
            let generate_started = std::time::Instant::now();
            let generated = generate(env, unfinished);
            let took = build + generate_started.elapsed();
            finish(env, method, generated, took, false, false);
        }
        Err(failure) => failed(env, method, failure),
    }
    if !outermost {
        env.vm.compiler.nested_time += started.elapsed();
    }
}

/// Whether compilations go to the compiler thread: in tiered mode unless
/// `-XX:-BackgroundCompilation`; `-Xcomp` compiles before the first call.
fn background(env: &Env) -> bool {
    env.vm.options.background_compilation
        && matches!(env.vm.options.compilation, Compilation::Tiered { .. })
        && !env.vm.compiler.no_thread
}

/// Hands `unfinished` (`method`'s IR, which took `build` to build) to the compiler thread,
/// starting it if needed; gives it back when compilation is synchronous (or the thread is
/// unavailable).
fn enqueue(
    env: &mut Env,
    method: &Arc<Method>,
    unfinished: Unfinished,
    build: std::time::Duration,
    recompile: bool,
    direct_only: bool,
) -> Result<(), Unfinished> {
    if !background(env) {
        return Err(unfinished);
    }
    let max_threads = env.vm.options.compiler_threads;
    let compiler = &mut env.vm.compiler;
    if compiler.thread.is_none() {
        let Some(generator) = compiler.jit.as_ref().map(Jit::code_generator) else {
            return Err(unfinished);
        };
        match crate::compiler_thread::CompilerThread::start(generator) {
            Ok(thread) => compiler.thread = Some(thread),
            Err(_) => {
                compiler.no_thread = true;
                return Err(unfinished);
            }
        }
    }
    let thread = compiler.thread.as_mut().expect("started");
    let id = compiler.next_job;
    // The queue ranks the method by its heat, read from its counters when a thread picks.
    let hot = method.clone();
    let job = crate::compiler_thread::Job {
        id,
        method: unfinished,
        heat: Box::new(move || hot.tier.heat()),
    };
    if let Err(job) = thread.submit(job, max_threads) {
        compiler.no_thread = true;
        return Err(job.method);
    }
    compiler.next_job += 1;
    compiler.in_flight.insert(
        id,
        InFlight {
            method: method.clone(),
            build,
            recompile,
            direct_only,
        },
    );
    method.tier.queued.store(true, Ordering::Relaxed);
    Ok(())
}

/// Generates the machine code of `unfinished` on this thread.
fn generate(env: &Env, unfinished: Unfinished) -> Result<Generated, cortado_jit::Error> {
    match env.vm.compiler.jit.as_ref() {
        // (Cranelift panicking is a compiler bug: the method stays interpreted.)
        Some(jit) => guarded(|| jit.code_generator().generate(unfinished)),
        None => Err(cortado_jit::Error::Codegen("no compiler".into())),
    }
}

/// Installs what the compiler thread has finished (called at safepoint polls, when
/// `Compiler::ready` says there is something, and by calls of a queued method).
#[cold]
pub(crate) fn install_finished(env: &mut Env) {
    // Not while a compilation on this thread has the compiler out: at the next poll.
    if env.vm.compiler.jit.is_none() {
        return;
    }
    let Some(thread) = env.vm.compiler.thread.as_ref() else {
        return;
    };
    let started = std::time::Instant::now();
    for done in thread.take_done() {
        env.vm.compiler.background_time += done.took;
        let Some(job) = env.vm.compiler.in_flight.remove(&done.id) else {
            continue;
        };
        job.method.tier.queued.store(false, Ordering::Relaxed);
        let installed = finish(
            env,
            &job.method,
            done.result,
            job.build + done.took,
            job.recompile,
            job.direct_only,
        );
        if installed && job.recompile {
            job.method.tier.replaced.store(true, Ordering::Relaxed);
        }
    }
    env.vm.compiler.pause += started.elapsed();
}

/// Installs `method`'s generated code (what took `took` to compile) as its current code, if
/// the code cache has room; `true` when it did. A new compilation that fails makes the method
/// permanently interpreted; a failed recompilation leaves the method its code.
///
/// Valid however late it comes: what the IR took from the VM when it was built only goes
/// forward (constants once resolved stay so, classes once initialized stay so, methods and
/// classes are never freed, statics and tables do not move, a pure method's code is never
/// replaced), so code built from an older view is still correct, if slower than a rebuild.
fn finish(
    env: &mut Env,
    method: &Arc<Method>,
    generated: Result<Generated, cortado_jit::Error>,
    took: std::time::Duration,
    recompile: bool,
    direct_only: bool,
) -> bool {
    let fail = |env: &mut Env, error: cortado_jit::Error| {
        if !recompile && !direct_only {
            failed(env, method, Failure::Permanent(error.to_string()));
        }
        false
    };
    let generated = match generated {
        Ok(generated) => generated,
        Err(error) => return fail(env, error),
    };
    let size = generated.code_size;
    if !install(env, size) {
        // The code cache is full.
        if !recompile && !direct_only {
            method.tier.code.set(None);
        }
        return false;
    }
    let finished = match env.vm.compiler.jit.as_mut() {
        Some(jit) => jit.finish(generated),
        None => Err(cortado_jit::Error::Codegen("no compiler".into())),
    };
    let code = match finished {
        Ok(Finished::Framed(compiled)) => {
            // SAFETY: `entry` is the address of a finalized function with exactly the
            // `FramedEntry` signature (see `cortado_jit::FramedCode::entry`); the module that
            // owns the code lives in the VM's state, as long as every frame that runs it.
            #[allow(unsafe_code)]
            let entry = unsafe { std::mem::transmute::<usize, FramedEntry>(compiled.entry) };
            CompiledCode::Framed {
                entry,
                osr_entries: compiled.osr_entries.into_boxed_slice(),
                room_slots: compiled.room_slots,
            }
        }
        Ok(Finished::Pure(compiled)) => {
            let Some((parameters, result)) = signature(method) else {
                return fail(env, cortado_jit::Error::Codegen("not pure".into()));
            };
            // SAFETY: `entry` is the address of a finalized function with exactly the `Entry`
            // signature (see `cortado_jit::Compiled::entry`); the module that owns the code
            // lives in the VM's state, as long as every method that can call it.
            #[allow(unsafe_code)]
            let entry = unsafe { std::mem::transmute::<usize, Entry>(compiled.entry) };
            CompiledCode::Pure {
                entry,
                callee: Callee {
                    address: compiled.implementation,
                    parameters,
                    result,
                },
            }
        }
        Err(error) => return fail(env, error),
    };
    let what = match (recompile, direct_only) {
        (false, false) => "",
        (true, false) => "recompiled ",
        (false, true) => "framed entry ",
        (true, true) => "recompiled framed entry ",
    };
    log_compilation(env, method, &code, size, took, what);
    match (direct_only, &code) {
        (
            true,
            CompiledCode::Framed {
                entry, room_slots, ..
            },
        ) => set_direct(method, *entry, *room_slots),
        (true, CompiledCode::Pure { .. }) => {}
        (false, _) => set_code(method, code),
    }
    true
}

/// Records why `method` was not compiled: permanently (logged, the method stays interpreted)
/// or not yet (tried again after as many calls again).
fn failed(env: &mut Env, method: &Method, failure: Failure) {
    let tier = &method.tier;
    match failure {
        _ if env.vm.compiler.full => tier.code.set(None),
        Failure::Permanent(reason) => {
            if env.vm.compiler.failures.len() < MAX_RECORDED_FAILURES {
                let entry = format!(
                    "{}.{}{}: {reason}",
                    method.class_name, method.name, method.descriptor
                );
                env.vm.compiler.failures.push(entry);
            }
            if env.vm.options.print_compilation {
                let line = format!(
                    "        made not compilable: {}::{} ({reason})\n",
                    method.class_name.replace('/', "."),
                    method.name
                );
                let _ = env.vm.host.write(1, line.as_bytes());
            }
            tier.code.set(None);
        }
        Failure::NotYet => {
            // A call in it is not resolved yet, or its callee is not ready: try again after
            // as many calls again.
            let calls = tier.calls.load(Ordering::Relaxed);
            tier.next_attempt
                .store(calls.saturating_mul(2).max(calls + 1), Ordering::Relaxed);
        }
    }
}

/// The `-XX:+PrintCompilation` line of a compiled method.
fn log_compilation(
    env: &mut Env,
    method: &Method,
    code: &CompiledCode,
    code_size: usize,
    took: std::time::Duration,
    what: &str,
) {
    if env.vm.options.perf_map {
        let address = match code {
            CompiledCode::Pure { entry, .. } => *entry as usize,
            CompiledCode::Framed { entry, .. } => *entry as usize,
        };
        write_perf_map(address, code_size, method);
    }
    if env.vm.options.print_compilation {
        let mut line = format!(
            "{:>7} {:>4}       {what}{}::{} ({} bytes) -> {} bytes of machine code in {} µs\n",
            env.vm.host.nano_time() / 1_000_000,
            env.vm.compiler.compiled,
            method.class_name.replace('/', "."),
            method.name,
            code_length(env, method),
            code_size,
            took.as_micros(),
        );
        let key = method as *const Method as usize;
        for inlined in env
            .vm
            .compiler
            .inlining_logs
            .remove(&key)
            .unwrap_or_default()
        {
            line.push_str(&inlined);
        }
        let _ = env.vm.host.write(1, line.as_bytes());
    }
}

/// Names a compiled method for Linux `perf` (`-XX:+PerfMapEnabled`).
fn write_perf_map(address: usize, size: usize, method: &Method) {
    let line = format!(
        "{address:x} {size:x} {}::{}{}\n",
        method.class_name.replace('/', "."),
        method.name,
        method.descriptor
    );
    crate::host::append_perf_map(&line);
}

const MAX_RECORDED_FAILURES: usize = 1000;

enum Failure {
    /// The method can never be compiled by this tier.
    Permanent(String),
    /// The method may be compilable later.
    NotYet,
}

fn code_length(env: &Env, method: &Method) -> usize {
    let class = env.vm.class(method.class);
    class
        .file
        .as_ref()
        .and_then(|file| file.methods[method.index_in_class as usize].code())
        .map_or(0, |code| code.code.len())
}

/// What both compilers start from: a verified method's class and class file, and the VM's
/// compiler, taken out while it works (so that the environment can compile callees; the
/// caller puts it back).
fn begin_compilation(
    env: &mut Env,
    method: &Method,
) -> Result<
    (
        Arc<crate::class::Class>,
        Arc<cortado_classfile::ClassFile>,
        Jit,
    ),
    Failure,
> {
    // The interpreter's checks (and verification) come first: code that fails them must
    // throw VerifyError from the interpreter.
    match method.prepared.get() {
        Some(Ok(_)) => {}
        Some(Err(_)) => return Err(Failure::Permanent("does not verify".into())),
        None => return Err(Failure::NotYet),
    }
    let class = env.vm.classes[method.class as usize].clone();
    let file = class
        .file
        .clone()
        .ok_or_else(|| Failure::Permanent("no class file".into()))?;
    // Checked before the compiler is taken out, which nothing must fail after.
    method_code(&file, method)?;
    if env.vm.compiler.jit.is_none() && !env.vm.compiler.unavailable {
        let started = std::time::Instant::now();
        match Jit::with_ir_verifier(env.vm.options.verify_compiler_ir) {
            Ok(jit) => env.vm.compiler.jit = Some(jit),
            Err(_) => env.vm.compiler.unavailable = true,
        }
        // Setting Cranelift up (once per VM, about 0.7 ms) is no method's compile time.
        env.vm.compiler.nested_time += started.elapsed();
    }
    let Some(jit) = env.vm.compiler.jit.take() else {
        return Err(Failure::Permanent("no compiler for this machine".into()));
    };
    Ok((class, file, jit))
}

fn method_code<'f>(
    file: &'f cortado_classfile::ClassFile,
    method: &Method,
) -> Result<&'f cortado_classfile::Code, Failure> {
    file.methods[method.index_in_class as usize]
        .code()
        .ok_or_else(|| Failure::Permanent("no code".into()))
}

/// Builds the IR of pure `method`, compiling its callees first.
fn try_compile(
    env: &mut Env,
    method: &Arc<Method>,
    active: &mut HashSet<u32>,
) -> Result<Unfinished, Failure> {
    let (parameters, result) =
        signature(method).ok_or_else(|| Failure::Permanent("signature".into()))?;
    let (_, file, mut jit) = begin_compilation(env, method)?;
    let code = method_code(&file, method)?;
    let mut environment = CompileEnv {
        env,
        method,
        active,
        not_yet: false,
    };
    let outcome = guarded(|| {
        jit.build(
            &MethodInput {
                name: &method.name,
                code: &code.code,
                max_locals: code.max_locals,
                parameters,
                result,
            },
            &mut environment,
        )
    });
    let not_yet = environment.not_yet;
    env.vm.compiler.jit = Some(jit);
    match outcome {
        Ok(unfinished) => Ok(unfinished),
        Err(_) if not_yet => Err(Failure::NotYet),
        Err(error) => Err(Failure::Permanent(error.to_string())),
    }
}

/// `step` of a compilation on the VM's thread (translating a method to IR, or generating
/// its code), with a panic (a compiler bug) as an error: the method stays interpreted
/// rather than the program dying, perhaps inside a helper called from compiled code, where
/// a panic cannot unwind. The compiler (which keeps the installed code alive) goes back
/// into service: a failed translation declares only anonymous functions nothing refers to.
pub(crate) fn guarded<T>(
    step: impl FnOnce() -> Result<T, cortado_jit::Error>,
) -> Result<T, cortado_jit::Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(step)).unwrap_or_else(|_| {
        Err(cortado_jit::Error::Codegen(
            "the compiler panicked (a bug)".into(),
        ))
    })
}

/// What the compiler asks of the VM while compiling `method`.
struct CompileEnv<'e, 'a, 'g, 'm> {
    env: &'e mut Env<'a, 'g>,
    method: &'m Arc<Method>,
    active: &'m mut HashSet<u32>,
    /// A refusal was temporary (an unresolved call, a callee not compiled yet).
    not_yet: bool,
}

impl Environment for CompileEnv<'_, '_, '_, '_> {
    fn constant(&mut self, index: u16) -> Option<(Kind, i64)> {
        let class = self.env.vm.class(self.method.class);
        match class.file.as_ref()?.constant_pool.get(index)? {
            Constant::Integer(v) => Some((Kind::Int, *v as i64)),
            Constant::Long(v) => Some((Kind::Long, *v)),
            _ => None,
        }
    }

    fn static_target(&mut self, index: u16) -> Result<Target, String> {
        let class = self.env.vm.class(self.method.class);
        // Only calls the interpreter has already linked: resolving here could load classes
        // or throw at the wrong moment.
        let resolved = match class
            .constant_cache
            .get(index as usize)
            .and_then(|c| c.get())
        {
            Some(Resolved::Method(target)) => target.clone(),
            Some(_) => return Err("not a method".into()),
            None => {
                let file = class.file.as_ref().ok_or("no class file")?;
                let (member, _) = file
                    .constant_pool
                    .member_ref(index)
                    .map_err(|e| e.to_string())?;
                if member.class == &*self.method.class_name
                    && member.name == self.method.name
                    && member.descriptor == self.method.descriptor
                {
                    return Ok(Target::This);
                }
                self.not_yet = true;
                return Err("call not linked yet".into());
            }
        };
        if Arc::ptr_eq(&resolved, self.method) {
            return Ok(Target::This);
        }
        // Compiled code does not initialize classes: the callee's must be initialized already
        // (it never goes back).
        if self.env.vm.class(resolved.class).init_state() != InitState::Initialized {
            self.not_yet = true;
            return Err("callee's class not initialized".into());
        }
        compile(self.env, &resolved, self.active);
        match resolved.tier.code.get() {
            Some(Some(CompiledCode::Pure { callee, .. })) => Ok(Target::Compiled(callee.clone())),
            Some(_) => Err(format!("calls {}, which is not pure", resolved.name)),
            None => {
                self.not_yet = true;
                Err(format!("calls {}, not compiled yet", resolved.name))
            }
        }
    }
}

/// The [`CallContext`] of one call from the interpreter, with what the poll needs.
#[repr(C)]
struct PollContext<'e, 'a, 'g> {
    /// First, so that the context pointer compiled code passes is also this struct's.
    call: CallContext,
    env: *mut Env<'a, 'g>,
    /// An exception or stop raised at a safepoint, to unwind with once the call has bailed.
    pending: Option<Throw>,
    _env: std::marker::PhantomData<&'e mut Env<'a, 'g>>,
}

/// The safepoint of compiled code: charges the steps taken and lets the VM stop the guest or
/// hand the lock to other threads (compiled frames hold no references, so objects may move).
extern "C" fn poll(context: *mut CallContext) -> u32 {
    // SAFETY: compiled code passes the pointer `run` gave it, which points at the `call` field
    // (the first, `repr(C)`) of a `PollContext` alive for the whole call; `env` was derived
    // from the `&mut Env` that `run` holds and does not use until the call returns.
    #[allow(unsafe_code)]
    let context = unsafe { &mut *(context as *mut PollContext) };
    // SAFETY: see above.
    #[allow(unsafe_code)]
    let env = unsafe { &mut *context.env };
    context.call.budget = crate::interp::SAFEPOINT_INTERVAL as i32;
    match crate::threads::poll(env, crate::interp::SAFEPOINT_INTERVAL as u64) {
        Ok(()) => 0,
        Err(throw) => {
            context.pending = Some(throw);
            1
        }
    }
}

/// Calls compiled code with the interpreter's argument slots at `base`.
fn run(env: &mut Env, entry: Entry, base: usize) -> Option<JResult<u64>> {
    let depth = env.thread.frames.len();
    if depth > env.thread.compiled_depth_limit {
        return None;
    }
    // Back at (or above) the frame whose compiled call overflowed: that recursion is over.
    env.thread.compiled_depth_limit = usize::MAX;
    let limit = native_stack_limit(env)?;
    let args = env.thread.stack[base..].as_ptr();
    // Compiled code continues the interpreter's step count, so that polls (and fuel) fall
    // every SAFEPOINT_INTERVAL steps whichever tier takes them.
    let interval = crate::interp::SAFEPOINT_INTERVAL;
    // Plus one: the interpreter counted this call already, and compiled code counts it again
    // on entry (compiled callers count calls only there).
    let budget = (interval - env.thread.ticks % interval) as i32 + 1;
    let mut context = PollContext {
        call: CallContext {
            status: 0,
            budget,
            poll,
            // (The entry stores the limit it is given.)
            stack_limit: 0,
        },
        env: env as *mut Env,
        pending: None,
        _env: std::marker::PhantomData,
    };
    let value = entry(
        args,
        limit,
        &mut context as *mut PollContext as *mut CallContext,
    );
    // Steps taken after the entry (which the interpreter counted), modulo the interval: a
    // poll refills the budget to the full interval, which leaves that count unchanged.
    let taken = budget.wrapping_sub(context.call.budget).wrapping_sub(1);
    env.thread.ticks = env.thread.ticks.wrapping_add(taken as u32);
    match context.call.status {
        0 => Some(Ok(value)),
        cortado_jit::BAIL_STACK => {
            env.thread.compiled_depth_limit = depth;
            None
        }
        _ => context.pending.take().map(Err),
    }
}

/// The lowest native stack address compiled code may reach from here: no lower than the
/// thread's stack allows (with the reserve the interpreter keeps for natives), and no deeper,
/// in frames, than the Java stack has room for (a compiled frame counted as 64 bytes), so that
/// deep recursion ends in StackOverflowError from the interpreter as it would without a
/// compiler. `None` when there is no room at all.
pub(crate) fn native_stack_limit(env: &Env) -> Option<usize> {
    let here = &env as *const _ as usize;
    let native_room =
        stacker::remaining_stack()?.checked_sub(crate::interp::call::NATIVE_STACK_RESERVE)?;
    let frames_left = env.thread.max_frames.checked_sub(env.thread.frames.len())?;
    let room = native_room.min(frames_left.saturating_mul(64));
    here.checked_sub(room)
}

/// Builds the IR of `method`'s code to run inside its interpreter frame
/// (`cortado_jit::FramedCode`).
fn try_compile_framed(env: &mut Env, method: &Arc<Method>) -> Result<Unfinished, Failure> {
    let (class, file, mut jit) = begin_compilation(env, method)?;
    let code = method_code(&file, method)?;
    let mut environment = FrameCompileEnv {
        env,
        class,
        caller_max_locals: code.max_locals,
        outer: Vec::new(),
        inlining: Vec::new(),
    };
    let outcome = guarded(|| {
        jit.build_framed(
            &FramedMethod {
                name: &method.name,
                code: &code.code,
                constant_pool: &file.constant_pool,
                max_locals: code.max_locals,
                is_static: method.is_static(),
                descriptor: &method.parsed,
                handlers: &code.exception_table,
            },
            &mut environment,
        )
    });
    let inlining = std::mem::take(&mut environment.inlining);
    if env.vm.options.print_compilation && env.vm.options.print_inlining && outcome.is_ok() {
        let key = Arc::as_ptr(method) as usize;
        env.vm.compiler.inlining_logs.insert(key, inlining);
    }
    env.vm.compiler.jit = Some(jit);
    outcome.map_err(|error| Failure::Permanent(error.to_string()))
}

/// What the framed compiler asks of the VM: fields already resolved.
struct FrameCompileEnv<'e, 'a, 'g> {
    env: &'e mut Env<'a, 'g>,
    /// The class whose constant pool the compiler's indices refer to: the compiled method's,
    /// or an inlined one's (`outer` holds those of the calls it is inlined in).
    class: Arc<crate::class::Class>,
    /// The `max_locals` of the method whose code is being translated (the frame its call
    /// sites and allocations position).
    caller_max_locals: u16,
    outer: Vec<(Arc<crate::class::Class>, u16)>,
    /// `-XX:+PrintInlining`: the decisions noted so far, in order (a call's own decisions
    /// after it).
    inlining: Vec<String>,
}

impl FrameCompileEnv<'_, '_, '_> {
    /// The method the interpreter's calls through method reference `index` selected for the
    /// last receiver class they saw (`CallCache`), guarded by that class.
    fn profiled(&self, index: u16) -> Option<(Arc<Method>, Receiver)> {
        let cache = self.class.call_caches.get(index as usize)?;
        let class = cache.class.load(Ordering::Relaxed);
        let method = cache.lookup(class)?;
        Some((method.to_arc(), Receiver::Class { class }))
    }

    /// `target` as the method inlined at invoke `index` behind `receiver`'s guard, if it may
    /// be inlined.
    fn offer(
        &mut self,
        index: u16,
        target: &Arc<Method>,
        receiver: Receiver,
    ) -> Option<InlineCandidate> {
        let unusual = cortado_classfile::access::NATIVE
            | cortado_classfile::access::SYNCHRONIZED
            | cortado_classfile::access::ABSTRACT;
        if target.access_flags & unusual != 0 {
            return self.refuse(target, "native, synchronized or abstract");
        }
        // Verified and prepared: the interpreter may have to finish the call.
        let Some(Ok(prepared)) = target.prepared.get() else {
            return self.refuse(target, "not run yet");
        };
        let owner = self.env.vm.class(target.class);
        let file = owner.file.as_ref()?;
        let code = file.methods[target.index_in_class as usize].code()?;
        if code.code.len() > MAX_CANDIDATE_BYTES {
            return self.refuse(target, "too large");
        }
        let overridden = match receiver {
            Receiver::Vtable { slot } => overridden(self.env, target, slot),
            Receiver::Class { .. } => {
                self.class.call_caches[index as usize]
                    .misses
                    .load(Ordering::Relaxed)
                    > 0
            }
            _ => false,
        };
        // `String.charAt` and `length` selected by an interface or virtual call (a
        // `CharSequence`'s): their intrinsic behind the call's guard.
        let intrinsic = match &*target.class_name {
            "java/lang/String" => string_intrinsic(owner, target),
            _ => None,
        };
        Some(InlineCandidate {
            method: Arc::as_ptr(target) as u64,
            intrinsic,
            bridge: target.access_flags & cortado_classfile::access::BRIDGE != 0,
            overridden,
            class: target.class,
            code: code.code.clone(),
            file: file.clone(),
            max_locals: code.max_locals,
            frame_slots: prepared.max_locals as u32 + prepared.max_stack as u32 + 2,
            is_static: target.is_static(),
            descriptor: target.parsed.clone(),
            handlers: code.exception_table.clone(),
            receiver,
        })
    }

    /// Not inlining a call of `method`, for `reason` (noted for `-XX:+PrintInlining`).
    fn refuse(&mut self, method: &Method, reason: &str) -> Option<InlineCandidate> {
        if self.env.vm.options.print_compilation && self.env.vm.options.print_inlining {
            let length = code_length(self.env, method);
            let line = inlining_line(self.outer.len() + 1, method, length, reason);
            self.inlining.push(line);
        }
        None
    }
}

/// The intrinsic of `String.length()` or `String.charAt(int)` (`method`, of `string`).
fn string_intrinsic(string: &crate::class::Class, method: &Method) -> Option<Intrinsic> {
    let value = string
        .fields
        .iter()
        .find(|f| f.name == "value" && f.descriptor == "[C" && !f.is_static())?;
    let value_offset = value.offset;
    match (&*method.name, &*method.descriptor) {
        ("length", "()I") => Some(Intrinsic::StringLength { value_offset }),
        ("charAt", "(I)C") => Some(Intrinsic::StringCharAt { value_offset }),
        _ => None,
    }
}

/// A `-XX:+PrintInlining` line: the call of `method` at `depth` (1: in the compiled method),
/// and what became of it.
fn inlining_line(depth: usize, method: &Method, length: usize, what: &str) -> String {
    format!(
        "{:indent$}@ {}::{} ({length} bytes)   {what}\n",
        "",
        method.class_name.replace('/', "."),
        method.name,
        indent = 17 + 2 * depth,
    )
}

/// Whether a subclass may override `method` (an instance method): not private or final,
/// nor of a final class.
fn overridable(env: &Env, method: &Method) -> bool {
    let owner = env.vm.class(method.class);
    !method.is_private()
        && method.access_flags & cortado_classfile::access::FINAL == 0
        && owner.access_flags & cortado_classfile::access::FINAL == 0
}

/// Whether a loaded subclass of `method`'s class has another method in vtable slot `slot`
/// (class hierarchy analysis, for inlining: a guard on that slot would fail at times).
fn overridden(env: &Env, method: &Arc<Method>, slot: u16) -> bool {
    let owner = env.vm.class(method.class);
    let depth = owner.supers.len() - 1;
    env.vm.classes.iter().any(|class| {
        class.supers.get(depth) == Some(&method.class)
            && class
                .vtable
                .get(slot as usize)
                .is_some_and(|m| !Arc::ptr_eq(m, method))
    })
}

/// Receiver classes whose methods a polymorphic call site inlines, at most.
const MAX_POLYMORPHIC: usize = 4;

/// The methods that instances of the loaded subclasses of `method`'s class have in vtable
/// slot `slot` (class hierarchy analysis: every method such a call may select while no
/// other class is loaded), or `None` if more than [`MAX_POLYMORPHIC`].
fn implementations(env: &Env, method: &Arc<Method>, slot: u16) -> Option<Vec<Arc<Method>>> {
    let mut found: Vec<Arc<Method>> = Vec::new();
    for (_, selected) in instantiable_subclasses(env, method, slot) {
        if !found.iter().any(|m| Arc::ptr_eq(m, selected)) {
            if found.len() == MAX_POLYMORPHIC {
                return None;
            }
            found.push(selected.clone());
        }
    }
    Some(found)
}

/// The loaded classes that can have instances and inherit `method`'s class, each with the
/// method in its vtable slot `slot`, or `None` if more than [`MAX_POLYMORPHIC`].
fn concrete_subclasses(
    env: &Env,
    method: &Arc<Method>,
    slot: u16,
) -> Option<Vec<(crate::class::ClassId, Arc<Method>)>> {
    let mut found = Vec::new();
    for (class, selected) in instantiable_subclasses(env, method, slot) {
        if found.len() == MAX_POLYMORPHIC {
            return None;
        }
        found.push((class, selected.clone()));
    }
    Some(found)
}

/// Each loaded class that can have instances (abstract classes cannot) and inherits
/// `method`'s class, with the method in its vtable slot `slot`.
fn instantiable_subclasses<'e>(
    env: &'e Env,
    method: &Arc<Method>,
    slot: u16,
) -> impl Iterator<Item = (crate::class::ClassId, &'e Arc<Method>)> {
    let owner = method.class;
    let depth = env.vm.class(owner).supers.len() - 1;
    env.vm.classes.iter().filter_map(move |class| {
        let instantiable = class.supers.get(depth) == Some(&owner)
            && class.access_flags & cortado_classfile::access::ABSTRACT == 0;
        let selected = class.vtable.get(slot as usize).filter(|_| instantiable)?;
        Some((class.id, selected))
    })
}

/// The loaded classes that can have instances implementing interface method `method`, each
/// with the method it selects (its itable entry), or `None` if more than
/// [`MAX_POLYMORPHIC`] or one selects no method (an `AbstractMethodError` the call must
/// throw).
fn implementors(
    env: &Env,
    method: &Arc<Method>,
) -> Option<Vec<(crate::class::ClassId, Arc<Method>)>> {
    let mut found = Vec::new();
    for class in env.vm.classes.iter() {
        if class.is_interface()
            || class.access_flags & cortado_classfile::access::ABSTRACT != 0
            || class.all_interfaces.binary_search(&method.class).is_err()
        {
            continue;
        }
        if found.len() == MAX_POLYMORPHIC {
            return None;
        }
        let selected = class.itable.get(&method.id)?;
        found.push((class.id, selected.clone()));
    }
    Some(found)
}

/// Math's `(D)D` natives that compiled code calls directly (`Intrinsic::MathUnary`).
const MATH_UNARY: [(&str, extern "C" fn(f64) -> f64); 6] = {
    use crate::natives::math::*;
    [
        ("sin", math_sin),
        ("cos", math_cos),
        ("tan", math_tan),
        ("exp", math_exp),
        ("log", math_log),
        ("log10", math_log10),
    ]
};

/// What constant `index` of `class` resolved to, if it is resolved.
fn resolved(class: &crate::class::Class, index: u16) -> Option<&Resolved> {
    class
        .constant_cache
        .get(index as usize)
        .and_then(|c| c.get())
}

impl FrameEnvironment for FrameCompileEnv<'_, '_, '_> {
    fn helpers(&self) -> Helpers {
        crate::framed::helpers()
    }

    fn exact_polls(&self) -> bool {
        crate::framed::every_poll_counts(self.env)
    }

    fn constant_cell(&mut self, index: u16) -> Option<u64> {
        // Interned strings and mirrors live in tables whose cells never move and are never
        // cleared once set (both are roots).
        match resolved(&self.class, index)? {
            Resolved::String(slot) => Some(self.env.vm.strings.refs.cell(*slot as usize) as u64),
            Resolved::Class(id) => {
                let mirrors = &self.env.vm.mirrors;
                (mirrors[*id as usize] != cortado_gc::NULL)
                    .then(|| mirrors.cell(*id as usize) as u64)
            }
            _ => None,
        }
    }

    fn array_layout(&self) -> ArrayLayout {
        crate::framed::array_layout()
    }

    fn intrinsic(&mut self, index: u16, kind: InvokeKind) -> Option<Intrinsic> {
        // Resolved quietly as call sites are: a call after the loop a method was compiled in
        // (its first run) is an intrinsic too.
        let quiet = match kind {
            InvokeKind::Dynamic => return None,
            _ => crate::interp::resolve::quietly(self.env, &self.class, index),
        };
        let Some(Resolved::Method(method)) = quiet else {
            return None;
        };
        let owner = self.env.vm.class(method.class);
        if owner.init_state() != InitState::Initialized {
            return None;
        }
        let class = &*method.class_name;
        let name = &*method.name;
        let descriptor = &*method.descriptor;
        if (kind, class, descriptor) == (InvokeKind::Static, "java/lang/Math", "(D)D") {
            if let Some(&(_, function)) = MATH_UNARY.iter().find(|&&(n, _)| n == name) {
                return Some(Intrinsic::MathUnary {
                    function: function as usize,
                });
            }
        }
        let hashed_bit = cortado_gc::header::HASHED_BIT;
        match (kind, class, name, descriptor) {
            (
                InvokeKind::Static,
                "java/lang/System",
                "identityHashCode",
                "(Ljava/lang/Object;)I",
            ) => {
                return Some(Intrinsic::IdentityHash {
                    argument: true,
                    hashed_bit,
                    vtable: None,
                });
            }
            (InvokeKind::Special, "java/lang/Object", "hashCode", "()I") => {
                return Some(Intrinsic::IdentityHash {
                    argument: false,
                    hashed_bit,
                    vtable: None,
                });
            }
            (InvokeKind::Virtual, "java/lang/Object", "getClass", "()Ljava/lang/Class;") => {
                return Some(Intrinsic::GetClass);
            }
            (InvokeKind::Virtual, "java/lang/Object", "hashCode", "()I") => {
                let slot = method.vtable_index?;
                return Some(Intrinsic::IdentityHash {
                    argument: false,
                    hashed_bit,
                    vtable: Some((slot as u16, &**method as *const Method as u64)),
                });
            }
            _ => {}
        }
        match (kind, class) {
            (InvokeKind::Static, "java/lang/Math") if name == "pow" && descriptor == "(DD)D" => {
                Some(Intrinsic::MathBinary {
                    function: crate::natives::math::math_pow as *const () as usize,
                })
            }
            (InvokeKind::Static, "java/lang/Math" | "java/lang/StrictMath") => {
                Some(match (name, descriptor) {
                    ("sqrt", "(D)D") => Intrinsic::Sqrt,
                    ("abs", "(I)I") => Intrinsic::AbsI,
                    ("abs", "(J)J") => Intrinsic::AbsJ,
                    ("abs", "(D)D") => Intrinsic::AbsD,
                    ("min", "(II)I") => Intrinsic::MinI,
                    ("max", "(II)I") => Intrinsic::MaxI,
                    ("min", "(JJ)J") => Intrinsic::MinJ,
                    ("max", "(JJ)J") => Intrinsic::MaxJ,
                    ("min", "(DD)D") => Intrinsic::MinD,
                    ("max", "(DD)D") => Intrinsic::MaxD,
                    _ => return None,
                })
            }
            (InvokeKind::Static, "java/lang/Double" | "java/lang/Float") => {
                Some(match (name, descriptor) {
                    ("doubleToRawLongBits", "(D)J") => Intrinsic::DoubleToBits,
                    ("longBitsToDouble", "(J)D") => Intrinsic::BitsToDouble,
                    ("floatToRawIntBits", "(F)I") => Intrinsic::FloatToBits,
                    ("intBitsToFloat", "(I)F") => Intrinsic::BitsToFloat,
                    _ => return None,
                })
            }
            (InvokeKind::Static, "java/lang/System")
                if name == "arraycopy"
                    && descriptor == "(Ljava/lang/Object;ILjava/lang/Object;II)V" =>
            {
                // The primitive array classes loaded so far (compiling loads nothing), most
                // copied first.
                let mut arrays = [(u32::MAX, 0); 8];
                for (n, element) in "CBIJDFSZ".chars().enumerate() {
                    let name: Arc<str> = Arc::from(format!("[{element}").as_str());
                    let id = self.env.vm.class_ids.get(&(LoaderId::Boot, name));
                    if let Some(&id) = id {
                        if let Some(element) = self.env.vm.class(id).element_type() {
                            arrays[n] = (id, element.size().trailing_zeros() as u8);
                        }
                    }
                }
                let object_array = self
                    .env
                    .vm
                    .class_ids
                    .get(&(LoaderId::Boot, Arc::from("[Ljava/lang/Object;")))
                    .copied()
                    .unwrap_or(u32::MAX);
                Some(Intrinsic::ArrayCopy {
                    arrays,
                    object_array,
                })
            }
            (InvokeKind::Virtual, "java/lang/String") => string_intrinsic(owner, method),
            _ => None,
        }
    }

    fn inline_allocation(&mut self, index: u16) -> Option<(u32, u32, AllocationLayout)> {
        // The same fast path as `Heap::allocate_in`, which the interpreter's allocations
        // take first: stress modes see the same buffer refills either way.
        let Some(Resolved::Class(id)) =
            crate::interp::resolve::quietly(self.env, &self.class, index)
        else {
            return None;
        };
        let size = self.env.vm.class(*id).instance_size as usize;
        let words = size
            .div_ceil(8)
            .max(cortado_gc::header::MIN_OBJECT_SIZE / 8);
        Some((*id, words as u32, crate::framed::allocation_layout()))
    }

    fn array_allocation(
        &mut self,
        primitive: bool,
        operand: u16,
    ) -> Option<(u32, u32, AllocationLayout)> {
        // Only an array class that exists already: compiling loads nothing.
        let (name, loader) = if primitive {
            let element = BasicType::from_array_type_code(operand as u8)?;
            (format!("[{}", element.descriptor_char()), LoaderId::Boot)
        } else {
            let Some(Resolved::Class(id)) =
                crate::interp::resolve::quietly(self.env, &self.class, operand)
            else {
                return None;
            };
            let component = self.env.vm.class(*id);
            let name = if component.is_array() {
                format!("[{}", component.name)
            } else {
                format!("[L{};", component.name)
            };
            (name, component.loader)
        };
        let id = *self
            .env
            .vm
            .class_ids
            .get(&(loader, Arc::from(name.as_str())))?;
        let element = self.env.vm.class(id).element_type()?;
        Some((
            id,
            element.size() as u32,
            crate::framed::allocation_layout(),
        ))
    }

    fn new_site(&mut self, index: u16) -> Option<u64> {
        let Some(Resolved::Class(id)) =
            crate::interp::resolve::quietly(self.env, &self.class, index)
        else {
            return None;
        };
        let target = self.env.vm.class(*id);
        if target.is_interface()
            || target.is_abstract()
            || target.is_array()
            || target.init_state() != InitState::Initialized
        {
            return None;
        }
        Some(((self.caller_max_locals as u64) << 32) | *id as u64)
    }

    fn leaf_method(&mut self, index: u16) -> Option<LeafMethod> {
        let Some(Resolved::Method(method)) = resolved(&self.class, index) else {
            return None;
        };
        let plain = cortado_classfile::access::STATIC;
        let unusual = cortado_classfile::access::NATIVE
            | cortado_classfile::access::SYNCHRONIZED
            | cortado_classfile::access::ABSTRACT;
        if method.access_flags & plain == 0 || method.access_flags & unusual != 0 {
            return None;
        }
        // ireturn narrows booleans, bytes, chars and shorts: leave those to calls.
        if !matches!(
            method.return_type,
            Some(BasicType::Int | BasicType::Long | BasicType::Float | BasicType::Double)
        ) {
            return None;
        }
        let owner = self.env.vm.class(method.class);
        if owner.init_state() != InitState::Initialized {
            return None;
        }
        let file = owner.file.as_ref()?;
        let code = file.methods[method.index_in_class as usize].code()?;
        if code.code.len() > MAX_LEAF_BYTES || !code.exception_table.is_empty() {
            return None;
        }
        Some(LeafMethod {
            code: code.code.clone(),
            file: file.clone(),
            max_locals: code.max_locals,
            descriptor: method.parsed.clone(),
        })
    }

    fn type_check(&mut self, index: u16) -> Option<TypeCheck> {
        let Some(Resolved::Class(id)) =
            crate::interp::resolve::quietly(self.env, &self.class, index)
        else {
            return None;
        };
        let target = self.env.vm.class(*id);
        let interface = target.is_interface();
        let depth = (!interface && !target.is_array() && !target.supers.is_empty())
            .then(|| target.supers.len() as u32 - 1);
        Some(TypeCheck {
            class: *id,
            depth,
            interface,
        })
    }

    fn call_site(&mut self, index: u16, kind: InvokeKind) -> Option<SiteInfo> {
        use crate::framed::{CallSite, SiteTarget};
        // A method the interpreter has not resolved yet is resolved here if that has no
        // side effect, so that a call after a loop compiled during its first run is a call,
        // not a slow path that makes the method compile again. (Inlining still waits for
        // the interpreter: it is asked first, and unexecuted calls would spend its budget.)
        let quiet = match kind {
            InvokeKind::Dynamic => resolved(&self.class, index),
            _ => crate::interp::resolve::quietly(self.env, &self.class, index),
        };
        let method = match quiet {
            Some(Resolved::Method(method)) => method,
            // A linked call site: its implementing method, whose class linking initialized.
            Some(Resolved::CallSite(method)) if kind == InvokeKind::Dynamic => method,
            _ => return None,
        };
        // Only what selection would give without any check that can fail; the rest goes
        // through the runtime's full path (which throws where it must).
        let target = match kind {
            InvokeKind::Static
                if method.is_static()
                    && self.env.vm.class(method.class).init_state() == InitState::Initialized =>
            {
                SiteTarget::Fixed(MethodRef::new(method))
            }
            InvokeKind::Special
                if !method.is_static()
                    && !method.is_abstract()
                    && (method.name == "<init>" || method.is_private()) =>
            {
                SiteTarget::Fixed(MethodRef::new(method))
            }
            // Other `invokespecial`s (`super.m()`, `I.super.m()`) select the same method at
            // every execution (JVMS §6.5): select it now.
            InvokeKind::Special if !method.is_static() => {
                let selected =
                    crate::interp::resolve::special_selection(self.env, &self.class, method);
                if selected.is_abstract() {
                    return None;
                }
                SiteTarget::Fixed(MethodRef::new(&selected))
            }
            InvokeKind::Dynamic => SiteTarget::Fixed(MethodRef::new(method)),
            // Private interface methods too: they are in the interface method tables
            // compiled code searches (`framed::interface_method_table`).
            InvokeKind::Interface if !method.is_static() => SiteTarget::Interface {
                resolved: MethodRef::new(method),
            },
            // A method nothing can override (private, final, or of a final class: a
            // receiver's class is then the method's own) is every execution's selection.
            InvokeKind::Virtual if !method.is_static() => match method.vtable_index {
                _ if !overridable(self.env, method) => SiteTarget::Fixed(MethodRef::new(method)),
                Some(slot) => SiteTarget::Virtual {
                    resolved: MethodRef::new(method),
                    slot: slot as u16,
                },
                None => return None,
            },
            _ => return None,
        };
        let receiver = match target {
            _ if method.is_static() => Receiver::None,
            SiteTarget::Fixed(_) => Receiver::NonNull,
            SiteTarget::Virtual { slot, .. } => Receiver::Vtable { slot },
            SiteTarget::Interface { .. } => Receiver::CachedClass,
        };
        let fixed = match target {
            SiteTarget::Fixed(method) => &*method as *const Method as u64,
            _ => 0,
        };
        let itable_key = match target {
            SiteTarget::Interface { resolved } => resolved.id,
            _ => 0,
        };
        let site = Box::new(CallSite::new(target, self.caller_max_locals, method));
        let info = SiteInfo {
            address: &*site as *const CallSite as u64,
            method: fixed,
            receiver,
            itable_key,
            arg_slots: site.arg_slots,
            result_slots: site.result_slots,
        };
        self.env.vm.compiler.call_sites.push(site);
        Some(info)
    }

    fn inline_candidate(&mut self, index: u16, kind: InvokeKind) -> Option<InlineCandidate> {
        let method = match resolved(&self.class, index) {
            // A linked invokedynamic calls its generated class's static `invoke`.
            Some(Resolved::CallSite(method)) if kind == InvokeKind::Dynamic => method,
            Some(Resolved::Method(method)) => method,
            _ => return None,
        };
        // The method every execution selects (JVMS §6.5), or the vtable entry a guard checks.
        let (target, receiver) = match kind {
            InvokeKind::Static | InvokeKind::Dynamic
                if method.is_static()
                    && self.env.vm.class(method.class).init_state() == InitState::Initialized =>
            {
                (method.clone(), Receiver::None)
            }
            InvokeKind::Special if !method.is_static() => {
                let selected = if method.name == "<init>" || method.is_private() {
                    method.clone()
                } else {
                    crate::interp::resolve::special_selection(self.env, &self.class, method)
                };
                (selected, Receiver::NonNull)
            }
            InvokeKind::Virtual if !method.is_static() => {
                match (overridable(self.env, method), method.vtable_index) {
                    (false, _) => (method.clone(), Receiver::NonNull),
                    // Overridden: the class the calls have seen, if any.
                    (true, Some(slot)) if overridden(self.env, method, slot as u16) => {
                        match self.profiled(index) {
                            Some(profiled) => profiled,
                            None => {
                                return self.refuse(&method.clone(), "no single receiver class")
                            }
                        }
                    }
                    (true, Some(slot)) => (method.clone(), Receiver::Vtable { slot: slot as u16 }),
                    (true, None) => return None,
                }
            }
            InvokeKind::Interface if !method.is_static() && !method.is_private() => {
                match self.profiled(index) {
                    Some(profiled) => profiled,
                    None => return self.refuse(&method.clone(), "no single receiver class"),
                }
            }
            _ => return None,
        };
        self.offer(index, &target, receiver)
    }

    fn polymorphic_candidates(&mut self, index: u16, kind: InvokeKind) -> Vec<InlineCandidate> {
        let Some(Resolved::Method(method)) = resolved(&self.class, index) else {
            return Vec::new();
        };
        let method = method.clone();
        if method.is_private() || method.is_static() {
            return Vec::new();
        }
        // A profile of one class that never missed keeps its cheaper guard (the class).
        let profiled = self.profiled(index);
        let misses = self.class.call_caches[index as usize]
            .misses
            .load(Ordering::Relaxed);
        if profiled.is_some() && misses == 0 {
            return Vec::new();
        }
        let owner = self.env.vm.class(method.class);
        // Each method with its guard (too many: `inline_candidate` decides, and notes why).
        let mut targets: Vec<(Arc<Method>, Receiver)> = match (kind, method.vtable_index) {
            (InvokeKind::Virtual, Some(slot))
                if method.access_flags & cortado_classfile::access::FINAL == 0
                    && owner.access_flags & cortado_classfile::access::FINAL == 0 =>
            {
                let slot = slot as u16;
                let Some(methods) = implementations(self.env, &method, slot) else {
                    return Vec::new();
                };
                match concrete_subclasses(self.env, &method, slot) {
                    // Each method selected by one loaded class: guarded by that class (one
                    // load of the receiver's class word; its vtable entry takes two more). A
                    // class loaded later misses every guard and makes the call.
                    Some(classes) if classes.len() == methods.len() => classes
                        .into_iter()
                        .map(|(class, m)| (m, Receiver::Class { class }))
                        .collect(),
                    // Each guarded by the vtable entry: no target's own class hierarchy
                    // (which may have no override) can stand for the receiver's.
                    _ => methods
                        .into_iter()
                        .map(|m| (m, Receiver::Vtable { slot }))
                        .collect(),
                }
            }
            (InvokeKind::Interface, _) if owner.is_interface() => {
                let Some(classes) = implementors(self.env, &method) else {
                    return Vec::new();
                };
                classes
                    .into_iter()
                    .map(|(class, m)| (m, Receiver::Class { class }))
                    .collect()
            }
            _ => return Vec::new(),
        };
        if targets.len() < 2 {
            return Vec::new();
        }
        // What the calls saw last first.
        if let Some((last, last_receiver)) = &profiled {
            let seen = |(m, receiver): &(Arc<Method>, Receiver)| match receiver {
                Receiver::Class { .. } => receiver == last_receiver,
                _ => Arc::ptr_eq(m, last),
            };
            if let Some(at) = targets.iter().position(seen) {
                targets[..=at].rotate_right(1);
            }
        }
        let offered: Vec<InlineCandidate> = targets
            .iter()
            .filter_map(|(target, receiver)| self.offer(index, target, *receiver))
            .map(|candidate| InlineCandidate {
                overridden: true,
                ..candidate
            })
            .collect();
        match offered.len() {
            0 | 1 => Vec::new(),
            _ => offered,
        }
    }

    fn enter_inlined(&mut self, candidate: &InlineCandidate) {
        let class = self.env.vm.class(candidate.class).clone();
        let outer = std::mem::replace(&mut self.class, class);
        let max_locals = std::mem::replace(&mut self.caller_max_locals, candidate.max_locals);
        self.outer.push((outer, max_locals));
    }

    fn leave_inlined(&mut self) {
        if let Some((class, max_locals)) = self.outer.pop() {
            self.class = class;
            self.caller_max_locals = max_locals;
        }
    }

    fn inlining_mark(&mut self) -> usize {
        self.inlining.len()
    }

    fn note_leaf_inlining(&mut self, index: u16, depth: usize) {
        if !(self.env.vm.options.print_compilation && self.env.vm.options.print_inlining) {
            return;
        }
        let Some(Resolved::Method(method)) = resolved(&self.class, index) else {
            return;
        };
        let method = method.clone();
        let line = inlining_line(
            depth,
            &method,
            code_length(self.env, &method),
            "inline (leaf)",
        );
        self.inlining.push(line);
    }

    fn note_inlining(
        &mut self,
        candidate: &InlineCandidate,
        depth: usize,
        outcome: Result<usize, &'static str>,
        mark: usize,
    ) {
        if !(self.env.vm.options.print_compilation && self.env.vm.options.print_inlining) {
            return;
        }
        let class = self.env.vm.class(candidate.class).clone();
        let what = match outcome {
            Ok(_) if candidate.intrinsic.is_some() => "intrinsic".to_owned(),
            Ok(bytes) => format!("inline ({bytes} bytes)"),
            Err(reason) => reason.to_owned(),
        };
        let line = class
            .methods
            .iter()
            .find(|m| Arc::as_ptr(m) as u64 == candidate.method)
            .map(|method| inlining_line(depth, method, candidate.code.len(), &what));
        // The decisions about calls inside this one were noted first: they stand, after it,
        // if it is inlined, and are dropped if it is not (those calls are not made from
        // compiled code).
        let inner = self.inlining.split_off(mark.min(self.inlining.len()));
        self.inlining.extend(line);
        if outcome.is_ok() {
            self.inlining.extend(inner);
        }
    }

    fn call_layout(&mut self) -> Option<CallLayout> {
        let card_table = self.env.vm.heap.card_table();
        Some(crate::framed::call_layout(
            &self.env.vm.compiler.dispatch,
            self.env.vm.well_known.object,
            card_table,
        ))
    }

    fn field(&mut self, index: u16, is_static: bool) -> Option<FieldAccess> {
        let Some(Resolved::Field {
            class,
            offset,
            is_static: s,
            ..
        }) = crate::interp::resolve::quietly(self.env, &self.class, index)
        else {
            return None;
        };
        if *s != is_static {
            return None;
        }
        if !is_static {
            return Some(FieldAccess::Instance { offset: *offset });
        }
        let owner = self.env.vm.class(*class);
        // Compiled code does not initialize classes: only statics of initialized ones.
        if owner.init_state() != InitState::Initialized {
            return None;
        }
        let slot = owner.statics.get(*offset as usize)?;
        Some(FieldAccess::Static {
            address: slot as *const std::sync::atomic::AtomicU64 as usize,
        })
    }
}

//! Running framed compiled code (see `cortado_jit::FramedCode`): the code runs inside the
//! interpreter frame of its activation, so this module only enters it and reads how it ended,
//! and provides the runtime functions the code calls.
//!
//! An activation ends in one of three ways: it returned (the caller pops the frame as for
//! an interpreted return), it handed the frame back to the interpreter at some instruction
//! (deoptimization: the interpreter continues it), or an instruction threw (the exception is
//! dispatched from that instruction, as in the interpreter).

use cortado_gc::header::{ARRAY_DATA_OFFSET, ARRAY_LENGTH_OFFSET};
use cortado_gc::{Ref, NULL};
use cortado_jit::{
    AllocationLayout, ArrayLayout, CallLayout, FrameContext, Helpers, ThreadContext, FRAME_DEOPT,
    FRAME_RETURNED, FRAME_THROW, SAFEPOINT_INTERVAL,
};

use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::Arc;

use crate::class::{BasicType, MethodRef};
use crate::interp::dispatch;
use crate::slow_paths::{self, SlowPath};
use crate::thread::Frame;
use crate::vm::{Env, JResult, Throw};

/// The machine code of a framed method: `FramedCode::entry`, called with the thread's step
/// counter, which it returns in the low half of `FramedReturn::state` (see
/// `cortado_jit::FramedCode::entry`).
pub(crate) type FramedEntry =
    extern "C" fn(*mut FrameContext, u32, u32, *mut u64, u64, u64) -> FramedReturn;

/// What framed code returns (two registers).
#[repr(C)]
pub(crate) struct FramedReturn {
    value: u64,
    state: u64,
}

/// How an activation of compiled code ended.
pub(crate) enum Outcome {
    /// It returned this value (in slot format); its frame is still on the stack.
    Returned(u64),
    /// The interpreter continues the frame where the code left it.
    Deopt,
    /// An instruction threw; the frame is positioned at it.
    Throw(Throw),
}

/// What a helper returns when its instruction threw: the code ends, and the runtime
/// dispatches `throw` once it has. The context's `height` then counts the frames of inlined
/// calls the code leaves above its own (0 here; a call out of inlined code sets it).
fn leave_throwing(frame: &mut FrameContext, env: &mut Env, throw: Throw) -> u32 {
    frame.status = FRAME_THROW;
    frame.height = 0;
    env.thread.compiled_throw = Some(throw);
    1
}

/// Runs compiled code on the top frame: from its start (`entry_pc` 0, for a frame just
/// pushed), or from loop header `entry_pc` (on-stack replacement, the frame written back).
pub(crate) fn run_frame(env: &mut Env, code: FramedEntry, entry_pc: u32) -> Outcome {
    let Some(stack_limit) = crate::tier::native_stack_limit(env) else {
        return Outcome::Deopt;
    };
    run_frame_within(env, code, entry_pc, stack_limit)
}

/// As `run_frame`, with the native stack limit known (a compiled caller's).
fn run_frame_within(
    env: &mut Env,
    code: FramedEntry,
    entry_pc: u32,
    stack_limit: usize,
) -> Outcome {
    let fi = env.thread.frames.len() - 1;
    let (bp, sp, max_locals) = {
        let frame = &env.thread.frames[fi];
        let max_locals = match frame.method.prepared.get() {
            Some(Ok(prepared)) => prepared.max_locals as usize,
            _ => return Outcome::Deopt,
        };
        (frame.bp as usize, frame.sp as usize, max_locals)
    };
    let env_pointer = env as *mut Env as usize;
    #[allow(unsafe_code)]
    // SAFETY: `bp` is the frame's first slot, inside the thread's stack (push_frame checked
    // room for its locals and operand stack); the stack is never reallocated.
    let locals = unsafe { env.thread.stack.as_mut_ptr().add(bp) };
    let mut thread = ThreadContext {
        heap_base: 0,
        heap_epoch: 0,
        allocation_buffer: &mut env.thread.allocation_buffer as *mut _ as *mut u8,
        ticks: &mut env.thread.ticks,
        stack_limit,
        runtime: env_pointer,
        frames: &mut env.thread.frames as *mut _ as *mut u8,
        free_polls: 0,
    };
    let mut frame = FrameContext {
        status: FRAME_RETURNED,
        pc: entry_pc,
        height: (sp - bp - max_locals) as u32,
        record: fi as u32 + 1,
        locals,
        thread: &mut thread,
        method: 0,
        parent: std::ptr::null_mut(),
        call_pc: 0,
    };
    refresh_heap(&mut frame, env);
    // The code reaches `env` only through `thread.runtime`, in helpers, while this function
    // waits for it.
    let ticks = env.thread.ticks;
    // The code's start for a frame the runtime pushed (it checks room on the frame stack
    // that a direct caller would have), or a loop header.
    let entry = match entry_pc {
        0 => cortado_jit::RUNTIME_ENTRY,
        pc => pc,
    };
    // The first slots in registers too (see `cortado_jit::FramedCode::entry`).
    let register_slots: [u64; cortado_jit::REGISTER_SLOTS] = std::array::from_fn(|slot| {
        match slot < max_locals {
            // SAFETY: as for `locals`: the slot is one of the frame's locals.
            #[allow(unsafe_code)]
            true => unsafe { *locals.add(slot) },
            false => 0,
        }
    });
    let [slot0, slot1] = register_slots;
    let FramedReturn { value, state } = code(&mut frame, entry, ticks, locals, slot0, slot1);
    env.thread.ticks = state as u32;
    // The free polls not taken were counted in advance.
    env.vm.steps -= u64::from(thread.free_polls) * u64::from(SAFEPOINT_INTERVAL);
    match frame.status {
        FRAME_RETURNED => Outcome::Returned(value),
        FRAME_DEOPT => {
            let top = &mut env.thread.frames[fi];
            top.pc = frame.pc;
            top.sp = (bp + max_locals + frame.height as usize) as u32;
            Outcome::Deopt
        }
        _ => Outcome::Throw(env.thread.compiled_throw.take().unwrap_or(Throw::Exception)),
    }
}

/// Runs the frame just pushed (the `entry`-th) to its end, in compiled code when it has some,
/// else (or from where compiled code leaves it) in the interpreter.
pub(crate) fn run_pushed(env: &mut Env, entry: usize) -> JResult<u64> {
    let method = &env.thread.frames[entry - 1].method;
    if let Some(code) = crate::tier::framed(method) {
        let Some(stack_limit) = crate::tier::native_stack_limit(env) else {
            return crate::interp::run(env, entry);
        };
        return finish_pushed(env, entry, code, stack_limit);
    }
    crate::interp::run(env, entry)
}

/// Runs the frame just pushed in its compiled code, then in the interpreter if the code
/// leaves it there, to its end.
fn finish_pushed(
    env: &mut Env,
    entry: usize,
    code: FramedEntry,
    stack_limit: usize,
) -> JResult<u64> {
    match run_frame_within(env, code, 0, stack_limit) {
        Outcome::Returned(value) => {
            pop_returning(env)?;
            Ok(value)
        }
        other => finish_in_interpreter(env, entry, other),
    }
}

/// Finishes the `entry`-th frame, which compiled code left by deoptimizing or throwing, in the
/// interpreter (which pops it).
fn finish_in_interpreter(env: &mut Env, entry: usize, outcome: Outcome) -> JResult<u64> {
    match outcome {
        Outcome::Returned(value) => return Ok(value),
        Outcome::Deopt => note_top(env, SlowPath::Deopt),
        Outcome::Throw(Throw::Exception) => {
            dispatch::find_handler(env, entry)?;
        }
        Outcome::Throw(other) => {
            dispatch::unwind_all(env, entry);
            return Err(other);
        }
    }
    crate::interp::run(env, entry)
}

/// Pops the top frame after compiled code returned from it, releasing the monitor of a
/// synchronized method as the interpreter's return does.
pub(crate) fn pop_returning(env: &mut Env) -> JResult<()> {
    let lock = env.thread.frames.last().map_or(NULL, |f| f.lock);
    if lock != NULL {
        crate::interp::monitors::exit(env, lock)?;
    }
    env.thread.frames.pop();
    Ok(())
}

/// The slots a method's result takes.
pub(crate) fn result_slots(method: &crate::class::Method) -> usize {
    method.return_type.map_or(0, BasicType::slots)
}

/// A call site of compiled code whose method was resolved when it was compiled (see
/// `cortado_jit::FrameEnvironment::call_site`). Owned by the compiler, which lives as long as
/// the code.
pub(crate) struct CallSite {
    pub target: SiteTarget,
    /// The caller's `max_locals`, to find its operand stack.
    pub caller_max_locals: u16,
    pub arg_slots: u16,
    pub result_slots: u8,
    /// A monomorphic inline cache for virtual and interface calls: the last receiver class
    /// whose selected method has compiled code, that method and its code. Written and read by
    /// the thread holding the VM lock only (relaxed atomics make the site shareable). Compiled
    /// code reads it at interface sites, then the receiver class's interface method table
    /// (`DispatchTable::itables`).
    pub cached_class: AtomicU32,
    pub cached_method: AtomicPtr<crate::class::Method>,
}

impl CallSite {
    pub(crate) fn new(
        target: SiteTarget,
        caller_max_locals: u16,
        callee: &crate::class::Method,
    ) -> CallSite {
        CallSite {
            target,
            caller_max_locals,
            arg_slots: callee.arg_slots,
            result_slots: result_slots(callee) as u8,
            cached_class: AtomicU32::new(NO_CLASS),
            cached_method: AtomicPtr::new(std::ptr::null_mut()),
        }
    }
}

/// Each class's vtable as compiled code reads it (`cortado_jit::CallLayout::dispatch_table`):
/// entry `id` is the address of class `id`'s vtable as an array of method addresses, 0 for
/// a class without one or beyond the table (whose calls take the runtime's path).
#[derive(Default)]
pub(crate) struct DispatchTable {
    /// Allocated whole at the first class (the OS commits only the pages used), so that its
    /// address, which compiled code holds, never changes.
    table: Vec<usize>,
    vtables: Vec<Box<[usize]>>,
    /// As `table`, for each class's type record (`cortado_jit::CallLayout::display_table`).
    displays: Vec<usize>,
    chains: Vec<Box<[u32]>>,
    /// As `table`, for each class's interface method table
    /// (`cortado_jit::CallLayout::itable_table`).
    itables: Vec<usize>,
    itable_blocks: Vec<Box<[u64]>>,
    /// As `table`, the address of each class's mirror cell in `VmState::mirrors`
    /// (`cortado_jit::CallLayout::mirror_table`).
    mirror_cells: Vec<usize>,
}

const DISPATCH_CLASSES: usize = 1 << 20;

impl DispatchTable {
    /// Enters a class's vtable and superclass chain (fixed once the class is registered), and
    /// its interface method table, with `private_methods`: the private instance methods of
    /// the interfaces it implements.
    pub(crate) fn register(
        &mut self,
        class: &crate::class::Class,
        private_methods: &[Arc<crate::class::Method>],
    ) {
        if self.table.is_empty() {
            self.table = vec![0; DISPATCH_CLASSES];
            self.displays = vec![0; DISPATCH_CLASSES];
            self.itables = vec![0; DISPATCH_CLASSES];
            self.mirror_cells = vec![0; DISPATCH_CLASSES];
        }
        let id = class.id as usize;
        if id >= self.table.len() {
            return;
        }
        if !class.vtable.is_empty() {
            let methods: Box<[usize]> = class
                .vtable
                .iter()
                .map(|m| Arc::as_ptr(m) as usize)
                .collect();
            self.table[id] = methods.as_ptr() as usize;
            self.vtables.push(methods);
        }
        let component = match class.kind {
            crate::class::ClassKind::Array {
                component: Some(component),
                ..
            } => component,
            _ => u32::MAX,
        };
        let chain: Box<[u32]> = [component, class.supers.len() as u32]
            .into_iter()
            .chain(class.supers.iter().copied())
            .chain(std::iter::once(class.all_interfaces.len() as u32))
            .chain(class.all_interfaces.iter().copied())
            .collect();
        self.displays[id] = chain.as_ptr() as usize;
        self.chains.push(chain);
        if let Some(itable) = interface_method_table(class, private_methods) {
            self.itables[id] = itable.as_ptr() as usize;
            self.itable_blocks.push(itable);
        }
    }

    /// Enters the address of class `id`'s mirror cell (a `StableRefs` cell: it never moves).
    pub(crate) fn set_mirror_cell(&mut self, id: u32, cell: *const cortado_gc::Ref) {
        if let Some(entry) = self.mirror_cells.get_mut(id as usize) {
            *entry = cell as usize;
        }
    }
}

/// A class's interface method table as compiled code searches it (see
/// `cortado_jit::CallLayout::itable_table`): its itable's methods that are not abstract
/// (calls of the others take the runtime's path, which throws), and the private instance
/// methods of its interfaces (each its own selection, JVMS §5.4.6: javac calls them with
/// `invokeinterface` from the interface's default methods, as lambda classes do; a class
/// that does not implement the interface has no entry, and the runtime's path throws), in
/// an open-addressing hash table at most half full. `None` when there are none.
fn interface_method_table(
    class: &crate::class::Class,
    private_methods: &[Arc<crate::class::Method>],
) -> Option<Box<[u64]>> {
    const EMPTY: u64 = u64::MAX;
    let methods: Vec<(u32, usize)> = class
        .itable
        .iter()
        .filter(|(_, m)| !m.is_abstract())
        .map(|(&key, m)| (key, Arc::as_ptr(m) as usize))
        .chain(
            private_methods
                .iter()
                .map(|m| (m.id, Arc::as_ptr(m) as usize)),
        )
        .collect();
    if methods.is_empty() {
        return None;
    }
    let entries = (methods.len() * 2).next_power_of_two();
    let mask = entries as u64 - 1;
    let mut words = vec![EMPTY; 1 + entries * 2];
    words[0] = mask;
    for (key, method) in methods {
        let mut index = cortado_jit::itable_hash(key) & mask;
        while words[1 + 2 * index as usize] != EMPTY {
            index = (index + 1) & mask;
        }
        words[1 + 2 * index as usize] = key as u64;
        words[2 + 2 * index as usize] = method as u64;
    }
    Some(words.into_boxed_slice())
}

/// `CallSite::cached_class` of an empty cache.
pub(crate) const NO_CLASS: u32 = u32::MAX;

pub(crate) enum SiteTarget {
    /// Static, private and constructor calls: the method itself.
    Fixed(MethodRef),
    /// A virtual call: the receiver class's vtable entry at `slot`.
    Virtual { resolved: MethodRef, slot: u16 },
    /// An interface call: the receiver class's itable entry for the method.
    Interface { resolved: MethodRef },
}

/// The runtime functions compiled code calls.
pub(crate) fn helpers() -> Helpers {
    Helpers {
        execute: execute as *const () as usize,
        invoke: invoke as *const () as usize,
        allocate: allocate as *const () as usize,
        poll: poll as *const () as usize,
        poll_preserving: poll_preserving_address(),
        store_reference: store_reference as *const () as usize,
        frem: frem as *const () as usize,
        drem: drem as *const () as usize,
        direct_slow: direct_slow as *const () as usize,
        arraycopy: arraycopy as *const () as usize,
        resume_inlined: resume_inlined as *const () as usize,
        copy_memory: copy_memory as *const () as usize,
        monitor: monitor as *const () as usize,
    }
}

/// Where compiled code finds what a direct call reads and writes.
pub(crate) fn call_layout(
    dispatch: &DispatchTable,
    object_class: u32,
    card_table: *mut u8,
) -> CallLayout {
    use crate::thread::{Frame, FrameStack};
    use std::mem::{offset_of, size_of};
    let [stack_frames, stack_len, stack_limit, stack_slots_end, stack_slots_base] =
        FrameStack::OFFSETS;
    let [method_code, method_max_locals, method_frame_slots, method_overridden] =
        crate::tier::direct_entry_offsets();
    CallLayout {
        stack_frames,
        stack_len,
        stack_limit,
        stack_slots_end,
        stack_slots_base,
        frame_size: size_of::<Frame>() as i32,
        frame_method: offset_of!(Frame, method) as i32,
        frame_pc: offset_of!(Frame, pc) as i32,
        frame_bp: offset_of!(Frame, bp) as i32,
        frame_sp: offset_of!(Frame, sp) as i32,
        frame_lock: offset_of!(Frame, lock) as i32,
        site_class: offset_of!(CallSite, cached_class) as i32,
        site_method: offset_of!(CallSite, cached_method) as i32,
        method_code,
        method_max_locals,
        method_frame_slots,
        method_overridden,
        dispatch_table: dispatch.table.as_ptr() as u64,
        display_table: dispatch.displays.as_ptr() as u64,
        itable_table: dispatch.itables.as_ptr() as u64,
        mirror_table: dispatch.mirror_cells.as_ptr() as u64,
        object_class,
        card_table: card_table as u64,
        card_shift: cortado_gc::CARD_SHIFT,
        dispatch_classes: dispatch.table.len() as u32,
        header_class: cortado_gc::header::CLASS_OFFSET as i32,
    }
}

/// Where compiled code finds the thread's allocation buffer fields.
pub(crate) fn allocation_layout() -> AllocationLayout {
    use cortado_gc::AllocationBuffer;
    AllocationLayout {
        top_offset: std::mem::offset_of!(AllocationBuffer, top) as i32,
        end_offset: std::mem::offset_of!(AllocationBuffer, end) as i32,
        epoch_offset: std::mem::offset_of!(AllocationBuffer, epoch) as i32,
        initial_mark: cortado_gc::header::INITIAL_MARK,
    }
}

pub(crate) fn array_layout() -> ArrayLayout {
    ArrayLayout {
        length_offset: ARRAY_LENGTH_OFFSET as i32,
        data_offset: ARRAY_DATA_OFFSET as i32,
    }
}

/// The context compiled code passes and the `Env` it runs in.
///
/// # Safety
/// `context` must be a context that `run_frame` made, or compiled code made from one for a
/// direct call, during the activation it describes.
#[allow(unsafe_code)]
unsafe fn activation<'x>(
    context: *mut FrameContext,
) -> (&'x mut FrameContext, &'x mut Env<'x, 'x>) {
    // SAFETY: (caller) the context lives on `run_frame`'s stack, or on the stack of the
    // compiled code that made it, for the whole call; `runtime` is the `&mut Env` that
    // `run_frame` holds without using it until the code returns.
    // The records first: the context is borrowed only once they are written.
    unsafe {
        let env = &mut *((*(*context).thread).runtime as *mut Env);
        materialize(context, env);
        (&mut *context, env)
    }
}

/// The `Env` of `context`'s activation, for the helpers that never look at the stack (they
/// never collect, throw or call out), without the frame records `activation` writes first.
///
/// # Safety
/// As for `activation`.
#[allow(unsafe_code)]
unsafe fn stackless_env<'x>(context: *mut FrameContext) -> &'x mut Env<'x, 'x> {
    // SAFETY: (caller) as in `activation`.
    unsafe { &mut *((*(*context).thread).runtime as *mut Env) }
}

/// Gives the activation of `context` and every one outwards that a direct call entered
/// without a frame record its record (see `cortado_jit::FrameContext`), so that the frame
/// stack describes them all: each at the direct call it is making (the innermost at its
/// start, as the runtime pushes a frame; whoever called the runtime positions it), its
/// operand stack ending where its callee's locals begin, and the top record of the nearest
/// activation that has one positioned likewise. Those with records form the outer part of
/// the chain, and their records (with the frames of inlined calls their code wrote out) are
/// the top of the frame stack.
///
/// # Safety
/// `context` must be as for `activation`; every context it leads to through `parent`, up to
/// one with a record, is a live caller's (compiled code links them so).
#[allow(unsafe_code)]
unsafe fn materialize(context: *mut FrameContext, env: &mut Env) {
    // SAFETY: (caller) the contexts are live and exclusively the runtime's while it runs.
    unsafe {
        if (*context).record != 0 {
            return;
        }
        let mut missing = 0;
        let mut at = context;
        while (*at).record == 0 {
            missing += 1;
            at = (*at).parent;
        }
        let slots_base = env.thread.stack.as_ptr() as usize;
        let bp = |context: *mut FrameContext| ((*context).locals as usize - slots_base) / 8;
        let frames = &mut env.thread.frames;
        let len = frames.len();
        frames.grow_by(missing);
        let mut index = len + missing - 1;
        let mut callee_bp = None;
        let mut at = context;
        while (*at).record == 0 {
            let method = MethodRef::from_raw((*at).method as *mut crate::class::Method);
            let bp = bp(at);
            let (pc, sp) = match callee_bp {
                Some(callee_bp) => ((*at).call_pc, callee_bp),
                None => (
                    0,
                    bp + method.tier.direct.max_locals.load(Ordering::Relaxed) as usize,
                ),
            };
            frames[index] = Frame {
                method,
                pc,
                bp: bp as u32,
                sp: sp as u32,
                lock: NULL,
            };
            (*at).record = index as u32 + 1;
            callee_bp = Some(bp);
            index = index.wrapping_sub(1);
            at = (*at).parent;
        }
        let top = &mut frames[len - 1];
        top.pc = (*at).call_pc;
        top.sp = callee_bp.expect("one activation at least") as u32;
    }
}

/// Tells compiled code where the heap is now.
fn refresh_heap(frame: &mut FrameContext, env: &mut Env) {
    let base = env.vm.heap.raw_layout();
    let thread = thread_context(frame);
    thread.heap_base = base;
    thread.heap_epoch = env.vm.heap.stats().collections;
}

/// The thread context of a context that `run_frame` or compiled code made.
fn thread_context(frame: &mut FrameContext) -> &mut ThreadContext {
    #[allow(unsafe_code)]
    // SAFETY: `run_frame_within` points every context of its activation at its own
    // `ThreadContext`, alive on its stack until the compiled code returns to it.
    unsafe {
        &mut *frame.thread
    }
}

extern "C" fn execute(context: *mut FrameContext, pc: u32, height: u32) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let (frame, env) = unsafe { activation(context) };
    let outcome = crate::interp::single::execute(env, pc, height);
    refresh_heap(frame, env);
    match outcome {
        Ok(None) => 0,
        Ok(Some(height)) => {
            frame.status = FRAME_DEOPT;
            frame.pc = pc + 1;
            frame.height = height;
            1
        }
        Err(throw) => leave_throwing(frame, env, throw),
    }
}

extern "C" fn invoke(context: *mut FrameContext, pc: u32, height: u32, site: u64) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let (frame, env) = unsafe { activation(context) };
    #[allow(unsafe_code)]
    // SAFETY: `site` is the address of a `CallSite` the compiler owns (it made the code that
    // passes it, and outlives that code).
    let site = unsafe { &*(site as *const CallSite) };
    let stack_limit = thread_context(frame).stack_limit;
    let polls = env
        .thread
        .ticks
        .wrapping_add(1)
        .is_multiple_of(SAFEPOINT_INTERVAL);
    let outcome = call_through(env, pc, height, site, stack_limit);
    refresh_heap(frame, env);
    // A real poll ran: the code may skip the next few (as after `poll`).
    if polls && outcome.is_ok() && thread_context(frame).free_polls == 0 {
        thread_context(frame).free_polls = grant_free_polls(env);
    }
    outcome.map_or_else(|throw| leave_throwing(frame, env, throw), |()| 0)
}

/// A direct call's way through the runtime (`Helpers::direct_slow`): the call itself when
/// `callee` is null, else the end of a callee whose code deoptimized or threw.
extern "C" fn direct_slow(
    context: *mut FrameContext,
    pc: u32,
    height: u32,
    site: u64,
    callee: *mut FrameContext,
) -> u32 {
    if callee.is_null() {
        invoke(context, pc, height, site)
    } else {
        finish_call(context, callee, site)
    }
}

/// After a direct call from compiled code (`cortado_jit::CallLayout`) whose callee's code
/// deoptimized or threw: the interpreter finishes the callee's frame (the top one), and its
/// result goes where the call's would.
fn finish_call(context: *mut FrameContext, callee: *mut FrameContext, site: u64) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context, and the callee's, which it made from its
    // own for this call and which the callee's code has returned from.
    // The callee's record first (and this activation's, which its context leads to), before
    // either context is borrowed.
    let ((frame, env), callee) = unsafe {
        materialize(callee, &mut *((*(*callee).thread).runtime as *mut Env));
        (activation(context), &mut *callee)
    };
    // The runtime pops the callee's frame; the context may serve the next call.
    callee.record = 0;
    #[allow(unsafe_code)]
    // SAFETY: as in `invoke`.
    let site = unsafe { &*(site as *const CallSite) };
    // The callee's frame: the top one, unless its code threw from a call out of inlined
    // code, which leaves that many frames of inlined calls above it (see `leave_throwing`).
    let mut entry = env.thread.frames.len();
    if callee.status == FRAME_THROW {
        entry -= callee.height as usize;
    }
    let outcome = if callee.status == FRAME_DEOPT {
        let top = &mut env.thread.frames[entry - 1];
        let max_locals = match top.method.prepared.get() {
            Some(Ok(prepared)) => prepared.max_locals as u32,
            _ => 0,
        };
        top.pc = callee.pc;
        top.sp = top.bp + max_locals + callee.height;
        Outcome::Deopt
    } else {
        Outcome::Throw(env.thread.compiled_throw.take().unwrap_or(Throw::Exception))
    };
    let args_base = env.thread.frames[entry - 2].sp as usize;
    let result = finish_in_interpreter(env, entry, outcome);
    refresh_heap(frame, env);
    match result {
        Ok(value) => {
            store_result(env, args_base, site.result_slots, value);
            0
        }
        Err(throw) => leave_throwing(frame, env, throw),
    }
}

/// After compiled code left inlined calls (`cortado_jit::InlineCandidate`): it pushed the
/// `depth` frames the calls would have, the innermost positioned at the instruction to run
/// next, and positioned its own frame at the outermost call. The interpreter finishes them,
/// and the outermost call's result goes where the call's would.
extern "C" fn resume_inlined(context: *mut FrameContext, depth: u32, result_slots: u32) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let (frame, env) = unsafe { activation(context) };
    let entry = env.thread.frames.len() + 1 - depth as usize;
    let args_base = env.thread.frames[entry - 2].sp as usize;
    note_top(env, SlowPath::ResumeInlined);
    let result = crate::interp::run(env, entry);
    refresh_heap(frame, env);
    match result {
        Ok(value) => {
            store_result(env, args_base, result_slots as u8, value);
            0
        }
        Err(throw) => leave_throwing(frame, env, throw),
    }
}

/// Counts a `kind` of slow path at the top frame's instruction (`-XX:+PrintSlowPaths`).
pub(crate) fn note_top(env: &mut Env, kind: SlowPath) {
    if env.vm.slow_paths.is_some() {
        let top = env.thread.frames.last().expect("a compiled frame");
        let (method, pc) = (top.method, top.pc);
        slow_paths::note(env.vm, kind, method, pc, None);
    }
}

/// Positions the compiled (top) frame at instruction `pc` with `height` operand-stack slots,
/// as the interpreter's frame is before it calls out; gives the frame's index and stack top.
fn position_top_frame(env: &mut Env, pc: u32, max_locals: usize, height: u32) -> (usize, usize) {
    let fi = env.thread.frames.len() - 1;
    let frame = &mut env.thread.frames[fi];
    let sp = frame.bp as usize + max_locals + height as usize;
    frame.pc = pc;
    frame.sp = sp as u32;
    (fi, sp)
}

/// A call from compiled code through a prepared site: what the interpreter's invoke does,
/// minus resolution, and straight into the callee's compiled code when it has some.
fn call_through(
    env: &mut Env,
    pc: u32,
    height: u32,
    site: &CallSite,
    stack_limit: usize,
) -> JResult<()> {
    let (fi, sp) = position_top_frame(env, pc, site.caller_max_locals as usize, height);
    // A call is a step, as in the interpreter.
    env.thread.ticks = env.thread.ticks.wrapping_add(1);
    let polled = env.thread.ticks.is_multiple_of(SAFEPOINT_INTERVAL);
    if polled {
        crate::threads::poll(env, SAFEPOINT_INTERVAL as u64)?;
    }
    let args_base = sp - site.arg_slots as usize;
    let target = match site.target {
        SiteTarget::Fixed(method) => {
            if !method.is_static() && env.thread.stack[args_base] as Ref == NULL {
                return Err(crate::exceptions::null_pointer(env));
            }
            method
        }
        SiteTarget::Virtual { resolved, .. } | SiteTarget::Interface { resolved } => {
            let receiver = env.thread.stack[args_base] as Ref;
            if receiver == NULL {
                return Err(crate::exceptions::null_pointer(env));
            }
            let class_id = crate::objects::class_of(env.vm, receiver);
            if site.cached_class.load(Ordering::Relaxed) == class_id {
                // SAFETY: the cache holds a method of a loaded class (it came from an
                // `Arc<Method>` of a class's tables, see `MethodRef`'s invariant).
                #[allow(unsafe_code)]
                unsafe {
                    MethodRef::from_raw(site.cached_method.load(Ordering::Relaxed))
                }
            } else {
                let class = env.vm.class(class_id);
                let selected = match site.target {
                    SiteTarget::Virtual { slot, .. } => class.vtable.get(slot as usize),
                    _ => class.itable.get(&resolved.id),
                };
                match selected.filter(|m| !m.is_abstract()) {
                    Some(method) => {
                        // A monomorphic cache: compiled code reads it at interface sites
                        // (virtual ones go through the vtable), this path at both.
                        site.cached_method
                            .store(Arc::as_ptr(method) as *mut _, Ordering::Relaxed);
                        site.cached_class.store(class_id, Ordering::Relaxed);
                        MethodRef::new(method)
                    }
                    None => MethodRef::new(&crate::interp::resolve::select_virtual(
                        env,
                        class_id,
                        &resolved.to_arc(),
                    )?),
                }
            }
        }
    };
    env.thread.frames[fi].sp = args_base as u32;
    let framed = crate::tier::framed(&target);
    if framed.is_none() {
        crate::tier::note_runtime_call(env, target);
    }
    if env.vm.slow_paths.is_some() {
        let kind = match (polled, framed) {
            (true, _) => SlowPath::CallPoll,
            (false, None) => SlowPath::CallNoCode,
            (false, Some(_)) => SlowPath::CallOther,
        };
        let caller = env.thread.frames[fi].method;
        slow_paths::note(env.vm, kind, caller, pc, Some(target));
    }
    let result = match framed {
        Some(code) => {
            crate::interp::call::push_frame(env, target, args_base)?;
            let entry = env.thread.frames.len();
            finish_pushed(env, entry, code, stack_limit)?
        }
        None => crate::interp::call::invoke(env, target, args_base)?,
    };
    store_result(env, args_base, site.result_slots, result);
    Ok(())
}

/// Puts a call's result where the interpreter would push it.
fn store_result(env: &mut Env, at: usize, slots: u8, result: u64) {
    match slots {
        0 => {}
        1 => env.thread.stack[at] = result,
        _ => {
            env.thread.stack[at] = result;
            env.thread.stack[at + 1] = 0;
        }
    }
}

/// `new` of a class prepared at compile time (resolved, initialized, instantiable): `class`
/// is its id in the low half and the caller's `max_locals` in the high half.
extern "C" fn allocate(context: *mut FrameContext, pc: u32, height: u32, class: u64) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let (frame, env) = unsafe { activation(context) };
    let (_, sp) = position_top_frame(env, pc, (class >> 32) as usize, height);
    let outcome = crate::objects::new_instance(env, class as u32);
    refresh_heap(frame, env);
    match outcome {
        Ok(object) => {
            env.thread.stack[sp] = object as u64;
            0
        }
        Err(throw) => leave_throwing(frame, env, throw),
    }
}

extern "C" fn poll(context: *mut FrameContext, pc: u32, height: u32) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let (frame, env) = unsafe { activation(context) };
    let max_locals =
        env.thread
            .frames
            .last()
            .map_or(0, |frame| match frame.method.prepared.get() {
                Some(Ok(prepared)) => prepared.max_locals as usize,
                _ => 0,
            });
    position_top_frame(env, pc, max_locals, height);
    let outcome = crate::threads::poll(env, SAFEPOINT_INTERVAL as u64);
    refresh_heap(frame, env);
    if outcome.is_ok() {
        thread_context(frame).free_polls = grant_free_polls(env);
    }
    outcome.map_or_else(|throw| leave_throwing(frame, env, throw), |()| 0)
}

/// Whether something counts every safepoint poll where the interpreter would run it: fuel,
/// a deadline or a deterministic schedule (all fixed when the VM is created). Otherwise
/// compiled code may skip polls (`grant_free_polls`) and run them a few instructions late
/// (the JIT's deferred steps, `FrameEnvironment::exact_polls`).
pub(crate) fn every_poll_counts(env: &Env) -> bool {
    env.deterministic() || env.vm.fuel.is_some() || env.vm.deadline.is_some()
}

/// How many due polls compiled code may skip after a real one, when nothing needs every
/// poll: no fuel, deadline or deterministic schedule counts them. What is left then only
/// waits a little longer (compiled code installed, a host interrupt noticed, the VM lock
/// handed to another thread at the end of a time slice: at most this many intervals, some
/// microseconds). Their steps are counted now, and what is not taken is given back when the
/// code returns to the runtime, so the VM's step count stays exact. A poll costs about 30 ns in the runtime: 5 % of
/// Sieve's CPU time, 2 % of NBody's.
fn grant_free_polls(env: &mut Env) -> u32 {
    const FREE_POLLS: u32 = 63;
    if every_poll_counts(env) {
        return 0;
    }
    env.vm.steps += u64::from(FREE_POLLS) * u64::from(SAFEPOINT_INTERVAL);
    FREE_POLLS
}

/// `poll` in Cranelift's `preserve_all` convention, for the cold poll of a hot loop: every
/// register survives the call, so the values a loop keeps across it need neither a
/// callee-saved register nor a stack slot. The status goes to the context (`status`, which
/// `leave_throwing` sets), since that convention has no return values.
#[cfg(all(target_arch = "x86_64", not(windows)))]
fn poll_preserving_address() -> usize {
    poll_preserving as *const () as usize
}

#[cfg(not(all(target_arch = "x86_64", not(windows))))]
fn poll_preserving_address() -> usize {
    0
}

/// Saves every register `poll_to_status` may clobber under the System V ABI (the nine
/// caller-saved general registers and all sixteen vector registers, whole), calls it with
/// the context as it came (in `rdi`), and restores them. The pc and height are in the
/// context (compiled code stores them there before the call).
#[cfg(all(target_arch = "x86_64", not(windows)))]
#[allow(unsafe_code)]
// SAFETY: the body is a complete function: it keeps the stack balanced, calls with the
// stack 16-byte aligned as System V requires, restores every register it saved (so every
// register is as the caller left it, as `preserve_all` promises), and returns.
#[unsafe(naked)]
extern "C" fn poll_preserving(context: *mut FrameContext) {
    // Entered with rsp = 8 (mod 16); rbp and nine pushes leave it at 8 (mod 16), and the
    // 264 bytes for the vector registers realign it for the call.
    core::arch::naked_asm!(
        "push rbp",
        "mov rbp, rsp",
        "push rax",
        "push rcx",
        "push rdx",
        "push rsi",
        "push rdi",
        "push r8",
        "push r9",
        "push r10",
        "push r11",
        "sub rsp, 264",
        "movdqu [rsp], xmm0",
        "movdqu [rsp + 16], xmm1",
        "movdqu [rsp + 32], xmm2",
        "movdqu [rsp + 48], xmm3",
        "movdqu [rsp + 64], xmm4",
        "movdqu [rsp + 80], xmm5",
        "movdqu [rsp + 96], xmm6",
        "movdqu [rsp + 112], xmm7",
        "movdqu [rsp + 128], xmm8",
        "movdqu [rsp + 144], xmm9",
        "movdqu [rsp + 160], xmm10",
        "movdqu [rsp + 176], xmm11",
        "movdqu [rsp + 192], xmm12",
        "movdqu [rsp + 208], xmm13",
        "movdqu [rsp + 224], xmm14",
        "movdqu [rsp + 240], xmm15",
        "call {poll}",
        "movdqu xmm0, [rsp]",
        "movdqu xmm1, [rsp + 16]",
        "movdqu xmm2, [rsp + 32]",
        "movdqu xmm3, [rsp + 48]",
        "movdqu xmm4, [rsp + 64]",
        "movdqu xmm5, [rsp + 80]",
        "movdqu xmm6, [rsp + 96]",
        "movdqu xmm7, [rsp + 112]",
        "movdqu xmm8, [rsp + 128]",
        "movdqu xmm9, [rsp + 144]",
        "movdqu xmm10, [rsp + 160]",
        "movdqu xmm11, [rsp + 176]",
        "movdqu xmm12, [rsp + 192]",
        "movdqu xmm13, [rsp + 208]",
        "movdqu xmm14, [rsp + 224]",
        "movdqu xmm15, [rsp + 240]",
        "add rsp, 264",
        "pop r11",
        "pop r10",
        "pop r9",
        "pop r8",
        "pop rdi",
        "pop rsi",
        "pop rdx",
        "pop rcx",
        "pop rax",
        "pop rbp",
        "ret",
        poll = sym poll_to_status,
    )
}

/// `poll`, its status left in the context (0 to go on) for `poll_preserving`'s caller.
#[cfg(all(target_arch = "x86_64", not(windows)))]
extern "C" fn poll_to_status(context: *mut FrameContext) {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context, live for the call.
    let (pc, height) = unsafe { ((*context).pc, (*context).height) };
    if poll(context, pc, height) == 0 {
        #[allow(unsafe_code)]
        // SAFETY: as above.
        unsafe {
            (*context).status = 0;
        }
    }
}

extern "C" fn store_reference(context: *mut FrameContext, object: Ref, offset: u32, value: Ref) {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let env = unsafe { stackless_env(context) };
    crate::objects::write_value(
        env.vm,
        object,
        offset as usize,
        BasicType::Reference,
        value as u64,
    );
}

/// `monitorenter` (`enter` 1) or `monitorexit` (0) of `object` for compiled code when it
/// needs neither a wait nor an exception (0: done); 1 leaves the instruction to `execute`
/// (null, another thread's monitor, not the owner). Compiled code spills nothing for it:
/// going through `execute` cost a written-back frame, a decoded instruction and a reload
/// at every `synchronized` block (BufferedWriter.write, PrintStream, StringBuffer).
extern "C" fn monitor(context: *mut FrameContext, object: Ref, enter: u32) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let env = unsafe { stackless_env(context) };
    if object == NULL {
        return 1;
    }
    let done = match enter {
        0 => crate::interp::monitors::try_exit(env, object),
        _ => crate::interp::monitors::try_enter(env, object),
    };
    u32::from(!done)
}

/// `System.arraycopy` for compiled code, when no check can fail: both arrays present, of
/// one primitive element type or the destination able to hold anything the source does, and
/// the ranges inside both. Anything else is left to the real call (1).
extern "C" fn arraycopy(
    context: *mut FrameContext,
    source: Ref,
    source_position: i32,
    destination: Ref,
    destination_position: i32,
    length: i32,
) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let env = unsafe { stackless_env(context) };
    if source == NULL
        || destination == NULL
        || source_position < 0
        || destination_position < 0
        || length < 0
    {
        return 1;
    }
    let vm = &mut *env.vm;
    let source_class = crate::objects::class_of(vm, source);
    let destination_class = crate::objects::class_of(vm, destination);
    let element = match (
        &vm.class(source_class).kind,
        &vm.class(destination_class).kind,
    ) {
        (
            crate::class::ClassKind::Array { element: from, .. },
            crate::class::ClassKind::Array {
                element: to,
                component,
            },
        ) if from == to
            && (*from != BasicType::Reference
                || source_class == destination_class
                || *component == Some(vm.well_known.object)) =>
        {
            *from
        }
        _ => return 1,
    };
    let fits = |position: i32, array: Ref| {
        position as i64 + length as i64 <= crate::objects::array_length(vm, array) as i64
    };
    if !fits(source_position, source) || !fits(destination_position, destination) {
        return 1;
    }
    let offset = |position: i32| crate::objects::element_offset(element, position as usize);
    vm.heap.copy_bytes(
        source,
        offset(source_position),
        destination,
        offset(destination_position),
        length as usize * element.size(),
    );
    0
}

/// `memmove` for compiled code's inline `System.arraycopy` of `char[]`s (which checked the
/// arrays and the ranges, and makes no safepoint between those checks and this call).
extern "C" fn copy_memory(destination: *mut u8, source: *const u8, bytes: usize) {
    // SAFETY: both ranges lie inside arrays in the heap (the caller checked the positions and
    // the length against the arrays' lengths), and `copy` allows them to overlap.
    #[allow(unsafe_code)]
    unsafe {
        std::ptr::copy(source, destination, bytes)
    }
}

extern "C" fn frem(a: f32, b: f32) -> f32 {
    a % b
}

extern "C" fn drem(a: f64, b: f64) -> f64 {
    a % b
}

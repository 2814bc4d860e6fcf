//! Running framed compiled code (see `cortado_jit::FramedCode`): the code runs inside the
//! interpreter frame of its activation, so this module only enters it and reads how it ended,
//! and provides the runtime functions the code calls.
//!
//! An activation ends in one of three ways: it returned (the caller pops the frame as for
//! an interpreted return), it handed the frame back to the interpreter at some instruction
//! (deoptimization: the interpreter continues it), or an instruction threw (the exception is
//! dispatched from that instruction, as in the interpreter).

use std::sync::Arc;

use cortado_gc::header::{ARRAY_DATA_OFFSET, ARRAY_LENGTH_OFFSET};
use cortado_gc::{Ref, NULL};
use cortado_jit::{
    ArrayLayout, FrameContext, Helpers, FRAME_DEOPT, FRAME_RETURNED, FRAME_THROW,
    SAFEPOINT_INTERVAL,
};

use crate::class::BasicType;
use crate::interp::dispatch;
use crate::vm::{Env, JResult, Throw};

/// The machine code of a framed method: `FramedCode::entry`.
pub(crate) type FramedEntry = extern "C" fn(*mut FrameContext, u32) -> u64;

/// How an activation of compiled code ended.
pub(crate) enum Outcome {
    /// It returned this value (in slot format); its frame is still on the stack.
    Returned(u64),
    /// The interpreter continues the frame where the code left it.
    Deopt,
    /// An instruction threw; the frame is positioned at it.
    Throw(Throw),
}

/// The context of one activation: what compiled code sees, then what the helpers need.
#[repr(C)]
struct Activation<'e, 'a, 'g> {
    /// First, so that the pointer compiled code passes to helpers is also the activation's.
    frame: FrameContext,
    env: *mut Env<'a, 'g>,
    /// What a helper threw, to be returned once the code has ended.
    pending: Option<Throw>,
    _env: std::marker::PhantomData<&'e mut Env<'a, 'g>>,
}

/// Runs compiled code on the top frame: from its start (`entry_pc` 0, for a frame just
/// pushed), or from loop header `entry_pc` (on-stack replacement, the frame written back).
pub(crate) fn run_frame(env: &mut Env, code: FramedEntry, entry_pc: u32) -> Outcome {
    let fi = env.thread.frames.len() - 1;
    let (bp, sp, max_locals) = {
        let frame = &env.thread.frames[fi];
        let max_locals = match frame.method.prepared.get() {
            Some(Ok(prepared)) => prepared.max_locals as usize,
            _ => return Outcome::Deopt,
        };
        (frame.bp as usize, frame.sp as usize, max_locals)
    };
    let Some(stack_limit) = crate::tier::native_stack_limit(env) else {
        return Outcome::Deopt;
    };
    let env_pointer = env as *mut Env;
    #[allow(unsafe_code)]
    // SAFETY: `bp` is the frame's first slot, inside the thread's stack (push_frame checked
    // room for its locals and operand stack); the stack is never reallocated.
    let locals = unsafe { env.thread.stack.as_mut_ptr().add(bp) };
    let ticks = &mut env.thread.ticks as *mut u32;
    let compiled_steps = &mut env.thread.compiled_steps as *mut u64;
    let mut activation = Activation {
        frame: FrameContext {
            status: FRAME_RETURNED,
            pc: entry_pc,
            height: (sp - bp - max_locals) as u32,
            heap_tag: 0,
            heap_base: 0,
            locals,
            ticks,
            compiled_steps,
            stack_limit,
        },
        env: env_pointer,
        pending: None,
        _env: std::marker::PhantomData,
    };
    refresh_heap(&mut activation.frame, env);
    let value = code(&mut activation.frame, entry_pc);
    match activation.frame.status {
        FRAME_RETURNED => Outcome::Returned(value),
        FRAME_DEOPT => {
            let frame = &mut env.thread.frames[fi];
            frame.pc = activation.frame.pc;
            frame.sp = (bp + max_locals + activation.frame.height as usize) as u32;
            Outcome::Deopt
        }
        _ => Outcome::Throw(activation.pending.take().unwrap_or(Throw::Exception)),
    }
}

/// Runs the frame just pushed (the `entry`-th) to its end, in compiled code when it has some,
/// else (or from where compiled code leaves it) in the interpreter.
pub(crate) fn run_pushed(env: &mut Env, entry: usize) -> JResult<u64> {
    let method = &env.thread.frames[entry - 1].method;
    if let Some(code) = crate::tier::framed(method) {
        match run_frame(env, code, 0) {
            Outcome::Returned(value) => {
                pop_returning(env)?;
                return Ok(value);
            }
            Outcome::Deopt => {}
            Outcome::Throw(Throw::Exception) => {
                dispatch::find_handler(env, entry)?;
            }
            Outcome::Throw(other) => {
                dispatch::unwind_all(env, entry);
                return Err(other);
            }
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
pub(crate) fn result_slots(method: &Arc<crate::class::Method>) -> usize {
    method.return_type.map_or(0, BasicType::slots)
}

/// The runtime functions compiled code calls.
pub(crate) fn helpers() -> Helpers {
    Helpers {
        execute: execute as *const () as usize,
        poll: poll as *const () as usize,
        store_reference: store_reference as *const () as usize,
        frem: frem as *const () as usize,
        drem: drem as *const () as usize,
    }
}

pub(crate) fn array_layout() -> ArrayLayout {
    ArrayLayout {
        length_offset: ARRAY_LENGTH_OFFSET as i32,
        data_offset: ARRAY_DATA_OFFSET as i32,
    }
}

/// The activation and its `Env`, from the context pointer compiled code passes.
///
/// # Safety
/// `context` must be the pointer `run_frame` gave the code, during that call.
#[allow(unsafe_code)]
unsafe fn activation<'x>(
    context: *mut FrameContext,
) -> (&'x mut Activation<'x, 'x, 'x>, &'x mut Env<'x, 'x>) {
    // SAFETY: (caller) the pointer is the `frame` field, first in the `repr(C)` activation,
    // which lives on `run_frame`'s stack for the whole call; `env` came from the `&mut Env`
    // that `run_frame` holds without using it until the code returns.
    unsafe {
        let activation = &mut *(context as *mut Activation);
        let env = &mut *activation.env;
        (activation, env)
    }
}

/// Tells compiled code where the heap is now.
fn refresh_heap(frame: &mut FrameContext, env: &mut Env) {
    let (base, tag) = env.vm.heap.raw_layout();
    frame.heap_base = base;
    frame.heap_tag = tag;
}

extern "C" fn execute(context: *mut FrameContext, pc: u32, height: u32) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let (activation, env) = unsafe { activation(context) };
    let outcome = crate::interp::single::execute(env, pc, height);
    refresh_heap(&mut activation.frame, env);
    match outcome {
        Ok(None) => 0,
        Ok(Some(height)) => {
            activation.frame.status = FRAME_DEOPT;
            activation.frame.pc = pc + 1;
            activation.frame.height = height;
            1
        }
        Err(throw) => {
            activation.frame.status = FRAME_THROW;
            activation.pending = Some(throw);
            1
        }
    }
}

extern "C" fn poll(context: *mut FrameContext, pc: u32, height: u32) -> u32 {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let (activation, env) = unsafe { activation(context) };
    if let Some(frame) = env.thread.frames.last_mut() {
        let max_locals = match frame.method.prepared.get() {
            Some(Ok(prepared)) => prepared.max_locals as u32,
            _ => 0,
        };
        frame.pc = pc;
        frame.sp = frame.bp + max_locals + height;
    }
    let outcome = crate::threads::poll(env, SAFEPOINT_INTERVAL as u64);
    refresh_heap(&mut activation.frame, env);
    match outcome {
        Ok(()) => 0,
        Err(throw) => {
            activation.frame.status = FRAME_THROW;
            activation.pending = Some(throw);
            1
        }
    }
}

extern "C" fn store_reference(context: *mut FrameContext, object: Ref, offset: u32, value: Ref) {
    #[allow(unsafe_code)]
    // SAFETY: compiled code passes its own context.
    let (_, env) = unsafe { activation(context) };
    crate::objects::write_value(
        env.vm,
        object,
        offset as usize,
        BasicType::Reference,
        value as u64,
    );
}

extern "C" fn frem(a: f32, b: f32) -> f32 {
    a % b
}

extern "C" fn drem(a: f64, b: f64) -> f64 {
    a % b
}

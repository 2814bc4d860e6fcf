//! Exception dispatch (JVMS §2.10): search the exception tables of the frames from the top
//! down, releasing the monitors of synchronized methods that the exception leaves.

use cortado_gc::NULL;

use crate::objects::class_of;
use crate::vm::{Env, JResult, Throw};

/// Finds a handler for the pending exception in the frames at or above `entry`. On success
/// the top frame is positioned at the handler with the exception on its stack. When no frame
/// catches it, they are all popped and `Err(Throw::Exception)` is returned.
pub(crate) fn find_handler(env: &mut Env, entry: usize) -> JResult<bool> {
    loop {
        let Some(frame) = env.thread.frames.last() else {
            return Err(Throw::Exception);
        };
        let method = frame.method.clone();
        let pc = frame.pc;
        let bp = frame.bp as usize;
        if let Some(Ok(prepared)) = method.prepared.get() {
            let prepared = prepared.clone();
            let class = env.class(method.class);
            let mut caught = None;
            for handler in &prepared.handlers {
                if !(handler.start..handler.end).contains(&pc) {
                    continue;
                }
                if handler.catch_type == 0 {
                    caught = Some(handler.handler);
                    break;
                }
                match super::resolve::class_ref(env, &class, handler.catch_type) {
                    Ok(catch_class) => {
                        let exception = env.thread.pending_exception;
                        let exception_class = class_of(env.vm, exception);
                        if super::slow::is_assignable(env, exception_class, catch_class) {
                            caught = Some(handler.handler);
                            break;
                        }
                    }
                    // The catch type failed to resolve: that error replaces the exception,
                    // thrown from the same instruction.
                    Err(Throw::Exception) => return find_handler(env, entry),
                    Err(other) => return Err(other),
                }
            }
            if let Some(target) = caught {
                let max_locals = prepared.max_locals as usize;
                let exception = env.thread.pending_exception;
                env.thread.pending_exception = NULL;
                env.thread.stack[bp + max_locals] = exception as u64;
                let frame = env.thread.frames.last_mut().expect("checked above");
                frame.pc = target;
                frame.sp = (bp + max_locals + 1) as u32;
                return Ok(true);
            }
        }
        pop_frame(env);
        if env.thread.frames.len() < entry {
            return Err(Throw::Exception);
        }
    }
}

fn pop_frame(env: &mut Env) {
    if let Some(frame) = env.thread.frames.pop() {
        if frame.lock != NULL {
            // The exception leaving a synchronized method releases its monitor (§2.11.10).
            let pending = env.thread.pending_exception;
            let _ = super::monitors::exit(env, frame.lock);
            env.thread.pending_exception = pending;
        }
    }
}

/// Pops every frame at or above `entry` (for `System.exit` and fatal errors).
pub(crate) fn unwind_all(env: &mut Env, entry: usize) {
    while env.thread.frames.len() >= entry && !env.thread.frames.is_empty() {
        pop_frame(env);
    }
}

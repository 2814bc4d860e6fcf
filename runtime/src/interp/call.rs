//! Entering Java from Rust, pushing frames, preparing methods on first call, and running
//! native methods inside a native frame.

use std::sync::Arc;

use cortado_gc::Ref;

use crate::class::{Method, MethodRef};
use crate::exceptions::throw_new;
use crate::interp::prepare::{prepare, Prepared};
use crate::thread::Frame;
use crate::verify::Rejection;
use crate::vm::{Env, JResult};

/// Room the native (Rust) stack must have left before Rust code enters Java again.
pub(crate) const NATIVE_STACK_RESERVE: usize = 256 * 1024;

/// Whether the native stack is too low to enter Java again. While an exception is being
/// created, half the reserve may be used: a StackOverflowError for an exhausted native stack
/// (deep recursion through compiled code) still needs its constructor and
/// `fillInStackTrace` to run, as the Java stack keeps `RESERVED_SLOTS` for them.
fn native_stack_low(env: &Env) -> bool {
    let reserve = if env.thread.creating_exceptions > 0 {
        NATIVE_STACK_RESERVE / 2
    } else {
        NATIVE_STACK_RESERVE
    };
    stacker::remaining_stack().is_some_and(|left| left < reserve)
}

/// Calls `method` with `args` (receiver first, long/double taking two slots) and returns its
/// result slot (0 for void). Runs the interpreter until the call returns or throws.
pub(crate) fn call_method(env: &mut Env, method: &Arc<Method>, args: &[u64]) -> JResult<u64> {
    if native_stack_low(env) {
        return Err(throw_new(env, "java/lang/StackOverflowError", None));
    }
    let base = env.thread.stack_top();
    if !env.thread.has_room(base + args.len() + 2) {
        return Err(throw_new(env, "java/lang/StackOverflowError", None));
    }
    env.thread.stack[base..base + args.len()].copy_from_slice(args);
    if method.is_native() {
        return invoke_native(env, MethodRef::new(method), base);
    }
    if method.is_abstract() {
        let message = format!(
            "'{}'",
            crate::interp::resolve::method_signature_text(method)
        );
        return Err(throw_new(
            env,
            "java/lang/AbstractMethodError",
            Some(&message),
        ));
    }
    push_frame(env, MethodRef::new(method), base)?;
    let entry = env.thread.frames.len();
    crate::framed::run_pushed(env, entry)
}

/// Runs a call whose target is selected and whose arguments are at `base`, to its end: in
/// compiled code, natively, or in a nested interpreter loop. For compiled code, which cannot
/// push a frame and continue in the callee as the interpreter does.
pub(crate) fn invoke(env: &mut Env, target: MethodRef, base: usize) -> JResult<u64> {
    if let Some(result) = crate::tier::enter(env, target, base) {
        return result;
    }
    if target.is_native() {
        return invoke_native(env, target, base);
    }
    if native_stack_low(env) {
        return Err(throw_new(env, "java/lang/StackOverflowError", None));
    }
    push_frame(env, target, base)?;
    let entry = env.thread.frames.len();
    crate::framed::run_pushed(env, entry)
}

/// Pushes an interpreter frame for `method` whose arguments are already at `base`.
pub(crate) fn push_frame(env: &mut Env, method: MethodRef, base: usize) -> JResult<()> {
    let (max_locals, max_stack) = match method.prepared.get() {
        Some(Ok(prepared)) => (prepared.max_locals, prepared.max_stack),
        _ => {
            let prepared = prepared(env, &method.to_arc())?;
            (prepared.max_locals, prepared.max_stack)
        }
    };
    let sp = base + max_locals as usize;
    if !env.thread.has_room(sp + max_stack as usize + 2) {
        return Err(throw_new(env, "java/lang/StackOverflowError", None));
    }
    let synchronized = method.is_synchronized();
    let is_static = method.is_static();
    let class = method.class;
    env.thread.frames.push(Frame {
        method,
        pc: 0,
        bp: base as u32,
        sp: sp as u32,
        lock: cortado_gc::NULL,
    });
    if synchronized {
        // The frame is pushed first so that its arguments stay rooted while the lock (a
        // class mirror, for static methods) is looked up.
        let lock = if is_static {
            crate::natives::mirror(env, class)
        } else {
            Ok(env.thread.stack[base] as Ref)
        };
        if let Err(throw) = lock.and_then(|lock| super::monitors::enter(env, lock)) {
            env.thread.frames.pop();
            return Err(throw);
        }
        // Entering may have blocked while another thread collected: read the lock again
        // (the receiver slot and the mirror table are roots the collector updated).
        let lock = if is_static {
            env.vm.mirrors[class as usize]
        } else {
            env.thread.stack[base] as Ref
        };
        env.thread.frames.last_mut().expect("just pushed").lock = lock;
    }
    Ok(())
}

/// The prepared code of `method`, decoding it and computing its reference maps on first use.
/// Code that fails those checks throws VerifyError.
pub(crate) fn prepared(env: &mut Env, method: &Arc<Method>) -> JResult<Arc<Prepared>> {
    if let Some(result) = method.prepared.get() {
        return match result {
            Ok(prepared) => Ok(prepared.clone()),
            Err(rejection) => Err(throw_new(env, rejection.error, Some(&rejection.message))),
        };
    }
    let class = env.class(method.class);
    let file = class
        .file
        .as_ref()
        .expect("methods with code come from class files");
    let code = file.methods[method.index_in_class as usize]
        .code()
        .expect("the parser checked that concrete methods have code");
    let rejected = |message: String| {
        Rejection::verify_error(format!(
            "{message}\nException Details:\n  Location:\n    {}.{}{}",
            method.class_name, method.name, method.descriptor
        ))
    };
    // Application classes are verified before their code first runs (and before the
    // reference maps, whose kind-level checks would otherwise speak first); the class library
    // and the VM's generated classes are trusted, and only get the maps' checks.
    let verify =
        class.loader != crate::class::LoaderId::Boot && !class.hidden && env.vm.options.verify;
    let result = match prepare(code, &file.constant_pool) {
        Ok(prepared) if verify => {
            crate::verify::verify_method(env, &class, method, &prepared)?.map(|()| prepared)
        }
        other => other.map_err(rejected),
    };
    let result = result.and_then(|prepared| {
        let maps = crate::verify::maps::compute(&class, method, &prepared)?;
        let _ = prepared.ref_maps.set(maps);
        Ok(Arc::new(prepared))
    });
    let result = method.prepared.get_or_init(|| result);
    match result {
        Ok(prepared) => Ok(prepared.clone()),
        Err(rejection) => Err(throw_new(env, rejection.error, Some(&rejection.message))),
    }
}

/// Runs a native method whose arguments are at `base`, inside a native frame (so stack
/// traces show it and the collector sees its arguments).
pub(crate) fn invoke_native(env: &mut Env, method: MethodRef, base: usize) -> JResult<u64> {
    // Borrowed, not cloned: the atomic count updates of an `Arc` clone and drop were two
    // thirds of the bridge's own time (reflection's `Method.invoke`).
    let native: &crate::natives::NativeFn = match method.native.get() {
        Some(native) => native,
        None => match env
            .vm
            .natives
            .lookup(&method.class_name, &method.name, &method.descriptor)
        {
            Some(native) => method.native.get_or_init(|| native),
            None => {
                let message = format!(
                    "'{}'",
                    crate::interp::resolve::method_signature_text(&method)
                );
                return Err(throw_new(
                    env,
                    "java/lang/UnsatisfiedLinkError",
                    Some(&message),
                ));
            }
        },
    };
    crate::slow_paths::note(env.vm, crate::slow_paths::SlowPath::Native, method, 0, None);
    let sp = base + method.arg_slots as usize;
    if !env.thread.has_room(base + method.arg_slots as usize) {
        return Err(throw_new(env, "java/lang/StackOverflowError", None));
    }
    env.thread.frames.push(Frame {
        method,
        pc: 0,
        bp: base as u32,
        sp: sp as u32,
        lock: cortado_gc::NULL,
    });
    let mark = env.thread.handle_mark();
    let result = native(env, crate::natives::Args { base });
    env.thread.release_handles(mark);
    env.thread.frames.pop();
    result
}

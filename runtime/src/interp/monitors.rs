//! `monitorenter`/`monitorexit` and synchronized methods for the one running thread: owned
//! monitors are counted per thread, so unbalanced exits throw IllegalMonitorStateException as
//! on HotSpot. Contention between threads comes with the threads issue.

use cortado_gc::{Ref, NULL};

use crate::exceptions::{null_pointer, throw_new};
use crate::vm::{Env, JResult};

pub(crate) fn enter(env: &mut Env, object: Ref) -> JResult<()> {
    if object == NULL {
        return Err(null_pointer(env));
    }
    if let Some(entry) = env.thread.monitors.iter_mut().find(|(o, _)| *o == object) {
        entry.1 += 1;
    } else {
        env.thread.monitors.push((object, 1));
    }
    Ok(())
}

pub(crate) fn exit(env: &mut Env, object: Ref) -> JResult<()> {
    if object == NULL {
        return Err(null_pointer(env));
    }
    match env.thread.monitors.iter().position(|(o, _)| *o == object) {
        Some(index) => {
            env.thread.monitors[index].1 -= 1;
            if env.thread.monitors[index].1 == 0 {
                env.thread.monitors.swap_remove(index);
            }
            Ok(())
        }
        None => Err(throw_new(
            env,
            "java/lang/IllegalMonitorStateException",
            None,
        )),
    }
}

/// Whether the current thread owns `object`'s monitor.
pub(crate) fn owns(env: &Env, object: Ref) -> bool {
    env.thread.monitors.iter().any(|(o, _)| *o == object)
}

//! Java monitors (`synchronized`, `Object.wait/notify`): a VM-wide table of the monitors that
//! are owned or waited on, keyed by object. Entries exist only while in use, so the table never
//! keeps an object alive longer than its use; the collector updates the keys.
//!
//! Only the thread holding the VM lock runs, so the table needs no lock of its own. A thread
//! that must block (a monitor owned by another thread, `wait`) waits on the VM's condition
//! variable, which releases the VM lock; every change that could unblock someone notifies it.

use std::time::Duration;

use cortado_gc::{Ref, NULL};

use crate::exceptions::{null_pointer, throw_new};
use crate::vm::{Env, JResult, Throw};

pub(crate) struct Monitor {
    pub object: Ref,
    /// Owning thread id, 0 when free.
    pub owner: u64,
    pub count: u32,
    /// Threads in `wait` on this monitor, and whether each has been notified.
    pub waiters: Vec<(u64, bool)>,
}

fn find(env: &Env, object: Ref) -> Option<usize> {
    env.vm.monitors.iter().position(|m| m.object == object)
}

/// Takes `object`'s monitor `count` times, blocking while another thread owns it.
fn acquire(env: &mut Env, object: Ref, count: u32) -> JResult<()> {
    let mark = env.thread.handle_mark();
    let result = acquire_rooted(env, object, count);
    env.thread.release_handles(mark);
    result
}

fn acquire_rooted(env: &mut Env, object: Ref, count: u32) -> JResult<()> {
    let handle = env.thread.handle(object);
    loop {
        let object = env.thread.get(handle);
        if try_acquire(env, object, count) {
            return Ok(());
        }
        if let Some(halt) = env.halt() {
            return Err(halt);
        }
        env.thread.waiting = Some("BLOCKED (on object monitor)");
        env.wait_for_change(None);
        env.thread.waiting = None;
    }
}

/// Takes `object`'s monitor `count` times if it is free or this thread's; false (nothing
/// done) when another thread owns it. Never blocks or collects.
fn try_acquire(env: &mut Env, object: Ref, count: u32) -> bool {
    let me = env.thread.id;
    match find(env, object) {
        None => {
            env.vm.monitors.push(Monitor {
                object,
                owner: me,
                count,
                waiters: Vec::new(),
            });
            true
        }
        Some(i) if env.vm.monitors[i].owner == me || env.vm.monitors[i].owner == 0 => {
            let monitor = &mut env.vm.monitors[i];
            monitor.owner = me;
            monitor.count += count;
            true
        }
        Some(_) => false,
    }
}

pub(crate) fn enter(env: &mut Env, object: Ref) -> JResult<()> {
    if object == NULL {
        return Err(null_pointer(env));
    }
    acquire(env, object, 1)
}

pub(crate) fn exit(env: &mut Env, object: Ref) -> JResult<()> {
    if object == NULL {
        return Err(null_pointer(env));
    }
    let me = env.thread.id;
    match find(env, object) {
        Some(i) if env.vm.monitors[i].owner == me => {
            let monitor = &mut env.vm.monitors[i];
            monitor.count -= 1;
            if monitor.count == 0 {
                monitor.owner = 0;
                if monitor.waiters.is_empty() {
                    env.vm.monitors.swap_remove(i);
                }
                env.notify_change();
            }
            Ok(())
        }
        _ => Err(throw_new(
            env,
            "java/lang/IllegalMonitorStateException",
            None,
        )),
    }
}

/// `monitorenter` of a non-null `object` when it needs no wait (see `try_acquire`): compiled
/// code calls it with its references in registers.
pub(crate) fn try_enter(env: &mut Env, object: Ref) -> bool {
    try_acquire(env, object, 1)
}

/// `monitorexit` of a non-null `object` this thread owns (as `exit`); false (nothing done)
/// when it does not, which throws on the runtime's path. Never blocks or collects.
pub(crate) fn try_exit(env: &mut Env, object: Ref) -> bool {
    owns(env, object) && exit(env, object).is_ok()
}

/// Whether the current thread owns `object`'s monitor.
pub(crate) fn owns(env: &Env, object: Ref) -> bool {
    find(env, object).is_some_and(|i| env.vm.monitors[i].owner == env.thread.id)
}

fn not_owner(env: &mut Env) -> Throw {
    throw_new(
        env,
        "java/lang/IllegalMonitorStateException",
        Some("current thread is not owner"),
    )
}

/// `Object.wait(millis)`: releases the monitor entirely, waits for a notification, a timeout
/// or an interrupt, then takes the monitor back as many times as it was held.
pub(crate) fn wait(env: &mut Env, object: Ref, millis: i64) -> JResult<()> {
    let mark = env.thread.handle_mark();
    let result = wait_rooted(env, object, millis);
    env.thread.release_handles(mark);
    result
}

fn wait_rooted(env: &mut Env, object: Ref, millis: i64) -> JResult<()> {
    let me = env.thread.id;
    let Some(i) = find(env, object).filter(|&i| env.vm.monitors[i].owner == me) else {
        return Err(not_owner(env));
    };
    if crate::threads::take_interrupt(env) {
        return Err(throw_new(env, "java/lang/InterruptedException", None));
    }
    let deadline = (millis > 0).then(|| env.vm_deadline(Duration::from_millis(millis as u64)));
    let monitor = &mut env.vm.monitors[i];
    let count = monitor.count;
    monitor.owner = 0;
    monitor.count = 0;
    monitor.waiters.push((me, false));
    env.notify_change();
    let handle = env.thread.handle(object);
    let interrupted = loop {
        let object = env.thread.get(handle);
        let i = find(env, object).expect("a waited-on monitor stays in the table");
        let notified = env.vm.monitors[i]
            .waiters
            .iter()
            .any(|&(t, n)| t == me && n);
        if notified {
            break false;
        }
        if crate::threads::take_interrupt(env) {
            break true;
        }
        if deadline.is_some_and(|d| env.vm_now() >= d) || env.halt().is_some() {
            break false;
        }
        env.thread.waiting = Some(if deadline.is_some() {
            "TIMED_WAITING (on object monitor)"
        } else {
            "WAITING (on object monitor)"
        });
        env.wait_for_change(deadline);
        env.thread.waiting = None;
    };
    let object = env.thread.get(handle);
    if let Some(i) = find(env, object) {
        env.vm.monitors[i].waiters.retain(|&(t, _)| t != me);
    }
    acquire(env, object, count)?;
    if let Some(halt) = env.halt() {
        return Err(halt);
    }
    if interrupted {
        return Err(throw_new(env, "java/lang/InterruptedException", None));
    }
    Ok(())
}

/// Wakes every thread waiting on `object`'s monitor, whoever owns it (the VM's own
/// notification: the collector cleared a reference registered with a queue). The woken threads
/// re-check their condition, as after any `notifyAll`.
pub(crate) fn notify_all_from_vm(env: &mut Env, object: Ref) {
    if let Some(i) = find(env, object) {
        for waiter in env.vm.monitors[i].waiters.iter_mut() {
            waiter.1 = true;
        }
        env.notify_change();
    }
}

/// `Object.notify` (one waiter) and `notifyAll`.
pub(crate) fn notify(env: &mut Env, object: Ref, all: bool) -> JResult<()> {
    let me = env.thread.id;
    let Some(i) = find(env, object).filter(|&i| env.vm.monitors[i].owner == me) else {
        return Err(not_owner(env));
    };
    for waiter in env.vm.monitors[i].waiters.iter_mut().filter(|w| !w.1) {
        waiter.1 = true;
        if !all {
            break;
        }
    }
    env.notify_change();
    Ok(())
}

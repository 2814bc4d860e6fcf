//! Deterministic scheduling (`VmOptions::deterministic`, `-XX:+DeterministicScheduling`): the
//! Java threads of a VM take turns in a fixed order (round robin by thread id), and the turn
//! passes only at fixed points: every safepoint poll (a fixed number of steps, counted alike in
//! both tiers), and whenever the running thread blocks (monitor, `wait`, `sleep`, `join`, I/O)
//! or ends. A thread that gets the lock out of turn waits for its turn. Time is logical: the
//! clock advances one nanosecond per step, and when every thread is blocked it jumps to the
//! earliest timed wait, so `sleep` and timed waits end at the same point of every run, and
//! `System.nanoTime`/`currentTimeMillis` read this clock. A program that takes no input from
//! outside (files, sockets, the real clock) then interleaves identically run after run.
//!
//! Without the option none of this runs: `VmState::schedule` is `None`.

use std::time::Duration;

use crate::vm::Env;

/// The scheduler's state, in `VmState::schedule`.
#[derive(Debug)]
pub(crate) struct Schedule {
    /// The thread whose turn it is.
    turn: u64,
    /// Logical time, in nanoseconds since the VM started.
    now: u64,
    /// Consecutive turns passed by blocked threads with nothing changing in between.
    idle_passes: usize,
    /// The earliest deadline among the blocked threads of the current idle round.
    earliest: Option<u64>,
    /// The real clock when the VM started (ms since the epoch), for `currentTimeMillis`.
    epoch_millis: i64,
    /// Threads outside the VM (the host's between calls, any thread in blocking I/O): left
    /// out of the rotation until they come back.
    absent: Vec<u64>,
}

impl Schedule {
    pub(crate) fn new(first_thread: u64, epoch_millis: i64) -> Schedule {
        Schedule {
            turn: first_thread,
            now: 0,
            idle_passes: 0,
            earliest: None,
            epoch_millis,
            absent: Vec::new(),
        }
    }
}

/// A point in the VM's time: nanoseconds since the VM started, on the real clock, or on the
/// logical one under deterministic scheduling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct VmTime(pub u64);

impl Env<'_, '_> {
    /// The VM's current time.
    pub(crate) fn vm_now(&self) -> VmTime {
        match &self.vm.schedule {
            Some(schedule) => VmTime(schedule.now),
            None => VmTime(self.vm.host.nano_time().max(0) as u64),
        }
    }

    /// The VM's time `after` from now.
    pub(crate) fn vm_deadline(&self, after: Duration) -> VmTime {
        let nanos = u64::try_from(after.as_nanos()).unwrap_or(u64::MAX);
        VmTime(self.vm_now().0.saturating_add(nanos))
    }

    /// `System.nanoTime`.
    pub(crate) fn nano_time(&self) -> i64 {
        match &self.vm.schedule {
            Some(schedule) => schedule.now as i64,
            None => self.vm.host.nano_time(),
        }
    }

    /// `System.currentTimeMillis`.
    pub(crate) fn current_time_millis(&self) -> i64 {
        match &self.vm.schedule {
            Some(schedule) => schedule.epoch_millis + (schedule.now / 1_000_000) as i64,
            None => self.vm.host.current_time_millis(),
        }
    }

    /// Whether scheduling is deterministic.
    pub(crate) fn deterministic(&self) -> bool {
        self.vm.schedule.is_some()
    }

    /// Records that something a blocked thread may wait for changed (a monitor released, a
    /// notification, a thread ended), and wakes the waiting threads to look.
    pub(crate) fn notify_change(&mut self) {
        if let Some(schedule) = self.vm.schedule.as_mut() {
            schedule.idle_passes = 0;
            schedule.earliest = None;
        }
        self.shared.changed.notify_all();
    }

    /// The ids of the registered threads.
    fn thread_ids(&self) -> Vec<u64> {
        let current: *const crate::thread::JavaThread = &*self.thread;
        self.vm
            .threads
            .iter()
            .map(|t| {
                if std::ptr::eq(t.0, current) {
                    self.thread.id
                } else {
                    // SAFETY: the caller holds the VM lock, so every other registered thread
                    // is blocked or outside the VM and its structure stays allocated while
                    // registered (see `vm::ThreadPtr`); its id is fixed at creation.
                    #[allow(unsafe_code)]
                    unsafe {
                        (*t.0).id
                    }
                }
            })
            .collect()
    }

    /// The registered thread present in the VM after `id` in round-robin order (by id), or
    /// `id` if there is none.
    fn next_thread(&self, id: u64) -> u64 {
        let absent = self
            .vm
            .schedule
            .as_ref()
            .map(|s| s.absent.clone())
            .unwrap_or_default();
        let (mut after, mut first) = (None::<u64>, None::<u64>);
        for other in self.thread_ids() {
            if other != id && absent.contains(&other) {
                continue;
            }
            if other > id && after.is_none_or(|a| other < a) {
                after = Some(other);
            }
            if first.is_none_or(|f| other < f) {
                first = Some(other);
            }
        }
        after.or(first).unwrap_or(id)
    }

    /// At a safepoint: the steps since the last one advance the clock, and the turn passes.
    pub(crate) fn safepoint_turn(&mut self, steps: u64) {
        if self.vm.schedule.is_none() {
            return;
        }
        let me = self.thread.id;
        let next = self.next_thread(me);
        let Some(schedule) = self.vm.schedule.as_mut() else {
            return;
        };
        schedule.now = schedule.now.saturating_add(steps);
        schedule.idle_passes = 0;
        schedule.earliest = None;
        if next != me {
            schedule.turn = next;
            self.shared.changed.notify_all();
            self.wait_for_turn();
        }
    }

    /// Gives the turn away because this thread blocks, until `deadline` if it has one. After a
    /// whole round in which every thread only passed, the clock jumps to the earliest
    /// deadline; with none, nothing in the VM can move, and the thread waits for a while on the
    /// real clock (for I/O, the host, or a guest deadlock the host may stop).
    pub(crate) fn pass_turn(&mut self, deadline: Option<VmTime>) {
        if self.vm.schedule.is_none() {
            return;
        }
        let me = self.thread.id;
        let next = self.next_thread(me);
        let threads = self.vm.threads.len();
        let Some(schedule) = self.vm.schedule.as_mut() else {
            return;
        };
        schedule.idle_passes += 1;
        if let Some(VmTime(d)) = deadline {
            schedule.earliest = Some(schedule.earliest.map_or(d, |e| e.min(d)));
        }
        if schedule.idle_passes > threads {
            schedule.idle_passes = 0;
            match schedule.earliest.take() {
                Some(earliest) => schedule.now = schedule.now.max(earliest),
                None => {
                    self.shared
                        .changed
                        .wait_for(self.vm, Duration::from_millis(10));
                }
            }
        }
        if let Some(schedule) = self.vm.schedule.as_mut() {
            schedule.turn = next;
        }
        self.shared.changed.notify_all();
        if next == me {
            // Alone in the VM: let the host in (a call, a stop, dropping the VM), and do not
            // spin while the clock jumps from one timed wait to the next.
            self.shared
                .changed
                .wait_for(self.vm, Duration::from_millis(1));
        }
    }

    /// Before this thread leaves the VM (the host's call returns, blocking I/O, the thread
    /// ends): it drops out of the rotation, and passes the turn if it has it.
    pub(crate) fn leave_vm(&mut self) {
        if self.vm.schedule.is_none() {
            return;
        }
        let me = self.thread.id;
        let next = self.next_thread(me);
        let Some(schedule) = self.vm.schedule.as_mut() else {
            return;
        };
        if !schedule.absent.contains(&me) {
            schedule.absent.push(me);
        }
        if schedule.turn == me {
            schedule.turn = next;
        }
        schedule.idle_passes = 0;
        schedule.earliest = None;
        self.shared.changed.notify_all();
    }

    /// When this thread comes back into the VM: it rejoins the rotation and waits for its turn.
    pub(crate) fn enter_vm(&mut self) {
        let me = self.thread.id;
        let Some(schedule) = self.vm.schedule.as_mut() else {
            return;
        };
        schedule.absent.retain(|&t| t != me);
        self.wait_for_turn();
    }

    /// Waits (without the VM lock) until it is this thread's turn, or the VM halts. A turn
    /// held by a thread that no longer exists is taken over.
    pub(crate) fn wait_for_turn(&mut self) {
        let me = self.thread.id;
        loop {
            let Some(schedule) = self.vm.schedule.as_ref() else {
                return;
            };
            if schedule.turn == me || self.halt().is_some() {
                return;
            }
            let holder = schedule.turn;
            if !self.thread_ids().contains(&holder) || schedule.absent.contains(&holder) {
                if let Some(schedule) = self.vm.schedule.as_mut() {
                    schedule.turn = me;
                }
                return;
            }
            self.shared.changed.wait(self.vm);
        }
    }
}

//! The VM's compiler threads, for background compilation (`VmOptions::background_compilation`).
//!
//! Java threads build a hot method's IR (`cortado_jit::Jit::build*`, which needs the VM) and
//! submit it here; a compiler thread generates the machine code (`cortado_jit::CodeGenerator`,
//! the expensive part) and leaves the result in a mailbox whose `ready` flag Java threads check
//! at safepoint polls with one atomic load. The threads know nothing of the VM: they never take
//! the VM lock and hold no VM state while generating, so they cannot keep a VM alive.
//!
//! The queue is not FIFO: each time a thread is free it takes the waiting method that saves the
//! most interpreted work per unit of compile time (`best`), reading every waiting method's heat
//! (its sampled interpreted steps, from atomics) at that moment, so a method that got hot while
//! waiting, or an OSR request whose loop is running, goes before colder ones queued earlier.
//! The queue's lock is held only to push a job or pick one (a scan of the waiting jobs), never
//! while generating; Java threads take it only when they queue a method, never on a hot path.
//!
//! One thread is started at the first background compilation, another (up to
//! `VmOptions::compiler_threads`) when methods queue up while all are busy, as HotSpot adds
//! compiler threads for a long queue. Dropping the `CompilerThread` (with the VM's state)
//! stops them: waiting jobs are dropped, idle threads are joined, a busy one is left to end
//! on its own after its current job (Cranelift cannot be interrupted), so that dropping a VM,
//! and exiting, never waits for a compilation.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use cortado_jit::{CodeGenerator, Generated, Unfinished};

/// A method to generate code for.
pub(crate) struct Job {
    pub id: u64,
    pub method: Unfinished,
    /// The method's heat now: a count that grows with the work its interpreted runs do
    /// (read at each pick, from atomics only; never takes a lock).
    pub heat: Box<dyn Fn() -> u64 + Send>,
}

/// A job's outcome, with the time code generation took.
pub(crate) struct Done {
    pub id: u64,
    pub result: Result<Generated, cortado_jit::Error>,
    pub took: Duration,
}

#[derive(Default)]
struct Mailbox {
    /// Something is in `done` (set after the push; cleared before taking).
    ready: AtomicBool,
    done: parking_lot::Mutex<Vec<Done>>,
    /// The VM is going away: generate nothing more.
    stop: AtomicBool,
}

/// A job waiting in the queue, with its rank.
struct Waiting {
    job: Job,
    rank: Rank,
}

/// What a compiler thread has seen of a waiting method's heat, to rank it.
#[derive(Debug)]
struct Rank {
    /// Queued earlier: a lower id (equal priorities go in queue order).
    id: u64,
    /// Code generation's estimated cost: the IR's instructions (at least 1).
    cost: f64,
    /// Recent heat: what the heat grew by while waiting, halving every `HALF_LIFE`.
    recent: f64,
    last_heat: u64,
    last_seen: Instant,
}

impl Rank {
    fn new(id: u64, ir_size: usize, heat: u64, now: Instant) -> Rank {
        Rank {
            id,
            cost: ir_size.max(1) as f64,
            recent: 0.0,
            last_heat: heat,
            last_seen: now,
        }
    }

    /// Takes in the method's heat `heat` read at `now`, and gives the job's priority: recent
    /// heat (the interpreted work that compiling it would save, per unit of time) over cost.
    fn update(&mut self, heat: u64, now: Instant) -> f64 {
        // The counters wrap: a heat lower than before grew by nothing we can tell.
        let grown = heat.saturating_sub(self.last_heat) as f64;
        let elapsed = now.saturating_duration_since(self.last_seen);
        let decay = 0.5f64.powf(elapsed.as_secs_f64() / HALF_LIFE.as_secs_f64());
        self.recent = self.recent * decay + grown;
        self.last_heat = heat;
        self.last_seen = now;
        self.recent / self.cost
    }
}

#[derive(Default)]
struct Queue {
    waiting: parking_lot::Mutex<Jobs>,
    /// Signalled when a job comes or the queue closes.
    changed: parking_lot::Condvar,
}

#[derive(Default)]
struct Jobs {
    list: Vec<Waiting>,
    closed: bool,
}

pub(crate) struct CompilerThread {
    queue: Arc<Queue>,
    mailbox: Arc<Mailbox>,
    generator: CodeGenerator,
    workers: Vec<Worker>,
}

struct Worker {
    thread: JoinHandle<()>,
    /// The thread is generating code (or about to: it checks `stop` after setting this).
    busy: Arc<AtomicBool>,
}

/// Native stack of the compiler thread (untouched pages cost nothing): as much as a Java
/// thread's by default, which is what compiling on a Java thread had.
const STACK_BYTES: usize = 8 << 20;

/// How fast a waiting method's heat is forgotten: a method hot in a phase of the program
/// that has ended should not go before one hot now.
const HALF_LIFE: Duration = Duration::from_millis(20);

impl Queue {
    /// Waits for jobs and takes the best one; `None` once the queue is closed.
    fn next(&self) -> Option<Job> {
        let mut jobs = self.waiting.lock();
        loop {
            if jobs.closed {
                return None;
            }
            if !jobs.list.is_empty() {
                break;
            }
            self.changed.wait(&mut jobs);
        }
        let best = best(&mut jobs.list, Instant::now());
        Some(jobs.list.swap_remove(best).job)
    }
}

/// Which waiting job to generate next: the one whose compilation saves the most interpreted
/// work per unit of compile time (Smith's rule, which minimizes the work done interpreted
/// while methods wait: recent heat over cost), the oldest among equals. Heats are read now,
/// so a method that got hotter while waiting moves up and one whose phase of the program
/// ended moves down.
fn best(list: &mut [Waiting], now: Instant) -> usize {
    pick(list.iter_mut().map(|waiting| {
        let priority = waiting.rank.update((waiting.job.heat)(), now);
        (priority, waiting.rank.id)
    }))
}

/// The index of the highest priority of `(priority, id)`s, the lowest id among equals.
fn pick(ranked: impl Iterator<Item = (f64, u64)>) -> usize {
    let mut best = 0;
    let mut best_key = (f64::NEG_INFINITY, u64::MAX);
    for (index, (priority, id)) in ranked.enumerate() {
        if priority > best_key.0 || (priority == best_key.0 && id < best_key.1) {
            best = index;
            best_key = (priority, id);
        }
    }
    best
}

impl CompilerThread {
    /// Starts the first compiler thread.
    pub fn start(generator: CodeGenerator) -> std::io::Result<CompilerThread> {
        let mut thread = CompilerThread {
            queue: Arc::new(Queue::default()),
            mailbox: Arc::new(Mailbox::default()),
            generator,
            workers: Vec::new(),
        };
        thread.spawn_worker()?;
        Ok(thread)
    }

    /// Starts a compiler thread: it takes the best waiting job until the queue closes.
    fn spawn_worker(&mut self) -> std::io::Result<()> {
        let (jobs, shared) = (self.queue.clone(), self.mailbox.clone());
        let busy = Arc::new(AtomicBool::new(false));
        let mine = busy.clone();
        let generator = self.generator.clone();
        let thread = std::thread::Builder::new()
            .name("cortado-compiler".into())
            .stack_size(STACK_BYTES)
            .spawn(move || {
                while let Some(job) = jobs.next() {
                    // `busy` before `stop`, and the reverse in `drop` (both sequentially
                    // consistent): either the thread sees the stop, or the drop sees it busy.
                    mine.store(true, Ordering::SeqCst);
                    if shared.stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Job { id, method, heat } = job;
                    // Nothing of the VM is kept while generating.
                    drop(heat);
                    let started = Instant::now();
                    // A panic in Cranelift is a compiler bug: the method stays interpreted
                    // rather than the thread dying with the queue.
                    let result = crate::tier::guarded(|| generator.generate(method));
                    shared.done.lock().push(Done {
                        id,
                        result,
                        took: started.elapsed(),
                    });
                    shared.ready.store(true, Ordering::Release);
                    mine.store(false, Ordering::SeqCst);
                }
            })?;
        self.workers.push(Worker { thread, busy });
        Ok(())
    }

    /// Queues `job`; gives it back if the threads are gone. Takes the queue's lock only for a
    /// push (a compiler thread holds it only to pick a job), never waits for a compilation.
    /// Starts another thread (up to `max_threads`) when jobs queue up while all are busy.
    pub fn submit(&mut self, job: Job, max_threads: usize) -> Result<(), Job> {
        let mut jobs = self.queue.waiting.lock();
        if jobs.closed || self.workers.iter().all(|w| w.thread.is_finished()) {
            return Err(job);
        }
        let rank = Rank::new(job.id, job.method.ir_size(), (job.heat)(), Instant::now());
        jobs.list.push(Waiting { job, rank });
        let backlog = jobs.list.len();
        drop(jobs);
        self.queue.changed.notify_one();
        if backlog > 1
            && self.workers.len() < max_threads
            && self.workers.iter().all(|w| w.busy.load(Ordering::Relaxed))
        {
            // Not started (no thread for it): the ones running take the jobs.
            let _ = self.spawn_worker();
        }
        Ok(())
    }

    /// Whether finished jobs wait to be installed: one atomic load, for safepoint polls.
    #[inline]
    pub fn ready(&self) -> bool {
        self.mailbox.ready.load(Ordering::Relaxed)
    }

    /// The finished jobs, in the order they finished.
    pub fn take_done(&self) -> Vec<Done> {
        self.mailbox.ready.store(false, Ordering::Relaxed);
        std::mem::take(&mut *self.mailbox.done.lock())
    }
}

impl Drop for CompilerThread {
    fn drop(&mut self) {
        self.mailbox.stop.store(true, Ordering::SeqCst);
        // Closing the queue ends the thread's loop (at once when it waits for a job); the
        // waiting jobs are dropped here, on the VM's side.
        let waiting = {
            let mut jobs = self.queue.waiting.lock();
            jobs.closed = true;
            std::mem::take(&mut jobs.list)
        };
        self.queue.changed.notify_all();
        drop(waiting);
        for worker in self.workers.drain(..) {
            if !worker.busy.load(Ordering::SeqCst) {
                let _ = worker.thread.join();
            }
            // Busy: detached; it ends after the one it is generating.
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_queue_ranks_by_recent_heat_over_cost_then_by_age() {
        let start = Instant::now();
        let later = start + HALF_LIFE;
        // Same growth, a quarter of the cost: four times the priority.
        let mut small = Rank::new(1, 100, 1000, start);
        let mut large = Rank::new(0, 400, 0, start);
        let (p_small, p_large) = (small.update(1256, later), large.update(256, later));
        assert_eq!(p_small, 4.0 * p_large);
        // A method that stopped running loses half its heat per half-life to one still hot.
        let much_later = later + HALF_LIFE;
        assert_eq!(small.update(1256, much_later), p_small / 2.0);
        assert!(large.update(1024, much_later) > p_large);
        // Wrapped counters grow by nothing.
        let mut wrapped = Rank::new(2, 10, u64::MAX, start);
        assert_eq!(wrapped.update(5, later), 0.0);
        // The highest priority first; equal ones in queue order; an empty cost counts as 1.
        assert_eq!(
            pick([(1.0, 5), (3.0, 7), (3.0, 6), (2.0, 1)].into_iter()),
            2
        );
        assert_eq!(pick([(0.0, 9), (0.0, 3)].into_iter()), 1);
        assert_eq!(Rank::new(3, 0, 0, start).update(8, later), 8.0);
    }
}

//! The VM's compiler thread, for background compilation (`VmOptions::background_compilation`).
//!
//! Java threads build a hot method's IR (`cortado_jit::Jit::build*`, which needs the VM) and
//! submit it here; the thread generates the machine code (`cortado_jit::CodeGenerator`, the
//! expensive part) and leaves the result in a mailbox whose `ready` flag Java threads check at
//! safepoint polls with one atomic load. The thread knows nothing of the VM: it never takes
//! the VM lock and holds no VM state, only the jobs, so it cannot keep a VM alive. Started at
//! the first background compilation; dropping it (with the VM's state) stops it: an idle
//! thread is joined, a busy one is left to end on its own after its current job (Cranelift
//! cannot be interrupted), so that dropping a VM, and exiting, never waits for a compilation.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use cortado_jit::{CodeGenerator, Generated, Unfinished};

/// A method to generate code for.
pub(crate) struct Job {
    pub id: u64,
    pub method: Unfinished,
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
    /// The thread is generating code (or about to: it checks `stop` after setting this).
    busy: AtomicBool,
}

pub(crate) struct CompilerThread {
    jobs: Option<mpsc::Sender<Job>>,
    mailbox: Arc<Mailbox>,
    thread: Option<JoinHandle<()>>,
}

/// Native stack of the compiler thread (untouched pages cost nothing): as much as a Java
/// thread's by default, which is what compiling on a Java thread had.
const STACK_BYTES: usize = 8 << 20;

impl CompilerThread {
    pub fn start(generator: CodeGenerator) -> std::io::Result<CompilerThread> {
        let (jobs, queue) = mpsc::channel::<Job>();
        let mailbox = Arc::new(Mailbox::default());
        let shared = mailbox.clone();
        let thread = std::thread::Builder::new()
            .name("cortado-compiler".into())
            .stack_size(STACK_BYTES)
            .spawn(move || {
                for job in queue {
                    // `busy` before `stop`, and the reverse in `drop` (both sequentially
                    // consistent): either the thread sees the stop, or the drop sees it busy.
                    shared.busy.store(true, Ordering::SeqCst);
                    if shared.stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let started = Instant::now();
                    // A panic in Cranelift is a compiler bug: the method stays interpreted
                    // rather than the thread dying with the queue.
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        generator.generate(job.method)
                    }))
                    .unwrap_or_else(|_| {
                        Err(cortado_jit::Error::Codegen(
                            "code generation panicked".into(),
                        ))
                    });
                    shared.done.lock().push(Done {
                        id: job.id,
                        result,
                        took: started.elapsed(),
                    });
                    shared.ready.store(true, Ordering::Release);
                    shared.busy.store(false, Ordering::SeqCst);
                }
            })?;
        Ok(CompilerThread {
            jobs: Some(jobs),
            mailbox,
            thread: Some(thread),
        })
    }

    /// Queues `job`; gives it back if the thread is gone.
    pub fn submit(&self, job: Job) -> Result<(), Job> {
        match &self.jobs {
            Some(jobs) => jobs.send(job).map_err(|e| e.0),
            None => Err(job),
        }
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
        // Closing the queue ends the thread's loop (at once when it waits for a job).
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            if !self.mailbox.busy.load(Ordering::SeqCst) {
                let _ = thread.join();
            }
            // Busy: detached; it drops its job and ends after the one it is generating.
        }
    }
}

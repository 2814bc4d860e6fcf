//! Host processes behind the host door (`ProcessBuilder`, `Runtime.exec`). A child's output
//! pipes are drained by pump threads into buffers and its input is fed by a writer thread, so
//! that every guest-side wait is a bounded wait on a buffer, in slices (`SLICE`) between
//! which the caller checks for a stop.

use std::collections::{HashMap, VecDeque};
use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::{os_error, Access, Denied, Host, Slice, SLICE};
use crate::capabilities::{Input, Output};

const EBADF: i32 = 9;
const EPIPE: i32 = 32;

/// A pump stops reading from the child while this much is buffered, so that a child writing
/// more than the guest reads blocks, as it would on a real pipe.
const PIPE_LIMIT: usize = 1 << 20;

/// Where one of a child's standard streams goes (the guest's `ProcessBuilder.Redirect`).
#[derive(Debug, Clone)]
pub(crate) enum Redirect {
    Pipe,
    Inherit,
    Discard,
    /// Read from this file (standard input only).
    Read(String),
    Write(String),
    Append(String),
}

/// A process to start.
pub(crate) struct ProcessSpec {
    pub command: Vec<String>,
    /// `None`: the host's environment (when the guest may read it; otherwise none at all).
    pub environment: Option<Vec<(String, String)>>,
    pub directory: Option<String>,
    /// stdin, stdout, stderr.
    pub redirects: [Redirect; 3],
    /// stderr goes to the same pipe as stdout (`redirectErrorStream(true)`).
    pub merge_error: bool,
}

/// Bytes from a child (or the host's stdin), filled by a pump thread.
#[derive(Default)]
pub(crate) struct Pipe {
    state: Mutex<PipeState>,
    changed: Condvar,
}

#[derive(Default)]
struct PipeState {
    data: VecDeque<u8>,
    closed: bool,
    /// Bytes handed to readers so far.
    taken: u64,
}

/// A started child.
pub(crate) struct Process {
    child: Mutex<Child>,
    pid: u32,
    stdout: Option<Arc<Pipe>>,
    stderr: Option<Arc<Pipe>>,
    /// Chunks for the writer thread; `None` once closed.
    stdin: Mutex<Option<mpsc::SyncSender<Vec<u8>>>>,
    stdin_broken: Arc<AtomicBool>,
    status: Mutex<Option<i32>>,
    /// Threads copying inherited output into a capture: an exit is reported once they are
    /// done, as an inheriting child's output is written when it ends.
    capture_pumps: Mutex<Vec<std::thread::JoinHandle<()>>>,
}

/// Started processes by guest handle.
#[derive(Default)]
pub(crate) struct ProcessTable {
    processes: HashMap<i32, Arc<Process>>,
    next: i32,
}

pub(crate) fn pump(mut reader: impl Read + Send + 'static, pipe: Arc<Pipe>) {
    let _ = std::thread::Builder::new()
        .name("cortado-pipe".into())
        .spawn(move || {
            let mut buffer = [0u8; 8192];
            loop {
                let n = match reader.read(&mut buffer) {
                    Ok(0) | Err(_) => 0,
                    Ok(n) => n,
                };
                let mut state = pipe.state.lock();
                if n == 0 {
                    state.closed = true;
                    pipe.changed.notify_all();
                    return;
                }
                while state.data.len() >= PIPE_LIMIT && !state.closed {
                    pipe.changed.wait(&mut state);
                }
                state.data.extend(&buffer[..n]);
                pipe.changed.notify_all();
            }
        });
}

/// Copies a child's output into the guest's captured stream.
fn pump_to_capture(
    mut reader: impl Read + Send + 'static,
    sink: crate::capabilities::Captured,
) -> Option<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("cortado-pipe".into())
        .spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n @ 1..) = reader.read(&mut buffer) {
                sink.append(&buffer[..n]);
            }
        })
        .ok()
}

impl Host {
    fn open_redirect(&self, redirect: &Redirect) -> std::io::Result<Option<std::fs::File>> {
        // capability: the file's own (read or write).
        let file = match redirect {
            Redirect::Read(path) => {
                self.permit(path, Access::Read)?;
                std::fs::File::open(path)?
            }
            Redirect::Write(path) => {
                self.permit(path, Access::Write)?;
                std::fs::File::create(path)?
            }
            Redirect::Append(path) => {
                self.permit(path, Access::Write)?;
                std::fs::File::options()
                    .append(true)
                    .create(true)
                    .open(path)?
            }
            _ => return Ok(None),
        };
        Ok(Some(file))
    }

    /// Where an inherited output stream goes: the host's own stream, or a capture.
    fn inherited_output(&self, fd: i32) -> (Stdio, Option<crate::capabilities::Captured>) {
        let output = if fd == 1 {
            &self.capabilities.stdout
        } else {
            &self.capabilities.stderr
        };
        match output {
            Output::Inherit => (Stdio::inherit(), None),
            Output::Discard => (Stdio::null(), None),
            Output::Capture(c) => (Stdio::piped(), Some(c.clone())),
        }
    }

    /// Starts a process; returns its handle.
    pub(crate) fn start_process(&mut self, spec: ProcessSpec) -> std::io::Result<i32> {
        // capability: processes (which then run outside the sandbox).
        if !self.capabilities.processes {
            let program = spec.command.first().cloned().unwrap_or_default();
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                Denied(format!(
                    "access denied (\"java.io.FilePermission\" \"{program}\" \"execute\")"
                )),
            ));
        }
        let Some((program, args)) = spec.command.split_first() else {
            return Err(os_error(22));
        };
        let mut command = Command::new(program);
        command.args(args);
        match &spec.environment {
            Some(vars) => {
                command.env_clear().envs(vars.iter().map(|(k, v)| (k, v)));
            }
            None if !self.capabilities.environment => {
                command.env_clear();
            }
            None => {}
        }
        if let Some(directory) = &spec.directory {
            command.current_dir(directory);
        }
        // The child's inherited output must follow what the guest wrote before.
        self.flush();
        command.stdin(match &spec.redirects[0] {
            Redirect::Pipe => Stdio::piped(),
            Redirect::Inherit if matches!(self.capabilities.stdin, Input::Inherit) => {
                Stdio::inherit()
            }
            other => match self.open_redirect(other)? {
                Some(file) => Stdio::from(file),
                None => Stdio::null(),
            },
        });
        let mut captures = [None, None];
        let mut capture_pumps = Vec::new();
        let mut merged_reader = None;
        for (i, redirect) in spec.redirects[1..].iter().enumerate() {
            let fd = i as i32 + 1;
            let stdio = if fd == 2 && spec.merge_error {
                // stdout's destination, whatever it is.
                match &spec.redirects[1] {
                    Redirect::Pipe => match &merged_reader {
                        Some((_, writer)) => Stdio::from(std::io::PipeWriter::try_clone(writer)?),
                        None => Stdio::piped(),
                    },
                    Redirect::Inherit => {
                        let (stdio, capture) = self.inherited_output(1);
                        captures[1] = capture;
                        stdio
                    }
                    Redirect::Discard | Redirect::Read(_) => Stdio::null(),
                    other => match self.open_redirect(other)? {
                        Some(file) => Stdio::from(file),
                        None => Stdio::null(),
                    },
                }
            } else {
                match redirect {
                    Redirect::Pipe if fd == 1 && spec.merge_error => {
                        // One OS pipe for both, so that their interleaving is the child's.
                        let (reader, writer) = std::io::pipe()?;
                        let stdio = Stdio::from(writer.try_clone()?);
                        merged_reader = Some((reader, writer));
                        stdio
                    }
                    Redirect::Pipe => Stdio::piped(),
                    Redirect::Inherit => {
                        let (stdio, capture) = self.inherited_output(fd);
                        captures[i] = capture;
                        stdio
                    }
                    Redirect::Discard | Redirect::Read(_) => Stdio::null(),
                    other => match self.open_redirect(other)? {
                        Some(file) => Stdio::from(file),
                        None => Stdio::null(),
                    },
                }
            };
            if fd == 1 {
                command.stdout(stdio);
            } else {
                command.stderr(stdio);
            }
        }
        let mut child = command.spawn()?;
        // Our copies of the merged pipe's write end must close, or its reader never ends.
        drop(command);
        let stdout_pipe = match merged_reader {
            Some((reader, writer)) => {
                drop(writer);
                let pipe = Arc::new(Pipe::default());
                pump(reader, pipe.clone());
                Some(pipe)
            }
            None => child.stdout.take().and_then(|out| match &captures[0] {
                Some(sink) => {
                    capture_pumps.extend(pump_to_capture(out, sink.clone()));
                    None
                }
                None => {
                    let pipe = Arc::new(Pipe::default());
                    pump(out, pipe.clone());
                    Some(pipe)
                }
            }),
        };
        let stderr_pipe = child.stderr.take().and_then(|err| match &captures[1] {
            Some(sink) => {
                capture_pumps.extend(pump_to_capture(err, sink.clone()));
                None
            }
            None => {
                let pipe = Arc::new(Pipe::default());
                pump(err, pipe.clone());
                Some(pipe)
            }
        });
        let stdin_broken = Arc::new(AtomicBool::new(false));
        let stdin = child.stdin.take().and_then(|mut input| {
            let (sender, receiver) = mpsc::sync_channel::<Vec<u8>>(16);
            let broken = stdin_broken.clone();
            std::thread::Builder::new()
                .name("cortado-stdin".into())
                .spawn(move || {
                    for chunk in receiver {
                        if input.write_all(&chunk).is_err() {
                            broken.store(true, Ordering::Relaxed);
                            return;
                        }
                    }
                })
                .ok()
                .map(|_| sender)
        });
        let process = Process {
            pid: child.id(),
            child: Mutex::new(child),
            stdout: stdout_pipe,
            stderr: stderr_pipe,
            stdin: Mutex::new(stdin),
            stdin_broken,
            status: Mutex::new(None),
            capture_pumps: Mutex::new(capture_pumps),
        };
        self.processes.next += 1;
        let handle = self.processes.next;
        self.processes.processes.insert(handle, Arc::new(process));
        Ok(handle)
    }

    pub(crate) fn process(&self, handle: i32) -> std::io::Result<Arc<Process>> {
        self.processes
            .processes
            .get(&handle)
            .cloned()
            .ok_or_else(|| os_error(EBADF))
    }
}

/// The exit value the JDK reports: the status, or 128 + the signal that ended the child.
fn exit_value(status: std::process::ExitStatus) -> i32 {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return 128 + signal;
        }
    }
    status.code().unwrap_or(1)
}

impl Pipe {
    /// Takes what is buffered, waiting up to one slice for something; 0 bytes is the end.
    pub(crate) fn read(&self, buffer: &mut [u8]) -> Slice<usize> {
        let mut state = self.state.lock();
        if state.data.is_empty() && !state.closed {
            self.changed.wait_for(&mut state, SLICE);
        }
        if state.data.is_empty() {
            return if state.closed {
                Slice::Done(Ok(0))
            } else {
                Slice::Pending
            };
        }
        let n = buffer.len().min(state.data.len());
        for (slot, byte) in buffer.iter_mut().zip(state.data.drain(..n)) {
            *slot = byte;
        }
        state.taken += n as u64;
        self.changed.notify_all();
        Slice::Done(Ok(n))
    }

    /// Bytes handed to readers so far.
    pub(crate) fn taken(&self) -> u64 {
        self.state.lock().taken
    }

    /// Bytes buffered now; if none and the writer has not closed, waits up to `wait` for some
    /// (what a pipe's writer has already written arrives at once through the pump).
    pub(crate) fn buffered(&self, wait: Duration) -> usize {
        let mut state = self.state.lock();
        if state.data.is_empty() && !state.closed && !wait.is_zero() {
            self.changed.wait_for(&mut state, wait);
        }
        state.data.len()
    }
}

impl Process {
    pub(crate) fn pid(&self) -> u32 {
        self.pid
    }

    /// The exit value if the child has ended.
    pub(crate) fn try_exit_value(&self) -> Option<i32> {
        let mut status = self.status.lock();
        if status.is_none() {
            if let Ok(Some(exit)) = self.child.lock().try_wait() {
                self.finish_captures();
                *status = Some(exit_value(exit));
            }
        }
        *status
    }

    /// Lets the capture pumps copy what the ended child wrote (briefly: a grandchild may
    /// keep the pipe open).
    fn finish_captures(&self) {
        let pumps = std::mem::take(&mut *self.capture_pumps.lock());
        let until = Instant::now() + Duration::from_millis(200);
        for pump in pumps {
            while !pump.is_finished() && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
    }

    /// Waits up to one slice (or until `until`, if sooner) for the child to end.
    pub(crate) fn wait(&self, until: Option<Instant>) -> Slice<i32> {
        let end = Instant::now() + SLICE;
        let end = until.map_or(end, |u| u.min(end));
        let mut pause = Duration::from_millis(1);
        loop {
            if let Some(value) = self.try_exit_value() {
                return Slice::Done(Ok(value));
            }
            let now = Instant::now();
            if now >= end {
                return Slice::Pending;
            }
            std::thread::sleep(pause.min(end - now));
            pause = (pause * 2).min(Duration::from_millis(10));
        }
    }

    /// Ends the child: SIGTERM (`Process.destroy`) or SIGKILL (`destroyForcibly`).
    pub(crate) fn kill(&self, force: bool) {
        let mut child = self.child.lock();
        if force || !cfg!(unix) {
            let _ = child.kill();
            return;
        }
        // Not after it was reaped: its pid may belong to another process by now.
        if let Ok(None) = child.try_wait() {
            #[cfg(unix)]
            // SAFETY: kill(2) takes plain integers and touches no memory of ours; the pid is
            // our unreaped child's (checked just above, under the child's lock).
            #[allow(unsafe_code)]
            unsafe {
                libc::kill(self.pid as libc::pid_t, libc::SIGTERM);
            }
        }
    }

    fn pipe(&self, which: i32) -> Option<&Arc<Pipe>> {
        if which == 1 {
            self.stdout.as_ref()
        } else {
            self.stderr.as_ref()
        }
    }

    /// Reads from the child's stdout (`which` 1) or stderr (2) what arrives within a slice;
    /// 0 bytes is the end of the stream.
    pub(crate) fn read(&self, which: i32, buffer: &mut [u8]) -> Slice<usize> {
        match self.pipe(which) {
            Some(pipe) => pipe.read(buffer),
            None => Slice::Done(Ok(0)),
        }
    }

    /// Bytes buffered from the child's stdout or stderr.
    pub(crate) fn available(&self, which: i32) -> usize {
        self.pipe(which).map_or(0, |p| p.state.lock().data.len())
    }

    /// Hands bytes to the writer thread if it has room within a slice; `Ok(false)`: no room
    /// yet, call again.
    pub(crate) fn write(&self, bytes: &[u8]) -> Slice<()> {
        let end = Instant::now() + SLICE;
        let mut chunk = bytes.to_vec();
        loop {
            if self.stdin_broken.load(Ordering::Relaxed) {
                return Slice::Done(Err(os_error(EPIPE)));
            }
            let stdin = self.stdin.lock();
            let Some(sender) = stdin.as_ref() else {
                return Slice::Done(Err(os_error(EPIPE)));
            };
            match sender.try_send(chunk) {
                Ok(()) => return Slice::Done(Ok(())),
                Err(mpsc::TrySendError::Disconnected(_)) => {
                    return Slice::Done(Err(os_error(EPIPE)))
                }
                Err(mpsc::TrySendError::Full(back)) => chunk = back,
            }
            drop(stdin);
            if Instant::now() >= end {
                return Slice::Pending;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// Closes the child's standard input (the writer thread ends after the queued bytes).
    pub(crate) fn close_stdin(&self) {
        self.stdin.lock().take();
    }
}

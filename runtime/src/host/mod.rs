//! The one door from the VM to the host: files, standard streams, environment, clock, exit,
//! sockets (`net.rs`), processes (`process.rs`) and machine figures (`metrics.rs`). No other
//! module of Cortado touches `std::fs`, `std::net`, `std::process` or `std::env` (a test
//! enforces it), so a sandbox policy needs to guard only this module. Every operation checks
//! its capability first, once (the read-only figures of `metrics.rs` and the clock need none).

pub(crate) mod metrics;
pub(crate) mod net;
pub(crate) mod process;

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::capabilities::{normalize, Capabilities, Input, Output};

/// The longest a blocking socket, process, file or name-lookup call waits before it returns,
/// so that its caller can check for a stop without the VM lock held for long (it then calls
/// again).
pub(crate) const SLICE: std::time::Duration = std::time::Duration::from_millis(50);

/// What a blocking host call did within one slice.
pub(crate) enum Slice<T> {
    Done(std::io::Result<T>),
    /// Nothing yet: check for a stop and call again.
    Pending,
}

/// Work that cannot be cut into slices (a connection being made, a name lookup, opening a
/// FIFO), running on a helper thread so that the caller can wait for it in slices. On a stop
/// the caller gives up: the helper finishes on its own and its result is dropped.
pub(crate) struct Pending<T>(std::sync::mpsc::Receiver<std::io::Result<T>>);

impl<T: Send + 'static> Pending<T> {
    /// Starts `work` on a helper thread named `name`.
    pub(crate) fn spawn(
        name: &str,
        work: impl FnOnce() -> std::io::Result<T> + Send + 'static,
    ) -> std::io::Result<Pending<T>> {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name(name.into())
            .spawn(move || {
                let _ = sender.send(work());
            })?;
        Ok(Pending(receiver))
    }

    /// A result known already (no thread).
    pub(crate) fn ready(result: std::io::Result<T>) -> Pending<T> {
        let (sender, receiver) = std::sync::mpsc::channel();
        let _ = sender.send(result);
        Pending(receiver)
    }

    /// Waits up to one slice for the result.
    pub(crate) fn wait(&self) -> Slice<T> {
        match self.0.recv_timeout(SLICE) {
            Ok(result) => Slice::Done(result),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Slice::Pending,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                Slice::Done(Err(std::io::Error::other("host call failed")))
            }
        }
    }
}

/// The payload of an error that a sandbox refusal produced.
#[derive(Debug)]
struct Denied(String);

impl std::fmt::Display for Denied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Denied {}

/// The payload of the error a write past the output cap produced.
#[derive(Debug)]
struct OutputLimit;

impl std::fmt::Display for OutputLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("output limit reached")
    }
}

impl std::error::Error for OutputLimit {}

/// Whether `error` says the guest's output cap is used up.
pub(crate) fn is_output_limit(error: &std::io::Error) -> bool {
    error
        .get_ref()
        .is_some_and(|e| e.downcast_ref::<OutputLimit>().is_some())
}

/// The message of a sandbox refusal, if `error` is one.
pub(crate) fn denial(error: &std::io::Error) -> Option<String> {
    error
        .get_ref()?
        .downcast_ref::<Denied>()
        .map(|d| d.0.clone())
}

/// Where the guest's standard streams go, and the files it has open.
pub(crate) struct Host {
    stdout: std::io::BufWriter<std::io::Stdout>,
    capabilities: Capabilities,
    /// Read position in `Input::Bytes` standard input.
    stdin_position: usize,
    current_dir: std::path::PathBuf,
    started: Instant,
    pub(crate) properties: Vec<(String, String)>,
    /// Open files by guest descriptor (3 and up; 0, 1, 2 are the standard streams).
    files: HashMap<i32, OpenFile>,
    next_fd: i32,
    /// Bytes the guest may still write to stdout and stderr, when capped.
    output_budget: Option<u64>,
    net: net::NetTable,
    processes: process::ProcessTable,
    /// The host's standard input, drained by a pump thread from the guest's first read on,
    /// so that reads wait without the VM lock and a stop reaches them.
    stdin_pipe: Option<std::sync::Arc<process::Pipe>>,
    /// When the inherited standard input is a regular file: its size and the position the
    /// pump started reading at (so that `available` is exact, as for a file).
    stdin_file: Option<(u64, u64)>,
}

/// What a file operation does to a path: the unit a sandbox policy will grant or refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    /// Reading a file's contents or listing a directory.
    Read,
    /// Writing, creating, truncating, renaming or deleting.
    Write,
    /// Reading metadata only (existence, type, size, time).
    Stat,
}

/// How to open a file (the guest's `open0` flags, see `stdlib/NATIVES.md`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct OpenFlags {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub create_new: bool,
    pub truncate: bool,
}

/// File metadata as the guest sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FileStat {
    /// 1 regular file, 2 directory, 3 symbolic link (only when not following), 4 other.
    pub kind: i64,
    pub size: i64,
    /// Last modification, ms since the Unix epoch.
    pub modified_millis: i64,
    /// Unix permission bits (mode & 0o7777).
    pub mode: i64,
    /// Last modification, access and status change: seconds since the Unix epoch and the
    /// nanoseconds within it (as stat(2) keeps them).
    pub modified: (i64, i64),
    pub accessed: (i64, i64),
    pub changed: (i64, i64),
    /// Creation (birth, from statx), or the last modification where the system keeps none.
    pub created: (i64, i64),
    /// Inode, device, link count, owner and group ids (0 where the host has none).
    pub inode: i64,
    pub device: i64,
    pub links: i64,
    pub uid: i64,
    pub gid: i64,
}

const EBADF: i32 = 9;
const EISDIR: i32 = 21;

/// An open file, shared between the host's table and the natives that use it without the VM
/// lock (a `close` meanwhile closes it when they are done).
#[derive(Clone)]
pub(crate) struct OpenFile {
    file: std::sync::Arc<std::fs::File>,
    /// Not a regular file (a FIFO, a device): opened non-blocking, and read and written only
    /// after `poll` says it is ready, a slice at a time, so that a stop reaches a thread
    /// waiting on it. Regular files are read and written directly (without the VM lock).
    polled: bool,
}

impl OpenFile {
    /// Reads into `buffer` (0 bytes: end of file); a polled file waits at most one slice.
    pub(crate) fn read(&self, buffer: &mut [u8]) -> Slice<usize> {
        if self.polled && !self.ready(false) {
            return Slice::Pending;
        }
        loop {
            match (&*self.file).read(buffer) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Slice::Pending,
                other => return Slice::Done(other),
            }
        }
    }

    /// Writes some of `bytes` (all of them to a regular file); returns how many. A polled
    /// file waits at most one slice and may take only part.
    pub(crate) fn write(&self, bytes: &[u8]) -> Slice<usize> {
        if !self.polled {
            return Slice::Done((&*self.file).write_all(bytes).map(|()| bytes.len()));
        }
        if !self.ready(true) {
            return Slice::Pending;
        }
        match (&*self.file).write(bytes) {
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted
                ) =>
            {
                Slice::Pending
            }
            other => Slice::Done(other),
        }
    }

    /// Whether the file is ready to read (or write) within one slice; an error or hang-up
    /// counts as ready (the read or write then reports it).
    #[cfg(unix)]
    fn ready(&self, write: bool) -> bool {
        use std::os::unix::io::AsRawFd;
        let mut poll = libc::pollfd {
            fd: self.file.as_raw_fd(),
            events: if write { libc::POLLOUT } else { libc::POLLIN },
            revents: 0,
        };
        // SAFETY: `poll` is one initialized pollfd that outlives the call, and the count
        // passed is 1; the descriptor stays open while `self.file` lives.
        #[allow(unsafe_code)]
        let ready = unsafe { libc::poll(&mut poll, 1, SLICE.as_millis() as i32) };
        ready != 0
    }

    #[cfg(not(unix))]
    fn ready(&self, _write: bool) -> bool {
        true
    }

    /// Whether reads and writes may wait for long (see `polled`).
    pub(crate) fn is_polled(&self) -> bool {
        self.polled
    }

    /// Bytes readable without blocking: for regular files size - position.
    pub(crate) fn available(&self) -> std::io::Result<i64> {
        if self.polled {
            return Ok(0);
        }
        let size = self.file.metadata()?.len() as i64;
        let position = (&*self.file).stream_position()? as i64;
        Ok((size - position).max(0))
    }

    /// Moves the position (whence 0 start, 1 current, 2 end); returns the new one.
    pub(crate) fn seek(&self, offset: i64, whence: i32) -> std::io::Result<i64> {
        let target = match whence {
            0 if offset >= 0 => SeekFrom::Start(offset as u64),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(os_error(22)),
        };
        Ok((&*self.file).seek(target)? as i64)
    }

    /// Truncates or extends the file.
    pub(crate) fn set_length(&self, length: u64) -> std::io::Result<()> {
        self.file.set_len(length)
    }
}

/// Opens `path`. A path that is neither a regular file nor a directory (a FIFO, a device) is
/// opened non-blocking, so that opening a FIFO does not wait for its other end for good: a
/// FIFO opened for writing before it has a reader is `Pending` (call again).
fn open_file(path: &str, flags: OpenFlags) -> Slice<OpenFile> {
    let special = cfg!(unix) && std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    let mut options = std::fs::OpenOptions::new();
    options
        .read(flags.read)
        .write(flags.write && !flags.append)
        .append(flags.append)
        .create(flags.create && !flags.create_new)
        .create_new(flags.create_new)
        .truncate(flags.truncate && !flags.append);
    #[cfg(unix)]
    if special {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        #[cfg(unix)]
        Err(e) if special && e.raw_os_error() == Some(libc::ENXIO) => {
            // A FIFO without a reader yet.
            std::thread::sleep(std::time::Duration::from_millis(10));
            return Slice::Pending;
        }
        Err(e) => return Slice::Done(Err(e)),
    };
    Slice::Done(match file.metadata() {
        Ok(meta) if meta.is_dir() => Err(os_error(EISDIR)),
        Ok(_) => Ok(OpenFile {
            file: std::sync::Arc::new(file),
            polled: special,
        }),
        Err(e) => Err(e),
    })
}

fn os_error(errno: i32) -> std::io::Error {
    std::io::Error::from_raw_os_error(errno)
}

/// The OS's text for an error number, without Rust's " (os error N)" suffix: what the JDK
/// puts in its exception messages ("No such file or directory").
pub(crate) fn error_text(errno: i32) -> String {
    let text = os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// The error number of a host error (EIO when the error has none).
pub(crate) fn errno_of(error: &std::io::Error) -> i32 {
    error.raw_os_error().unwrap_or(match error.kind() {
        std::io::ErrorKind::InvalidInput => 22,
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        _ => 5,
    })
}

/// Metadata of a path, following a final symbolic link if `follow`.
/// The total, free and usable (by an unprivileged user) bytes of the file system holding
/// `path`, as the JDK's `getSpace0` computes them from `statvfs`.
#[cfg(unix)]
fn space_of(path: &str) -> std::io::Result<[i64; 3]> {
    let c_path = std::ffi::CString::new(path)
        .map_err(|_| std::io::Error::from_raw_os_error(libc::ENOENT))?;
    // SAFETY: an all-zero statvfs is a valid value of this plain C struct.
    #[allow(unsafe_code)]
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: c_path is NUL-terminated and st is a valid, writable statvfs.
    #[allow(unsafe_code)]
    let status = unsafe { libc::statvfs(c_path.as_ptr(), &mut st) };
    if status != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let frsize = st.f_frsize as i64;
    Ok([
        frsize.saturating_mul(st.f_blocks as i64),
        frsize.saturating_mul(st.f_bfree as i64),
        frsize.saturating_mul(st.f_bavail as i64),
    ])
}

/// access(2): whether this process may read (4), write (2) or execute (1) `path`, as the
/// kernel decides (the owner, group and other bits that apply, and root's privileges).
#[cfg(unix)]
fn access_of(path: &str, mode: i32) -> std::io::Result<()> {
    let c_path = std::ffi::CString::new(path)
        .map_err(|_| std::io::Error::from_raw_os_error(libc::ENOENT))?;
    // SAFETY: c_path is NUL-terminated and lives across the call.
    #[allow(unsafe_code)]
    let status = unsafe { libc::access(c_path.as_ptr(), mode & 7) };
    if status == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(unix))]
fn access_of(path: &str, _mode: i32) -> std::io::Result<()> {
    std::fs::metadata(path).map(|_| ())
}

/// The process's file mode creation mask, from the `Umask:` line of `/proc/self/status`
/// (reading it with umask(2) would change it for a moment for every thread); 0o022, the
/// usual mask, where the system does not say.
pub(crate) fn umask() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("Umask:"))
                .and_then(|mask| u32::from_str_radix(mask.trim(), 8).ok())
        })
        .unwrap_or(0o022)
}

/// The name of user `id` (`group` false, getpwuid_r) or group `id` (getgrgid_r), None if
/// the system knows none.
#[cfg(unix)]
fn principal_name(id: u32, group: bool) -> Option<String> {
    let mut buffer = vec![0u8; 16 * 1024];
    let name = if group {
        // SAFETY: an all-zero group is a valid value of this plain C struct.
        #[allow(unsafe_code)]
        let mut entry: libc::group = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::group = std::ptr::null_mut();
        // SAFETY: entry, buffer (with its true length) and found are valid and writable for
        // the call; on success found points at entry, whose strings live in buffer.
        #[allow(unsafe_code)]
        let status = unsafe {
            libc::getgrgid_r(
                id,
                &mut entry,
                buffer.as_mut_ptr().cast(),
                buffer.len(),
                &mut found,
            )
        };
        if status != 0 || found.is_null() || entry.gr_name.is_null() {
            return None;
        }
        entry.gr_name
    } else {
        // SAFETY: an all-zero passwd is a valid value of this plain C struct.
        #[allow(unsafe_code)]
        let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: as for getgrgid_r above.
        #[allow(unsafe_code)]
        let status = unsafe {
            libc::getpwuid_r(
                id,
                &mut entry,
                buffer.as_mut_ptr().cast(),
                buffer.len(),
                &mut found,
            )
        };
        if status != 0 || found.is_null() || entry.pw_name.is_null() {
            return None;
        }
        entry.pw_name
    };
    // SAFETY: name is the NUL-terminated string the call stored in buffer, still alive.
    #[allow(unsafe_code)]
    let name = unsafe { std::ffi::CStr::from_ptr(name) };
    Some(name.to_string_lossy().into_owned())
}

#[cfg(not(unix))]
fn principal_name(_id: u32, _group: bool) -> Option<String> {
    None
}

#[cfg(not(unix))]
fn space_of(_path: &str) -> std::io::Result<[i64; 3]> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

fn stat_path(path: &str, follow: bool) -> std::io::Result<FileStat> {
    #[cfg(unix)]
    use std::os::unix::fs::MetadataExt;
    let meta = if follow {
        std::fs::metadata(path)?
    } else {
        std::fs::symlink_metadata(path)?
    };
    let kind = meta.file_type();
    let modified_millis = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_millis() as i64);
    #[cfg(unix)]
    let mode = {
        use std::os::unix::fs::PermissionsExt;
        (meta.permissions().mode() & 0o7777) as i64
    };
    #[cfg(not(unix))]
    let mode = if meta.permissions().readonly() {
        0o555
    } else {
        0o777
    };
    Ok(FileStat {
        kind: if kind.is_file() {
            1
        } else if kind.is_dir() {
            2
        } else if kind.is_symlink() {
            3
        } else {
            4
        },
        size: meta.len() as i64,
        modified_millis,
        mode,
        #[cfg(unix)]
        modified: (meta.mtime(), meta.mtime_nsec()),
        #[cfg(unix)]
        accessed: (meta.atime(), meta.atime_nsec()),
        #[cfg(unix)]
        changed: (meta.ctime(), meta.ctime_nsec()),
        #[cfg(unix)]
        created: meta
            .created()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or((meta.mtime(), meta.mtime_nsec()), |d| {
                (d.as_secs() as i64, i64::from(d.subsec_nanos()))
            }),
        #[cfg(unix)]
        inode: meta.ino() as i64,
        #[cfg(unix)]
        device: meta.dev() as i64,
        #[cfg(unix)]
        links: meta.nlink() as i64,
        #[cfg(unix)]
        uid: i64::from(meta.uid()),
        #[cfg(unix)]
        gid: i64::from(meta.gid()),
        #[cfg(not(unix))]
        modified: (
            modified_millis.div_euclid(1000),
            modified_millis.rem_euclid(1000) * 1_000_000,
        ),
        #[cfg(not(unix))]
        accessed: (
            modified_millis.div_euclid(1000),
            modified_millis.rem_euclid(1000) * 1_000_000,
        ),
        #[cfg(not(unix))]
        changed: (
            modified_millis.div_euclid(1000),
            modified_millis.rem_euclid(1000) * 1_000_000,
        ),
        #[cfg(not(unix))]
        created: (
            modified_millis.div_euclid(1000),
            modified_millis.rem_euclid(1000) * 1_000_000,
        ),
        #[cfg(not(unix))]
        inode: 0,
        #[cfg(not(unix))]
        device: 0,
        #[cfg(not(unix))]
        links: 1,
        #[cfg(not(unix))]
        uid: 0,
        #[cfg(not(unix))]
        gid: 0,
    })
}

impl Host {
    pub(crate) fn new(
        properties: Vec<(String, String)>,
        capabilities: Capabilities,
        max_output_bytes: Option<u64>,
    ) -> Host {
        Host {
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            capabilities,
            stdin_position: 0,
            current_dir: std::env::current_dir().unwrap_or_else(|_| "/".into()),
            started: Instant::now(),
            properties,
            files: HashMap::new(),
            next_fd: 3,
            output_budget: max_output_bytes,
            net: Default::default(),
            processes: Default::default(),
            stdin_pipe: None,
            stdin_file: None,
        }
    }

    /// The sandbox check: every file operation asks here first, once, with the path it
    /// touches and what it does to it. A refusal is an error that `denial` recognizes.
    fn permit(&self, path: &str, access: Access) -> std::io::Result<()> {
        let target = normalize(std::path::Path::new(path), &self.current_dir);
        let inside = |dirs: &[std::path::PathBuf]| {
            dirs.iter()
                .any(|d| target.starts_with(normalize(d, &self.current_dir)))
        };
        let allowed = match access {
            Access::Read | Access::Stat => {
                inside(&self.capabilities.read_dirs) || inside(&self.capabilities.write_dirs)
            }
            Access::Write => inside(&self.capabilities.write_dirs),
        };
        if allowed {
            return Ok(());
        }
        let action = match access {
            Access::Read | Access::Stat => "read",
            Access::Write => "write",
        };
        Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            Denied(format!(
                "access denied (\"java.io.FilePermission\" \"{path}\" \"{action}\")"
            )),
        ))
    }

    /// Whether the guest may read the host's environment.
    pub(crate) fn permit_environment(&self, name: &str) -> Result<(), String> {
        if self.capabilities.environment {
            Ok(())
        } else {
            Err(format!(
                "access denied (\"java.lang.RuntimePermission\" \"getenv.{name}\")"
            ))
        }
    }

    /// The open file behind a descriptor (3 and up), to use without the VM lock.
    pub(crate) fn file(&self, fd: i32) -> std::io::Result<OpenFile> {
        // capability: none (the descriptor was checked when opened).
        self.files.get(&fd).cloned().ok_or_else(|| os_error(EBADF))
    }

    /// Checks that the guest may open `path` with `flags`; the opener it returns opens it,
    /// to be called without the VM lock (and again while `Pending`), and the file is then
    /// registered with `add_file`. Directories cannot be opened (EISDIR), as the JDK's file
    /// streams refuse them.
    pub(crate) fn open(
        &self,
        path: &str,
        flags: OpenFlags,
    ) -> std::io::Result<impl FnMut() -> Slice<OpenFile>> {
        // capability: Read if flags.read, Write if flags.write/append/create/truncate.
        if flags.read {
            self.permit(path, Access::Read)?;
        }
        if flags.write || flags.append || flags.create || flags.create_new || flags.truncate {
            self.permit(path, Access::Write)?;
        }
        let path = path.to_owned();
        Ok(move || open_file(&path, flags))
    }

    /// Gives an opened file its descriptor.
    pub(crate) fn add_file(&mut self, file: OpenFile) -> i32 {
        let fd = self.next_fd;
        self.next_fd += 1;
        self.files.insert(fd, file);
        fd
    }

    /// Reads standard input (descriptor 0; files are read through `OpenFile`).
    pub(crate) fn read(&mut self, fd: i32, buffer: &mut [u8]) -> std::io::Result<usize> {
        // capability: none (standard input comes from where `Capabilities` says).
        if fd == 0 {
            return self.read_stdin(buffer);
        }
        Err(os_error(EBADF))
    }

    /// Takes a descriptor out of the table, to be closed (dropped) without the VM lock.
    /// The standard streams stay open (closing them is a no-op).
    pub(crate) fn close(&mut self, fd: i32) -> std::io::Result<Option<OpenFile>> {
        // capability: none.
        if (0..3).contains(&fd) {
            return Ok(None);
        }
        self.files
            .remove(&fd)
            .map(Some)
            .ok_or_else(|| os_error(EBADF))
    }

    /// Checks that the guest may read `path`'s metadata; the work it returns reads it
    /// (following a final symbolic link if `follow`), to be run without the VM lock.
    pub(crate) fn stat(
        &self,
        path: &str,
        follow: bool,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<FileStat>> {
        // capability: Stat on path.
        self.permit(path, Access::Stat)?;
        let path = path.to_owned();
        Ok(move || stat_path(&path, follow))
    }

    /// Checks that the guest may read `path`'s metadata; the work it returns reads the space of
    /// the file system holding it (`statvfs`: total, free and usable bytes), without the VM lock.
    pub(crate) fn space(
        &self,
        path: &str,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<[i64; 3]>> {
        // capability: Stat on path.
        self.permit(path, Access::Stat)?;
        let path = path.to_owned();
        Ok(move || space_of(&path))
    }

    /// Checks that the guest may list `path`; the work it returns lists the names in it
    /// (without "." and "..", in the host's directory order), without the VM lock.
    pub(crate) fn list_dir(
        &self,
        path: &str,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<Vec<String>>> {
        // capability: Read on path.
        self.permit(path, Access::Read)?;
        let path = path.to_owned();
        Ok(move || {
            let mut names = Vec::new();
            for entry in std::fs::read_dir(path)? {
                names.push(entry?.file_name().to_string_lossy().into_owned());
            }
            Ok(names)
        })
    }

    /// Checks that the guest may create directory `path`; the work creates it (mode 0777 &
    /// ~umask), without the VM lock.
    pub(crate) fn mkdir(
        &self,
        path: &str,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<()>> {
        // capability: Write on path.
        self.permit(path, Access::Write)?;
        let path = path.to_owned();
        Ok(move || std::fs::create_dir(path))
    }

    /// Checks that the guest may delete `path`; the work deletes the file, symbolic link or
    /// empty directory, without the VM lock.
    pub(crate) fn delete(
        &self,
        path: &str,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<()>> {
        // capability: Write on path.
        self.permit(path, Access::Write)?;
        let path = path.to_owned();
        Ok(move || {
            if std::fs::symlink_metadata(&path)?.is_dir() {
                std::fs::remove_dir(path)
            } else {
                std::fs::remove_file(path)
            }
        })
    }

    /// Checks that the guest may create symbolic links; the work creates `link` pointing at
    /// `target` (stored as given, relative or absolute), without the VM lock. Only a guest
    /// that may write everywhere may: a link the guest chose could lead a later open of a
    /// permitted path anywhere (a link to a permitted directory followed by `..` leaves it).
    pub(crate) fn symlink(
        &self,
        target: &str,
        link: &str,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<()>> {
        // capability: Write on "/" (every path).
        if self.permit("/", Access::Write).is_err() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                Denied("access denied (\"java.nio.file.LinkPermission\" \"symbolic\")".to_owned()),
            ));
        }
        self.permit(link, Access::Write)?;
        let (target, link) = (target.to_owned(), link.to_owned());
        Ok(move || std::os::unix::fs::symlink(target, link))
    }

    /// Checks that the guest may link `existing` as `link`; the work creates the hard link,
    /// without the VM lock. Both must be writable: the new name writes the same file.
    pub(crate) fn hard_link(
        &self,
        existing: &str,
        link: &str,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<()>> {
        // capability: Write on existing and on link.
        self.permit(existing, Access::Write)?;
        self.permit(link, Access::Write)?;
        let (existing, link) = (existing.to_owned(), link.to_owned());
        Ok(move || std::fs::hard_link(existing, link))
    }

    /// The name of user `id` (or group `id` when `group`), if the guest may read the
    /// system's user (group) database, `/etc/passwd` (`/etc/group`); otherwise None, and the
    /// guest shows the number, as the JDK does for an id without a name. The work looks it
    /// up (the name service may read files or ask a daemon) without the VM lock.
    pub(crate) fn principal_name(
        &self,
        id: u32,
        group: bool,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<Option<String>>> {
        // capability: Read on /etc/passwd or /etc/group, else no name.
        let database = if group { "/etc/group" } else { "/etc/passwd" };
        let allowed = self.permit(database, Access::Read).is_ok();
        Ok(move || {
            Ok(if allowed {
                principal_name(id, group)
            } else {
                None
            })
        })
    }

    /// Checks that the guest may read `path`'s metadata; the work asks whether the process may
    /// read, write or execute it (access(2), `mode` 4, 2, 1 or'ed), without the VM lock.
    pub(crate) fn access(
        &self,
        path: &str,
        mode: i32,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<()>> {
        // capability: Stat on path.
        self.permit(path, Access::Stat)?;
        let path = path.to_owned();
        Ok(move || access_of(&path, mode))
    }

    /// Checks that the guest may read `path`'s metadata; the work resolves it to the absolute
    /// path without symbolic links, `.` or `..` (realpath(3); lossily as UTF-8), without the
    /// VM lock.
    pub(crate) fn real_path(
        &self,
        path: &str,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<String>> {
        // capability: Stat on path.
        self.permit(path, Access::Stat)?;
        let path = path.to_owned();
        Ok(move || Ok(std::fs::canonicalize(path)?.to_string_lossy().into_owned()))
    }

    /// Checks that the guest may read `path`'s metadata; the work reads the target of the
    /// symbolic link `path` (lossily as UTF-8), without the VM lock.
    pub(crate) fn read_link(
        &self,
        path: &str,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<String>> {
        // capability: Stat on path.
        self.permit(path, Access::Stat)?;
        let path = path.to_owned();
        Ok(move || Ok(std::fs::read_link(path)?.to_string_lossy().into_owned()))
    }

    /// Checks that the guest may rename `from` to `to`; the work moves it (replacing the
    /// target if it is a file or an empty directory), without the VM lock.
    pub(crate) fn rename(
        &self,
        from: &str,
        to: &str,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<()>> {
        // capability: Write on from and on to.
        self.permit(from, Access::Write)?;
        self.permit(to, Access::Write)?;
        let (from, to) = (from.to_owned(), to.to_owned());
        Ok(move || std::fs::rename(from, to))
    }

    /// Checks that the guest may change `path`; the work sets its modification time (ms
    /// since the epoch), without the VM lock.
    pub(crate) fn set_modified(
        &self,
        path: &str,
        millis: i64,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<()>> {
        // capability: Write on path.
        self.permit(path, Access::Write)?;
        let path = path.to_owned();
        Ok(move || {
            let time = UNIX_EPOCH + std::time::Duration::from_millis(millis.max(0) as u64);
            std::fs::File::options()
                .write(true)
                .open(&path)
                .or_else(|_| std::fs::File::open(&path))?
                .set_modified(time)
        })
    }

    /// Checks that the guest may change `path`; the work sets its permission bits (chmod(2),
    /// `mode & 0o7777`, following symbolic links), without the VM lock.
    pub(crate) fn set_mode(
        &self,
        path: &str,
        mode: u32,
    ) -> std::io::Result<impl FnOnce() -> std::io::Result<()>> {
        use std::os::unix::fs::PermissionsExt;
        // capability: Write on path.
        self.permit(path, Access::Write)?;
        let path = path.to_owned();
        Ok(move || std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode & 0o7777)))
    }

    /// Writes to file descriptor 1 or 2. Stdout is buffered and flushed before anything goes
    /// to stderr, so the two interleave on a terminal as they were written.
    /// Past the output cap, the bytes up to it are written and the error is `OutputLimit`.
    pub(crate) fn write(&mut self, fd: i32, bytes: &[u8]) -> std::io::Result<()> {
        if let (1 | 2, Some(budget)) = (fd, self.output_budget.as_mut()) {
            if bytes.len() as u64 > *budget {
                let allowed = *budget as usize;
                *budget = 0;
                self.write_unlimited(fd, &bytes[..allowed])?;
                let _ = self.stdout.flush();
                return Err(std::io::Error::other(OutputLimit));
            }
            *budget -= bytes.len() as u64;
        }
        self.write_unlimited(fd, bytes)
    }

    /// Writes a line `Cortado VM warning: <text>` to the guest's standard error, as HotSpot
    /// writes its warnings; not counted against the output cap (the VM wrote it, not the
    /// guest).
    pub(crate) fn vm_warning(&mut self, text: &str) {
        let line = format!("Cortado VM warning: {text}\n");
        let _ = self.write_unlimited(2, line.as_bytes());
    }

    fn write_unlimited(&mut self, fd: i32, bytes: &[u8]) -> std::io::Result<()> {
        // capability: the standard streams go where `Capabilities` says.
        match (fd, &self.capabilities.stdout, &self.capabilities.stderr) {
            (1, Output::Inherit, _) => self.stdout.write_all(bytes),
            (1, Output::Capture(buffer), _) | (2, _, Output::Capture(buffer)) => {
                buffer.append(bytes);
                Ok(())
            }
            (1, Output::Discard, _) | (2, _, Output::Discard) => Ok(()),
            (2, _, Output::Inherit) => {
                self.stdout.flush()?;
                let mut stderr = std::io::stderr().lock();
                stderr.write_all(bytes)?;
                stderr.flush()
            }
            // capability: none (the descriptor was checked when opened).
            _ => (&*self.file(fd)?.file).write_all(bytes),
        }
    }

    /// The buffer the host's standard input arrives in, when the guest inherits it.
    pub(crate) fn inherited_stdin(&mut self) -> Option<std::sync::Arc<process::Pipe>> {
        // capability: standard input comes from where `Capabilities` says.
        if !matches!(self.capabilities.stdin, Input::Inherit) {
            return None;
        }
        let stdin_file = &mut self.stdin_file;
        let pipe = self.stdin_pipe.get_or_insert_with(|| {
            *stdin_file = regular_stdin_file();
            let pipe = std::sync::Arc::new(process::Pipe::default());
            process::pump(std::io::stdin(), pipe.clone());
            pipe
        });
        Some(pipe.clone())
    }

    /// `FileInputStream.available` on standard input, as the JDK's: for a regular file the
    /// bytes left in it, otherwise what a read takes without blocking: `Err(pipe)` when that
    /// is what the pump has buffered (the caller waits a moment for it without the VM lock).
    pub(crate) fn stdin_available(&mut self) -> Result<i64, std::sync::Arc<process::Pipe>> {
        // capability: standard input comes from where `Capabilities` says.
        match &self.capabilities.stdin {
            Input::Inherit => {}
            Input::Empty => return Ok(0),
            Input::Bytes(bytes) => {
                return Ok(bytes.len().saturating_sub(self.stdin_position) as i64)
            }
        }
        let Some(pipe) = self.inherited_stdin() else {
            return Ok(0);
        };
        match self.stdin_file {
            Some((size, start)) => Ok(size.saturating_sub(start + pipe.taken()) as i64),
            None => Err(pipe),
        }
    }

    pub(crate) fn read_stdin(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        // capability: standard input comes from where `Capabilities` says.
        self.stdout.flush()?;
        match &self.capabilities.stdin {
            Input::Inherit => std::io::stdin().lock().read(buffer),
            Input::Empty => Ok(0),
            Input::Bytes(bytes) => {
                let rest = &bytes[self.stdin_position.min(bytes.len())..];
                let n = rest.len().min(buffer.len());
                buffer[..n].copy_from_slice(&rest[..n]);
                self.stdin_position += n;
                Ok(n)
            }
        }
    }

    pub(crate) fn flush(&mut self) {
        let _ = self.stdout.flush();
    }

    pub(crate) fn current_time_millis(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    }

    pub(crate) fn nano_time(&self) -> i64 {
        self.started.elapsed().as_nanos() as i64
    }

    /// The instant `nanos` after the VM started (the inverse of `nano_time`).
    pub(crate) fn instant_at(&self, nanos: u64) -> Instant {
        self.started + std::time::Duration::from_nanos(nanos)
    }

    /// The environment variable `name` (the caller checked `permit_environment`).
    pub(crate) fn getenv(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    pub(crate) fn environment(&self) -> Vec<(String, String)> {
        std::env::vars().collect()
    }

    /// Fills `buffer` with the host's entropy (`/dev/urandom`; `java.security.SecureRandom`).
    /// Not a capability: random bytes reveal nothing of the host.
    pub(crate) fn entropy(&self, buffer: &mut [u8]) -> std::io::Result<()> {
        std::fs::File::open("/dev/urandom")?.read_exact(buffer)
    }

    pub(crate) fn available_processors(&self) -> i32 {
        std::thread::available_parallelism().map_or(1, |n| n.get() as i32)
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Bytes of physical memory of the machine, for the default initial heap size.
pub(crate) fn physical_memory() -> Option<usize> {
    // SAFETY: sysconf only reads configuration values; it has no memory-safety preconditions.
    #[allow(unsafe_code)]
    let (pages, page_size) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    if pages <= 0 || page_size <= 0 {
        return None;
    }
    (pages as usize).checked_mul(page_size as usize)
}

/// Reads a class-path file (a class or a jar) for the class loader.
pub(crate) fn read_file(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    std::fs::read(path)
}

/// The absolute form of a class-path entry, as the JDK reports class sources.
pub(crate) fn absolute(path: &std::path::Path) -> std::path::PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

pub(crate) fn is_dir(path: &std::path::Path) -> bool {
    path.is_dir()
}

/// The system properties a Java program expects, derived from the host.
pub(crate) fn default_properties() -> Vec<(String, String)> {
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let (user, home) = user_account();
    let os_version = os_release();
    let tmp = std::env::temp_dir().display().to_string();
    let (language, country) = locale_from_environment();
    let (language, country) = (language.as_str(), country.as_str());
    let encoding = native_encoding();
    let os = match std::env::consts::OS {
        "linux" => "Linux",
        "macos" => "Mac OS X",
        "windows" => "Windows",
        other => other,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        other => other,
    };
    [
        ("java.version", "17.0.15"),
        ("java.runtime.version", "17.0.15+6"),
        ("java.specification.version", "17"),
        ("java.vm.specification.version", "17"),
        ("java.class.version", "61.0"),
        ("java.vendor", "Cortado"),
        ("java.vm.name", "Cortado"),
        ("java.vm.vendor", "Cortado"),
        ("java.vm.version", env!("CARGO_PKG_VERSION")),
        ("java.runtime.name", "Cortado Runtime Environment"),
        ("java.home", "/cortado"),
        ("os.name", os),
        ("os.arch", arch),
        ("os.version", &os_version),
        ("file.separator", "/"),
        ("path.separator", ":"),
        ("line.separator", "\n"),
        ("file.encoding", encoding),
        ("native.encoding", encoding),
        ("sun.jnu.encoding", encoding),
        ("sun.arch.data.model", "64"),
        ("user.dir", &cwd),
        ("user.home", &home),
        ("user.name", &user),
        ("java.io.tmpdir", &tmp),
        ("user.language", language),
        ("user.country", country),
    ]
    .iter()
    // HotSpot leaves user.country unset when the locale names no country.
    .filter(|(k, v)| !(*k == "user.country" && v.is_empty()))
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// `user.name` and `user.home` as the JDK finds them on Unix: the password-file entry of the
/// real user id (not `$USER` or `$HOME`); `?` when there is none.
#[cfg(unix)]
#[allow(unsafe_code)]
fn user_account() -> (String, String) {
    // SAFETY: passwd is a plain C structure of integers and pointers; all zeroes is valid.
    let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let mut buffer = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: the buffer outlives the call and the strings read from `entry` (which point
    // into it); getpwuid_r is thread-safe.
    unsafe {
        let status = libc::getpwuid_r(
            libc::getuid(),
            &mut entry,
            buffer.as_mut_ptr(),
            buffer.len(),
            &mut result,
        );
        if status != 0 || result.is_null() {
            return ("?".to_owned(), "?".to_owned());
        }
        let text = |p: *const libc::c_char| {
            if p.is_null() {
                String::new()
            } else {
                std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
            }
        };
        let name = text(entry.pw_name);
        let home = text(entry.pw_dir);
        let home = if home.is_empty() {
            "?".to_owned()
        } else {
            home
        };
        (name, home)
    }
}

#[cfg(not(unix))]
fn user_account() -> (String, String) {
    (
        std::env::var("USERNAME").unwrap_or_else(|_| "?".to_owned()),
        std::env::var("USERPROFILE").unwrap_or_else(|_| "?".to_owned()),
    )
}

/// The pid of the process the VM runs in.
pub(crate) fn current_pid() -> i64 {
    std::process::id() as i64
}

/// The pid of the parent of the process the VM runs in (0 where unknown).
#[cfg(unix)]
pub(crate) fn parent_pid() -> i64 {
    std::os::unix::process::parent_id() as i64
}

#[cfg(not(unix))]
pub(crate) fn parent_pid() -> i64 {
    0
}

/// `os.version`: the kernel release (`uname -r`), as the JDK reports it on Unix.
#[cfg(unix)]
#[allow(unsafe_code)]
fn os_release() -> String {
    // SAFETY: utsname is a plain C structure of character arrays; all zeroes is valid.
    let mut names: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: uname fills the structure it is given; its fields are NUL-terminated.
    unsafe {
        if libc::uname(&mut names) != 0 {
            return String::new();
        }
        std::ffi::CStr::from_ptr(names.release.as_ptr())
            .to_string_lossy()
            .into_owned()
    }
}

#[cfg(not(unix))]
fn os_release() -> String {
    String::new()
}

/// The host's native encoding, found as HotSpot finds it on Linux: the codeset
/// (`nl_langinfo(CODESET)`) of the locale the environment selects (`setlocale(LC_ALL, "")`),
/// so `ANSI_X3.4-1968` (US-ASCII) when no UTF-8 locale is selected or the selected one is not
/// installed; ISO8859-1 when the codeset is empty. HotSpot 17's default charset (and so the
/// encoding of `System.out`) follows it. Computed once; the process's locale is restored.
pub(crate) fn native_encoding() -> &'static str {
    static ENCODING: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ENCODING.get_or_init(|| {
        // SAFETY: setlocale and nl_langinfo are called with valid C strings; the previous
        // locale name is copied before it is restored.
        #[allow(unsafe_code)]
        let codeset = unsafe {
            let previous = libc::setlocale(libc::LC_ALL, std::ptr::null());
            let previous =
                (!previous.is_null()).then(|| std::ffi::CStr::from_ptr(previous).to_owned());
            libc::setlocale(libc::LC_ALL, c"".as_ptr());
            let codeset = libc::nl_langinfo(libc::CODESET);
            let codeset = if codeset.is_null() {
                String::new()
            } else {
                std::ffi::CStr::from_ptr(codeset)
                    .to_string_lossy()
                    .into_owned()
            };
            if let Some(previous) = previous {
                libc::setlocale(libc::LC_ALL, previous.as_ptr());
            }
            codeset
        };
        match codeset.as_str() {
            "" => "ISO8859-1".to_owned(),
            "646" => "ISO646-US".to_owned(),
            "EUC-JP" => "EUC-JP-LINUX".to_owned(),
            other => other.to_owned(),
        }
    })
}

/// The host's time-zone ID, found as the JDK finds it on Linux: `TZ` (without a leading `:`),
/// else the first line of `/etc/timezone`, else the target of the `/etc/localtime` link from
/// `zoneinfo/` on. Like the locale, not guarded by a capability (HotSpot always reads it).
pub(crate) fn time_zone_id() -> Option<String> {
    if let Ok(tz) = std::env::var("TZ") {
        let tz = tz.trim_start_matches(':').trim();
        if !tz.is_empty() {
            return Some(tz.to_owned());
        }
    }
    if let Ok(text) = std::fs::read_to_string("/etc/timezone") {
        if let Some(line) = text.lines().next() {
            let line = line.trim();
            if !line.is_empty() {
                return Some(line.to_owned());
            }
        }
    }
    let target = std::fs::read_link("/etc/localtime").ok()?;
    let target = target.to_string_lossy();
    let index = target.find("zoneinfo/")?;
    Some(target[index + "zoneinfo/".len()..].to_owned())
}

/// The default locale's language and country from the POSIX locale variables, as the JDK
/// derives them: unset, `C` or `POSIX` is en_US; `C.UTF-8` is plain `en`; `ll_CC.enc@mod`
/// is ll_CC. (The JDK falls back to en_US when the named locale is not installed; Cortado
/// does not look, and takes the name.)
fn locale_from_environment() -> (String, String) {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .unwrap_or_default();
    parse_posix_locale(&value)
}

fn parse_posix_locale(value: &str) -> (String, String) {
    let name = value.split(['.', '@']).next().unwrap_or("");
    match name {
        "" | "C" | "POSIX" if name.len() == value.len() => ("en".into(), "US".into()),
        "C" | "POSIX" => ("en".into(), String::new()),
        _ => {
            let (language, country) = name.split_once('_').unwrap_or((name, ""));
            let valid = |s: &str, len: std::ops::RangeInclusive<usize>| {
                len.contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric())
            };
            if !valid(language, 2..=8) || !(country.is_empty() || valid(country, 2..=3)) {
                return ("en".into(), "US".into());
            }
            (language.to_ascii_lowercase(), country.to_ascii_uppercase())
        }
    }
}

/// Appends `line` to `/tmp/perf-<pid>.map`, the file through which `perf report` names JIT
/// code (`-XX:+PerfMapEnabled`). A diagnostic the operator asked for, not guest access to the
/// host, so no capability applies; failures are ignored.
pub(crate) fn append_perf_map(line: &str) {
    use std::io::Write;
    let path = format!("/tmp/perf-{}.map", std::process::id());
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = file.write_all(line.as_bytes());
    }
}

/// The size of the process's standard input and its position, when it is a regular file.
#[cfg(unix)]
fn regular_stdin_file() -> Option<(u64, u64)> {
    use std::io::Seek;
    use std::os::fd::AsFd;
    // capability: only called for an inherited standard input. A duplicate of the
    // descriptor (sharing its position), closed again when dropped.
    let file = std::fs::File::from(std::io::stdin().as_fd().try_clone_to_owned().ok()?);
    let metadata = file.metadata().ok()?;
    if !metadata.is_file() {
        return None;
    }
    let position = (&file).stream_position().ok()?;
    Some((metadata.len(), position))
}

#[cfg(not(unix))]
fn regular_stdin_file() -> Option<(u64, u64)> {
    None
}

#[cfg(test)]
mod tests {
    use super::parse_posix_locale;

    #[test]
    fn posix_locales_map_as_the_jdk_maps_them() {
        let pair = |l: &str, c: &str| (l.to_owned(), c.to_owned());
        assert_eq!(parse_posix_locale(""), pair("en", "US"));
        assert_eq!(parse_posix_locale("C"), pair("en", "US"));
        assert_eq!(parse_posix_locale("POSIX"), pair("en", "US"));
        assert_eq!(parse_posix_locale("C.UTF-8"), pair("en", ""));
        assert_eq!(parse_posix_locale("en_GB.UTF-8"), pair("en", "GB"));
        assert_eq!(parse_posix_locale("de_DE@euro"), pair("de", "DE"));
        assert_eq!(parse_posix_locale("fr"), pair("fr", ""));
        assert_eq!(parse_posix_locale("x/../y"), pair("en", "US"));
    }
}

//! What a guest may reach on the host: the policy `host.rs` enforces. Embedders grant
//! capabilities explicitly (the default grants nothing); the CLI grants everything unless
//! `--sandbox` is given.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Where a guest's standard output or error goes.
#[derive(Debug, Clone, Default)]
pub enum Output {
    /// The host process's own stream.
    Inherit,
    /// Thrown away.
    #[default]
    Discard,
    /// Collected in memory; read it with [`Captured::contents`].
    Capture(Captured),
}

/// Output collected from a guest.
#[derive(Debug, Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    pub fn new() -> Captured {
        Captured::default()
    }

    /// Everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.0.lock().map(|b| b.clone()).unwrap_or_default()
    }

    pub(crate) fn append(&self, bytes: &[u8]) {
        if let Ok(mut buffer) = self.0.lock() {
            buffer.extend_from_slice(bytes);
        }
    }
}

/// Where a guest's standard input comes from.
#[derive(Debug, Clone, Default)]
pub enum Input {
    /// The host process's own standard input.
    Inherit,
    /// Nothing: reads see the end of input.
    #[default]
    Empty,
    /// These bytes, then the end of input.
    Bytes(Vec<u8>),
}

/// The capabilities of one VM's guest.
#[derive(Debug, Clone, Default)]
pub struct Capabilities {
    /// Directories (and everything below them) the guest may read and list.
    pub read_dirs: Vec<PathBuf>,
    /// Directories the guest may write to, create in and delete from (reading included).
    pub write_dirs: Vec<PathBuf>,
    /// Whether `System.getenv` sees the host's environment.
    pub environment: bool,
    pub stdin: Input,
    pub stdout: Output,
    pub stderr: Output,
}

impl Capabilities {
    /// Everything, as `java` allows: the whole file system, the environment, the process's
    /// own standard streams.
    pub fn allow_all() -> Capabilities {
        Capabilities {
            read_dirs: vec![PathBuf::from("/")],
            write_dirs: vec![PathBuf::from("/")],
            environment: true,
            stdin: Input::Inherit,
            stdout: Output::Inherit,
            stderr: Output::Inherit,
        }
    }
}

/// An absolute path with `.` and `..` resolved lexically (as a policy check must see it:
/// `allowed/../secret` is not inside `allowed`).
pub(crate) fn normalize(path: &Path, current_dir: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_owned()
    } else {
        current_dir.join(path)
    };
    let mut out = PathBuf::from("/");
    for component in joined.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(part) => out.push(part),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    out
}

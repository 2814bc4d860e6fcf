//! What a guest may reach on the host: the policy `host/` enforces. Embedders grant
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

/// Hosts and ports a guest may connect to or listen on.
///
/// `host` is a name (`localhost`, `example.com`) or a numeric address (`127.0.0.1`, `::1`),
/// or `*` for any host; `port` is `None` for any port. Rules are checked against the address
/// actually connected to, never against the name the guest gives (which it could make up):
/// `localhost` covers the loopback addresses, a numeric rule its address, and another name
/// the addresses it resolves to on the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetRule {
    pub host: String,
    pub port: Option<u16>,
}

impl NetRule {
    /// Every host and port.
    pub fn any() -> NetRule {
        NetRule {
            host: "*".into(),
            port: None,
        }
    }

    /// Parses `HOST:PORT`, `HOST:*`, `HOST` (any port), `[V6]:PORT` or `*:*`.
    pub fn parse(text: &str) -> Option<NetRule> {
        let (host, port) = if let Some(rest) = text.strip_prefix('[') {
            let (host, after) = rest.split_once(']')?;
            match after {
                "" => (host, None),
                _ => (host, Some(after.strip_prefix(':')?)),
            }
        } else if text.matches(':').count() > 1 {
            (text, None)
        } else {
            match text.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (text, None),
            }
        };
        if host.is_empty() {
            return None;
        }
        let port = match port {
            None | Some("*") => None,
            Some(port) => Some(port.parse().ok()?),
        };
        Some(NetRule {
            host: host.to_ascii_lowercase(),
            port,
        })
    }
}

/// The capabilities of one VM's guest.
#[derive(Debug, Clone, Default)]
pub struct Capabilities {
    /// Directories (and everything below them) the guest may read and list.
    pub read_dirs: Vec<PathBuf>,
    /// Directories the guest may write to, create in and delete from (reading included).
    pub write_dirs: Vec<PathBuf>,
    /// Whether `System.getenv` sees the host's environment (and started processes inherit it).
    pub environment: bool,
    /// Where the guest may open connections (`java.net.Socket`).
    pub connect: Vec<NetRule>,
    /// Where the guest may listen (`java.net.ServerSocket`); connections accepted there are
    /// allowed.
    pub listen: Vec<NetRule>,
    /// Whether the guest may start host processes (`ProcessBuilder`, `Runtime.exec`). They
    /// run outside the sandbox, with the host's privileges.
    pub processes: bool,
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
            connect: vec![NetRule::any()],
            listen: vec![NetRule::any()],
            processes: true,
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

#[cfg(test)]
mod tests {
    use super::NetRule;

    #[test]
    fn net_rules_parse() {
        let rule = |s| NetRule::parse(s).unwrap();
        assert_eq!(rule("localhost:8080").port, Some(8080));
        assert_eq!(rule("127.0.0.1:*").port, None);
        assert_eq!(rule("[::1]:80").host, "::1");
        assert_eq!(rule("::1").host, "::1");
        assert!(NetRule::parse(":80").is_none());
        assert!(NetRule::parse("h:port").is_none());
    }
}

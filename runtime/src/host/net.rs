//! TCP sockets behind the host door. The table maps guest socket handles to shared sockets;
//! natives clone a `Stream` or `Listener` out under the VM lock and block on it without the
//! lock, in short slices (`SLICE`) so that a stopped VM is noticed between them.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use super::{os_error, Denied, Host, Pending, Slice, SLICE};

const EBADF: i32 = 9;

/// Open sockets and listeners by guest handle.
#[derive(Default)]
pub(crate) struct NetTable {
    streams: HashMap<i32, Stream>,
    listeners: HashMap<i32, Listener>,
    next: i32,
}

/// A connected socket, shared between the table and the natives blocked on it.
#[derive(Clone)]
pub(crate) struct Stream(Arc<TcpStream>);

/// A listening socket, and whether the guest closed it (which ends a pending accept).
#[derive(Clone)]
pub(crate) struct Listener(Arc<(TcpListener, AtomicBool)>);

fn timed_out(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    )
}

/// A guest address: 4 or 16 bytes.
fn ip_from_bytes(bytes: &[u8]) -> std::io::Result<IpAddr> {
    match bytes.len() {
        4 => Ok(IpAddr::V4(Ipv4Addr::new(
            bytes[0], bytes[1], bytes[2], bytes[3],
        ))),
        16 => {
            let mut octets = [0u8; 16];
            octets.copy_from_slice(bytes);
            Ok(IpAddr::V6(Ipv6Addr::from(octets)))
        }
        _ => Err(os_error(22)),
    }
}

/// An address as the guest holds it (IPv4-mapped IPv6 addresses as IPv4, as the JDK does).
fn ip_bytes(ip: IpAddr) -> Vec<u8> {
    match ip {
        IpAddr::V4(ip) => ip.octets().to_vec(),
        IpAddr::V6(ip) => match ip.to_ipv4_mapped() {
            Some(v4) => v4.octets().to_vec(),
            None => ip.octets().to_vec(),
        },
    }
}

/// An address and port as the guest receives them: the address bytes, then the port (2 bytes,
/// big-endian).
fn address_bytes(address: SocketAddr) -> Vec<u8> {
    let mut bytes = ip_bytes(address.ip());
    bytes.extend_from_slice(&address.port().to_be_bytes());
    bytes
}

/// Whether a rule's host covers an address. The guest's name for the address plays no part:
/// it could name `localhost` and give any address. A name other than `localhost` is looked
/// up on the host.
fn rule_host_covers(host: &str, ip: IpAddr) -> bool {
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    if host == "*" {
        return true;
    }
    if host.eq_ignore_ascii_case("localhost") {
        return ip.is_loopback();
    }
    if let Ok(rule_ip) = host.parse::<IpAddr>() {
        return rule_ip == ip;
    }
    use std::net::ToSocketAddrs;
    (host, 0)
        .to_socket_addrs()
        .is_ok_and(|mut addresses| addresses.any(|a| a.ip() == ip))
}

/// The refusal of `action` on `ip:port`, named as the guest named the host.
fn denied_address(name: &str, ip: IpAddr, port: u16, action: &str) -> std::io::Error {
    let host = if name.is_empty() {
        ip.to_string()
    } else {
        name.to_owned()
    };
    denied(&format!("{host}:{port}"), action)
}

fn denied(permission_target: &str, action: &str) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        Denied(format!(
            "access denied (\"java.net.SocketPermission\" \"{permission_target}\" \"{action}\")"
        )),
    )
}

impl Host {
    /// Whether a rule in `rules` covers `port` at address `ip`.
    fn net_allowed(rules: &[crate::capabilities::NetRule], ip: IpAddr, port: u16) -> bool {
        rules
            .iter()
            .any(|r| r.port.is_none_or(|p| p == port) && rule_host_covers(&r.host, ip))
    }

    /// Resolves a host name to its first address (4 or 16 bytes). Numeric addresses and
    /// `localhost` need no lookup; other names are a DNS query, allowed when some connect or
    /// listen rule names that host (or any host), made on a helper thread (a lookup cannot be
    /// interrupted, and may take seconds) for the caller to wait for in slices.
    pub(crate) fn resolve(&self, name: &str) -> std::io::Result<Pending<Vec<u8>>> {
        // capability: a connect or listen rule for the name (lookups reveal the network).
        if name.eq_ignore_ascii_case("localhost") {
            return Ok(Pending::ready(Ok(vec![127, 0, 0, 1])));
        }
        if let Ok(ip) = name.parse::<IpAddr>() {
            return Ok(Pending::ready(Ok(ip_bytes(ip))));
        }
        let named = |rules: &[crate::capabilities::NetRule]| {
            rules
                .iter()
                .any(|r| r.host == "*" || r.host.eq_ignore_ascii_case(name))
        };
        if !named(&self.capabilities.connect) && !named(&self.capabilities.listen) {
            return Err(denied(name, "resolve"));
        }
        let name = name.to_owned();
        Pending::spawn("cortado-resolve", move || {
            use std::net::ToSocketAddrs;
            let address = (name.as_str(), 0)
                .to_socket_addrs()?
                .next()
                .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::NotFound))?;
            Ok(ip_bytes(address.ip()))
        })
    }

    /// Starts connecting to `address:port` (`name` is the host as the guest named it, for the
    /// permission check and its message). `timeout` 0 means the system's own. The check (a
    /// rule naming a host looks it up) and the connection run on a helper thread.
    pub(crate) fn begin_connect(
        &self,
        name: &str,
        address: &[u8],
        port: u16,
        timeout: Duration,
    ) -> std::io::Result<Pending<Stream>> {
        // capability: a connect rule covering the host and port (checked on the helper
        // thread, before anything else).
        let ip = ip_from_bytes(address)?;
        let rules = self.capabilities.connect.clone();
        let name = name.to_owned();
        Pending::spawn("cortado-connect", move || {
            if !Self::net_allowed(&rules, ip, port) {
                return Err(denied_address(&name, ip, port, "connect,resolve"));
            }
            let target = SocketAddr::new(ip, port);
            let stream = if timeout.is_zero() {
                TcpStream::connect(target)
            } else {
                TcpStream::connect_timeout(&target, timeout)
            }?;
            Ok(Stream(Arc::new(stream)))
        })
    }

    /// Starts binding and listening on `address:port` (port 0: any free port); the listener
    /// is then registered with `add_listener`. The check (a rule naming a host looks it up)
    /// and the bind run on a helper thread.
    pub(crate) fn begin_listen(
        &self,
        name: &str,
        address: &[u8],
        port: u16,
    ) -> std::io::Result<Pending<Listener>> {
        // capability: a listen rule covering the host and port (checked on the helper
        // thread, before anything else).
        let ip = ip_from_bytes(address)?;
        let rules = self.capabilities.listen.clone();
        let name = name.to_owned();
        Pending::spawn("cortado-listen", move || {
            if !Self::net_allowed(&rules, ip, port) {
                return Err(denied_address(&name, ip, port, "listen,resolve"));
            }
            let listener = TcpListener::bind(SocketAddr::new(ip, port))?;
            // Accepts poll, so that a stop reaches a thread waiting for a connection.
            listener.set_nonblocking(true)?;
            Ok(Listener(Arc::new((listener, AtomicBool::new(false)))))
        })
    }

    /// Registers a listener from `begin_listen`.
    pub(crate) fn add_listener(&mut self, listener: Listener) -> i32 {
        let handle = self.net.next_handle();
        self.net.listeners.insert(handle, listener);
        handle
    }

    /// Registers a connected stream (from `begin_connect` or `Listener::accept`).
    pub(crate) fn add_stream(&mut self, stream: Stream) -> i32 {
        let handle = self.net.next_handle();
        self.net.streams.insert(handle, stream);
        handle
    }

    pub(crate) fn stream(&self, handle: i32) -> std::io::Result<Stream> {
        self.net
            .streams
            .get(&handle)
            .cloned()
            .ok_or_else(|| os_error(EBADF))
    }

    pub(crate) fn listener(&self, handle: i32) -> std::io::Result<Listener> {
        self.net
            .listeners
            .get(&handle)
            .cloned()
            .ok_or_else(|| os_error(EBADF))
    }

    /// Closes a socket or listener. A thread blocked on it sees the end of the stream.
    pub(crate) fn close_socket(&mut self, handle: i32) -> std::io::Result<()> {
        // capability: none (the handle was checked when opened).
        if let Some(stream) = self.net.streams.remove(&handle) {
            let _ = stream.0.shutdown(Shutdown::Both);
            return Ok(());
        }
        let listener = self
            .net
            .listeners
            .remove(&handle)
            .ok_or_else(|| os_error(EBADF))?;
        listener.0 .1.store(true, Ordering::Relaxed);
        Ok(())
    }

    /// The local (or remote) address and port of a socket or listener, as `address_bytes`.
    pub(crate) fn socket_address(&self, handle: i32, local: bool) -> std::io::Result<Vec<u8>> {
        let address = if let Some(stream) = self.net.streams.get(&handle) {
            if local {
                stream.0.local_addr()?
            } else {
                stream.0.peer_addr()?
            }
        } else {
            self.listener(handle)?.0 .0.local_addr()?
        };
        Ok(address_bytes(address))
    }
}

impl NetTable {
    fn next_handle(&mut self) -> i32 {
        self.next += 1;
        self.next
    }
}

impl Listener {
    /// Accepts a connection if one arrives within a slice.
    pub(crate) fn accept(&self) -> Slice<Stream> {
        let deadline = std::time::Instant::now() + SLICE;
        let mut pause = Duration::from_millis(1);
        loop {
            if self.0 .1.load(Ordering::Relaxed) {
                return Slice::Done(Err(os_error(EBADF)));
            }
            match self.0 .0.accept() {
                Ok((stream, _)) => {
                    return Slice::Done(
                        stream
                            .set_nonblocking(false)
                            .map(|()| Stream(Arc::new(stream))),
                    )
                }
                Err(e) if timed_out(&e) => {}
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Slice::Done(Err(e)),
            }
            if std::time::Instant::now() >= deadline {
                return Slice::Pending;
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(10));
        }
    }
}

impl Stream {
    /// Reads what arrives within a slice (0 bytes: the end of the stream).
    pub(crate) fn read(&self, buffer: &mut [u8]) -> Slice<usize> {
        if let Err(e) = self.0.set_read_timeout(Some(SLICE)) {
            return Slice::Done(Err(e));
        }
        match (&*self.0).read(buffer) {
            Err(e) if timed_out(&e) || e.kind() == std::io::ErrorKind::Interrupted => {
                Slice::Pending
            }
            other => Slice::Done(other),
        }
    }

    /// Writes some of `bytes` within a slice; returns how many.
    pub(crate) fn write(&self, bytes: &[u8]) -> Slice<usize> {
        if let Err(e) = self.0.set_write_timeout(Some(SLICE)) {
            return Slice::Done(Err(e));
        }
        match (&*self.0).write(bytes) {
            Err(e) if timed_out(&e) || e.kind() == std::io::ErrorKind::Interrupted => {
                Slice::Pending
            }
            other => Slice::Done(other),
        }
    }

    /// Bytes readable without blocking.
    pub(crate) fn available(&self) -> usize {
        let mut buffer = [0u8; 4096];
        if self.0.set_nonblocking(true).is_err() {
            return 0;
        }
        let n = self.0.peek(&mut buffer).unwrap_or(0);
        let _ = self.0.set_nonblocking(false);
        n
    }

    /// Shuts down reading (`output` false) or writing.
    pub(crate) fn shutdown(&self, output: bool) -> std::io::Result<()> {
        self.0.shutdown(if output {
            Shutdown::Write
        } else {
            Shutdown::Read
        })
    }

    pub(crate) fn set_no_delay(&self, on: bool) -> std::io::Result<()> {
        self.0.set_nodelay(on)
    }
}

#[cfg(test)]
mod tests {
    use super::rule_host_covers;
    use std::net::IpAddr;

    #[test]
    fn rules_match_the_address_not_the_name() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(rule_host_covers("localhost", ip("127.0.0.1")));
        assert!(rule_host_covers("localhost", ip("::1")));
        assert!(rule_host_covers("localhost", ip("::ffff:127.0.0.1")));
        assert!(!rule_host_covers("localhost", ip("10.0.0.1")));
        assert!(rule_host_covers("127.0.0.1", ip("::ffff:127.0.0.1")));
        assert!(!rule_host_covers("127.0.0.1", ip("127.0.0.2")));
        assert!(rule_host_covers("*", ip("192.0.2.1")));
        assert!(!rule_host_covers("no-such-host.invalid", ip("127.0.0.1")));
    }
}

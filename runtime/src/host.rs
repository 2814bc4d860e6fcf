//! The one door from the VM to the host: files, standard streams, environment, clock, exit.
//! No other module of Cortado touches `std::fs`, `std::net`, `std::process` or `std::env`
//! (a test enforces it), so a sandbox policy needs to guard only this module.

use std::io::{Read, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Where the guest's standard streams go.
pub(crate) struct Host {
    stdout: std::io::BufWriter<std::io::Stdout>,
    started: Instant,
    pub(crate) properties: Vec<(String, String)>,
}

impl Host {
    pub(crate) fn new(properties: Vec<(String, String)>) -> Host {
        Host {
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            started: Instant::now(),
            properties,
        }
    }

    /// Writes to file descriptor 1 or 2. Stdout is buffered and flushed before anything goes
    /// to stderr, so the two interleave on a terminal as they were written.
    pub(crate) fn write(&mut self, fd: i32, bytes: &[u8]) -> std::io::Result<()> {
        match fd {
            1 => self.stdout.write_all(bytes),
            2 => {
                self.stdout.flush()?;
                let mut stderr = std::io::stderr().lock();
                stderr.write_all(bytes)?;
                stderr.flush()
            }
            _ => Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "bad file descriptor",
            )),
        }
    }

    pub(crate) fn read_stdin(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        self.stdout.flush()?;
        std::io::stdin().lock().read(buffer)
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

    pub(crate) fn getenv(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    pub(crate) fn environment(&self) -> Vec<(String, String)> {
        std::env::vars().collect()
    }

    pub(crate) fn sleep(&mut self, duration: std::time::Duration) {
        self.flush();
        std::thread::sleep(duration);
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
    let home = std::env::var("HOME").unwrap_or_default();
    let user = std::env::var("USER").unwrap_or_default();
    let tmp = std::env::temp_dir().display().to_string();
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
        ("os.version", ""),
        ("file.separator", "/"),
        ("path.separator", ":"),
        ("line.separator", "\n"),
        ("file.encoding", "UTF-8"),
        ("native.encoding", "UTF-8"),
        ("sun.jnu.encoding", "UTF-8"),
        ("stdout.encoding", "UTF-8"),
        ("stderr.encoding", "UTF-8"),
        ("user.dir", &cwd),
        ("user.home", &home),
        ("user.name", &user),
        ("java.io.tmpdir", &tmp),
        ("user.language", "en"),
        ("user.country", "US"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

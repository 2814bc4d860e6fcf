//! Figures about the machine and this process (CPU times, memory, load) for
//! `java.lang.management`: read-only, and not capabilities (see `natives/management.rs`).

/// The calling thread's CPU time in nanoseconds (user time only when `user_only`).
pub(crate) fn current_thread_cpu_nanos(user_only: bool) -> Option<i64> {
    if user_only {
        let usage = resource_usage(libc::RUSAGE_THREAD)?;
        return Some(timeval_nanos(usage.ru_utime));
    }
    let mut time = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into the valid, exclusive `time`.
    #[allow(unsafe_code)]
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut time) };
    (status == 0).then(|| time.tv_sec * 1_000_000_000 + time.tv_nsec)
}

/// The process's CPU time (user and system, every thread) in nanoseconds.
pub(crate) fn process_cpu_nanos() -> Option<i64> {
    let usage = resource_usage(libc::RUSAGE_SELF)?;
    Some(timeval_nanos(usage.ru_utime) + timeval_nanos(usage.ru_stime))
}

fn resource_usage(who: libc::c_int) -> Option<libc::rusage> {
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    #[allow(unsafe_code)]
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes one rusage into the valid, exclusive `usage`.
    #[allow(unsafe_code)]
    let status = unsafe { libc::getrusage(who, &mut usage) };
    (status == 0).then_some(usage)
}

fn timeval_nanos(t: libc::timeval) -> i64 {
    t.tv_sec * 1_000_000_000 + t.tv_usec * 1000
}

/// Total and free physical memory, total and free swap, and the process's virtual memory
/// size, in bytes.
pub(crate) fn system_memory() -> Option<[i64; 5]> {
    // SAFETY: an all-zero sysinfo is a valid value of this plain C struct.
    #[allow(unsafe_code)]
    let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
    // SAFETY: sysinfo writes one struct into the valid, exclusive `info`.
    #[allow(unsafe_code)]
    let status = unsafe { libc::sysinfo(&mut info) };
    if status != 0 {
        return None;
    }
    let unit = i64::from(info.mem_unit.max(1));
    let virtual_bytes = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<i64>().ok())
        .map_or(-1, |pages| pages * page_size());
    Some([
        info.totalram as i64 * unit,
        info.freeram as i64 * unit,
        info.totalswap as i64 * unit,
        info.freeswap as i64 * unit,
        virtual_bytes,
    ])
}

fn page_size() -> i64 {
    // SAFETY: sysconf only reads a configuration value.
    #[allow(unsafe_code)]
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    size.max(1)
}

/// The 1-minute load average.
pub(crate) fn load_average() -> Option<f64> {
    let mut load = [0f64; 1];
    // SAFETY: getloadavg writes at most `nelem` (1) doubles into the buffer given.
    #[allow(unsafe_code)]
    let n = unsafe { libc::getloadavg(load.as_mut_ptr(), 1) };
    (n == 1).then_some(load[0])
}

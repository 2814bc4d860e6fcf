//! Natives of `java.lang.management.VMManagement`: the counters behind the platform MXBeans
//! (`ManagementFactory`). Machine-wide figures (memory, load, the process's CPU time) are
//! not capabilities, like `Runtime.availableProcessors` and `os.version`: they reveal
//! nothing the guest could use to reach the host.

use cortado_gc::Ref;

use crate::class::{BasicType, LoaderId};
use crate::natives::{double_result, int_result, long_result, ref_result, Args, NativeRegistry};
use crate::objects::{element_offset, new_array, new_string, write_value};
use crate::tier::Compilation;
use crate::vm::{Env, JResult};

const CLASS: &str = "java/lang/management/VMManagement";

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(CLASS, "heap0", "()[J", heap);
    registry.add(
        CLASS,
        "inputArguments0",
        "()[Ljava/lang/String;",
        |env, _| {
            let arguments = env.vm.options.input_arguments.clone();
            ref_result(string_array(env, &arguments)?)
        },
    );
    registry.add(CLASS, "startTime0", "()J", |env, _| {
        // The wall clock at the VM's start: now, less the time since (both as the guest
        // sees them, so a deterministic clock stays consistent).
        let uptime_millis = env.nano_time() / 1_000_000;
        long_result(env.current_time_millis() - uptime_millis)
    });
    registry.add(CLASS, "loadedClasses0", "()I", |env, _| {
        int_result(env.vm.classes.len() as i32)
    });
    registry.add(CLASS, "threadCpuTime0", "(Z)J", |env, args| {
        let user_only = args.int(env, 0) != 0;
        long_result(current_thread_cpu_nanos(user_only).unwrap_or(-1))
    });
    registry.add(CLASS, "processCpuTime0", "()J", |_, _| {
        long_result(process_cpu_nanos().unwrap_or(-1))
    });
    registry.add(CLASS, "compileTime0", "()J", |env, _| {
        if env.vm.options.compilation == Compilation::Off {
            return long_result(-1);
        }
        let compiler = &env.vm.compiler;
        long_result((compiler.pause + compiler.background_time).as_millis() as i64)
    });
    registry.add(CLASS, "systemMemory0", "()[J", |env, _| {
        let values = system_memory().unwrap_or([-1; 5]);
        ref_result(long_array(env, &values)?)
    });
    registry.add(CLASS, "loadAverage0", "()D", |_, _| {
        let mut load = [0f64; 1];
        // SAFETY: getloadavg writes at most `nelem` (1) doubles into the buffer given.
        #[allow(unsafe_code)]
        let n = unsafe { libc::getloadavg(load.as_mut_ptr(), 1) };
        double_result(if n == 1 { load[0] } else { -1.0 })
    });
}

/// `heap0()`: eden, survivor and old generation used and committed bytes, the heap's
/// initial and maximum size (`Runtime.maxMemory`), young and full collections (count,
/// milliseconds), and 1 when HotSpot would run G1 here (its pool and collector names), else 0.
fn heap(env: &mut Env, _: Args) -> JResult<u64> {
    let heap = &env.vm.heap;
    let spaces = heap.spaces();
    let stats = heap.stats();
    let young_pause = stats.total_pause.saturating_sub(stats.full_pause);
    let values = [
        spaces.eden.0 as i64,
        spaces.eden.1 as i64,
        spaces.survivor.0 as i64,
        spaces.survivor.1 as i64,
        spaces.old.0 as i64,
        spaces.old.1 as i64,
        heap.config().initial_bytes as i64,
        super::system::max_memory(env) as i64,
        stats.young_collections as i64,
        young_pause.as_millis() as i64,
        stats.full_collections as i64,
        stats.full_pause.as_millis() as i64,
        i64::from(super::system::server_class(env)),
    ];
    ref_result(long_array(env, &values)?)
}

fn long_array(env: &mut Env, values: &[i64]) -> JResult<Ref> {
    let class = crate::loader::resolve_class(env, "[J", LoaderId::Boot)?;
    let array = new_array(env, class, values.len() as i32)?;
    for (i, &v) in values.iter().enumerate() {
        write_value(
            env.vm,
            array,
            element_offset(BasicType::Long, i),
            BasicType::Long,
            v as u64,
        );
    }
    Ok(array)
}

fn string_array(env: &mut Env, values: &[String]) -> JResult<Ref> {
    let class = crate::loader::resolve_class(env, "[Ljava/lang/String;", LoaderId::Boot)?;
    let array = new_array(env, class, values.len() as i32)?;
    let handle = env.thread.handle(array);
    for (i, text) in values.iter().enumerate() {
        let string = new_string(env, text)?;
        let array = env.thread.get(handle);
        env.vm
            .heap
            .write_ref(array, element_offset(BasicType::Reference, i), string);
    }
    Ok(env.thread.get(handle))
}

/// The calling thread's CPU time in nanoseconds (user time only when `user_only`).
fn current_thread_cpu_nanos(user_only: bool) -> Option<i64> {
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
fn process_cpu_nanos() -> Option<i64> {
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
fn system_memory() -> Option<[i64; 5]> {
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

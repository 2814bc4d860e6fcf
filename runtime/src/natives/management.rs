//! Natives of `java.lang.management.VMManagement`: the counters behind the platform MXBeans
//! (`ManagementFactory`). Machine-wide figures (memory, load, the process's CPU time, read
//! through `host::metrics`) are not capabilities, like `Runtime.availableProcessors` and
//! `os.version`: they reveal nothing the guest could use to reach the host.

use cortado_gc::Ref;

use crate::class::{BasicType, LoaderId};
use crate::host::metrics;
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
        long_result(metrics::current_thread_cpu_nanos(user_only).unwrap_or(-1))
    });
    registry.add(CLASS, "processCpuTime0", "()J", |_, _| {
        long_result(metrics::process_cpu_nanos().unwrap_or(-1))
    });
    registry.add(CLASS, "compileTime0", "()J", |env, _| {
        if env.vm.options.compilation == Compilation::Off {
            return long_result(-1);
        }
        let compiler = &env.vm.compiler;
        long_result((compiler.pause + compiler.background_time).as_millis() as i64)
    });
    registry.add(CLASS, "systemMemory0", "()[J", |env, _| {
        let values = metrics::system_memory().unwrap_or([-1; 5]);
        ref_result(long_array(env, &values)?)
    });
    registry.add(CLASS, "loadAverage0", "()D", |_, _| {
        double_result(metrics::load_average().unwrap_or(-1.0))
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

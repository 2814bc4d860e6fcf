//! Natives of `jdk.internal.io.HostProcess`: the host processes behind ProcessBuilder,
//! Process and Runtime.exec. Each goes through the host door (`host/process.rs`); waits
//! happen without the VM lock, in slices between which stops and interrupts are noticed.

use std::time::{Duration, Instant};

use cortado_gc::{Ref, NULL};

use crate::class::BasicType;
use crate::exceptions::{null_pointer, throw_new};
use crate::host::process::{ProcessSpec, Redirect};
use crate::host::{errno_of, error_text};
use crate::natives::{int_result, long_result, void_result, Args, NativeRegistry};
use crate::objects::{
    array_bytes, array_bytes_mut, array_length, element_offset, read_value, rust_string,
};
use crate::vm::{Env, JResult, Throw};

const CLASS: &str = "jdk/internal/io/HostProcess";

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(
        CLASS,
        "start0",
        "([Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;[I[Ljava/lang/String;Z)I",
        start,
    );
    registry.add(CLASS, "pid0", "(I)J", |env, args| {
        let handle = args.int(env, 0);
        let pid = env.vm.host.process(handle).map_or(-1, |p| p.pid() as i64);
        long_result(pid)
    });
    registry.add(CLASS, "currentPid0", "()J", |_env, _args| {
        long_result(crate::host::current_pid())
    });
    registry.add(CLASS, "parentPid0", "()J", |_env, _args| {
        long_result(crate::host::parent_pid())
    });
    registry.add(CLASS, "waitFor0", "(IJ)I", wait_for);
    registry.add(CLASS, "exitValue0", "(I)I", |env, args| {
        let handle = args.int(env, 0);
        let value = env
            .vm
            .host
            .process(handle)
            .ok()
            .and_then(|p| p.try_exit_value());
        int_result(value.unwrap_or(i32::MIN))
    });
    registry.add(CLASS, "destroy0", "(IZ)V", |env, args| {
        let handle = args.int(env, 0);
        let force = args.int(env, 1) != 0;
        if let Ok(process) = env.vm.host.process(handle) {
            process.kill(force);
        }
        void_result()
    });
    registry.add(CLASS, "read0", "(II[BII)I", read);
    registry.add(CLASS, "available0", "(II)I", |env, args| {
        let handle = args.int(env, 0);
        let which = args.int(env, 1);
        let n = env
            .vm
            .host
            .process(handle)
            .map_or(0, |p| p.available(which));
        int_result(n.min(i32::MAX as usize) as i32)
    });
    registry.add(CLASS, "write0", "(I[BII)V", write);
    registry.add(CLASS, "closeStdin0", "(I)V", |env, args| {
        let handle = args.int(env, 0);
        if let Ok(process) = env.vm.host.process(handle) {
            process.close_stdin();
        }
        void_result()
    });
}

/// The strings of a `String[]` (null elements as empty strings); `None` for a null array.
fn strings(env: &Env, array: Ref) -> Option<Vec<String>> {
    if array == NULL {
        return None;
    }
    let length = array_length(env.vm, array).max(0) as usize;
    Some(
        (0..length)
            .map(|i| {
                let offset = element_offset(BasicType::Reference, i);
                let element = read_value(env.vm, array, offset, BasicType::Reference) as Ref;
                if element == NULL {
                    String::new()
                } else {
                    rust_string(env.vm, element)
                }
            })
            .collect(),
    )
}

/// `start0(command, environment, directory, redirectKinds, redirectFiles, mergeErrors)`:
/// environment is null (the host's) or `name=value` strings; redirect kinds per stream are
/// 0 pipe, 1 inherit, 2 discard, 3 read file, 4 write file, 5 append to file.
fn start(env: &mut Env, args: Args) -> JResult<u64> {
    let Some(command) = strings(env, args.reference(env, 0)) else {
        return Err(null_pointer(env));
    };
    let environment = strings(env, args.reference(env, 1)).map(|vars| {
        vars.iter()
            .filter_map(|v| v.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    });
    let directory = args.reference(env, 2);
    let directory = (directory != NULL).then(|| rust_string(env.vm, directory));
    let kinds_array = args.reference(env, 3);
    let files = strings(env, args.reference(env, 4)).unwrap_or_default();
    let merge_error = args.int(env, 5) != 0;
    let mut redirects = [Redirect::Pipe, Redirect::Pipe, Redirect::Pipe];
    if kinds_array != NULL && array_length(env.vm, kinds_array) >= 3 {
        for (i, redirect) in redirects.iter_mut().enumerate() {
            let offset = element_offset(BasicType::Int, i);
            let kind = read_value(env.vm, kinds_array, offset, BasicType::Int) as i32;
            let file = files.get(i).cloned().unwrap_or_default();
            *redirect = match kind {
                1 => Redirect::Inherit,
                2 => Redirect::Discard,
                3 => Redirect::Read(file),
                4 => Redirect::Write(file),
                5 => Redirect::Append(file),
                _ => Redirect::Pipe,
            };
        }
    }
    let program = command.first().cloned().unwrap_or_default();
    let spec = ProcessSpec {
        command,
        environment,
        directory: directory.clone(),
        redirects,
        merge_error,
    };
    match env.host_call(|host| host.start_process(spec))? {
        Ok(handle) => int_result(handle),
        Err(error) => {
            let errno = errno_of(&error);
            let place = directory
                .map(|d| format!(" (in directory \"{d}\")"))
                .unwrap_or_default();
            let message = format!(
                "Cannot run program \"{program}\"{place}: error={errno}, {}",
                error_text(errno)
            );
            Err(throw_new(env, "java/io/IOException", Some(&message)))
        }
    }
}

fn no_such_process(env: &mut Env) -> Throw {
    throw_new(
        env,
        "java/lang/IllegalStateException",
        Some("no such process"),
    )
}

/// `waitFor0(handle, timeoutMs)`: the exit value, or `Integer.MIN_VALUE` if the timeout
/// (negative: none) passed first. Interruptible, as the JDK's.
fn wait_for(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.int(env, 0);
    let timeout = args.long(env, 1);
    let until = (timeout >= 0).then(|| Instant::now() + Duration::from_millis(timeout as u64));
    let Ok(process) = env.vm.host.process(handle) else {
        return Err(no_such_process(env));
    };
    loop {
        if crate::threads::take_interrupt(env) {
            return Err(throw_new(env, "java/lang/InterruptedException", None));
        }
        // One slice at a time, so that interrupts are seen between slices too.
        let slice_end = Instant::now() + crate::host::SLICE;
        let slice_end = until.map_or(slice_end, |u| u.min(slice_end));
        match env.wait_in_slices("WAITING (on a process)", Some(slice_end), || {
            process.wait(Some(slice_end))
        })? {
            Some(Ok(value)) => return int_result(value),
            Some(Err(_)) => return int_result(-1),
            None if until.is_some_and(|u| Instant::now() >= u) => return int_result(i32::MIN),
            None => {}
        }
    }
}

/// `read0(handle, which, b, off, len)`: bytes read from the child's stdout (1) or stderr (2),
/// or -1 at the end.
fn read(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.int(env, 0);
    let which = args.int(env, 1);
    let length = args.int(env, 4).max(0) as usize;
    let Ok(process) = env.vm.host.process(handle) else {
        return Err(no_such_process(env));
    };
    if length == 0 {
        return int_result(0);
    }
    let mut buffer = vec![0u8; length.min(1 << 16)];
    match env.wait_in_slices("RUNNABLE (reading a process)", None, || {
        process.read(which, &mut buffer)
    })? {
        Some(Ok(0)) | None => int_result(-1),
        Some(Ok(n)) => {
            // Re-read the array: a collection may have moved it while the lock was released.
            let array = args.reference(env, 2);
            let offset = args.int(env, 3).max(0) as usize;
            if array == NULL || offset + n > array_length(env.vm, array) as usize {
                return Err(throw_new(env, "java/lang/IndexOutOfBoundsException", None));
            }
            array_bytes_mut(env.vm, array, BasicType::Byte, offset, n)
                .copy_from_slice(&buffer[..n]);
            int_result(n as i32)
        }
        Some(Err(error)) => {
            let text = error_text(errno_of(&error));
            Err(throw_new(env, "java/io/IOException", Some(&text)))
        }
    }
}

/// `write0(handle, b, off, len)`: to the child's standard input.
fn write(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.int(env, 0);
    let array = args.reference(env, 1);
    let offset = args.int(env, 2);
    let length = args.int(env, 3);
    if array == NULL {
        return Err(null_pointer(env));
    }
    if offset < 0
        || length < 0
        || offset as i64 + length as i64 > array_length(env.vm, array) as i64
    {
        return Err(throw_new(env, "java/lang/IndexOutOfBoundsException", None));
    }
    let bytes = array_bytes(
        env.vm,
        array,
        BasicType::Byte,
        offset as usize,
        length as usize,
    )
    .to_vec();
    let Ok(process) = env.vm.host.process(handle) else {
        return Err(no_such_process(env));
    };
    match env.wait_in_slices("RUNNABLE (writing a process)", None, || {
        process.write(&bytes)
    })? {
        Some(Ok(())) => void_result(),
        Some(Err(error)) => {
            let text = error_text(errno_of(&error));
            Err(throw_new(env, "java/io/IOException", Some(&text)))
        }
        None => Err(throw_new(env, "java/io/IOException", Some("Broken pipe"))),
    }
}

//! Natives of java.io and java.lang.reflect.Array. File-descriptor I/O goes through the host
//! door (`host/`): 0, 1, 2 are the standard streams, 3 and up files opened by `natives/fs.rs`.

use cortado_gc::NULL;

use crate::class::{BasicType, ClassKind};
use crate::exceptions::{null_pointer, throw_new};
use crate::natives::{class_of_mirror, int_result, ref_result, void_result, Args, NativeRegistry};
use crate::objects::{array_bytes, array_bytes_mut, array_length, new_array};
use crate::vm::{Env, JResult};

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(
        "java/io/FileOutputStream",
        "writeBytes0",
        "(I[BII)V",
        write_bytes,
    );
    registry.add(
        "java/io/FileInputStream",
        "readBytes0",
        "(I[BII)I",
        read_bytes,
    );
    registry.add("java/io/FileInputStream", "available0", "(I)I", available);
    registry.add("java/io/FileDescriptor", "close0", "(I)V", close);
    registry.add(
        "java/lang/reflect/Array",
        "newArray",
        "(Ljava/lang/Class;I)Ljava/lang/Object;",
        new_array_native,
    );
    registry.add(
        "java/lang/reflect/Array",
        "getLength0",
        "(Ljava/lang/Object;)I",
        |env, args| int_result(array_length(env.vm, args.reference(env, 0))),
    );
}

/// Checks `offset`/`length` against a byte array, as the JDK's stream natives do.
fn checked_range(
    env: &mut Env,
    array: cortado_gc::Ref,
    offset: i32,
    length: i32,
) -> JResult<(usize, usize)> {
    if array == NULL {
        return Err(null_pointer(env));
    }
    let size = array_length(env.vm, array);
    if offset < 0 || length < 0 || offset as i64 + length as i64 > size as i64 {
        return Err(throw_new(env, "java/lang/IndexOutOfBoundsException", None));
    }
    Ok((offset as usize, length as usize))
}

fn write_bytes(env: &mut Env, args: Args) -> JResult<u64> {
    let fd = args.int(env, 0);
    let array = args.reference(env, 1);
    let (offset, length) = checked_range(env, array, args.int(env, 2), args.int(env, 3))?;
    let bytes = array_bytes(env.vm, array, BasicType::Byte, offset, length).to_vec();
    if fd >= 3 {
        // A file: written without the VM lock (a FIFO or device in slices, as it may block).
        let file = match env.host_call(|host| host.file(fd))? {
            Ok(file) => file,
            Err(error) => return Err(io_exception(env, &error)),
        };
        if file.is_polled() {
            // A pipe or device someone may be watching: what the guest printed comes first.
            env.vm.host.flush();
        }
        let mut written = 0;
        while written < bytes.len() {
            let rest = &bytes[written..];
            match env.host_wait("RUNNABLE (writing a file)", || file.write(rest))? {
                Ok(0) => {
                    let error = std::io::Error::from(std::io::ErrorKind::WriteZero);
                    return Err(io_exception(env, &error));
                }
                Ok(n) => written += n,
                Err(error) => return Err(io_exception(env, &error)),
            }
        }
        return void_result();
    }
    if let Err(error) = env.host_call(|host| host.write(fd, &bytes))? {
        // A closed pipe (as with `| head`) ends output quietly, as on HotSpot.
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(io_exception(env, &error));
        }
    }
    void_result()
}

/// `IOException(<OS error text>)`, as the JDK's stream natives throw.
fn io_exception(env: &mut Env, error: &std::io::Error) -> crate::vm::Throw {
    let text = crate::host::error_text(crate::host::errno_of(error));
    throw_new(env, "java/io/IOException", Some(&text))
}

fn available(env: &mut Env, args: Args) -> JResult<u64> {
    let fd = args.int(env, 0);
    if fd == 0 {
        // Standard input: a pipe's pump may need a moment, waited for without the VM lock.
        let n = match env.host_call(|host| Ok(host.stdin_available()))? {
            Ok(Ok(n)) => n,
            Ok(Err(pipe)) => env.blocking("RUNNABLE (reading stdin)", || {
                pipe.buffered(std::time::Duration::from_millis(10)) as i64
            }),
            Err(error) => return Err(io_exception(env, &error)),
        };
        return int_result(n.min(i32::MAX as i64) as i32);
    }
    if fd < 3 {
        return int_result(0);
    }
    match env.host_blocking("RUNNABLE (file system)", |host| {
        host.file(fd).map(|file| move || file.available())
    })? {
        Ok(n) => int_result(n.min(i32::MAX as i64) as i32),
        Err(error) => Err(io_exception(env, &error)),
    }
}

fn close(env: &mut Env, args: Args) -> JResult<u64> {
    let fd = args.int(env, 0);
    match env.host_call(|host| host.close(fd))? {
        Ok(file) => {
            // The file is closed when dropped (once no other thread uses it), which may
            // flush to a slow device: without the VM lock.
            if let Some(file) = file {
                env.blocking("RUNNABLE (closing a file)", || drop(file));
            }
            void_result()
        }
        Err(error) => Err(io_exception(env, &error)),
    }
}

fn read_bytes(env: &mut Env, args: Args) -> JResult<u64> {
    let fd = args.int(env, 0);
    let array = args.reference(env, 1);
    let (offset, length) = checked_range(env, array, args.int(env, 2), args.int(env, 3))?;
    if length == 0 {
        return int_result(0);
    }
    let mut buffer = vec![0u8; length];
    if fd == 0 {
        if let Some(pipe) = env.vm.host.inherited_stdin() {
            // The host's stdin may block for good: wait without the VM lock, in slices.
            buffer.truncate(1 << 16);
            return match env
                .wait_in_slices("RUNNABLE (reading stdin)", None, || pipe.read(&mut buffer))?
            {
                Some(Ok(0)) | None => int_result(-1),
                Some(Ok(n)) => {
                    // Re-read the array: a collection may have moved it meanwhile.
                    let array = args.reference(env, 1);
                    array_bytes_mut(env.vm, array, BasicType::Byte, offset, n)
                        .copy_from_slice(&buffer[..n]);
                    int_result(n as i32)
                }
                Some(Err(error)) => Err(io_exception(env, &error)),
            };
        }
    }
    let result = if fd < 3 {
        env.host_call(|host| host.read(fd, &mut buffer))?
    } else {
        // A file: read without the VM lock (a FIFO or device in slices, as it may block for
        // good), into a buffer of our own, since the heap may move meanwhile.
        let file = match env.host_call(|host| host.file(fd))? {
            Ok(file) => file,
            Err(error) => return Err(io_exception(env, &error)),
        };
        if file.is_polled() {
            env.vm.host.flush();
            buffer.truncate(1 << 16);
        }
        env.host_wait("RUNNABLE (reading a file)", || file.read(&mut buffer))?
    };
    match result {
        Ok(0) => int_result(-1),
        Ok(n) => {
            // Re-read the array: a collection may have moved it meanwhile.
            let array = args.reference(env, 1);
            array_bytes_mut(env.vm, array, BasicType::Byte, offset, n)
                .copy_from_slice(&buffer[..n]);
            int_result(n as i32)
        }
        Err(error) => Err(io_exception(env, &error)),
    }
}

fn new_array_native(env: &mut Env, args: Args) -> JResult<u64> {
    let component = class_of_mirror(env, args.reference(env, 0));
    let length = args.int(env, 1);
    let array_class = match env.class(component).kind {
        ClassKind::Primitive(None) => {
            return Err(throw_new(env, "java/lang/IllegalArgumentException", None))
        }
        _ => crate::interp::slow::array_class_of(env, component)?,
    };
    ref_result(new_array(env, array_class, length)?)
}

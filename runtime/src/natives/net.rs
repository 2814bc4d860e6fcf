//! Natives of `jdk.internal.io.HostNet`: the TCP sockets behind java.net.Socket, ServerSocket
//! and InetAddress. Each goes through the host door (`host/net.rs`); blocking calls wait
//! without the VM lock, in slices between which a stop of the VM is noticed. Failures are
//! thrown here with the JDK's exception classes and messages.

use std::time::{Duration, Instant};

use cortado_gc::{Ref, NULL};

use crate::class::{BasicType, LoaderId};
use crate::exceptions::{null_pointer, throw_new};
use crate::host::{errno_of, error_text};
use crate::natives::{int_result, ref_result, void_result, Args, NativeRegistry};
use crate::objects::{array_bytes, array_bytes_mut, array_length, new_array, rust_string};
use crate::vm::{Env, JResult, Throw};

const CLASS: &str = "jdk/internal/io/HostNet";

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(CLASS, "resolve0", "(Ljava/lang/String;)[B", resolve);
    registry.add(CLASS, "connect0", "(Ljava/lang/String;[BII)I", connect);
    registry.add(CLASS, "listen0", "(Ljava/lang/String;[BI)I", listen);
    registry.add(CLASS, "accept0", "(II)I", accept);
    registry.add(CLASS, "read0", "(I[BIII)I", read);
    registry.add(CLASS, "write0", "(I[BII)V", write);
    registry.add(CLASS, "available0", "(I)I", |env, args| {
        let handle = args.int(env, 0);
        match env.host_call(|host| host.stream(handle))? {
            Ok(stream) => int_result(stream.available().min(i32::MAX as usize) as i32),
            Err(_) => int_result(0),
        }
    });
    registry.add(CLASS, "close0", "(I)V", |env, args| {
        let handle = args.int(env, 0);
        let _ = env.host_call(|host| host.close_socket(handle))?;
        void_result()
    });
    registry.add(CLASS, "address0", "(IZ)[B", address);
    registry.add(CLASS, "shutdown0", "(IZ)V", |env, args| {
        let handle = args.int(env, 0);
        let output = args.int(env, 1) != 0;
        match env.host_call(|host| host.stream(handle).and_then(|s| s.shutdown(output)))? {
            Ok(()) => void_result(),
            Err(error) => Err(socket_exception(env, &error)),
        }
    });
    registry.add(CLASS, "setNoDelay0", "(IZ)V", |env, args| {
        let handle = args.int(env, 0);
        let on = args.int(env, 1) != 0;
        let _ = env.host_call(|host| host.stream(handle).and_then(|s| s.set_no_delay(on)))?;
        void_result()
    });
}

fn string_arg(env: &mut Env, args: Args, i: usize) -> JResult<String> {
    let string = args.reference(env, i);
    if string == NULL {
        return Ok(String::new());
    }
    Ok(rust_string(env.vm, string))
}

fn bytes_arg(env: &mut Env, args: Args, i: usize) -> JResult<Vec<u8>> {
    let array = args.reference(env, i);
    if array == NULL {
        return Err(null_pointer(env));
    }
    let length = array_length(env.vm, array) as usize;
    Ok(array_bytes(env.vm, array, BasicType::Byte, 0, length).to_vec())
}

fn new_byte_array(env: &mut Env, bytes: &[u8]) -> JResult<Ref> {
    let class = crate::loader::resolve_class(env, "[B", LoaderId::Boot)?;
    let array = new_array(env, class, bytes.len() as i32)?;
    array_bytes_mut(env.vm, array, BasicType::Byte, 0, bytes.len()).copy_from_slice(bytes);
    Ok(array)
}

/// `SocketException(<OS error text>)`, or the subclass the JDK throws for that error.
fn socket_exception(env: &mut Env, error: &std::io::Error) -> Throw {
    let errno = errno_of(error);
    let class = match errno {
        111 | 113 => "java/net/ConnectException", // ECONNREFUSED, EHOSTUNREACH
        98 | 99 => "java/net/BindException",      // EADDRINUSE, EADDRNOTAVAIL
        _ => "java/net/SocketException",
    };
    let text = match errno {
        104 => "Connection reset".to_owned(),
        _ => error_text(errno),
    };
    throw_new(env, class, Some(&text))
}

/// A Java timeout in ms (0: none) as a deadline.
fn deadline(timeout: i32) -> Option<Instant> {
    (timeout > 0).then(|| Instant::now() + Duration::from_millis(timeout as u64))
}

/// `resolve0(host)`: the first address of a name (4 or 16 bytes).
fn resolve(env: &mut Env, args: Args) -> JResult<u64> {
    let name = string_arg(env, args, 0)?;
    let pending = env.host_call(|host| host.resolve(&name))?;
    let result = match pending {
        Ok(pending) => env.host_wait("RUNNABLE (resolving a name)", || pending.wait())?,
        Err(error) => Err(error),
    };
    match result {
        Ok(bytes) => ref_result(new_byte_array(env, &bytes)?),
        Err(_) => {
            let message = format!("{name}: Name or service not known");
            Err(throw_new(
                env,
                "java/net/UnknownHostException",
                Some(&message),
            ))
        }
    }
}

/// `connect0(hostName, address, port, timeoutMs)`: a connected socket's handle.
fn connect(env: &mut Env, args: Args) -> JResult<u64> {
    let name = string_arg(env, args, 0)?;
    let address = bytes_arg(env, args, 1)?;
    let port = args.int(env, 2) as u16;
    let timeout = args.int(env, 3);
    let limit = Duration::from_millis(timeout.max(0) as u64);
    let pending = match env.host_call(|host| host.begin_connect(&name, &address, port, limit))? {
        Ok(pending) => pending,
        Err(error) => return Err(socket_exception(env, &error)),
    };
    let result = env.wait_in_slices("RUNNABLE (connecting)", None, || pending.wait())?;
    // A refusal comes from the helper thread, which checked the rules.
    let result = match result {
        Some(result) => Some(env.host_result(result)?),
        None => None,
    };
    match result {
        Some(Ok(stream)) => int_result(env.vm.host.add_stream(stream)),
        Some(Err(error)) if error.kind() != std::io::ErrorKind::TimedOut => {
            Err(socket_exception(env, &error))
        }
        Some(Err(_)) | None => Err(throw_new(
            env,
            "java/net/SocketTimeoutException",
            Some("Connect timed out"),
        )),
    }
}

/// `listen0(hostName, address, port)`: a listening socket's handle.
fn listen(env: &mut Env, args: Args) -> JResult<u64> {
    let name = string_arg(env, args, 0)?;
    let address = bytes_arg(env, args, 1)?;
    let port = args.int(env, 2) as u16;
    let result = match env.host_call(|host| host.begin_listen(&name, &address, port))? {
        Ok(pending) => env.host_wait("RUNNABLE (binding)", || pending.wait())?,
        Err(error) => Err(error),
    };
    // A refusal comes from the helper thread, which checked the rules.
    match env.host_result(result)? {
        Ok(listener) => int_result(env.vm.host.add_listener(listener)),
        Err(error) => Err(socket_exception(env, &error)),
    }
}

/// `accept0(listener, timeoutMs)`: the accepted connection's handle.
fn accept(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.int(env, 0);
    let until = deadline(args.int(env, 1));
    let listener = match env.host_call(|host| host.listener(handle))? {
        Ok(listener) => listener,
        Err(_) => {
            return Err(throw_new(
                env,
                "java/net/SocketException",
                Some("Socket is closed"),
            ))
        }
    };
    match env.wait_in_slices("RUNNABLE (accepting)", until, || listener.accept())? {
        Some(Ok(stream)) => int_result(env.vm.host.add_stream(stream)),
        Some(Err(error)) => Err(socket_exception(env, &error)),
        None => Err(throw_new(
            env,
            "java/net/SocketTimeoutException",
            Some("Accept timed out"),
        )),
    }
}

/// `read0(handle, b, off, len, timeoutMs)`: bytes read, or -1 at the end of the stream.
fn read(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.int(env, 0);
    let length = args.int(env, 3).max(0) as usize;
    let until = deadline(args.int(env, 4));
    let stream = match env.host_call(|host| host.stream(handle))? {
        Ok(stream) => stream,
        Err(_) => {
            return Err(throw_new(
                env,
                "java/net/SocketException",
                Some("Socket closed"),
            ))
        }
    };
    let mut buffer = vec![0u8; length.min(1 << 16)];
    match env.wait_in_slices("RUNNABLE (reading a socket)", until, || {
        stream.read(&mut buffer)
    })? {
        Some(Ok(0)) => int_result(-1),
        Some(Ok(n)) => {
            // Re-read the array: a collection may have moved it while the lock was released.
            let array = args.reference(env, 1);
            let offset = args.int(env, 2).max(0) as usize;
            if array == NULL || offset + n > array_length(env.vm, array) as usize {
                return Err(throw_new(env, "java/lang/IndexOutOfBoundsException", None));
            }
            array_bytes_mut(env.vm, array, BasicType::Byte, offset, n)
                .copy_from_slice(&buffer[..n]);
            int_result(n as i32)
        }
        Some(Err(error)) => Err(socket_exception(env, &error)),
        None => Err(throw_new(
            env,
            "java/net/SocketTimeoutException",
            Some("Read timed out"),
        )),
    }
}

/// `write0(handle, b, off, len)`: writes all the bytes.
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
    let stream = match env.host_call(|host| host.stream(handle))? {
        Ok(stream) => stream,
        Err(_) => {
            return Err(throw_new(
                env,
                "java/net/SocketException",
                Some("Socket closed"),
            ))
        }
    };
    let mut written = 0;
    while written < bytes.len() {
        match env.wait_in_slices("RUNNABLE (writing a socket)", None, || {
            stream.write(&bytes[written..])
        })? {
            Some(Ok(0)) | None => {
                return Err(throw_new(
                    env,
                    "java/net/SocketException",
                    Some("Broken pipe"),
                ))
            }
            Some(Ok(n)) => written += n,
            Some(Err(error)) => return Err(socket_exception(env, &error)),
        }
    }
    void_result()
}

/// `address0(handle, local)`: the address bytes then the port (2 bytes, big-endian).
fn address(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.int(env, 0);
    let local = args.int(env, 1) != 0;
    match env.host_call(|host| host.socket_address(handle, local))? {
        Ok(bytes) => ref_result(new_byte_array(env, &bytes)?),
        Err(_) => ref_result(NULL),
    }
}

//! Natives of java.util.zip: the state of `Deflater` and `Inflater`, which is a zlib stream
//! (`libz-sys`: the system's zlib, as HotSpot's `libzip` uses, so the compressed bytes are the
//! same). Everything else of the package (checksums, streams, the zip format) is Java.
//!
//! Streams live in `VmState::zstreams`, named by a handle (a positive long) that the Java
//! objects keep; `ZLib.end` frees one, and whatever the guest never ended goes with the VM.
//! Input and output are the guest's byte arrays themselves: no allocation happens during a
//! call, so nothing moves them while zlib reads and writes.
#![allow(unsafe_code)]

use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CStr};

use cortado_gc::{Ref, NULL};
use libz_sys as z;

use crate::class::BasicType;
use crate::exceptions::{null_pointer, throw_new};
use crate::natives::{int_result, long_result, void_result, Args, NativeRegistry};
use crate::objects::{array_bytes, array_bytes_mut, array_length};
use crate::vm::{Env, JResult, Throw};

const CLASS: &str = "java/util/zip/ZLib";

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(CLASS, "init", "(ZIIZ)J", init);
    registry.add(CLASS, "deflate", "(J[BII[BIIII)J", deflate);
    registry.add(CLASS, "inflate", "(J[BII[BII[I)J", inflate);
    registry.add(CLASS, "setDictionary", "(J[BII)V", set_dictionary);
    registry.add(CLASS, "getAdler", "(J)I", get_adler);
    registry.add(CLASS, "reset", "(J)V", reset);
    registry.add(CLASS, "end", "(J)V", end);
}

/// One zlib stream. The `z_stream` is boxed: zlib's state points back to it, so it never moves.
struct Stream {
    z: Box<z::z_stream>,
    deflate: bool,
}

// SAFETY: a zlib stream has no affinity to a thread; it is only used under the VM lock (it
// lives in `VmState`), so by one thread at a time.
unsafe impl Send for Stream {}

impl Drop for Stream {
    fn drop(&mut self) {
        // SAFETY: the stream was initialized by deflateInit2_/inflateInit2_ (a `Stream` exists
        // only then) and is ended exactly once, here.
        unsafe {
            if self.deflate {
                z::deflateEnd(&mut *self.z);
            } else {
                z::inflateEnd(&mut *self.z);
            }
        }
    }
}

/// The zlib streams of a VM, by handle.
#[derive(Default)]
pub(crate) struct ZStreams {
    next: i64,
    streams: HashMap<i64, Stream>,
}

const ALIGN: usize = 16;

/// zlib's allocator: the Rust allocator, with the size kept in a header before the block.
unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: z::uInt, size: z::uInt) -> *mut c_void {
    let Some(total) = (items as usize)
        .checked_mul(size as usize)
        .and_then(|n| n.checked_add(ALIGN))
    else {
        return std::ptr::null_mut();
    };
    let Ok(layout) = std::alloc::Layout::from_size_align(total, ALIGN) else {
        return std::ptr::null_mut();
    };
    // SAFETY: `layout` has a non-zero size (at least ALIGN).
    let block = unsafe { std::alloc::alloc(layout) };
    if block.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: the block is at least ALIGN bytes and aligned to ALIGN, enough for a usize; the
    // caller's part starts ALIGN bytes in, still inside the block.
    unsafe {
        (block as *mut usize).write(total);
        block.add(ALIGN) as *mut c_void
    }
}

/// Frees what `zalloc` gave.
unsafe extern "C" fn zfree(_opaque: *mut c_void, address: *mut c_void) {
    if address.is_null() {
        return;
    }
    // SAFETY: `address` came from `zalloc`, so the block starts ALIGN bytes before it with its
    // total size, which made a valid layout then.
    unsafe {
        let block = (address as *mut u8).sub(ALIGN);
        let total = (block as *const usize).read();
        std::alloc::dealloc(
            block,
            std::alloc::Layout::from_size_align_unchecked(total, ALIGN),
        );
    }
}

fn new_z_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

/// zlib's message of the stream's last error, if any.
fn message(z: &z::z_stream) -> Option<String> {
    if z.msg.is_null() {
        None
    } else {
        // SAFETY: zlib sets `msg` to a NUL-terminated static string.
        Some(
            unsafe { CStr::from_ptr(z.msg as *const c_char) }
                .to_string_lossy()
                .into_owned(),
        )
    }
}

/// `init(boolean deflate, int level, int strategy, boolean nowrap)`: a new stream's handle.
fn init(env: &mut Env, args: Args) -> JResult<u64> {
    let deflate = args.int(env, 0) != 0;
    let level = args.int(env, 1);
    let strategy = args.int(env, 2);
    let nowrap = args.int(env, 3) != 0;
    let bits: c_int = if nowrap { -15 } else { 15 };
    let mut stream = new_z_stream();
    let size = std::mem::size_of::<z::z_stream>() as c_int;
    // SAFETY: `stream` is a valid, boxed (never moving) z_stream with our allocator; the
    // version string is zlib's own.
    let result = unsafe {
        if deflate {
            z::deflateInit2_(
                &mut *stream,
                level,
                z::Z_DEFLATED,
                bits,
                8,
                strategy,
                z::zlibVersion(),
                size,
            )
        } else {
            z::inflateInit2_(&mut *stream, bits, z::zlibVersion(), size)
        }
    };
    match result {
        z::Z_OK => {}
        z::Z_MEM_ERROR => return Err(throw_new(env, "java/lang/OutOfMemoryError", None)),
        z::Z_STREAM_ERROR => {
            return Err(throw_new(env, "java/lang/IllegalArgumentException", None))
        }
        _ => {
            let text = message(&stream);
            return Err(throw_new(env, "java/lang/InternalError", text.as_deref()));
        }
    }
    let streams = &mut env.vm.zstreams;
    streams.next += 1;
    let handle = streams.next;
    streams
        .streams
        .insert(handle, Stream { z: stream, deflate });
    long_result(handle)
}

/// The stream named by a handle (the Java side never passes an ended one).
fn stream<'a>(env: &'a mut Env, handle: i64) -> Result<&'a mut Stream, ()> {
    env.vm.zstreams.streams.get_mut(&handle).ok_or(())
}

fn closed(env: &mut Env) -> Throw {
    throw_new(
        env,
        "java/lang/NullPointerException",
        Some("zlib stream has been closed"),
    )
}

/// Checks `offset`/`length` against a byte array.
fn range(env: &mut Env, array: Ref, offset: i32, length: i32) -> JResult<(usize, usize)> {
    if array == NULL {
        return Err(null_pointer(env));
    }
    let size = array_length(env.vm, array);
    if offset < 0 || length < 0 || offset as i64 + length as i64 > size as i64 {
        return Err(throw_new(
            env,
            "java/lang/ArrayIndexOutOfBoundsException",
            None,
        ));
    }
    Ok((offset as usize, length as usize))
}

/// Points the stream at the guest's input and output ranges. The pointers stay valid while the
/// native runs without allocating (the heap moves objects only in a collection).
fn point(
    env: &mut Env,
    input: (Ref, usize, usize),
    output: (Ref, usize, usize),
) -> (*mut u8, *mut u8) {
    let in_ptr =
        array_bytes(env.vm, input.0, BasicType::Byte, input.1, input.2).as_ptr() as *mut u8;
    let out_ptr =
        array_bytes_mut(env.vm, output.0, BasicType::Byte, output.1, output.2).as_mut_ptr();
    (in_ptr, out_ptr)
}

/// `deflate(handle, in, inOff, inLen, out, outOff, outLen, flush, params)`, as the JDK's
/// `Deflater.deflateBytesBytes`: `params` bit 0 set means call `deflateParams(params >> 3,
/// (params >> 1) & 3)` instead of `deflate(flush)`. Returns input used | output used << 31 |
/// finished << 62 | params still pending << 63.
fn deflate(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.long(env, 0);
    let input = args.reference(env, 2);
    let (in_off, in_len) = range(env, input, args.int(env, 3), args.int(env, 4))?;
    let output = args.reference(env, 5);
    let (out_off, out_len) = range(env, output, args.int(env, 6), args.int(env, 7))?;
    let flush = args.int(env, 8);
    let params = args.int(env, 9);
    let (in_ptr, out_ptr) = point(env, (input, in_off, in_len), (output, out_off, out_len));
    let Ok(stream) = stream(env, handle) else {
        return Err(closed(env));
    };
    if !stream.deflate {
        return Err(closed(env));
    }
    let z = &mut *stream.z;
    z.next_in = in_ptr;
    z.avail_in = in_len as z::uInt;
    z.next_out = out_ptr;
    z.avail_out = out_len as z::uInt;
    let set_params = params & 1 != 0;
    // SAFETY: the stream is initialized; next_in/next_out point to `in_len`/`out_len` bytes of
    // the guest's arrays (bounds checked above), which nothing moves or frees during the call.
    let result = unsafe {
        if set_params {
            z::deflateParams(z, params >> 3, (params >> 1) & 3)
        } else {
            z::deflate(z, flush)
        }
    };
    let used_in = in_len as u64 - z.avail_in as u64;
    let used_out = out_len as u64 - z.avail_out as u64;
    z.next_in = std::ptr::null_mut();
    z.next_out = std::ptr::null_mut();
    let mut pending = set_params;
    let mut finished = false;
    let (read, written) = if set_params {
        match result {
            z::Z_OK => {
                pending = false;
                (used_in, used_out)
            }
            z::Z_BUF_ERROR => (used_in, used_out),
            _ => {
                let text = message(z).unwrap_or_else(|| "deflateParams failed".to_owned());
                return Err(throw_new(env, "java/lang/InternalError", Some(&text)));
            }
        }
    } else {
        match result {
            z::Z_STREAM_END => {
                finished = true;
                (used_in, used_out)
            }
            z::Z_OK => (used_in, used_out),
            z::Z_BUF_ERROR => (0, 0),
            _ => {
                let text = message(z);
                return Err(throw_new(env, "java/lang/InternalError", text.as_deref()));
            }
        }
    };
    long_result((read | written << 31 | (finished as u64) << 62 | (pending as u64) << 63) as i64)
}

/// `inflate(handle, in, inOff, inLen, out, outOff, outLen, consumed)`, as the JDK's
/// `Inflater.inflateBytesBytes` (`inflate(Z_PARTIAL_FLUSH)`): returns input used | output used
/// << 31 | finished << 62 | needs a dictionary << 63; corrupt data throws
/// `DataFormatException(<zlib's message>)` after storing the input used and output written
/// before the error in `consumed[0]` and `consumed[1]` (when it has two elements).
fn inflate(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.long(env, 0);
    let input = args.reference(env, 2);
    let (in_off, in_len) = range(env, input, args.int(env, 3), args.int(env, 4))?;
    let output = args.reference(env, 5);
    let (out_off, out_len) = range(env, output, args.int(env, 6), args.int(env, 7))?;
    let (in_ptr, out_ptr) = point(env, (input, in_off, in_len), (output, out_off, out_len));
    let Ok(stream) = stream(env, handle) else {
        return Err(closed(env));
    };
    if stream.deflate {
        return Err(closed(env));
    }
    let z = &mut *stream.z;
    z.next_in = in_ptr;
    z.avail_in = in_len as z::uInt;
    z.next_out = out_ptr;
    z.avail_out = out_len as z::uInt;
    // SAFETY: as in `deflate`.
    let result = unsafe { z::inflate(z, z::Z_PARTIAL_FLUSH) };
    let used_in = in_len as u64 - z.avail_in as u64;
    let used_out = out_len as u64 - z.avail_out as u64;
    z.next_in = std::ptr::null_mut();
    z.next_out = std::ptr::null_mut();
    let (mut finished, mut need_dict) = (false, false);
    let (read, written) = match result {
        z::Z_STREAM_END => {
            finished = true;
            (used_in, used_out)
        }
        z::Z_OK => (used_in, used_out),
        z::Z_NEED_DICT => {
            need_dict = true;
            (used_in, used_out)
        }
        z::Z_BUF_ERROR => (0, 0),
        z::Z_DATA_ERROR => {
            let text = message(z);
            let consumed = args.reference(env, 8);
            if consumed != NULL && array_length(env.vm, consumed) >= 2 {
                let offset = |i| crate::objects::element_offset(BasicType::Int, i);
                crate::objects::write_value(env.vm, consumed, offset(0), BasicType::Int, used_in);
                crate::objects::write_value(env.vm, consumed, offset(1), BasicType::Int, used_out);
            }
            return Err(throw_new(
                env,
                "java/util/zip/DataFormatException",
                text.as_deref(),
            ));
        }
        z::Z_MEM_ERROR => return Err(throw_new(env, "java/lang/OutOfMemoryError", None)),
        _ => {
            let text = message(z);
            return Err(throw_new(env, "java/lang/InternalError", text.as_deref()));
        }
    };
    long_result((read | written << 31 | (finished as u64) << 62 | (need_dict as u64) << 63) as i64)
}

/// `setDictionary(handle, b, off, len)`: deflateSetDictionary / inflateSetDictionary.
fn set_dictionary(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.long(env, 0);
    let array = args.reference(env, 2);
    let (off, len) = range(env, array, args.int(env, 3), args.int(env, 4))?;
    let bytes = array_bytes(env.vm, array, BasicType::Byte, off, len).to_vec();
    let Ok(stream) = stream(env, handle) else {
        return Err(closed(env));
    };
    let deflate = stream.deflate;
    let z = &mut *stream.z;
    // SAFETY: the stream is initialized; the dictionary is `len` bytes of our own copy.
    let result = unsafe {
        if deflate {
            z::deflateSetDictionary(z, bytes.as_ptr(), len as z::uInt)
        } else {
            z::inflateSetDictionary(z, bytes.as_ptr(), len as z::uInt)
        }
    };
    match result {
        z::Z_OK => void_result(),
        z::Z_STREAM_ERROR | z::Z_DATA_ERROR => {
            let text = if deflate { None } else { message(z) };
            Err(throw_new(
                env,
                "java/lang/IllegalArgumentException",
                text.as_deref(),
            ))
        }
        _ => {
            let text = message(z);
            Err(throw_new(env, "java/lang/InternalError", text.as_deref()))
        }
    }
}

fn get_adler(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.long(env, 0);
    match stream(env, handle) {
        Ok(stream) => int_result(stream.z.adler as u32 as i32),
        Err(()) => Err(closed(env)),
    }
}

fn reset(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.long(env, 0);
    let Ok(stream) = stream(env, handle) else {
        return Err(closed(env));
    };
    // SAFETY: the stream is initialized.
    let result = unsafe {
        if stream.deflate {
            z::deflateReset(&mut *stream.z)
        } else {
            z::inflateReset(&mut *stream.z)
        }
    };
    if result != z::Z_OK {
        return Err(throw_new(env, "java/lang/InternalError", None));
    }
    void_result()
}

fn end(env: &mut Env, args: Args) -> JResult<u64> {
    let handle = args.long(env, 0);
    // Dropping the stream ends it.
    env.vm.zstreams.streams.remove(&handle);
    void_result()
}

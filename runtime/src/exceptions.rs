//! Creating and throwing Java exceptions from Rust, with HotSpot's messages, and reading an
//! escaped exception back out for the host.

use cortado_gc::{Ref, NULL};

use crate::class::LoaderId;
use crate::error::JavaException;
use crate::interp::call::call_method;
use crate::interp::resolve::lookup_method;
use crate::loader::load_class;
use crate::objects::{new_instance, new_string, rust_string};
use crate::vm::{Env, JResult, Throw};

/// Creates an exception of class `class_name` with an optional message and makes it pending.
/// Whatever goes wrong on the way (a missing class, an exception in the constructor) is thrown
/// instead.
pub(crate) fn throw_new(env: &mut Env, class_name: &str, message: Option<&str>) -> Throw {
    // Creating an exception can need another exception (its class fails to load); past a few
    // levels the class library itself is broken.
    if env.thread.creating_exceptions > 4 {
        return Throw::Fatal(format!(
            "cannot create {class_name}: {}",
            message.unwrap_or("")
        ));
    }
    env.thread.creating_exceptions += 1;
    let result = new_exception(env, class_name, message);
    env.thread.creating_exceptions -= 1;
    match result {
        Ok(exception) => env.throw(exception),
        Err(throw) => throw,
    }
}

pub(crate) fn new_exception(
    env: &mut Env,
    class_name: &str,
    message: Option<&str>,
) -> JResult<Ref> {
    let class = match load_class(env, class_name, LoaderId::Boot)? {
        Some(class) => class,
        None => return Err(Throw::Fatal(format!("class library lacks {class_name}"))),
    };
    crate::init::ensure_initialized(env, class)?;
    let mark = env.thread.handle_mark();
    let message_ref = match message {
        Some(text) => new_string(env, text)?,
        None => NULL,
    };
    let message_handle = env.thread.handle(message_ref);
    let exception = new_instance(env, class)?;
    let exception_handle = env.thread.handle(exception);
    let (descriptor, args): (&str, Vec<u64>) = match message {
        Some(_) => (
            "(Ljava/lang/String;)V",
            vec![exception as u64, env.thread.get(message_handle) as u64],
        ),
        None => ("()V", vec![exception as u64]),
    };
    let constructor = crate::interp::resolve::constructor(env, class, descriptor)
        .ok_or_else(|| Throw::Fatal(format!("{class_name} lacks a constructor {descriptor}")))?;
    call_method(env, &constructor, &args)?;
    let exception = env.thread.get(exception_handle);
    env.thread.release_handles(mark);
    Ok(exception)
}

pub(crate) fn null_pointer(env: &mut Env) -> Throw {
    let throw = throw_new(env, "java/lang/NullPointerException", None);
    if let Throw::Exception = throw {
        // Mark it VM-thrown, so that its message is computed from the bytecode (JEP 358).
        let exception = env.thread.pending_exception;
        let class = crate::objects::class_of(env.vm, exception);
        let state = env
            .class(class)
            .declared_field("extendedMessageState", "I")
            .map(|f| f.offset);
        if let Some(offset) = state {
            crate::objects::write_int_field(env.vm, exception, offset, 1);
        }
    }
    throw
}

pub(crate) fn array_index(env: &mut Env, index: i32, length: i32) -> Throw {
    let message = format!("Index {index} out of bounds for length {length}");
    throw_new(
        env,
        "java/lang/ArrayIndexOutOfBoundsException",
        Some(&message),
    )
}

pub(crate) fn divide_by_zero(env: &mut Env) -> Throw {
    throw_new(env, "java/lang/ArithmeticException", Some("/ by zero"))
}

/// Describes a pending exception for the host: class, message and the printed stack trace.
pub(crate) fn describe(env: &mut Env, exception: Ref) -> JavaException {
    let class = crate::objects::class_of(env.vm, exception);
    let class_name = env.class(class).java_name();
    let handle = env.thread.handle(exception);
    let message = call_string_method(env, handle, "getMessage");
    let stack_trace = stack_trace_text(env, handle).unwrap_or_default();
    // Describing is best effort: an exception thrown on the way is dropped.
    env.thread.pending_exception = NULL;
    JavaException {
        class_name,
        message,
        stack_trace,
    }
}

fn call_string_method(env: &mut Env, handle: crate::thread::Handle, name: &str) -> Option<String> {
    let exception = env.thread.get(handle);
    let class = crate::objects::class_of(env.vm, exception);
    let method = lookup_method(env, class, name, "()Ljava/lang/String;")?;
    let result = call_method(env, &method, &[exception as u64]).ok()? as Ref;
    (result != NULL).then(|| rust_string(env.vm, result))
}

/// The text `printStackTrace` would print, produced by the Java code itself through a
/// StringWriter, so that host reports match what the program would print.
fn stack_trace_text(env: &mut Env, handle: crate::thread::Handle) -> Option<String> {
    let writer = new_object(env, "java/io/StringWriter", "()V", &[])?;
    let writer = env.thread.handle(writer);
    let print_writer = new_object(env, "java/io/PrintWriter", "(Ljava/io/Writer;)V", &[writer])?;
    let exception = env.thread.get(handle);
    let class = crate::objects::class_of(env.vm, exception);
    let print = lookup_method(env, class, "printStackTrace", "(Ljava/io/PrintWriter;)V")?;
    call_method(env, &print, &[exception as u64, print_writer as u64]).ok()?;
    let writer = env.thread.get(writer);
    let class = crate::objects::class_of(env.vm, writer);
    let to_string = lookup_method(env, class, "toString", "()Ljava/lang/String;")?;
    let text = call_method(env, &to_string, &[writer as u64]).ok()? as Ref;
    (text != NULL).then(|| rust_string(env.vm, text))
}

/// Allocates a library object and runs its constructor; `None` if anything fails.
/// Arguments are handles: they are read after the allocation, which may move them.
fn new_object(
    env: &mut Env,
    class_name: &str,
    descriptor: &str,
    args: &[crate::thread::Handle],
) -> Option<Ref> {
    let class = load_class(env, class_name, LoaderId::Boot).ok()??;
    crate::init::ensure_initialized(env, class).ok()?;
    let object = new_instance(env, class).ok()?;
    let constructor = crate::interp::resolve::constructor(env, class, descriptor)?;
    let object = env.thread.handle(object);
    let mut call_args = vec![env.thread.get(object) as u64];
    call_args.extend(args.iter().map(|&h| env.thread.get(h) as u64));
    call_method(env, &constructor, &call_args).ok()?;
    Some(env.thread.get(object))
}

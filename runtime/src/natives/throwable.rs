//! Natives of `java.lang.Throwable`: recording the Java stack when an exception is created,
//! and turning it into `StackTraceElement`s when asked.
//!
//! The backtrace is an `int[]` of (class id, method index, bytecode offset) triples, so it
//! costs one small array per exception and no strings until someone looks at it.

use cortado_gc::{Ref, NULL};

use crate::class::{BasicType, LoaderId};
use crate::natives::{ref_result, Args, NativeRegistry};
use crate::objects::{
    array_bytes, array_length, class_of, element_offset, new_array, new_instance, new_string,
};
use crate::vm::{Env, JResult, Throw};

/// Deepest stack trace recorded, as HotSpot's default `MaxJavaStackTraceDepth`.
const MAX_STACK_TRACE_DEPTH: usize = 1024;

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(
        "java/lang/Throwable",
        "fillInStackTrace",
        "(I)Ljava/lang/Throwable;",
        fill_in_stack_trace,
    );
    registry.add(
        "java/lang/NullPointerException",
        "getExtendedNPEMessage",
        "()Ljava/lang/String;",
        extended_npe_message,
    );
    registry.add(
        "java/lang/Throwable",
        "getStackTrace0",
        "()[Ljava/lang/StackTraceElement;",
        get_stack_trace,
    );
    registry.add(
        "java/lang/StackWalker",
        "describe0",
        "(Ljava/lang/Throwable;[Ljava/lang/Class;[Ljava/lang/String;[I)V",
        describe_frames,
    );
}

/// For `StackWalker`: the class, method descriptor and bytecode index of each frame of a
/// throwable's backtrace, top first, into the given arrays (as long as the shortest of them).
fn describe_frames(env: &mut Env, args: Args) -> JResult<u64> {
    let throwable = args.reference(env, 0);
    let classes = env.thread.handle(args.reference(env, 1));
    let descriptors = env.thread.handle(args.reference(env, 2));
    let bcis = env.thread.handle(args.reference(env, 3));
    let triples = backtrace_triples(env, throwable);
    for (i, triple) in triples.chunks_exact(3).enumerate() {
        let limit = [classes, descriptors, bcis]
            .iter()
            .map(|&h| {
                let array = env.thread.get(h);
                if array == NULL {
                    0
                } else {
                    array_length(env.vm, array) as usize
                }
            })
            .min()
            .unwrap_or(0);
        if i >= limit {
            break;
        }
        let class_id = triple[0] as u32;
        let descriptor = env.class(class_id).methods[triple[1] as usize]
            .descriptor
            .clone();
        let mirror = crate::natives::mirror(env, class_id)?;
        let array = env.thread.get(classes);
        env.vm
            .heap
            .write_ref(array, element_offset(BasicType::Reference, i), mirror);
        let text = new_string(env, &descriptor)?;
        let array = env.thread.get(descriptors);
        env.vm
            .heap
            .write_ref(array, element_offset(BasicType::Reference, i), text);
        let array = env.thread.get(bcis);
        crate::objects::array_bytes_mut(env.vm, array, BasicType::Int, i, 1)
            .copy_from_slice(&triple[2].to_le_bytes());
    }
    crate::natives::void_result()
}

/// Whether a frame is part of how the class library runs method handles and var handles
/// (`java.lang.invoke`): left out of stack traces.
fn method_handle_frame(class: &str, method: &str) -> bool {
    let Some(name) = class.strip_prefix("java/lang/invoke/") else {
        return false;
    };
    match name {
        "MethodHandle" => matches!(method, "linkInvoke" | "linkInvokeExact"),
        "VarHandle" => matches!(method, "link" | "access"),
        "Conversions" | "ArrayElements" => true,
        _ => {
            name.starts_with("Handles$")
                || name.starts_with("VarHandle$")
                || name.starts_with("MethodHandles$Invoker")
                || name.starts_with("MethodHandles$VarInvoker")
        }
    }
}

/// Records the current stack, skipping (as HotSpot does) the `fillInStackTrace` frames and the
/// constructors of the throwable being created.
fn fill_in_stack_trace(env: &mut Env, args: Args) -> JResult<u64> {
    let throwable = args.reference(env, 0);
    let throwable_class = class_of(env.vm, throwable);
    let mut triples: Vec<i32> = Vec::new();
    let mut skipping_fill = true;
    let mut skipping_init = true;
    let frames = &env.thread.frames;
    for (depth, frame) in frames.iter().enumerate().rev() {
        let method = &frame.method;
        if skipping_fill {
            if method.name == "fillInStackTrace" || method.name == "fillInStackTrace0" {
                continue;
            }
            skipping_fill = false;
        }
        if skipping_init {
            if method.name == "<init>"
                && env.vm.class(throwable_class).supers.contains(&method.class)
            {
                continue;
            }
            skipping_init = false;
        }
        if env.vm.class(method.class).hidden {
            continue;
        }
        // Method handles' machinery, and the reflection it calls, as HotSpot hides its
        // lambda forms: the target's frame is followed by its caller's.
        if method_handle_frame(&method.class_name, &method.name)
            || method.class_name.starts_with("java/lang/reflect/")
                && frames[..depth]
                    .iter()
                    .rev()
                    .find(|f| !f.method.class_name.starts_with("java/lang/reflect/"))
                    .is_some_and(|f| method_handle_frame(&f.method.class_name, &f.method.name))
        {
            continue;
        }
        let bci = match method.prepared.get() {
            Some(Ok(prepared)) if !method.is_native() => {
                prepared.bci.get(frame.pc as usize).copied().unwrap_or(0) as i32
            }
            _ => -1,
        };
        triples.extend([method.class as i32, method.index_in_class as i32, bci]);
        if triples.len() / 3 >= MAX_STACK_TRACE_DEPTH {
            break;
        }
    }
    let handle = env.thread.handle(throwable);
    let int_array = crate::interp::slow::primitive_array_class(env, BasicType::Int)?;
    let backtrace = new_array(env, int_array, triples.len() as i32)?;
    let bytes: Vec<u8> = triples.iter().flat_map(|v| v.to_le_bytes()).collect();
    crate::objects::array_bytes_mut(env.vm, backtrace, BasicType::Int, 0, triples.len())
        .copy_from_slice(&bytes);
    let throwable = env.thread.get(handle);
    let offset = env.vm.well_known.throwable_backtrace;
    crate::objects::write_ref_field(env.vm, throwable, offset, backtrace);
    ref_result(throwable)
}

/// The `int` triples of a throwable's recorded backtrace (empty when it has none).
fn backtrace_triples(env: &Env, throwable: Ref) -> Vec<i32> {
    let backtrace =
        crate::objects::read_ref_field(env.vm, throwable, env.vm.well_known.throwable_backtrace);
    if backtrace == NULL {
        return Vec::new();
    }
    let count = array_length(env.vm, backtrace) as usize;
    array_bytes(env.vm, backtrace, BasicType::Int, 0, count)
        .chunks_exact(4)
        .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn get_stack_trace(env: &mut Env, args: Args) -> JResult<u64> {
    let throwable = args.reference(env, 0);
    let triples = backtrace_triples(env, throwable);
    let element_class = crate::loader::system_class(env, "java/lang/StackTraceElement")?;
    crate::init::ensure_initialized(env, element_class)?;
    let array_class =
        crate::loader::resolve_class(env, "[Ljava/lang/StackTraceElement;", LoaderId::Boot)?;
    let array = new_array(env, array_class, (triples.len() / 3) as i32)?;
    let array_handle = env.thread.handle(array);
    let constructor = crate::interp::resolve::constructor(env, element_class, "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V",
    )
    .ok_or_else(|| Throw::Fatal("StackTraceElement lacks its 7-argument constructor".into()))?;
    for (i, triple) in triples.chunks_exact(3).enumerate() {
        let class = env.class(triple[0] as u32);
        let method = class.methods[triple[1] as usize].clone();
        let bci = triple[2];
        let line = if method.is_native() {
            -2
        } else {
            let code = class
                .file
                .as_ref()
                .and_then(|f| f.methods[method.index_in_class as usize].code());
            code.and_then(|c| c.line_number(bci as u16))
                .map_or(-1, |l| l as i32)
        };
        let mark = env.thread.handle_mark();
        let module = match (
            crate::natives::proxy::proxy_module(&class.name),
            class.loader,
        ) {
            (Some(module), _) => new_string(env, &module)?,
            (None, LoaderId::Boot) => new_string(env, "java.base")?,
            (None, LoaderId::App | LoaderId::User(_)) => NULL,
        };
        let module = env.thread.handle(module);
        // A named user-defined loader's name prefixes the frame (`loader//pkg.Class.m`).
        let loader_name = crate::natives::classloader::loader_name(env, class.loader);
        let loader_name = env.thread.handle(loader_name);
        let class_name = new_string(env, &class.java_name())?;
        let class_name = env.thread.handle(class_name);
        let method_name = new_string(env, &method.name)?;
        let method_name = env.thread.handle(method_name);
        let file_name = match &class.source_file {
            Some(file) => new_string(env, file)?,
            None => NULL,
        };
        let file_name = env.thread.handle(file_name);
        let element = new_instance(env, element_class)?;
        let element = env.thread.handle(element);
        let call_args = [
            env.thread.get(element) as u64,
            env.thread.get(loader_name) as u64,
            env.thread.get(module) as u64,
            NULL as u64,
            env.thread.get(class_name) as u64,
            env.thread.get(method_name) as u64,
            env.thread.get(file_name) as u64,
            line as u32 as u64,
        ];
        crate::interp::call::call_method(env, &constructor, &call_args)?;
        let element: Ref = env.thread.get(element);
        let array = env.thread.get(array_handle);
        env.vm
            .heap
            .write_ref(array, element_offset(BasicType::Reference, i), element);
        env.thread.release_handles(mark);
    }
    ref_result(env.thread.get(array_handle))
}

/// The helpful message of a VM-thrown NullPointerException, from the top recorded frame.
fn extended_npe_message(env: &mut Env, args: Args) -> JResult<u64> {
    let exception = args.reference(env, 0);
    let backtrace =
        crate::objects::read_ref_field(env.vm, exception, env.vm.well_known.throwable_backtrace);
    if backtrace == NULL || array_length(env.vm, backtrace) < 3 {
        return ref_result(NULL);
    }
    let top: Vec<i32> = array_bytes(env.vm, backtrace, BasicType::Int, 0, 3)
        .chunks_exact(4)
        .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let class = env.class(top[0] as u32);
    let Some(method) = class.methods.get(top[1] as usize).cloned() else {
        return ref_result(NULL);
    };
    if method.is_native() || top[2] < 0 {
        return ref_result(NULL);
    }
    match crate::interp::npe::message(&class, &method, top[2] as u32) {
        Some(message) => ref_result(new_string(env, &message)?),
        None => ref_result(NULL),
    }
}

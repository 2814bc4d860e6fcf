//! Natives of `java.lang.System`, `Runtime`, `Shutdown`, `Thread`, `String`, `Arrays.fill`,
//! and the bit conversions of `Float` and `Double`.

use cortado_gc::NULL;

use crate::class::{BasicType, ClassKind, LoaderId};
use crate::exceptions::{null_pointer, throw_new};
use crate::interp::slow::is_assignable;
use crate::natives::{int_result, long_result, ref_result, void_result, Args, NativeRegistry};
use crate::objects::{
    array_bytes_mut, array_length, class_of, element_offset, identity_hash, intern, new_array,
    new_string, rust_string,
};
use crate::vm::{Env, JResult, Throw};

pub(super) fn register(registry: &mut NativeRegistry) {
    const SYSTEM: &str = "java/lang/System";
    registry.add(
        SYSTEM,
        "arraycopy",
        "(Ljava/lang/Object;ILjava/lang/Object;II)V",
        arraycopy,
    );
    registry.add("java/security/SecureRandom", "entropy", "([B)V", entropy);
    registry.add(
        "java/util/Arrays",
        "fill0",
        "(Ljava/lang/Object;IIJ)V",
        fill,
    );
    registry.add(SYSTEM, "currentTimeMillis", "()J", |env, _| {
        long_result(env.current_time_millis())
    });
    registry.add(SYSTEM, "nanoTime", "()J", |env, _| {
        long_result(env.nano_time())
    });
    registry.add(
        SYSTEM,
        "identityHashCode",
        "(Ljava/lang/Object;)I",
        |env, args| {
            let object = args.reference(env, 0);
            int_result(if object == NULL {
                0
            } else {
                identity_hash(env, object)
            })
        },
    );
    registry.add(
        SYSTEM,
        "initProperties0",
        "()[Ljava/lang/String;",
        init_properties,
    );
    registry.add(
        SYSTEM,
        "getenv0",
        "(Ljava/lang/String;)Ljava/lang/String;",
        |env, args| {
            let name = rust_string(env.vm, args.reference(env, 0));
            if let Err(message) = env.vm.host.permit_environment(&name) {
                return Err(throw_new(
                    env,
                    "java/lang/SecurityException",
                    Some(&message),
                ));
            }
            match env.vm.host.getenv(&name) {
                Some(value) => ref_result(new_string(env, &value)?),
                None => ref_result(NULL),
            }
        },
    );
    registry.add(
        "java/util/TimeZone",
        "getSystemTimeZoneID0",
        "()Ljava/lang/String;",
        |env, _| match crate::host::time_zone_id() {
            Some(id) => ref_result(new_string(env, &id)?),
            None => ref_result(NULL),
        },
    );
    registry.add(SYSTEM, "getenvAll0", "()[Ljava/lang/String;", |env, _| {
        if let Err(message) = env.vm.host.permit_environment("*") {
            return Err(throw_new(
                env,
                "java/lang/SecurityException",
                Some(&message),
            ));
        }
        let pairs = env.vm.host.environment();
        ref_result(string_pairs(env, &pairs)?)
    });

    const RUNTIME: &str = "java/lang/Runtime";
    registry.add(RUNTIME, "availableProcessors", "()I", |env, _| {
        int_result(env.vm.host.available_processors())
    });
    registry.add(RUNTIME, "freeMemory", "()J", |env, _| {
        let heap = &env.vm.heap;
        long_result(heap.capacity_bytes().saturating_sub(heap.used_bytes()) as i64)
    });
    registry.add(RUNTIME, "totalMemory", "()J", |env, _| {
        long_result(env.vm.heap.capacity_bytes() as i64)
    });
    registry.add(RUNTIME, "maxMemory", "()J", |env, _| {
        long_result(max_memory(env) as i64)
    });
    registry.add(RUNTIME, "gc", "()V", |env, _| {
        let _ = crate::gc_roots::collect(env, 0, crate::gc_roots::Cause::SystemGc);
        void_result()
    });
    registry.add("java/lang/Shutdown", "halt0", "(I)V", |env, args| {
        env.vm.host.flush();
        Err(Throw::Exit(args.int(env, 0)))
    });

    const THREAD: &str = "java/lang/Thread";
    registry.add(THREAD, "currentThread", "()Ljava/lang/Thread;", |env, _| {
        ref_result(env.thread.thread_object)
    });
    registry.add(THREAD, "sleep", "(J)V", |env, args| {
        let millis = args.long(env, 0);
        if millis < 0 {
            return Err(throw_new(
                env,
                "java/lang/IllegalArgumentException",
                Some("timeout value is negative"),
            ));
        }
        crate::threads::sleep(env, millis)?;
        void_result()
    });
    registry.add(THREAD, "holdsLock", "(Ljava/lang/Object;)Z", |env, args| {
        let object = args.reference(env, 0);
        if object == NULL {
            return Err(null_pointer(env));
        }
        int_result(crate::interp::monitors::owns(env, object) as i32)
    });

    registry.add(
        "java/lang/String",
        "intern",
        "()Ljava/lang/String;",
        |env, args| {
            let string = args.reference(env, 0);
            ref_result(intern(env, string)?)
        },
    );
    registry.add(
        "java/lang/Double",
        "doubleToRawLongBits",
        "(D)J",
        |env, args| Ok(args.slot(env, 0)),
    );
    registry.add(
        "java/lang/Double",
        "longBitsToDouble",
        "(J)D",
        |env, args| Ok(args.slot(env, 0)),
    );
    registry.add(
        "java/lang/Float",
        "floatToRawIntBits",
        "(F)I",
        |env, args| Ok(args.slot(env, 0) & 0xFFFF_FFFF),
    );
    registry.add("java/lang/Float", "intBitsToFloat", "(I)F", |env, args| {
        Ok(args.slot(env, 0) & 0xFFFF_FFFF)
    });
}

fn string_pairs(env: &mut Env, pairs: &[(String, String)]) -> JResult<cortado_gc::Ref> {
    let string_array = crate::loader::resolve_class(env, "[Ljava/lang/String;", LoaderId::Boot)?;
    let array = new_array(env, string_array, (pairs.len() * 2) as i32)?;
    let handle = env.thread.handle(array);
    for (i, text) in pairs.iter().flat_map(|(k, v)| [k, v]).enumerate() {
        let string = new_string(env, text)?;
        let array = env.thread.get(handle);
        env.vm
            .heap
            .write_ref(array, element_offset(BasicType::Reference, i), string);
    }
    Ok(env.thread.get(handle))
}

fn init_properties(env: &mut Env, _: Args) -> JResult<u64> {
    let pairs = env.vm.host.properties.clone();
    ref_result(string_pairs(env, &pairs)?)
}

/// `System.arraycopy` with the JDK's checks and messages; overlapping copies behave as if
/// through a temporary array.
/// `Arrays.fill0(array, from, to, bits)`: elements `from` to `to` (exclusive) of a primitive
/// array set to the low bits of `bits` (the element's raw bit pattern), as one `memset`-like
/// pass instead of a compiled loop of element stores (Sieve fills 28 MB twenty times). The
/// Java caller has checked the range; it is checked again, so that no call can reach
/// outside the array.
fn fill(env: &mut Env, args: Args) -> JResult<u64> {
    let array = args.reference(env, 0);
    let (from, to, bits) = (args.int(env, 1), args.int(env, 2), args.long(env, 3));
    if array == NULL {
        return Err(null_pointer(env));
    }
    let element = match env.vm.class(class_of(env.vm, array)).kind {
        ClassKind::Array { element, .. } if element != BasicType::Reference => element,
        _ => {
            return Err(throw_new(
                env,
                "java/lang/IllegalArgumentException",
                Some("not a primitive array"),
            ))
        }
    };
    let length = array_length(env.vm, array);
    if from < 0 || to < from || to > length {
        return Err(throw_new(
            env,
            "java/lang/ArrayIndexOutOfBoundsException",
            Some(&format!("Array index out of range: {to}")),
        ));
    }
    let bytes = array_bytes_mut(env.vm, array, element, from as usize, (to - from) as usize);
    // The element's value in the heap's (native) byte order.
    match element.size() {
        1 => bytes.fill(bits as u8),
        2 => fill_with(bytes, (bits as u16).to_ne_bytes()),
        4 => fill_with(bytes, (bits as u32).to_ne_bytes()),
        _ => fill_with(bytes, bits.to_ne_bytes()),
    }
    void_result()
}

fn fill_with<const N: usize>(bytes: &mut [u8], value: [u8; N]) {
    for chunk in bytes.chunks_exact_mut(N) {
        chunk.copy_from_slice(&value);
    }
}

fn arraycopy(env: &mut Env, args: Args) -> JResult<u64> {
    let source = args.reference(env, 0);
    let source_position = args.int(env, 1);
    let destination = args.reference(env, 2);
    let destination_position = args.int(env, 3);
    let length = args.int(env, 4);
    if source == NULL || destination == NULL {
        return Err(null_pointer(env));
    }
    let source_class = env.class(class_of(env.vm, source));
    let destination_class = env.class(class_of(env.vm, destination));
    let (
        ClassKind::Array {
            element: source_element,
            ..
        },
        ClassKind::Array {
            element: destination_element,
            component: destination_component,
        },
    ) = (&source_class.kind, &destination_class.kind)
    else {
        let (which, class) = if !source_class.is_array() {
            ("source", &source_class)
        } else {
            ("destination", &destination_class)
        };
        let message = format!(
            "arraycopy: {which} type {} is not an array",
            class.java_name()
        );
        return Err(throw_new(
            env,
            "java/lang/ArrayStoreException",
            Some(&message),
        ));
    };
    if source_element != destination_element {
        let describe = |e: BasicType| {
            if e == BasicType::Reference {
                "object array[]".to_owned()
            } else {
                format!("{}[]", e.java_name())
            }
        };
        let message = format!(
            "arraycopy: type mismatch: can not copy {} into {}",
            describe(*source_element),
            describe(*destination_element)
        );
        return Err(throw_new(
            env,
            "java/lang/ArrayStoreException",
            Some(&message),
        ));
    }
    let source_length = array_length(env.vm, source);
    let destination_length = array_length(env.vm, destination);
    let bad = |position: i32, array_length: i32| {
        position < 0 || length < 0 || position as i64 + length as i64 > array_length as i64
    };
    if bad(source_position, source_length) || bad(destination_position, destination_length) {
        let message = if length < 0 {
            format!("arraycopy: length {length} is negative")
        } else if source_position < 0 {
            format!(
                "arraycopy: source index {source_position} out of bounds for {}",
                array_type_text(*source_element, source_length)
            )
        } else if destination_position < 0 {
            format!(
                "arraycopy: destination index {destination_position} out of bounds for {}",
                array_type_text(*destination_element, destination_length)
            )
        } else if source_position as i64 + length as i64 > source_length as i64 {
            format!(
                "arraycopy: last source index {} out of bounds for {}",
                source_position as i64 + length as i64,
                array_type_text(*source_element, source_length)
            )
        } else {
            format!(
                "arraycopy: last destination index {} out of bounds for {}",
                destination_position as i64 + length as i64,
                array_type_text(*destination_element, destination_length)
            )
        };
        return Err(throw_new(
            env,
            "java/lang/ArrayIndexOutOfBoundsException",
            Some(&message),
        ));
    }
    if length == 0 {
        return void_result();
    }
    let element = *source_element;
    let size = element.size();
    if element == BasicType::Reference && !is_assignable(env, source_class.id, destination_class.id)
    {
        let component = destination_component.expect("reference arrays have a component");
        // Copy element by element, checking each store; stop at the first bad one.
        let mut values = Vec::with_capacity(length as usize);
        for i in 0..length as usize {
            values.push(env.vm.heap.read_u32(
                source,
                element_offset(element, source_position as usize + i),
            ));
        }
        for (i, value) in values.into_iter().enumerate() {
            if value != NULL {
                let value_class = class_of(env.vm, value);
                if !is_assignable(env, value_class, component) {
                    let source_component = match source_class.kind {
                        ClassKind::Array {
                            component: Some(c), ..
                        } => env.class(c).java_name(),
                        _ => String::new(),
                    };
                    let message = format!(
                        "arraycopy: element type mismatch: can not cast one of the elements of {source_component}[] to the type of the destination array, {}",
                        env.class(component).java_name()
                    );
                    return Err(throw_new(
                        env,
                        "java/lang/ArrayStoreException",
                        Some(&message),
                    ));
                }
            }
            env.vm.heap.write_ref(
                destination,
                element_offset(element, destination_position as usize + i),
                value,
            );
        }
        return void_result();
    }
    // Primitives, or references no store check can refuse: one copy (overlap allowed, as the
    // JDK's).
    env.vm.heap.copy_bytes(
        source,
        element_offset(element, source_position as usize),
        destination,
        element_offset(element, destination_position as usize),
        length as usize * size,
    );
    void_result()
}

fn array_type_text(element: BasicType, length: i32) -> String {
    let name = if element == BasicType::Reference {
        "object array"
    } else {
        element.java_name()
    };
    format!("{name}[{length}]")
}

/// `SecureRandom.entropy(byte[])`: fills the array with the host's entropy.
fn entropy(env: &mut Env, args: Args) -> JResult<u64> {
    let array = args.reference(env, 0);
    if array == NULL {
        return Err(null_pointer(env));
    }
    let length = array_length(env.vm, array) as usize;
    let mut bytes = vec![0u8; length];
    if let Err(error) = env.vm.host.entropy(&mut bytes) {
        let text = format!("entropy source unavailable: {error}");
        return Err(throw_new(env, "java/lang/InternalError", Some(&text)));
    }
    array_bytes_mut(env.vm, array, BasicType::Byte, 0, length).copy_from_slice(&bytes);
    void_result()
}

/// Whether HotSpot 17 would run G1 here: on a server-class machine (2 or more processors,
/// about 2 GiB of memory or more), unless `-XX:+UseSerialGC` was given.
pub(super) fn server_class(env: &Env) -> bool {
    const MIB: usize = 1 << 20;
    // `-XX:+UseSerialGC` asks for HotSpot's other collector by name.
    let serial_asked = env
        .vm
        .options
        .input_arguments
        .iter()
        .any(|a| a == "-XX:+UseSerialGC");
    !serial_asked
        && env.vm.host.available_processors() >= 2
        && crate::host::physical_memory().is_some_and(|m| m >= 2048 * MIB - 256 * MIB)
}

/// `Runtime.maxMemory()` as HotSpot 17 reports it with its default collector: on a
/// server-class machine (2 or more processors, about 2 GiB of memory or more) G1, whose
/// maximum is `-Xmx` aligned up to its heap alignment (the larger of the region size, a
/// power of two between 1 and 32 MiB, a 2048th of the heap rounded up, and the card table's 2 MiB);
/// elsewhere the serial collector, whose maximum leaves out one survivor space.
pub(super) fn max_memory(env: &Env) -> usize {
    const MIB: usize = 1 << 20;
    if !server_class(env) {
        return env.vm.heap.max_capacity_bytes();
    }
    let max = env.vm.heap.configured_max_bytes();
    let region = (max / 2048).max(MIB).next_power_of_two().min(32 * MIB);
    let alignment = region.max(2 * MIB);
    max.div_ceil(alignment) * alignment
}

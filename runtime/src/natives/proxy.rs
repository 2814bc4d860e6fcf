//! `java.lang.reflect.Proxy` classes. The Java side (`Proxy`, `jdk.internal.reflect.ProxySupport`)
//! checks the interfaces, picks the name, the methods (with their `Method` objects) and the
//! exceptions each proxy method lets through; this native only writes and defines the class,
//! shaped as the JDK's `ProxyGenerator` shapes it:
//!
//! ```text
//! public final class NAME extends java.lang.reflect.Proxy implements I1, I2, ... {
//!     private static final Method[] m = ProxySupport.methods(NAME.class);
//!     public NAME(InvocationHandler h) { super(h); }
//!     public final R name(P0 a0, ...) {   // one per distinct name and descriptor
//!         try {
//!             return (R) this.h.invoke(this, m[i], new Object[] { box(a0), ... });
//!         } catch (Error | RuntimeException | <declared> e) {
//!             throw e;
//!         } catch (Throwable t) {
//!             throw new UndeclaredThrowableException(t);
//!         }
//!     }
//! }
//! ```
//!
//! The result is cast (`checkcast`) and unboxed (`checkcast` to the box class, then
//! `xxxValue()`), so a null or wrongly typed result of a primitive method throws
//! NullPointerException (whose helpful message names `InvocationHandler.invoke`) or
//! ClassCastException in the proxy method, as in the JDK. The class is version 49 so that its
//! handlers need no StackMapTable (the verifier infers the types).

use cortado_classfile::access;
use cortado_classfile::writer::{ClassBuilder, CodeBuilder, Kind};
use cortado_classfile::Opcode;
use cortado_classfile::{FieldType, MethodDescriptor};
use cortado_gc::{Ref, NULL};

use crate::class::BasicType;
use crate::exceptions::{null_pointer, throw_new};
use crate::natives::{class_of_mirror, mirror, ref_result, Args, NativeRegistry};
use crate::objects::{array_length, element_offset, rust_string};
use crate::vm::{Env, JResult};

const PROXY: &str = "java/lang/reflect/Proxy";
const SUPPORT: &str = "jdk/internal/reflect/ProxySupport";
const HANDLER: &str = "java/lang/reflect/InvocationHandler";
const UNDECLARED: &str = "java/lang/reflect/UndeclaredThrowableException";

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(
        SUPPORT,
        "defineProxyClass0",
        "(Ljava/lang/ClassLoader;Ljava/lang/String;I[Ljava/lang/Class;[Ljava/lang/String;[Ljava/lang/String;[Ljava/lang/String;)Ljava/lang/Class;",
        define_proxy_class,
    );
}

/// The dynamic module (`jdk.proxyN`) of a proxy class named `jdk/proxyN/$ProxyM`, as HotSpot
/// names it in stack traces and ClassCastException messages; None for any other class.
pub(crate) fn proxy_module(internal_name: &str) -> Option<String> {
    let rest = internal_name.strip_prefix("jdk/proxy")?;
    let (number, simple) = rest.split_once('/')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let index = simple.strip_prefix("$Proxy")?;
    (digits(number) && digits(index)).then(|| format!("jdk.proxy{number}"))
}

/// The elements of a `String[]` (null elements are an error of the caller: NPE).
fn strings(env: &mut Env, array: Ref) -> JResult<Vec<String>> {
    if array == NULL {
        return Err(null_pointer(env));
    }
    let length = array_length(env.vm, array) as usize;
    let mut out = Vec::with_capacity(length);
    for i in 0..length {
        let element = env
            .vm
            .heap
            .read_u32(array, element_offset(BasicType::Reference, i));
        if element == NULL {
            return Err(null_pointer(env));
        }
        out.push(rust_string(env.vm, element));
    }
    Ok(out)
}

/// `defineProxyClass0(loader, name, accessFlags, interfaces, names, descriptors, catches)`:
/// `catches[i]` lists (space-separated internal names) the throwables method `i` rethrows as
/// they are; empty, the method has no handlers (it declares Throwable).
fn define_proxy_class(env: &mut Env, args: Args) -> JResult<u64> {
    let loader_object = args.reference(env, 0);
    let loader = crate::natives::classloader::loader_id_of(env, loader_object)?;
    let name_ref = args.reference(env, 1);
    if name_ref == NULL {
        return Err(null_pointer(env));
    }
    let name = rust_string(env.vm, name_ref).replace('.', "/");
    let flags = args.int(env, 2) as u16;
    let interfaces_ref = args.reference(env, 3);
    if interfaces_ref == NULL {
        return Err(null_pointer(env));
    }
    let mut interfaces = Vec::new();
    for i in 0..array_length(env.vm, interfaces_ref) as usize {
        let element = env
            .vm
            .heap
            .read_u32(interfaces_ref, element_offset(BasicType::Reference, i));
        if element == NULL {
            return Err(null_pointer(env));
        }
        let class = env.class(class_of_mirror(env, element));
        interfaces.push(class.name.to_string());
    }
    let names_ref = args.reference(env, 4);
    let names = strings(env, names_ref)?;
    let descriptors_ref = args.reference(env, 5);
    let descriptors = strings(env, descriptors_ref)?;
    let catches_ref = args.reference(env, 6);
    let catches = strings(env, catches_ref)?;
    if names.len() != descriptors.len()
        || names.len() != catches.len()
        || names.len() > u16::MAX as usize / 2
    {
        return Err(throw_new(
            env,
            "java/lang/IllegalArgumentException",
            Some("method limit exceeded"),
        ));
    }
    let bytes = match write_class(&name, flags, &interfaces, &names, &descriptors, &catches) {
        Ok(bytes) => bytes,
        Err(message) => {
            return Err(throw_new(
                env,
                "java/lang/IllegalArgumentException",
                Some(&message),
            ))
        }
    };
    let id = crate::loader::define_class(env, &bytes, loader, None, false)?;
    ref_result(mirror(env, id)?)
}

fn box_class(t: &FieldType) -> Option<(&'static str, &'static str, Kind)> {
    Some(match t {
        FieldType::Boolean => ("java/lang/Boolean", "booleanValue", Kind::Int),
        FieldType::Byte => ("java/lang/Byte", "byteValue", Kind::Int),
        FieldType::Char => ("java/lang/Character", "charValue", Kind::Int),
        FieldType::Short => ("java/lang/Short", "shortValue", Kind::Int),
        FieldType::Int => ("java/lang/Integer", "intValue", Kind::Int),
        FieldType::Long => ("java/lang/Long", "longValue", Kind::Long),
        FieldType::Float => ("java/lang/Float", "floatValue", Kind::Float),
        FieldType::Double => ("java/lang/Double", "doubleValue", Kind::Double),
        FieldType::Object(_) | FieldType::Array(_) => return None,
    })
}

fn write_class(
    name: &str,
    flags: u16,
    interfaces: &[String],
    names: &[String],
    descriptors: &[String],
    catches: &[String],
) -> Result<Vec<u8>, String> {
    let error = |e: cortado_classfile::Error| e.to_string();
    let mut class = ClassBuilder::new(49, flags | access::SUPER, name, Some(PROXY));
    for interface in interfaces {
        class.interface(interface);
    }
    let entries = "[Ljava/lang/reflect/Method;".to_owned();
    class.field(
        access::PRIVATE | access::STATIC | access::FINAL,
        "m",
        &entries,
    );
    let entries_field = class.pool.field_ref(name, "m", &entries);

    // static { m = ProxySupport.methods(NAME.class); }
    let this_class = class.pool.class(name);
    let entries_of =
        class
            .pool
            .method_ref(SUPPORT, "methods", &format!("(Ljava/lang/Class;){entries}"));
    let mut code = CodeBuilder::new(1, 0);
    code.ldc(this_class)
        .invokestatic(entries_of)
        .putstatic(entries_field)
        .op(Opcode::return_);
    class.method(
        access::STATIC,
        "<clinit>",
        "()V",
        Some(code.finish().map_err(error)?),
    );

    let init_descriptor = "(Ljava/lang/reflect/InvocationHandler;)V";
    let super_init = class.pool.method_ref(PROXY, "<init>", init_descriptor);
    let mut code = CodeBuilder::new(2, 2);
    code.load(Kind::Reference, 0)
        .load(Kind::Reference, 1)
        .invokespecial(super_init)
        .op(Opcode::return_);
    class.method(
        access::PUBLIC,
        "<init>",
        init_descriptor,
        Some(code.finish().map_err(error)?),
    );

    let handler = class
        .pool
        .field_ref(PROXY, "h", "Ljava/lang/reflect/InvocationHandler;");
    let invoke = class.pool.interface_method_ref(
        HANDLER,
        "invoke",
        "(Ljava/lang/Object;Ljava/lang/reflect/Method;[Ljava/lang/Object;)Ljava/lang/Object;",
    );
    let object_class = class.pool.class("java/lang/Object");
    let undeclared = class.pool.class(UNDECLARED);
    let undeclared_init = class
        .pool
        .method_ref(UNDECLARED, "<init>", "(Ljava/lang/Throwable;)V");
    let throwable = class.pool.class("java/lang/Throwable");
    for (index, ((method_name, descriptor), catch_list)) in
        names.iter().zip(descriptors).zip(catches).enumerate()
    {
        let parsed = MethodDescriptor::parse(descriptor).map_err(error)?;
        let mut code = CodeBuilder::new(10, 1);
        let start = code.new_label();
        let end = code.new_label();
        code.bind(start);
        code.load(Kind::Reference, 0)
            .getfield(handler)
            .load(Kind::Reference, 0)
            .getstatic(entries_field);
        code.iconst(&mut class.pool, index as i32)
            .op(Opcode::aaload);
        if parsed.parameters.is_empty() {
            code.op(Opcode::aconst_null);
        } else {
            code.iconst(&mut class.pool, parsed.parameters.len() as i32)
                .anewarray(object_class);
            let mut slot: u16 = 1;
            for (i, parameter) in parsed.parameters.iter().enumerate() {
                code.op(Opcode::dup);
                code.iconst(&mut class.pool, i as i32);
                match box_class(parameter) {
                    Some((box_name, _, kind)) => {
                        code.load(kind, slot);
                        let value_of = class.pool.method_ref(
                            box_name,
                            "valueOf",
                            &format!("({})L{box_name};", parameter.descriptor()),
                        );
                        code.invokestatic(value_of);
                        slot += if matches!(kind, Kind::Long | Kind::Double) {
                            2
                        } else {
                            1
                        };
                    }
                    None => {
                        code.load(Kind::Reference, slot);
                        slot += 1;
                    }
                }
                code.op(Opcode::aastore);
            }
            code.set_max_locals(slot);
        }
        code.invokeinterface(invoke, 3);
        match parsed.return_type.as_ref() {
            None => {
                code.op(Opcode::pop).op(Opcode::return_);
            }
            Some(result) => match box_class(result) {
                Some((box_name, getter, kind)) => {
                    let box_ref = class.pool.class(box_name);
                    let getter = class.pool.method_ref(
                        box_name,
                        getter,
                        &format!("(){}", result.descriptor()),
                    );
                    code.checkcast(box_ref)
                        .invokevirtual(getter)
                        .return_value(Some(kind));
                }
                None => {
                    let target = match result {
                        FieldType::Object(name) => name.clone(),
                        other => other.descriptor(),
                    };
                    if target != "java/lang/Object" {
                        let target = class.pool.class(&target);
                        code.checkcast(target);
                    }
                    code.return_value(Some(Kind::Reference));
                }
            },
        }
        code.bind(end);
        let rethrown: Vec<&str> = catch_list.split_whitespace().collect();
        if !rethrown.is_empty() {
            let rethrow = code.new_label();
            code.bind(rethrow);
            code.op(Opcode::athrow);
            for name in rethrown {
                let catch_type = class.pool.class(name);
                code.exception_handler(start, end, rethrow, catch_type);
            }
            let wrap = code.new_label();
            code.bind(wrap);
            code.new_object(undeclared)
                .op(Opcode::dup_x1)
                .op(Opcode::swap)
                .invokespecial(undeclared_init)
                .op(Opcode::athrow);
            code.exception_handler(start, end, wrap, throwable);
        }
        class.method(
            access::PUBLIC | access::FINAL,
            method_name,
            descriptor,
            Some(code.finish().map_err(error)?),
        );
    }
    class.to_bytes().map_err(error)
}

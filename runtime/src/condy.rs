//! Dynamically-computed constants (`CONSTANT_Dynamic`, JVMS §4.4.10 and §5.4.3.6), for `ldc`
//! and as bootstrap arguments. As with `invokedynamic` (`indy.rs`), the VM runs the bootstrap
//! methods javac and common tools use itself, without method handles: the
//! `java.lang.invoke.ConstantBootstraps` methods (`nullConstant`, `primitiveClass`,
//! `enumConstant`, `getStaticFinal`, `explicitCast`, and `invoke` of a static method,
//! constructor, static field getter or virtual method), and any other bootstrap method that is
//! a static method taking a `Lookup`, the name, the type and the static arguments (what javac
//! does not emit but bytecode tools do).
//!
//! A constant is resolved once: the first value stored in the class's resolution cache wins
//! and every later `ldc` or bootstrap argument gets it (references are kept as global roots).
//! A bootstrap method that throws an `Error` throws it; any other exception is wrapped in a
//! `BootstrapMethodError` ("bootstrap method initialization exception") as HotSpot's
//! `BootstrapMethodInvoker` does. A resolution that fails with a LinkageError (which a
//! BootstrapMethodError is) fails the same way at every later use (JVMS §5.4.3): a new error
//! of the same class, message and cause, as HotSpot throws its recorded resolution errors.

use cortado_classfile::constant_pool::handle_kind;
use cortado_classfile::{Constant, ConstantPool, FieldType, MethodDescriptor};
use cortado_gc::{Ref, NULL};

use crate::class::{BasicType, Class, ClassId, ClassKind, LoaderId, Resolved};
use crate::exceptions::throw_new;
use crate::interp::call::call_method;
use crate::loader::{primitive_class, resolve_class};
use crate::objects::{class_of, new_instance, read_value, write_ref_field};
use crate::vm::{Env, JResult, Throw};

/// How deep constants may nest through their bootstrap arguments before resolution gives
/// up with StackOverflowError (a constant that needs itself).
const MAX_DEPTH: u32 = 64;

/// A resolved dynamic constant, in a class's resolution cache.
#[derive(Debug, Clone, Copy)]
pub(crate) enum DynamicValue {
    /// A reference: its global root slot.
    Reference(u32),
    /// A primitive: its slot value (two-slot values in one `u64`).
    Primitive(u64),
    /// Resolution failed with a LinkageError (the global root slot of the first one): every
    /// later use fails with a new error of its class, message and cause (JVMS §5.4.3).
    Failed(u32),
}

fn pool(class: &Class) -> &ConstantPool {
    &class
        .file
        .as_ref()
        .expect("constants come from class files")
        .constant_pool
}

/// The slot value of dynamic constant `index` of `class` (a reference or a primitive, as its
/// descriptor says), resolving it on first use.
pub(crate) fn resolve(env: &mut Env, class: &Class, index: u16) -> JResult<u64> {
    if let Some(result) = cached(env, class, index) {
        return result;
    }
    if env.thread.resolving_constants >= MAX_DEPTH {
        return Err(throw_new(env, "java/lang/StackOverflowError", None));
    }
    env.thread.resolving_constants += 1;
    let mark = env.thread.handle_mark();
    let result = compute(env, class, index);
    env.thread.resolving_constants -= 1;
    let value = match result {
        Ok(Computed::Reference(handle)) => {
            DynamicValue::Reference(env.vm.add_global(env.thread.get(handle)))
        }
        Ok(Computed::Primitive(bits)) => DynamicValue::Primitive(bits),
        Err(Throw::Exception) if is_linkage_error(env, env.thread.pending_exception) => {
            DynamicValue::Failed(env.vm.add_global(env.thread.pending_exception))
        }
        Err(throw) => {
            env.thread.release_handles(mark);
            return Err(throw);
        }
    };
    env.thread.release_handles(mark);
    let _ = class.constant_cache[index as usize].set(Resolved::Dynamic(value));
    cached(env, class, index).expect("the constant was just resolved")
}

/// The cached value of constant `index`, or its cached failure thrown again.
fn cached(env: &mut Env, class: &Class, index: u16) -> Option<JResult<u64>> {
    match class.constant_cache.get(index as usize)?.get()? {
        Resolved::Dynamic(DynamicValue::Reference(slot)) => {
            Some(Ok(env.vm.globals[*slot as usize] as u64))
        }
        Resolved::Dynamic(DynamicValue::Primitive(bits)) => Some(Ok(*bits)),
        Resolved::Dynamic(DynamicValue::Failed(slot)) => Some(Err(rethrow(env, *slot))),
        _ => None,
    }
}

fn is_linkage_error(env: &mut Env, exception: Ref) -> bool {
    let Ok(linkage_error) = resolve_class(env, "java/lang/LinkageError", LoaderId::Boot) else {
        return false;
    };
    crate::interp::slow::is_assignable(env, class_of(env.vm, exception), linkage_error)
}

/// A new error like the one in global slot `slot`: same class, message and cause (as
/// HotSpot throws a recorded resolution error again).
fn rethrow(env: &mut Env, slot: u32) -> Throw {
    let first = env.vm.globals[slot as usize];
    let class = env.class(class_of(env.vm, first));
    let message_offset = env.vm.well_known.throwable_detail_message;
    let throwable = match resolve_class(env, "java/lang/Throwable", LoaderId::Boot) {
        Ok(id) => id,
        Err(throw) => return throw,
    };
    let Some(cause_offset) = env
        .vm
        .class(throwable)
        .declared_field("cause", "Ljava/lang/Throwable;")
        .map(|f| f.offset)
    else {
        return Throw::Fatal("Throwable lacks its cause field".into());
    };
    let message = crate::objects::read_ref_field(env.vm, first, message_offset);
    let message = (message != NULL).then(|| crate::objects::rust_string(env.vm, message));
    let throw = throw_new(env, &class.name, message.as_deref());
    if let Throw::Exception = throw {
        let first = env.vm.globals[slot as usize];
        let cause = crate::objects::read_ref_field(env.vm, first, cause_offset);
        if cause != first {
            let error = env.thread.pending_exception;
            write_ref_field(env.vm, error, cause_offset, cause);
        }
    }
    throw
}

enum Computed {
    Reference(crate::thread::Handle),
    Primitive(u64),
}

/// The value of a bootstrap argument (or any loadable constant) as an object: numbers boxed,
/// strings interned, classes as mirrors, dynamic constants resolved (and boxed if primitive).
pub(crate) fn argument(env: &mut Env, class: &Class, index: u16) -> JResult<Ref> {
    match pool(class).get(index).cloned() {
        Some(Constant::Integer(v)) => box_value(env, BasicType::Int, v as u32 as u64),
        Some(Constant::Float(v)) => box_value(env, BasicType::Float, v.to_bits() as u64),
        Some(Constant::Long(v)) => box_value(env, BasicType::Long, v as u64),
        Some(Constant::Double(v)) => box_value(env, BasicType::Double, v.to_bits()),
        Some(Constant::String { .. } | Constant::Class { .. }) => {
            Ok(crate::interp::slow::ldc(env, class, index)? as Ref)
        }
        Some(Constant::Dynamic { name_and_type, .. }) => {
            let descriptor = pool(class)
                .name_and_type(name_and_type)
                .map(|(_, d)| d.to_owned())
                .unwrap_or_default();
            let value = resolve(env, class, index)?;
            match FieldType::parse(&descriptor).map(|t| BasicType::of(&t)) {
                Ok(BasicType::Reference) | Err(_) => Ok(value as Ref),
                Ok(t) => box_value(env, t, value),
            }
        }
        Some(Constant::MethodType { .. }) => method_type(env, class, index),
        Some(Constant::MethodHandle { .. }) => Err(throw_new(
            env,
            "java/lang/BootstrapMethodError",
            Some("method handle bootstrap arguments are not supported yet"),
        )),
        _ => Err(throw_new(
            env,
            "java/lang/ClassFormatError",
            Some(&format!("bad bootstrap argument constant #{index}")),
        )),
    }
}

/// Resolves constant `index`: its bootstrap method, run with its static arguments.
fn compute(env: &mut Env, class: &Class, index: u16) -> JResult<Computed> {
    let file = class.file.clone().expect("constants come from class files");
    let pool = &file.constant_pool;
    let Some(Constant::Dynamic {
        bootstrap,
        name_and_type,
    }) = pool.get(index).cloned()
    else {
        return Err(throw_new(
            env,
            "java/lang/VerifyError",
            Some("Illegal type in constant pool"),
        ));
    };
    let (name, descriptor) = match pool.name_and_type(name_and_type) {
        Ok((n, d)) => (n.to_owned(), d.to_owned()),
        Err(_) => {
            return Err(throw_new(
                env,
                "java/lang/ClassFormatError",
                Some(&format!("bad name and type in dynamic constant #{index}")),
            ))
        }
    };
    let Ok(t) = FieldType::parse(&descriptor) else {
        let message =
            format!("Illegal field signature \"{descriptor}\" in dynamic constant #{index}");
        return Err(throw_new(env, "java/lang/ClassFormatError", Some(&message)));
    };
    let bootstrap = crate::indy::bootstrap_entry(env, &file, bootstrap)?;
    let Some(bsm) = handle(pool, bootstrap.method_ref) else {
        return Err(throw_new(
            env,
            "java/lang/BootstrapMethodError",
            Some("bad bootstrap method handle"),
        ));
    };
    // `ConstantBootstraps.invoke`'s method handle is decoded here (the VM has no method
    // handle objects); every other static argument is resolved in order (JVMS §5.4.3.6) and
    // kept in a handle.
    let constant_bootstraps = bsm.class == "java/lang/invoke/ConstantBootstraps";
    let (target, rest) = match bootstrap.arguments.split_first() {
        Some((&first, rest)) if constant_bootstraps && bsm.name == "invoke" => {
            (handle(pool, first), rest)
        }
        _ => (None, &bootstrap.arguments[..]),
    };
    let mut arguments = Vec::with_capacity(rest.len());
    for &argument_index in rest {
        let value = argument(env, class, argument_index)?;
        arguments.push(env.thread.handle(value));
    }
    let arguments: Vec<Ref> = arguments.iter().map(|&h| env.thread.get(h)).collect();
    let result = if constant_bootstraps {
        constant_bootstrap(env, class, &bsm, &name, &t, target.as_ref(), arguments)
    } else {
        user_bootstrap(env, class, &bsm, &name, &t, arguments)
    };
    let result = result.map_err(|throw| wrap(env, throw))?;
    // The result converted to the constant's type (`BootstrapMethodInvoker.widenAndCast`).
    let computed = match result {
        Outcome::Primitive(from, bits) if BasicType::of(&t) != BasicType::Reference => {
            let to = BasicType::of(&t);
            match widen(from, bits, to) {
                Some(bits) => Computed::Primitive(bits),
                None => {
                    let throw = class_cast(env, from.java_name(), to.java_name());
                    return Err(wrap(env, throw));
                }
            }
        }
        Outcome::Primitive(from, bits) => {
            let boxed = box_value(env, from, bits)?;
            let handle = env.thread.handle(boxed);
            cast_reference(env, class, handle, &t).map_err(|throw| wrap(env, throw))?;
            Computed::Reference(handle)
        }
        Outcome::Reference(handle) if BasicType::of(&t) == BasicType::Reference => {
            cast_reference(env, class, handle, &t).map_err(|throw| wrap(env, throw))?;
            Computed::Reference(handle)
        }
        Outcome::Reference(handle) => {
            let to = BasicType::of(&t);
            let object = env.thread.get(handle);
            if object == NULL {
                let throw = throw_new(env, "java/lang/NullPointerException", None);
                return Err(wrap(env, throw));
            }
            match unbox(env, object).and_then(|(from, bits)| widen(from, bits, to)) {
                Some(bits) => Computed::Primitive(bits),
                None => {
                    let from = env.class(class_of(env.vm, object)).java_name();
                    let throw = class_cast(env, &from, to.java_name());
                    return Err(wrap(env, throw));
                }
            }
        }
    };
    Ok(computed)
}

/// What a bootstrap method produced.
enum Outcome {
    Reference(crate::thread::Handle),
    Primitive(BasicType, u64),
}

/// A method handle constant, decoded.
pub(crate) struct HandleRef {
    pub kind: u8,
    pub class: String,
    pub name: String,
    pub descriptor: String,
    /// The Fieldref, Methodref or InterfaceMethodref it refers to.
    pub reference: u16,
}

pub(crate) fn handle(pool: &ConstantPool, index: u16) -> Option<HandleRef> {
    let Some(Constant::MethodHandle { kind, reference }) = pool.get(index) else {
        return None;
    };
    let (member, _) = pool.member_ref(*reference).ok()?;
    Some(HandleRef {
        kind: *kind,
        class: member.class.to_owned(),
        name: member.name.to_owned(),
        descriptor: member.descriptor.to_owned(),
        reference: *reference,
    })
}

/// HotSpot's rendering of a direct method handle in bootstrap errors: `MethodHandle(args)ret`.
fn handle_text(handle: &HandleRef) -> String {
    let descriptor = if matches!(
        handle.kind,
        handle_kind::GET_FIELD
            | handle_kind::GET_STATIC
            | handle_kind::PUT_FIELD
            | handle_kind::PUT_STATIC
    ) {
        format!("(){}", handle.descriptor)
    } else {
        handle.descriptor.clone()
    };
    let Ok(parsed) = MethodDescriptor::parse(&descriptor) else {
        return format!("MethodHandle{descriptor}");
    };
    let mut parameters: Vec<String> = Vec::new();
    if matches!(
        handle.kind,
        handle_kind::INVOKE_VIRTUAL | handle_kind::INVOKE_INTERFACE | handle_kind::INVOKE_SPECIAL
    ) {
        parameters.push(simple(&handle.class));
    }
    parameters.extend(parsed.parameters.iter().map(type_text));
    let returned = if handle.kind == handle_kind::NEW_INVOKE_SPECIAL {
        simple(&handle.class)
    } else {
        parsed.return_type.as_ref().map_or("void".into(), type_text)
    };
    format!("MethodHandle({}){returned}", parameters.join(","))
}

fn simple(internal: &str) -> String {
    internal.rsplit('/').next().unwrap_or(internal).to_owned()
}

/// A type as `Class.getName` spells it in error messages (`int`, `java.lang.String`, `int[]`).
fn java_type_name(t: &FieldType) -> String {
    match t {
        FieldType::Object(name) => name.replace('/', "."),
        FieldType::Array(element) => format!("{}[]", java_type_name(element)),
        other => BasicType::of(other).java_name().to_owned(),
    }
}

fn type_text(t: &FieldType) -> String {
    match t {
        FieldType::Object(name) => simple(name),
        FieldType::Array(element) => format!("{}[]", type_text(element)),
        other => BasicType::of(other).java_name().to_owned(),
    }
}

/// Wraps a bootstrap method's exception that is not an `Error` in a BootstrapMethodError.
pub(crate) fn wrap(env: &mut Env, throw: Throw) -> Throw {
    let Throw::Exception = throw else {
        return throw;
    };
    let exception = env.thread.pending_exception;
    let error_class = env.vm.well_known.error;
    let thrown = class_of(env.vm, exception);
    if crate::interp::slow::is_assignable(env, thrown, error_class) {
        return Throw::Exception;
    }
    env.thread.pending_exception = NULL;
    let handle = env.thread.handle(exception);
    let result = (|| -> JResult<Ref> {
        let class = resolve_class(env, "java/lang/BootstrapMethodError", LoaderId::Boot)?;
        crate::init::ensure_initialized(env, class)?;
        let message = crate::objects::new_string(env, "bootstrap method initialization exception")?;
        let message = env.thread.handle(message);
        let error = new_instance(env, class)?;
        let error_handle = env.thread.handle(error);
        let constructor = crate::interp::resolve::constructor(
            env,
            class,
            "(Ljava/lang/String;Ljava/lang/Throwable;)V",
        )
        .ok_or_else(|| Throw::Fatal("BootstrapMethodError(String, Throwable) missing".into()))?;
        let args = [
            env.thread.get(error_handle) as u64,
            env.thread.get(message) as u64,
            env.thread.get(handle) as u64,
        ];
        call_method(env, &constructor, &args)?;
        Ok(env.thread.get(error_handle))
    })();
    match result {
        Ok(error) => env.throw(error),
        Err(throw) => throw,
    }
}

fn class_cast(env: &mut Env, from: &str, to: &str) -> Throw {
    let message = format!("Cannot cast {from} to {to}");
    throw_new(env, "java/lang/ClassCastException", Some(&message))
}

fn illegal_argument(env: &mut Env, message: &str) -> Throw {
    throw_new(env, "java/lang/IllegalArgumentException", Some(message))
}

/// The class of field type `t`, loaded by `class`'s loader.
fn type_class(env: &mut Env, class: &Class, t: &FieldType) -> JResult<ClassId> {
    match t {
        FieldType::Object(name) => resolve_class(env, name, class.loader),
        FieldType::Array(_) => resolve_class(env, &t.descriptor(), class.loader),
        other => primitive_class(env, Some(BasicType::of(other))),
    }
}

/// `Class.cast`: null or an instance of `t`, else ClassCastException.
fn cast_reference(
    env: &mut Env,
    class: &Class,
    value: crate::thread::Handle,
    t: &FieldType,
) -> JResult<()> {
    let target = type_class(env, class, t)?;
    let object = env.thread.get(value);
    if object == NULL {
        return Ok(());
    }
    let from = class_of(env.vm, object);
    if crate::interp::slow::is_assignable(env, from, target) {
        return Ok(());
    }
    let (from, to) = (env.class(from).java_name(), env.class(target).java_name());
    Err(class_cast(env, &from, &to))
}

/// Boxes a primitive slot value with its wrapper's `valueOf`.
pub(crate) fn box_value(env: &mut Env, t: BasicType, bits: u64) -> JResult<Ref> {
    crate::natives::reflect::box_result(env, t, bits)
}

/// The primitive in a wrapper object (`java.lang.Integer` and the rest), if it is one.
fn unbox(env: &Env, object: Ref) -> Option<(BasicType, u64)> {
    let class = env.vm.class(class_of(env.vm, object));
    let t = match &*class.name {
        "java/lang/Boolean" => BasicType::Boolean,
        "java/lang/Byte" => BasicType::Byte,
        "java/lang/Character" => BasicType::Char,
        "java/lang/Short" => BasicType::Short,
        "java/lang/Integer" => BasicType::Int,
        "java/lang/Float" => BasicType::Float,
        "java/lang/Long" => BasicType::Long,
        "java/lang/Double" => BasicType::Double,
        _ => return None,
    };
    let field = class.declared_field("value", &t.descriptor_char().to_string())?;
    Some((t, read_value(env.vm, object, field.offset as usize, t)))
}

/// A JLS §5.1.2 widening primitive conversion (or the identity) of a slot value.
fn widen(from: BasicType, bits: u64, to: BasicType) -> Option<u64> {
    use BasicType::*;
    if from == to {
        return Some(bits);
    }
    let int = bits as u32 as i32;
    match (from, to) {
        (Byte, Short | Int) | (Short | Char, Int) => Some(bits),
        (Byte | Short | Char | Int, Long) => Some(int as i64 as u64),
        (Byte | Short | Char | Int, Float) => Some((int as f32).to_bits() as u64),
        (Byte | Short | Char | Int, Double) => Some((int as f64).to_bits()),
        (Long, Float) => Some((bits as i64 as f32).to_bits() as u64),
        (Long, Double) => Some((bits as i64 as f64).to_bits()),
        (Float, Double) => Some((f32::from_bits(bits as u32) as f64).to_bits()),
        _ => None,
    }
}

/// A JLS §5.5 casting conversion between primitives, with booleans as
/// `MethodHandles.explicitCastArguments` treats them (false/true are 0/1; a number becomes
/// the low bit of its byte).
fn explicit_primitive(from: BasicType, bits: u64, to: BasicType) -> u64 {
    use BasicType::*;
    if from == to {
        return bits;
    }
    let (integral, floating): (i64, f64) = match from {
        Boolean | Byte | Short | Char | Int => {
            let v = bits as u32 as i32 as i64;
            (v, v as f64)
        }
        Long => (bits as i64, bits as i64 as f64),
        Float => {
            let f = f32::from_bits(bits as u32) as f64;
            (0, f)
        }
        Double => (0, f64::from_bits(bits)),
        Reference => (0, 0.0),
    };
    let is_floating = matches!(from, Float | Double);
    // A value as each target type, through Java's narrowing rules.
    let as_long = if is_floating {
        floating as i64
    } else {
        integral
    };
    let as_int = if is_floating {
        floating as i32
    } else {
        integral as i32
    };
    match to {
        Boolean => (as_int as i8 as i32 & 1) as u32 as u64,
        Byte => as_int as i8 as i32 as u32 as u64,
        Short => as_int as i16 as i32 as u32 as u64,
        Char => as_int as u16 as u64,
        Int => as_int as u32 as u64,
        Long => as_long as u64,
        Float => {
            let f = if is_floating {
                floating as f32
            } else {
                integral as f32
            };
            f.to_bits() as u64
        }
        Double => {
            let d = if is_floating {
                floating
            } else {
                integral as f64
            };
            d.to_bits()
        }
        Reference => bits,
    }
}

/// The argument slots for calling a method of parameter types `parameters` with objects
/// `arguments` (as `MethodHandle.invoke` adapts them: references cast, wrappers unboxed and
/// widened).
fn argument_slots(
    env: &mut Env,
    class: &Class,
    parameters: &[FieldType],
    arguments: &[crate::thread::Handle],
) -> JResult<Vec<u64>> {
    let mut slots = Vec::new();
    for (t, &argument) in parameters.iter().zip(arguments) {
        let basic = BasicType::of(t);
        if basic == BasicType::Reference {
            cast_reference(env, class, argument, t)?;
            slots.push(0); // filled in once nothing more allocates
            continue;
        }
        let object = env.thread.get(argument);
        if object == NULL {
            return Err(throw_new(env, "java/lang/NullPointerException", None));
        }
        match unbox(env, object).and_then(|(from, bits)| widen(from, bits, basic)) {
            Some(bits) => {
                slots.push(bits);
                if basic.slots() == 2 {
                    slots.push(0);
                }
            }
            None => {
                let from = env.class(class_of(env.vm, object)).java_name();
                return Err(class_cast(env, &from, basic.java_name()));
            }
        }
    }
    // References last: nothing allocates from here on.
    let mut slot = 0;
    for (t, &argument) in parameters.iter().zip(arguments) {
        let basic = BasicType::of(t);
        if basic == BasicType::Reference {
            slots[slot] = env.thread.get(argument) as u64;
        }
        slot += basic.slots();
    }
    Ok(slots)
}

/// The result of a call returning `t` (None: void) from its slot value.
fn outcome(env: &mut Env, t: Option<&FieldType>, value: u64) -> Outcome {
    match t.map(BasicType::of) {
        None => Outcome::Reference(env.thread.handle(NULL)),
        Some(BasicType::Reference) => Outcome::Reference(env.thread.handle(value as Ref)),
        Some(basic) => Outcome::Primitive(basic, value),
    }
}

/// Calls the method (or constructor, or field getter) a method handle constant refers to
/// with `arguments`, as `MethodHandle.invokeWithArguments` would.
fn invoke_handle(
    env: &mut Env,
    class: &Class,
    target: &HandleRef,
    arguments: &[crate::thread::Handle],
) -> JResult<Outcome> {
    let owner = resolve_class(env, &target.class, class.loader)?;
    let wrong_count = |env: &mut Env, expected: usize| {
        let message = format!(
            "cannot convert {} to arity {}",
            handle_text(target),
            arguments.len()
        );
        let _ = expected;
        throw_new(
            env,
            "java/lang/invoke/WrongMethodTypeException",
            Some(&message),
        )
    };
    match target.kind {
        handle_kind::GET_STATIC => {
            if !arguments.is_empty() {
                return Err(wrong_count(env, 0));
            }
            let Ok(t) = FieldType::parse(&target.descriptor) else {
                return Err(illegal_argument(env, "bad field descriptor"));
            };
            // Resolved as the constant's Fieldref is (JVMS §5.4.3.5: access checked).
            let field = crate::interp::resolve::field_ref(env, class, target.reference, true)?;
            crate::init::ensure_initialized(env, field.class)?;
            let value = env.class(field.class).static_value(field.offset);
            Ok(outcome(env, Some(&t), value))
        }
        handle_kind::INVOKE_STATIC
        | handle_kind::NEW_INVOKE_SPECIAL
        | handle_kind::INVOKE_VIRTUAL
        | handle_kind::INVOKE_INTERFACE => {
            let Ok(parsed) = MethodDescriptor::parse(&target.descriptor) else {
                return Err(illegal_argument(env, "bad method descriptor"));
            };
            let receiver = matches!(
                target.kind,
                handle_kind::INVOKE_VIRTUAL | handle_kind::INVOKE_INTERFACE
            );
            let mut parameters = Vec::new();
            if receiver {
                parameters.push(FieldType::Object(target.class.clone()));
            }
            parameters.extend(parsed.parameters.iter().cloned());
            // Resolved as the constant's Methodref is (JVMS §5.4.3.5): errors for a missing
            // method, a class/interface mismatch or a private member of another nest.
            let method = crate::interp::resolve::method_ref(env, class, target.reference)?;
            let constructor = &*method.name == "<init>";
            let Some(method) = Some(method).filter(|m| {
                m.is_static() == (target.kind == handle_kind::INVOKE_STATIC)
                    && constructor == (target.kind == handle_kind::NEW_INVOKE_SPECIAL)
                    && (!constructor || m.class == owner)
            }) else {
                let message = format!(
                    "no such method: {}.{}{}",
                    target.class.replace('/', "."),
                    target.name,
                    target.descriptor
                );
                return Err(throw_new(
                    env,
                    "java/lang/NoSuchMethodError",
                    Some(&message),
                ));
            };
            // A trailing array parameter of a varargs method collects the extra arguments.
            let varargs = method.access_flags & cortado_classfile::access::VARARGS != 0;
            let collected;
            let arguments = if varargs
                && !(arguments.len() == parameters.len()
                    && is_array_of_last(env, arguments, &parameters))
            {
                let fixed = parameters.len() - 1;
                if arguments.len() < fixed {
                    return Err(wrong_count(env, fixed));
                }
                let Some(FieldType::Array(element)) = parameters.last().cloned() else {
                    return Err(wrong_count(env, fixed));
                };
                let array = collect_array(env, class, &element, &arguments[fixed..])?;
                let mut all = arguments[..fixed].to_vec();
                all.push(env.thread.handle(array));
                collected = all;
                &collected[..]
            } else {
                arguments
            };
            if arguments.len() != parameters.len() {
                return Err(wrong_count(env, parameters.len()));
            }
            crate::init::ensure_initialized(env, owner)?;
            let mut slots = argument_slots(env, class, &parameters, arguments)?;
            if target.kind == handle_kind::NEW_INVOKE_SPECIAL {
                let object = new_instance(env, owner)?;
                let object = env.thread.handle(object);
                // Re-read the references: the allocation may have moved them.
                slots = argument_slots(env, class, &parameters, arguments)?;
                slots.insert(0, env.thread.get(object) as u64);
                call_method(env, &method, &slots)?;
                return Ok(Outcome::Reference(object));
            }
            let method = if receiver {
                let object = slots[0] as Ref;
                if object == NULL {
                    return Err(throw_new(env, "java/lang/NullPointerException", None));
                }
                crate::interp::resolve::select_virtual(env, class_of(env.vm, object), &method)?
            } else {
                method
            };
            let value = call_method(env, &method, &slots)?;
            Ok(outcome(env, parsed.return_type.as_ref(), value))
        }
        _ => {
            let message = format!(
                "method handle kind {} in a dynamic constant is not supported yet",
                target.kind
            );
            Err(throw_new(
                env,
                "java/lang/BootstrapMethodError",
                Some(&message),
            ))
        }
    }
}

/// Whether the one argument for a varargs method's array parameter is already such an array.
fn is_array_of_last(
    env: &mut Env,
    arguments: &[crate::thread::Handle],
    parameters: &[FieldType],
) -> bool {
    let (Some(&last), Some(t)) = (arguments.last(), parameters.last()) else {
        return false;
    };
    let object = env.thread.get(last);
    if object == NULL {
        return true;
    }
    let name = t.descriptor();
    env.vm.class(class_of(env.vm, object)).name.as_ref() == name
        || matches!(
            env.vm.class(class_of(env.vm, object)).kind,
            ClassKind::Array { .. }
        ) && matches!(t, FieldType::Array(e) if e.is_reference())
            && {
                let target = crate::loader::load_class(env, &name, LoaderId::Boot)
                    .ok()
                    .flatten();
                target.is_some_and(|to| {
                    crate::interp::slow::is_assignable(env, class_of(env.vm, object), to)
                })
            }
}

/// A new array of `element` holding `values` (converted as arguments are).
fn collect_array(
    env: &mut Env,
    class: &Class,
    element: &FieldType,
    values: &[crate::thread::Handle],
) -> JResult<Ref> {
    let array_type = FieldType::Array(Box::new(element.clone()));
    let array_class = type_class(env, class, &array_type)?;
    let array = crate::objects::new_array(env, array_class, values.len() as i32)?;
    let array = env.thread.handle(array);
    let types = vec![element.clone(); values.len()];
    let slots = argument_slots(env, class, &types, values)?;
    let basic = BasicType::of(element);
    let object = env.thread.get(array);
    let mut slot = 0;
    for i in 0..values.len() {
        let offset = crate::objects::element_offset(basic, i);
        crate::objects::write_value(env.vm, object, offset, basic, slots[slot]);
        slot += basic.slots();
    }
    Ok(env.thread.get(array))
}

/// The value of static final field `name` of `owner` (or a superclass or superinterface),
/// its class initialized, as `getStaticFinal` requires.
fn static_final_field(env: &mut Env, owner: ClassId, name: &str, descriptor: &str) -> JResult<u64> {
    let Some((declaring, index)) =
        crate::interp::resolve::lookup_field(env, owner, name, descriptor)
    else {
        let message = format!(
            "Class {} does not have member field '{} {name}'",
            env.class(owner).java_name(),
            FieldType::parse(descriptor)
                .map(|t| java_type_name(&t))
                .unwrap_or_default()
        );
        return Err(throw_new(env, "java/lang/NoSuchFieldError", Some(&message)));
    };
    let declaring_class = env.class(declaring);
    let field = &declaring_class.fields[index];
    let (is_static, flags, slot) = (field.is_static(), field.access_flags, field.offset);
    if !is_static {
        let message = format!(
            "Expected static field {}.{name}",
            env.class(owner).java_name()
        );
        return Err(throw_new(
            env,
            "java/lang/IncompatibleClassChangeError",
            Some(&message),
        ));
    }
    if flags & cortado_classfile::access::FINAL == 0 {
        let message = format!("not a final field: {name}");
        return Err(throw_new(
            env,
            "java/lang/IncompatibleClassChangeError",
            Some(&message),
        ));
    }
    crate::init::ensure_initialized(env, declaring)?;
    Ok(declaring_class.static_value(slot))
}

/// The `java.lang.invoke.ConstantBootstraps` methods.
fn constant_bootstrap(
    env: &mut Env,
    class: &Class,
    bsm: &HandleRef,
    name: &str,
    t: &FieldType,
    target: Option<&HandleRef>,
    arguments: Vec<Ref>,
) -> JResult<Outcome> {
    let handles: Vec<_> = arguments.iter().map(|&r| env.thread.handle(r)).collect();
    let basic = BasicType::of(t);
    let arity = |expected: &[usize]| expected.contains(&arguments.len());
    let bad_arity = |env: &mut Env| {
        let message = format!(
            "cannot convert {} to arity {}",
            handle_text(bsm),
            arguments.len() + 3
        );
        throw_new(
            env,
            "java/lang/invoke/WrongMethodTypeException",
            Some(&message),
        )
    };
    match bsm.name.as_str() {
        "nullConstant" if arity(&[0]) => {
            if basic != BasicType::Reference {
                let message = format!("not reference: {}", basic.java_name());
                return Err(illegal_argument(env, &message));
            }
            Ok(Outcome::Reference(env.thread.handle(NULL)))
        }
        "primitiveClass" if arity(&[0]) => {
            if !matches!(t, FieldType::Object(n) if n == "java/lang/Class") {
                return Err(throw_new(env, "java/lang/IllegalArgumentException", None));
            }
            let primitive = match name.as_bytes() {
                [b'V'] => None,
                [c] => match BasicType::from_descriptor_char(*c) {
                    Some(BasicType::Reference) | None => {
                        let message = format!("Bad method descriptor: {name}");
                        return Err(illegal_argument(env, &message));
                    }
                    Some(p) => Some(p),
                },
                _ => return Err(illegal_argument(env, &format!("not primitive: {name}"))),
            };
            let id = primitive_class(env, primitive)?;
            let mirror = crate::natives::mirror(env, id)?;
            Ok(Outcome::Reference(env.thread.handle(mirror)))
        }
        "enumConstant" if arity(&[0]) => {
            let FieldType::Object(_) = t else {
                let message = format!("{} is not an enum class", type_text(t));
                return Err(illegal_argument(env, &message));
            };
            let enum_class = type_class(env, class, t)?;
            let mirror = crate::natives::mirror(env, enum_class)?;
            let mirror = env.thread.handle(mirror);
            let text = crate::objects::new_string(env, name)?;
            let text = env.thread.handle(text);
            let enum_id = resolve_class(env, "java/lang/Enum", LoaderId::Boot)?;
            let Some(value_of) = crate::interp::resolve::lookup_method(
                env,
                enum_id,
                "valueOf",
                "(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Enum;",
            ) else {
                return Err(Throw::Fatal("Enum.valueOf missing".into()));
            };
            crate::init::ensure_initialized(env, enum_class)?;
            let args = [env.thread.get(mirror) as u64, env.thread.get(text) as u64];
            let value = call_method(env, &value_of, &args)?;
            Ok(Outcome::Reference(env.thread.handle(value as Ref)))
        }
        "getStaticFinal" if arity(&[0, 1]) => {
            let declaring = match handles.first() {
                Some(&h) => {
                    let mirror = env.thread.get(h);
                    if mirror == NULL || class_of(env.vm, mirror) != env.vm.well_known.class {
                        return Err(class_cast(env, "object", "java.lang.Class"));
                    }
                    crate::natives::class_of_mirror(env, mirror)
                }
                // A primitive constant's default declaring class is its wrapper.
                None => match t {
                    FieldType::Object(_) | FieldType::Array(_) => type_class(env, class, t)?,
                    other => {
                        let wrapper = wrapper_name(BasicType::of(other));
                        resolve_class(env, wrapper, LoaderId::Boot)?
                    }
                },
            };
            let value = static_final_field(env, declaring, name, &t.descriptor())?;
            Ok(outcome(env, Some(t), value))
        }
        "explicitCast" if arity(&[1]) => {
            let value = env.thread.get(handles[0]);
            match basic {
                BasicType::Reference => Ok(Outcome::Reference(handles[0])),
                to => {
                    if value == NULL {
                        return Ok(Outcome::Primitive(to, 0));
                    }
                    match unbox(env, value) {
                        Some((from, bits)) => {
                            Ok(Outcome::Primitive(to, explicit_primitive(from, bits, to)))
                        }
                        None => {
                            let from = env.class(class_of(env.vm, value)).java_name();
                            Err(class_cast(env, &from, to.java_name()))
                        }
                    }
                }
            }
        }
        "invoke" => {
            let Some(target) = target else {
                return Err(class_cast(env, "constant", "java.lang.invoke.MethodHandle"));
            };
            let result = invoke_handle(env, class, target, &handles)?;
            Ok(result)
        }
        "nullConstant" | "primitiveClass" | "enumConstant" | "getStaticFinal" | "explicitCast" => {
            Err(bad_arity(env))
        }
        other => {
            let message = format!("ConstantBootstraps.{other} is not supported yet");
            Err(throw_new(
                env,
                "java/lang/BootstrapMethodError",
                Some(&message),
            ))
        }
    }
}

fn wrapper_name(t: BasicType) -> &'static str {
    match t {
        BasicType::Boolean => "java/lang/Boolean",
        BasicType::Byte => "java/lang/Byte",
        BasicType::Char => "java/lang/Character",
        BasicType::Short => "java/lang/Short",
        BasicType::Int => "java/lang/Integer",
        BasicType::Float => "java/lang/Float",
        BasicType::Long => "java/lang/Long",
        BasicType::Double => "java/lang/Double",
        BasicType::Reference => "java/lang/Object",
    }
}

/// Any other bootstrap method: a static method taking a `Lookup`, the constant's name and
/// type, then the static arguments.
fn user_bootstrap(
    env: &mut Env,
    class: &Class,
    bsm: &HandleRef,
    name: &str,
    t: &FieldType,
    arguments: Vec<Ref>,
) -> JResult<Outcome> {
    let invalid = |env: &mut Env| {
        let message = format!(
            "Invalid bootstrap method declared for resolving a dynamic constant: {}",
            handle_text(bsm)
        );
        throw_new(env, "java/lang/BootstrapMethodError", Some(&message))
    };
    let parsed = MethodDescriptor::parse(&bsm.descriptor).ok();
    let takes_lookup = parsed.as_ref().is_some_and(|p| {
        p.parameters.len() >= 2
            && matches!(&p.parameters[0], FieldType::Object(n) if n == "java/lang/invoke/MethodHandles$Lookup")
    });
    if !takes_lookup || bsm.kind != handle_kind::INVOKE_STATIC {
        return Err(invalid(env));
    }
    let mut handles: Vec<_> = arguments.iter().map(|&r| env.thread.handle(r)).collect();
    let lookup = new_lookup(env, class)?;
    let name_string = crate::objects::new_string(env, name)?;
    let name_string = crate::objects::intern(env, name_string)?;
    let name_handle = env.thread.handle(name_string);
    let type_id = type_class(env, class, t)?;
    let type_mirror = crate::natives::mirror(env, type_id)?;
    let type_handle = env.thread.handle(type_mirror);
    let mut all = vec![lookup, name_handle, type_handle];
    all.append(&mut handles);
    invoke_handle(env, class, bsm, &all)
}

/// A `MethodHandles.Lookup` on `class`.
fn new_lookup(env: &mut Env, class: &Class) -> JResult<crate::thread::Handle> {
    let lookup_class = resolve_class(env, "java/lang/invoke/MethodHandles$Lookup", LoaderId::Boot)?;
    crate::init::ensure_initialized(env, lookup_class)?;
    let mirror = crate::natives::mirror(env, class.id)?;
    let mirror = env.thread.handle(mirror);
    let lookup = new_instance(env, lookup_class)?;
    let Some(offset) = env
        .class(lookup_class)
        .declared_field("lookupClass", "Ljava/lang/Class;")
        .map(|f| f.offset)
    else {
        return Err(Throw::Fatal(
            "MethodHandles.Lookup.lookupClass missing".into(),
        ));
    };
    let mirror = env.thread.get(mirror);
    write_ref_field(env.vm, lookup, offset, mirror);
    Ok(env.thread.handle(lookup))
}

/// `ldc` of a MethodType constant (JVMS §5.4.3.5): a `java.lang.invoke.MethodType` of the
/// descriptor's classes, resolved by `class`'s loader; one object per constant.
pub(crate) fn method_type(env: &mut Env, class: &Class, index: u16) -> JResult<Ref> {
    if let Some(Resolved::Dynamic(DynamicValue::Reference(slot))) = class
        .constant_cache
        .get(index as usize)
        .and_then(|c| c.get())
    {
        return Ok(env.vm.globals[*slot as usize]);
    }
    let descriptor = match pool(class).get(index) {
        Some(Constant::MethodType { descriptor }) => {
            pool(class).utf8(*descriptor).unwrap_or("").to_owned()
        }
        _ => String::new(),
    };
    let Ok(parsed) = MethodDescriptor::parse(&descriptor) else {
        let message = format!("Illegal method signature \"{descriptor}\" in constant #{index}");
        return Err(throw_new(env, "java/lang/ClassFormatError", Some(&message)));
    };
    let mark = env.thread.handle_mark();
    let result = (|| -> JResult<Ref> {
        let returned = match &parsed.return_type {
            Some(t) => type_class(env, class, t)?,
            None => primitive_class(env, None)?,
        };
        let returned = crate::natives::mirror(env, returned)?;
        let returned = env.thread.handle(returned);
        let class_array = resolve_class(env, "[Ljava/lang/Class;", LoaderId::Boot)?;
        let array = crate::objects::new_array(env, class_array, parsed.parameters.len() as i32)?;
        let array = env.thread.handle(array);
        for (i, t) in parsed.parameters.iter().enumerate() {
            let id = type_class(env, class, t)?;
            let mirror = crate::natives::mirror(env, id)?;
            let offset = crate::objects::element_offset(BasicType::Reference, i);
            let array = env.thread.get(array);
            crate::objects::write_value(env.vm, array, offset, BasicType::Reference, mirror as u64);
        }
        let method_type_class = resolve_class(env, "java/lang/invoke/MethodType", LoaderId::Boot)?;
        crate::init::ensure_initialized(env, method_type_class)?;
        let Some(factory) = env
            .class(method_type_class)
            .declared_method(
                "methodType",
                "(Ljava/lang/Class;[Ljava/lang/Class;)Ljava/lang/invoke/MethodType;",
            )
            .cloned()
        else {
            return Err(Throw::Fatal(
                "MethodType.methodType(Class, Class[]) missing".into(),
            ));
        };
        let args = [
            env.thread.get(returned) as u64,
            env.thread.get(array) as u64,
        ];
        Ok(call_method(env, &factory, &args)? as Ref)
    })();
    let result = result.map(|value| {
        let slot = env.vm.add_global(value);
        let _ = class.constant_cache[index as usize]
            .set(Resolved::Dynamic(DynamicValue::Reference(slot)));
    });
    env.thread.release_handles(mark);
    result?;
    match class.constant_cache[index as usize].get() {
        Some(Resolved::Dynamic(DynamicValue::Reference(slot))) => {
            Ok(env.vm.globals[*slot as usize])
        }
        _ => Err(Throw::Fatal("method type constant not cached".into())),
    }
}

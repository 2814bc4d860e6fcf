//! The interpreter's slow paths: constants, static fields with class initialization, call
//! target selection, allocation, type checks. Kept out of the dispatch loop so that its arms
//! stay short.

use cortado_classfile::Constant;
use cortado_gc::Ref;

use std::sync::Arc;

use crate::class::{BasicType, Class, ClassId, ClassKind, LoaderId, Method, MethodRef, Resolved};
use crate::exceptions::{null_pointer, throw_new};
use crate::init::ensure_initialized;
use crate::interp::prepare::Insn;
use crate::interp::resolve::{self, FieldRef};
use crate::objects::{class_of, intern_units, new_array, new_instance};
use crate::vm::{Env, JResult};

fn pool(class: &Class) -> &cortado_classfile::ConstantPool {
    &class
        .file
        .as_ref()
        .expect("code comes from class files")
        .constant_pool
}

/// `ldc` of an int, float, string, class or dynamic constant.
pub(crate) fn ldc(env: &mut Env, class: &Class, index: u16) -> JResult<u64> {
    match class
        .constant_cache
        .get(index as usize)
        .and_then(|c| c.get())
    {
        Some(Resolved::String(slot)) => return Ok(env.vm.strings.refs[*slot as usize] as u64),
        Some(Resolved::Class(id)) => return Ok(crate::natives::mirror(env, *id)? as u64),
        _ => {}
    }
    match pool(class).get(index).cloned() {
        Some(Constant::Integer(v)) => Ok(v as u32 as u64),
        Some(Constant::Float(v)) => Ok(v.to_bits() as u64),
        Some(Constant::String { utf8 }) => {
            let units = pool(class).utf16(utf8).unwrap_or_default();
            let slot = intern_units(env, &units)?;
            let _ = class.constant_cache[index as usize].set(Resolved::String(slot));
            Ok(env.vm.strings.refs[slot as usize] as u64)
        }
        Some(Constant::Class { .. }) => {
            let id = resolve::class_ref(env, class, index)?;
            Ok(crate::natives::mirror(env, id)? as u64)
        }
        Some(Constant::Dynamic { .. }) => crate::condy::resolve(env, class, index),
        Some(Constant::MethodType { .. }) => {
            Ok(crate::condy::method_type(env, class, index)? as u64)
        }
        Some(Constant::MethodHandle { .. }) => {
            let message =
                format!("ldc of a method handle constant (#{index}) is not supported yet");
            Err(throw_new(env, "java/lang/InternalError", Some(&message)))
        }
        _ => Err(throw_new(
            env,
            "java/lang/VerifyError",
            Some("Illegal type in constant pool for ldc"),
        )),
    }
}

pub(super) fn ldc2(env: &mut Env, class: &Class, index: u16) -> JResult<u64> {
    match pool(class).get(index) {
        Some(Constant::Long(v)) => Ok(*v as u64),
        Some(Constant::Double(v)) => Ok(v.to_bits()),
        Some(Constant::Dynamic { .. }) => crate::condy::resolve(env, class, index),
        _ => Err(throw_new(
            env,
            "java/lang/VerifyError",
            Some("Illegal type in constant pool for ldc2_w"),
        )),
    }
}

/// Resolves a static field and initializes its class (JVMS §5.5: getstatic and putstatic).
pub(super) fn static_field(env: &mut Env, class: &Class, index: u16) -> JResult<FieldRef> {
    let field = resolve::field_ref(env, class, index, true)?;
    ensure_initialized(env, field.class)?;
    Ok(field)
}

/// The method an invoke instruction calls, with receiver null checks and initialization.
pub(super) fn select_target(
    env: &mut Env,
    class: &Class,
    insn: Insn,
    index: u16,
    sp: usize,
) -> JResult<MethodRef> {
    match insn {
        Insn::InvokeStatic(_) => {
            // Borrowed from the resolution cache when resolved and initialized (no
            // reference-count traffic on the interpreter's every static call).
            if let Some(Resolved::Method(method)) = class
                .constant_cache
                .get(index as usize)
                .and_then(|c| c.get())
            {
                if method.is_static()
                    && env.vm.class(method.class).init_state()
                        == crate::class::InitState::Initialized
                {
                    return Ok(MethodRef::new(method));
                }
            }
            let method = resolve::method_ref(env, class, index)?;
            if !method.is_static() {
                let message = format!(
                    "Expected static method '{}'",
                    resolve::method_signature_text(&method)
                );
                return Err(throw_new(
                    env,
                    "java/lang/IncompatibleClassChangeError",
                    Some(&message),
                ));
            }
            ensure_initialized(env, method.class)?;
            Ok(MethodRef::new(&method))
        }
        Insn::InvokeDynamic(_) => {
            crate::indy::link_call_site(env, class, index).map(|m| MethodRef::new(&m))
        }
        _ => {
            // Borrowed from the resolution cache when resolved (no reference-count traffic).
            let resolved;
            let method = match class
                .constant_cache
                .get(index as usize)
                .and_then(|c| c.get())
            {
                Some(Resolved::Method(method)) => method,
                // A signature-polymorphic call: the static method generated for the call
                // site, which takes the receiver first (`crate::polymorphic`).
                Some(Resolved::CallSite(method)) => return polymorphic_site(env, method, sp),
                _ => {
                    resolved = resolve::method_ref(env, class, index)?;
                    if resolved.is_static() {
                        if let Some(Resolved::CallSite(method)) = class
                            .constant_cache
                            .get(index as usize)
                            .and_then(|c| c.get())
                        {
                            return polymorphic_site(env, method, sp);
                        }
                    }
                    &resolved
                }
            };
            if method.is_static() {
                let message = format!(
                    "Expecting non-static method '{}'",
                    resolve::method_signature_text(method)
                );
                return Err(throw_new(
                    env,
                    "java/lang/IncompatibleClassChangeError",
                    Some(&message),
                ));
            }
            let receiver = env.thread.stack[sp - method.arg_slots as usize] as Ref;
            if receiver == cortado_gc::NULL {
                return Err(null_pointer(env));
            }
            if let Insn::InvokeSpecial(_) = insn {
                // Constructors and private methods select themselves (JVMS §6.5).
                if (method.is_private() || &*method.name == "<init>") && !method.is_abstract() {
                    return Ok(MethodRef::new(method));
                }
                return resolve::select_special(env, class, method).map(|m| MethodRef::new(&m));
            }
            let receiver_class = class_of(env.vm, receiver);
            // The common case without reference counting: the call's cache, else the
            // receiver class's vtable (or itable) entry, borrowed (the class owns it).
            if !method.is_private() {
                let cache = &class.call_caches[index as usize];
                if let Some(selected) = cache.lookup(receiver_class) {
                    return Ok(selected);
                }
                let receiver = env.vm.class(receiver_class);
                if let Some(selected) = method
                    .vtable_index
                    .and_then(|slot| receiver.vtable.get(slot as usize))
                    .or_else(|| receiver.itable.get(&method.id))
                    .filter(|m| !m.is_abstract())
                {
                    cache.update(receiver_class, MethodRef::new(selected));
                    return Ok(MethodRef::new(selected));
                }
            }
            resolve::select_virtual(env, receiver_class, method).map(|m| MethodRef::new(&m))
        }
    }
}

/// The generated method of a signature-polymorphic call site, after the receiver's null
/// check (thrown at the call, as for any `invokevirtual`).
fn polymorphic_site(env: &mut Env, method: &Arc<Method>, sp: usize) -> JResult<MethodRef> {
    let receiver = env.thread.stack[sp - method.arg_slots as usize] as Ref;
    if receiver == cortado_gc::NULL {
        return Err(null_pointer(env));
    }
    Ok(MethodRef::new(method))
}

pub(super) fn new_object(env: &mut Env, class: &Class, index: u16) -> JResult<Ref> {
    let id = resolve::class_ref(env, class, index)?;
    let target = env.class(id);
    if target.is_interface() || target.is_abstract() || target.is_array() {
        return Err(throw_new(
            env,
            "java/lang/InstantiationError",
            Some(&target.java_name()),
        ));
    }
    ensure_initialized(env, id)?;
    new_instance(env, id)
}

fn negative_size(env: &mut Env, length: i32) -> crate::vm::Throw {
    throw_new(
        env,
        "java/lang/NegativeArraySizeException",
        Some(&length.to_string()),
    )
}

pub(super) fn new_primitive_array(env: &mut Env, element: BasicType, length: i32) -> JResult<Ref> {
    if length < 0 {
        return Err(negative_size(env, length));
    }
    let class = primitive_array_class(env, element)?;
    new_array(env, class, length)
}

pub(crate) fn primitive_array_class(env: &mut Env, element: BasicType) -> JResult<ClassId> {
    let name = format!("[{}", element.descriptor_char());
    crate::loader::resolve_class(env, &name, LoaderId::Boot)
}

/// The array class whose elements are of class `component`.
pub(crate) fn array_class_of(env: &mut Env, component: ClassId) -> JResult<ClassId> {
    let c = env.class(component);
    let name = match c.kind {
        ClassKind::Array { .. } => format!("[{}", c.name),
        ClassKind::Primitive(Some(t)) => format!("[{}", t.descriptor_char()),
        _ => format!("[L{};", c.name),
    };
    crate::loader::resolve_class(env, &name, c.loader)
}

pub(super) fn new_reference_array(
    env: &mut Env,
    class: &Class,
    index: u16,
    length: i32,
) -> JResult<Ref> {
    let component = resolve::class_ref(env, class, index)?;
    if length < 0 {
        return Err(negative_size(env, length));
    }
    let array_class = array_class_of(env, component)?;
    new_array(env, array_class, length)
}

pub(super) fn new_multi_array(
    env: &mut Env,
    class: &Class,
    index: u16,
    dimensions: u8,
    sp: usize,
) -> JResult<Ref> {
    let array_class = resolve::class_ref(env, class, index)?;
    let counts: Vec<i32> = (0..dimensions as usize)
        .map(|i| env.thread.stack[sp - dimensions as usize + i] as u32 as i32)
        .collect();
    if let Some(&negative) = counts.iter().find(|&&c| c < 0) {
        return Err(negative_size(env, negative));
    }
    build_multi_array(env, array_class, &counts)
}

fn build_multi_array(env: &mut Env, array_class: ClassId, counts: &[i32]) -> JResult<Ref> {
    let array = new_array(env, array_class, counts[0])?;
    if counts.len() == 1 {
        return Ok(array);
    }
    let component = match env.class(array_class).kind {
        ClassKind::Array {
            component: Some(c), ..
        } => c,
        _ => return Ok(array),
    };
    let handle = env.thread.handle(array);
    for i in 0..counts[0] as usize {
        let inner = build_multi_array(env, component, &counts[1..])?;
        let array = env.thread.get(handle);
        env.vm.heap.write_ref(
            array,
            crate::objects::element_offset(BasicType::Reference, i),
            inner,
        );
    }
    Ok(env.thread.get(handle))
}

/// JVMS §6.5 checkcast/instanceof assignability of class `from` to class `to`.
pub(crate) fn is_assignable(env: &Env, from: ClassId, to: ClassId) -> bool {
    if from == to {
        return true;
    }
    let target = env.vm.class(to);
    let source = env.vm.class(from);
    match (&source.kind, &target.kind) {
        (_, ClassKind::Instance) if target.is_interface() => {
            source.all_interfaces.binary_search(&to).is_ok()
        }
        (_, ClassKind::Instance) => source.supers.contains(&to),
        (
            ClassKind::Array {
                element: from_element,
                component: from_component,
            },
            ClassKind::Array {
                element: to_element,
                component: to_component,
            },
        ) => match (from_component, to_component) {
            (Some(a), Some(b)) => is_assignable(env, *a, *b),
            (None, None) => from_element == to_element,
            _ => false,
        },
        _ => false,
    }
}

pub(super) fn instance_of(env: &mut Env, class: &Class, index: u16, object: Ref) -> JResult<bool> {
    let target = resolve::class_ref(env, class, index)?;
    let source = class_of(env.vm, object);
    Ok(is_assignable(env, source, target))
}

pub(super) fn check_cast(env: &mut Env, class: &Class, index: u16, object: Ref) -> JResult<()> {
    let target = resolve::class_ref(env, class, index)?;
    let source = class_of(env.vm, object);
    if is_assignable(env, source, target) {
        return Ok(());
    }
    let message = cast_message(env, source, target);
    Err(throw_new(
        env,
        "java/lang/ClassCastException",
        Some(&message),
    ))
}

/// "X is in module java.base of loader 'bootstrap'" and the like, as HotSpot words it.
fn location(env: &Env, class: ClassId) -> String {
    let mut id = class;
    while let ClassKind::Array {
        component: Some(c), ..
    } = env.vm.class(id).kind
    {
        id = c;
    }
    let class = env.vm.class(id);
    if let Some(module) = crate::natives::proxy::proxy_module(&class.name) {
        let loader = crate::natives::classloader::loader_description(env, class.loader);
        return format!("module {module} of loader {loader}");
    }
    crate::natives::classloader::module_of_loader_text(env, class.loader, false)
}

pub(crate) fn cast_message(env: &Env, source: ClassId, target: ClassId) -> String {
    let from = env.vm.class(source).java_name();
    let to = env.vm.class(target).java_name();
    let (from_location, to_location) = (location(env, source), location(env, target));
    let detail = if from_location == to_location {
        format!("{from} and {to} are in {from_location}")
    } else {
        format!("{from} is in {from_location}; {to} is in {to_location}")
    };
    format!("class {from} cannot be cast to class {to} ({detail})")
}

/// aastore: the value must be assignable to the array's component type.
pub(super) fn check_array_store(env: &mut Env, array: Ref, value: Ref) -> JResult<()> {
    let array_class = class_of(env.vm, array);
    let Some(component) = (match env.vm.class(array_class).kind {
        ClassKind::Array { component, .. } => component,
        _ => None,
    }) else {
        return Ok(());
    };
    let value_class = class_of(env.vm, value);
    if is_assignable(env, value_class, component) {
        return Ok(());
    }
    let name = env.vm.class(value_class).java_name();
    Err(throw_new(env, "java/lang/ArrayStoreException", Some(&name)))
}

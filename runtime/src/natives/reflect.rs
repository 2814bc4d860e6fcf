//! Natives of core reflection (`java.lang.Class` member queries, `java.lang.reflect.Field`,
//! `Method`, `Constructor`).
//!
//! The VM hands out raw member data (slot indices into `Class::fields` / `Class::methods`,
//! access flags, names, resolved types); the Java side builds `Field`/`Method`/`Constructor`
//! objects and does every check and conversion it can (receiver and argument checks, widening
//! to the exact box type of each parameter). The natives below only read/write field values,
//! unbox exact boxes, call, box the result, and wrap exceptions of the target in
//! `InvocationTargetException`.

use std::sync::Arc;

use cortado_classfile::{access, FieldType};
use cortado_gc::{Ref, NULL};

use crate::class::{BasicType, ClassId, LoaderId, Method};
use crate::exceptions::{null_pointer, throw_new};
use crate::interp::call::call_method;
use crate::interp::resolve::lookup_method;
use crate::loader::{primitive_class, resolve_class};
use crate::natives::{class_of_mirror, mirror, ref_result, void_result, Args, NativeRegistry};
use crate::objects::{
    array_length, class_of, element_offset, new_array, new_instance, new_string, read_value,
    write_value,
};
use crate::vm::{Env, JResult, Throw};

const KIND_FIELD: i32 = 0;
const KIND_METHOD: i32 = 1;
const KIND_CONSTRUCTOR: i32 = 2;

pub(super) fn register(registry: &mut NativeRegistry) {
    const CLASS: &str = "java/lang/Class";
    registry.add(CLASS, "getDeclaredMembers0", "(I)[I", declared_members);
    registry.add(
        CLASS,
        "getMemberName0",
        "(II)Ljava/lang/String;",
        member_name,
    );
    registry.add(
        CLASS,
        "getMemberTypes0",
        "(II)[Ljava/lang/Class;",
        member_types,
    );
    registry.add(
        CLASS,
        "getMemberExceptions0",
        "(I)[Ljava/lang/Class;",
        member_exceptions,
    );
    registry.add(
        CLASS,
        "getRecordComponentNames0",
        "()[Ljava/lang/String;",
        record_names,
    );
    registry.add(
        CLASS,
        "getPermittedSubclasses0",
        "()[Ljava/lang/Class;",
        permitted_subclasses,
    );
    registry.add(
        CLASS,
        "getDeclaredClasses0",
        "()[Ljava/lang/Class;",
        declared_classes,
    );
    registry.add(CLASS, "getNestHost0", "()Ljava/lang/Class;", nest_host);
    registry.add(
        CLASS,
        "getNestMembers0",
        "()[Ljava/lang/Class;",
        nest_members,
    );
    registry.add(
        CLASS,
        "getEnclosingMethod0",
        "()[Ljava/lang/Object;",
        enclosing_method,
    );

    registry.add(
        "jdk/internal/reflect/Reflection",
        "getCallerClass",
        "()Ljava/lang/Class;",
        caller_class,
    );

    const FIELD: &str = "java/lang/reflect/Field";
    registry.add(
        FIELD,
        "getRaw0",
        "(Ljava/lang/Class;ILjava/lang/Object;)J",
        field_get_raw,
    );
    registry.add(
        FIELD,
        "getRef0",
        "(Ljava/lang/Class;ILjava/lang/Object;)Ljava/lang/Object;",
        field_get_ref,
    );
    registry.add(
        FIELD,
        "setRaw0",
        "(Ljava/lang/Class;ILjava/lang/Object;J)V",
        field_set_raw,
    );
    registry.add(
        FIELD,
        "setRef0",
        "(Ljava/lang/Class;ILjava/lang/Object;Ljava/lang/Object;)V",
        field_set_ref,
    );
    registry.add(
        "java/lang/reflect/Method",
        "invoke0",
        "(Ljava/lang/Class;ILjava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;",
        |env, args| method_invoke(env, args, true),
    );
    registry.add(
        "java/lang/reflect/Method",
        "invokeSpecial0",
        "(Ljava/lang/Class;ILjava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;",
        |env, args| method_invoke(env, args, false),
    );
    registry.add(
        "java/lang/reflect/Constructor",
        "newInstance0",
        "(Ljava/lang/Class;I[Ljava/lang/Object;)Ljava/lang/Object;",
        constructor_new_instance,
    );
    registry.add(
        "java/io/ObjectStreamClass",
        "newInstance0",
        "(Ljava/lang/Class;Ljava/lang/Class;)Ljava/lang/Object;",
        serial_new_instance,
    );
    registry.add(
        "java/io/ObjectStreamClass",
        "hasStaticInitializer",
        "(Ljava/lang/Class;)Z",
        |env, args| {
            let class = env.class(class_of_mirror(env, args.reference(env, 0)));
            let has = class.declared_method("<clinit>", "()V").is_some();
            Ok(has as u64)
        },
    );
}

fn is_method_kind(method: &Method, kind: i32) -> bool {
    match kind {
        KIND_METHOD => method.name != "<init>" && method.name != "<clinit>",
        KIND_CONSTRUCTOR => method.name == "<init>",
        _ => false,
    }
}

/// `int[]` of (slot, access flags) pairs of the declared fields, methods or constructors.
fn declared_members(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let kind = args.int(env, 1);
    let mut data: Vec<i32> = Vec::new();
    if kind == KIND_FIELD {
        for (i, f) in class.fields.iter().enumerate() {
            data.push(i as i32);
            data.push(f.access_flags as i32);
        }
    } else {
        for (i, m) in class.methods.iter().enumerate() {
            if is_method_kind(m, kind) {
                data.push(i as i32);
                data.push(m.access_flags as i32);
            }
        }
    }
    let int_array = crate::interp::slow::primitive_array_class(env, BasicType::Int)?;
    let array = new_array(env, int_array, data.len() as i32)?;
    for (i, v) in data.iter().enumerate() {
        write_value(
            env.vm,
            array,
            element_offset(BasicType::Int, i),
            BasicType::Int,
            *v as u32 as u64,
        );
    }
    ref_result(array)
}

fn member_name(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let kind = args.int(env, 1);
    let slot = args.int(env, 2) as usize;
    let name = if kind == KIND_FIELD {
        class.fields[slot].name.clone()
    } else {
        class.methods[slot].name.clone()
    };
    ref_result(new_string(env, &name)?)
}

/// The class of a descriptor type, loaded (not initialized) by `loader`.
fn class_of_type(env: &mut Env, t: Option<&FieldType>, loader: LoaderId) -> JResult<ClassId> {
    match t {
        None => primitive_class(env, None),
        Some(FieldType::Object(name)) => resolve_class(env, name, loader),
        Some(a @ FieldType::Array(_)) => resolve_class(env, &a.descriptor(), loader),
        Some(p) => primitive_class(env, Some(BasicType::of(p))),
    }
}

/// A new `Class[]` holding the mirrors of `classes`.
fn class_array(env: &mut Env, classes: &[ClassId]) -> JResult<Ref> {
    let class_array = resolve_class(env, "[Ljava/lang/Class;", LoaderId::Boot)?;
    let array = new_array(env, class_array, classes.len() as i32)?;
    let handle = env.thread.handle(array);
    for (i, &c) in classes.iter().enumerate() {
        let m = mirror(env, c)?;
        let array = env.thread.get(handle);
        env.vm
            .heap
            .write_ref(array, element_offset(BasicType::Reference, i), m);
    }
    Ok(env.thread.get(handle))
}

/// Field: `{type}`; method or constructor: `{return type, parameter types...}`.
fn member_types(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let kind = args.int(env, 1);
    let slot = args.int(env, 2) as usize;
    let mut types = Vec::new();
    if kind == KIND_FIELD {
        let t = FieldType::parse(&class.fields[slot].descriptor).ok();
        types.push(class_of_type(env, t.as_ref(), class.loader)?);
    } else {
        let method = class.methods[slot].clone();
        types.push(class_of_type(
            env,
            method.parsed.return_type.as_ref(),
            class.loader,
        )?);
        for p in &method.parsed.parameters {
            types.push(class_of_type(env, Some(p), class.loader)?);
        }
    }
    ref_result(class_array(env, &types)?)
}

/// The classes of a method's `Exceptions` attribute.
fn member_exceptions(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let slot = args.int(env, 1) as usize;
    let method = class.methods[slot].clone();
    let names: Vec<String> = class
        .file
        .as_ref()
        .map(|f| {
            f.methods[method.index_in_class as usize]
                .attributes
                .exceptions
                .clone()
        })
        .unwrap_or_default();
    let mut types = Vec::new();
    for name in &names {
        types.push(resolve_class(env, name, class.loader)?);
    }
    ref_result(class_array(env, &types)?)
}

/// Names of the record components, or null without a `Record` attribute.
fn record_names(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let Some(components) = class
        .file
        .as_ref()
        .and_then(|f| f.attributes.record.clone())
    else {
        return ref_result(NULL);
    };
    let string_array = resolve_class(env, "[Ljava/lang/String;", LoaderId::Boot)?;
    let array = new_array(env, string_array, components.len() as i32)?;
    let handle = env.thread.handle(array);
    for (i, c) in components.iter().enumerate() {
        let s = new_string(env, &c.name)?;
        let array = env.thread.get(handle);
        env.vm
            .heap
            .write_ref(array, element_offset(BasicType::Reference, i), s);
    }
    ref_result(env.thread.get(handle))
}

/// The classes of the `PermittedSubclasses` attribute, or null without one.
fn permitted_subclasses(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let Some(file) = class.file.clone() else {
        return ref_result(NULL);
    };
    if file.attributes.permitted_subclasses.is_empty() {
        return ref_result(NULL);
    }
    let mut types = Vec::new();
    for &index in &file.attributes.permitted_subclasses {
        if let Ok(name) = file.constant_pool.class_name(index) {
            let name = name.to_owned();
            types.push(resolve_class(env, &name, class.loader)?);
        }
    }
    ref_result(class_array(env, &types)?)
}

/// The member classes this class declares: the `InnerClasses` entries whose outer class is
/// this one, in the attribute's order (as HotSpot returns them).
fn declared_classes(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let mut types = Vec::new();
    if let Some(file) = class.file.clone() {
        for inner in &file.attributes.inner_classes {
            if inner.outer_class == 0
                || file.constant_pool.class_name(inner.outer_class).ok() != Some(&class.name)
            {
                continue;
            }
            if let Ok(name) = file.constant_pool.class_name(inner.inner_class) {
                let name = name.to_owned();
                types.push(resolve_class(env, &name, class.loader)?);
            }
        }
    }
    ref_result(class_array(env, &types)?)
}

/// The classes of the `NestMembers` attribute, loaded, in its order.
fn nest_members(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let mut types = Vec::new();
    if let Some(file) = class.file.clone() {
        for &index in &file.attributes.nest_members {
            if let Ok(name) = file.constant_pool.class_name(index) {
                let name = name.to_owned();
                types.push(resolve_class(env, &name, class.loader)?);
            }
        }
    }
    ref_result(class_array(env, &types)?)
}

fn nest_host(env: &mut Env, args: Args) -> JResult<u64> {
    let id = class_of_mirror(env, args.reference(env, 0));
    let class = env.class(id);
    let host = crate::interp::resolve::nest_host(&class);
    if host == class.name {
        return ref_result(mirror(env, id)?);
    }
    let host = resolve_class(env, &host, class.loader)?;
    ref_result(mirror(env, host)?)
}

/// From the `EnclosingMethod` attribute: `{class, method name or null, descriptor or null}`,
/// or null without one.
fn enclosing_method(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let Some(file) = class.file.clone() else {
        return ref_result(NULL);
    };
    let Some((class_index, method_index)) = file.attributes.enclosing_method else {
        return ref_result(NULL);
    };
    let Ok(outer) = file.constant_pool.class_name(class_index) else {
        return ref_result(NULL);
    };
    let outer = outer.to_owned();
    let name_type = if method_index != 0 {
        file.constant_pool
            .name_and_type(method_index)
            .ok()
            .map(|(n, t)| (n.to_owned(), t.to_owned()))
    } else {
        None
    };
    let outer = resolve_class(env, &outer, class.loader)?;
    let object_array = resolve_class(env, "[Ljava/lang/Object;", LoaderId::Boot)?;
    let array = new_array(env, object_array, 3)?;
    let handle = env.thread.handle(array);
    let m = mirror(env, outer)?;
    let array = env.thread.get(handle);
    env.vm
        .heap
        .write_ref(array, element_offset(BasicType::Reference, 0), m);
    if let Some((name, descriptor)) = name_type {
        let name = new_string(env, &name)?;
        let array = env.thread.get(handle);
        env.vm
            .heap
            .write_ref(array, element_offset(BasicType::Reference, 1), name);
        let descriptor = new_string(env, &descriptor)?;
        let array = env.thread.get(handle);
        env.vm
            .heap
            .write_ref(array, element_offset(BasicType::Reference, 2), descriptor);
    }
    ref_result(env.thread.get(handle))
}

/// The class of the nearest frame outside core reflection (java.lang.reflect,
/// jdk.internal.reflect, java.lang.Class), or null if there is none.
/// The atomic field updaters' factories are caller-sensitive too: their access checks are
/// made for the class that called `newUpdater`.
fn is_field_updater(class_name: &str) -> bool {
    class_name.starts_with("java/util/concurrent/atomic/Atomic")
        && class_name.contains("FieldUpdater")
}

fn caller_class(env: &mut Env, _args: Args) -> JResult<u64> {
    let caller = env
        .thread
        .frames
        .iter()
        .rev()
        .find(|f| {
            let name: &str = &f.method.class_name;
            !name.starts_with("java/lang/reflect/")
                && !name.starts_with("jdk/internal/reflect/")
                && name != "java/lang/Class"
                && name != "java/lang/invoke/MethodHandles"
                && !is_field_updater(name)
        })
        .map(|f| f.method.class);
    match caller {
        Some(class) => ref_result(mirror(env, class)?),
        None => ref_result(NULL),
    }
}

// ---- fields ----

/// Where a field's value lives: the object (instance fields, receiver checked in Java) or
/// the statics of its class (initialized first).
fn field_location(env: &mut Env, args: Args) -> JResult<(ClassId, usize)> {
    let id = class_of_mirror(env, args.reference(env, 0));
    let slot = args.int(env, 1) as usize;
    if env.vm.class(id).fields[slot].is_static() {
        crate::init::ensure_initialized(env, id)?;
    } else if args.reference(env, 2) == NULL {
        return Err(null_pointer(env));
    }
    Ok((id, slot))
}

fn read_field(env: &mut Env, args: Args) -> JResult<u64> {
    let (id, slot) = field_location(env, args)?;
    let class = env.class(id);
    let field = &class.fields[slot];
    if field.is_static() {
        let raw = class.static_value(field.offset);
        // Statics hold slot values; narrow types are normalized like fields.
        Ok(match field.basic_type {
            BasicType::Int | BasicType::Float | BasicType::Reference => raw as u32 as u64,
            BasicType::Boolean => raw & 1,
            BasicType::Byte => raw as u8 as i8 as i32 as u32 as u64,
            BasicType::Char => raw as u16 as u64,
            BasicType::Short => raw as u16 as i16 as i32 as u32 as u64,
            BasicType::Long | BasicType::Double => raw,
        })
    } else {
        let object = args.reference(env, 2);
        Ok(read_value(
            env.vm,
            object,
            field.offset as usize,
            field.basic_type,
        ))
    }
}

fn write_field(env: &mut Env, args: Args, value_slot: usize) -> JResult<u64> {
    let (id, slot) = field_location(env, args)?;
    let class = env.class(id);
    let field = &class.fields[slot];
    let value = args.slot(env, value_slot);
    let value = match field.basic_type {
        BasicType::Long | BasicType::Double => value,
        BasicType::Boolean => value & 1,
        BasicType::Byte => value as u8 as i8 as i32 as u32 as u64,
        BasicType::Char => value as u16 as u64,
        BasicType::Short => value as u16 as i16 as i32 as u32 as u64,
        _ => value as u32 as u64,
    };
    if field.is_static() {
        class.set_static_value(field.offset, value);
    } else {
        let object = args.reference(env, 2);
        write_value(
            env.vm,
            object,
            field.offset as usize,
            field.basic_type,
            value,
        );
    }
    void_result()
}

/// Primitive field value as raw bits (ints zero-extended from 32 bits, floats as their bits).
fn field_get_raw(env: &mut Env, args: Args) -> JResult<u64> {
    read_field(env, args)
}

fn field_get_ref(env: &mut Env, args: Args) -> JResult<u64> {
    read_field(env, args)
}

fn field_set_raw(env: &mut Env, args: Args) -> JResult<u64> {
    write_field(env, args, 3)
}

fn field_set_ref(env: &mut Env, args: Args) -> JResult<u64> {
    write_field(env, args, 3)
}

// ---- calls ----

/// Reads the `value` field of a box whose class matches primitive type `t`.
fn unbox(env: &mut Env, object: Ref, t: BasicType) -> JResult<u64> {
    if object == NULL {
        return Err(throw_new(env, "java/lang/IllegalArgumentException", None));
    }
    let class = env.class(class_of(env.vm, object));
    let descriptor = t.descriptor_char().to_string();
    match class.declared_field("value", &descriptor) {
        Some(f) if class.name.starts_with("java/lang/") && !f.is_static() => {
            Ok(read_value(env.vm, object, f.offset as usize, t))
        }
        _ => Err(throw_new(
            env,
            "java/lang/IllegalArgumentException",
            Some("argument type mismatch"),
        )),
    }
}

/// The call's argument slots (receiver first) from the `Object[]` at native argument
/// `array_arg`. Must not allocate: the refs read here go straight onto the stack.
fn argument_slots(
    env: &mut Env,
    args: Args,
    method: &Method,
    receiver: Option<Ref>,
    array_arg: usize,
) -> JResult<Vec<u64>> {
    let mut slots = Vec::with_capacity(method.arg_slots as usize);
    if let Some(r) = receiver {
        slots.push(r as u64);
    }
    let array = args.reference(env, array_arg);
    let count = if array == NULL {
        0
    } else {
        array_length(env.vm, array) as usize
    };
    if count != method.parsed.parameters.len() {
        return Err(throw_new(
            env,
            "java/lang/IllegalArgumentException",
            Some("wrong number of arguments"),
        ));
    }
    for (i, p) in method.parsed.parameters.iter().enumerate() {
        let array = args.reference(env, array_arg);
        let element = env
            .vm
            .heap
            .read_u32(array, element_offset(BasicType::Reference, i));
        let t = BasicType::of(p);
        if t == BasicType::Reference {
            slots.push(element as u64);
        } else {
            let value = unbox(env, element, t)?;
            slots.push(value);
            if t.slots() == 2 {
                slots.push(0);
            }
        }
    }
    Ok(slots)
}

/// Wraps the pending exception in an `InvocationTargetException` and throws that.
fn wrap_target_exception(env: &mut Env, throw: Throw) -> Throw {
    let Throw::Exception = throw else {
        return throw;
    };
    let target = env.thread.pending_exception;
    env.thread.pending_exception = NULL;
    let handle = env.thread.handle(target);
    let result = (|| -> JResult<Ref> {
        let class = resolve_class(
            env,
            "java/lang/reflect/InvocationTargetException",
            LoaderId::Boot,
        )?;
        crate::init::ensure_initialized(env, class)?;
        let exception = new_instance(env, class)?;
        let exception_handle = env.thread.handle(exception);
        let constructor =
            crate::interp::resolve::constructor(env, class, "(Ljava/lang/Throwable;)V")
                .ok_or_else(|| {
                    Throw::Fatal("InvocationTargetException(Throwable) missing".into())
                })?;
        let call_args = [
            env.thread.get(exception_handle) as u64,
            env.thread.get(handle) as u64,
        ];
        call_method(env, &constructor, &call_args)?;
        Ok(env.thread.get(exception_handle))
    })();
    match result {
        Ok(exception) => env.throw(exception),
        Err(throw) => throw,
    }
}

/// Boxes a primitive result slot with `valueOf` of its box class.
pub(crate) fn box_result(env: &mut Env, t: BasicType, value: u64) -> JResult<Ref> {
    let (class_name, descriptor) = match t {
        BasicType::Boolean => ("java/lang/Boolean", "(Z)Ljava/lang/Boolean;"),
        BasicType::Byte => ("java/lang/Byte", "(B)Ljava/lang/Byte;"),
        BasicType::Char => ("java/lang/Character", "(C)Ljava/lang/Character;"),
        BasicType::Short => ("java/lang/Short", "(S)Ljava/lang/Short;"),
        BasicType::Int => ("java/lang/Integer", "(I)Ljava/lang/Integer;"),
        BasicType::Float => ("java/lang/Float", "(F)Ljava/lang/Float;"),
        BasicType::Long => ("java/lang/Long", "(J)Ljava/lang/Long;"),
        BasicType::Double => ("java/lang/Double", "(D)Ljava/lang/Double;"),
        BasicType::Reference => return Ok(value as Ref),
    };
    let method = match &env.vm.boxing[t as usize] {
        Some(method) => method.clone(),
        None => {
            let class = resolve_class(env, class_name, LoaderId::Boot)?;
            crate::init::ensure_initialized(env, class)?;
            let method = lookup_method(env, class, "valueOf", descriptor)
                .ok_or_else(|| Throw::Fatal(format!("{class_name}.valueOf{descriptor} missing")))?;
            env.vm.boxing[t as usize] = Some(method.clone());
            method
        }
    };
    let args: Vec<u64> = if t.slots() == 2 {
        vec![value, 0]
    } else {
        vec![value]
    };
    Ok(call_method(env, &method, &args)? as Ref)
}

/// `Method.invoke0(declaringClass, slot, receiver, args)`: receiver and argument types were
/// checked and converted in Java; boxes are exact. `invokeSpecial0` (not `virtual`) calls the
/// method itself, as `invokespecial` would (`InvocationHandler.invokeDefault`).
fn method_invoke(env: &mut Env, args: Args, virtual_call: bool) -> JResult<u64> {
    let id = class_of_mirror(env, args.reference(env, 0));
    let slot = args.int(env, 1) as usize;
    let resolved: Arc<Method> = env.vm.class(id).methods[slot].clone();
    let mut target = resolved.clone();
    let receiver = if resolved.is_static() {
        crate::init::ensure_initialized(env, id)?;
        None
    } else {
        let receiver = args.reference(env, 2);
        if receiver == NULL {
            return Err(null_pointer(env));
        }
        if virtual_call && resolved.access_flags & access::PRIVATE == 0 {
            let receiver_class = class_of(env.vm, receiver);
            target = crate::interp::resolve::select_virtual(env, receiver_class, &resolved)
                .map_err(|t| wrap_target_exception(env, t))?;
        }
        Some(args.reference(env, 2))
    };
    let slots = argument_slots(env, args, &resolved, receiver, 3)?;
    let result = call_method(env, &target, &slots).map_err(|t| wrap_target_exception(env, t))?;
    match resolved.return_type {
        None => ref_result(NULL),
        Some(t) => ref_result(box_result(env, t, result)?),
    }
}

/// `Constructor.newInstance0(declaringClass, slot, args)`: allocates and runs `<init>`.
fn constructor_new_instance(env: &mut Env, args: Args) -> JResult<u64> {
    let id = class_of_mirror(env, args.reference(env, 0));
    let slot = args.int(env, 1) as usize;
    let constructor: Arc<Method> = env.vm.class(id).methods[slot].clone();
    crate::init::ensure_initialized(env, id)?;
    let object = new_instance(env, id)?;
    let handle = env.thread.handle(object);
    let slots = argument_slots(env, args, &constructor, Some(object), 2)?;
    call_method(env, &constructor, &slots).map_err(|t| wrap_target_exception(env, t))?;
    ref_result(env.thread.get(handle))
}

/// `ObjectStreamClass.newInstance0(cl, ctorClass)`: allocates a `cl` and runs only
/// `ctorClass`'s no-argument constructor on it, as deserialization does (the constructors of
/// the serializable classes in between do not run). `ctorClass` must be a superclass of `cl`.
fn serial_new_instance(env: &mut Env, args: Args) -> JResult<u64> {
    let (class_mirror, ctor_mirror) = (args.reference(env, 0), args.reference(env, 1));
    if class_mirror == NULL || ctor_mirror == NULL {
        return Err(null_pointer(env));
    }
    let id = class_of_mirror(env, class_mirror);
    let ctor_id = class_of_mirror(env, ctor_mirror);
    let class = env.class(id);
    let constructor = env.class(ctor_id).declared_method("<init>", "()V").cloned();
    let instantiable = matches!(class.kind, crate::class::ClassKind::Instance)
        && !class.is_interface()
        && !class.is_abstract()
        && class.supers.contains(&ctor_id);
    let Some(constructor) = constructor.filter(|_| instantiable) else {
        let name = class.java_name();
        return Err(throw_new(
            env,
            "java/lang/InstantiationException",
            Some(&name),
        ));
    };
    crate::init::ensure_initialized(env, id)?;
    let object = new_instance(env, id)?;
    let handle = env.thread.handle(object);
    call_method(env, &constructor, &[object as u64])?;
    ref_result(env.thread.get(handle))
}

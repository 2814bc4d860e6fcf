//! Runtime-visible annotations: the raw attributes and constant-pool entries for the Java
//! parser (`sun.reflect.annotation.AnnotationParser`), and the classes annotation objects are
//! instances of. An annotation object's class is generated once per annotation interface: it
//! extends `sun.reflect.annotation.AnnotationImpl` (type, member values, equals, hashCode,
//! toString) and implements the interface, each member method returning its value from the
//! map (unboxed or cast to the member's type). It is defined by the interface's loader, in
//! its package (so non-public annotation interfaces work), and hidden from stack traces.

use cortado_classfile::access;
use cortado_classfile::writer::{ClassBuilder, CodeBuilder, Kind};
use cortado_classfile::Opcode;
use cortado_classfile::{Constant, FieldType, MethodDescriptor};
use cortado_gc::NULL;

use crate::class::{BasicType, LoaderId};
use crate::exceptions::throw_new;
use crate::natives::{
    class_of_mirror, double_result, int_result, long_result, mirror, ref_result, Args,
    NativeRegistry,
};
use crate::objects::new_string;
use crate::vm::{Env, JResult};

const PARSER: &str = "sun/reflect/annotation/AnnotationParser";
const IMPL: &str = "sun/reflect/annotation/AnnotationImpl";

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(PARSER, "rawAnnotations", "(Ljava/lang/Class;II)[B", raw);
    registry.add(
        PARSER,
        "utf8At",
        "(Ljava/lang/Class;I)Ljava/lang/String;",
        |env, args| {
            let class = env.class(class_of_mirror(env, args.reference(env, 0)));
            let index = args.int(env, 1) as u16;
            let text = class
                .file
                .as_ref()
                .and_then(|f| f.constant_pool.utf8(index).ok().map(str::to_owned));
            match text {
                Some(text) => ref_result(new_string(env, &text)?),
                None => Err(bad_constant(env)),
            }
        },
    );
    registry.add(
        PARSER,
        "intAt",
        "(Ljava/lang/Class;I)I",
        |env, args| match constant(env, args) {
            Some(Constant::Integer(v)) => int_result(v),
            _ => Err(bad_constant(env)),
        },
    );
    registry.add(
        PARSER,
        "longAt",
        "(Ljava/lang/Class;I)J",
        |env, args| match constant(env, args) {
            Some(Constant::Long(v)) => long_result(v),
            _ => Err(bad_constant(env)),
        },
    );
    registry.add(
        PARSER,
        "floatAt",
        "(Ljava/lang/Class;I)F",
        |env, args| match constant(env, args) {
            Some(Constant::Float(v)) => Ok(v.to_bits() as u64),
            _ => Err(bad_constant(env)),
        },
    );
    registry.add(
        PARSER,
        "doubleAt",
        "(Ljava/lang/Class;I)D",
        |env, args| match constant(env, args) {
            Some(Constant::Double(v)) => double_result(v),
            _ => Err(bad_constant(env)),
        },
    );
    registry.add(
        PARSER,
        "signature",
        "(Ljava/lang/Class;II)Ljava/lang/String;",
        signature,
    );
    registry.add(
        PARSER,
        "implClass",
        "(Ljava/lang/Class;)Ljava/lang/Class;",
        impl_class,
    );
}

fn bad_constant(env: &mut Env) -> crate::vm::Throw {
    throw_new(
        env,
        "java/lang/annotation/AnnotationFormatError",
        Some("Invalid constant pool index"),
    )
}

fn constant(env: &mut Env, args: Args) -> Option<Constant> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let index = args.int(env, 1) as u16;
    class
        .file
        .as_ref()
        .and_then(|f| f.constant_pool.get(index).cloned())
}

/// `rawAnnotations(class, kind, slot)`: the bytes of an attribute, or null. Kinds: 0 the
/// class's RuntimeVisibleAnnotations, 1 a field's, 2 a method's, 3 a method's
/// RuntimeVisibleParameterAnnotations, 4 a method's AnnotationDefault.
fn raw(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let kind = args.int(env, 1);
    let slot = args.int(env, 2) as usize;
    let Some(file) = class.file.as_ref() else {
        return ref_result(NULL);
    };
    let bytes = match kind {
        0 => file.attributes.runtime_visible_annotations.as_ref(),
        1 => file
            .fields
            .get(slot)
            .and_then(|f| f.attributes.runtime_visible_annotations.as_ref()),
        2 => file
            .methods
            .get(slot)
            .and_then(|m| m.attributes.runtime_visible_annotations.as_ref()),
        3 => file
            .methods
            .get(slot)
            .and_then(|m| m.attributes.runtime_visible_parameter_annotations.as_ref()),
        4 => file
            .methods
            .get(slot)
            .and_then(|m| m.attributes.annotation_default.as_ref()),
        _ => None,
    };
    let Some(bytes) = bytes.cloned() else {
        return ref_result(NULL);
    };
    let array_class = crate::loader::resolve_class(env, "[B", LoaderId::Boot)?;
    let array = crate::objects::new_array(env, array_class, bytes.len() as i32)?;
    crate::objects::array_bytes_mut(env.vm, array, BasicType::Byte, 0, bytes.len())
        .copy_from_slice(&bytes);
    ref_result(array)
}

/// `signature(class, kind, slot)`: the generic `Signature` attribute of the class (kind 0), a
/// field (1) or a method (2), or null.
fn signature(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let kind = args.int(env, 1);
    let slot = args.int(env, 2) as usize;
    let text = class.file.as_ref().and_then(|file| match kind {
        0 => file.attributes.signature.clone(),
        1 => file
            .fields
            .get(slot)
            .and_then(|f| f.attributes.signature.clone()),
        2 => file
            .methods
            .get(slot)
            .and_then(|m| m.attributes.signature.clone()),
        _ => None,
    });
    match text {
        Some(text) => ref_result(new_string(env, &text)?),
        None => ref_result(NULL),
    }
}

/// `implClass(annotationType)`: generates the class of this annotation interface's objects.
fn impl_class(env: &mut Env, args: Args) -> JResult<u64> {
    let interface = env.class(class_of_mirror(env, args.reference(env, 0)));
    if !interface.is_interface() || interface.access_flags & access::ANNOTATION == 0 {
        return Err(throw_new(
            env,
            "java/lang/annotation/AnnotationFormatError",
            Some(&format!(
                "{} is not an annotation type",
                interface.java_name()
            )),
        ));
    }
    let sequence = env.vm.next_method_id;
    let name = format!("{}$$Annotation${sequence}", interface.name);
    let mut class = ClassBuilder::new(
        52,
        access::PUBLIC | access::FINAL | access::SUPER | access::SYNTHETIC,
        &name,
        Some(IMPL),
    );
    class.interface(&interface.name);

    let init_descriptor = "(Ljava/lang/Class;Ljava/util/Map;)V";
    let super_init = class.pool.method_ref(IMPL, "<init>", init_descriptor);
    let mut code = CodeBuilder::new(3, 3);
    code.load(Kind::Reference, 0)
        .load(Kind::Reference, 1)
        .load(Kind::Reference, 2)
        .invokespecial(super_init)
        .op(Opcode::return_);
    let code = code.finish().map_err(|e| fatal(env, &e.to_string()))?;
    class.method(access::PUBLIC, "<init>", init_descriptor, Some(code));

    let value = class
        .pool
        .method_ref(IMPL, "value", "(Ljava/lang/String;)Ljava/lang/Object;");
    for method in &interface.methods {
        if method.is_static() || !method.is_abstract() || method.name == "<clinit>" {
            continue;
        }
        let Ok(descriptor) = MethodDescriptor::parse(&method.descriptor) else {
            continue;
        };
        if !descriptor.parameters.is_empty() {
            continue;
        }
        let Some(result) = descriptor.return_type.as_ref() else {
            continue;
        };
        let member = class.pool.string(&method.name);
        let mut code = CodeBuilder::new(2, 1);
        code.load(Kind::Reference, 0)
            .ldc(member)
            .invokevirtual(value);
        let (kind, unbox) = match result {
            FieldType::Boolean => (Kind::Int, Some(("java/lang/Boolean", "booleanValue"))),
            FieldType::Byte => (Kind::Int, Some(("java/lang/Byte", "byteValue"))),
            FieldType::Char => (Kind::Int, Some(("java/lang/Character", "charValue"))),
            FieldType::Short => (Kind::Int, Some(("java/lang/Short", "shortValue"))),
            FieldType::Int => (Kind::Int, Some(("java/lang/Integer", "intValue"))),
            FieldType::Long => (Kind::Long, Some(("java/lang/Long", "longValue"))),
            FieldType::Float => (Kind::Float, Some(("java/lang/Float", "floatValue"))),
            FieldType::Double => (Kind::Double, Some(("java/lang/Double", "doubleValue"))),
            FieldType::Object(_) | FieldType::Array(_) => (Kind::Reference, None),
        };
        match unbox {
            Some((box_class, getter)) => {
                let box_ref = class.pool.class(box_class);
                let getter_descriptor = format!("(){}", result.descriptor());
                let getter = class.pool.method_ref(box_class, getter, &getter_descriptor);
                code.checkcast(box_ref).invokevirtual(getter);
            }
            None => {
                let target = match result {
                    FieldType::Object(name) => name.clone(),
                    other => other.descriptor(),
                };
                let target = class.pool.class(&target);
                code.checkcast(target);
            }
        }
        code.return_value(Some(kind));
        if matches!(kind, Kind::Long | Kind::Double) {
            code.set_max_stack(2);
        }
        let code = code.finish().map_err(|e| fatal(env, &e.to_string()))?;
        class.method(access::PUBLIC, &method.name, &method.descriptor, Some(code));
    }
    let bytes = class.to_bytes().map_err(|e| fatal(env, &e.to_string()))?;
    let id = crate::loader::define_class(env, &bytes, interface.loader, None, true)?;
    ref_result(mirror(env, id)?)
}

fn fatal(env: &mut Env, message: &str) -> crate::vm::Throw {
    throw_new(
        env,
        "java/lang/annotation/AnnotationFormatError",
        Some(message),
    )
}

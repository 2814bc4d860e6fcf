//! Natives of `java.lang.Class`.

use cortado_classfile::access;
use cortado_gc::NULL;

use crate::class::{BasicType, ClassKind, LoaderId};
use crate::exceptions::{null_pointer, throw_new};
use crate::interp::slow::is_assignable;
use crate::loader::{load_class, primitive_class};
use crate::natives::{class_of_mirror, int_result, mirror, ref_result, Args, NativeRegistry};
use crate::objects::{class_of, new_array, new_string, rust_string};
use crate::vm::{Env, JResult};

pub(super) fn register(registry: &mut NativeRegistry) {
    const CLASS: &str = "java/lang/Class";
    registry.add(CLASS, "getName0", "()Ljava/lang/String;", get_name);
    registry.add(CLASS, "isInstance", "(Ljava/lang/Object;)Z", is_instance);
    registry.add(
        CLASS,
        "isAssignableFrom",
        "(Ljava/lang/Class;)Z",
        is_assignable_from,
    );
    registry.add(CLASS, "isInterface", "()Z", |env, args| {
        let class = env.class(class_of_mirror(env, args.reference(env, 0)));
        int_result(class.is_interface() as i32)
    });
    registry.add(CLASS, "isArray", "()Z", |env, args| {
        let class = env.class(class_of_mirror(env, args.reference(env, 0)));
        int_result(class.is_array() as i32)
    });
    registry.add(CLASS, "isPrimitive", "()Z", |env, args| {
        let class = env.class(class_of_mirror(env, args.reference(env, 0)));
        int_result(matches!(class.kind, ClassKind::Primitive(_)) as i32)
    });
    registry.add(
        CLASS,
        "getComponentType",
        "()Ljava/lang/Class;",
        get_component_type,
    );
    registry.add(
        CLASS,
        "getSuperclass",
        "()Ljava/lang/Class;",
        get_superclass,
    );
    registry.add(
        CLASS,
        "getInterfaces",
        "()[Ljava/lang/Class;",
        get_interfaces,
    );
    registry.add(CLASS, "getModifiers", "()I", get_modifiers);
    registry.add(
        CLASS,
        "forName0",
        "(Ljava/lang/String;Z)Ljava/lang/Class;",
        for_name,
    );
    registry.add(
        CLASS,
        "forName1",
        "(Ljava/lang/String;ZLjava/lang/ClassLoader;)Ljava/lang/Class;",
        for_name_with_loader,
    );
    registry.add(
        CLASS,
        "getPrimitiveClass",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        get_primitive_class,
    );
    registry.add(
        CLASS,
        "getEnumConstants0",
        "()[Ljava/lang/Object;",
        get_enum_constants,
    );
    registry.add(
        CLASS,
        "getSimpleBinaryName0",
        "()Ljava/lang/String;",
        get_simple_binary_name,
    );
    registry.add(
        CLASS,
        "getDeclaringClass0",
        "()Ljava/lang/Class;",
        get_declaring_class,
    );
}

fn get_name(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    ref_result(new_string(env, &class.java_name())?)
}

fn is_instance(env: &mut Env, args: Args) -> JResult<u64> {
    let target = class_of_mirror(env, args.reference(env, 0));
    let object = args.reference(env, 1);
    if object == NULL {
        return int_result(0);
    }
    let source = class_of(env.vm, object);
    int_result(is_assignable(env, source, target) as i32)
}

fn is_assignable_from(env: &mut Env, args: Args) -> JResult<u64> {
    let target = class_of_mirror(env, args.reference(env, 0));
    let other = args.reference(env, 1);
    if other == NULL {
        return Err(null_pointer(env));
    }
    let source = class_of_mirror(env, other);
    int_result(is_assignable(env, source, target) as i32)
}

fn get_component_type(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    match class.kind {
        ClassKind::Array {
            component: Some(c), ..
        } => ref_result(mirror(env, c)?),
        ClassKind::Array { element, .. } => {
            let primitive = primitive_class(env, Some(element))?;
            ref_result(mirror(env, primitive)?)
        }
        _ => ref_result(NULL),
    }
}

fn get_superclass(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    match class.super_class {
        Some(s) if !class.is_interface() => ref_result(mirror(env, s)?),
        _ => ref_result(NULL),
    }
}

fn get_interfaces(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let class_array = crate::loader::resolve_class(env, "[Ljava/lang/Class;", LoaderId::Boot)?;
    let array = new_array(env, class_array, class.interfaces.len() as i32)?;
    let handle = env.thread.handle(array);
    for (i, &interface) in class.interfaces.iter().enumerate() {
        let m = mirror(env, interface)?;
        let array = env.thread.get(handle);
        env.vm.heap.write_ref(
            array,
            crate::objects::element_offset(BasicType::Reference, i),
            m,
        );
    }
    ref_result(env.thread.get(handle))
}

fn get_modifiers(env: &mut Env, args: Args) -> JResult<u64> {
    let mut id = class_of_mirror(env, args.reference(env, 0));
    // An array class is public, private or protected as its element class is (HotSpot's
    // ObjArrayKlass::compute_modifier_flags), and always abstract final.
    let mut is_array = false;
    loop {
        match env.class(id).kind {
            ClassKind::Array {
                component: Some(c), ..
            } => {
                is_array = true;
                id = c;
            }
            ClassKind::Array { .. } => return int_result(0x411),
            _ => break,
        }
    }
    let class = env.class(id);
    if is_array {
        let element = class_modifiers(&class) & 0x7;
        return int_result(element | 0x410);
    }
    int_result(class_modifiers(&class))
}

fn class_modifiers(class: &crate::class::Class) -> i32 {
    // Inner classes take their modifiers from the InnerClasses attribute, as the JDK does.
    let mut flags = class.access_flags;
    if let Some(file) = &class.file {
        for inner in &file.attributes.inner_classes {
            if file.constant_pool.class_name(inner.inner_class).ok() == Some(&class.name) {
                flags = inner.access_flags;
            }
        }
    }
    (flags & !(access::SUPER | access::SYNCHRONIZED)) as i32 & 0x7FFF & !0x20
}

fn for_name(env: &mut Env, args: Args) -> JResult<u64> {
    for_name_in(env, args, false)
}

fn for_name_with_loader(env: &mut Env, args: Args) -> JResult<u64> {
    for_name_in(env, args, true)
}

fn for_name_in(env: &mut Env, args: Args, with_loader: bool) -> JResult<u64> {
    let name_ref = args.reference(env, 0);
    if name_ref == NULL {
        return Err(null_pointer(env));
    }
    let initialize = args.int(env, 1) != 0;
    let name = rust_string(env.vm, name_ref);
    let internal = name.replace('.', "/");
    // Class.c's forName0: a name with slashes is not found (reported as given); the
    // translated name must be a legal binary name or array descriptor (VerifyClassname),
    // else the exception reports the translated name.
    if name.contains('/') || !verify_class_name(&internal) {
        let message = if name.contains('/') { &name } else { &internal };
        return Err(throw_new(
            env,
            "java/lang/ClassNotFoundException",
            Some(message),
        ));
    }
    // Caller-sensitive: `Class.forName(name)` loads through its caller's defining loader;
    // `forName(name, init, loader)` passes the loader (index 2).
    let loader = if with_loader {
        let loader_ref = args.reference(env, 2);
        crate::natives::classloader::loader_id_of(env, loader_ref)?
    } else {
        env.thread
            .frames
            .iter()
            .rev()
            .find(|f| {
                let name: &str = &f.method.class_name;
                !name.starts_with("java/lang/reflect/")
                    && !name.starts_with("jdk/internal/reflect/")
                    && name != "java/lang/Class"
            })
            .map_or(LoaderId::App, |f| {
                match env.vm.class(f.method.class).loader {
                    LoaderId::Boot => LoaderId::App,
                    other => other,
                }
            })
    };
    let Some(class) = load_class(env, &internal, loader)? else {
        // A class loader reports the missing class (the element class of an array) by its
        // binary name; the VM itself, for the boot loader, by the internal name it resolved.
        let message = match loader {
            LoaderId::Boot => internal,
            _ => internal
                .trim_start_matches('[')
                .strip_prefix('L')
                .and_then(|n| n.strip_suffix(';'))
                .unwrap_or(&internal)
                .replace('/', "."),
        };
        return Err(throw_new(
            env,
            "java/lang/ClassNotFoundException",
            Some(&message),
        ));
    };
    if initialize {
        crate::init::ensure_initialized(env, class)?;
    }
    ref_result(mirror(env, class)?)
}

/// check_classname.c's VerifyClassname(name, allowArrayClass = true) on an internal name.
fn verify_class_name(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let end = if chars.first() == Some(&'[') {
        skip_field_signature(&chars)
    } else {
        skip_field_name(&chars)
    };
    end == Some(chars.len())
}

/// Whether `c` may appear in a JVM class name (check_classname.c's isJvmIdentifier).
fn is_jvm_identifier(c: char) -> bool {
    let c = c as u32;
    (c > 31 && c < 127 && !matches!(c as u8, b'.' | b'/' | b';' | b'[')) || c > 127
}

/// skip_over_fieldname with slashes allowed: the end of the longest name prefix.
fn skip_field_name(chars: &[char]) -> Option<usize> {
    let mut last: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        if is_jvm_identifier(c) || c == '_' || c == '$' {
        } else if c == '/' && last.is_some() {
            if last == Some('/') {
                return None;
            }
        } else {
            return last.map(|_| i);
        }
        last = Some(c);
    }
    last.map(|_| chars.len())
}

/// skip_over_field_signature without void: the end of the leading field descriptor.
fn skip_field_signature(chars: &[char]) -> Option<usize> {
    let mut dims = 0;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            'Z' | 'B' | 'C' | 'S' | 'I' | 'F' | 'J' | 'D' => return Some(i + 1),
            'L' => {
                let end = i + 1 + skip_field_name(&chars[i + 1..])?;
                return (end > i + 1 && chars.get(end) == Some(&';')).then_some(end + 1);
            }
            '[' => {
                dims += 1;
                if dims > 255 {
                    return None;
                }
            }
            _ => return None,
        }
    }
    None
}

fn get_primitive_class(env: &mut Env, args: Args) -> JResult<u64> {
    let name = rust_string(env.vm, args.reference(env, 0));
    let basic_type = match name.as_str() {
        "boolean" => Some(BasicType::Boolean),
        "byte" => Some(BasicType::Byte),
        "char" => Some(BasicType::Char),
        "short" => Some(BasicType::Short),
        "int" => Some(BasicType::Int),
        "float" => Some(BasicType::Float),
        "long" => Some(BasicType::Long),
        "double" => Some(BasicType::Double),
        _ => None,
    };
    let class = primitive_class(env, basic_type)?;
    ref_result(mirror(env, class)?)
}

fn get_enum_constants(env: &mut Env, args: Args) -> JResult<u64> {
    let class = class_of_mirror(env, args.reference(env, 0));
    let c = env.class(class);
    let is_enum = c.access_flags & access::ENUM != 0;
    let values = c
        .declared_method("values", &format!("()[L{};", c.name))
        .cloned();
    match values {
        Some(values) if is_enum && values.is_static() => {
            crate::init::ensure_initialized(env, class)?;
            crate::interp::call::call_method(env, &values, &[])
        }
        _ => ref_result(NULL),
    }
}

/// The simple name from the InnerClasses attribute, or null for top-level classes.
fn get_simple_binary_name(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let Some(file) = &class.file else {
        return ref_result(NULL);
    };
    for inner in &file.attributes.inner_classes {
        if file.constant_pool.class_name(inner.inner_class).ok() != Some(&class.name) {
            continue;
        }
        if inner.inner_name == 0 {
            return ref_result(new_string(env, "")?);
        }
        let name = file
            .constant_pool
            .utf8(inner.inner_name)
            .unwrap_or("")
            .to_owned();
        return ref_result(new_string(env, &name)?);
    }
    ref_result(NULL)
}

fn get_declaring_class(env: &mut Env, args: Args) -> JResult<u64> {
    let class = env.class(class_of_mirror(env, args.reference(env, 0)));
    let Some(file) = class.file.clone() else {
        return ref_result(NULL);
    };
    for inner in &file.attributes.inner_classes {
        if file.constant_pool.class_name(inner.inner_class).ok() != Some(&class.name)
            || inner.outer_class == 0
        {
            continue;
        }
        let outer = file
            .constant_pool
            .class_name(inner.outer_class)
            .unwrap_or("")
            .to_owned();
        let id = crate::loader::resolve_class(env, &outer, class.loader)?;
        return ref_result(mirror(env, id)?);
    }
    ref_result(NULL)
}

//! Resolution of symbolic references (JVMS §5.4.3) through each class's resolution cache:
//! classes, fields, methods and interface methods, with HotSpot's error messages.

use std::sync::Arc;

use cortado_classfile::{access, Constant, FieldType};

use crate::class::{BasicType, Class, ClassId, ClassKind, Method, Resolved};
use crate::exceptions::throw_new;
use crate::loader::resolve_class;
use crate::vm::{Env, JResult};

fn pool(class: &Class) -> &cortado_classfile::ConstantPool {
    &class
        .file
        .as_ref()
        .expect("resolution happens in classes from class files")
        .constant_pool
}

fn bad_constant(env: &mut Env, class: &Class, index: u16) -> crate::vm::Throw {
    let message = format!(
        "Illegal constant pool index {index} in class {}",
        class.java_name()
    );
    throw_new(
        env,
        "java/lang/IncompatibleClassChangeError",
        Some(&message),
    )
}

/// Resolves a Class constant.
pub(crate) fn class_ref(env: &mut Env, class: &Class, index: u16) -> JResult<ClassId> {
    if let Some(Resolved::Class(id)) = class
        .constant_cache
        .get(index as usize)
        .and_then(|c| c.get())
    {
        return Ok(*id);
    }
    let name = match pool(class).class_name(index) {
        Ok(name) => name.to_owned(),
        Err(_) => return Err(bad_constant(env, class, index)),
    };
    let id = resolve_class(env, &name, class.loader)?;
    check_class_access(env, class, id)?;
    let _ = class.constant_cache[index as usize].set(Resolved::Class(id));
    Ok(id)
}

/// What Class, Fieldref or Methodref constant `index` of `class` resolves to, resolving it now only if
/// that needs nothing but classes already loaded and passes every check: resolution without
/// side effects (no loading, no exception), for the compiler, which must not load classes
/// but should not leave a path slow only because the interpreter never ran it (the `new
/// Integer` of `Integer.valueOf` for values outside the cache). What it caches is what the
/// interpreter's resolution would give: the same lookups, on the same loaded classes.
pub(crate) fn quietly<'c>(env: &Env, class: &'c Class, index: u16) -> Option<&'c Resolved> {
    let cell = class.constant_cache.get(index as usize)?;
    if let Some(resolved) = cell.get() {
        return Some(resolved);
    }
    let resolved = match pool(class).get(index)? {
        Constant::Class { .. } => {
            let name = pool(class).class_name(index).ok()?;
            let id = loaded_class(env, name, class.loader)?;
            class_access(env, class, id).ok()?;
            Resolved::Class(id)
        }
        Constant::FieldRef { .. } => {
            let (member, _) = pool(class).member_ref(index).ok()?;
            let owner = loaded_class(env, member.class, class.loader)?;
            let (declaring, field_index) =
                lookup_field(env, owner, member.name, member.descriptor)?;
            let declaring_class = env.class(declaring);
            let field = &declaring_class.fields[field_index];
            if field.access_flags & access::PRIVATE != 0
                && declaring != class.id
                && !same_nest(class, &declaring_class)
            {
                return None;
            }
            Resolved::Field {
                class: declaring,
                offset: field.offset,
                basic_type: field.basic_type,
                is_static: field.is_static(),
            }
        }
        Constant::MethodRef { .. } | Constant::InterfaceMethodRef { .. } => {
            // As `method_ref`, without its errors.
            let (member, interface_ref) = pool(class).member_ref(index).ok()?;
            let owner = loaded_class(env, member.class, class.loader)?;
            let owner_class = env.class(owner);
            if owner_class.is_interface() != interface_ref && !owner_class.is_array() {
                return None;
            }
            if crate::polymorphic::is_polymorphic(env, owner, member.name) {
                return None;
            }
            let method = lookup_method(env, owner, member.name, member.descriptor)?;
            if method.is_private()
                && method.class != class.id
                && !same_nest(class, &env.class(method.class))
            {
                return None;
            }
            Resolved::Method(method)
        }
        _ => return None,
    };
    let _ = cell.set(resolved);
    cell.get()
}

/// The class `load_class` would give for `name` through `loader` if that loads nothing.
fn loaded_class(env: &Env, name: &str, loader: crate::class::LoaderId) -> Option<ClassId> {
    use crate::class::LoaderId;
    let ids = &env.vm.class_ids;
    if let Some(&id) = ids.get(&(loader, Arc::from(name))) {
        return Some(id);
    }
    // The application loader asks the boot loader first; user loaders run Java code.
    match loader {
        LoaderId::App => ids.get(&(LoaderId::Boot, Arc::from(name))).copied(),
        _ => None,
    }
}

/// JVMS §5.4.4: a class is accessible if public or in the same runtime package (for an
/// array class: its element class). `Err` holds the class checked.
fn class_access(env: &Env, from: &Class, target: ClassId) -> Result<(), Arc<Class>> {
    let target_class = env.class(target);
    let element = match target_class.kind {
        ClassKind::Array {
            component: Some(c), ..
        } => env.class(base_component(env, c)),
        _ => target_class.clone(),
    };
    if element.access_flags & access::PUBLIC != 0
        || matches!(element.kind, ClassKind::Primitive(_))
        || (element.loader == from.loader && element.package() == from.package())
    {
        return Ok(());
    }
    Err(element)
}

fn check_class_access(env: &mut Env, from: &Class, target: ClassId) -> JResult<()> {
    let Err(element) = class_access(env, from, target) else {
        return Ok(());
    };
    let message = format!(
        "failed to access class {} from class {} ({} and {} are in unnamed module of loader 'app')",
        element.java_name(),
        from.java_name(),
        element.java_name(),
        from.java_name()
    );
    Err(throw_new(
        env,
        "java/lang/IllegalAccessError",
        Some(&message),
    ))
}

fn base_component(env: &Env, mut id: ClassId) -> ClassId {
    while let ClassKind::Array {
        component: Some(c), ..
    } = env.vm.class(id).kind
    {
        id = c;
    }
    id
}

/// A resolved field: its class, offset (or static slot), type and staticness.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldRef {
    pub class: ClassId,
    pub offset: u32,
    pub basic_type: BasicType,
}

/// Resolves a Fieldref for getfield/putfield (`is_static` false) or getstatic/putstatic.
#[inline]
pub(crate) fn field_ref(
    env: &mut Env,
    class: &Class,
    index: u16,
    is_static: bool,
) -> JResult<FieldRef> {
    // The resolved case inline (the interpreter's every field access), the rest out of line.
    if let Some(Resolved::Field {
        class: owner,
        offset,
        basic_type,
        is_static: s,
    }) = class
        .constant_cache
        .get(index as usize)
        .and_then(|c| c.get())
    {
        if *s == is_static {
            return Ok(FieldRef {
                class: *owner,
                offset: *offset,
                basic_type: *basic_type,
            });
        }
    }
    resolve_field_ref(env, class, index, is_static)
}

#[cold]
fn resolve_field_ref(
    env: &mut Env,
    class: &Class,
    index: u16,
    is_static: bool,
) -> JResult<FieldRef> {
    let (owner_name, name, descriptor) = match pool(class).member_ref(index) {
        Ok((member, _)) => (
            member.class.to_owned(),
            member.name.to_owned(),
            member.descriptor.to_owned(),
        ),
        Err(_) => return Err(bad_constant(env, class, index)),
    };
    let owner = resolve_class(env, &owner_name, class.loader)?;
    let Some((declaring, field_index)) = lookup_field(env, owner, &name, &descriptor) else {
        return Err(throw_new(env, "java/lang/NoSuchFieldError", Some(&name)));
    };
    let declaring_class = env.class(declaring);
    let field = &declaring_class.fields[field_index];
    if field.is_static() != is_static {
        let message = format!(
            "Expected {}static field {}.{}",
            if is_static { "" } else { "non-" },
            declaring_class.java_name(),
            name
        );
        return Err(throw_new(
            env,
            "java/lang/IncompatibleClassChangeError",
            Some(&message),
        ));
    }
    if field.access_flags & access::PRIVATE != 0
        && declaring != class.id
        && !same_nest(class, &declaring_class)
    {
        let message = format!(
            "class {} tried to access private field {}.{} ({} and {} are in unnamed module of loader 'app')",
            class.java_name(),
            declaring_class.java_name(),
            name,
            class.java_name(),
            declaring_class.java_name()
        );
        return Err(throw_new(
            env,
            "java/lang/IllegalAccessError",
            Some(&message),
        ));
    }
    let resolved = FieldRef {
        class: declaring,
        offset: field.offset,
        basic_type: field.basic_type,
    };
    let _ = class.constant_cache[index as usize].set(Resolved::Field {
        class: declaring,
        offset: field.offset,
        basic_type: field.basic_type,
        is_static,
    });
    Ok(resolved)
}

/// JVMS §5.4.3.2 field lookup: the class, its superinterfaces, then its superclass.
pub(crate) fn lookup_field(
    env: &Env,
    class: ClassId,
    name: &str,
    descriptor: &str,
) -> Option<(ClassId, usize)> {
    let c = env.vm.class(class);
    if let Some(i) = c
        .fields
        .iter()
        .position(|f| f.name == name && f.descriptor == descriptor)
    {
        return Some((class, i));
    }
    for &interface in &c.interfaces {
        if let Some(found) = lookup_field(env, interface, name, descriptor) {
            return Some(found);
        }
    }
    c.super_class
        .and_then(|s| lookup_field(env, s, name, descriptor))
}

pub(crate) fn nest_host(class: &Class) -> Arc<str> {
    let file = class.file.as_ref();
    match file.and_then(|f| {
        f.attributes
            .nest_host
            .map(|i| f.constant_pool.class_name(i))
    }) {
        Some(Ok(host)) => Arc::from(host),
        _ => class.name.clone(),
    }
}

/// JVMS §5.4.4 nestmates: same defining loader and same nest host.
fn same_nest(a: &Class, b: &Class) -> bool {
    a.loader == b.loader && nest_host(a) == nest_host(b)
}

/// `'void a.B.m(int)'`-style text of a method, as HotSpot's linkage errors print it.
pub(crate) fn method_signature_text(method: &Method) -> String {
    let (return_type, parameters) = signature_parts(method);
    format!(
        "{return_type} {}.{}({parameters})",
        method.class_name.replace('/', "."),
        method.name
    )
}

/// `'abstract void m(int)'`: how AbstractMethodError names the resolved method (unqualified;
/// the message names the class beside it).
fn abstract_method_text(method: &Method) -> String {
    let (return_type, parameters) = signature_parts(method);
    let modifier = if method.is_abstract() {
        "abstract "
    } else {
        ""
    };
    format!("{modifier}{return_type} {}({parameters})", method.name)
}

fn signature_parts(method: &Method) -> (String, String) {
    let return_type = method
        .parsed
        .return_type
        .as_ref()
        .map_or("void".to_owned(), FieldType::java_name);
    let parameters: Vec<String> = method
        .parsed
        .parameters
        .iter()
        .map(FieldType::java_name)
        .collect();
    (return_type, parameters.join(", "))
}

fn signature_text(class_name: &str, name: &str, descriptor: &str) -> String {
    match cortado_classfile::MethodDescriptor::parse(descriptor) {
        Ok(d) => {
            let return_type = d
                .return_type
                .as_ref()
                .map_or("void".to_owned(), FieldType::java_name);
            let parameters: Vec<String> = d.parameters.iter().map(FieldType::java_name).collect();
            format!(
                "{return_type} {}.{name}({})",
                class_name.replace('/', "."),
                parameters.join(", ")
            )
        }
        Err(_) => format!("{class_name}.{name}{descriptor}"),
    }
}

/// Resolves a Methodref or InterfaceMethodref (JVMS §5.4.3.3, §5.4.3.4).
pub(crate) fn method_ref(env: &mut Env, class: &Class, index: u16) -> JResult<Arc<Method>> {
    match class
        .constant_cache
        .get(index as usize)
        .and_then(|c| c.get())
    {
        Some(Resolved::Method(method)) => return Ok(method.clone()),
        // A signature-polymorphic call site (`crate::polymorphic`): its generated method.
        Some(Resolved::CallSite(method)) => return Ok(method.clone()),
        _ => {}
    }
    let (owner_name, name, descriptor, interface_ref) = match pool(class).member_ref(index) {
        Ok((member, interface))
            if !matches!(pool(class).get(index), Some(Constant::FieldRef { .. })) =>
        {
            (
                member.class.to_owned(),
                member.name.to_owned(),
                member.descriptor.to_owned(),
                interface,
            )
        }
        _ => return Err(bad_constant(env, class, index)),
    };
    let owner = resolve_class(env, &owner_name, class.loader)?;
    let owner_class = env.class(owner);
    if owner_class.is_interface() != interface_ref && !owner_class.is_array() {
        let message = if interface_ref {
            format!(
                "Found class {}, but interface was expected",
                owner_class.java_name()
            )
        } else {
            format!(
                "Found interface {}, but class was expected",
                owner_class.java_name()
            )
        };
        return Err(throw_new(
            env,
            "java/lang/IncompatibleClassChangeError",
            Some(&message),
        ));
    }
    if !interface_ref && crate::polymorphic::is_polymorphic(env, owner, &name) {
        return crate::polymorphic::link(env, class, index, owner, &name, &descriptor);
    }
    let found = lookup_method(env, owner, &name, &descriptor);
    let Some(method) = found else {
        // A class that inherits conflicting default methods (only separate compilation makes
        // one): HotSpot gives the class a method that throws this (an "overpass"). Thrown at
        // resolution here, which differs only when a subclass overrides the method.
        let conflicting = crate::loader::conflicting_defaults(
            env,
            &env.class(owner).all_interfaces,
            &name,
            &descriptor,
        );
        if !interface_ref && conflicting.len() > 1 {
            let names: Vec<String> = conflicting
                .iter()
                .map(|m| format!("{}.{}", m.class_name.replace('/', "."), m.name))
                .collect();
            let message = format!("Conflicting default methods: {}", names.join(" "));
            return Err(throw_new(
                env,
                "java/lang/IncompatibleClassChangeError",
                Some(&message),
            ));
        }
        let message = format!("'{}'", signature_text(&owner_name, &name, &descriptor));
        return Err(throw_new(
            env,
            "java/lang/NoSuchMethodError",
            Some(&message),
        ));
    };
    if method.is_private() && method.class != class.id {
        let declaring = env.class(method.class);
        if !same_nest(class, &declaring) {
            let message = format!(
                "class {} tried to access private method '{}' ({} and {} are in unnamed module of loader 'app')",
                class.java_name(),
                method_signature_text(&method),
                class.java_name(),
                declaring.java_name()
            );
            return Err(throw_new(
                env,
                "java/lang/IllegalAccessError",
                Some(&message),
            ));
        }
    }
    let _ = class.constant_cache[index as usize].set(Resolved::Method(method.clone()));
    Ok(method)
}

/// The constructor of `class` with `descriptor`: constructors are not inherited, so only the
/// class's own methods count.
pub(crate) fn constructor(env: &Env, class: ClassId, descriptor: &str) -> Option<Arc<Method>> {
    env.vm
        .class(class)
        .declared_method("<init>", descriptor)
        .cloned()
}

/// Method lookup (JVMS §5.4.3.3 and §5.4.3.4): the class and its superclasses (for an
/// interface: itself, then Object's public methods), then the maximally specific
/// superinterface method, non-abstract preferred.
pub(crate) fn lookup_method(
    env: &Env,
    class: ClassId,
    name: &str,
    descriptor: &str,
) -> Option<Arc<Method>> {
    let start = env.vm.class(class);
    if start.is_interface() {
        if let Some(method) = start.declared_method(name, descriptor) {
            return Some(method.clone());
        }
        let object = env.vm.class(env.vm.well_known.object);
        if let Some(method) = object.declared_method(name, descriptor) {
            if method.access_flags & access::PUBLIC != 0 && !method.is_static() {
                return Some(method.clone());
            }
        }
    } else {
        let mut current = Some(class);
        while let Some(id) = current {
            let c = env.vm.class(id);
            if let Some(method) = c.declared_method(name, descriptor) {
                return Some(method.clone());
            }
            current = c.super_class;
        }
    }
    crate::loader::select_default(env, &start.all_interfaces, name, descriptor)
}

/// JVMS §6.5 invokevirtual/invokeinterface selection on a receiver of class `receiver`.
pub(crate) fn select_virtual(
    env: &mut Env,
    receiver: ClassId,
    resolved: &Arc<Method>,
) -> JResult<Arc<Method>> {
    if resolved.is_private() || resolved.is_static() {
        return Ok(resolved.clone());
    }
    // The fast path borrows the class (no reference-count traffic on every call).
    let selected = {
        let class = env.vm.class(receiver);
        resolved
            .vtable_index
            .and_then(|slot| class.vtable.get(slot as usize))
            .or_else(|| class.itable.get(&resolved.id))
            .filter(|method| !method.is_abstract())
            .cloned()
    };
    if let Some(method) = selected {
        return Ok(method);
    }
    let class = env.class(receiver);
    // The verifier guarantees that the receiver is a subclass of the resolved method's
    // class, so the method's vtable slot is valid in the receiver's vtable.
    if let Some(slot) = resolved.vtable_index {
        if let Some(method) = class.vtable.get(slot as usize) {
            return finish_selection(env, &class, method.clone(), resolved);
        }
    }
    if let Some(method) = class.itable.get(&resolved.id) {
        return finish_selection(env, &class, method.clone(), resolved);
    }
    // Fall back to a search (methods of Object called through an interface, and the rare
    // shapes the tables do not cover).
    match lookup_method(env, receiver, &resolved.name, &resolved.descriptor) {
        Some(method) => finish_selection(env, &class, method, resolved),
        None => Err(abstract_method_error(env, &class, resolved)),
    }
}

fn finish_selection(
    env: &mut Env,
    class: &Class,
    method: Arc<Method>,
    resolved: &Arc<Method>,
) -> JResult<Arc<Method>> {
    if method.is_abstract() {
        return Err(abstract_method_error(env, class, resolved));
    }
    Ok(method)
}

/// HotSpot's AbstractMethodError for a receiver class that has no implementation.
fn abstract_method_error(env: &mut Env, class: &Class, resolved: &Method) -> crate::vm::Throw {
    let kind = if env.class(resolved.class).is_interface() {
        "interface"
    } else {
        "abstract class"
    };
    let message = format!(
        "Receiver class {} does not define or inherit an implementation of the resolved method '{}' of {kind} {}.",
        class.java_name(),
        abstract_method_text(resolved),
        resolved.class_name.replace('/', ".")
    );
    throw_new(env, "java/lang/AbstractMethodError", Some(&message))
}

/// JVMS §6.5 invokespecial selection: `super.m()` calls start at the current class's
/// superclass; constructors and private methods are called as resolved.
pub(crate) fn select_special(
    env: &mut Env,
    current: &Class,
    resolved: &Arc<Method>,
) -> JResult<Arc<Method>> {
    let method = special_selection(env, current, resolved);
    if method.is_abstract() {
        let message = format!("'{}'", method_signature_text(&method));
        return Err(throw_new(
            env,
            "java/lang/AbstractMethodError",
            Some(&message),
        ));
    }
    Ok(method)
}

/// The method `invokespecial` of `resolved` in class `current` selects (which depends on
/// nothing else), abstract or not.
pub(crate) fn special_selection(
    env: &mut Env,
    current: &Class,
    resolved: &Arc<Method>,
) -> Arc<Method> {
    let declaring = env.class(resolved.class);
    let is_super_call = resolved.name != "<init>"
        && !declaring.is_interface()
        && current.super_class.is_some()
        && current.supers.contains(&resolved.class)
        && resolved.class != current.id
        && current.access_flags & access::SUPER != 0;
    if is_super_call {
        let super_class = current.super_class.expect("checked above");
        lookup_method(env, super_class, &resolved.name, &resolved.descriptor)
            .unwrap_or_else(|| resolved.clone())
    } else {
        resolved.clone()
    }
}

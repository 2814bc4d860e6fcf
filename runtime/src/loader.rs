//! Class loading and linking (JVMS ch. 5): finding class bytes on the boot and application
//! class paths, deriving classes, laying out fields, building vtables and interface tables,
//! creating array classes, and resolving class names to loaded classes.
//!
//! Classes are keyed by (name, defining loader). The boot loader serves Cortado's own class
//! library; the application loader delegates to it first, then searches `-cp`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicU8};
use std::sync::{Arc, OnceLock};

use cortado_classfile::jar::Jar;
use cortado_classfile::{access, ClassFile, FieldType, MethodDescriptor};
use cortado_gc::header::FIELDS_OFFSET;
use cortado_gc::Strength;

use crate::class::{
    BasicType, CallCache, Class, ClassId, ClassKind, Field, InitState, LoaderId, Method,
};
use crate::exceptions::throw_new;
use crate::host;
use crate::vm::{Env, JResult, Throw};

/// Where the application loader looks for classes.
pub(crate) enum ClassPathEntry {
    Directory(PathBuf),
    /// An opened jar, and its path.
    Jar(Jar, PathBuf),
    /// Classes given as bytes by an embedder, by internal name.
    Memory(HashMap<String, Vec<u8>>),
}

#[derive(Default)]
pub(crate) struct ClassPath {
    pub entries: Vec<ClassPathEntry>,
}

impl ClassPath {
    /// The bytes of `name.class` from the first entry that has it, and where they came from
    /// (as `-verbose:class` names it).
    fn find(&mut self, name: &str) -> Option<(Vec<u8>, String)> {
        let file_name = format!("{name}.class");
        for entry in &mut self.entries {
            match entry {
                ClassPathEntry::Directory(dir) => {
                    if let Ok(bytes) = host::read_file(&dir.join(&file_name)) {
                        return Some((bytes, format!("file:{}/", dir.display())));
                    }
                }
                ClassPathEntry::Jar(jar, path) => {
                    if let Ok(Some(bytes)) = jar.read(&file_name) {
                        return Some((bytes, format!("file:{}", path.display())));
                    }
                }
                ClassPathEntry::Memory(classes) => {
                    if let Some(bytes) = classes.get(name) {
                        return Some((bytes.clone(), "memory".to_owned()));
                    }
                }
            }
        }
        None
    }
}

/// Loads (or finds already loaded) the class `name` for `loader`. `Ok(None)` when no class
/// of that name exists; malformed class files throw ClassFormatError and friends.
pub(crate) fn load_class(env: &mut Env, name: &str, loader: LoaderId) -> JResult<Option<ClassId>> {
    if let Some(&id) = env.vm.class_ids.get(&(loader, Arc::from(name))) {
        // The primitive classes are registered under their keywords, but no loader finds
        // them by name: `Class.forName("int")` throws ClassNotFoundException.
        if !matches!(env.vm.class(id).kind, ClassKind::Primitive(_)) {
            return Ok(Some(id));
        }
    }
    if name.starts_with('[') {
        return load_array_class(env, name, loader);
    }
    if let LoaderId::User(_) = loader {
        return crate::natives::classloader::load_through_user_loader(env, name, loader);
    }
    if loader == LoaderId::App {
        if let Some(id) = load_class(env, name, LoaderId::Boot)? {
            return Ok(Some(id));
        }
    }
    let found = match loader {
        LoaderId::Boot => {
            cortado_stdlib::class_bytes(name).map(|b| (b.to_vec(), "jrt:/java.base".to_owned()))
        }
        LoaderId::App => env.vm.class_path.find(name),
        LoaderId::User(_) => unreachable!("user loaders load in Java"),
    };
    let Some((bytes, source)) = found else {
        return Ok(None);
    };
    let id = define_class(env, &bytes, loader, Some(name), false)?;
    if env.vm.options.verbose_class {
        // HotSpot's unified-logging line for `-verbose:class` (`-Xlog:class+load`).
        let uptime = env.vm.host.nano_time() as f64 / 1e9;
        let line = format!(
            "[{uptime:.3}s][info][class,load] {} source: {source}\n",
            name.replace('/', ".")
        );
        let _ = env.vm.host.write(1, line.as_bytes());
    }
    Ok(Some(id))
}

/// Like `load_class`, but a missing class throws NoClassDefFoundError (JVMS §5.3).
pub(crate) fn resolve_class(env: &mut Env, name: &str, loader: LoaderId) -> JResult<ClassId> {
    match load_class(env, name, loader)? {
        Some(id) => Ok(id),
        None => Err(throw_new(env, "java/lang/NoClassDefFoundError", Some(name))),
    }
}

/// Loads a class the VM itself needs; its absence means the class library is broken.
pub(crate) fn system_class(env: &mut Env, name: &str) -> JResult<ClassId> {
    match load_class(env, name, LoaderId::Boot)? {
        Some(id) => Ok(id),
        None => Err(crate::vm::Throw::Fatal(format!(
            "class library lacks {name}"
        ))),
    }
}

fn class_format_error(env: &mut Env, error: cortado_classfile::Error) -> crate::vm::Throw {
    use cortado_classfile::Error as E;
    match error {
        E::UnsupportedVersion(message) => throw_new(
            env,
            "java/lang/UnsupportedClassVersionError",
            Some(&message),
        ),
        E::Format(message) | E::Archive(message) => {
            throw_new(env, "java/lang/ClassFormatError", Some(&message))
        }
    }
}

/// Old class files (before version 51) may use `jsr`/`ret`: their subroutines are inlined
/// now, so that the verifier, the reference maps and the JIT never see them. A method whose
/// subroutines cannot be inlined (recursion, code too large) keeps its code, and the verifier
/// rejects it.
fn inline_subroutines(file: &mut ClassFile) {
    if file.major_version >= 51 {
        return;
    }
    for method in &mut file.methods {
        let Some(code) = method.attributes.code.as_mut() else {
            continue;
        };
        if cortado_classfile::subroutines::has_subroutines(&code.code) {
            if let Ok(inlined) = cortado_classfile::subroutines::inline_subroutines(code) {
                *code = inlined;
            }
        }
    }
}

/// Derives a class from class-file bytes (JVMS §5.3.5) and links it.
pub(crate) fn define_class(
    env: &mut Env,
    bytes: &[u8],
    loader: LoaderId,
    expected_name: Option<&str>,
    hidden: bool,
) -> JResult<ClassId> {
    // HotSpot names a class defined without a name `<Unknown>` in format errors.
    let mut file = match ClassFile::parse_named(bytes, expected_name.or(Some("<Unknown>"))) {
        Ok(file) => file,
        Err(error) => return Err(class_format_error(env, error)),
    };
    inline_subroutines(&mut file);
    if let Some(expected) = expected_name {
        if file.this_class != expected {
            let message = format!("{expected} (wrong name: {})", file.this_class);
            return Err(throw_new(
                env,
                "java/lang/NoClassDefFoundError",
                Some(&message),
            ));
        }
    }
    let name = file.this_class.clone();
    if loader != LoaderId::Boot && (name.starts_with("java/") || name == "java") {
        let package = name.rfind('/').map_or("", |i| &name[..i]).replace('/', ".");
        let message = format!("Prohibited package name: {package}");
        return Err(throw_new(
            env,
            "java/lang/SecurityException",
            Some(&message),
        ));
    }
    if !hidden {
        if let Some(&existing) = env.vm.class_ids.get(&(loader, Arc::from(name.as_str()))) {
            // JVMS §5.3.5: a loader defines a name at most once (HotSpot's wording).
            let kind = if env.class(existing).is_interface() {
                "interface"
            } else {
                "class"
            };
            let java_name = name.replace('/', ".");
            let message = format!(
                "loader {} attempted duplicate {kind} definition for {java_name}. ({java_name} is in {})",
                crate::natives::classloader::loader_description(env, loader),
                crate::natives::classloader::module_of_loader_text(env, loader, true)
            );
            return Err(throw_new(env, "java/lang/LinkageError", Some(&message)));
        }
    }
    if env
        .vm
        .loading
        .iter()
        .any(|(l, n)| *l == loader && *n == name)
    {
        return Err(throw_new(
            env,
            "java/lang/ClassCircularityError",
            Some(&name),
        ));
    }
    env.vm.loading.push((loader, name.clone()));
    let result = derive(env, file, loader, hidden);
    env.vm
        .loading
        .retain(|(l, n)| !(*l == loader && *n == name));
    let id = result?;
    Ok(id)
}

fn derive(env: &mut Env, file: ClassFile, loader: LoaderId, hidden: bool) -> JResult<ClassId> {
    let name = file.this_class.clone();
    if let Some(message) = format_problem(&file) {
        return Err(throw_new(env, "java/lang/ClassFormatError", Some(&message)));
    }
    let super_class = match &file.super_class {
        None if name == "java/lang/Object" => None,
        None => {
            return Err(throw_new(
                env,
                "java/lang/ClassFormatError",
                Some(&format!("Invalid superclass index 0 in class file {name}")),
            ))
        }
        Some(super_name) => {
            let super_id = resolve_class(env, super_name, loader)?;
            let super_class = env.class(super_id);
            if super_class.is_interface() {
                let message = format!(
                    "class {} has interface {} as super class",
                    name.replace('/', "."),
                    super_class.java_name()
                );
                return Err(throw_new(
                    env,
                    "java/lang/IncompatibleClassChangeError",
                    Some(&message),
                ));
            }
            if super_class.access_flags & access::FINAL != 0 {
                let message = format!(
                    "Cannot inherit from final class {}",
                    super_class.java_name()
                );
                return Err(throw_new(env, "java/lang/VerifyError", Some(&message)));
            }
            Some(super_id)
        }
    };
    if file.is_interface() && file.super_class.as_deref() != Some("java/lang/Object") {
        return Err(throw_new(
            env,
            "java/lang/ClassFormatError",
            Some(&format!(
                "Interfaces must have java.lang.Object as superclass in class file {name}"
            )),
        ));
    }
    let mut interfaces = Vec::with_capacity(file.interfaces.len());
    for interface_name in &file.interfaces {
        let id = resolve_class(env, interface_name, loader)?;
        if !env.class(id).is_interface() {
            let message = format!(
                "class {} can not implement {}, because it is not an interface ({} is in unnamed module of loader 'app')",
                name.replace('/', "."),
                interface_name.replace('/', "."),
                interface_name.replace('/', ".")
            );
            return Err(throw_new(
                env,
                "java/lang/IncompatibleClassChangeError",
                Some(&message),
            ));
        }
        interfaces.push(id);
    }
    let id = env.vm.classes.len() as ClassId;
    let super_arc = super_class.map(|s| env.class(s));
    let class_name: Arc<str> = Arc::from(name.as_str());

    // Field layout: inherited fields first; then this class's, widest first so that every
    // field is naturally aligned; references are 4-byte compressed.
    let mut instance_end = super_arc
        .as_ref()
        .map_or(FIELDS_OFFSET as u32, |s| s.instance_size_unpadded());
    let mut reference_offsets = super_arc
        .as_ref()
        .map_or_else(Vec::new, |s| s.reference_offsets.clone());
    let mut fields = Vec::with_capacity(file.fields.len());
    let mut static_slots = 0u32;
    let mut static_references = Vec::new();
    let mut order: Vec<usize> = (0..file.fields.len()).collect();
    let types: Vec<BasicType> = file
        .fields
        .iter()
        .map(|f| {
            FieldType::parse(&f.descriptor)
                .map(|t| BasicType::of(&t))
                .unwrap_or(BasicType::Int)
        })
        .collect();
    order.sort_by_key(|&i| std::cmp::Reverse(types[i].size()));
    // Fill a 4-byte gap before 8-byte fields with one 4-byte field, if there is one.
    if instance_end % 8 == 4 {
        let first_wide = order.iter().position(|&i| {
            file.fields[i].access_flags & access::STATIC == 0 && types[i].size() == 8
        });
        let first_narrow = order.iter().position(|&i| {
            file.fields[i].access_flags & access::STATIC == 0 && types[i].size() == 4
        });
        if let (Some(w), Some(n)) = (first_wide, first_narrow) {
            if n > w {
                let narrow = order.remove(n);
                order.insert(w, narrow);
            }
        }
    }
    // The collector treats a reference object's referent apart (java.lang.ref).
    let is_reference_base = loader == LoaderId::Boot && name == "java/lang/ref/Reference";
    let mut referent_offset = None;
    let mut layout = vec![0u32; file.fields.len()];
    for &i in &order {
        let field = &file.fields[i];
        let basic_type = types[i];
        if field.access_flags & access::STATIC != 0 {
            layout[i] = static_slots;
            if basic_type == BasicType::Reference {
                static_references.push(static_slots);
            }
            static_slots += 1;
        } else {
            let size = basic_type.size() as u32;
            instance_end = instance_end.div_ceil(size) * size;
            layout[i] = instance_end;
            if is_reference_base && field.name == "referent" {
                referent_offset = Some(instance_end);
            } else if basic_type == BasicType::Reference {
                reference_offsets.push(instance_end);
            }
            instance_end += size;
        }
    }
    let referent = if is_reference_base {
        let queue = file
            .fields
            .iter()
            .position(|f| f.name == "queue" && f.access_flags & access::STATIC == 0);
        referent_offset
            .zip(queue.map(|q| layout[q]))
            .map(|(referent, queue)| (referent, queue, Strength::Weak))
    } else {
        super_arc
            .as_ref()
            .and_then(|s| s.referent)
            .map(|(referent, queue, strength)| {
                let strength = match (loader, name.as_str()) {
                    (LoaderId::Boot, "java/lang/ref/SoftReference") => Strength::Soft,
                    (LoaderId::Boot, "java/lang/ref/WeakReference") => Strength::Weak,
                    (LoaderId::Boot, "java/lang/ref/PhantomReference") => Strength::Phantom,
                    _ => strength,
                };
                (referent, queue, strength)
            })
    };
    for (i, field) in file.fields.iter().enumerate() {
        fields.push(Field {
            name: field.name.clone(),
            descriptor: field.descriptor.clone(),
            access_flags: field.access_flags,
            basic_type: types[i],
            offset: layout[i],
            constant_value: field.attributes.constant_value,
        });
    }

    // Methods.
    let mut methods = Vec::with_capacity(file.methods.len());
    for (index, method) in file.methods.iter().enumerate() {
        let parsed = MethodDescriptor::parse(&method.descriptor)
            .expect("the class-file parser checked every method descriptor");
        let arg_slots = parsed.parameter_slots() + usize::from(!method.is_static());
        let return_type = parsed.return_type.as_ref().map(BasicType::of);
        methods.push(Method {
            id: env.vm.next_method_id,
            class: id,
            class_name: class_name.clone(),
            name: method.name.clone(),
            descriptor: method.descriptor.clone(),
            parsed,
            access_flags: method.access_flags,
            arg_slots: arg_slots as u16,
            return_type,
            vtable_index: None,
            index_in_class: index as u16,
            prepared: OnceLock::new(),
            native: OnceLock::new(),
            tier: Default::default(),
        });
        env.vm.next_method_id += 1;
    }

    // vtable (JVMS §5.4.5 overriding): start from the superclass's, replace what this class
    // overrides, append the rest.
    let mut vtable: Vec<Arc<Method>> = super_arc
        .as_ref()
        .map_or_else(Vec::new, |s| s.vtable.clone());
    let package = package_of(&name);
    let mut next_slot = vtable.len() as u32;
    if !file.is_interface() {
        for method in &mut methods {
            if method.is_static()
                || method.is_private()
                || method.name == "<init>"
                || method.name == "<clinit>"
            {
                continue;
            }
            let overridden = vtable.iter().position(|m| {
                m.name == method.name
                    && m.descriptor == method.descriptor
                    && (m.access_flags & (access::PUBLIC | access::PROTECTED) != 0
                        || package_of(&m.class_name) == package)
            });
            match overridden {
                Some(slot) if vtable[slot].access_flags & access::FINAL != 0 => {
                    let base = &vtable[slot];
                    let message = format!(
                        "class {} overrides final method {}.{}{}",
                        name.replace('/', "."),
                        base.class_name.replace('/', "."),
                        base.name,
                        base.descriptor
                    );
                    return Err(throw_new(
                        env,
                        "java/lang/IncompatibleClassChangeError",
                        Some(&message),
                    ));
                }
                Some(slot) => method.vtable_index = Some(slot as u32),
                None => {
                    method.vtable_index = Some(next_slot);
                    next_slot += 1;
                }
            }
        }
    }
    let methods: Vec<Arc<Method>> = methods.into_iter().map(Arc::new).collect();
    for method in &methods {
        if let Some(slot) = method.vtable_index {
            let slot = slot as usize;
            if slot == vtable.len() {
                vtable.push(method.clone());
            } else {
                crate::tier::note_overridden(&vtable[slot]);
                vtable[slot] = method.clone();
            }
        }
    }

    let mut supers = super_arc
        .as_ref()
        .map_or_else(Vec::new, |s| s.supers.clone());
    supers.push(id);
    let mut all_interfaces: Vec<ClassId> = super_arc
        .as_ref()
        .map_or_else(Vec::new, |s| s.all_interfaces.clone());
    for &interface in &interfaces {
        all_interfaces.push(interface);
        all_interfaces.extend(env.class(interface).all_interfaces.iter().copied());
    }
    all_interfaces.sort_unstable();
    all_interfaces.dedup();

    let itable = if file.is_interface() {
        HashMap::new()
    } else {
        build_itable(env, &vtable, &all_interfaces)
    };

    let constant_cache = (0..file.constant_pool.len())
        .map(|_| OnceLock::new())
        .collect();
    let call_caches = (0..file.constant_pool.len())
        .map(|_| CallCache::new())
        .collect();
    let source_file = file.source_file().map(str::to_owned);
    let instance_size = instance_end.div_ceil(8) * 8;
    let class = Class {
        id,
        name: class_name.clone(),
        loader,
        access_flags: file.access_flags,
        kind: ClassKind::Instance,
        super_class,
        interfaces,
        supers,
        all_interfaces,
        fields,
        methods,
        vtable,
        itable,
        instance_size: instance_size.max(16),
        instance_end_unpadded: instance_end,
        reference_offsets,
        referent,
        statics: (0..static_slots).map(|_| AtomicU64::new(0)).collect(),
        static_references,
        init_state: AtomicU8::new(InitState::Uninitialized as u8),
        init_thread: AtomicU64::new(0),
        constant_cache,
        call_caches,
        source_file,
        hidden,
        file: Some(Arc::new(file)),
    };
    register(env, class)
}

/// JVMS §4.8 format checks the parser leaves to loading: legal class modifiers, and methods
/// whose arguments fit their locals.
fn format_problem(file: &ClassFile) -> Option<String> {
    let flags = file.access_flags;
    let name = file.this_class.replace('/', ".");
    let interface = flags & access::INTERFACE != 0;
    let illegal = if interface {
        flags & access::ABSTRACT == 0 || flags & (access::FINAL | access::ENUM) != 0
    } else {
        flags & access::ANNOTATION != 0
            || flags & access::FINAL != 0 && flags & access::ABSTRACT != 0
    };
    if illegal {
        return Some(format!(
            "Illegal class modifiers in class {name}: 0x{:X}",
            flags & 0x7631
        ));
    }
    for method in &file.methods {
        let Some(code) = method.code() else { continue };
        let arguments = MethodDescriptor::parse(&method.descriptor)
            .map_or(0, |d| d.parameter_slots())
            + usize::from(!method.is_static());
        if (code.max_locals as usize) < arguments {
            return Some(format!(
                "Arguments can't fit into locals in class file {name}"
            ));
        }
    }
    None
}

fn package_of(name: &str) -> &str {
    name.rfind('/').map_or("", |i| &name[..i])
}

/// For every method of every implemented interface, the implementation a call on an instance
/// of this class selects (JVMS §5.4.6): a class method if one exists, otherwise the maximally
/// specific default method.
fn build_itable(
    env: &Env,
    vtable: &[Arc<Method>],
    all_interfaces: &[ClassId],
) -> HashMap<u32, Arc<Method>> {
    let mut itable = HashMap::new();
    for &interface in all_interfaces {
        let interface_class = env.vm.class(interface);
        for method in &interface_class.methods {
            if method.is_static() || method.name == "<clinit>" {
                continue;
            }
            let from_class = vtable.iter().find(|m| {
                m.name == method.name && m.descriptor == method.descriptor && !m.is_static()
            });
            let selected = match from_class {
                Some(m) => Some(m.clone()),
                None => select_default(env, all_interfaces, &method.name, &method.descriptor),
            };
            if let Some(selected) = selected {
                itable.insert(method.id, selected);
            }
        }
    }
    itable
}

/// The maximally specific non-abstract interface methods with this name and descriptor,
/// when there are several (defaults that conflict); empty otherwise.
pub(crate) fn conflicting_defaults(
    env: &Env,
    interfaces: &[ClassId],
    name: &str,
    descriptor: &str,
) -> Vec<Arc<Method>> {
    let candidates: Vec<&Arc<Method>> = interfaces
        .iter()
        .filter_map(|&i| env.vm.class(i).declared_method(name, descriptor))
        .filter(|m| !m.is_static() && !m.is_private())
        .collect();
    let non_abstract: Vec<Arc<Method>> = candidates
        .iter()
        .filter(|m| {
            !candidates.iter().any(|other| {
                other.class != m.class
                    && env.vm.class(other.class).all_interfaces.contains(&m.class)
            })
        })
        .filter(|m| !m.is_abstract())
        .map(|m| (*m).clone())
        .collect();
    if non_abstract.len() > 1 {
        non_abstract
    } else {
        Vec::new()
    }
}

/// The maximally specific non-abstract interface method with this name and descriptor.
pub(crate) fn select_default(
    env: &Env,
    interfaces: &[ClassId],
    name: &str,
    descriptor: &str,
) -> Option<Arc<Method>> {
    let candidates: Vec<&Arc<Method>> = interfaces
        .iter()
        .filter_map(|&i| env.vm.class(i).declared_method(name, descriptor))
        .filter(|m| !m.is_static() && !m.is_private())
        .collect();
    // Keep the candidates that no other candidate's interface extends.
    let specific: Vec<&Arc<Method>> = candidates
        .iter()
        .filter(|m| {
            !candidates.iter().any(|other| {
                other.class != m.class
                    && env.vm.class(other.class).all_interfaces.contains(&m.class)
            })
        })
        .copied()
        .collect();
    let non_abstract: Vec<&&Arc<Method>> = specific.iter().filter(|m| !m.is_abstract()).collect();
    match (non_abstract.len(), specific.len()) {
        (1, _) => Some((*non_abstract[0]).clone()),
        (0, _) => specific.first().map(|m| (*m).clone()),
        // Several defaults conflict: nothing is selected, so a call fails (HotSpot throws
        // IncompatibleClassChangeError there; Cortado's AbstractMethodError is a known gap).
        _ => None,
    }
}

/// Adds a class to the VM's table; one class beyond `max_classes` stops the VM.
fn register(env: &mut Env, class: Class) -> JResult<ClassId> {
    if env
        .vm
        .max_classes
        .is_some_and(|max| env.vm.classes.len() >= max)
    {
        crate::threads::stop(env, crate::error::StopReason::ClassLimit);
        return Err(Throw::Stopped(crate::error::StopReason::ClassLimit));
    }
    let id = class.id;
    env.vm
        .class_ids
        .insert((class.loader, class.name.clone()), id);
    let private_methods: Vec<Arc<crate::class::Method>> = class
        .all_interfaces
        .iter()
        .flat_map(|&i| {
            env.vm
                .class(i)
                .methods
                .iter()
                .filter(|m| m.is_private() && !m.is_static())
                .cloned()
        })
        .collect();
    env.vm.compiler.dispatch.register(&class, &private_methods);
    env.vm.classes.push(Arc::new(class));
    env.vm.mirrors.push(cortado_gc::NULL);
    let cell = env.vm.mirrors.cell(id as usize);
    env.vm.compiler.dispatch.set_mirror_cell(id, cell);
    Ok(id)
}

/// Creates the array class `name` (e.g. `[[Ljava/lang/String;`). Its defining loader is the
/// element class's (JVMS §5.3.3); `Object`, `Cloneable` and `Serializable` are its supertypes.
fn load_array_class(env: &mut Env, name: &str, loader: LoaderId) -> JResult<Option<ClassId>> {
    let component_name = &name[1..];
    let (element, component, defining_loader) = match component_name.as_bytes().first() {
        Some(b'L') => {
            let Some(class_name) = component_name
                .strip_prefix('L')
                .and_then(|n| n.strip_suffix(';'))
            else {
                return Ok(None);
            };
            let Some(component) = load_class(env, class_name, loader)? else {
                return Ok(None);
            };
            (
                BasicType::Reference,
                Some(component),
                env.class(component).loader,
            )
        }
        Some(b'[') => {
            let Some(component) = load_class(env, component_name, loader)? else {
                return Ok(None);
            };
            (
                BasicType::Reference,
                Some(component),
                env.class(component).loader,
            )
        }
        Some(&c) if component_name.len() == 1 => match BasicType::from_descriptor_char(c) {
            Some(t) if t != BasicType::Reference => (t, None, LoaderId::Boot),
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    if let Some(&id) = env.vm.class_ids.get(&(defining_loader, Arc::from(name))) {
        if defining_loader != loader {
            env.vm.class_ids.insert((loader, Arc::from(name)), id);
        }
        return Ok(Some(id));
    }
    if name.bytes().take_while(|&b| b == b'[').count() > 255 {
        return Ok(None);
    }
    let object = system_class(env, "java/lang/Object")?;
    let cloneable = system_class(env, "java/lang/Cloneable")?;
    let serializable = system_class(env, "java/io/Serializable")?;
    let object_class = env.class(object);
    let mut all_interfaces = vec![cloneable, serializable];
    all_interfaces.sort_unstable();
    let id = env.vm.classes.len() as ClassId;
    let itable = build_itable(env, &object_class.vtable, &all_interfaces);
    let class = Class {
        super_class: Some(object),
        interfaces: vec![cloneable, serializable],
        supers: vec![object, id],
        all_interfaces,
        vtable: object_class.vtable.clone(),
        itable,
        ..built_in_class(
            id,
            name,
            defining_loader,
            ClassKind::Array { element, component },
        )
    };
    let id = register(env, class)?;
    if defining_loader != loader {
        env.vm.class_ids.insert((loader, Arc::from(name)), id);
    }
    Ok(Some(id))
}

/// A class the VM makes rather than loads (array and primitive classes): public, final,
/// abstract, already initialized, without members or a class file.
fn built_in_class(id: ClassId, name: &str, loader: LoaderId, kind: ClassKind) -> Class {
    Class {
        id,
        name: Arc::from(name),
        loader,
        access_flags: access::PUBLIC | access::FINAL | access::ABSTRACT,
        kind,
        super_class: None,
        interfaces: Vec::new(),
        supers: Vec::new(),
        all_interfaces: Vec::new(),
        file: None,
        fields: Vec::new(),
        methods: Vec::new(),
        vtable: Vec::new(),
        itable: HashMap::new(),
        instance_size: 16,
        instance_end_unpadded: 16,
        reference_offsets: Vec::new(),
        referent: None,
        statics: Box::new([]),
        static_references: Vec::new(),
        init_state: AtomicU8::new(InitState::Initialized as u8),
        init_thread: AtomicU64::new(0),
        constant_cache: Box::new([]),
        call_caches: Box::new([]),
        source_file: None,
        hidden: false,
    }
}

/// Creates the class of a primitive type (`int.class`), or of `void` for `None`.
pub(crate) fn primitive_class(env: &mut Env, basic_type: Option<BasicType>) -> JResult<ClassId> {
    let name = basic_type.map_or("void", BasicType::java_name);
    if let Some(&id) = env.vm.class_ids.get(&(LoaderId::Boot, Arc::from(name))) {
        return Ok(id);
    }
    let id = env.vm.classes.len() as ClassId;
    let class = Class {
        supers: vec![id],
        ..built_in_class(id, name, LoaderId::Boot, ClassKind::Primitive(basic_type))
    };
    register(env, class)
}

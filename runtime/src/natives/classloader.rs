//! User-defined class loaders (JVMS §5.3.2) and the natives of `java.lang.ClassLoader`.
//!
//! A `ClassLoader` object gets a `LoaderId::User` when the VM first needs to name it (it
//! defines a class, or a class is looked up through it): its `vmLoaderId` field then holds the
//! index + 1 in `VmState::loaders`, which keeps the object in a global root. Classes are keyed
//! by (loader, name), so two loaders defining the same name make two runtime classes. Loading
//! a class through a user loader calls its `loadClass(String)` in Java; the result is recorded
//! with the loader as initiating loader, so later resolutions of that name through the loader
//! give the same class without asking again (the common case of the loading constraints).
//! Classes and loaders with an id are never unloaded.

use cortado_gc::{Ref, NULL};

use crate::class::{BasicType, ClassId, LoaderId};
use crate::exceptions::{null_pointer, throw_new};
use crate::interp::call::call_method;
use crate::interp::resolve::lookup_method;
use crate::loader::{define_class, load_class, system_class};
use crate::natives::{class_of_mirror, int_result, mirror, ref_result, Args, NativeRegistry};
use crate::objects::{
    array_bytes, array_length, class_of, new_string, read_int_field, read_ref_field, rust_string,
    write_int_field,
};
use crate::vm::{Env, JResult, Throw};

const CLASS_LOADER: &str = "java/lang/ClassLoader";
const APP_LOADER: &str = "java/lang/ClassLoader$AppClassLoader";

fn field_offset(env: &mut Env, name: &str, descriptor: &str) -> JResult<u32> {
    let id = system_class(env, CLASS_LOADER)?;
    let class = env.class(id);
    match class.declared_field(name, descriptor) {
        Some(field) => Ok(field.offset),
        None => Err(Throw::Fatal(format!("ClassLoader lacks {name}"))),
    }
}

/// The loader a `ClassLoader` object stands for (null: the boot loader), giving a user loader
/// its id on first use.
pub(crate) fn loader_id_of(env: &mut Env, object: Ref) -> JResult<LoaderId> {
    if object == NULL {
        return Ok(LoaderId::Boot);
    }
    let class = class_of(env.vm, object);
    if &*env.vm.class(class).name == APP_LOADER {
        return Ok(LoaderId::App);
    }
    let offset = field_offset(env, "vmLoaderId", "I")?;
    let stored = read_int_field(env.vm, object, offset);
    if stored > 0 {
        return Ok(LoaderId::User(stored as u32 - 1));
    }
    let slot = env.vm.add_global(object);
    env.vm.loaders.push(slot);
    let index = env.vm.loaders.len() as u32 - 1;
    write_int_field(env.vm, object, offset, index as i32 + 1);
    Ok(LoaderId::User(index))
}

/// The `ClassLoader` object of a user-defined loader (NULL for the built-in loaders).
pub(crate) fn loader_object(env: &Env, loader: LoaderId) -> Ref {
    match loader {
        LoaderId::User(index) => env.vm.globals[env.vm.loaders[index as usize] as usize],
        LoaderId::Boot | LoaderId::App => NULL,
    }
}

/// HotSpot's `loader_name_and_id`: `'bootstrap'`, `'app'`, `'name' @hash` or
/// `pkg.LoaderClass @hash` (the `nameAndId` the loader computed when constructed).
pub(crate) fn loader_description(env: &Env, loader: LoaderId) -> String {
    match loader {
        LoaderId::Boot => "'bootstrap'".to_owned(),
        LoaderId::App => "'app'".to_owned(),
        LoaderId::User(_) => {
            let object = loader_object(env, loader);
            let Some(offset) = known_offset(env, "nameAndId") else {
                return "'unknown'".to_owned();
            };
            let text = read_ref_field(env.vm, object, offset);
            if text == NULL {
                "'unknown'".to_owned()
            } else {
                rust_string(env.vm, text)
            }
        }
    }
}

/// The `name` of a user-defined loader (a Java string, NULL when unnamed or built in).
pub(crate) fn loader_name(env: &Env, loader: LoaderId) -> Ref {
    match loader {
        LoaderId::User(_) => known_offset(env, "name").map_or(NULL, |offset| {
            read_ref_field(env.vm, loader_object(env, loader), offset)
        }),
        LoaderId::Boot | LoaderId::App => NULL,
    }
}

/// A field offset of an already loaded `ClassLoader` (without loading anything).
fn known_offset(env: &Env, name: &str) -> Option<u32> {
    let id = *env
        .vm
        .class_ids
        .get(&(LoaderId::Boot, std::sync::Arc::from(CLASS_LOADER)))?;
    let class = env.vm.class(id);
    class
        .fields
        .iter()
        .find(|f| f.name == name)
        .map(|f| f.offset)
}

/// "X is in unnamed module of loader L, parent loader P", as HotSpot's
/// `class_in_module_of_loader(false, true)` words it.
pub(crate) fn module_of_loader_text(env: &Env, loader: LoaderId, with_parent: bool) -> String {
    match loader {
        LoaderId::Boot => "module java.base of loader 'bootstrap'".to_owned(),
        LoaderId::App => "unnamed module of loader 'app'".to_owned(),
        LoaderId::User(_) => {
            let mut text = format!(
                "unnamed module of loader {}",
                loader_description(env, loader)
            );
            if with_parent {
                let object = loader_object(env, loader);
                let parent = known_offset(env, "parent")
                    .map_or(NULL, |offset| read_ref_field(env.vm, object, offset));
                let parent_text = if parent == NULL {
                    "'bootstrap'".to_owned()
                } else if &*env.vm.class(class_of(env.vm, parent)).name == APP_LOADER {
                    "'app'".to_owned()
                } else {
                    let text = known_offset(env, "nameAndId")
                        .map_or(NULL, |offset| read_ref_field(env.vm, parent, offset));
                    if text == NULL {
                        String::new()
                    } else {
                        rust_string(env.vm, text)
                    }
                };
                text.push_str(", parent loader ");
                text.push_str(&parent_text);
            }
            text
        }
    }
}

/// Loads `name` (internal form, not an array) through a user-defined loader: calls its
/// `loadClass(String)`. `Ok(None)` when the loader throws ClassNotFoundException, returns
/// null or returns a class of another name (HotSpot then throws NoClassDefFoundError); any
/// other exception propagates. The class found is recorded with the loader as initiating
/// loader.
pub(crate) fn load_through_user_loader(
    env: &mut Env,
    name: &str,
    loader: LoaderId,
) -> JResult<Option<ClassId>> {
    let mark = env.thread.handle_mark();
    let java_name = new_string(env, &name.replace('/', "."))?;
    let object = loader_object(env, loader);
    let loader_class = class_of(env.vm, object);
    let Some(method) = lookup_method(
        env,
        loader_class,
        "loadClass",
        "(Ljava/lang/String;)Ljava/lang/Class;",
    ) else {
        env.thread.release_handles(mark);
        return Ok(None);
    };
    let result = call_method(env, &method, &[object as u64, java_name as u64]);
    env.thread.release_handles(mark);
    match result {
        Ok(value) => {
            let mirror = value as Ref;
            if mirror == NULL {
                return Ok(None);
            }
            let id = class_of_mirror(env, mirror);
            if *env.vm.class(id).name != *name {
                return Ok(None);
            }
            env.vm
                .class_ids
                .entry((loader, std::sync::Arc::from(name)))
                .or_insert(id);
            Ok(Some(id))
        }
        Err(Throw::Exception) => {
            let pending = env.thread.pending_exception;
            let cnfe = load_class(env, "java/lang/ClassNotFoundException", LoaderId::Boot)?;
            env.thread.pending_exception = pending;
            let is_cnfe = cnfe.is_some_and(|c| {
                crate::interp::slow::is_assignable(env, class_of(env.vm, pending), c)
            });
            if is_cnfe {
                env.thread.pending_exception = NULL;
                Ok(None)
            } else {
                Err(Throw::Exception)
            }
        }
        Err(other) => Err(other),
    }
}

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(
        CLASS_LOADER,
        "defineClass0",
        "(Ljava/lang/ClassLoader;Ljava/lang/String;[BII)Ljava/lang/Class;",
        define_class0,
    );
    registry.add(
        CLASS_LOADER,
        "assertionSwitches0",
        "()Ljava/lang/String;",
        |env, _args| {
            let switches = env.vm.options.assertions.join("\n");
            ref_result(crate::objects::new_string(env, &switches)?)
        },
    );
    registry.add(
        CLASS_LOADER,
        "findLoadedClass0",
        "(Ljava/lang/ClassLoader;Ljava/lang/String;)Ljava/lang/Class;",
        find_loaded_class0,
    );
    registry.add(
        CLASS_LOADER,
        "findBootstrapClass0",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        |env, args| {
            let name = args.reference(env, 0);
            let internal = rust_string(env.vm, name).replace('.', "/");
            match load_class(env, &internal, LoaderId::Boot)? {
                Some(id) if !internal.starts_with('[') => ref_result(mirror(env, id)?),
                _ => ref_result(NULL),
            }
        },
    );
    registry.add(
        CLASS_LOADER,
        "findAppClass0",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        |env, args| {
            let name = args.reference(env, 0);
            let internal = rust_string(env.vm, name).replace('.', "/");
            match load_class(env, &internal, LoaderId::App)? {
                Some(id) if !internal.starts_with('[') => ref_result(mirror(env, id)?),
                _ => ref_result(NULL),
            }
        },
    );
    registry.add(
        CLASS_LOADER,
        "findAppResource0",
        "(Ljava/lang/String;)Ljava/lang/String;",
        find_app_resource0,
    );
    registry.add(
        "java/net/URL",
        "readJarEntry0",
        "(Ljava/lang/String;Ljava/lang/String;)[B",
        read_jar_entry0,
    );
    registry.add("java/lang/Class", "loaderKind0", "()I", |env, args| {
        let class = env.class(class_of_mirror(env, args.reference(env, 0)));
        int_result(match class.loader {
            LoaderId::Boot => 0,
            LoaderId::App => 1,
            LoaderId::User(_) => 2,
        })
    });
    registry.add(
        "java/lang/Class",
        "userLoader0",
        "()Ljava/lang/ClassLoader;",
        |env, args| {
            let class = env.class(class_of_mirror(env, args.reference(env, 0)));
            ref_result(loader_object(env, class.loader))
        },
    );
}

/// `defineClass0(loader, name, bytes, offset, length)`: JVMS §5.3.5 for a user-defined (or
/// the application) loader. The Java side has checked the name's form and package.
fn define_class0(env: &mut Env, args: Args) -> JResult<u64> {
    let loader_ref = args.reference(env, 0);
    let name_ref = args.reference(env, 1);
    let bytes_ref = args.reference(env, 2);
    let offset = args.int(env, 3);
    let length = args.int(env, 4);
    if bytes_ref == NULL {
        return Err(null_pointer(env));
    }
    let array_len = array_length(env.vm, bytes_ref);
    if offset < 0 || length < 0 || array_len - offset < length {
        let message = format!(
            "Array region {offset}..{} out of bounds for length {array_len}",
            offset as i64 + length as i64
        );
        return Err(throw_new(
            env,
            "java/lang/ArrayIndexOutOfBoundsException",
            Some(&message),
        ));
    }
    let name = (name_ref != NULL).then(|| rust_string(env.vm, name_ref).replace('.', "/"));
    let bytes = array_bytes(
        env.vm,
        bytes_ref,
        BasicType::Byte,
        offset as usize,
        length as usize,
    )
    .to_vec();
    let loader = loader_id_of(env, loader_ref)?;
    let id = define_class(env, &bytes, loader, name.as_deref(), false)?;
    ref_result(mirror(env, id)?)
}

fn find_loaded_class0(env: &mut Env, args: Args) -> JResult<u64> {
    let loader_ref = args.reference(env, 0);
    let name_ref = args.reference(env, 1);
    if name_ref == NULL {
        return ref_result(NULL);
    }
    let internal = rust_string(env.vm, name_ref).replace('.', "/");
    let loader = loader_id_of(env, loader_ref)?;
    if internal.starts_with('[') {
        return ref_result(NULL);
    }
    let found = env
        .vm
        .class_ids
        .get(&(loader, std::sync::Arc::from(internal.as_str())))
        .copied();
    match found {
        Some(id) => ref_result(mirror(env, id)?),
        None => ref_result(NULL),
    }
}

/// The URL (as text) of a resource on the application class path, or null: `file:` URLs for
/// directories (found through the host door, so the sandbox's read rules apply: a resource the
/// guest may not read is not found) and `jar:` URLs for jars (read from the jar the class path
/// opened, like its classes).
fn find_app_resource0(env: &mut Env, args: Args) -> JResult<u64> {
    let name_ref = args.reference(env, 0);
    if name_ref == NULL {
        return Err(null_pointer(env));
    }
    let name = rust_string(env.vm, name_ref);
    if name.is_empty() || name.starts_with('/') || name.split('/').any(|part| part == "..") {
        return ref_result(NULL);
    }
    let mut found = None;
    for index in 0..env.vm.class_path.entries.len() {
        match &env.vm.class_path.entries[index] {
            crate::loader::ClassPathEntry::Directory(dir) => {
                let path = crate::host::absolute(&dir.join(&name));
                let text = path.display().to_string();
                // A refusal of the sandbox hides the resource, as a failed permission check
                // does in the JDK's class path.
                let stat = env.vm.host.stat(&text, true).and_then(|work| work());
                if stat.is_ok_and(|s| s.kind == 1) {
                    found = Some(format!("file:{text}"));
                    break;
                }
            }
            crate::loader::ClassPathEntry::Jar(jar, path) => {
                if name.ends_with('/') {
                    continue;
                }
                if jar.entry_names().any(|entry| entry == name) {
                    found = Some(format!(
                        "jar:file:{}!/{name}",
                        crate::host::absolute(path).display()
                    ));
                    break;
                }
            }
            crate::loader::ClassPathEntry::Memory(_) => {}
        }
    }
    match found {
        Some(url) => ref_result(new_string(env, &url)?),
        None => ref_result(NULL),
    }
}

/// The bytes of an entry of a class-path jar (`jar:` resource URLs), or null.
fn read_jar_entry0(env: &mut Env, args: Args) -> JResult<u64> {
    let jar_ref = args.reference(env, 0);
    let entry_ref = args.reference(env, 1);
    if jar_ref == NULL || entry_ref == NULL {
        return Err(null_pointer(env));
    }
    let jar_path = rust_string(env.vm, jar_ref);
    let entry = rust_string(env.vm, entry_ref);
    let mut bytes = None;
    for class_path_entry in &mut env.vm.class_path.entries {
        if let crate::loader::ClassPathEntry::Jar(jar, path) = class_path_entry {
            if crate::host::absolute(path).display().to_string() == jar_path {
                bytes = jar.read(&entry).ok().flatten();
                break;
            }
        }
    }
    let Some(bytes) = bytes else {
        return ref_result(NULL);
    };
    let class = crate::loader::resolve_class(env, "[B", LoaderId::Boot)?;
    let array = crate::objects::new_array(env, class, bytes.len() as i32)?;
    crate::objects::array_bytes_mut(env.vm, array, BasicType::Byte, 0, bytes.len())
        .copy_from_slice(&bytes);
    ref_result(array)
}

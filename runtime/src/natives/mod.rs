//! The native-method bridge: one registry keyed by (class, name, descriptor), and the
//! calling convention every native follows, whether it belongs to Cortado's class library or
//! to an embedder.
//!
//! A native receives the `Env` (VM state and current thread) and its arguments as slots of a
//! native frame on the Java stack. Arguments are read through `Args` every time they are needed,
//! because anything that allocates may move objects; references a native keeps across an
//! allocation go into handles, which are released when the native returns.

mod annotations;
mod class;
pub(crate) mod classloader;
mod fs;
mod io;
mod management;
pub(crate) mod math;
mod net;
mod object;
mod process;
pub(crate) mod proxy;
mod reference;
pub(crate) mod reflect;
mod system;
mod throwable;
pub(crate) mod zip;

use std::collections::HashMap;
use std::sync::Arc;

use cortado_gc::{Ref, NULL};

use crate::class::ClassId;
use crate::vm::{Env, JResult};

/// A native method implementation. The result is the return value as a slot (0 for void).
pub(crate) type NativeFn = Arc<dyn Fn(&mut Env, Args) -> JResult<u64> + Send + Sync>;

/// Where a native's arguments are: slot `i` is the i-th argument slot (receiver first for
/// instance methods; long and double take two slots).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Args {
    pub base: usize,
}

impl Args {
    pub(crate) fn slot(self, env: &Env, i: usize) -> u64 {
        env.thread.stack[self.base + i]
    }
    pub(crate) fn int(self, env: &Env, i: usize) -> i32 {
        self.slot(env, i) as u32 as i32
    }
    pub(crate) fn long(self, env: &Env, i: usize) -> i64 {
        self.slot(env, i) as i64
    }
    pub(crate) fn float(self, env: &Env, i: usize) -> f32 {
        f32::from_bits(self.slot(env, i) as u32)
    }
    pub(crate) fn double(self, env: &Env, i: usize) -> f64 {
        f64::from_bits(self.slot(env, i))
    }
    pub(crate) fn reference(self, env: &Env, i: usize) -> Ref {
        self.slot(env, i) as Ref
    }
}

pub(crate) fn int_result(v: i32) -> JResult<u64> {
    Ok(v as u32 as u64)
}
pub(crate) fn long_result(v: i64) -> JResult<u64> {
    Ok(v as u64)
}
pub(crate) fn double_result(v: f64) -> JResult<u64> {
    Ok(v.to_bits())
}
pub(crate) fn ref_result(v: Ref) -> JResult<u64> {
    Ok(v as u64)
}
pub(crate) fn void_result() -> JResult<u64> {
    Ok(0)
}

#[derive(Default)]
pub(crate) struct NativeRegistry {
    natives: HashMap<(String, String, String), NativeFn>,
}

impl NativeRegistry {
    /// The registry with every native of Cortado's class library.
    pub(crate) fn with_class_library() -> NativeRegistry {
        let mut registry = NativeRegistry::default();
        object::register(&mut registry);
        class::register(&mut registry);
        classloader::register(&mut registry);
        annotations::register(&mut registry);
        system::register(&mut registry);
        throwable::register(&mut registry);
        math::register(&mut registry);
        io::register(&mut registry);
        crate::threads::register(&mut registry);
        fs::register(&mut registry);
        net::register(&mut registry);
        process::register(&mut registry);
        reflect::register(&mut registry);
        proxy::register(&mut registry);
        reference::register(&mut registry);
        zip::register(&mut registry);
        management::register(&mut registry);
        crate::polymorphic::register_natives(&mut registry);
        registry
    }

    pub(crate) fn register(&mut self, class: &str, name: &str, descriptor: &str, native: NativeFn) {
        self.natives.insert(
            (class.to_owned(), name.to_owned(), descriptor.to_owned()),
            native,
        );
    }

    /// Registers a plain function.
    pub(crate) fn add(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        f: fn(&mut Env, Args) -> JResult<u64>,
    ) {
        self.register(class, name, descriptor, Arc::new(f));
    }

    pub(crate) fn lookup(&self, class: &str, name: &str, descriptor: &str) -> Option<NativeFn> {
        self.natives
            .get(&(class.to_owned(), name.to_owned(), descriptor.to_owned()))
            .cloned()
    }
}

/// The `java.lang.Class` object of a class, created on first request.
pub(crate) fn mirror(env: &mut Env, class: ClassId) -> JResult<Ref> {
    let existing = env.vm.mirrors[class as usize];
    if existing != NULL {
        return Ok(existing);
    }
    let class_class = env.vm.well_known.class;
    let mirror = crate::objects::new_instance(env, class_class)?;
    let offset = env.vm.well_known.class_class_index;
    crate::objects::write_int_field(env.vm, mirror, offset, class as i32);
    let archived = match env.class(class).loader {
        crate::class::LoaderId::Boot => {
            crate::identity_hash::archived_mirror_hash(&env.class(class).name)
        }
        _ => None,
    };
    if let Some(hash) = env.vm.mirror_hashes.remove(&class).or(archived) {
        let mark = env.vm.heap.mark(mirror);
        env.vm
            .heap
            .set_mark(mirror, cortado_gc::header::with_hash(mark, hash));
    }
    env.vm.mirrors[class as usize] = mirror;
    Ok(mirror)
}

/// The class a `java.lang.Class` object stands for.
pub(crate) fn class_of_mirror(env: &Env, mirror: Ref) -> ClassId {
    crate::objects::read_int_field(env.vm, mirror, env.vm.well_known.class_class_index) as ClassId
}

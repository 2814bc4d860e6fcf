//! Class initialization (JVMS §5.5): the state machine, `ConstantValue` statics, superclass
//! and superinterface order, ExceptionInInitializerError and the erroneous state.
//!
//! One Java thread runs at a time today, so "another thread is initializing" cannot happen
//! yet; the recorded initializing thread makes recursive requests succeed as §5.5 step 3 says.

use cortado_classfile::Constant;
use cortado_gc::NULL;

use crate::class::{BasicType, ClassId, InitState};
use crate::exceptions::throw_new;
use crate::interp::call::call_method;
use crate::objects::{class_of, intern_units};
use crate::vm::{Env, JResult, Throw};

/// Initializes `class` if it is not yet initialized.
#[inline]
pub(crate) fn ensure_initialized(env: &mut Env, class: ClassId) -> JResult<()> {
    if env.vm.class(class).init_state() == InitState::Initialized {
        return Ok(());
    }
    initialize(env, class)
}

fn initialize(env: &mut Env, id: ClassId) -> JResult<()> {
    let class = env.class(id);
    match class.init_state() {
        InitState::Initialized => return Ok(()),
        InitState::InProgress => {
            // Step 3: a recursive request by the initializing thread succeeds at once.
            if class.init_thread.load(std::sync::atomic::Ordering::Relaxed) == env.thread.id {
                return Ok(());
            }
            // Step 2: another thread is initializing the class: wait for it to finish.
            while class.init_state() == InitState::InProgress {
                if let Some(halt) = env.halt() {
                    return Err(halt);
                }
                env.wait_for_change(None);
            }
            return initialize(env, id);
        }
        InitState::Erroneous => return Err(could_not_initialize(env, id)),
        InitState::Uninitialized => {}
    }
    link(env, id)?;
    class.set_init_state(InitState::InProgress);
    class
        .init_thread
        .store(env.thread.id, std::sync::atomic::Ordering::Relaxed);
    // Step 7: superclass first, then the superinterfaces, direct or indirect, that declare
    // default methods, each direct interface's own superinterfaces before it.
    let mut supers = Vec::new();
    if !class.is_interface() {
        if let Some(super_class) = class.super_class {
            supers.push(super_class);
        }
        for &interface in &class.interfaces {
            enumerate_superinterfaces(env, interface, &mut supers);
        }
    }
    for super_id in supers {
        let super_class = env.class(super_id);
        if super_class.is_interface() && !declares_default_methods(env, super_id) {
            continue;
        }
        if let Err(throw) = ensure_initialized(env, super_id) {
            class.set_init_state(InitState::Erroneous);
            env.notify_change();
            // HotSpot keeps the superclass's (or superinterface's) error as this class's
            // initialization error too, the cause of later NoClassDefFoundErrors.
            if matches!(throw, Throw::Exception) {
                record_initialization_error(env, id)?;
            }
            return Err(throw);
        }
    }
    if let Err(throw) = set_constant_values(env, id) {
        class.set_init_state(InitState::Erroneous);
        env.notify_change();
        return Err(throw);
    }
    let clinit = class.declared_method("<clinit>", "()V").cloned();
    if let Some(clinit) = clinit {
        match call_method(env, &clinit, &[]) {
            Ok(_) => {}
            Err(Throw::Exception) => {
                class.set_init_state(InitState::Erroneous);
                env.notify_change();
                record_initialization_error(env, id)?;
                let exception = env.thread.pending_exception;
                let error_class = env.vm.well_known.error;
                if is_instance_of_class(env, exception, error_class) {
                    return Err(Throw::Exception);
                }
                return Err(wrap_in_initializer_error(env));
            }
            Err(other) => {
                class.set_init_state(InitState::Erroneous);
                env.notify_change();
                return Err(other);
            }
        }
    }
    class.set_init_state(InitState::Initialized);
    env.notify_change();
    Ok(())
}

/// Linking (JVMS §5.4): an application class is verified as a whole before it is
/// initialized, as on HotSpot; a failure leaves it uninitialized, so every later use fails the
/// same way. (Preparation happened when the class was loaded; resolution is lazy.)
pub(crate) fn link(env: &mut Env, id: ClassId) -> JResult<()> {
    link_hash(env, id);
    let class = env.class(id);
    if class.loader != crate::class::LoaderId::Boot && !class.hidden {
        for method in &class.methods {
            if !method.is_native() && !method.is_abstract() {
                crate::interp::call::prepared(env, method)?;
            }
        }
    }
    Ok(())
}

/// HotSpot verifies a class a loader other than the bootstrap loader defined when it links
/// it, its superclass and interfaces first, and that hashes its `Class` object (measured:
/// `Foo.class.hashCode()` is the identity hash drawn when Foo was linked, loading draws
/// none): so does this, keeping the thread's hashes in step with `java`'s (see
/// `identity_hash`); a mirror not made yet takes the hash when it is.
pub(crate) fn link_hash(env: &mut Env, id: ClassId) {
    let class = env.class(id);
    if class.loader == crate::class::LoaderId::Boot
        || class.hidden
        || !env.vm.hash_linked.insert(id)
    {
        return;
    }
    if let Some(super_class) = class.super_class {
        link_hash(env, super_class);
    }
    for &interface in &class.interfaces {
        link_hash(env, interface);
    }
    match env.vm.mirrors[id as usize] {
        NULL => {
            if !env.vm.mirror_hashes.contains_key(&id) {
                let hash = env.thread.hash_state.next();
                env.vm.mirror_hashes.insert(id, hash);
            }
        }
        mirror => {
            crate::objects::identity_hash(env, mirror);
        }
    }
}

/// JVMS §5.5 step 7's enumeration: `interface`'s superinterfaces (recursively, in the order
/// of its interfaces array), then `interface` itself; each once. Iterative (post-order with an
/// explicit stack), so a deep interface hierarchy costs no native stack.
fn enumerate_superinterfaces(env: &Env, interface: ClassId, out: &mut Vec<ClassId>) {
    // (interface, index of the next superinterface to visit)
    let mut stack = vec![(interface, 0usize)];
    while let Some(&mut (current, ref mut next)) = stack.last_mut() {
        if *next == 0 && out.contains(&current) {
            stack.pop();
            continue;
        }
        let parents = &env.vm.class(current).interfaces;
        if let Some(&parent) = parents.get(*next) {
            *next += 1;
            if !out.contains(&parent) {
                stack.push((parent, 0));
            }
        } else {
            stack.pop();
            if !out.contains(&current) {
                out.push(current);
            }
        }
    }
}

fn declares_default_methods(env: &Env, interface: ClassId) -> bool {
    env.vm
        .class(interface)
        .methods
        .iter()
        .any(|m| !m.is_static() && !m.is_abstract())
}

fn is_instance_of_class(env: &Env, object: cortado_gc::Ref, class: ClassId) -> bool {
    let object_class = class_of(env.vm, object);
    env.vm.class(object_class).supers.contains(&class)
}

/// Step 11: wraps the pending exception in an ExceptionInInitializerError.
fn wrap_in_initializer_error(env: &mut Env) -> Throw {
    let cause = env.thread.pending_exception;
    env.thread.pending_exception = NULL;
    let handle = env.thread.handle(cause);
    let class = match crate::loader::system_class(env, "java/lang/ExceptionInInitializerError") {
        Ok(class) => class,
        Err(throw) => return throw,
    };
    if let Err(throw) = ensure_initialized(env, class) {
        return throw;
    }
    let error = match crate::objects::new_instance(env, class) {
        Ok(error) => error,
        Err(throw) => return throw,
    };
    let error_handle = env.thread.handle(error);
    let Some(constructor) =
        crate::interp::resolve::constructor(env, class, "(Ljava/lang/Throwable;)V")
    else {
        return Throw::Fatal(
            "ExceptionInInitializerError lacks its (Throwable) constructor".into(),
        );
    };
    let args = [
        env.thread.get(error_handle) as u64,
        env.thread.get(handle) as u64,
    ];
    if let Err(throw) = call_method(env, &constructor, &args) {
        return throw;
    }
    let error = env.thread.get(error_handle);
    env.throw(error)
}

/// Step 6: static fields with a ConstantValue attribute get their values before `<clinit>`.
fn set_constant_values(env: &mut Env, id: ClassId) -> JResult<()> {
    let class = env.class(id);
    let Some(file) = class.file.clone() else {
        return Ok(());
    };
    for field in class.fields.iter().filter(|f| f.is_static()) {
        let Some(index) = field.constant_value else {
            continue;
        };
        let value = match (file.constant_pool.get(index), field.basic_type) {
            (Some(Constant::Integer(v)), _) => *v as u32 as u64,
            (Some(Constant::Float(v)), BasicType::Float) => v.to_bits() as u64,
            (Some(Constant::Long(v)), BasicType::Long) => *v as u64,
            (Some(Constant::Double(v)), BasicType::Double) => v.to_bits(),
            (Some(Constant::String { utf8 }), BasicType::Reference) => {
                let units = file.constant_pool.utf16(*utf8).unwrap_or_default();
                let slot = intern_units(env, &units)?;
                env.vm.strings.refs[slot as usize] as u64
            }
            _ => {
                let message = format!(
                    "Bad ConstantValue for field {} in class {}",
                    field.name,
                    class.java_name()
                );
                return Err(throw_new(env, "java/lang/ClassFormatError", Some(&message)));
            }
        };
        class.set_static_value(field.offset, value);
    }
    Ok(())
}

/// The NoClassDefFoundError for using a class whose initialization failed, with the recorded
/// initialization error as its cause (as JDK 17.0.15 reports it).
fn could_not_initialize(env: &mut Env, id: ClassId) -> Throw {
    let message = format!("Could not initialize class {}", env.class(id).java_name());
    let throw = throw_new(env, "java/lang/NoClassDefFoundError", Some(&message));
    let Some(&slot) = env.vm.init_errors.get(&id) else {
        return throw;
    };
    if !matches!(throw, Throw::Exception) {
        return throw;
    }
    let error = env.thread.pending_exception;
    let cause = env.vm.globals[slot as usize];
    let class = class_of(env.vm, error);
    let Some(init_cause) = crate::interp::resolve::lookup_method(
        env,
        class,
        "initCause",
        "(Ljava/lang/Throwable;)Ljava/lang/Throwable;",
    ) else {
        return throw;
    };
    let handle = env.thread.handle(error);
    env.thread.pending_exception = NULL;
    if let Err(other) = call_method(env, &init_cause, &[error as u64, cause as u64]) {
        return other;
    }
    let error = env.thread.get(handle);
    env.throw(error)
}

/// Keeps what a failed `<clinit>` threw, as HotSpot does: a new ExceptionInInitializerError
/// whose message names the exception and the thread and whose stack trace is the exception's,
/// so that later NoClassDefFoundErrors can point at the cause without keeping it alive.
fn record_initialization_error(env: &mut Env, id: ClassId) -> JResult<()> {
    let exception = env.thread.pending_exception;
    let exception_handle = env.thread.handle(exception);
    env.thread.pending_exception = NULL;
    let class_name = env.class(class_of(env.vm, exception)).java_name();
    let message_offset = env.vm.well_known.throwable_detail_message;
    let detail = crate::objects::read_ref_field(env.vm, exception, message_offset);
    let thread_name = crate::threads::current_thread_name(env);
    let text = if detail == NULL {
        format!("Exception {class_name} [in thread \"{thread_name}\"]")
    } else {
        let detail = crate::objects::rust_string(env.vm, detail);
        format!("Exception {class_name}: {detail} [in thread \"{thread_name}\"]")
    };
    let saved = crate::exceptions::new_exception(
        env,
        "java/lang/ExceptionInInitializerError",
        Some(&text),
    )?;
    let exception = env.thread.get(exception_handle);
    let backtrace_offset = env.vm.well_known.throwable_backtrace;
    let backtrace = crate::objects::read_ref_field(env.vm, exception, backtrace_offset);
    crate::objects::write_ref_field(env.vm, saved, backtrace_offset, backtrace);
    let slot = env.vm.add_global(saved);
    env.vm.init_errors.insert(id, slot);
    env.thread.pending_exception = env.thread.get(exception_handle);
    Ok(())
}

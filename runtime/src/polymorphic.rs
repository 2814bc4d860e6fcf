//! Signature-polymorphic methods (JVMS §2.9.3): `MethodHandle.invokeExact`/`invoke` and the
//! access-mode methods of `VarHandle`, which javac calls with the call site's own descriptor.
//! Such a Methodref resolves, by name, to a static method of a class Cortado generates for
//! the call site (as `indy.rs` does for invokedynamic): it boxes the arguments into an
//! `Object[]`, calls the class library's Java implementation with the call site's
//! `MethodType` (`MethodHandle.linkInvokeExact`/`linkInvoke`, `VarHandle.link` with the access
//! mode's ordinal), then casts or unboxes the result to the call site's return type. The
//! resolution cache holds it as a `Resolved::CallSite`, which the interpreter's
//! `invokevirtual` calls as a static method taking the receiver first; compiled code hands
//! such sites to the runtime (`tier.rs` makes call sites only of `Resolved::Method`s).

use std::sync::Arc;

use cortado_classfile::writer::{ClassBuilder, CodeBuilder, Kind};
use cortado_classfile::{access, FieldType, MethodDescriptor, Opcode};

use crate::class::{Class, ClassId, Method, Resolved};
use crate::exceptions::throw_new;
use crate::loader::define_class;
use crate::vm::{Env, JResult};

const METHOD_HANDLE: &str = "java/lang/invoke/MethodHandle";
const VAR_HANDLE: &str = "java/lang/invoke/VarHandle";

/// The access modes of `VarHandle`, in the order of `VarHandle.AccessMode`.
pub(crate) const ACCESS_MODES: [&str; 31] = [
    "get",
    "set",
    "getVolatile",
    "setVolatile",
    "getAcquire",
    "setRelease",
    "getOpaque",
    "setOpaque",
    "compareAndSet",
    "compareAndExchange",
    "compareAndExchangeAcquire",
    "compareAndExchangeRelease",
    "weakCompareAndSetPlain",
    "weakCompareAndSet",
    "weakCompareAndSetAcquire",
    "weakCompareAndSetRelease",
    "getAndSet",
    "getAndSetAcquire",
    "getAndSetRelease",
    "getAndAdd",
    "getAndAddAcquire",
    "getAndAddRelease",
    "getAndBitwiseOr",
    "getAndBitwiseOrRelease",
    "getAndBitwiseOrAcquire",
    "getAndBitwiseAnd",
    "getAndBitwiseAndRelease",
    "getAndBitwiseAndAcquire",
    "getAndBitwiseXor",
    "getAndBitwiseXorRelease",
    "getAndBitwiseXorAcquire",
];

/// Whether `name` of class `owner` is signature polymorphic: declared there native and
/// varargs, taking `Object[]` (JVMS §2.9.3).
pub(crate) fn is_polymorphic(env: &Env, owner: ClassId, name: &str) -> bool {
    let class = env.vm.class(owner);
    if &*class.name != METHOD_HANDLE && &*class.name != VAR_HANDLE {
        return false;
    }
    class.methods.iter().any(|m| {
        &*m.name == name
            && m.access_flags & (access::NATIVE | access::VARARGS)
                == access::NATIVE | access::VARARGS
            && m.descriptor.starts_with("([Ljava/lang/Object;)")
    })
}

/// Links the call site of Methodref `index` of `class`, a signature-polymorphic method `name`
/// of `owner` called with `descriptor`: the generated static method, cached.
pub(crate) fn link(
    env: &mut Env,
    class: &Class,
    index: u16,
    owner: ClassId,
    name: &str,
    descriptor: &str,
) -> JResult<Arc<Method>> {
    let owner_name = env.vm.class(owner).name.to_string();
    let var_handle = owner_name == VAR_HANDLE;
    let mode = if var_handle {
        match ACCESS_MODES.iter().position(|m| *m == name) {
            Some(mode) => Some(mode as i32),
            None => {
                let message = format!("'{}.{name}{descriptor}'", owner_name.replace('/', "."));
                return Err(throw_new(
                    env,
                    "java/lang/NoSuchMethodError",
                    Some(&message),
                ));
            }
        }
    } else {
        None
    };
    let Ok(parsed) = MethodDescriptor::parse(descriptor) else {
        let message = format!("bad signature-polymorphic descriptor {descriptor}");
        return Err(throw_new(env, "java/lang/ClassFormatError", Some(&message)));
    };
    let sequence = env.vm.classes.len();
    let generated_name = format!("{}$$Invoker${sequence}", class.name);
    let mut generated = ClassBuilder::new(
        52,
        access::PUBLIC | access::FINAL | access::SUPER | access::SYNTHETIC,
        &generated_name,
        Some("java/lang/Object"),
    );
    let host = generated
        .pool
        .class(&crate::interp::resolve::nest_host(class));
    generated.attributes().nest_host = Some(host);
    let adapter_descriptor = format!("(L{owner_name};{}", &descriptor[1..]);
    let locals = 1 + parsed.parameter_slots() as u16;
    let mut code = CodeBuilder::new(8, locals);
    code.load(Kind::Reference, 0);
    if let Some(mode) = mode {
        let pool = &mut generated.pool;
        code.iconst(pool, mode);
    }
    let method_type = generated.pool.method_type(descriptor);
    code.ldc(method_type);
    let object = generated.pool.class("java/lang/Object");
    code.iconst(&mut generated.pool, parsed.parameters.len() as i32);
    code.anewarray(object);
    let mut slot = 1u16;
    for (i, t) in parsed.parameters.iter().enumerate() {
        code.op(Opcode::dup);
        code.iconst(&mut generated.pool, i as i32);
        code.load(crate::indy::kind_of(t), slot);
        crate::indy::convert(
            &mut code,
            &mut generated,
            t,
            &FieldType::Object("java/lang/Object".into()),
        );
        code.op(Opcode::aastore);
        slot += t.slots() as u16;
    }
    let (link_name, link_descriptor) = match (mode, name) {
        (Some(_), _) => (
            "link",
            "(Ljava/lang/invoke/VarHandle;ILjava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/Object;",
        ),
        (None, "invokeExact") => (
            "linkInvokeExact",
            "(Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/Object;",
        ),
        (None, _) => (
            "linkInvoke",
            "(Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/Object;",
        ),
    };
    let linker = generated
        .pool
        .method_ref(&owner_name, link_name, link_descriptor);
    code.invokestatic(linker);
    match &parsed.return_type {
        None => {
            code.op(Opcode::pop);
            code.return_value(None);
        }
        Some(t) => {
            crate::indy::convert(
                &mut code,
                &mut generated,
                &FieldType::Object("java/lang/Object".into()),
                t,
            );
            code.return_value(Some(crate::indy::kind_of(t)));
        }
    }
    let built = code.finish().map_err(|e| e.to_string()).and_then(|code| {
        generated.method(
            access::PUBLIC | access::STATIC,
            "invoke",
            &adapter_descriptor,
            Some(code),
        );
        generated.to_bytes().map_err(|e| e.to_string())
    });
    let bytes = match built {
        Ok(bytes) => bytes,
        Err(message) => return Err(throw_new(env, "java/lang/InternalError", Some(&message))),
    };
    let id = define_class(env, &bytes, class.loader, None, true)?;
    crate::init::ensure_initialized(env, id)?;
    let Some(method) = env
        .class(id)
        .declared_method("invoke", &adapter_descriptor)
        .cloned()
    else {
        return Err(throw_new(
            env,
            "java/lang/InternalError",
            Some("generated invoker lacks its method"),
        ));
    };
    let _ = class.constant_cache[index as usize].set(Resolved::CallSite(method.clone()));
    Ok(method)
}

/// `MethodHandle.invokeExact` and `invoke` called reflectively (`Method.invoke`) throw, as
/// HotSpot's do. (HotSpot leaves `VarHandle`'s unbound: UnsatisfiedLinkError, as here.)
pub(crate) fn register_natives(registry: &mut crate::natives::NativeRegistry) {
    let reflective = |class: &'static str, name: &'static str| -> crate::natives::NativeFn {
        std::sync::Arc::new(move |env: &mut Env, _args: crate::natives::Args| {
            let message = format!("{class}.{name} cannot be invoked reflectively");
            Err(throw_new(
                env,
                "java/lang/UnsupportedOperationException",
                Some(&message),
            ))
        })
    };
    const OBJECT: &str = "([Ljava/lang/Object;)Ljava/lang/Object;";
    for name in ["invokeExact", "invoke"] {
        registry.register(
            METHOD_HANDLE,
            name,
            OBJECT,
            reflective("MethodHandle", name),
        );
    }
    registry.add(
        "java/lang/invoke/MethodHandles",
        "defineClass0",
        "(Ljava/lang/Class;Ljava/lang/String;[B)Ljava/lang/Class;",
        define_class0,
    );
}

/// `MethodHandles.defineClass0(lookupClass, name, bytes)`: `Lookup.defineClass`, which has
/// checked the access and the package; the class is defined by the lookup class's loader.
pub(crate) fn define_class0(env: &mut Env, args: crate::natives::Args) -> JResult<u64> {
    let lookup = crate::natives::class_of_mirror(env, args.reference(env, 0));
    let name = crate::objects::rust_string(env.vm, args.reference(env, 1)).replace('.', "/");
    let bytes_ref = args.reference(env, 2);
    let length = crate::objects::array_length(env.vm, bytes_ref) as usize;
    let bytes =
        crate::objects::array_bytes(env.vm, bytes_ref, crate::class::BasicType::Byte, 0, length)
            .to_vec();
    let loader = env.vm.class(lookup).loader;
    let id = define_class(env, &bytes, loader, Some(&name), false)?;
    crate::natives::ref_result(crate::natives::mirror(env, id)?)
}

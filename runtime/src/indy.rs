//! `invokedynamic` linkage. The bootstrap methods javac emits for ordinary code are linked by
//! the VM itself, without method handles: each call site becomes a call to a static method of
//! a class Cortado generates and loads (`StringConcatFactory` call sites get a method that
//! appends to a StringBuilder; `LambdaMetafactory` call sites a class implementing the
//! functional interface; records' `ObjectMethods`; `SwitchBootstraps`, whose labels may be
//! dynamic constants, resolved by `condy.rs`). Other bootstrap methods throw
//! BootstrapMethodError for now.

use std::sync::Arc;

use cortado_classfile::constant_pool::handle_kind;
use cortado_classfile::writer::{ClassBuilder, CodeBuilder, Kind};
use cortado_classfile::{access, Constant, FieldType, MethodDescriptor, Opcode};

use crate::class::{Class, Method, Resolved};
use crate::exceptions::throw_new;
use crate::loader::define_class;
use crate::vm::{Env, JResult};

/// A method handle constant, decoded.
struct Handle {
    kind: u8,
    class: String,
    name: String,
    descriptor: String,
    interface: bool,
}

fn handle(pool: &cortado_classfile::ConstantPool, index: u16) -> Option<Handle> {
    let Some(Constant::MethodHandle { kind, reference }) = pool.get(index) else {
        return None;
    };
    let (member, interface) = pool.member_ref(*reference).ok()?;
    Some(Handle {
        kind: *kind,
        class: member.class.to_owned(),
        name: member.name.to_owned(),
        descriptor: member.descriptor.to_owned(),
        interface,
    })
}

/// Entry `index` of `file`'s BootstrapMethods attribute (of an invokedynamic or a dynamic
/// constant), or the error a missing one throws.
pub(crate) fn bootstrap_entry<'f>(
    env: &mut Env,
    file: &'f cortado_classfile::ClassFile,
    index: u16,
) -> JResult<&'f cortado_classfile::attributes::BootstrapMethod> {
    file.attributes
        .bootstrap_methods
        .get(index as usize)
        .ok_or_else(|| {
            throw_new(
                env,
                "java/lang/BootstrapMethodError",
                Some("missing BootstrapMethods entry"),
            )
        })
}

pub(crate) fn link_call_site(env: &mut Env, class: &Class, index: u16) -> JResult<Arc<Method>> {
    if let Some(Resolved::CallSite(method)) = class
        .constant_cache
        .get(index as usize)
        .and_then(|c| c.get())
    {
        return Ok(method.clone());
    }
    let file = class
        .file
        .clone()
        .expect("invokedynamic comes from class files");
    let pool = &file.constant_pool;
    let Some(Constant::InvokeDynamic {
        bootstrap,
        name_and_type,
    }) = pool.get(index).cloned()
    else {
        return Err(throw_new(
            env,
            "java/lang/IncompatibleClassChangeError",
            Some("bad invokedynamic constant"),
        ));
    };
    let (name, descriptor) = pool
        .name_and_type(name_and_type)
        .map(|(n, d)| (n.to_owned(), d.to_owned()))
        .unwrap_or_default();
    let bootstrap = bootstrap_entry(env, &file, bootstrap)?;
    let Some(bsm) = handle(pool, bootstrap.method_ref) else {
        return Err(throw_new(
            env,
            "java/lang/BootstrapMethodError",
            Some("bad bootstrap method handle"),
        ));
    };
    let sequence = env.vm.classes.len();
    // Lambda proxies are named as HotSpot names its (`Main$$Lambda$<n>`, without the
    // hidden class's address suffix), so that code testing for lambdas by name works.
    let kind = match bsm.class.as_str() {
        "java/lang/invoke/LambdaMetafactory" => "Lambda",
        _ => "Indy",
    };
    let generated_name = format!("{}$${kind}${sequence}", class.name);
    // Generated classes are nestmates of the caller (they call its private members), as
    // HotSpot's hidden classes are, and are left out of stack traces.
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
    // Identity hashes HotSpot's lambda bootstrap takes on the linking thread (measured on
    // HotSpot 17 for application classes): one per call site (its proxy class), one more for
    // the program's first lambda, and those of the lambda forms its method-handle caches
    // lack (`lambda_forms`, as for string concatenation; see `identity_hash`).
    let mut lambda_hashes = 0u32;
    // For a string concatenation: its recipe's elements (`true`: an argument), to count the
    // identity hashes HotSpot's bootstrap takes (`concat_hashes`).
    let mut concat_elements: Option<Vec<bool>> = None;
    // For a lambda: its implementation method and the method types among its arguments.
    let mut lambda_link: Option<(Handle, Vec<String>)> = None;
    let alternate = bsm.name == "altMetafactory";
    let built = match (bsm.class.as_str(), bsm.name.as_str()) {
        ("java/lang/invoke/StringConcatFactory", "makeConcatWithConstants") => {
            let recipe = match bootstrap.arguments.first().and_then(|&i| pool.get(i)) {
                Some(Constant::String { utf8 }) => pool.utf16(*utf8).unwrap_or_default(),
                _ => Vec::new(),
            };
            let constants: Vec<String> = bootstrap.arguments[1..]
                .iter()
                .map(|&i| constant_text(pool, i))
                .collect();
            concat_elements = Some(recipe_elements(&recipe, &constants));
            concat_class(&mut generated, &descriptor, &recipe, &constants)
        }
        ("java/lang/invoke/StringConcatFactory", "makeConcat") => {
            let parameters = MethodDescriptor::parse(&descriptor)
                .map(|d| d.parameters.len())
                .unwrap_or(0);
            concat_elements = Some(vec![true; parameters]);
            concat_class(&mut generated, &descriptor, &vec![1u16; parameters], &[])
        }
        ("java/lang/invoke/LambdaMetafactory", "metafactory" | "altMetafactory") => {
            let arguments = &bootstrap.arguments;
            let sam = arguments.first().and_then(|&i| method_type(pool, i));
            let implementation = arguments.get(1).and_then(|&i| handle(pool, i));
            let instantiated = arguments.get(2).and_then(|&i| method_type(pool, i));
            let (Some(sam), Some(implementation), Some(instantiated)) =
                (sam, implementation, instantiated)
            else {
                return Err(throw_new(
                    env,
                    "java/lang/BootstrapMethodError",
                    Some("bad LambdaMetafactory arguments"),
                ));
            };
            let mut interfaces = Vec::new();
            let mut bridges = Vec::new();
            if bsm.name == "altMetafactory" {
                let flags = match arguments.get(3).and_then(|&i| pool.get(i)) {
                    Some(Constant::Integer(f)) => *f,
                    _ => 0,
                };
                let mut at = 4;
                if flags & 2 != 0 {
                    let count = match arguments.get(at).and_then(|&i| pool.get(i)) {
                        Some(Constant::Integer(c)) => *c as usize,
                        _ => 0,
                    };
                    for k in 0..count {
                        if let Some(Ok(name)) =
                            arguments.get(at + 1 + k).map(|&i| pool.class_name(i))
                        {
                            interfaces.push(name.to_owned());
                        }
                    }
                    at += 1 + count;
                }
                if flags & 4 != 0 {
                    let count = match arguments.get(at).and_then(|&i| pool.get(i)) {
                        Some(Constant::Integer(c)) => *c as usize,
                        _ => 0,
                    };
                    for k in 0..count {
                        if let Some(t) = arguments
                            .get(at + 1 + k)
                            .and_then(|&i| method_type(pool, i))
                        {
                            bridges.push(t);
                        }
                    }
                }
                if flags & 1 != 0 {
                    interfaces.push("java/io/Serializable".to_owned());
                }
            }
            lambda_hashes += 1;
            lambda_link = Some((
                Handle {
                    kind: implementation.kind,
                    class: implementation.class.clone(),
                    name: implementation.name.clone(),
                    descriptor: implementation.descriptor.clone(),
                    interface: implementation.interface,
                },
                vec![sam.clone(), instantiated.clone()],
            ));
            lambda_class(
                &mut generated,
                &generated_name,
                &name,
                &descriptor,
                &sam,
                &bridges,
                &implementation,
                &instantiated,
                &interfaces,
            )
        }
        ("java/lang/runtime/ObjectMethods", "bootstrap") => {
            let arguments = &bootstrap.arguments;
            let record = arguments
                .first()
                .and_then(|&i| pool.class_name(i).ok())
                .unwrap_or("")
                .to_owned();
            let names = match arguments.get(1).and_then(|&i| pool.get(i)) {
                Some(Constant::String { utf8 }) => pool.utf8(*utf8).unwrap_or("").to_owned(),
                _ => String::new(),
            };
            let getters: Vec<Handle> = arguments[2.min(arguments.len())..]
                .iter()
                .filter_map(|&i| handle(pool, i))
                .collect();
            let simple_name = simple_name(&file, &record);
            record_method_class(
                &mut generated,
                &name,
                &descriptor,
                &record,
                &simple_name,
                &names,
                &getters,
            )
        }
        ("java/lang/runtime/SwitchBootstraps", "typeSwitch" | "enumSwitch") => {
            let enum_switch = bsm.name == "enumSwitch";
            let selector = switch_selector(&descriptor, enum_switch);
            let Some(selector) = selector else {
                let message = format!("Illegal invocation type {}", method_type_text(&descriptor));
                return Err(bootstrap_failure(env, &message));
            };
            let mut labels = Vec::with_capacity(bootstrap.arguments.len());
            for &i in &bootstrap.arguments {
                let label = match pool.get(i) {
                    Some(Constant::Class { .. }) => {
                        Label::Class(pool.class_name(i).unwrap_or("").to_owned())
                    }
                    Some(Constant::String { utf8 }) => {
                        Label::String(pool.utf8(*utf8).unwrap_or("").to_owned())
                    }
                    Some(Constant::Integer(v)) => Label::Int(*v),
                    // Dynamic constants (javac's `EnumDesc`s and primitive classes) and the
                    // other loadable kinds: resolved, then classified by their class.
                    _ => {
                        let value = crate::condy::argument(env, class, i)?;
                        match label_of_object(env, value) {
                            Ok(label) => label,
                            Err(message) => return Err(bootstrap_failure(env, &message)),
                        }
                    }
                };
                labels.push(label);
            }
            if enum_switch {
                let FieldType::Object(enum_class) = &selector else {
                    unreachable!("switch_selector checks enum selectors")
                };
                // `Class.isEnum` of the selector type.
                let id = crate::loader::resolve_class(env, enum_class, class.loader)?;
                let selector_class = env.class(id);
                let enum_base = selector_class
                    .super_class
                    .map(|s| &*env.class(s).name == "java/lang/Enum");
                if selector_class.access_flags & access::ENUM == 0 || enum_base != Some(true) {
                    let message =
                        format!("Illegal invocation type {}", method_type_text(&descriptor));
                    return Err(bootstrap_failure(env, &message));
                }
                for label in &labels {
                    let message = match label {
                        Label::String(_) => continue,
                        Label::Class(c) if c == enum_class => continue,
                        Label::Class(c) => format!(
                            "the Class label: class {}, expected the provided enum class: class {}",
                            c.replace('/', "."),
                            enum_class.replace('/', ".")
                        ),
                        other => format!(
                            "label with illegal type found: class {}, expected label of type either String or Class",
                            other.class_text()
                        ),
                    };
                    return Err(bootstrap_failure(env, &message));
                }
            }
            switch_class(&mut generated, &descriptor, &selector, &labels, enum_switch)
        }
        _ => {
            let message = format!(
                "bootstrap method {}.{} is not supported yet",
                bsm.class.replace('/', "."),
                bsm.name
            );
            return Err(throw_new(
                env,
                "java/lang/BootstrapMethodError",
                Some(&message),
            ));
        }
    };
    let bytes = match built.and_then(|()| generated.to_bytes().map_err(|e| e.to_string())) {
        Ok(bytes) => bytes,
        Err(message) => {
            return Err(throw_new(
                env,
                "java/lang/BootstrapMethodError",
                Some(&message),
            ))
        }
    };
    if let Some(elements) = concat_elements {
        if class.loader != crate::class::LoaderId::Boot {
            concat_hashes(env, class, &descriptor, &elements)?;
        }
    }
    let (forms_before, forms_after) = match &lambda_link {
        Some((implementation, types)) if class.loader != crate::class::LoaderId::Boot => {
            lambda_forms(env, class, &descriptor, implementation, types, alternate)?
        }
        _ => (0, 0),
    };
    for _ in 0..forms_before {
        env.thread.hash_state.next();
    }
    let id = define_class(env, &bytes, class.loader, None, true)?;
    if lambda_hashes > 0 && class.loader != crate::class::LoaderId::Boot {
        // A non-capturing lambda's call site is a constant method handle: the first one's
        // bound form is spun (measured: a capturing first lambda takes no such hash).
        let capturing = MethodDescriptor::parse(&descriptor)
            .map(|d| !d.parameters.is_empty())
            .unwrap_or(false);
        if !env.vm.lambda_linked && !capturing {
            env.vm.lambda_linked = true;
            lambda_hashes += 1;
        }
        // The first is the proxy class's (HotSpot verifies it, hashing its `Class` object).
        let hash = env.thread.hash_state.next();
        env.vm.mirror_hashes.insert(id, hash);
        for _ in 1..lambda_hashes + forms_after {
            env.thread.hash_state.next();
        }
    }
    crate::init::ensure_initialized(env, id)?;
    let Some(method) = env
        .class(id)
        .declared_method("invoke", &descriptor)
        .cloned()
    else {
        return Err(throw_new(
            env,
            "java/lang/BootstrapMethodError",
            Some("generated call site lacks its method"),
        ));
    };
    let _ = class.constant_cache[index as usize].set(Resolved::CallSite(method.clone()));
    Ok(method)
}

/// A concatenation recipe's elements as `StringConcatFactory.parseRecipe` makes them: `true`
/// for an argument, `false` for a run of constant text (empty constants vanish).
fn recipe_elements(recipe: &[u16], constants: &[String]) -> Vec<bool> {
    let mut elements = Vec::new();
    let mut text = false;
    let mut constant = 0;
    for &unit in recipe {
        match unit {
            1 => {
                if text {
                    elements.push(false);
                    text = false;
                }
                elements.push(true);
            }
            2 => {
                text |= constants.get(constant).is_some_and(|c| !c.is_empty());
                constant += 1;
            }
            _ => text = true,
        }
    }
    if text {
        elements.push(false);
    }
    elements
}

/// The identity hashes HotSpot 17 takes on the linking thread for a string-concatenation
/// call site of an application class (see `identity_hash`): resolving the call site's
/// `MethodType` interns it, hashing the `Class` objects of its types
/// (`hash_descriptor_classes`), then each lambda-form class its `StringConcatFactory` spins
/// takes one (`lambda_forms`).
fn concat_hashes(env: &mut Env, class: &Class, descriptor: &str, elements: &[bool]) -> JResult<()> {
    hash_descriptor_classes(env, class, descriptor)?;
    let Ok(parsed) = MethodDescriptor::parse(descriptor) else {
        return Ok(());
    };
    let parameters: Vec<(crate::lambda_forms::Basic, bool)> = parsed
        .parameters
        .iter()
        .map(|t| {
            let reference = matches!(t, FieldType::Object(_) | FieldType::Array(_));
            (crate::lambda_forms::Basic::of(t), reference)
        })
        .collect();
    let spun = env.vm.lambda_forms.link_concat(&parameters, elements);
    for _ in 0..spun {
        env.thread.hash_state.next();
    }
    Ok(())
}

/// Hashes the `Class` objects of a method descriptor's types as HotSpot's `MethodType`
/// interning does (the class library's are hashed already, in HotSpot's archive, unless the
/// archive lacks them), loading them as resolving the descriptor does.
fn hash_descriptor_classes(env: &mut Env, class: &Class, descriptor: &str) -> JResult<()> {
    let Ok(parsed) = MethodDescriptor::parse(descriptor) else {
        return Ok(());
    };
    let types = parsed.return_type.iter().chain(parsed.parameters.iter());
    for t in types.cloned().collect::<Vec<_>>() {
        let name = match &t {
            FieldType::Object(name) => name.clone(),
            FieldType::Array(_) => t.descriptor(),
            _ => continue,
        };
        let Some(id) = crate::loader::load_class(env, &name, class.loader)? else {
            continue;
        };
        let mirror = crate::natives::mirror(env, id)?;
        crate::objects::identity_hash(env, mirror);
    }
    Ok(())
}

/// The identity hashes HotSpot 17 takes linking a lambda call site of an application class,
/// besides its proxy class (counted by the caller; HotSpot verifies it, which hashes its
/// `Class` object): the `Class` objects of the call site's and the arguments' method types
/// and the implementation's class (linked), and the lambda forms of the implementation method's
/// handle, the proxy's constructor and the call site's linker (`lambda_forms`). Returns
/// the numbers of lambda-form classes spun before the proxy class and after.
fn lambda_forms(
    env: &mut Env,
    class: &Class,
    descriptor: &str,
    implementation: &Handle,
    method_types: &[String],
    alternate: bool,
) -> JResult<(u32, u32)> {
    use crate::lambda_forms::Basic;
    hash_descriptor_classes(env, class, descriptor)?;
    hash_descriptor_classes(env, class, &method_types[0])?;
    hash_descriptor_classes(env, class, &implementation.descriptor)?;
    // Resolving the handle links its class (measured: `Late::k` verifies Late).
    let declaring = crate::loader::load_class(env, &implementation.class, class.loader)?;
    if let Some(id) = declaring {
        crate::init::link_hash(env, id);
    }
    for t in &method_types[1..] {
        hash_descriptor_classes(env, class, t)?;
    }
    let (Ok(target), Ok(site)) = (
        MethodDescriptor::parse(&implementation.descriptor),
        MethodDescriptor::parse(descriptor),
    ) else {
        return Ok((0, 0));
    };
    let basic = |t: &Option<FieldType>| t.as_ref().map_or(Basic::V, Basic::of);
    let mut parameters: Vec<Basic> = Vec::new();
    let kind = match implementation.kind {
        handle_kind::INVOKE_STATIC => {
            let initialized = declaring.is_some_and(|id| {
                env.vm.class(id).init_state() == crate::class::InitState::Initialized
            });
            if initialized {
                "invokeStatic"
            } else {
                "invokeStaticInit"
            }
        }
        handle_kind::NEW_INVOKE_SPECIAL => "newInvokeSpecial",
        kind => {
            parameters.push(Basic::L);
            // HotSpot links a virtual call that cannot be overridden (a final or private
            // method, or one of a final class) as a direct one.
            let method = declaring.and_then(|id| {
                crate::interp::resolve::lookup_method(
                    env,
                    id,
                    &implementation.name,
                    &implementation.descriptor,
                )
            });
            let direct = method.is_some_and(|m| {
                m.access_flags & (access::FINAL | access::PRIVATE) != 0
                    || env.vm.class(m.class).access_flags & access::FINAL != 0
            });
            match kind {
                handle_kind::INVOKE_INTERFACE if !direct => "invokeInterface",
                handle_kind::INVOKE_VIRTUAL if !direct => "invokeVirtual",
                _ => "invokeSpecial",
            }
        }
    };
    parameters.extend(target.parameters.iter().map(Basic::of));
    let ret = if implementation.kind == handle_kind::NEW_INVOKE_SPECIAL {
        Basic::L
    } else {
        basic(&target.return_type)
    };
    let captured: Vec<Basic> = site.parameters.iter().map(Basic::of).collect();
    Ok(env
        .vm
        .lambda_forms
        .link_lambda(kind, &parameters, ret, &captured, alternate))
}

fn method_type(pool: &cortado_classfile::ConstantPool, index: u16) -> Option<String> {
    match pool.get(index) {
        Some(Constant::MethodType { descriptor }) => pool.utf8(*descriptor).ok().map(str::to_owned),
        _ => None,
    }
}

/// The text a concatenation constant contributes.
fn constant_text(pool: &cortado_classfile::ConstantPool, index: u16) -> String {
    match pool.get(index) {
        Some(Constant::String { utf8 }) => pool.utf8(*utf8).unwrap_or("").to_owned(),
        Some(Constant::Integer(v)) => v.to_string(),
        Some(Constant::Long(v)) => v.to_string(),
        _ => String::new(),
    }
}

pub(crate) fn kind_of(t: &FieldType) -> Kind {
    match t {
        FieldType::Long => Kind::Long,
        FieldType::Float => Kind::Float,
        FieldType::Double => Kind::Double,
        FieldType::Object(_) | FieldType::Array(_) => Kind::Reference,
        _ => Kind::Int,
    }
}

fn append_descriptor(t: &FieldType) -> &'static str {
    match t {
        FieldType::Boolean => "(Z)Ljava/lang/StringBuilder;",
        FieldType::Char => "(C)Ljava/lang/StringBuilder;",
        FieldType::Byte | FieldType::Short | FieldType::Int => "(I)Ljava/lang/StringBuilder;",
        FieldType::Long => "(J)Ljava/lang/StringBuilder;",
        FieldType::Float => "(F)Ljava/lang/StringBuilder;",
        FieldType::Double => "(D)Ljava/lang/StringBuilder;",
        FieldType::Object(name) if name == "java/lang/String" => {
            "(Ljava/lang/String;)Ljava/lang/StringBuilder;"
        }
        _ => "(Ljava/lang/Object;)Ljava/lang/StringBuilder;",
    }
}

const SB: &str = "java/lang/StringBuilder";
const CONCAT: &str = "java/lang/StringConcatHelper";

/// A part of a concatenation: literal text (with the recipe's `\2` constants), or an
/// argument, as a String in local `slot` (objects and floating-point values are turned into
/// Strings first, in order) or as the primitive it came as.
enum Piece {
    Literal(Vec<u16>),
    Text { slot: u16 },
    Int { slot: u16 },
    Long { slot: u16 },
    Char { slot: u16 },
    Boolean { slot: u16 },
}

/// `invoke(args) -> String` for a `StringConcatFactory` recipe: every argument's text in
/// order, then the exact length, then one char array filled in place that the String
/// shares (`java.lang.StringConcatHelper`), as the JDK's strategy does.
fn concat_class(
    class: &mut ClassBuilder,
    descriptor: &str,
    recipe: &[u16],
    constants: &[String],
) -> Result<(), String> {
    let parsed = MethodDescriptor::parse(descriptor).map_err(|e| e.to_string())?;
    let parameter_slots = parsed.parameter_slots() as u16;
    let mut next_local = parameter_slots;
    let mut code = CodeBuilder::new(6, 0);
    let value_of = |class: &mut ClassBuilder, argument: &str| {
        class.pool.method_ref(
            "java/lang/String",
            "valueOf",
            &format!("({argument})Ljava/lang/String;"),
        )
    };
    // The pieces, with every object and floating-point argument turned into its text.
    let mut pieces: Vec<Piece> = Vec::new();
    let mut literal: Vec<u16> = Vec::new();
    let (mut argument, mut slot, mut constant) = (0, 0u16, 0);
    for &unit in recipe {
        match unit {
            1 => {
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                let t = parsed
                    .parameters
                    .get(argument)
                    .ok_or("recipe has more arguments than the call site")?;
                let piece = match t {
                    FieldType::Boolean => Piece::Boolean { slot },
                    FieldType::Char => Piece::Char { slot },
                    FieldType::Byte | FieldType::Short | FieldType::Int => Piece::Int { slot },
                    FieldType::Long => Piece::Long { slot },
                    FieldType::Float | FieldType::Double => {
                        let primitive = if matches!(t, FieldType::Float) {
                            "F"
                        } else {
                            "D"
                        };
                        let method = value_of(class, primitive);
                        code.load(kind_of(t), slot).invokestatic(method);
                        code.store(Kind::Reference, next_local);
                        next_local += 1;
                        Piece::Text {
                            slot: next_local - 1,
                        }
                    }
                    FieldType::Object(_) | FieldType::Array(_) => {
                        // `String.valueOf(Object)`: "null" for null, `toString()` otherwise.
                        let method = value_of(class, "Ljava/lang/Object;");
                        code.load(Kind::Reference, slot).invokestatic(method);
                        code.store(Kind::Reference, slot);
                        Piece::Text { slot }
                    }
                };
                pieces.push(piece);
                slot += t.slots() as u16;
                argument += 1;
            }
            2 => {
                literal.extend(
                    constants
                        .get(constant)
                        .map(|c| c.encode_utf16().collect::<Vec<_>>())
                        .unwrap_or_default(),
                );
                constant += 1;
            }
            _ => literal.push(unit),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    // The length: the literals' (a constant) and each argument's, summed as a long.
    let literal_length: usize = pieces
        .iter()
        .map(|p| match p {
            Piece::Literal(units) => units.len(),
            _ => 0,
        })
        .sum();
    let total = class.pool.long(literal_length as i64);
    code.ldc2(total);
    for piece in &pieces {
        let (kind, slot, argument) = match *piece {
            Piece::Literal(_) => continue,
            Piece::Char { .. } => {
                code.op(Opcode::lconst_1).op(Opcode::ladd);
                continue;
            }
            Piece::Text { slot } => (Kind::Reference, slot, "Ljava/lang/String;"),
            Piece::Int { slot } => (Kind::Int, slot, "I"),
            Piece::Long { slot } => (Kind::Long, slot, "J"),
            Piece::Boolean { slot } => (Kind::Int, slot, "Z"),
        };
        let length = class
            .pool
            .method_ref(CONCAT, "length", &format!("({argument})I"));
        code.load(kind, slot).invokestatic(length);
        code.op(Opcode::i2l).op(Opcode::ladd);
    }
    let (buffer, index) = (next_local, next_local + 1);
    let new_array = class.pool.method_ref(CONCAT, "newArray", "(J)[C");
    code.invokestatic(new_array).store(Kind::Reference, buffer);
    code.op(Opcode::iconst_0).store(Kind::Int, index);
    // The chars, piece by piece.
    for piece in &pieces {
        code.load(Kind::Reference, buffer).load(Kind::Int, index);
        let argument = match *piece {
            Piece::Literal(ref units) => {
                let utf8 = class.pool.utf8_units(units);
                let string = class.pool.raw(&Constant::String { utf8 });
                code.ldc(string);
                "Ljava/lang/String;"
            }
            Piece::Text { slot } => {
                code.load(Kind::Reference, slot);
                "Ljava/lang/String;"
            }
            Piece::Int { slot } => {
                code.load(Kind::Int, slot);
                "I"
            }
            Piece::Long { slot } => {
                code.load(Kind::Long, slot);
                "J"
            }
            Piece::Char { slot } => {
                code.load(Kind::Int, slot);
                "C"
            }
            Piece::Boolean { slot } => {
                code.load(Kind::Int, slot);
                "Z"
            }
        };
        let put = class
            .pool
            .method_ref(CONCAT, "put", &format!("([CI{argument})I"));
        code.invokestatic(put).store(Kind::Int, index);
    }
    let new_string = class
        .pool
        .method_ref(CONCAT, "newString", "([C)Ljava/lang/String;");
    code.load(Kind::Reference, buffer)
        .invokestatic(new_string)
        .op(Opcode::areturn);
    code.set_max_locals(index + 1);
    let code = code.finish().map_err(|e| e.to_string())?;
    class.method(
        access::PUBLIC | access::STATIC,
        "invoke",
        descriptor,
        Some(code),
    );
    Ok(())
}

fn box_class(t: &FieldType) -> Option<(&'static str, &'static str, &'static str)> {
    // (wrapper, unbox method, primitive descriptor)
    Some(match t {
        FieldType::Boolean => ("java/lang/Boolean", "booleanValue", "Z"),
        FieldType::Byte => ("java/lang/Byte", "byteValue", "B"),
        FieldType::Char => ("java/lang/Character", "charValue", "C"),
        FieldType::Short => ("java/lang/Short", "shortValue", "S"),
        FieldType::Int => ("java/lang/Integer", "intValue", "I"),
        FieldType::Long => ("java/lang/Long", "longValue", "J"),
        FieldType::Float => ("java/lang/Float", "floatValue", "F"),
        FieldType::Double => ("java/lang/Double", "doubleValue", "D"),
        _ => return None,
    })
}

/// Emits the conversion of a value of type `from` on the stack to type `to` (JLS method
/// invocation conversions: boxing, unboxing, widening, casts).
pub(crate) fn convert(
    code: &mut CodeBuilder,
    class: &mut ClassBuilder,
    from: &FieldType,
    to: &FieldType,
) {
    if from == to {
        return;
    }
    match (box_class(from), box_class(to)) {
        (None, None) => {
            if let FieldType::Object(name) = to {
                if name != "java/lang/Object" {
                    let c = class.pool.class(name);
                    code.checkcast(c);
                }
            } else if let FieldType::Array(_) = to {
                let c = class.pool.class(&to.descriptor());
                code.checkcast(c);
            }
        }
        (None, Some((wrapper, unbox, primitive))) => {
            // Unbox: from a reference to a primitive. The source may be a specific wrapper
            // (Integer to long widens after unboxing) or a general type (cast to the wrapper).
            let (source_wrapper, source_unbox, source_primitive) = match from {
                FieldType::Object(name) => match name.as_str() {
                    "java/lang/Integer" => ("java/lang/Integer", "intValue", "I"),
                    "java/lang/Long" => ("java/lang/Long", "longValue", "J"),
                    "java/lang/Character" => ("java/lang/Character", "charValue", "C"),
                    "java/lang/Short" => ("java/lang/Short", "shortValue", "S"),
                    "java/lang/Byte" => ("java/lang/Byte", "byteValue", "B"),
                    "java/lang/Float" => ("java/lang/Float", "floatValue", "F"),
                    "java/lang/Double" => ("java/lang/Double", "doubleValue", "D"),
                    "java/lang/Boolean" => ("java/lang/Boolean", "booleanValue", "Z"),
                    _ => (wrapper, unbox, primitive),
                },
                _ => (wrapper, unbox, primitive),
            };
            let c = class.pool.class(source_wrapper);
            code.checkcast(c);
            let m = class.pool.method_ref(
                source_wrapper,
                source_unbox,
                &format!("(){source_primitive}"),
            );
            code.invokevirtual(m);
            let source = FieldType::parse(source_primitive).expect("primitive descriptor");
            widen(code, &source, to);
        }
        (Some((wrapper, _, primitive)), None) => {
            let m = class
                .pool
                .method_ref(wrapper, "valueOf", &format!("({primitive})L{wrapper};"));
            code.invokestatic(m);
        }
        (Some(_), Some(_)) => widen(code, from, to),
    }
}

fn widen(code: &mut CodeBuilder, from: &FieldType, to: &FieldType) {
    use FieldType::*;
    let op = match (from, to) {
        (Byte | Short | Char | Int, Long) => Some(Opcode::i2l),
        (Byte | Short | Char | Int, Float) => Some(Opcode::i2f),
        (Byte | Short | Char | Int, Double) => Some(Opcode::i2d),
        (Long, Float) => Some(Opcode::l2f),
        (Long, Double) => Some(Opcode::l2d),
        (Float, Double) => Some(Opcode::f2d),
        _ => None,
    };
    if let Some(op) = op {
        code.op(op);
    }
}

/// A class implementing the functional interface: captured values in fields, a static
/// `invoke(captured) -> interface` factory, and the interface method (plus bridges) calling
/// the implementation method with the conversions `LambdaMetafactory` documents.
#[allow(clippy::too_many_arguments)]
fn lambda_class(
    class: &mut ClassBuilder,
    name: &str,
    method_name: &str,
    factory_descriptor: &str,
    sam: &str,
    bridges: &[String],
    implementation: &Handle,
    instantiated: &str,
    extra_interfaces: &[String],
) -> Result<(), String> {
    let factory = MethodDescriptor::parse(factory_descriptor).map_err(|e| e.to_string())?;
    let Some(FieldType::Object(interface)) = &factory.return_type else {
        return Err("lambda factory must return an interface".into());
    };
    let instantiated = MethodDescriptor::parse(instantiated).map_err(|e| e.to_string())?;
    let implementation_descriptor =
        MethodDescriptor::parse(&implementation.descriptor).map_err(|e| e.to_string())?;
    class.interface(interface);
    for extra in extra_interfaces {
        class.interface(extra);
    }
    // Fields and constructor.
    let captured = &factory.parameters;
    let mut constructor_descriptor = String::from("(");
    for (i, t) in captured.iter().enumerate() {
        class.field(
            access::PRIVATE | access::FINAL,
            &format!("arg${i}"),
            &t.descriptor(),
        );
        constructor_descriptor.push_str(&t.descriptor());
    }
    constructor_descriptor.push_str(")V");
    let captured_slots: u16 = captured.iter().map(|t| t.slots() as u16).sum();
    let object_init = class.pool.method_ref("java/lang/Object", "<init>", "()V");
    let mut init = CodeBuilder::new(3, captured_slots + 1);
    init.load(Kind::Reference, 0).invokespecial(object_init);
    let mut slot = 1;
    for (i, t) in captured.iter().enumerate() {
        let field = class
            .pool
            .field_ref(name, &format!("arg${i}"), &t.descriptor());
        init.load(Kind::Reference, 0)
            .load(kind_of(t), slot)
            .putfield(field);
        slot += t.slots() as u16;
    }
    init.op(Opcode::return_);
    class.method(
        access::PRIVATE,
        "<init>",
        &constructor_descriptor,
        Some(init.finish().map_err(|e| e.to_string())?),
    );
    // Factory.
    let this_class = class.pool.class(name);
    let constructor = class
        .pool
        .method_ref(name, "<init>", &constructor_descriptor);
    let mut make = CodeBuilder::new(2 + captured_slots, captured_slots.max(1));
    if captured.is_empty() {
        // A lambda that captures nothing is one object per call site, as HotSpot's (which
        // binds the site to a constant): `==` between two evaluations holds, and nothing is
        // allocated after the first.
        let descriptor = format!("L{name};");
        class.field(
            access::PRIVATE | access::STATIC | access::FINAL,
            "INSTANCE",
            &descriptor,
        );
        let instance = class.pool.field_ref(name, "INSTANCE", &descriptor);
        let mut clinit = CodeBuilder::new(2, 0);
        clinit
            .new_object(this_class)
            .op(Opcode::dup)
            .invokespecial(constructor)
            .putstatic(instance)
            .op(Opcode::return_);
        class.method(
            access::STATIC,
            "<clinit>",
            "()V",
            Some(clinit.finish().map_err(|e| e.to_string())?),
        );
        make.getstatic(instance).op(Opcode::areturn);
    } else {
        make.new_object(this_class).op(Opcode::dup);
        let mut slot = 0;
        for t in captured {
            make.load(kind_of(t), slot);
            slot += t.slots() as u16;
        }
        make.invokespecial(constructor).op(Opcode::areturn);
    }
    class.method(
        access::PUBLIC | access::STATIC,
        "invoke",
        factory_descriptor,
        Some(make.finish().map_err(|e| e.to_string())?),
    );
    // The interface method and its bridges.
    let mut descriptors = vec![sam.to_owned()];
    descriptors.extend(bridges.iter().filter(|b| b.as_str() != sam).cloned());
    for descriptor in descriptors {
        let sam_parsed = MethodDescriptor::parse(&descriptor).map_err(|e| e.to_string())?;
        let code = lambda_body(
            class,
            name,
            captured,
            &sam_parsed,
            &instantiated,
            implementation,
            &implementation_descriptor,
        )?;
        class.method(access::PUBLIC, method_name, &descriptor, Some(code));
    }
    Ok(())
}

fn lambda_body(
    class: &mut ClassBuilder,
    name: &str,
    captured: &[FieldType],
    sam: &MethodDescriptor,
    instantiated: &MethodDescriptor,
    implementation: &Handle,
    implementation_descriptor: &MethodDescriptor,
) -> Result<cortado_classfile::Code, String> {
    let receiver_parameter = matches!(
        implementation.kind,
        handle_kind::INVOKE_VIRTUAL | handle_kind::INVOKE_INTERFACE | handle_kind::INVOKE_SPECIAL
    );
    // The implementation's full parameter list, receiver first where it has one.
    let mut targets: Vec<FieldType> = Vec::new();
    if receiver_parameter {
        targets.push(FieldType::Object(implementation.class.clone()));
    }
    targets.extend(implementation_descriptor.parameters.iter().cloned());
    let locals = 1 + sam.parameter_slots() as u16;
    let mut code = CodeBuilder::new(0, locals);
    if implementation.kind == handle_kind::NEW_INVOKE_SPECIAL {
        let c = class.pool.class(&implementation.class);
        code.new_object(c).op(Opcode::dup);
    }
    let mut position = 0;
    for (i, t) in captured.iter().enumerate() {
        let field = class
            .pool
            .field_ref(name, &format!("arg${i}"), &t.descriptor());
        code.load(Kind::Reference, 0).getfield(field);
        if let Some(target) = targets.get(position) {
            convert(&mut code, class, t, target);
        }
        position += 1;
    }
    let mut slot = 1u16;
    for (i, t) in sam.parameters.iter().enumerate() {
        code.load(kind_of(t), slot);
        slot += t.slots() as u16;
        let instantiated_type = instantiated.parameters.get(i).unwrap_or(t);
        let target = targets
            .get(position)
            .ok_or("lambda has more arguments than its implementation")?;
        if t.is_reference() && instantiated_type != t {
            convert(&mut code, class, t, instantiated_type);
            convert(&mut code, class, instantiated_type, target);
        } else {
            convert(&mut code, class, t, target);
        }
        position += 1;
    }
    let reference = if implementation.interface {
        class.pool.interface_method_ref(
            &implementation.class,
            &implementation.name,
            &implementation.descriptor,
        )
    } else {
        class.pool.method_ref(
            &implementation.class,
            &implementation.name,
            &implementation.descriptor,
        )
    };
    match implementation.kind {
        handle_kind::INVOKE_STATIC => {
            code.invokestatic(reference);
        }
        handle_kind::INVOKE_INTERFACE => {
            code.invokeinterface(reference, implementation_descriptor.parameter_slots() as u8);
        }
        handle_kind::NEW_INVOKE_SPECIAL | handle_kind::INVOKE_SPECIAL => {
            if implementation.kind == handle_kind::INVOKE_SPECIAL && implementation.interface {
                code.invokeinterface(reference, implementation_descriptor.parameter_slots() as u8);
            } else if implementation.kind == handle_kind::INVOKE_SPECIAL {
                code.invokevirtual(reference);
            } else {
                code.invokespecial(reference);
            }
        }
        _ => {
            code.invokevirtual(reference);
        }
    }
    let produced = if implementation.kind == handle_kind::NEW_INVOKE_SPECIAL {
        Some(FieldType::Object(implementation.class.clone()))
    } else {
        implementation_descriptor.return_type.clone()
    };
    match (&produced, &sam.return_type) {
        (_, None) => {
            match produced.as_ref().map(FieldType::slots) {
                Some(2) => {
                    code.op(Opcode::pop2);
                }
                Some(_) => {
                    code.op(Opcode::pop);
                }
                None => {}
            }
            code.op(Opcode::return_);
        }
        (Some(from), Some(to)) => {
            let instantiated_return = instantiated.return_type.as_ref().unwrap_or(to);
            if to.is_reference() && !from.is_reference() {
                convert(&mut code, class, from, instantiated_return);
            } else {
                convert(&mut code, class, from, to);
            }
            code.return_value(Some(kind_of(to)));
        }
        (None, Some(_)) => {
            return Err("lambda implementation returns void where a value is needed".into())
        }
    }
    // The reference maps' analysis (`verify::maps`) checks the code; a generous bound is
    // enough here.
    code.set_max_stack(4 + 2 * (captured.len() + sam.parameters.len()) as u16);
    code.finish().map_err(|e| e.to_string())
}

/// `Class.getSimpleName()` of a class named in `file`: its InnerClasses name, or the text after
/// the package.
fn simple_name(file: &cortado_classfile::ClassFile, class: &str) -> String {
    let pool = &file.constant_pool;
    for inner in &file.attributes.inner_classes {
        if pool.class_name(inner.inner_class).ok() == Some(class) && inner.inner_name != 0 {
            return pool.utf8(inner.inner_name).unwrap_or("").to_owned();
        }
    }
    class.rsplit('/').next().unwrap_or(class).to_owned()
}

/// `ObjectMethods.bootstrap`: the `toString`, `hashCode` or `equals` of a record, from its
/// component getters (field handles), as `java.lang.runtime.ObjectMethods` specifies.
fn record_method_class(
    class: &mut ClassBuilder,
    method: &str,
    descriptor: &str,
    record: &str,
    simple_name: &str,
    names: &str,
    getters: &[Handle],
) -> Result<(), String> {
    let names: Vec<&str> = if names.is_empty() {
        Vec::new()
    } else {
        names.split(';').collect()
    };
    let mut code = CodeBuilder::new(8, 2);
    let fields: Vec<(u16, FieldType)> = getters
        .iter()
        .map(|g| {
            let t = FieldType::parse(&g.descriptor).unwrap_or(FieldType::Int);
            (class.pool.field_ref(&g.class, &g.name, &g.descriptor), t)
        })
        .collect();
    match method {
        "toString" => {
            let sb = class.pool.class(SB);
            let init = class.pool.method_ref(SB, "<init>", "()V");
            code.new_object(sb).op(Opcode::dup).invokespecial(init);
            let append_string = class.pool.method_ref(
                SB,
                "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;",
            );
            for (i, (field, t)) in fields.iter().enumerate() {
                let prefix = format!(
                    "{}{}=",
                    if i == 0 {
                        format!("{simple_name}[")
                    } else {
                        ", ".to_owned()
                    },
                    names.get(i).unwrap_or(&"")
                );
                let text = class.pool.string(&prefix);
                code.ldc(text).invokevirtual(append_string);
                code.load(Kind::Reference, 0).getfield(*field);
                let append = class.pool.method_ref(SB, "append", append_descriptor(t));
                code.invokevirtual(append);
            }
            let close = class.pool.string(if fields.is_empty() { "" } else { "]" });
            if fields.is_empty() {
                let text = class.pool.string(&format!("{simple_name}[]"));
                code.ldc(text).invokevirtual(append_string);
            } else {
                code.ldc(close).invokevirtual(append_string);
            }
            let to_string = class
                .pool
                .method_ref(SB, "toString", "()Ljava/lang/String;");
            code.invokevirtual(to_string).op(Opcode::areturn);
        }
        "hashCode" => {
            code.iconst(&mut class.pool, 0);
            for (field, t) in &fields {
                code.iconst(&mut class.pool, 31).op(Opcode::imul);
                code.load(Kind::Reference, 0).getfield(*field);
                let hash = match box_class(t) {
                    Some((wrapper, _, primitive)) => {
                        class
                            .pool
                            .method_ref(wrapper, "hashCode", &format!("({primitive})I"))
                    }
                    None => class.pool.method_ref(
                        "java/util/Objects",
                        "hashCode",
                        "(Ljava/lang/Object;)I",
                    ),
                };
                code.invokestatic(hash).op(Opcode::iadd);
            }
            code.op(Opcode::ireturn);
        }
        "equals" => {
            let different = code.new_label();
            let record_class = class.pool.class(record);
            code.load(Kind::Reference, 1)
                .instanceof(record_class)
                .branch(Opcode::ifeq, different);
            code.load(Kind::Reference, 1)
                .checkcast(record_class)
                .store(Kind::Reference, 1);
            for (field, t) in &fields {
                code.load(Kind::Reference, 0).getfield(*field);
                code.load(Kind::Reference, 1).getfield(*field);
                match t {
                    FieldType::Long => {
                        code.op(Opcode::lcmp).branch(Opcode::ifne, different);
                    }
                    FieldType::Float => {
                        let compare = class.pool.method_ref("java/lang/Float", "compare", "(FF)I");
                        code.invokestatic(compare).branch(Opcode::ifne, different);
                    }
                    FieldType::Double => {
                        let compare = class
                            .pool
                            .method_ref("java/lang/Double", "compare", "(DD)I");
                        code.invokestatic(compare).branch(Opcode::ifne, different);
                    }
                    t if t.is_reference() => {
                        let equals = class.pool.method_ref(
                            "java/util/Objects",
                            "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z",
                        );
                        code.invokestatic(equals).branch(Opcode::ifeq, different);
                    }
                    _ => {
                        code.branch(Opcode::if_icmpne, different);
                    }
                }
            }
            code.iconst(&mut class.pool, 1).op(Opcode::ireturn);
            code.bind(different);
            code.iconst(&mut class.pool, 0).op(Opcode::ireturn);
        }
        other => return Err(format!("ObjectMethods cannot make {other}")),
    }
    let code = code.finish().map_err(|e| e.to_string())?;
    class.method(
        access::PUBLIC | access::STATIC,
        "invoke",
        descriptor,
        Some(code),
    );
    Ok(())
}

/// A case label of a pattern or enum switch.
enum Label {
    /// A class, interface or array type (internal name).
    Class(String),
    /// A primitive type's class (`double.class`, from javac 23+ record patterns).
    Primitive(FieldType),
    String(String),
    Int(i32),
    /// An enum constant (`EnumDesc`): its class's binary name and its name.
    Enum {
        class: String,
        name: String,
    },
}

impl Label {
    /// The label's class in `IllegalArgumentException` messages.
    fn class_text(&self) -> &'static str {
        match self {
            Label::Class(_) | Label::Primitive(_) => "java.lang.Class",
            Label::String(_) => "java.lang.String",
            Label::Int(_) => "java.lang.Integer",
            Label::Enum { .. } => "java.lang.Enum$EnumDesc",
        }
    }
}

/// The selector type of a switch call site `(S, int) -> int` (an enum type for
/// `enumSwitch`), or None if the call site's type is not one.
fn switch_selector(descriptor: &str, enum_switch: bool) -> Option<FieldType> {
    let parsed = MethodDescriptor::parse(descriptor).ok()?;
    match (&parsed.parameters[..], &parsed.return_type) {
        ([selector, FieldType::Int], Some(FieldType::Int)) => {
            if enum_switch && !matches!(selector, FieldType::Object(_)) {
                return None;
            }
            Some(selector.clone())
        }
        _ => None,
    }
}

/// `MethodType.toString` of a descriptor: `(Object,int)int`.
fn method_type_text(descriptor: &str) -> String {
    fn text(t: &FieldType) -> String {
        match t {
            FieldType::Object(name) => name.rsplit('/').next().unwrap_or(name).to_owned(),
            FieldType::Array(element) => format!("{}[]", text(element)),
            FieldType::Boolean => "boolean".into(),
            FieldType::Byte => "byte".into(),
            FieldType::Char => "char".into(),
            FieldType::Short => "short".into(),
            FieldType::Int => "int".into(),
            FieldType::Long => "long".into(),
            FieldType::Float => "float".into(),
            FieldType::Double => "double".into(),
        }
    }
    match MethodDescriptor::parse(descriptor) {
        Ok(parsed) => {
            let parameters: Vec<String> = parsed.parameters.iter().map(text).collect();
            let returned = parsed.return_type.as_ref().map_or("void".into(), text);
            format!("({}){returned}", parameters.join(","))
        }
        Err(_) => descriptor.to_owned(),
    }
}

/// A bootstrap method's `IllegalArgumentException`, wrapped as HotSpot wraps it.
fn bootstrap_failure(env: &mut Env, message: &str) -> crate::vm::Throw {
    let throw = throw_new(env, "java/lang/IllegalArgumentException", Some(message));
    crate::condy::wrap(env, throw)
}

/// The switch label a resolved constant stands for (`SwitchBootstraps.verifyLabel`), or the
/// `IllegalArgumentException` message for one it cannot be.
fn label_of_object(env: &mut Env, value: cortado_gc::Ref) -> Result<Label, String> {
    use crate::class::{BasicType, ClassKind};
    if value == cortado_gc::NULL {
        return Err("null label found".into());
    }
    let class_id = crate::objects::class_of(env.vm, value);
    let class = env.class(class_id);
    let field = |name: &str, descriptor: &str| {
        class
            .declared_field(name, descriptor)
            .map(|f| f.offset)
            .ok_or_else(|| format!("{}.{name} missing", class.java_name()))
    };
    match &*class.name {
        "java/lang/Class" => {
            let id = crate::natives::class_of_mirror(env, value);
            let target = env.class(id);
            Ok(match target.kind {
                ClassKind::Primitive(Some(t)) => {
                    let descriptor = t.descriptor_char().to_string();
                    Label::Primitive(FieldType::parse(&descriptor).map_err(|e| e.to_string())?)
                }
                ClassKind::Primitive(None) => Label::Class("java/lang/Void".into()),
                _ => Label::Class(target.name.to_string()),
            })
        }
        "java/lang/String" => Ok(Label::String(crate::objects::rust_string(env.vm, value))),
        "java/lang/Integer" => {
            let offset = field("value", "I")?;
            let v = crate::objects::read_value(env.vm, value, offset as usize, BasicType::Int);
            Ok(Label::Int(v as u32 as i32))
        }
        "java/lang/Enum$EnumDesc" => {
            let type_offset = field("constantType", "Ljava/lang/constant/ClassDesc;")?;
            let name_offset = field("constantName", "Ljava/lang/String;")?;
            let name = crate::objects::read_ref_field(env.vm, value, name_offset);
            let constant_type = crate::objects::read_ref_field(env.vm, value, type_offset);
            let type_class = env.class(crate::objects::class_of(env.vm, constant_type));
            let descriptor = type_class
                .declared_field("descriptor", "Ljava/lang/String;")
                .map(|f| crate::objects::read_ref_field(env.vm, constant_type, f.offset))
                .map(|d| crate::objects::rust_string(env.vm, d))
                .ok_or("EnumDesc of an unknown ClassDesc")?;
            let class_name = descriptor
                .strip_prefix('L')
                .and_then(|d| d.strip_suffix(';'))
                .ok_or("EnumDesc of a non-class type")?
                .replace('/', ".");
            Ok(Label::Enum {
                class: class_name,
                name: crate::objects::rust_string(env.vm, name),
            })
        }
        other => Err(format!(
            "label with illegal type found: class {}",
            other.replace('/', ".")
        )),
    }
}

/// `SwitchBootstraps.typeSwitch`/`enumSwitch` (JDK 25): `invoke(target, restart)` checks
/// `restart` (IndexOutOfBoundsException unless 0..=labels), returns -1 for a null target, the
/// index of the first label at or after `restart` that matches, and the label count when none
/// does. A primitive selector (javac 23+ switches on a record component of primitive type
/// with labels such as `double.class`) is boxed first, as the JDK's method handle is adapted.
fn switch_class(
    class: &mut ClassBuilder,
    descriptor: &str,
    selector: &FieldType,
    labels: &[Label],
    enum_switch: bool,
) -> Result<(), String> {
    let selector_slots = selector.slots() as u16;
    let restart = selector_slots;
    let boxed_slot = restart + 1;
    let mut code = CodeBuilder::new(4, boxed_slot + 1);
    let object = if let Some((wrapper, _, primitive)) = box_class(selector) {
        let value_of =
            class
                .pool
                .method_ref(wrapper, "valueOf", &format!("({primitive})L{wrapper};"));
        code.load(kind_of(selector), 0)
            .invokestatic(value_of)
            .store(Kind::Reference, boxed_slot);
        boxed_slot
    } else {
        0
    };
    let check_index = class
        .pool
        .method_ref("java/util/Objects", "checkIndex", "(II)I");
    code.load(Kind::Int, restart)
        .iconst(&mut class.pool, labels.len() as i32 + 1)
        .invokestatic(check_index)
        .op(Opcode::pop);
    let not_null = code.new_label();
    code.load(Kind::Reference, object)
        .branch(Opcode::ifnonnull, not_null);
    code.iconst(&mut class.pool, -1).op(Opcode::ireturn);
    code.bind(not_null);
    let string_equals = |class: &mut ClassBuilder| {
        class
            .pool
            .method_ref("java/lang/String", "equals", "(Ljava/lang/Object;)Z")
    };
    for (i, label) in labels.iter().enumerate() {
        let next = code.new_label();
        // Skip labels before the restart index.
        code.load(Kind::Int, restart)
            .iconst(&mut class.pool, i as i32)
            .branch(Opcode::if_icmpgt, next);
        match label {
            Label::Class(_) | Label::Primitive(_) => {
                match class_label_test(selector, label) {
                    ClassTest::Never => {
                        code.branch(Opcode::goto, next);
                    }
                    ClassTest::Always => {}
                    ClassTest::InstanceOf(name) => {
                        let c = class.pool.class(name);
                        code.load(Kind::Reference, object)
                            .instanceof(c)
                            .branch(Opcode::ifeq, next);
                    }
                    ClassTest::Exactness => {
                        return Err(
                            "a primitive type pattern that needs an exactness check (a preview feature) is not supported"
                                .into(),
                        )
                    }
                }
            }
            Label::String(text) if enum_switch => {
                let name_method =
                    class
                        .pool
                        .method_ref("java/lang/Enum", "name", "()Ljava/lang/String;");
                let text = class.pool.string(text);
                let equals = string_equals(class);
                code.load(Kind::Reference, object)
                    .invokevirtual(name_method)
                    .ldc(text)
                    .op(Opcode::swap)
                    .invokevirtual(equals)
                    .branch(Opcode::ifeq, next);
            }
            Label::String(text) => {
                let text = class.pool.string(text);
                let equals = string_equals(class);
                code.ldc(text)
                    .load(Kind::Reference, object)
                    .invokevirtual(equals)
                    .branch(Opcode::ifeq, next);
            }
            Label::Enum {
                class: enum_class,
                name,
            } => {
                // The target is the constant when it is an enum constant of that name whose
                // declaring class has that name (the JDK resolves the constant on first use
                // and compares identities; this never loads the label's class).
                let enum_type = class.pool.class("java/lang/Enum");
                let name_method =
                    class
                        .pool
                        .method_ref("java/lang/Enum", "name", "()Ljava/lang/String;");
                let declaring = class.pool.method_ref(
                    "java/lang/Enum",
                    "getDeclaringClass",
                    "()Ljava/lang/Class;",
                );
                let class_name =
                    class
                        .pool
                        .method_ref("java/lang/Class", "getName", "()Ljava/lang/String;");
                let name_text = class.pool.string(name);
                let class_text = class.pool.string(enum_class);
                let equals = string_equals(class);
                code.load(Kind::Reference, object)
                    .instanceof(enum_type)
                    .branch(Opcode::ifeq, next);
                code.ldc(name_text)
                    .load(Kind::Reference, object)
                    .checkcast(enum_type)
                    .invokevirtual(name_method)
                    .invokevirtual(equals)
                    .branch(Opcode::ifeq, next);
                code.ldc(class_text)
                    .load(Kind::Reference, object)
                    .checkcast(enum_type)
                    .invokevirtual(declaring)
                    .invokevirtual(class_name)
                    .invokevirtual(equals)
                    .branch(Opcode::ifeq, next);
            }
            Label::Int(value) => {
                // A Number's intValue, or a Character's value, equal to the label.
                let number = class.pool.class("java/lang/Number");
                let character = class.pool.class("java/lang/Character");
                let int_value = class
                    .pool
                    .method_ref("java/lang/Number", "intValue", "()I");
                let char_value = class
                    .pool
                    .method_ref("java/lang/Character", "charValue", "()C");
                let not_number = code.new_label();
                let compare = code.new_label();
                code.load(Kind::Reference, object)
                    .instanceof(number)
                    .branch(Opcode::ifeq, not_number);
                code.load(Kind::Reference, object)
                    .checkcast(number)
                    .invokevirtual(int_value)
                    .branch(Opcode::goto, compare);
                code.bind(not_number);
                code.load(Kind::Reference, object)
                    .instanceof(character)
                    .branch(Opcode::ifeq, next);
                code.load(Kind::Reference, object)
                    .checkcast(character)
                    .invokevirtual(char_value);
                code.bind(compare);
                code.iconst(&mut class.pool, *value)
                    .branch(Opcode::if_icmpne, next);
            }
        }
        code.iconst(&mut class.pool, i as i32).op(Opcode::ireturn);
        code.bind(next);
    }
    code.iconst(&mut class.pool, labels.len() as i32)
        .op(Opcode::ireturn);
    let code = code.finish().map_err(|e| e.to_string())?;
    class.method(
        access::PUBLIC | access::STATIC,
        "invoke",
        descriptor,
        Some(code),
    );
    Ok(())
}

/// How a class label tests a switch's target (`SwitchBootstraps.generateTypeSwitchSkeleton`).
enum ClassTest<'a> {
    Never,
    Always,
    InstanceOf(&'a str),
    /// A primitive label on a primitive or wrapper selector that is not unconditionally
    /// exact (JEP 455 primitive patterns, a preview feature).
    Exactness,
}

fn class_label_test<'a>(selector: &FieldType, label: &'a Label) -> ClassTest<'a> {
    const WRAPPERS: [&str; 8] = [
        "java/lang/Boolean",
        "java/lang/Byte",
        "java/lang/Character",
        "java/lang/Short",
        "java/lang/Integer",
        "java/lang/Long",
        "java/lang/Float",
        "java/lang/Double",
    ];
    let is_boolean = |l: &Label| match l {
        Label::Primitive(FieldType::Boolean) => true,
        Label::Class(name) => name == "java/lang/Boolean",
        _ => false,
    };
    let primitive_selector = !selector.is_reference();
    // `isNotValidPair`.
    if (*selector == FieldType::Boolean && !is_boolean(label))
        || (primitive_selector && *selector != FieldType::Boolean && is_boolean(label))
    {
        return ClassTest::Never;
    }
    // `unconditionalExactnessCheck`.
    let unconditional = match label {
        Label::Class(name) => {
            box_class(selector).is_some_and(|(wrapper, _, _)| wrapper == name)
                || matches!(selector, FieldType::Object(s) if s == name)
        }
        Label::Primitive(target) => selector == target || exact_widening(selector, target),
        _ => false,
    };
    if unconditional {
        return ClassTest::Always;
    }
    match label {
        Label::Class(name) => ClassTest::InstanceOf(name),
        Label::Primitive(target) => {
            let wrapper_selector =
                matches!(selector, FieldType::Object(s) if WRAPPERS.contains(&s.as_str()));
            if primitive_selector || wrapper_selector {
                ClassTest::Exactness
            } else {
                box_class(target).map_or(ClassTest::Never, |(wrapper, _, _)| {
                    ClassTest::InstanceOf(wrapper)
                })
            }
        }
        _ => ClassTest::Never,
    }
}

/// Whether every value of primitive type `from` converts to `to` exactly (javac's
/// `checkUnconditionallyExactPrimitives`).
fn exact_widening(from: &FieldType, to: &FieldType) -> bool {
    use FieldType::*;
    matches!(
        (from, to),
        (Byte, Short | Int | Long | Float | Double)
            | (Short, Int | Long | Float | Double)
            | (Char, Int | Long | Float | Double)
            | (Int, Long | Double)
            | (Float, Double)
    )
}

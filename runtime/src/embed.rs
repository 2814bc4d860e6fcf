//! The host side of the embedding API: Rust values in and out of Java calls, and natives
//! implemented by Rust closures. Conversions follow the Java types of the method descriptor.

use cortado_classfile::{FieldType, MethodDescriptor};
use cortado_gc::{Ref, NULL};

use crate::class::{BasicType, LoaderId};
use crate::error::{Error, Result};
use crate::exceptions::throw_new;
use crate::objects::{
    array_length, element_offset, new_array, new_string, read_value, rust_string, write_value,
};
use crate::thread::Handle;
use crate::vm::{Env, JResult};

/// A Java value as the host sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// The result of a `void` method.
    Void,
    Boolean(bool),
    Byte(i8),
    Char(u16),
    Short(i16),
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
    /// A `java.lang.String`.
    String(String),
    /// A one-dimensional array of primitives or strings.
    Array(Vec<Value>),
    /// Any other object, held for the host by a handle (see [`Object`]).
    Object(Object),
    /// The null reference.
    Null,
}

/// A guest object held by the host. It keeps the object alive (and follows it as the
/// collector moves it) until released with `Vm::release`; it belongs to one VM, and using it
/// with another, or after its release, is an error, never undefined behaviour. Objects given to
/// host natives as arguments are valid during the call only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    pub(crate) vm: usize,
    pub(crate) slot: u32,
    pub(crate) generation: u32,
    /// The object's class, binary name with dots.
    pub class_name: String,
}

/// The host's handle table: slots of rooted references, reused after release, with a
/// generation number so that stale handles are recognized.
#[derive(Default)]
pub(crate) struct HostHandles {
    pub slots: Vec<(Ref, u32)>,
    free: Vec<u32>,
}

impl HostHandles {
    fn insert(&mut self, reference: Ref) -> (u32, u32) {
        match self.free.pop() {
            Some(slot) => {
                let entry = &mut self.slots[slot as usize];
                entry.0 = reference;
                (slot, entry.1)
            }
            None => {
                self.slots.push((reference, 0));
                (self.slots.len() as u32 - 1, 0)
            }
        }
    }

    fn get(&self, slot: u32, generation: u32) -> Option<Ref> {
        let &(reference, current) = self.slots.get(slot as usize)?;
        (current == generation && reference != NULL).then_some(reference)
    }

    pub(crate) fn release(&mut self, slot: u32, generation: u32) -> bool {
        match self.slots.get_mut(slot as usize) {
            Some(entry) if entry.1 == generation && entry.0 != NULL => {
                *entry = (NULL, generation.wrapping_add(1));
                self.free.push(slot);
                true
            }
            _ => false,
        }
    }
}

/// Wraps a guest reference in a host handle.
fn object_handle(env: &mut Env, reference: Ref) -> Value {
    let class_name = env
        .class(crate::objects::class_of(env.vm, reference))
        .java_name();
    let (slot, generation) = env.vm.host_handles.insert(reference);
    Value::Object(Object {
        vm: env.vm.id,
        slot,
        generation,
        class_name,
    })
}

/// The guest reference behind a handle, checked against this VM.
pub(crate) fn resolve_handle(env: &Env, object: &Object) -> std::result::Result<Ref, String> {
    if object.vm != env.vm.id {
        return Err(format!(
            "the {} object belongs to another VM",
            object.class_name
        ));
    }
    env.vm
        .host_handles
        .get(object.slot, object.generation)
        .ok_or_else(|| format!("the {} object was released", object.class_name))
}

/// What a host native returns to throw a Java exception instead of a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaThrow {
    /// Binary name of a Throwable class of the class library, e.g. `java.lang.IllegalStateException`.
    pub class: String,
    pub message: Option<String>,
}

/// A host function implementing a `native` method of a guest class. It receives the arguments
/// (without the receiver, for instance methods) converted from their Java types.
pub type HostFunction = dyn Fn(&[Value]) -> std::result::Result<Value, JavaThrow> + Send + Sync;

/// A host function implementing a `native` method that may call back into Java through its
/// [`NativeContext`] (see [`Vm::register_native_with_context`](crate::Vm::register_native_with_context)).
pub type ContextHostFunction =
    dyn Fn(&mut NativeContext, &[Value]) -> std::result::Result<Value, JavaThrow> + Send + Sync;

/// What a host native may do with the VM that called it, during the call: call back into
/// Java on the calling thread (with the VM lock it already holds) and release the objects
/// those calls returned. Strings and arrays are allocated by returning them as [`Value`]s;
/// exceptions are thrown by returning a [`JavaThrow`].
pub struct NativeContext<'c> {
    env: &'c mut dyn Callbacks,
}

/// The VM side of a [`NativeContext`].
trait Callbacks {
    fn call_static(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        args: &[Value],
    ) -> Result<Value>;
    fn call_method(
        &mut self,
        object: &Object,
        name: &str,
        descriptor: &str,
        args: &[Value],
    ) -> Result<Value>;
    fn release(&mut self, object: &Object) -> Result<()>;
}

impl Callbacks for Env<'_, '_> {
    fn call_static(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        args: &[Value],
    ) -> Result<Value> {
        call_static(self, class, name, descriptor, args)
    }

    fn call_method(
        &mut self,
        object: &Object,
        name: &str,
        descriptor: &str,
        args: &[Value],
    ) -> Result<Value> {
        call_method(self, object, name, descriptor, args)
    }

    fn release(&mut self, object: &Object) -> Result<()> {
        if object.vm != self.vm.id || !self.vm.host_handles.release(object.slot, object.generation)
        {
            return Err(Error::InvalidArgument(format!(
                "the {} object is not held by this VM",
                object.class_name
            )));
        }
        Ok(())
    }
}

impl NativeContext<'_> {
    /// Calls a static method, as [`Vm::call_static`](crate::Vm::call_static) does, on the
    /// native's thread. An exception it does not catch comes back as [`Error::Exception`]
    /// (and is not pending in the guest: rethrow it with a [`JavaThrow`] if wanted).
    pub fn call_static(
        &mut self,
        class: &str,
        method: &str,
        descriptor: &str,
        args: &[Value],
    ) -> Result<Value> {
        self.env.call_static(class, method, descriptor, args)
    }

    /// Calls an instance method, as [`Vm::call_method`](crate::Vm::call_method) does.
    pub fn call_method(
        &mut self,
        object: &Object,
        method: &str,
        descriptor: &str,
        args: &[Value],
    ) -> Result<Value> {
        self.env.call_method(object, method, descriptor, args)
    }

    /// Releases an object a callback returned, as [`Vm::release`](crate::Vm::release) does.
    pub fn release(&mut self, object: &Object) -> Result<()> {
        self.env.release(object)
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Void => "void",
        Value::Boolean(_) => "boolean",
        Value::Byte(_) => "byte",
        Value::Char(_) => "char",
        Value::Short(_) => "short",
        Value::Int(_) => "int",
        Value::Long(_) => "long",
        Value::Float(_) => "float",
        Value::Double(_) => "double",
        Value::String(_) => "String",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => "null",
    }
}

/// Whether a `String` may be passed where `class` is expected.
fn accepts_string(class: &str) -> bool {
    matches!(
        class,
        "java/lang/String"
            | "java/lang/Object"
            | "java/lang/CharSequence"
            | "java/lang/Comparable"
            | "java/io/Serializable"
    )
}

/// Converts a host value to a Java value of type `t`: a slot value, with references rooted in
/// a handle (read it back after further allocation).
fn to_java(
    env: &mut Env,
    t: &FieldType,
    value: &Value,
) -> std::result::Result<JResult<u64>, String> {
    let mismatch = || format!("expected {}, got {}", t.java_name(), type_name(value));
    let slot = |v: u64| Ok(Ok(v));
    match (t, value) {
        (FieldType::Boolean, Value::Boolean(v)) => slot(*v as u64),
        (FieldType::Byte, Value::Byte(v)) => slot(*v as i32 as u32 as u64),
        (FieldType::Char, Value::Char(v)) => slot(*v as u64),
        (FieldType::Short, Value::Short(v)) => slot(*v as i32 as u32 as u64),
        (FieldType::Int, Value::Int(v)) => slot(*v as u32 as u64),
        (FieldType::Long, Value::Long(v)) => slot(*v as u64),
        (FieldType::Float, Value::Float(v)) => slot(v.to_bits() as u64),
        (FieldType::Double, Value::Double(v)) => slot(v.to_bits()),
        (FieldType::Object(_) | FieldType::Array(_), Value::Null) => slot(NULL as u64),
        (FieldType::Object(class), Value::String(text)) if accepts_string(class) => {
            Ok(new_string(env, text).map(|r| r as u64))
        }
        (FieldType::Array(element), Value::Array(items)) => Ok(new_host_array(env, element, items)),
        (FieldType::Object(_) | FieldType::Array(_), Value::Object(object)) => {
            let reference = resolve_handle(env, object)?;
            let expected = match crate::loader::load_class(env, &type_class_name(t), LoaderId::App)
            {
                Ok(Some(class)) => class,
                Ok(None) => return Err(format!("no class {}", t.java_name())),
                Err(throw) => return Ok(Err(throw)),
            };
            let actual = crate::objects::class_of(env.vm, reference);
            if !crate::interp::slow::is_assignable(env, actual, expected) {
                return Err(format!(
                    "expected {}, got a {}",
                    t.java_name(),
                    object.class_name
                ));
            }
            Ok(Ok(reference as u64))
        }
        _ => Err(mismatch()),
    }
}

/// The class name a reference type is loaded by (`java/lang/String`, `[I`).
fn type_class_name(t: &FieldType) -> String {
    match t {
        FieldType::Object(name) => name.clone(),
        other => other.descriptor(),
    }
}

fn new_host_array(env: &mut Env, element: &FieldType, items: &[Value]) -> JResult<u64> {
    let array_class =
        crate::loader::resolve_class(env, &format!("[{}", element.descriptor()), LoaderId::Boot)?;
    let array = new_array(env, array_class, items.len() as i32)?;
    let handle = env.thread.handle(array);
    let basic_type = BasicType::of(element);
    for (i, item) in items.iter().enumerate() {
        let value = match to_java(env, element, item) {
            Ok(value) => value?,
            Err(problem) => {
                let message = format!("array element {i}: {problem}");
                return Err(throw_new(
                    env,
                    "java/lang/IllegalArgumentException",
                    Some(&message),
                ));
            }
        };
        let array = env.thread.get(handle);
        write_value(
            env.vm,
            array,
            element_offset(basic_type, i),
            basic_type,
            value,
        );
    }
    Ok(env.thread.get(handle) as u64)
}

/// Converts a Java value of type `t` (a slot) to a host value.
fn to_host(env: &mut Env, t: Option<&FieldType>, slot: u64) -> std::result::Result<Value, String> {
    let Some(t) = t else { return Ok(Value::Void) };
    Ok(match t {
        FieldType::Boolean => Value::Boolean(slot & 1 != 0),
        FieldType::Byte => Value::Byte(slot as u32 as i32 as i8),
        FieldType::Char => Value::Char(slot as u16),
        FieldType::Short => Value::Short(slot as u32 as i32 as i16),
        FieldType::Int => Value::Int(slot as u32 as i32),
        FieldType::Long => Value::Long(slot as i64),
        FieldType::Float => Value::Float(f32::from_bits(slot as u32)),
        FieldType::Double => Value::Double(f64::from_bits(slot)),
        FieldType::Object(_) | FieldType::Array(_) if slot as Ref == NULL => Value::Null,
        FieldType::Object(class) if class == "java/lang/String" => {
            Value::String(rust_string(env.vm, slot as Ref))
        }
        FieldType::Array(element) if !matches!(**element, FieldType::Array(_)) => {
            let array = slot as Ref;
            let basic_type = BasicType::of(element);
            let mut items = Vec::new();
            for i in 0..array_length(env.vm, array) as usize {
                let value = read_value(env.vm, array, element_offset(basic_type, i), basic_type);
                items.push(to_host(env, Some(element), value)?);
            }
            Value::Array(items)
        }
        FieldType::Object(_) | FieldType::Array(_) => object_handle(env, slot as Ref),
    })
}

/// Parses the descriptor of a host call and checks that it takes as many arguments as given.
fn parse_call(what: &str, descriptor: &str, args: &[Value]) -> Result<MethodDescriptor> {
    let parsed = MethodDescriptor::parse(descriptor)
        .map_err(|e| Error::InvalidArgument(format!("bad descriptor {descriptor}: {e}")))?;
    if parsed.parameters.len() != args.len() {
        return Err(Error::InvalidArgument(format!(
            "{what}{descriptor} takes {} arguments, {} given",
            parsed.parameters.len(),
            args.len()
        )));
    }
    Ok(parsed)
}

/// `Vm::call_static`: runs a static method with host arguments.
pub(crate) fn call_static(
    env: &mut Env,
    class: &str,
    name: &str,
    descriptor: &str,
    args: &[Value],
) -> Result<Value> {
    let parsed = parse_call(&format!("{class}.{name}"), descriptor, args)?;
    let internal = class.replace('.', "/");
    let id = match crate::loader::load_class(env, &internal, LoaderId::App) {
        Ok(Some(id)) => id,
        Ok(None) => return Err(Error::InvalidArgument(format!("no class {class}"))),
        Err(throw) => return Err(crate::escaped(env, throw)),
    };
    let method = env.class(id).declared_method(name, descriptor).cloned();
    let Some(method) = method.filter(|m| m.is_static()) else {
        return Err(Error::InvalidArgument(format!(
            "no static method {name}{descriptor} in {class}"
        )));
    };
    invoke(env, &method, None, &parsed, args)
}

/// Converts the arguments (rooted in handles until all exist), runs the method (initializing
/// its class first) and converts the result.
fn invoke(
    env: &mut Env,
    method: &std::sync::Arc<crate::class::Method>,
    receiver: Option<&Object>,
    parsed: &MethodDescriptor,
    args: &[Value],
) -> Result<Value> {
    let id = method.class;
    let mark = env.thread.handle_mark();
    let result = (|| -> std::result::Result<JResult<u64>, String> {
        // References stay rooted in handles until every argument exists.
        enum Arg {
            Primitive(u64),
            Reference(Handle),
        }
        let mut converted = Vec::with_capacity(args.len());
        for (i, (t, value)) in parsed.parameters.iter().zip(args).enumerate() {
            let slot = match to_java(env, t, value)
                .map_err(|problem| format!("argument {}: {problem}", i + 1))?
            {
                Ok(slot) => slot,
                Err(throw) => return Ok(Err(throw)),
            };
            converted.push(if t.is_reference() {
                Arg::Reference(env.thread.handle(slot as Ref))
            } else {
                Arg::Primitive(slot)
            });
        }
        let mut slots = Vec::with_capacity(parsed.parameter_slots() + 1);
        if let Some(receiver) = receiver {
            slots.push(resolve_handle(env, receiver)? as u64);
        }
        for (t, arg) in parsed.parameters.iter().zip(&converted) {
            slots.push(match arg {
                Arg::Primitive(slot) => *slot,
                Arg::Reference(handle) => env.thread.get(*handle) as u64,
            });
            if t.slots() == 2 {
                slots.push(0);
            }
        }
        Ok(crate::init::ensure_initialized(env, id)
            .and_then(|()| crate::interp::call::call_method(env, method, &slots)))
    })();
    env.thread.release_handles(mark);
    match result {
        Err(problem) => Err(Error::InvalidArgument(problem)),
        Ok(Err(throw)) => Err(crate::escaped(env, throw)),
        Ok(Ok(slot)) => {
            to_host(env, parsed.return_type.as_ref(), slot).map_err(Error::InvalidArgument)
        }
    }
}

/// Wraps a host function as a native method of the VM's registry.
pub(crate) fn native_from_host(
    descriptor: &str,
    function: std::sync::Arc<ContextHostFunction>,
    is_static: bool,
) -> Result<crate::natives::NativeFn> {
    let parsed = MethodDescriptor::parse(descriptor)
        .map_err(|e| Error::InvalidArgument(format!("bad descriptor {descriptor}: {e}")))?;
    Ok(std::sync::Arc::new(
        move |env: &mut Env, args: crate::natives::Args| -> JResult<u64> {
            let mut values = Vec::with_capacity(parsed.parameters.len());
            let mut slot = usize::from(!is_static);
            for t in &parsed.parameters {
                let raw = args.slot(env, slot);
                slot += t.slots();
                match to_host(env, Some(t), raw) {
                    Ok(value) => values.push(value),
                    Err(problem) => {
                        return Err(throw_new(
                            env,
                            "java/lang/IllegalArgumentException",
                            Some(&problem),
                        ))
                    }
                }
            }
            // A panicking host function must not unwind through the VM.
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                function(&mut NativeContext { env: &mut *env }, &values)
            }));
            // Handles made for the arguments are valid during the call only.
            release_all(env, &values);
            match outcome {
                Err(panic) => {
                    let text = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown cause".into());
                    Err(throw_new(
                        env,
                        "java/lang/InternalError",
                        Some(&format!("native method panicked: {text}")),
                    ))
                }
                Ok(Err(JavaThrow { class, message })) => {
                    let internal = class.replace('.', "/");
                    Err(throw_new(env, &internal, message.as_deref()))
                }
                Ok(Ok(value)) => match &parsed.return_type {
                    None => Ok(0),
                    Some(t) => match to_java(env, t, &value) {
                        Ok(result) => result,
                        Err(problem) => {
                            let message = format!("native method result: {problem}");
                            Err(throw_new(
                                env,
                                "java/lang/IllegalArgumentException",
                                Some(&message),
                            ))
                        }
                    },
                },
            }
        },
    ))
}

/// Releases the handles made for a native's arguments (they are valid during the call only).
fn release_all(env: &mut Env, values: &[Value]) {
    for value in values {
        match value {
            Value::Object(object) if object.vm == env.vm.id => {
                env.vm.host_handles.release(object.slot, object.generation);
            }
            Value::Array(items) => release_all(env, items),
            _ => {}
        }
    }
}

/// `Vm::call_method`: calls an instance method on a held object, selected virtually.
pub(crate) fn call_method(
    env: &mut Env,
    object: &Object,
    name: &str,
    descriptor: &str,
    args: &[Value],
) -> Result<Value> {
    let parsed = parse_call(name, descriptor, args)?;
    let receiver = resolve_handle(env, object).map_err(Error::InvalidArgument)?;
    let class = crate::objects::class_of(env.vm, receiver);
    let method = crate::interp::resolve::lookup_method(env, class, name, descriptor)
        .filter(|m| !m.is_static() && !m.is_abstract())
        .ok_or_else(|| {
            Error::InvalidArgument(format!(
                "no instance method {name}{descriptor} in {}",
                object.class_name
            ))
        })?;
    invoke(env, &method, Some(object), &parsed, args)
}

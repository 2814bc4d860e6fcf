//! Runtime classes, fields and methods: what loading and linking make of a class file.
//!
//! A `Class` is immutable after it is created, except for its initialization state, its
//! static fields and its constant-pool resolution cache, which use atomics and `OnceLock` so
//! that `Arc<Class>` can be shared by the VM's threads.

use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, OnceLock};

use cortado_classfile::{access, ClassFile, FieldType, MethodDescriptor};

use crate::interp::prepare::Prepared;
use crate::natives::NativeFn;

/// Index of a class in the VM's class table; also what object headers store.
pub(crate) type ClassId = u32;

/// The basic types of values in slots, fields and array elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum BasicType {
    Boolean,
    Byte,
    Char,
    Short,
    Int,
    Float,
    Long,
    Double,
    Reference,
}

impl BasicType {
    pub(crate) fn of(field_type: &FieldType) -> BasicType {
        match field_type {
            FieldType::Boolean => BasicType::Boolean,
            FieldType::Byte => BasicType::Byte,
            FieldType::Char => BasicType::Char,
            FieldType::Short => BasicType::Short,
            FieldType::Int => BasicType::Int,
            FieldType::Float => BasicType::Float,
            FieldType::Long => BasicType::Long,
            FieldType::Double => BasicType::Double,
            FieldType::Object(_) | FieldType::Array(_) => BasicType::Reference,
        }
    }

    pub(crate) fn from_descriptor_char(c: u8) -> Option<BasicType> {
        Some(match c {
            b'Z' => BasicType::Boolean,
            b'B' => BasicType::Byte,
            b'C' => BasicType::Char,
            b'S' => BasicType::Short,
            b'I' => BasicType::Int,
            b'F' => BasicType::Float,
            b'J' => BasicType::Long,
            b'D' => BasicType::Double,
            b'L' | b'[' => BasicType::Reference,
            _ => return None,
        })
    }

    /// Bytes in an object field or array element.
    pub(crate) fn size(self) -> usize {
        match self {
            BasicType::Boolean | BasicType::Byte => 1,
            BasicType::Char | BasicType::Short => 2,
            BasicType::Int | BasicType::Float | BasicType::Reference => 4,
            BasicType::Long | BasicType::Double => 8,
        }
    }

    pub(crate) fn slots(self) -> usize {
        match self {
            BasicType::Long | BasicType::Double => 2,
            _ => 1,
        }
    }

    pub(crate) fn descriptor_char(self) -> char {
        match self {
            BasicType::Boolean => 'Z',
            BasicType::Byte => 'B',
            BasicType::Char => 'C',
            BasicType::Short => 'S',
            BasicType::Int => 'I',
            BasicType::Float => 'F',
            BasicType::Long => 'J',
            BasicType::Double => 'D',
            BasicType::Reference => 'L',
        }
    }

    pub(crate) fn java_name(self) -> &'static str {
        match self {
            BasicType::Boolean => "boolean",
            BasicType::Byte => "byte",
            BasicType::Char => "char",
            BasicType::Short => "short",
            BasicType::Int => "int",
            BasicType::Float => "float",
            BasicType::Long => "long",
            BasicType::Double => "double",
            BasicType::Reference => "reference",
        }
    }

    /// The `newarray` type code (JVMS §6.5 newarray).
    pub(crate) fn from_array_type_code(code: u8) -> Option<BasicType> {
        Some(match code {
            4 => BasicType::Boolean,
            5 => BasicType::Char,
            6 => BasicType::Float,
            7 => BasicType::Double,
            8 => BasicType::Byte,
            9 => BasicType::Short,
            10 => BasicType::Int,
            11 => BasicType::Long,
            _ => return None,
        })
    }
}

/// Which loader defined (or initiated the loading of) a class. A user-defined loader (a
/// `java.lang.ClassLoader` subclass) gets an id when it first needs one: its index in
/// `VmState::loaders`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum LoaderId {
    Boot,
    App,
    User(u32),
}

#[derive(Debug)]
pub(crate) enum ClassKind {
    /// A class or interface from a class file.
    Instance,
    /// An array class: element type, and the component class when elements are references.
    Array {
        element: BasicType,
        component: Option<ClassId>,
    },
    /// `int.class` and friends (and `void.class`, with `None`).
    Primitive(Option<BasicType>),
}

/// JVMS §5.5 initialization states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum InitState {
    Uninitialized = 0,
    InProgress = 1,
    Initialized = 2,
    Erroneous = 3,
}

#[derive(Debug)]
pub(crate) struct Field {
    pub name: String,
    pub descriptor: String,
    pub access_flags: u16,
    pub basic_type: BasicType,
    /// Byte offset in the object (instance fields) or slot in `Class::statics`.
    pub offset: u32,
    pub constant_value: Option<u16>,
}

impl Field {
    pub(crate) fn is_static(&self) -> bool {
        self.access_flags & access::STATIC != 0
    }
}

/// A method referred to without reference counting, as frames and the call path refer to
/// them: every `Method` is created by the loader and owned by its class (`Class::methods`),
/// and the class table never drops a class while the VM lives, so the method outlives every
/// frame and call that names it. (Counting references on every call cost a quarter of the
/// time of call-heavy code.)
#[derive(Clone, Copy)]
pub(crate) struct MethodRef(std::ptr::NonNull<Method>);

// SAFETY: a `MethodRef` is a shared reference to a `Method`, which is `Sync`.
#[allow(unsafe_code)]
unsafe impl Send for MethodRef {}
// SAFETY: as above.
#[allow(unsafe_code)]
unsafe impl Sync for MethodRef {}

impl MethodRef {
    /// Refers to a method of a loaded class (see the type's invariant).
    pub(crate) fn new(method: &Arc<Method>) -> MethodRef {
        MethodRef(std::ptr::NonNull::from(&**method))
    }

    /// A reference from a pointer that came from a `MethodRef` or from a class's
    /// `Arc<Method>`.
    ///
    /// # Safety
    /// `method` must point at a method of a loaded class (see the type's invariant).
    #[allow(unsafe_code)]
    pub(crate) unsafe fn from_raw(method: *mut Method) -> MethodRef {
        // SAFETY: (caller) non-null, pointing at a live method.
        MethodRef(unsafe { std::ptr::NonNull::new_unchecked(method) })
    }

    pub(crate) fn as_ptr(self) -> *mut Method {
        self.0.as_ptr()
    }

    /// A counted reference, for the rare paths that keep one (compilation, reflection).
    pub(crate) fn to_arc(self) -> Arc<Method> {
        let pointer = self.0.as_ptr() as *const Method;
        // SAFETY: the pointer came from an `Arc<Method>` that its class still holds (the
        // type's invariant), so the allocation is live and counting one more is sound.
        #[allow(unsafe_code)]
        unsafe {
            Arc::increment_strong_count(pointer);
            Arc::from_raw(pointer)
        }
    }
}

impl std::ops::Deref for MethodRef {
    type Target = Method;
    fn deref(&self) -> &Method {
        // SAFETY: the method outlives the VM's frames and calls (the type's invariant).
        #[allow(unsafe_code)]
        unsafe {
            self.0.as_ref()
        }
    }
}

impl std::fmt::Debug for MethodRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

pub(crate) struct Method {
    /// Unique within the VM; keys interface dispatch tables.
    pub id: u32,
    pub class: ClassId,
    pub class_name: Arc<str>,
    pub name: String,
    pub descriptor: String,
    pub parsed: MethodDescriptor,
    pub access_flags: u16,
    /// Argument slots including `this`.
    pub arg_slots: u16,
    pub return_type: Option<BasicType>,
    /// Position in the vtable, for non-private instance methods of classes.
    pub vtable_index: Option<u32>,
    /// The method's index in its class file, to find its code.
    pub index_in_class: u16,
    pub prepared: OnceLock<Result<Arc<Prepared>, crate::verify::Rejection>>,
    pub native: OnceLock<NativeFn>,
    /// Call counting and compiled code (`tier`).
    pub tier: crate::tier::MethodTier,
}

impl std::fmt::Debug for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}{}", self.class_name, self.name, self.descriptor)
    }
}

impl Method {
    pub(crate) fn is_static(&self) -> bool {
        self.access_flags & access::STATIC != 0
    }
    pub(crate) fn is_native(&self) -> bool {
        self.access_flags & access::NATIVE != 0
    }
    pub(crate) fn is_abstract(&self) -> bool {
        self.access_flags & access::ABSTRACT != 0
    }
    pub(crate) fn is_private(&self) -> bool {
        self.access_flags & access::PRIVATE != 0
    }
    pub(crate) fn is_synchronized(&self) -> bool {
        self.access_flags & access::SYNCHRONIZED != 0
    }
}

/// What the interpreter's virtual and interface calls through one method reference last
/// selected: an inline cache (the selection without a vtable or itable lookup when the
/// receiver class repeats), and the receiver profile that the JIT reads to inline the call
/// behind a class check. Java threads run one at a time (the VM lock), so the two words
/// never tear.
pub(crate) struct CallCache {
    /// The receiver class of the last selection (`u32::MAX` before the first).
    pub class: AtomicU32,
    /// The method selected for it (a `MethodRef`'s pointer, see its invariant).
    pub method: AtomicPtr<Method>,
    /// Selections that found another class in the cache (saturating).
    pub misses: AtomicU32,
}

impl CallCache {
    pub(crate) fn new() -> CallCache {
        CallCache {
            class: AtomicU32::new(u32::MAX),
            method: AtomicPtr::new(std::ptr::null_mut()),
            misses: AtomicU32::new(0),
        }
    }

    /// The method cached for receivers of class `class`.
    pub(crate) fn lookup(&self, class: u32) -> Option<MethodRef> {
        if class == u32::MAX || self.class.load(Ordering::Relaxed) != class {
            return None;
        }
        // SAFETY: the pointer was stored with `class` by `update`, from a `MethodRef`.
        #[allow(unsafe_code)]
        Some(unsafe { MethodRef::from_raw(self.method.load(Ordering::Relaxed)) })
    }

    pub(crate) fn update(&self, class: u32, method: MethodRef) {
        if self.class.load(Ordering::Relaxed) != u32::MAX {
            let misses = self.misses.load(Ordering::Relaxed);
            self.misses
                .store(misses.saturating_add(1), Ordering::Relaxed);
        }
        self.method.store(method.as_ptr(), Ordering::Relaxed);
        self.class.store(class, Ordering::Relaxed);
    }
}

/// What a constant-pool entry resolved to (JVMS §5.4.3), cached per class.
#[derive(Debug, Clone)]
pub(crate) enum Resolved {
    Class(ClassId),
    Field {
        class: ClassId,
        offset: u32,
        basic_type: BasicType,
        is_static: bool,
    },
    Method(Arc<Method>),
    /// An interned string: index into the VM's string-literal roots.
    String(u32),
    /// A linked `invokedynamic` call site: the static method that implements it.
    CallSite(Arc<Method>),
    /// A resolved dynamically-computed constant (`CONSTANT_Dynamic`) or MethodType constant.
    Dynamic(crate::condy::DynamicValue),
}

pub(crate) struct Class {
    pub id: ClassId,
    /// Binary name in internal form (`java/lang/String`, `[I`).
    pub name: Arc<str>,
    pub loader: LoaderId,
    pub access_flags: u16,
    pub kind: ClassKind,
    pub super_class: Option<ClassId>,
    /// Direct superinterfaces.
    pub interfaces: Vec<ClassId>,
    /// Every superclass from `java/lang/Object` down to this class.
    pub supers: Vec<ClassId>,
    /// Every interface this class implements, directly or not, sorted.
    pub all_interfaces: Vec<ClassId>,
    pub file: Option<Arc<ClassFile>>,
    pub fields: Vec<Field>,
    pub methods: Vec<Arc<Method>>,
    pub vtable: Vec<Arc<Method>>,
    /// Interface method id to the implementation selected for this class (JVMS §5.4.6).
    pub itable: HashMap<u32, Arc<Method>>,
    /// Bytes of an instance, header included, rounded up to 8.
    pub instance_size: u32,
    /// End of the last instance field, before rounding to 8 (subclasses continue here).
    pub instance_end_unpadded: u32,
    /// Offsets of every strong reference field of an instance, inherited ones included (a
    /// `java.lang.ref.Reference`'s referent is not one: see `referent`).
    pub reference_offsets: Vec<u32>,
    /// For `java.lang.ref.Reference` and its subclasses: the offsets of the `referent` and
    /// `queue` fields and how strongly the referent is held.
    pub referent: Option<(u32, u32, cortado_gc::Strength)>,
    pub statics: Box<[AtomicU64]>,
    /// Slots of `statics` that hold references.
    pub static_references: Vec<u32>,
    pub init_state: AtomicU8,
    /// The thread running `<clinit>`, while `init_state` is InProgress.
    pub init_thread: AtomicU64,
    pub constant_cache: Box<[OnceLock<Resolved>]>,
    /// By constant-pool index: the interpreter's cache for virtual and interface calls
    /// through that method reference (empty for classes without a constant pool).
    pub call_caches: Box<[CallCache]>,
    pub source_file: Option<String>,
    /// Generated by the VM (call-site classes): left out of stack traces, like HotSpot's
    /// hidden classes.
    pub hidden: bool,
}

impl std::fmt::Debug for Class {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Class({})", self.name)
    }
}

impl Class {
    pub(crate) fn is_interface(&self) -> bool {
        self.access_flags & access::INTERFACE != 0
    }
    pub(crate) fn is_abstract(&self) -> bool {
        self.access_flags & access::ABSTRACT != 0
    }
    pub(crate) fn is_array(&self) -> bool {
        matches!(self.kind, ClassKind::Array { .. })
    }
    pub(crate) fn init_state(&self) -> InitState {
        match self.init_state.load(Ordering::Acquire) {
            0 => InitState::Uninitialized,
            1 => InitState::InProgress,
            2 => InitState::Initialized,
            _ => InitState::Erroneous,
        }
    }
    pub(crate) fn set_init_state(&self, state: InitState) {
        self.init_state.store(state as u8, Ordering::Release);
    }
    /// The binary name with dots, as `Class.getName()` returns it.
    pub(crate) fn java_name(&self) -> String {
        self.name.replace('/', ".")
    }
    /// The runtime package (JVMS §5.3): loader and package name.
    pub(crate) fn package(&self) -> &str {
        let name: &str = &self.name;
        let name = name.trim_start_matches('[');
        name.rfind('/').map_or("", |i| &name[..i])
    }
    pub(crate) fn declared_method(&self, name: &str, descriptor: &str) -> Option<&Arc<Method>> {
        self.methods
            .iter()
            .find(|m| m.name == name && m.descriptor == descriptor)
    }
    pub(crate) fn declared_field(&self, name: &str, descriptor: &str) -> Option<&Field> {
        self.fields
            .iter()
            .find(|f| f.name == name && f.descriptor == descriptor)
    }
    pub(crate) fn static_value(&self, slot: u32) -> u64 {
        self.statics[slot as usize].load(Ordering::Relaxed)
    }
    pub(crate) fn set_static_value(&self, slot: u32, value: u64) {
        self.statics[slot as usize].store(value, Ordering::Relaxed)
    }
    pub(crate) fn instance_size_unpadded(&self) -> u32 {
        self.instance_end_unpadded
    }
    pub(crate) fn element_type(&self) -> Option<BasicType> {
        match self.kind {
            ClassKind::Array { element, .. } => Some(element),
            _ => None,
        }
    }
}

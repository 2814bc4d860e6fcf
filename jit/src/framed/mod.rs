//! Framed compilation: any verified method to machine code that runs *inside its interpreter
//! frame*.
//!
//! The runtime pushes an ordinary interpreter frame, then calls the code with a
//! [`FrameContext`] pointing at the frame's slots. Values live in registers while the code
//! computes; at every point where the VM may look at the frame (a call into the runtime, a
//! safepoint, leaving the code) the code first writes the live locals and operand stack back
//! to the frame's slots, in the interpreter's format, and records the instruction index. So the
//! collector finds references in compiled frames exactly as in interpreted ones (through the
//! method's reference maps), stack traces show compiled frames like any other, and the
//! interpreter can take over the frame at any instruction:
//!
//! - **Deoptimization**: whatever compiled code does not handle inline at run time (a null
//!   receiver, an index out of bounds, a division by zero, too little native stack) ends the
//!   code with [`FRAME_DEOPT`]; the interpreter re-executes that instruction on the frame,
//!   throwing as it defines.
//! - **Runtime instructions**: invokes, allocation, type checks, monitors, `athrow`, unresolved
//!   fields and non-numeric constants call [`Helpers::execute`], which runs that one
//!   instruction as the interpreter would on the written-back frame. When it throws, the code
//!   ends with [`FRAME_THROW`] and the runtime dispatches the exception from that instruction
//!   (a handler in the same method continues in the interpreter).
//! - **On-stack replacement**: the code can be entered at a loop header (`entry_pc`), reading
//!   the frame's slots, so a long loop in an interpreted activation moves to compiled code.
//!
//! References are reloaded from the frame after every runtime call, since the collector may
//! have moved the objects.

mod analysis;
mod frame_holds;
mod inline;
mod inlining;
mod non_null;

pub(crate) use analysis::{branch_condition, branch_targets, switch_cases};
pub use inline::{LeafMethod, MAX_LEAF_BYTES};
pub use inlining::{InlineCandidate, MAX_CANDIDATE_BYTES};

use std::collections::{BTreeMap, BTreeSet};

use cortado_classfile::opcode::{
    decode_all, Instruction, InstructionOperands as Ops, Opcode as Op,
};
use cortado_classfile::{Constant, ConstantPool, ExceptionHandler, FieldType, MethodDescriptor};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, InstBuilder, InstructionData, MemFlagsData, Opcode, SigRef,
    Signature, StackSlot, StackSlotData, StackSlotKind, Type, Value, ValueDef,
};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch, Variable};
use cranelift_jit::JITModule;
use cranelift_module::{FuncId, Module};

use crate::Error;
use analysis::{analyze, effect, set_local, unsupported, State, K};
use frame_holds::Held;

/// [`FrameContext::status`] when the method returned (the result is the return value).
pub const FRAME_RETURNED: u32 = 0;
/// The `entry_pc` with which the runtime starts a method's framed code (a frame it pushed).
/// A direct call from compiled code starts it with 0 instead: the caller has checked room
/// on the frame stack for everything the callee may need (see [`FramedCode::room_slots`]),
/// which the runtime's entry checks in the code.
pub const RUNTIME_ENTRY: u32 = u32::MAX;
/// The frame slots (from local 0) whose values framed code also takes as arguments, in the
/// interpreter's slot format (see [`FramedCode::entry`]).
pub const REGISTER_SLOTS: usize = 2;
/// Frames, beyond its own, that materializing inlined calls may push for an activation of
/// framed code (the inlining depth).
pub const MATERIALIZED_FRAMES: usize = inlining::MAX_TRIVIAL_DEPTH;
/// The interpreter continues the frame at [`FrameContext::pc`], with
/// [`FrameContext::height`] operand-stack slots (all written back).
pub const FRAME_DEOPT: u32 = 1;
/// An instruction threw (the runtime holds the exception); the frame was written back and
/// positioned at it by the helper that threw. Helpers set this status themselves.
pub const FRAME_THROW: u32 = 2;

/// What compiled code and the runtime share during one activation. A direct call gives its
/// callee a context of its own (seven words) that points at the caller's [`ThreadContext`]
/// and at the caller's context.
///
/// A direct call pushes no frame record: the callee's activation is described by its
/// context alone (`method`, `locals`, and the caller's `call_pc`) until the runtime needs to
/// see the stack. Every helper that may look at the stack first gives each activation from
/// its context outwards that has none its record ("materializes" them), so whenever the
/// runtime needs it, the frame stack is complete; the caller pops a record its callee got (`record`) when the call returns.
#[repr(C)]
pub struct FrameContext {
    pub status: u32,
    /// Instruction index: in, the OSR entry; out, where the interpreter continues.
    pub pc: u32,
    /// Operand-stack height in slots, with `pc`.
    pub height: u32,
    /// One more than the index of this activation's frame record, 0 while it has none.
    pub record: u32,
    /// The frame's first slot (local 0); the operand stack follows the locals.
    pub locals: *mut u64,
    /// What every activation of this stretch of compiled code shares.
    pub thread: *mut ThreadContext,
    /// The method running (written by a direct caller; the runtime's own contexts have
    /// records and leave it 0).
    pub method: usize,
    /// The caller's context, for a direct call; null for the runtime's.
    pub parent: *mut FrameContext,
    /// The instruction of the direct call this activation is making (written before each).
    pub call_pc: u32,
}

/// What all the compiled activations that one entry from the runtime leads to share: a
/// direct call passes it on, so it is never copied.
#[repr(C)]
pub struct ThreadContext {
    /// Reference `r` starts at byte `heap_base + r * 8`. The runtime refreshes it whenever a
    /// helper returns.
    pub heap_base: usize,
    /// The collection count the thread's allocation buffer must carry to be usable (the
    /// runtime refreshes it with the heap base).
    pub heap_epoch: u64,
    /// The thread's allocation buffer (see [`AllocationLayout`]).
    pub allocation_buffer: *mut u8,
    /// The thread's step counter (`JavaThread::ticks`), polled every 256 steps.
    pub ticks: *mut u32,
    /// The lowest native stack address the code may use.
    pub stack_limit: usize,
    /// The runtime's own pointer for this thread, opaque to compiled code.
    pub runtime: usize,
    /// The thread's frame stack, laid out as [`CallLayout`] says.
    pub frames: *mut u8,
    /// Due safepoint polls the code may skip (each takes one off): the runtime grants some
    /// at a poll when nothing needs every poll (no fuel, deadline, deterministic schedule or
    /// other thread), having counted their steps already; whatever is left when the code
    /// returns to the runtime is given back.
    pub free_polls: u32,
}

const STATUS_OFFSET: i32 = std::mem::offset_of!(FrameContext, status) as i32;
const PC_OFFSET: i32 = std::mem::offset_of!(FrameContext, pc) as i32;
const HEIGHT_OFFSET: i32 = std::mem::offset_of!(FrameContext, height) as i32;
const LOCALS_OFFSET: i32 = std::mem::offset_of!(FrameContext, locals) as i32;
const THREAD_OFFSET: i32 = std::mem::offset_of!(FrameContext, thread) as i32;
const RECORD_OFFSET: i32 = std::mem::offset_of!(FrameContext, record) as i32;
const METHOD_OFFSET: i32 = std::mem::offset_of!(FrameContext, method) as i32;
const PARENT_OFFSET: i32 = std::mem::offset_of!(FrameContext, parent) as i32;
const CALL_PC_OFFSET: i32 = std::mem::offset_of!(FrameContext, call_pc) as i32;
// Offsets in the `ThreadContext`.
const TICKS_OFFSET: i32 = std::mem::offset_of!(ThreadContext, ticks) as i32;
const LIMIT_OFFSET: i32 = std::mem::offset_of!(ThreadContext, stack_limit) as i32;
const HEAP_BASE_OFFSET: i32 = std::mem::offset_of!(ThreadContext, heap_base) as i32;
const HEAP_EPOCH_OFFSET: i32 = std::mem::offset_of!(ThreadContext, heap_epoch) as i32;
const BUFFER_OFFSET: i32 = std::mem::offset_of!(ThreadContext, allocation_buffer) as i32;
const FRAMES_OFFSET: i32 = std::mem::offset_of!(ThreadContext, frames) as i32;
const FREE_POLLS_OFFSET: i32 = std::mem::offset_of!(ThreadContext, free_polls) as i32;

/// Steps between safepoint polls; the same as the interpreter's (a power of two).
pub const SAFEPOINT_INTERVAL: u32 = 256;

/// Addresses of the runtime's `extern "C"` functions that compiled code calls.
#[derive(Debug, Clone, Copy)]
pub struct Helpers {
    /// `fn(*mut FrameContext, pc: u32, height: u32) -> u32`: runs instruction `pc` on the
    /// written-back frame as the interpreter would. Non-zero: the code must end now, with the
    /// status the helper set ([`FRAME_THROW`], or [`FRAME_DEOPT`] after the instruction).
    pub execute: usize,
    /// `fn(*mut FrameContext, pc: u32, height: u32, site: u64) -> u32`: a call through a call
    /// site the runtime prepared ([`FrameEnvironment::call_site`]); returns as `execute`.
    pub invoke: usize,
    /// `fn(*mut FrameContext, pc: u32, height: u32, class: u64) -> u32`: `new` of a class the
    /// runtime prepared ([`FrameEnvironment::new_site`]); returns as `execute`.
    pub allocate: usize,
    /// `fn(*mut FrameContext, pc: u32, height: u32) -> u32`: the safepoint (frame written
    /// back, positioned at `pc`); non-zero (status set) when the guest must stop.
    pub poll: usize,
    /// `poll` in Cranelift's `preserve_all` convention (no register clobbered, no return
    /// value: the status is in the context, 0 to go on), for the cold polls of loops; 0
    /// where the runtime has none, and `poll` serves.
    pub poll_preserving: usize,
    /// `fn(*mut FrameContext, object: u32, offset: u32, value: u32)`: stores a reference
    /// into an object (the collector's barrier included).
    pub store_reference: usize,
    /// `fn(f32, f32) -> f32` and `fn(f64, f64) -> f64`: Java's `%` on floats.
    pub frem: usize,
    pub drem: usize,
    /// `fn(*mut FrameContext, pc: u32, height: u32, site: u64, callee: *mut FrameContext) ->
    /// u32`: a direct call's (see [`CallLayout`]) one way through the runtime. With a null
    /// `callee`, the call itself, as `invoke` (when the code could not call straight, or a
    /// real safepoint poll is due at the call); otherwise after the callee's code ended with
    /// [`FRAME_DEOPT`] or [`FRAME_THROW`], finishes the callee's frame in the runtime and
    /// stores its result. Returns as `execute`. One helper for both, so that each direct call
    /// has one cold call out (register allocation's time grows with the calls in a method).
    pub direct_slow: usize,
    /// `fn(*mut FrameContext, source: u32, source_position: i32, destination: u32,
    /// destination_position: i32, length: i32) -> u32`: `System.arraycopy` when nothing can
    /// throw (then 0); 1 when the copy needs the real call. Never collects.
    pub arraycopy: usize,
    /// `fn(destination: *mut u8, source: *const u8, bytes: usize)`: copies bytes between
    /// ranges that may overlap (`memmove`).
    pub copy_memory: usize,
    /// `fn(*mut FrameContext, depth: u32, result_slots: u32) -> u32`: the interpreter
    /// finishes the `depth` frames of inlined calls that compiled code pushed (the top ones;
    /// the frame below, the compiled method's, positioned at the outermost call), and the
    /// outermost call's result goes where the call's would; returns as `execute`.
    pub resume_inlined: usize,
    /// `fn(*mut FrameContext, object: u32, enter: u32) -> u32`: `monitorenter` (`enter` 1)
    /// or `monitorexit` (0) when it needs no wait and throws nothing (then 0); 1 when the
    /// instruction needs `execute`. Never collects.
    pub monitor: usize,
}

/// How compiled code calls compiled code without the runtime: it gives the callee a context
/// of its own (no frame record, see [`FrameContext`]) and enters the code the call site's
/// cache holds; how it writes frame records on the thread's frame stack
/// (`ThreadContext::frames`) when it needs them. All offsets are in bytes.
#[derive(Debug, Clone, Copy)]
pub struct CallLayout {
    /// In the frame stack: the address of frame 0 (`u64`), the frame count (`u64`), the count
    /// below which compiled code may push (`u64`), the end of the stack slots an ordinary
    /// frame may use (an address, `u64`), and the address of slot 0 (`u64`: a frame's first
    /// slot is at `base + bp * 8`).
    pub stack_frames: i32,
    pub stack_len: i32,
    pub stack_limit: i32,
    pub stack_slots_end: i32,
    pub stack_slots_base: i32,
    /// A frame: its size, its method (`u64`), instruction index, first slot and stack top
    /// (slot indices), and lock (`u32` each).
    pub frame_size: i32,
    pub frame_method: i32,
    pub frame_pc: i32,
    pub frame_bp: i32,
    pub frame_sp: i32,
    pub frame_lock: i32,
    /// In a call site: the receiver class (`u32`) and method (`u64`) of its monomorphic cache
    /// (interface calls).
    pub site_class: i32,
    pub site_method: i32,
    /// In a method: the code address to enter it directly (`u64`, 0 when it must be called
    /// through the runtime), its `max_locals`, and the slots its frame needs in all (what the
    /// runtime checks before it pushes a frame; `u32` each).
    pub method_code: i32,
    pub method_max_locals: i32,
    pub method_frame_slots: i32,
    /// In a method: non-zero once a loaded class overrides it (`u32`); until then, every
    /// receiver whose static type inherits the method selects it.
    pub method_overridden: i32,
    /// The address of the table of vtables: entry `class id` (`u64`) is the address of that
    /// class's vtable, an array of method addresses (or 0); `dispatch_classes` entries.
    pub dispatch_table: u64,
    pub dispatch_classes: u32,
    /// The address of the table of type records, with as many entries: entry `class id`
    /// (`u64`) is the address of an array of `u32` (or 0): the class id of the component of
    /// an array class of references (`u32::MAX` for other classes); the length of the
    /// class's superclass chain, then the ids from the root down to the class itself; the
    /// number of interfaces the class implements, then their ids.
    pub display_table: u64,
    /// The address of the table of interface method tables, with as many entries: entry
    /// `class id` (`u64`) is the address of an open-addressing hash table (or 0 for a class
    /// that implements no interface method): a `u64` mask (entries minus one), then the
    /// entries, two `u64` each: the id of an interface method ([`SiteInfo::itable_key`],
    /// `u64::MAX` for an empty entry) and the method the class selects for it (never
    /// abstract). A key's first entry is [`itable_hash`] masked; collisions take the next
    /// entries in turn; at least one entry is empty.
    pub itable_table: u64,
    /// The address of the table of class mirror cells, with as many entries: entry `class
    /// id` (`u64`) is the address of the cell (a reference, `u32`) that holds the class's
    /// `java.lang.Class` object once it exists (null before; the collector updates the cell).
    pub mirror_table: u64,
    /// The id of `java.lang.Object` (any reference may be stored into an `Object[]`).
    pub object_class: u32,
    /// The collector's card table: storing a reference at byte `offset` of object `r` sets
    /// the byte at `card_table + ((r + offset / 8) >> card_shift)` to 1.
    pub card_table: u64,
    pub card_shift: u32,
    /// The class id in an object's header (`u32`).
    pub header_class: i32,
}

/// A call site the runtime prepared ([`FrameEnvironment::call_site`]).
#[derive(Debug, Clone, Copy)]
pub struct SiteInfo {
    /// Its address, passed to [`Helpers::invoke`] and read as [`CallLayout`] says.
    pub address: u64,
    /// The method a call without dispatch enters (`Receiver::None` and `NonNull`).
    pub method: u64,
    pub receiver: Receiver,
    /// The id of the interface method an interface call resolved to, its key in the
    /// receiver class's interface method table (see [`CallLayout::itable_table`]).
    pub itable_key: u32,
    /// The slots the arguments take (the receiver included), and the result.
    pub arg_slots: u16,
    pub result_slots: u8,
}

/// The class of a `checkcast` or `instanceof` that is already resolved: its id, and for a
/// class that is neither an interface nor an array, its depth (`java.lang.Object` is 0), at
/// which it appears in the superclass chain of each of its subclasses.
#[derive(Debug, Clone, Copy)]
pub struct TypeCheck {
    pub class: u32,
    pub depth: Option<u32>,
    /// The class is an interface (found in the implementing classes' lists).
    pub interface: bool,
}

/// What a direct call checks of the receiver before it enters the cached code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    /// None (static methods, linked `invokedynamic`).
    None,
    /// That it is not null (the target does not depend on its class).
    NonNull,
    /// That its class is the cached one: the target is the cached method.
    CachedClass,
    /// None: the target is at this index in the receiver class's vtable.
    Vtable { slot: u16 },
    /// For inlining only: that its class is this one (the class the interpreter's calls
    /// saw), for which the method was selected.
    Class { class: u32 },
}

/// Where array lengths and elements are, in bytes from an array's start.
#[derive(Debug, Clone, Copy)]
pub struct ArrayLayout {
    pub length_offset: i32,
    pub data_offset: i32,
}

/// How compiled code allocates in the thread's allocation buffer: words `top..end` of the
/// heap are free and zeroed while the buffer's `epoch` equals the context's `heap_epoch`; an
/// object of `n` words goes at `top` (its reference is `top`), with `initial_mark` in its
/// first word and its class id in the second.
#[derive(Debug, Clone, Copy)]
pub struct AllocationLayout {
    pub top_offset: i32,
    pub end_offset: i32,
    pub epoch_offset: i32,
    pub initial_mark: u64,
}

/// How compiled code reaches a field the runtime has already resolved.
#[derive(Debug, Clone, Copy)]
pub enum FieldAccess {
    /// At this byte offset in the object.
    Instance { offset: u32 },
    /// A 64-bit slot at this address (the class is initialized).
    Static { address: usize },
}

/// The kind of an invoke instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvokeKind {
    Static,
    Special,
    Virtual,
    Interface,
    Dynamic,
}

/// Calls that compiled code replaces with their effect (the callee is known exactly: static
/// methods of `Math` and methods of the final class `String`). Whatever they cannot do inline
/// (a null receiver, an index out of bounds) hands the frame to the interpreter at the call,
/// which then makes the real call and throws from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `Math.sqrt(double)`, `StrictMath.sqrt(double)`.
    Sqrt,
    /// `Math.abs` of an int, a long, a double.
    AbsI,
    AbsJ,
    AbsD,
    /// `Math.min`/`Math.max` of ints, longs, doubles.
    MinI,
    MaxI,
    MinJ,
    MaxJ,
    MinD,
    MaxD,
    /// `String.length()` and `String.charAt(int)`: the `char[]` field at `value_offset`.
    StringLength {
        value_offset: u32,
    },
    StringCharAt {
        value_offset: u32,
    },
    /// `System.arraycopy`: between two arrays of the same primitive array class among
    /// `arrays` (class id and log2 of the element size; `u32::MAX`: none), inline when every
    /// check passes; otherwise through [`Helpers::arraycopy`], which copies when no check can
    /// fail (the interpreter makes the real call otherwise).
    ArrayCopy {
        arrays: [(u32, u8); 8],
        /// `Object[]`'s class id (`u32::MAX`: not loaded): a copy between two `Object[]`
        /// needs no store check, and is inline too, with the destination's cards marked.
        object_array: u32,
    },
    /// `Double.doubleToRawLongBits`, `Double.longBitsToDouble`, `Float.floatToRawIntBits`,
    /// `Float.intBitsToFloat`: the bits as they are.
    DoubleToBits,
    BitsToDouble,
    FloatToBits,
    BitsToFloat,
    /// A pure function of doubles that the runtime gives (`extern "C" fn(f64) -> f64`, and
    /// `fn(f64, f64) -> f64` for `Binary`), called without writing anything back: `Math.sin`,
    /// `cos`, `tan`, `exp`, `log`, `log10`, and `pow`, the functions the natives compute.
    MathUnary {
        function: usize,
    },
    MathBinary {
        function: usize,
    },
    /// `Object.hashCode()` (`argument` false) and `System.identityHashCode(Object)` (true):
    /// the identity hash in the object's header (bits 32 to 63 of the mark word, once the
    /// mark has `hashed_bit`), 0 for `identityHashCode(null)`; otherwise the call is made,
    /// and the runtime assigns the hash: for an object never hashed, a null receiver of
    /// `hashCode`, and (`vtable`: a virtual call, the vtable slot and the method
    /// `Object.hashCode`) a receiver whose class overrides it.
    IdentityHash {
        argument: bool,
        hashed_bit: u64,
        vtable: Option<(u16, u64)>,
    },
    /// `Object.getClass()`: the receiver class's mirror, from its cell in the table at
    /// [`CallLayout::mirror_table`] once the mirror exists; otherwise (and for a null
    /// receiver) the call is made.
    GetClass,
}

/// The VM's side of framed compilation.
pub trait FrameEnvironment {
    /// Whether safepoint polls must run exactly where the interpreter's would (fuel, a
    /// deadline or deterministic scheduling counts them). Otherwise the step a call counts
    /// may be checked later in its basic block (see `flush_pending`).
    fn exact_polls(&self) -> bool {
        true
    }
    /// The intrinsic an invoke calls, if its method is resolved and is one.
    fn intrinsic(&mut self, _index: u16, _kind: InvokeKind) -> Option<Intrinsic> {
        None
    }
    /// A call site the runtime can call through quickly ([`Helpers::invoke`]), for an
    /// invoke whose method is already resolved; `None` leaves the call to `execute`.
    fn call_site(&mut self, _index: u16, _kind: InvokeKind) -> Option<SiteInfo> {
        None
    }
    /// The class of `checkcast`/`instanceof #index`, if it is resolved; `None` leaves the
    /// instruction to the runtime.
    fn type_check(&mut self, _index: u16) -> Option<TypeCheck> {
        None
    }
    /// For `invokestatic #index` of a resolved method of an initialized class that is small,
    /// plain and returns an `int`, `long`, `float` or `double`: its code, for inlining (which
    /// happens when every instruction is one the inliner handles).
    fn leaf_method(&mut self, _index: u16) -> Option<LeafMethod> {
        None
    }
    /// For an invoke whose target is fixed at compile time (or checked by a guard): the
    /// method, if it may be inlined. Requires [`call_layout`](Self::call_layout).
    fn inline_candidate(&mut self, _index: u16, _kind: InvokeKind) -> Option<InlineCandidate> {
        None
    }
    /// For a virtual or interface call whose receivers' classes vary: a candidate for each
    /// method the loaded classes may select there (guarded by the receiver's vtable entry, or
    /// for an interface method by its class), the most likely first; empty when there are
    /// too many, or the call is not such a call ([`inline_candidate`](Self::inline_candidate)
    /// then decides).
    fn polymorphic_candidates(&mut self, _index: u16, _kind: InvokeKind) -> Vec<InlineCandidate> {
        Vec::new()
    }
    /// Until the matching `leave_inlined`, the queries' constant-pool indices are those of
    /// `candidate`'s class (inlined calls nest).
    fn enter_inlined(&mut self, _candidate: &InlineCandidate) {}
    fn leave_inlined(&mut self) {}
    /// Where the decisions noted from now on begin (`-XX:+PrintInlining`), for
    /// `note_inlining`.
    fn inlining_mark(&mut self) -> usize {
        0
    }
    /// What became of inlining `candidate` at `depth` (1: a call in the compiled method):
    /// the bytecode inlined, or why not. The decisions noted since `mark` are those about the
    /// calls inside it: they stand if it is inlined.
    fn note_inlining(
        &mut self,
        _candidate: &InlineCandidate,
        _depth: usize,
        _outcome: Result<usize, &'static str>,
        _mark: usize,
    ) {
    }
    /// The leaf method of `invokestatic #index` (see `leaf_method`) was inlined at `depth`.
    fn note_leaf_inlining(&mut self, _index: u16, _depth: usize) {}
    /// How compiled code may call compiled code directly; `None`: every call goes through
    /// [`Helpers::invoke`].
    fn call_layout(&mut self) -> Option<CallLayout> {
        None
    }
    /// For `new #index` of a class that is resolved, initialized and instantiable: the value
    /// to pass to [`Helpers::allocate`]; `None` leaves the instruction to `execute`.
    fn new_site(&mut self, _index: u16) -> Option<u64> {
        None
    }
    /// For `ldc #index` of a string or class constant already resolved: the address of a
    /// root cell (a `u32` reference the collector keeps current, never null and never moved)
    /// holding its value; `None` leaves the instruction to `execute`.
    fn constant_cell(&mut self, _index: u16) -> Option<u64> {
        None
    }
    /// For a `new_site`: the class id and the object's size in words, when compiled code may
    /// allocate it inline; and the buffer's layout.
    fn inline_allocation(&mut self, _index: u16) -> Option<(u32, u32, AllocationLayout)> {
        None
    }
    /// For `newarray` (`primitive`, `operand` the element type code) or `anewarray #operand`
    /// whose array class exists: that class's id and element size in bytes, when compiled
    /// code may allocate its arrays inline; and the buffer's layout.
    fn array_allocation(
        &mut self,
        _primitive: bool,
        _operand: u16,
    ) -> Option<(u32, u32, AllocationLayout)> {
        None
    }
    fn helpers(&self) -> Helpers;
    fn array_layout(&self) -> ArrayLayout;
    /// The field of `getfield`/`putfield`/`getstatic`/`putstatic #index`, if it is resolved
    /// (and, for statics, its class initialized); `None` leaves the access to the runtime.
    fn field(&mut self, index: u16, is_static: bool) -> Option<FieldAccess>;
}

/// A method to compile.
pub struct FramedMethod<'a> {
    pub name: &'a str,
    pub code: &'a [u8],
    pub constant_pool: &'a ConstantPool,
    pub max_locals: u16,
    pub is_static: bool,
    pub descriptor: &'a MethodDescriptor,
    /// The code's exception table: the locals a handler reads are written back wherever it
    /// may run.
    pub handlers: &'a [ExceptionHandler],
}

/// Compiled code for a method.
#[derive(Debug, Clone)]
pub struct FramedCode {
    /// `extern "C" fn(*mut FrameContext, entry_pc: u32, ticks: u32, locals: *mut u64,
    /// slot0: u64, slot1: u64) -> (u64, u64)`: the result in the interpreter's slot format
    /// when `status` is [`FRAME_RETURNED`], and the step counter (`ticks` counted on; low
    /// half) with the status (high half). `locals` is the context's, and `slot0`, `slot1`
    /// what the frame's first [`REGISTER_SLOTS`] slots hold (any value where the method
    /// has fewer locals), passed in registers so that the callee's start need not wait
    /// for the stores that wrote them.
    /// [`RUNTIME_ENTRY`] starts the method (0 does for a direct call: see there); an index
    /// from `osr_entries` continues a loop from the frame's slots.
    pub entry: usize,
    /// Instruction indices of the loop headers the code can be entered at.
    pub osr_entries: Vec<u32>,
    /// The slots, from the method's local 0, that an activation may need on the frame stack
    /// (for the frames of inlined calls it materializes; 0 if it inlines none): a direct
    /// caller checks room for them, and for [`MATERIALIZED_FRAMES`] frames.
    pub room_slots: u32,
    pub code_size: usize,
}

fn clif(k: K) -> Type {
    match k {
        K::I | K::R | K::Null => types::I32,
        K::J => types::I64,
        K::F => types::F32,
        K::D => types::F64,
    }
}

/// The heap's base address (`ThreadContext::heap_base`), kept in a variable, reread after
/// helpers and calls.
fn heap_base() -> Variable {
    Variable::from_u32(0)
}

/// The thread's step counter (`ThreadContext::ticks`), kept in a variable: a loop that
/// updated it in memory would wait on the store at every iteration. It is written back
/// before every helper, call and return (the runtime and callees count on from it) and
/// reread after helpers and calls.
pub(super) fn ticks_var() -> Variable {
    Variable::from_u32(1)
}

fn var(slot: usize, k: K) -> Variable {
    Variable::from_u32((2 + slot * 5 + k.index()) as u32)
}

/// Writes the step counter back (see [`ticks_var`]). Only exits do, so the counter's
/// address is read here rather than kept from the entry, where every call paid the load.
fn store_ticks(b: &mut FunctionBuilder, f: &Frame) {
    let ticks = b.use_var(ticks_var());
    let ticks_ptr = b.ins().load(types::I64, flags(), f.thread, TICKS_OFFSET);
    b.ins().store(flags(), ticks, ticks_ptr, 0);
}

/// The signature of framed code: `(context, entry_pc, ticks, locals, slot0, slot1) ->
/// (result, state)`, the step counter passed in and returned in registers (a compiled
/// caller's counter is a variable; memory would cost a store and a load on each side of
/// every call), and `state` holding the steps counted (low half) and the status (high half,
/// also in the context when not `FRAME_RETURNED`). The locals' address and the first slots
/// come in registers too: read from memory, the callee's first instructions waited for the
/// caller's stores (a store-to-load forward each, one after the other).
fn framed_signature(module: &JITModule) -> Signature {
    let mut signature = module.make_signature();
    signature.params.push(AbiParam::new(types::I64));
    signature.params.push(AbiParam::new(types::I32));
    signature.params.push(AbiParam::new(types::I32));
    signature.params.push(AbiParam::new(types::I64));
    for _ in 0..REGISTER_SLOTS {
        signature.params.push(AbiParam::new(types::I64));
    }
    signature.returns.push(AbiParam::new(types::I64));
    signature.returns.push(AbiParam::new(types::I64));
    signature
}

/// The second result of framed code (see [`framed_signature`]): the step counter, and
/// `status` (`None`: `FRAME_RETURNED`).
fn return_state(b: &mut FunctionBuilder, status: Option<Value>) -> Value {
    let ticks = b.use_var(ticks_var());
    let state = b.ins().uextend(types::I64, ticks);
    match status {
        None => state,
        Some(status) => {
            let status = b.ins().uextend(types::I64, status);
            let high = b.ins().ishl_imm_u(status, 32);
            b.ins().bor(state, high)
        }
    }
}

/// Returns from framed code with `status` (already in the context too), no result.
fn leave(b: &mut FunctionBuilder, status: u32) {
    let status = b.ins().iconst(types::I32, status as i64);
    leave_with(b, status);
}

fn leave_with(b: &mut FunctionBuilder, status: Value) {
    let zero = b.ins().iconst(types::I64, 0);
    let state = return_state(b, Some(status));
    b.ins().return_(&[zero, state]);
}

/// Rereads the step counter, which a helper or callee may have advanced.
fn load_ticks(b: &mut FunctionBuilder, ticks_ptr: Value) {
    let ticks = b.ins().load(types::I32, flags(), ticks_ptr, 0);
    b.def_var(ticks_var(), ticks);
}

/// Reads the heap's base from the thread context (at entry, and after every helper and
/// call).
fn load_heap(b: &mut FunctionBuilder, thread: Value) {
    let base = b.ins().load(types::I64, flags(), thread, HEAP_BASE_OFFSET);
    b.def_var(heap_base(), base);
}

/// The variable of local `slot` (of kind `k`) of the method `f` translates.
fn local(f: &Frame, slot: usize, k: K) -> Variable {
    var(f.slot_base + slot, k)
}

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// What every emitter needs: the context pointers and the imported signatures, and where
/// the method being translated stands (the compiled method itself, or a call inlined in it).
#[derive(Clone, Copy)]
struct Frame<'a> {
    ctx: Value,
    /// The `ThreadContext` the context points at.
    thread: Value,
    /// The compiled method's local 0 (inlined methods' slots follow, see `slot_base`).
    locals: Value,
    max_locals: usize,
    helpers: Helpers,
    layout: ArrayLayout,
    step_sig: SigRef,
    /// `poll_preserving`'s: `step_sig` in the `preserve_all` convention, with no result.
    poll_sig: SigRef,
    invoke_sig: SigRef,
    store_sig: SigRef,
    frem_sig: SigRef,
    drem_sig: SigRef,
    /// `fn(f64) -> f64`, for [`Intrinsic::MathUnary`].
    unary_sig: SigRef,
    arraycopy_sig: SigRef,
    copy_sig: SigRef,
    throw_exit: Block,
    /// Direct calls: the layout, a context for callees, and the signatures of their code and
    /// of `direct_slow`.
    direct: Option<DirectCalls>,
    /// Where this method's local 0 is, in slots from the compiled method's (0 unless inlined):
    /// an inlined method's frame, when it has to exist, lies where the call would put it.
    slot_base: usize,
    /// The inlined calls being translated, outermost first (empty at the method's own level).
    chain: &'a [inlining::Level],
    /// What all levels share.
    shared: &'a inlining::Shared,
}

const SAVED_BELOW_EXPOSED: i32 = 0;

/// Saves a frame count at `offset` of `saved_counts` (`Some`), or reads it back.
fn saved_count(
    b: &mut FunctionBuilder,
    direct: &DirectCalls,
    offset: i32,
    count: Option<Value>,
) -> Value {
    let at = b.ins().stack_addr(types::I64, direct.saved_counts, offset);
    match count {
        Some(count) => {
            b.ins().store(flags(), count, at, 0);
            count
        }
        None => b.ins().load(types::I64, flags(), at, 0),
    }
}

#[derive(Clone, Copy)]
struct DirectCalls {
    layout: CallLayout,
    callee_context: StackSlot,
    /// A frame count kept across calls, so that popping frames after a call stores a count
    /// rather than updating the one the callee may just have stored: at
    /// [`SAVED_BELOW_EXPOSED`], the count below the frames of inlined calls written out for a
    /// call out of them.
    saved_counts: StackSlot,
    entry_sig: SigRef,
    slow_sig: SigRef,
}

/// A value as an interpreter slot (`u64`): ints, floats and references zero-extended.
fn to_slot(b: &mut FunctionBuilder, v: Value, k: K) -> Value {
    match k {
        K::I | K::R | K::Null => b.ins().uextend(types::I64, v),
        K::F => {
            let bits = b.ins().bitcast(types::I32, MemFlagsData::new(), v);
            b.ins().uextend(types::I64, bits)
        }
        K::J => v,
        K::D => b.ins().bitcast(types::I64, MemFlagsData::new(), v),
    }
}

/// A value of kind `k` from its interpreter slot format (the inverse of `to_slot`).
fn from_slot(b: &mut FunctionBuilder, v: Value, k: K) -> Value {
    match k {
        K::I | K::R | K::Null => b.ins().ireduce(types::I32, v),
        K::F => {
            let bits = b.ins().ireduce(types::I32, v);
            b.ins().bitcast(types::F32, MemFlagsData::new(), bits)
        }
        K::J => v,
        K::D => b.ins().bitcast(types::F64, MemFlagsData::new(), v),
    }
}

fn load_slot(b: &mut FunctionBuilder, f: &Frame, slot: usize, k: K) -> Value {
    let at = f.slot_base + slot;
    let v = b.ins().load(clif(k), flags(), f.locals, (at * 8) as i32);
    f.shared.frame.borrow_mut().wrote(b, at, Held::Value(v, k));
    v
}

/// Writes `v` (of kind `k`) to `slot`, unless the slot is known to hold it already.
fn store_slot(b: &mut FunctionBuilder, f: &Frame, slot: usize, v: Value, k: K) {
    write_slot(b, f, slot, Held::Value(v, k));
}

fn write_slot(b: &mut FunctionBuilder, f: &Frame, slot: usize, value: Held) {
    let at = f.slot_base + slot;
    if f.shared.frame.borrow_mut().holds(b, at, value) {
        return;
    }
    let v = match value {
        Held::Value(v, k) => to_slot(b, v, k),
        Held::Null => b.ins().iconst(types::I64, 0),
    };
    b.ins().store(flags(), v, f.locals, (at * 8) as i32);
    f.shared.frame.borrow_mut().wrote(b, at, value);
}

/// Writes the live locals and the operand stack back to the frame.
fn spill(b: &mut FunctionBuilder, f: &Frame, locals: &[Option<K>], stack: &[(Value, K)]) {
    for (slot, k) in locals.iter().enumerate() {
        match *k {
            Some(K::Null) => write_slot(b, f, slot, Held::Null),
            Some(k) => {
                let v = b.use_var(local(f, slot, k));
                store_slot(b, f, slot, v, k);
            }
            None => {}
        }
    }
    let mut at = f.max_locals;
    for &(v, k) in stack {
        store_slot(b, f, at, v, k);
        at += k.slots();
    }
}

/// Reads back, after a call (direct or through the runtime), every live local and the whole
/// operand stack (its new kinds given): references because objects move, and the rest
/// because the frame already holds them. So no value but the context pointers is live
/// across a call, where it would need one of the five callee-saved registers (x86-64) or a
/// stack slot.
fn reload(
    b: &mut FunctionBuilder,
    f: &Frame,
    locals: &[Option<K>],
    stack: &[K],
) -> Vec<(Value, K)> {
    reload_kinds(b, f, locals, stack, |k| k != K::Null)
}

/// As [`reload`] after a safepoint poll, a cold path inside a loop, where only references
/// and floating-point locals are reread: an integer reread there would become a loop
/// parameter even where the loop never changes it, and the register allocator's shuffling
/// of those costs the hot path more than keeping the integer across the poll's call
/// (SpectralNorm −9 %, Mandelbrot, Fannkuch and BinaryTrees −3 to −4 %; Sieve +2 %, NBody
/// +4 %).
fn reload_after_poll(
    b: &mut FunctionBuilder,
    f: &Frame,
    locals: &[Option<K>],
    stack: &[K],
) -> Vec<(Value, K)> {
    // Floating-point values survive `poll_preserving` in their registers.
    let floats = f.helpers.poll_preserving == 0;
    reload_kinds(b, f, locals, stack, |k| {
        k == K::R || (floats && matches!(k, K::F | K::D))
    })
}

fn reload_kinds(
    b: &mut FunctionBuilder,
    f: &Frame,
    locals: &[Option<K>],
    stack: &[K],
    reread: impl Fn(K) -> bool,
) -> Vec<(Value, K)> {
    for (slot, k) in locals.iter().enumerate() {
        if let Some(k) = k.filter(|&k| reread(k)) {
            let v = load_slot(b, f, slot, k);
            b.def_var(local(f, slot, k), v);
        }
    }
    let mut at = f.max_locals;
    let mut values = Vec::with_capacity(stack.len());
    for &k in stack {
        values.push((load_slot(b, f, at, k), k));
        at += k.slots();
    }
    values
}

fn height(stack: &[(Value, K)]) -> usize {
    stack.iter().map(|(_, k)| k.slots()).sum()
}

fn set_context(b: &mut FunctionBuilder, f: &Frame, offset: i32, value: u32) {
    let v = b.ins().iconst(types::I32, value as i64);
    b.ins().store(flags(), v, f.ctx, offset);
}

/// A new block whose parameters are an operand stack of kinds `kinds`.
fn block_with_stack(b: &mut FunctionBuilder, kinds: &[K]) -> Block {
    let block = b.create_block();
    for &k in kinds {
        b.append_block_param(block, clif(k));
    }
    block
}

/// The operand stack a `block_with_stack` block receives.
fn stack_params(b: &mut FunctionBuilder, block: Block, kinds: &[K]) -> Vec<(Value, K)> {
    b.block_params(block)
        .iter()
        .zip(kinds)
        .map(|(&v, &k)| (v, k))
        .collect()
}

fn block_args(stack: &[(Value, K)]) -> Vec<BlockArg> {
    stack.iter().map(|&(v, _)| BlockArg::Value(v)).collect()
}

/// Branches to a cold exit that hands the frame to the interpreter at instruction `pc`
/// (before it) when `bad` is true; continues in a new block otherwise.
fn guard(
    b: &mut FunctionBuilder,
    f: &Frame,
    bad: Value,
    pc: usize,
    locals: &[Option<K>],
    stack: &[(Value, K)],
) {
    let exit = b.create_block();
    let go_on = b.create_block();
    let from = b.current_block().expect("translating in a block");
    b.ins().brif(bad, exit, &[], go_on, &[]);
    // Both have their one predecessor: sealed now, a variable read in them is the value
    // it had here (not a new block parameter), so facts about values still hold.
    b.seal_block(exit);
    b.seal_block(go_on);
    b.switch_to_block(exit);
    b.set_cold_block(exit);
    if f.chain.is_empty() {
        deopt_here(b, f, pc, locals, stack);
    } else {
        inlining::materialize(b, f, pc, locals, stack);
    }
    b.switch_to_block(go_on);
    f.shared.frame.borrow_mut().follow(b, from);
}

/// A `guard` that `reference` is not null, unless the current basic block already checked
/// it (or it is known otherwise: `this`, a new object).
fn null_guard(
    b: &mut FunctionBuilder,
    f: &Frame,
    reference: Value,
    pc: usize,
    locals: &[Option<K>],
    stack: &[(Value, K)],
) {
    if f.shared.is_non_null(reference) {
        return;
    }
    let null = b.ins().icmp_imm_s(IntCC::Equal, reference, 0);
    guard(b, f, null, pc, locals, stack);
    f.shared.set_non_null(reference);
}

/// Ends the code, handing the frame to the interpreter at instruction `pc`.
fn deopt_here(
    b: &mut FunctionBuilder,
    f: &Frame,
    pc: usize,
    locals: &[Option<K>],
    stack: &[(Value, K)],
) {
    spill(b, f, locals, stack);
    set_context(b, f, PC_OFFSET, pc as u32);
    set_context(b, f, HEIGHT_OFFSET, height(stack) as u32);
    set_context(b, f, STATUS_OFFSET, FRAME_DEOPT);
    store_ticks(b, f);
    leave(b, FRAME_DEOPT);
}

/// The machine address of an object (valid until the next runtime call).
fn object_address(b: &mut FunctionBuilder, reference: Value) -> Value {
    let base = b.use_var(heap_base());
    let index = b.ins().uextend(types::I64, reference);
    let offset = b.ins().ishl_imm_u(index, 3);
    b.ins().iadd(base, offset)
}

/// Calls runtime function `address` (`args[0]` is the context, or a float operand for
/// `frem`/`drem`), then rereads the heap's layout, which the runtime refreshes.
fn call_helper(b: &mut FunctionBuilder, sig: SigRef, address: usize, args: &[Value]) -> Value {
    let callee = b.ins().iconst(types::I64, address as i64);
    let with_context = b.func.dfg.value_type(args[0]) == types::I64;
    let ticks_ptr = with_context.then(|| {
        let thread = b.ins().load(types::I64, flags(), args[0], THREAD_OFFSET);
        let ticks_ptr = b.ins().load(types::I64, flags(), thread, TICKS_OFFSET);
        let ticks = b.use_var(ticks_var());
        b.ins().store(flags(), ticks, ticks_ptr, 0);
        ticks_ptr
    });
    let call = b.ins().call_indirect(sig, callee, args);
    let result = b.inst_results(call).first().copied().unwrap_or(callee);
    if let Some(ticks_ptr) = ticks_ptr {
        let thread = b.ins().load(types::I64, flags(), args[0], THREAD_OFFSET);
        load_heap(b, thread);
        load_ticks(b, ticks_ptr);
    }
    result
}

/// At a due safepoint poll: when the runtime left free polls (`ThreadContext::free_polls`),
/// takes one and goes on to `free` (with `args`) without writing anything back; otherwise
/// continues in a new cold block, where the real poll goes.
fn take_free_poll(b: &mut FunctionBuilder, f: &Frame, free: Block, args: &[BlockArg]) {
    take_free_poll_counting(b, f, free, args, None)
}

/// As [`take_free_poll`], also counting the step to `next` (`count_step`) when a free poll
/// is taken: where the real poll's path leaves the step to the runtime.
fn take_free_poll_counting(
    b: &mut FunctionBuilder,
    f: &Frame,
    free: Block,
    args: &[BlockArg],
    next: Option<Value>,
) {
    // The thread context is read from the context here rather than kept in `f.thread`, which
    // the loop would then hold in a register throughout (Fannkuch +16 %).
    let thread = b.ins().load(types::I64, flags(), f.ctx, THREAD_OFFSET);
    let left = b.ins().load(types::I32, flags(), thread, FREE_POLLS_OFFSET);
    let take = b.create_block();
    let real = b.create_block();
    b.ins().brif(left, take, &[], real, &[]);
    b.switch_to_block(take);
    b.set_cold_block(take);
    let left = b.ins().iadd_imm_s(left, -1);
    b.ins().store(flags(), left, thread, FREE_POLLS_OFFSET);
    if let Some(next) = next {
        count_step(b, next);
    }
    b.ins().jump(free, args);
    b.switch_to_block(real);
    b.set_cold_block(real);
}

/// The safepoint poll (the frame written back, positioned at `pc` with `height` stack
/// slots); its status, non-zero when the code must end. Through `poll_preserving` where the
/// runtime has it: the poll is a cold path inside hot loops, and a call that clobbers
/// registers would make every value the loop keeps across it take a callee-saved register
/// or a stack slot.
fn call_poll(b: &mut FunctionBuilder, f: &Frame, pc: Value, height: Value) -> Value {
    if f.helpers.poll_preserving == 0 {
        return call_helper(b, f.step_sig, f.helpers.poll, &[f.ctx, pc, height]);
    }
    b.ins().store(flags(), pc, f.ctx, PC_OFFSET);
    b.ins().store(flags(), height, f.ctx, HEIGHT_OFFSET);
    call_helper(b, f.poll_sig, f.helpers.poll_preserving, &[f.ctx]);
    b.ins().load(types::I32, flags(), f.ctx, STATUS_OFFSET)
}

/// Runs instruction `pc` in the runtime on the written-back frame; afterwards the operand
/// stack has kinds `after` (`None`: the instruction never completes normally).
fn execute(
    b: &mut FunctionBuilder,
    f: &Frame,
    pc: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: Option<&[K]>,
) {
    runtime_call(b, f, pc, locals, stack, after, Via::Execute)
}

/// Which runtime function runs an instruction for compiled code.
#[derive(Clone, Copy)]
enum Via {
    Execute,
    /// A prepared call site.
    Invoke(SiteInfo),
    /// A prepared class for `new`.
    Allocate(u64),
}

/// As `execute`, or through a prepared call site (`site`) for an invoke.
fn runtime_call(
    b: &mut FunctionBuilder,
    f: &Frame,
    pc: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: Option<&[K]>,
    via: Via,
) {
    match (f.chain.is_empty(), via, after) {
        (false, Via::Invoke(site), Some(kinds)) => {
            // A call from inside an inlined call: made with the inlined calls' frames in place.
            inlining::call_out(b, f, pc, locals, stack, kinds, site);
            return;
        }
        (false, Via::Allocate(class), Some(kinds)) => {
            // So is an allocation there (its buffer full or stale).
            inlining::allocate_out(b, f, pc, locals, stack, kinds, class);
            return;
        }
        _ => {}
    }
    if !f.chain.is_empty() {
        // Inside an inlined call: the interpreter runs the rest of it, from this instruction.
        inlining::materialize(b, f, pc, locals, stack);
        if let Some(kinds) = after {
            // Never reached; the translation goes on in a block without predecessors.
            let dead = block_with_stack(b, kinds);
            b.switch_to_block(dead);
            *stack = stack_params(b, dead, kinds);
        }
        return;
    }
    spill(b, f, locals, stack);
    let pc_value = b.ins().iconst(types::I32, pc as i64);
    let h = b.ins().iconst(types::I32, height(stack) as i64);
    if let (Via::Invoke(site), Some(direct), Some(kinds)) = (via, f.direct, after) {
        let result = direct_call(b, f, &direct, site, stack, kinds, [pc_value, h]);
        *stack = reload_with_result(b, f, locals, kinds, result);
        return;
    }
    let status = match via {
        Via::Invoke(site) => {
            let site = b.ins().iconst(types::I64, site.address as i64);
            call_helper(
                b,
                f.invoke_sig,
                f.helpers.invoke,
                &[f.ctx, pc_value, h, site],
            )
        }
        Via::Allocate(class) => {
            let class = b.ins().iconst(types::I64, class as i64);
            call_helper(
                b,
                f.invoke_sig,
                f.helpers.allocate,
                &[f.ctx, pc_value, h, class],
            )
        }
        Via::Execute => call_helper(b, f.step_sig, f.helpers.execute, &[f.ctx, pc_value, h]),
    };
    match after {
        Some(kinds) => {
            let go_on = b.create_block();
            b.ins().brif(status, f.throw_exit, &[], go_on, &[]);
            b.switch_to_block(go_on);
            *stack = reload(b, f, locals, kinds);
        }
        None => {
            b.ins().jump(f.throw_exit, &[]);
        }
    }
}

/// As `reload` after a call whose result (the top of `stack`'s kinds, if any) is `result`,
/// which needs no reading back.
fn reload_with_result(
    b: &mut FunctionBuilder,
    f: &Frame,
    locals: &[Option<K>],
    stack: &[K],
    result: Option<Value>,
) -> Vec<(Value, K)> {
    match (result, stack.split_last()) {
        (Some(value), Some((&k, below))) => {
            let mut values = reload(b, f, locals, below);
            values.push((value, k));
            values
        }
        _ => reload(b, f, locals, stack),
    }
}

/// A call through a prepared site (the frame already written back): straight into the code
/// the site's cache holds when the receiver and the room allow, pushing the callee's frame
/// as the runtime would; through [`Helpers::invoke`] otherwise. The result (the top of
/// `after`, the operand stack's kinds after the call, if the call has one) is given as a
/// value: the compiled callee returns it in a register (it is not written to the frame),
/// the runtime leaves it in the frame, where the interpreter would push it.
fn direct_call(
    b: &mut FunctionBuilder,
    f: &Frame,
    direct: &DirectCalls,
    site: SiteInfo,
    stack: &[(Value, K)],
    after: &[K],
    [pc_value, h]: [Value; 2],
) -> Option<Value> {
    let l = &direct.layout;
    let slow = b.create_block();
    let done = b.create_block();
    let result_kind = if site.result_slots > 0 {
        after.last().copied()
    } else {
        None
    };
    let result = result_kind.map(|k| b.append_block_param(done, clif(k)));
    let site_ptr = b.ins().iconst(types::I64, site.address as i64);
    // The arguments' first slot: from the caller's local 0, and (`args_at`) in bytes from
    // the compiled method's (the caller may be a method inlined in it).
    let args_slot = f.max_locals + height(stack) - site.arg_slots as usize;
    let args_at = ((f.slot_base + args_slot) * 8) as i32;
    // The receiver (the first argument) as a value: the frame holds it too, but reading it
    // back would wait for the store.
    let receiver_value = || {
        let mut slots = 0;
        stack
            .iter()
            .rev()
            .find(|&&(_, k)| {
                slots += k.slots();
                slots >= site.arg_slots as usize
            })
            .map(|&(v, _)| v)
            .expect("the arguments are on the stack")
    };
    // The target method.
    let method = match site.receiver {
        Receiver::None | Receiver::NonNull => b.ins().iconst(types::I64, site.method as i64),
        Receiver::CachedClass | Receiver::Vtable { .. } | Receiver::Class { .. } => {
            let receiver = receiver_value();
            let go = b.create_block();
            b.ins().brif(receiver, go, &[], slow, &[]);
            b.switch_to_block(go);
            let object = object_address(b, receiver);
            let class = b.ins().load(types::I32, flags(), object, l.header_class);
            match site.receiver {
                Receiver::Vtable { slot } => {
                    let vtable = class_table_entry(b, l, l.dispatch_table, class, slow);
                    b.ins().load(types::I64, flags(), vtable, slot as i32 * 8)
                }
                // (`Class` is for inlining; sites have their own cache.) The site's cache,
                // then the class's interface method table.
                _ => {
                    let found = b.create_block();
                    let method = b.append_block_param(found, types::I64);
                    let cached = b.ins().load(types::I32, flags(), site_ptr, l.site_class);
                    let same = b.ins().icmp(IntCC::Equal, class, cached);
                    let hit = b.create_block();
                    let probe = b.create_block();
                    b.ins().brif(same, hit, &[], probe, &[]);
                    b.switch_to_block(hit);
                    let m = b.ins().load(types::I64, flags(), site_ptr, l.site_method);
                    b.ins().jump(found, &[BlockArg::Value(m)]);
                    b.switch_to_block(probe);
                    let m = itable_lookup(b, l, class, site.itable_key, slow);
                    b.ins().jump(found, &[BlockArg::Value(m)]);
                    b.switch_to_block(found);
                    method
                }
            }
        }
    };
    if site.receiver == Receiver::NonNull {
        let receiver = receiver_value();
        let go = b.create_block();
        b.ins().brif(receiver, go, &[], slow, &[]);
        b.switch_to_block(go);
    }
    let code = b.ins().load(types::I64, flags(), method, l.method_code);
    let mut go = b.create_block();
    b.ins().brif(code, go, &[], slow, &[]);
    b.switch_to_block(go);
    // Room for the callee's slots, and for whatever slots its inlined calls may materialize
    // (its direct entry's frame size includes those), which the callee then need not check.
    // Room for frame records is not checked: the runtime's native stack limit for compiled
    // code keeps the activations (and the frames of their inlined calls) within the frame
    // stack (see `FrameContext`).
    let frames = b.ins().load(types::I64, flags(), f.thread, FRAMES_OFFSET);
    let callee_locals = b.ins().iadd_imm_s(f.locals, args_at as i64);
    let frame_slots = b
        .ins()
        .load(types::I32, flags(), method, l.method_frame_slots);
    let frame_slots = b.ins().uextend(types::I64, frame_slots);
    let frame_bytes = b.ins().ishl_imm_u(frame_slots, 3);
    let end = b.ins().iadd(callee_locals, frame_bytes);
    let slots_end = b.ins().load(types::I64, flags(), frames, l.stack_slots_end);
    let room = b.ins().icmp(IntCC::UnsignedLessThan, end, slots_end);
    go = b.create_block();
    b.ins().brif(room, go, &[], slow, &[]);
    b.switch_to_block(go);
    // The call's step, as the runtime counts it. A poll due here runs here, as the runtime's
    // path would run it before the call (the frame is written back at the invoke, and
    // nothing loaded above changes at a safepoint: the receiver's class, the frame stack;
    // code installed meanwhile only replaces code that still runs), and the call goes on
    // (not through the runtime: 133,000 such calls in json 6000).
    // A real poll (no free one left) takes the runtime's path, which counts the step and
    // polls before the call.
    let due = b.create_block();
    let (go, next) = step_unless_due(b, due);
    let counted = b.create_block();
    b.switch_to_block(go);
    count_step(b, next);
    b.ins().jump(counted, &[]);
    b.switch_to_block(due);
    b.set_cold_block(due);
    take_free_poll_counting(b, f, counted, &[], Some(next));
    b.ins().jump(slow, &[]);
    b.switch_to_block(counted);
    // No frame record: where this activation calls from, and the callee's method and
    // locals, in the contexts (the callee's thread context and parent, this activation's
    // context, were written at the entry; its status, pc and height are written by the
    // callee's code before it leaves with a status other than `FRAME_RETURNED`).
    b.ins().store(flags(), pc_value, f.ctx, CALL_PC_OFFSET);
    let callee = b.ins().stack_addr(types::I64, direct.callee_context, 0);
    b.ins().store(flags(), method, callee, METHOD_OFFSET);
    b.ins().store(flags(), callee_locals, callee, LOCALS_OFFSET);
    let zero32 = b.ins().iconst(types::I32, 0);
    let ticks = b.use_var(ticks_var());
    let [slot0, slot1] = register_slots(b, stack, site.arg_slots as usize);
    let call = b.ins().call_indirect(
        direct.entry_sig,
        code,
        &[callee, zero32, ticks, callee_locals, slot0, slot1],
    );
    let (value, state) = (b.inst_results(call)[0], b.inst_results(call)[1]);
    let ticks = b.ins().ireduce(types::I32, state);
    b.def_var(ticks_var(), ticks);
    let status = b.ins().ushr_imm_u(state, 32);
    let returned = b.create_block();
    let unusual = b.create_block();
    b.ins().brif(status, unusual, &[], returned, &[]);

    // It returned: pop the frame record it got if it got one, take the heap as it left it,
    // and store the result.
    b.switch_to_block(returned);
    let callee = b.ins().stack_addr(types::I64, direct.callee_context, 0);
    let record = b.ins().load(types::I32, flags(), callee, RECORD_OFFSET);
    let pop = b.create_block();
    let popped = b.create_block();
    b.ins().brif(record, pop, &[], popped, &[]);
    b.switch_to_block(pop);
    b.set_cold_block(pop);
    let frames = b.ins().load(types::I64, flags(), f.thread, FRAMES_OFFSET);
    let index = b.ins().iadd_imm_s(record, -1);
    let index = b.ins().uextend(types::I64, index);
    b.ins().store(flags(), index, frames, l.stack_len);
    b.ins().store(flags(), zero32, callee, RECORD_OFFSET);
    b.ins().jump(popped, &[]);
    b.switch_to_block(popped);
    load_heap(b, f.thread);
    let returned_args: Vec<BlockArg> = result_kind
        .map(|k| BlockArg::Value(from_slot(b, value, k)))
        .into_iter()
        .collect();
    b.ins().jump(done, &returned_args);

    // It deoptimized or threw: the runtime finishes its frame.
    let through_runtime = b.create_block();
    let callee = b.append_block_param(through_runtime, types::I64);
    b.switch_to_block(unusual);
    b.set_cold_block(unusual);
    let context = b.ins().stack_addr(types::I64, direct.callee_context, 0);
    b.ins().jump(through_runtime, &[BlockArg::Value(context)]);

    // The call through the runtime.
    b.switch_to_block(slow);
    b.set_cold_block(slow);
    let none = b.ins().iconst(types::I64, 0);
    b.ins().jump(through_runtime, &[BlockArg::Value(none)]);

    b.switch_to_block(through_runtime);
    b.set_cold_block(through_runtime);
    let status = call_helper(
        b,
        direct.slow_sig,
        f.helpers.direct_slow,
        &[f.ctx, pc_value, h, site_ptr, callee],
    );
    let finished = b.create_block();
    b.ins().brif(status, f.throw_exit, &[], finished, &[]);
    b.switch_to_block(finished);
    let frame_result = result_from_frame(b, f, args_slot, result_kind);
    b.ins().jump(done, &frame_result);

    b.switch_to_block(done);
    result
}

/// The first [`REGISTER_SLOTS`] slots of a callee's frame, in slot format, from the
/// `arg_slots` arguments at the top of `stack` (0 where the arguments end or a long or
/// double's second slot is).
fn register_slots(b: &mut FunctionBuilder, stack: &[(Value, K)], arg_slots: usize) -> [Value; 2] {
    const _: () = assert!(REGISTER_SLOTS == 2);
    let mut slots = [None; REGISTER_SLOTS];
    let mut at = 0;
    let mut taken = 0;
    let first = stack
        .iter()
        .rposition(|&(_, k)| {
            taken += k.slots();
            taken >= arg_slots
        })
        .filter(|_| arg_slots > 0)
        .unwrap_or(stack.len());
    for &(v, k) in &stack[first..] {
        if at < REGISTER_SLOTS {
            slots[at] = Some(to_slot(b, v, k));
        }
        at += k.slots();
    }
    slots.map(|v| v.unwrap_or_else(|| b.ins().iconst(types::I64, 0)))
}

/// The slot index (a frame record's `bp`, `u32`) of the stack slot at `address`.
fn slot_index(b: &mut FunctionBuilder, l: &CallLayout, frames: Value, address: Value) -> Value {
    let slots_base = b
        .ins()
        .load(types::I64, flags(), frames, l.stack_slots_base);
    let offset = b.ins().isub(address, slots_base);
    let index = b.ins().ushr_imm_u(offset, 3);
    b.ins().ireduce(types::I32, index)
}

/// The result the runtime left in the frame at `slot` (where the arguments began), as
/// arguments for the block after the call.
fn result_from_frame(
    b: &mut FunctionBuilder,
    f: &Frame,
    slot: usize,
    kind: Option<K>,
) -> Vec<BlockArg> {
    kind.map(|k| BlockArg::Value(load_slot(b, f, slot, k)))
        .into_iter()
        .collect()
}

/// The size of a reference in an array or a field (a word index from the heap base).
const REFERENCE_BYTES: usize = 4;

/// `System.arraycopy(source, source_position, destination, destination_position, length)`
/// (`args`) between two arrays of the same primitive array class, one of `arrays` (class id,
/// log2 of the element size), or between two `Object[]` (`object_array`, the class id),
/// with every index in range, inline: a `memmove` (for references, then the collector's
/// barrier: the cards of the range written are marked), then on to `done`. Anything else
/// continues in the current block (the helper's path).
fn copy_inline(
    b: &mut FunctionBuilder,
    f: &Frame,
    l: &CallLayout,
    arrays: &[(u32, u8)],
    object_array: Option<u32>,
    args: &[Value],
    done: Block,
) {
    let &[source, source_position, destination, destination_position, length] = args else {
        unreachable!("arraycopy has five arguments")
    };
    let slow = b.create_block();
    let check = |b: &mut FunctionBuilder, pass: Value| {
        let go = b.create_block();
        b.ins().brif(pass, go, &[], slow, &[]);
        b.switch_to_block(go);
    };
    check(b, source);
    check(b, destination);
    let from = object_address(b, source);
    let to = object_address(b, destination);
    let class = b.ins().load(types::I32, flags(), from, l.header_class);
    let other = b.ins().load(types::I32, flags(), to, l.header_class);
    let same = b.ins().icmp(IntCC::Equal, class, other);
    check(b, same);
    // The element size, by class, and whether the elements are references.
    let copy = b.create_block();
    let shift = b.append_block_param(copy, types::I64);
    let references = b.append_block_param(copy, types::I8);
    let reference_log2 = REFERENCE_BYTES.trailing_zeros() as u8;
    let classes = arrays
        .iter()
        .map(|&(id, log2)| (id, log2, false))
        .chain(object_array.map(|id| (id, reference_log2, true)));
    for (id, log2, holds_references) in classes {
        let this = b.ins().icmp_imm_s(IntCC::Equal, class, id as i64);
        let next = b.create_block();
        let log2 = b.ins().iconst(types::I64, log2 as i64);
        let holds_references = b.ins().iconst(types::I8, holds_references as i64);
        b.ins().brif(
            this,
            copy,
            &[BlockArg::Value(log2), BlockArg::Value(holds_references)],
            next,
            &[],
        );
        b.switch_to_block(next);
    }
    b.ins().jump(slow, &[]);
    b.switch_to_block(copy);
    // In 64 bits, where no sum overflows: no negative position or length, and both ranges
    // inside their arrays.
    let wide = |b: &mut FunctionBuilder, v: Value| b.ins().sextend(types::I64, v);
    let (from_at, to_at, count) = (
        wide(b, source_position),
        wide(b, destination_position),
        wide(b, length),
    );
    let any = b.ins().bor(from_at, to_at);
    let any = b.ins().bor(any, count);
    let not_negative = b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, any, 0);
    check(b, not_negative);
    for (object, at) in [(from, from_at), (to, to_at)] {
        let array_length = b
            .ins()
            .load(types::I32, flags(), object, f.layout.length_offset);
        let array_length = b.ins().uextend(types::I64, array_length);
        let end = b.ins().iadd(at, count);
        let fits = b
            .ins()
            .icmp(IntCC::SignedLessThanOrEqual, end, array_length);
        check(b, fits);
    }
    let address = |b: &mut FunctionBuilder, object: Value, at: Value| {
        let offset = b.ins().ishl(at, shift);
        let element = b.ins().iadd(object, offset);
        b.ins().iadd_imm_s(element, f.layout.data_offset as i64)
    };
    let source_address = address(b, from, from_at);
    let destination_address = address(b, to, to_at);
    let bytes = b.ins().ishl(count, shift);
    let copy_memory = b.ins().iconst(types::I64, f.helpers.copy_memory as i64);
    b.ins().call_indirect(
        f.copy_sig,
        copy_memory,
        &[destination_address, source_address, bytes],
    );
    if object_array.is_some() {
        // Mark the cards from the first word written to the last (none when nothing was).
        let mark = b.create_block();
        let wrote = b.ins().icmp_imm_s(IntCC::SignedGreaterThan, count, 0);
        let any = b.ins().band(references, wrote);
        b.ins().brif(any, mark, &[], done, &[]);
        b.switch_to_block(mark);
        let base = b.ins().imul_imm_s(to_at, REFERENCE_BYTES as i64);
        let base = b.ins().iadd_imm_s(base, f.layout.data_offset as i64);
        let last = b.ins().iadd(base, bytes);
        let last = b.ins().iadd_imm_s(last, -1);
        let first_card = card_of(b, l, destination, base);
        let last_card = card_of(b, l, destination, last);
        let marking = b.create_block();
        let card = b.append_block_param(marking, types::I64);
        b.ins().jump(marking, &[BlockArg::Value(first_card)]);
        b.switch_to_block(marking);
        mark_card(b, l, card);
        let next = b.ins().iadd_imm_s(card, 1);
        let more = b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, next, last_card);
        b.ins()
            .brif(more, marking, &[BlockArg::Value(next)], done, &[]);
    } else {
        b.ins().jump(done, &[]);
    }
    b.switch_to_block(slow);
    b.set_cold_block(slow);
}

/// The value of `v` if an `iconst` defines it.
fn constant(b: &FunctionBuilder, v: Value) -> Option<i64> {
    let ValueDef::Result(inst, _) = b.func.dfg.value_def(v) else {
        return None;
    };
    match b.func.dfg.insts[inst] {
        InstructionData::UnaryImm {
            opcode: Opcode::Iconst,
            imm,
        } => Some(imm.bits()),
        _ => None,
    }
}

/// Stores two `u32` fields of the record at `base`, `low` and `high`, as one `u64` when they
/// are adjacent (`high` right after `low`, which is 8-aligned), separately otherwise.
fn store_pair(b: &mut FunctionBuilder, base: Value, low: (Value, i32), high: (Value, i32)) {
    if high.1 == low.1 + 4 && low.1 % 8 == 0 {
        let low_bits = b.ins().uextend(types::I64, low.0);
        let high_bits = b.ins().uextend(types::I64, high.0);
        let high_bits = b.ins().ishl_imm_u(high_bits, 32);
        let pair = b.ins().bor(low_bits, high_bits);
        b.ins().store(flags(), pair, base, low.1);
    } else {
        b.ins().store(flags(), low.0, base, low.1);
        b.ins().store(flags(), high.0, base, high.1);
    }
}

/// What a comparison instruction compared (see `inlining::Shared::comparisons`).
#[derive(Clone, Copy)]
enum Comparison {
    Long(Value, Value),
    /// `nan_less`: the `l` forms, for which NaN compares as less.
    Float {
        x: Value,
        y: Value,
        nan_less: bool,
    },
}

/// The float comparison equivalent to testing the result of `fcmpl`/`fcmpg` (`nan_less`)
/// against 0 with `condition`: unordered operands give -1 or 1.
fn float_condition(condition: IntCC, nan_less: bool) -> FloatCC {
    match (condition, nan_less) {
        (IntCC::Equal, _) => FloatCC::Equal,
        (IntCC::NotEqual, _) => FloatCC::NotEqual,
        (IntCC::SignedLessThan, true) => FloatCC::UnorderedOrLessThan,
        (IntCC::SignedLessThan, false) => FloatCC::LessThan,
        (IntCC::SignedLessThanOrEqual, true) => FloatCC::UnorderedOrLessThanOrEqual,
        (IntCC::SignedLessThanOrEqual, false) => FloatCC::LessThanOrEqual,
        (IntCC::SignedGreaterThan, true) => FloatCC::GreaterThan,
        (IntCC::SignedGreaterThan, false) => FloatCC::UnorderedOrGreaterThan,
        // (The one condition left: `SignedGreaterThanOrEqual`.)
        (_, true) => FloatCC::GreaterThanOrEqual,
        (_, false) => FloatCC::UnorderedOrGreaterThanOrEqual,
    }
}

/// A taken backward branch: one step, polling the safepoint every
/// [`SAFEPOINT_INTERVAL`] steps, then on to `target`.
fn back_edge(
    b: &mut FunctionBuilder,
    f: &Frame,
    target: usize,
    target_state: &State,
    target_block: Block,
    stack: &[(Value, K)],
) {
    let ticks = b.use_var(ticks_var());
    let ticks = b.ins().iadd_imm_s(ticks, 1);
    b.def_var(ticks_var(), ticks);
    // With the steps counted since the block's last check (`flush_pending`), if any.
    let pending = match f.chain.is_empty() {
        true => f.shared.pending.replace(0),
        false => 0,
    };
    let due = not_due(b, ticks, pending + 1);
    let poll = b.create_block();
    let args = block_args(stack);
    b.ins().brif(due, target_block, &args, poll, &[]);
    b.switch_to_block(poll);
    b.set_cold_block(poll);
    take_free_poll(b, f, target_block, &args);
    if !f.chain.is_empty() {
        // A loop of an inlined method: polled in place, with the inlined calls' frames
        // written out (the innermost at the loop's header, as the interpreter polls there).
        let reloaded = inlining::poll_here(
            b,
            f,
            target,
            &target_state.locals,
            stack,
            &target_state.stack,
        );
        let args = block_args(&reloaded);
        b.ins().jump(target_block, &args);
        return;
    }
    spill(b, f, &target_state.locals, stack);
    let pc_value = b.ins().iconst(types::I32, target as i64);
    let h = b.ins().iconst(types::I32, height(stack) as i64);
    let status = call_poll(b, f, pc_value, h);
    let resume = b.create_block();
    b.ins().brif(status, f.throw_exit, &[], resume, &[]);
    b.switch_to_block(resume);
    let reloaded = reload_after_poll(b, f, &target_state.locals, &target_state.stack);
    let args = block_args(&reloaded);
    b.ins().jump(target_block, &args);
}

/// Translates `method` to the IR of its framed code: the function's id in `module` (declared,
/// not defined), its OSR entries and the IR, whose machine code `crate::CodeGenerator`
/// generates.
pub(crate) fn build(
    module: &mut JITModule,
    method: &FramedMethod,
    env: &mut dyn FrameEnvironment,
) -> Result<(FuncId, Vec<u32>, u32, Context), Error> {
    let pool = method.constant_pool;
    let body = Body::analyze(
        method.code,
        pool,
        method.max_locals,
        method.is_static,
        method.descriptor,
        method.handlers,
    )?;
    let max_locals = method.max_locals as usize;
    let states = &body.states;
    let initial = states[0].clone().expect("the entry is reachable");
    // Backward-branch targets are also entries for on-stack replacement.
    let mut osr: BTreeSet<usize> = BTreeSet::new();
    for (i, instruction) in body.instructions.iter().enumerate() {
        if states[i].is_some() {
            for t in analysis::branch_targets(instruction) {
                let t = body.index_of[&t];
                if t <= i {
                    osr.insert(t);
                }
            }
        }
    }
    osr.remove(&0);

    let helpers = env.helpers();
    let layout = env.array_layout();
    let signature = framed_signature(module);
    let id = module
        .declare_anonymous_function(&signature)
        .map_err(|e| Error::Codegen(e.to_string()))?;
    let mut context = Context::new();
    context.func.signature = signature;
    let mut builder_context = FunctionBuilderContext::new();
    let room_slots;
    let osr_entries = {
        let mut b = FunctionBuilder::new(&mut context.func, &mut builder_context);
        let sig = |b: &mut FunctionBuilder, params: &[Type], ret: Option<Type>| {
            let mut s = module.make_signature();
            for &p in params {
                s.params.push(AbiParam::new(p));
            }
            if let Some(r) = ret {
                s.returns.push(AbiParam::new(r));
            }
            b.import_signature(s)
        };
        let step_sig = sig(
            &mut b,
            &[types::I64, types::I32, types::I32],
            Some(types::I32),
        );
        let poll_sig = {
            let mut s = module.make_signature();
            s.call_conv = CallConv::PreserveAll;
            s.params.push(AbiParam::new(types::I64));
            b.import_signature(s)
        };
        let invoke_sig = sig(
            &mut b,
            &[types::I64, types::I32, types::I32, types::I64],
            Some(types::I32),
        );
        let store_sig = sig(
            &mut b,
            &[types::I64, types::I32, types::I32, types::I32],
            None,
        );
        let arraycopy_sig = sig(
            &mut b,
            &[
                types::I64,
                types::I32,
                types::I32,
                types::I32,
                types::I32,
                types::I32,
            ],
            Some(types::I32),
        );
        let copy_sig = sig(&mut b, &[types::I64, types::I64, types::I64], None);
        let frem_sig = sig(&mut b, &[types::F32, types::F32], Some(types::F32));
        let drem_sig = sig(&mut b, &[types::F64, types::F64], Some(types::F64));
        let unary_sig = sig(&mut b, &[types::F64], Some(types::F64));

        let direct = env.call_layout().map(|layout| {
            let callee_context = b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                std::mem::size_of::<FrameContext>() as u32,
                3,
            ));
            let saved_counts =
                b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
            DirectCalls {
                layout,
                callee_context,
                saved_counts,
                entry_sig: b.import_signature(framed_signature(module)),
                slow_sig: sig(
                    &mut b,
                    &[types::I64, types::I32, types::I32, types::I64, types::I64],
                    Some(types::I32),
                ),
            }
        });

        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        let throw_exit = b.create_block();
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let ctx = params[0];
        let entry_pc = params[1];
        let entry_ticks = params[2];
        let locals_ptr = params[3];
        let register_slots = [params[4], params[5]];
        let thread = b.ins().load(types::I64, flags(), ctx, THREAD_OFFSET);
        let base_var = b.declare_var(types::I64);
        let ticks_var_ = b.declare_var(types::I32);
        debug_assert_eq!((base_var, ticks_var_), (heap_base(), ticks_var()));
        load_heap(&mut b, thread);
        b.def_var(ticks_var(), entry_ticks);
        if let Some(direct) = &direct {
            // Every direct call's callee shares this thread context: written once.
            // So is its parent, this activation's context; and it starts with no record.
            let callee = b.ins().stack_addr(types::I64, direct.callee_context, 0);
            b.ins().store(flags(), thread, callee, THREAD_OFFSET);
            b.ins().store(flags(), ctx, callee, PARENT_OFFSET);
            let none = b.ins().iconst(types::I32, 0);
            b.ins().store(flags(), none, callee, RECORD_OFFSET);
        }
        // Every (slot, kind) gets a variable; only those some state reads are defined up
        // front (the analysis guarantees a store on every path before any read, so the zero
        // is never observed; it keeps the SSA construction total). Inlined methods' slots
        // get theirs as they are translated.
        let mut used = vec![[false; 5]; max_locals];
        for state in states.iter().flatten() {
            for (slot, k) in state.locals.iter().enumerate() {
                if let Some(k) = k.filter(|&k| k != K::Null) {
                    used[slot][k.index()] = true;
                }
            }
        }
        for (slot, kinds) in used.iter().enumerate() {
            for k in K::ALL {
                let v = b.declare_var(clif(k));
                debug_assert_eq!(v, var(slot, k));
                if kinds[k.index()] {
                    let zero = match k {
                        K::F => b.ins().f32const(0.0),
                        K::D => b.ins().f64const(0.0),
                        _ => b.ins().iconst(clif(k), 0),
                    };
                    b.def_var(v, zero);
                }
            }
        }
        let shared = inlining::Shared::new(max_locals, &body, !env.exact_polls());
        let f = Frame {
            ctx,
            thread,
            locals: locals_ptr,
            max_locals,
            helpers,
            layout,
            step_sig,
            poll_sig,
            invoke_sig,
            store_sig,
            frem_sig,
            drem_sig,
            unary_sig,
            arraycopy_sig,
            copy_sig,
            throw_exit,
            direct,
            slot_base: 0,
            chain: &[],
            shared: &shared,
        };
        let normal = b.create_block();
        let dispatch = b.create_block();
        b.ins().brif(entry_pc, dispatch, &[], normal, &[]);

        // A normal call: parameters from the frame, after a native stack check (too little
        // stack: the interpreter runs the call, which needs none).
        b.switch_to_block(normal);
        let limit = b.ins().load(types::I64, flags(), thread, LIMIT_OFFSET);
        let sp = b.ins().get_stack_pointer(types::I64);
        let low = b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let start = b.create_block();
        let no_stack = b.create_block();
        b.ins().brif(low, no_stack, &[], start, &[]);
        b.switch_to_block(no_stack);
        b.set_cold_block(no_stack);
        deopt_here(&mut b, &f, 0, &[], &[]);

        // On-stack replacement: the frame's locals and stack at a loop header.
        b.switch_to_block(dispatch);
        let mut switch = Switch::new();
        let mut osr_entries = Vec::new();
        let miss = b.create_block();
        let mut osr_blocks = Vec::new();
        for &t in &osr {
            if states[t].is_some() {
                let block = b.create_block();
                switch.set_entry(t as u128, block);
                osr_entries.push(t as u32);
                osr_blocks.push((t, block));
            }
        }
        // The runtime's start: the same as a direct call's once room is checked.
        let runtime_start = b.create_block();
        switch.set_entry(RUNTIME_ENTRY as u128, runtime_start);
        switch.emit(&mut b, entry_pc, miss);
        b.switch_to_block(miss);
        b.set_cold_block(miss);
        // Not an entry: the frame is untouched, the interpreter continues where it was.
        set_context(&mut b, &f, STATUS_OFFSET, FRAME_DEOPT);
        leave(&mut b, FRAME_DEOPT);

        let leaders = body.blocks(&mut b);
        // Each entry's loop header is reached from before the loop through a landing pad
        // that joins the entry's values with the ordinary ones: the header itself then has
        // only the pad and the back edges as predecessors, so a local the loop does not
        // change needs no header parameter, and what the loop computes from it alone is
        // hoisted out (entered straight at the header, every local would be a parameter).
        let pads: BTreeMap<usize, Block> = osr_blocks
            .iter()
            .map(|&(t, _)| {
                let state = states[t].as_ref().expect("checked");
                (t, block_with_stack(&mut b, &state.stack))
            })
            .collect();
        let none = BTreeMap::new();
        translate_body(
            &mut b,
            &f,
            &body,
            &leaders,
            &pads,
            pool,
            &none,
            &BTreeSet::new(),
            env,
        )?;

        // The entries, now that the inlined calls' needs are known: room on the frame stack
        // for the frames of any inlined call the interpreter may have to finish (without
        // it, the interpreter runs the whole activation). A direct caller checked it.
        b.switch_to_block(runtime_start);
        inlining::check_room(&mut b, &f, None);
        b.ins().jump(normal, &[]);
        room_slots = inlining::room_slots(&f);
        b.switch_to_block(start);
        for (slot, k) in initial.locals.iter().enumerate() {
            if let Some(k) = k.filter(|&k| k != K::Null) {
                let v = match register_slots.get(slot) {
                    Some(&raw) => from_slot(&mut b, raw, k),
                    None => load_slot(&mut b, &f, slot, k),
                };
                b.def_var(var(slot, k), v);
            }
        }
        b.ins().jump(leaders[&0], &[]);
        for (t, block) in osr_blocks {
            b.switch_to_block(block);
            inlining::check_room(&mut b, &f, Some(t));
            let state = states[t].as_ref().expect("checked");
            for (slot, k) in state.locals.iter().enumerate() {
                if let Some(k) = k.filter(|&k| k != K::Null) {
                    let v = load_slot(&mut b, &f, slot, k);
                    b.def_var(var(slot, k), v);
                }
            }
            let stack = reload(&mut b, &f, &[], &state.stack);
            let args = block_args(&stack);
            b.ins().jump(pads[&t], &args);
        }
        for (&t, &pad) in &pads {
            b.switch_to_block(pad);
            let state = states[t].as_ref().expect("checked");
            let stack = stack_params(&mut b, pad, &state.stack);
            let args = block_args(&stack);
            b.ins().jump(leaders[&t], &args);
        }
        // The helper that asked to leave has set the status (and where the interpreter
        // continues).
        b.switch_to_block(throw_exit);
        b.set_cold_block(throw_exit);
        let status = b.ins().load(types::I32, flags(), ctx, STATUS_OFFSET);
        leave_with(&mut b, status);
        b.seal_all_blocks();
        b.finalize(module.target_config());
        osr_entries
    };
    Ok((id, osr_entries, room_slots, context))
}

/// A method's code as the translator needs it: its instructions, the operand-stack kinds
/// and local kinds before each reachable one, and where basic blocks start.
struct Body {
    instructions: Vec<Instruction>,
    index_of: BTreeMap<u32, usize>,
    states: Vec<Option<State>>,
    leaders: BTreeSet<usize>,
    /// An instance method that never stores to local 0: `aload_0` is `this`, never null.
    this_fixed: bool,
    /// The locals known not to be null before each instruction (bit `l` for local `l`, see
    /// `non_null`).
    non_null: Vec<u128>,
}

impl Body {
    fn analyze(
        code: &[u8],
        pool: &ConstantPool,
        max_locals: u16,
        is_static: bool,
        descriptor: &MethodDescriptor,
        handlers: &[ExceptionHandler],
    ) -> Result<Body, Error> {
        let instructions = decode_all(code).map_err(|e| Error::Unsupported(e.reason))?;
        if instructions
            .iter()
            .any(|i| matches!(i.opcode, Op::jsr | Op::jsr_w | Op::ret) || i.wide == Some(Op::ret))
        {
            return unsupported("jsr/ret");
        }
        let index_of: BTreeMap<u32, usize> = instructions
            .iter()
            .enumerate()
            .map(|(i, ins)| (ins.pc, i))
            .collect();
        let mut initial = State {
            locals: vec![None; max_locals as usize],
            stack: Vec::new(),
        };
        let mut slot = 0;
        if !is_static {
            set_local(&mut initial.locals, 0, K::R)?;
            slot = 1;
        }
        for parameter in &descriptor.parameters {
            let k = K::of(parameter);
            set_local(&mut initial.locals, slot, k)?;
            slot += k.slots();
        }
        let mut states = analyze(&instructions, &index_of, pool, initial)?;
        let non_null = non_null::non_null_locals(
            &instructions,
            &index_of,
            pool,
            &states,
            handlers,
            max_locals as usize,
            is_static,
        );
        // What is written back to the frame at calls and polls, and read again after them,
        // is only what the rest of the method may read: dead references become nulls, other
        // dead locals are left out.
        if let Some(live) = analysis::liveness(&instructions, &index_of, handlers, max_locals) {
            for (i, state) in states.iter_mut().enumerate() {
                if let Some(state) = state {
                    live.mask(i, &mut state.locals);
                }
            }
        }
        // Basic blocks start at branch targets and after control transfers.
        let mut leaders: BTreeSet<usize> = BTreeSet::new();
        leaders.insert(0);
        for (i, instruction) in instructions.iter().enumerate() {
            if states[i].is_none() {
                continue;
            }
            let targets = analysis::branch_targets(instruction);
            for &t in &targets {
                leaders.insert(index_of[&t]);
            }
            let op = instruction.wide.unwrap_or(instruction.opcode);
            if (!targets.is_empty() || !analysis::falls_through(op)) && i + 1 < instructions.len() {
                leaders.insert(i + 1);
            }
        }
        let this_fixed = !is_static
            && !instructions.iter().any(|i| {
                let op = i.wide.unwrap_or(i.opcode);
                matches!(analysis::local_access(op), Some((_, true)))
                    && analysis::local_index(i) == 0
            });
        Ok(Body {
            instructions,
            index_of,
            states,
            leaders,
            this_fixed,
            non_null,
        })
    }
}

impl Body {
    /// A block for each reachable basic block, with the operand stack as parameters.
    fn blocks(&self, b: &mut FunctionBuilder) -> BTreeMap<usize, Block> {
        let mut leaders: BTreeMap<usize, Block> = BTreeMap::new();
        for &i in &self.leaders {
            if let Some(state) = &self.states[i] {
                leaders.insert(i, block_with_stack(b, &state.stack));
            }
        }
        leaders
    }
}

/// Translates `body` (the compiled method's, or an inlined one's as `f` says) into the
/// blocks `leaders` (from `Body::blocks`); forward edges to a leader with a landing pad in
/// `pads` go to the pad. `inlined` holds the plans of calls inlined at its
/// invokes, and `cold` the basic blocks left to the interpreter whole (an inlined method's
/// throwing paths).
#[allow(clippy::too_many_arguments)]
fn translate_body(
    b: &mut FunctionBuilder,
    f: &Frame,
    body: &Body,
    leaders: &BTreeMap<usize, Block>,
    pads: &BTreeMap<usize, Block>,
    pool: &ConstantPool,
    inlined: &BTreeMap<usize, Vec<inlining::Plan>>,
    cold: &BTreeSet<usize>,
    env: &mut dyn FrameEnvironment,
) -> Result<(), Error> {
    let states = &body.states;
    let mut stack: Vec<(Value, K)> = Vec::new();
    let mut terminated = true;
    for (i, instruction) in body.instructions.iter().enumerate() {
        if let Some(&block) = leaders.get(&i) {
            if !terminated {
                let state = states[i - 1]
                    .as_ref()
                    .expect("falls through from a reached one");
                flush_pending(b, f, i - 1, &state.locals, &mut stack);
                let args = block_args(&stack);
                b.ins().jump(*pads.get(&i).unwrap_or(&block), &args);
            }
            b.switch_to_block(block);
            let state = states[i].as_ref().expect("leaders are reachable");
            stack = stack_params(b, block, &state.stack);
            // Facts about values hold in the blocks a check dominates: the basic block. Facts
            // about locals hold wherever the analysis says.
            f.shared.forget_non_null();
            f.shared
                .assume_non_null_locals(f.slot_base, body.non_null[i]);
            if cold.contains(&i) {
                inlining::materialize(b, f, i, &state.locals, &stack);
                terminated = true;
                continue;
            }
        } else if terminated {
            continue;
        }
        let Some(state) = &states[i] else {
            terminated = true;
            continue;
        };
        let after = {
            let mut s = state.clone();
            effect(instruction, &mut s, pool)?;
            s
        };
        if f.chain.is_empty() && f.shared.relaxed {
            // (Nothing is pending here when `back_edge_follows` said so; checked anyway, as a
            // loop whose steps were never checked would never poll.)
            if f.shared.pending.get() > 0
                && checks_steps_first(instruction, i, &body.index_of, pool, env)
            {
                flush_pending(b, f, i, &state.locals, &mut stack);
            }
            f.shared.defer.set(
                is_invoke(instruction.opcode) && back_edge_follows(body, leaders, i, pool, env),
            );
        }
        terminated = translate(
            b,
            f,
            i,
            instruction,
            state,
            &after,
            &mut stack,
            &Targets {
                leaders,
                pads,
                this_fixed: body.this_fixed,
                index_of: &body.index_of,
                states,
                inlined,
            },
            pool,
            env,
        )?;
        // An inlined call forgets what its body knew, the caller's facts with it; what the
        // analysis knows of the caller's locals after the call still holds (a callee cannot
        // store to them): `this` or an array checked before a loop, after a call inlined in
        // it, needs no check again (SpectralNorm's `v[j]` after `a(i, j)`).
        if !terminated && is_invoke(instruction.opcode) {
            if let Some(&facts) = body.non_null.get(i + 1) {
                f.shared.assume_non_null_locals(f.slot_base, facts);
            }
        }
    }
    if !terminated {
        return unsupported("falls off the end");
    }
    Ok(())
}

fn is_invoke(op: Op) -> bool {
    matches!(
        op,
        Op::invokevirtual
            | Op::invokespecial
            | Op::invokestatic
            | Op::invokeinterface
            | Op::invokedynamic
    )
}

/// Whether the basic block of instruction `i` goes on to a `goto` back to a loop header
/// with nothing between that checks steps first (`checks_steps_first`) or is a call: the
/// step of a call at `i` can then be checked by the back edge. (Checked later in the block
/// anywhere else, it cost Richards and DeltaBlue 4 %: the check moves, no check goes.)
fn back_edge_follows(
    body: &Body,
    leaders: &BTreeMap<usize, Block>,
    i: usize,
    pool: &ConstantPool,
    env: &mut dyn FrameEnvironment,
) -> bool {
    for (j, instruction) in body.instructions.iter().enumerate().skip(i + 1) {
        if leaders.contains_key(&j) || is_invoke(instruction.opcode) {
            return false;
        }
        if matches!(instruction.opcode, Op::goto | Op::goto_w) {
            return !checks_steps_first(instruction, j, &body.index_of, pool, env);
        }
        if checks_steps_first(instruction, j, &body.index_of, pool, env) {
            return false;
        }
    }
    false
}

/// Whether the steps counted but not yet checked (`flush_pending`) must be checked before
/// `instruction` (at index `i`): anything that ends the block (but a `goto` back to a loop
/// header, whose check covers them), may call the runtime or may count steps itself. Calls
/// decide for themselves (`translate`).
fn checks_steps_first(
    instruction: &Instruction,
    i: usize,
    index_of: &BTreeMap<u32, usize>,
    pool: &ConstantPool,
    env: &mut dyn FrameEnvironment,
) -> bool {
    let op = instruction.wide.unwrap_or(instruction.opcode);
    let index = match instruction.kind {
        Ops::Index(i) => i as u16,
        _ => 0,
    };
    match op {
        Op::goto | Op::goto_w => analysis::branch_targets(instruction)
            .first()
            .and_then(|t| index_of.get(t))
            .is_none_or(|&t| t > i),
        op if is_invoke(op) => false,
        Op::getfield | Op::putfield => {
            !matches!(env.field(index, false), Some(FieldAccess::Instance { .. }))
        }
        Op::getstatic | Op::putstatic => {
            !matches!(env.field(index, true), Some(FieldAccess::Static { .. }))
        }
        Op::ldc | Op::ldc_w | Op::ldc2_w => !matches!(
            pool.get(index),
            Some(
                Constant::Integer(_) | Constant::Long(_) | Constant::Float(_) | Constant::Double(_)
            )
        ),
        Op::new
        | Op::newarray
        | Op::anewarray
        | Op::multianewarray
        | Op::checkcast
        | Op::instanceof
        | Op::monitorenter
        | Op::monitorexit
        | Op::athrow => true,
        _ => !analysis::branch_targets(instruction).is_empty() || !analysis::falls_through(op),
    }
}

struct Targets<'a> {
    leaders: &'a BTreeMap<usize, Block>,
    /// Landing pads of loop headers that are entries (see `build`).
    pads: &'a BTreeMap<usize, Block>,
    this_fixed: bool,
    index_of: &'a BTreeMap<u32, usize>,
    states: &'a [Option<State>],
    /// Plans of the calls inlined at invokes (an inlined method's; the compiled method plans
    /// its own as it goes).
    inlined: &'a BTreeMap<usize, Vec<inlining::Plan>>,
}

impl Targets<'_> {
    /// The block a forward edge to instruction `i` jumps to: its landing pad, if any.
    fn forward(&self, i: usize) -> Block {
        *self.pads.get(&i).unwrap_or(&self.leaders[&i])
    }

    fn at(&self, pc: u32) -> (usize, Block, &State) {
        let i = self.index_of[&pc];
        (
            i,
            self.leaders[&i],
            self.states[i]
                .as_ref()
                .expect("branch targets are reachable"),
        )
    }
}

/// Jumps to the instruction at bytecode offset `target`, as a step when it is backward.
fn branch(
    b: &mut FunctionBuilder,
    f: &Frame,
    from: usize,
    target: u32,
    t: &Targets,
    stack: &[(Value, K)],
) {
    let (index, block, state) = t.at(target);
    if index <= from {
        back_edge(b, f, index, state, block, stack);
    } else {
        let args = block_args(stack);
        b.ins().jump(t.forward(index), &args);
    }
}

fn pop(stack: &mut Vec<(Value, K)>) -> Value {
    stack.pop().expect("the analysis checked the stack").0
}

/// Arithmetic, bitwise operations, shifts and conversions that need no check: their effect
/// on the operand stack, with Java's semantics; `false` for any other instruction. Shared by
/// the translator and the leaf inliner.
fn arithmetic(b: &mut FunctionBuilder, op: Op, stack: &mut Vec<(Value, K)>) -> bool {
    macro_rules! binary {
        ($f:ident, $k:expr) => {{
            let k = $k;
            let y = pop(stack);
            let x = pop(stack);
            let r = b.ins().$f(x, y);
            stack.push((r, k));
        }};
    }
    macro_rules! unary {
        ($k:expr, |$x:ident| $e:expr) => {{
            let $x = pop(stack);
            let r = $e;
            stack.push((r, $k));
        }};
    }
    match op {
        Op::iadd | Op::ladd => binary!(iadd, stack_kind(stack)),
        Op::isub | Op::lsub => binary!(isub, stack_kind(stack)),
        Op::imul | Op::lmul => binary!(imul, stack_kind(stack)),
        Op::iand | Op::land => binary!(band, stack_kind(stack)),
        Op::ior | Op::lor => binary!(bor, stack_kind(stack)),
        Op::ixor | Op::lxor => binary!(bxor, stack_kind(stack)),
        // Shift distances are masked to the width, as Java masks them.
        Op::ishl => binary!(ishl, K::I),
        Op::ishr => binary!(sshr, K::I),
        Op::iushr => binary!(ushr, K::I),
        Op::lshl => binary!(ishl, K::J),
        Op::lshr => binary!(sshr, K::J),
        Op::lushr => binary!(ushr, K::J),
        Op::fadd | Op::dadd => binary!(fadd, stack_kind(stack)),
        Op::fsub | Op::dsub => binary!(fsub, stack_kind(stack)),
        Op::fmul | Op::dmul => binary!(fmul, stack_kind(stack)),
        Op::fdiv | Op::ddiv => binary!(fdiv, stack_kind(stack)),
        Op::ineg | Op::lneg => {
            let k = stack_kind(stack);
            unary!(k, |x| b.ins().ineg(x))
        }
        Op::fneg | Op::dneg => {
            let k = stack_kind(stack);
            unary!(k, |x| b.ins().fneg(x))
        }
        Op::i2l => unary!(K::J, |x| b.ins().sextend(types::I64, x)),
        Op::i2f => unary!(K::F, |x| b.ins().fcvt_from_sint(types::F32, x)),
        Op::i2d => unary!(K::D, |x| b.ins().fcvt_from_sint(types::F64, x)),
        Op::l2i => unary!(K::I, |x| b.ins().ireduce(types::I32, x)),
        Op::l2f => unary!(K::F, |x| b.ins().fcvt_from_sint(types::F32, x)),
        Op::l2d => unary!(K::D, |x| b.ins().fcvt_from_sint(types::F64, x)),
        // Saturating, NaN to zero: Java's conversions exactly.
        Op::f2i | Op::d2i => unary!(K::I, |x| b.ins().fcvt_to_sint_sat(types::I32, x)),
        Op::f2l | Op::d2l => unary!(K::J, |x| b.ins().fcvt_to_sint_sat(types::I64, x)),
        Op::f2d => unary!(K::D, |x| b.ins().fpromote(types::F64, x)),
        Op::d2f => unary!(K::F, |x| b.ins().fdemote(types::F32, x)),
        Op::i2b => unary!(K::I, |x| {
            let n = b.ins().ireduce(types::I8, x);
            b.ins().sextend(types::I32, n)
        }),
        Op::i2s => unary!(K::I, |x| {
            let n = b.ins().ireduce(types::I16, x);
            b.ins().sextend(types::I32, n)
        }),
        Op::i2c => unary!(K::I, |x| {
            let n = b.ins().ireduce(types::I16, x);
            b.ins().uextend(types::I32, n)
        }),
        _ => return false,
    }
    true
}

/// Translates one instruction; returns whether it ends the block.
#[allow(clippy::too_many_arguments)]
fn translate(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    instruction: &Instruction,
    state: &State,
    after: &State,
    stack: &mut Vec<(Value, K)>,
    targets: &Targets,
    pool: &ConstantPool,
    env: &mut dyn FrameEnvironment,
) -> Result<bool, Error> {
    let op = instruction.wide.unwrap_or(instruction.opcode);
    let locals = &state.locals;
    let index = match instruction.kind {
        Ops::Index(i) => i as u16,
        Ops::Interface { index, .. } | Ops::MultiArray { index, .. } => index,
        _ => 0,
    };
    if arithmetic(b, op, stack) || inline::push_constant(b, instruction, pool, stack) {
        return Ok(false);
    }
    if let Some((k, store)) = analysis::local_access(op) {
        let slot = analysis::local_index(instruction);
        if store {
            let v = pop(stack);
            b.def_var(local(f, slot, k), v);
            f.shared.stored_local(f.slot_base + slot, k.slots());
        } else {
            let v = b.use_var(local(f, slot, k));
            if k == K::R {
                f.shared.loaded_local(v, f.slot_base + slot);
            }
            if slot == 0 && k == K::R && targets.this_fixed {
                f.shared.set_non_null(v);
            }
            stack.push((v, k));
        }
        return Ok(false);
    }
    match op {
        Op::nop => {}
        Op::aconst_null => stack.push((b.ins().iconst(types::I32, 0), K::R)),
        // Other constants: `inline::push_constant`.
        Op::ldc | Op::ldc_w => match env.constant_cell(index) {
            Some(cell) => {
                let cell = b.ins().iconst(types::I64, cell as i64);
                let reference = b.ins().load(types::I32, flags(), cell, 0);
                f.shared.set_non_null(reference);
                stack.push((reference, K::R));
            }
            None => execute(b, f, i, locals, stack, Some(&after.stack)),
        },
        Op::ldc2_w => execute(b, f, i, locals, stack, Some(&after.stack)),
        Op::iinc => {
            let Ops::Iinc { index, delta } = instruction.kind else {
                return unsupported("iinc operands");
            };
            let v = b.use_var(local(f, index as usize, K::I));
            let r = b.ins().iadd_imm_s(v, delta as i64);
            b.def_var(local(f, index as usize, K::I), r);
        }
        Op::frem | Op::drem => {
            let k = stack_kind(stack);
            let y = pop(stack);
            let x = pop(stack);
            let (sig, address) = if k == K::F {
                (f.frem_sig, f.helpers.frem)
            } else {
                (f.drem_sig, f.helpers.drem)
            };
            let r = call_helper(b, sig, address, &[x, y]);
            stack.push((r, k));
        }
        Op::idiv | Op::ldiv | Op::irem | Op::lrem => {
            let k = stack_kind(stack);
            let ty = clif(k);
            let y = stack[stack.len() - 1].0;
            let zero = b.ins().icmp_imm_s(IntCC::Equal, y, 0);
            guard(b, f, zero, i, locals, stack);
            let y = pop(stack);
            let x = pop(stack);
            // MIN / -1 is computed without the hardware trap.
            let minus_one = b.ins().icmp_imm_s(IntCC::Equal, y, -1);
            let one = b.ins().iconst(ty, 1);
            let divisor = b.ins().select(minus_one, one, y);
            let r = if matches!(op, Op::idiv | Op::ldiv) {
                let q = b.ins().sdiv(x, divisor);
                let negated = b.ins().ineg(x);
                b.ins().select(minus_one, negated, q)
            } else {
                let r = b.ins().srem(x, divisor);
                let zero = b.ins().iconst(ty, 0);
                b.ins().select(minus_one, zero, r)
            };
            stack.push((r, k));
        }
        Op::lcmp => {
            let y = pop(stack);
            let x = pop(stack);
            let greater = b.ins().icmp(IntCC::SignedGreaterThan, x, y);
            let less = b.ins().icmp(IntCC::SignedLessThan, x, y);
            let g = b.ins().uextend(types::I32, greater);
            let l = b.ins().uextend(types::I32, less);
            let r = b.ins().isub(g, l);
            f.shared.record_comparison(r, Comparison::Long(x, y));
            stack.push((r, K::I));
        }
        Op::fcmpl | Op::fcmpg | Op::dcmpl | Op::dcmpg => {
            let y = pop(stack);
            let x = pop(stack);
            let greater = b.ins().fcmp(FloatCC::GreaterThan, x, y);
            let less = b.ins().fcmp(FloatCC::LessThan, x, y);
            let equal = b.ins().fcmp(FloatCC::Equal, x, y);
            let one = b.ins().iconst(types::I32, 1);
            let minus_one = b.ins().iconst(types::I32, -1);
            let zero = b.ins().iconst(types::I32, 0);
            // Unordered (NaN) gives -1 for the `l` forms and 1 for the `g` forms.
            let nan_less = matches!(op, Op::fcmpl | Op::dcmpl);
            let r = if nan_less {
                let not_greater = b.ins().select(equal, zero, minus_one);
                b.ins().select(greater, one, not_greater)
            } else {
                let not_less = b.ins().select(equal, zero, one);
                b.ins().select(less, minus_one, not_less)
            };
            f.shared
                .record_comparison(r, Comparison::Float { x, y, nan_less });
            stack.push((r, K::I));
        }
        Op::pop => {
            stack.pop();
        }
        Op::pop2 => {
            if stack_kind(stack).slots() == 2 {
                stack.pop();
            } else {
                stack.pop();
                stack.pop();
            }
        }
        Op::dup | Op::dup_x1 | Op::dup_x2 | Op::dup2 | Op::dup2_x1 | Op::dup2_x2 | Op::swap => {
            analysis::shuffle(op, stack, |(_, k)| k.slots())?
        }
        Op::ifeq
        | Op::ifne
        | Op::iflt
        | Op::ifge
        | Op::ifgt
        | Op::ifle
        | Op::if_icmpeq
        | Op::if_icmpne
        | Op::if_icmplt
        | Op::if_icmpge
        | Op::if_icmpgt
        | Op::if_icmple
        | Op::if_acmpeq
        | Op::if_acmpne
        | Op::ifnull
        | Op::ifnonnull => {
            let (condition, unary) = analysis::branch_condition(op);
            let y = if unary {
                b.ins().iconst(types::I32, 0)
            } else {
                pop(stack)
            };
            let x = pop(stack);
            let Ops::Branch(target) = instruction.kind else {
                return unsupported("branch operands");
            };
            let c = match f.shared.comparison(x).filter(|_| unary) {
                // The sign of `lcmp` is the order of its operands.
                Some(Comparison::Long(x, y)) => b.ins().icmp(condition, x, y),
                Some(Comparison::Float { x, y, nan_less }) => {
                    b.ins().fcmp(float_condition(condition, nan_less), x, y)
                }
                None => b.ins().icmp(condition, x, y),
            };
            let taken = b.create_block();
            let next = targets.forward(i + 1);
            let next_args = block_args(stack);
            b.ins().brif(c, taken, &[], next, &next_args);
            b.switch_to_block(taken);
            branch(b, f, i, target, targets, stack);
            return Ok(true);
        }
        Op::goto | Op::goto_w => {
            let Ops::Branch(target) = instruction.kind else {
                return unsupported("branch operands");
            };
            branch(b, f, i, target, targets, stack);
            return Ok(true);
        }
        Op::tableswitch | Op::lookupswitch => {
            let key = pop(stack);
            let Some((default, cases)) = analysis::switch_cases(&instruction.kind) else {
                return unsupported("switch operands");
            };
            // One block per distinct target, which counts the step when it is backward.
            let mut blocks: BTreeMap<u32, Block> = BTreeMap::new();
            for t in std::iter::once(default).chain(cases.iter().map(|&(_, t)| t)) {
                blocks.entry(t).or_insert_with(|| b.create_block());
            }
            let mut switch = Switch::new();
            for &(value, t) in &cases {
                switch.set_entry(value as u32 as u128, blocks[&t]);
            }
            switch.emit(b, key, blocks[&default]);
            for (t, block) in blocks {
                b.switch_to_block(block);
                branch(b, f, i, t, targets, stack);
            }
            return Ok(true);
        }
        Op::ireturn | Op::lreturn | Op::freturn | Op::dreturn | Op::areturn | Op::return_
            if !f.chain.is_empty() =>
        {
            inlining::return_to_caller(b, f, stack);
            return Ok(true);
        }
        Op::ireturn | Op::lreturn | Op::freturn | Op::dreturn | Op::areturn => {
            let (v, k) = stack.pop().expect("analysis");
            let v = to_slot(b, v, k);
            let state = return_state(b, None);
            b.ins().return_(&[v, state]);
            return Ok(true);
        }
        Op::return_ => {
            let zero = b.ins().iconst(types::I64, 0);
            let state = return_state(b, None);
            b.ins().return_(&[zero, state]);
            return Ok(true);
        }
        Op::arraylength => {
            let array = stack[stack.len() - 1].0;
            null_guard(b, f, array, i, locals, stack);
            let length = array_length(b, f, array);
            pop(stack);
            stack.push((length, K::I));
        }
        Op::iaload
        | Op::laload
        | Op::faload
        | Op::daload
        | Op::aaload
        | Op::baload
        | Op::caload
        | Op::saload => {
            let n = stack.len();
            let (array, index) = (stack[n - 2].0, stack[n - 1].0);
            let element = element_address(b, f, i, locals, stack, array, index, op)?;
            pop(stack);
            pop(stack);
            let v = match op {
                Op::baload => b.ins().sload8(types::I32, flags(), element, 0),
                Op::caload => b.ins().uload16(types::I32, flags(), element, 0),
                Op::saload => b.ins().sload16(types::I32, flags(), element, 0),
                _ => {
                    let k = after.stack[after.stack.len() - 1];
                    b.ins().load(clif(k), flags(), element, 0)
                }
            };
            stack.push((v, after.stack[after.stack.len() - 1]));
        }
        Op::iastore
        | Op::lastore
        | Op::fastore
        | Op::dastore
        | Op::bastore
        | Op::castore
        | Op::sastore => {
            let n = stack.len();
            let (array, index) = (stack[n - 3].0, stack[n - 2].0);
            let element = element_address(b, f, i, locals, stack, array, index, op)?;
            let value = pop(stack);
            pop(stack);
            pop(stack);
            match (op, constant(b, value)) {
                // A constant is stored as an immediate: `istore8`/`istore16` take their value
                // from a register, and Cranelift hoists constants to the function's entry,
                // where one used in a loop would stay live (spilled) across the whole loop.
                (Op::bastore, Some(c)) => {
                    let narrow = b.ins().iconst(types::I8, c as i8 as i64);
                    b.ins().store(flags(), narrow, element, 0);
                }
                (Op::castore | Op::sastore, Some(c)) => {
                    let narrow = b.ins().iconst(types::I16, c as i16 as i64);
                    b.ins().store(flags(), narrow, element, 0);
                }
                (Op::bastore, None) => {
                    b.ins().istore8(flags(), value, element, 0);
                }
                (Op::castore | Op::sastore, None) => {
                    b.ins().istore16(flags(), value, element, 0);
                }
                _ => {
                    b.ins().store(flags(), value, element, 0);
                }
            }
        }
        Op::getfield | Op::putfield => {
            let access = env.field(index, false);
            let Some(FieldAccess::Instance { offset }) = access else {
                execute(b, f, i, locals, stack, Some(&after.stack));
                return Ok(false);
            };
            let t = analysis::field_type(pool, index)?;
            let object_depth = if op == Op::getfield { 1 } else { 2 };
            let object = stack[stack.len() - object_depth].0;
            null_guard(b, f, object, i, locals, stack);
            if op == Op::getfield {
                let address = object_address(b, object);
                pop(stack);
                let offset = offset as i32;
                let v = match t {
                    FieldType::Boolean => b.ins().uload8(types::I32, flags(), address, offset),
                    FieldType::Byte => b.ins().sload8(types::I32, flags(), address, offset),
                    FieldType::Char => b.ins().uload16(types::I32, flags(), address, offset),
                    FieldType::Short => b.ins().sload16(types::I32, flags(), address, offset),
                    _ => b.ins().load(clif(K::of(&t)), flags(), address, offset),
                };
                stack.push((v, K::of(&t)));
            } else {
                let value = pop(stack);
                pop(stack);
                if K::of(&t) == K::R {
                    let offset = b.ins().iconst(types::I64, offset as i64);
                    store_reference(b, f, object, offset, value);
                } else {
                    let address = object_address(b, object);
                    let offset = offset as i32;
                    match t {
                        FieldType::Boolean => {
                            let bit = b.ins().band_imm_s(value, 1);
                            b.ins().istore8(flags(), bit, address, offset);
                        }
                        FieldType::Byte => {
                            b.ins().istore8(flags(), value, address, offset);
                        }
                        FieldType::Char | FieldType::Short => {
                            b.ins().istore16(flags(), value, address, offset);
                        }
                        _ => {
                            b.ins().store(flags(), value, address, offset);
                        }
                    }
                }
            }
        }
        Op::getstatic | Op::putstatic => {
            let Some(FieldAccess::Static { address }) = env.field(index, true) else {
                execute(b, f, i, locals, stack, Some(&after.stack));
                return Ok(false);
            };
            let t = analysis::field_type(pool, index)?;
            let k = K::of(&t);
            let slot = b.ins().iconst(types::I64, address as i64);
            if op == Op::getstatic {
                let raw = b.ins().load(types::I64, flags(), slot, 0);
                let v = match k {
                    K::J => raw,
                    K::D => b.ins().bitcast(types::F64, MemFlagsData::new(), raw),
                    K::F => {
                        let bits = b.ins().ireduce(types::I32, raw);
                        b.ins().bitcast(types::F32, MemFlagsData::new(), bits)
                    }
                    K::I | K::R | K::Null => b.ins().ireduce(types::I32, raw),
                };
                stack.push((v, k));
            } else {
                let value = pop(stack);
                // Narrowed as the interpreter narrows static stores.
                let value = match t {
                    FieldType::Boolean => b.ins().band_imm_s(value, 1),
                    FieldType::Byte => {
                        let n = b.ins().ireduce(types::I8, value);
                        b.ins().sextend(types::I32, n)
                    }
                    FieldType::Char => {
                        let n = b.ins().ireduce(types::I16, value);
                        b.ins().uextend(types::I32, n)
                    }
                    FieldType::Short => {
                        let n = b.ins().ireduce(types::I16, value);
                        b.ins().sextend(types::I32, n)
                    }
                    _ => value,
                };
                let raw = to_slot(b, value, k);
                b.ins().store(flags(), raw, slot, 0);
            }
        }
        Op::athrow => {
            execute(b, f, i, locals, stack, None);
            return Ok(true);
        }
        Op::invokevirtual
        | Op::invokespecial
        | Op::invokestatic
        | Op::invokeinterface
        | Op::invokedynamic => {
            let kind = match op {
                Op::invokestatic => InvokeKind::Static,
                Op::invokespecial => InvokeKind::Special,
                Op::invokevirtual => InvokeKind::Virtual,
                Op::invokeinterface => InvokeKind::Interface,
                _ => InvokeKind::Dynamic,
            };
            match env.intrinsic(index, kind) {
                Some(Intrinsic::IdentityHash {
                    argument,
                    hashed_bit,
                    vtable,
                }) if vtable.is_none() || f.direct.is_some() => {
                    let via = env.call_site(index, kind).map_or(Via::Execute, Via::Invoke);
                    let hash = IdentityHashCall {
                        argument,
                        hashed_bit,
                        vtable,
                        via,
                    };
                    identity_hash(b, f, i, locals, stack, &after.stack, hash);
                    return Ok(false);
                }
                Some(Intrinsic::IdentityHash { .. }) => {}
                Some(Intrinsic::GetClass) if f.direct.is_some() => {
                    let via = env.call_site(index, kind).map_or(Via::Execute, Via::Invoke);
                    get_class(b, f, i, locals, stack, &after.stack, via);
                    return Ok(false);
                }
                Some(Intrinsic::GetClass) => {}
                Some(intrinsic) => {
                    inline_intrinsic(b, f, i, locals, stack, intrinsic);
                    return Ok(false);
                }
                None => {}
            }
            let planned;
            let plans = if f.chain.is_empty() {
                planned = inlining::plan_call(env, f, i, index, kind);
                &planned[..]
            } else {
                targets.inlined.get(&i).map_or(&[][..], |plans| &plans[..])
            };
            if !plans.is_empty() {
                let via = env.call_site(index, kind).map_or(Via::Execute, Via::Invoke);
                inlining::emit_call(b, f, i, locals, stack, &after.stack, plans, via, env)?;
                return Ok(false);
            }
            if kind == InvokeKind::Static {
                if let Some(leaf) = env.leaf_method(index) {
                    if let Some(body) = inline::plan(&leaf) {
                        if f.chain.is_empty() {
                            // (Inlined code's leaves were noted when it was planned.)
                            env.note_leaf_inlining(index, 1);
                        }
                        call_step(b, f, i, locals, stack);
                        inline::emit(b, &leaf, &body, stack);
                        return Ok(false);
                    }
                }
            }
            let via = env.call_site(index, kind).map_or(Via::Execute, Via::Invoke);
            runtime_call(b, f, i, locals, stack, Some(&after.stack), via);
        }
        Op::new => {
            let via = env.new_site(index).map_or(Via::Execute, Via::Allocate);
            match (via, env.inline_allocation(index)) {
                (Via::Allocate(_), Some((class, words, layout))) => allocate_inline(
                    b,
                    f,
                    i,
                    locals,
                    stack,
                    &after.stack,
                    via,
                    class,
                    Size::Words(words),
                    layout,
                ),
                _ => runtime_call(b, f, i, locals, stack, Some(&after.stack), via),
            }
        }
        Op::checkcast | Op::instanceof => {
            match env.type_check(index).filter(|_| f.direct.is_some()) {
                Some(check) => type_check_inline(
                    b,
                    f,
                    i,
                    locals,
                    stack,
                    &after.stack,
                    check,
                    op == Op::checkcast,
                ),
                None => execute(b, f, i, locals, stack, Some(&after.stack)),
            }
        }
        Op::newarray | Op::anewarray => match env.array_allocation(op == Op::newarray, index) {
            Some((class, element_bytes, layout)) => {
                let length = pop(stack);
                allocate_inline(
                    b,
                    f,
                    i,
                    locals,
                    stack,
                    &after.stack,
                    Via::Execute,
                    class,
                    Size::Array {
                        length,
                        element_bytes,
                        layout: f.layout,
                    },
                    layout,
                );
            }
            None => execute(b, f, i, locals, stack, Some(&after.stack)),
        },
        Op::monitorenter | Op::monitorexit => {
            monitor_inline(b, f, i, locals, stack, &after.stack, op == Op::monitorenter)
        }
        Op::multianewarray | Op::aastore => match f.direct {
            Some(direct) if op == Op::aastore => {
                store_element_inline(b, f, &direct.layout, i, locals, stack, &after.stack)?
            }
            _ => execute(b, f, i, locals, stack, Some(&after.stack)),
        },
        other => return unsupported(format!("instruction {}", other.mnemonic())),
    }
    Ok(false)
}

/// `monitorenter` (`enter`) or `monitorexit` through the runtime's non-blocking helper, with
/// nothing written back; the runtime's full path (`execute`) when the helper declines.
fn monitor_inline(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    enter: bool,
) {
    let object = stack[stack.len() - 1].0;
    let done = block_with_stack(b, after);
    let slow = b.create_block();
    let enter = b.ins().iconst(types::I32, i64::from(enter));
    let declined = call_helper(b, f.step_sig, f.helpers.monitor, &[f.ctx, object, enter]);
    b.ins().brif(
        declined,
        slow,
        &[],
        done,
        &block_args(&stack[..stack.len() - 1]),
    );
    runtime_then_join(b, f, i, locals, stack, after, [slow, done]);
}

/// Fills the cold block `slow` with the runtime running instruction `i` from the
/// written-back frame, which then joins `done` (the block after the instruction, whose
/// parameters are the operand stack `after`), and goes on in `done`.
#[allow(clippy::too_many_arguments)]
fn runtime_then_join(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    [slow, done]: [Block; 2],
) {
    b.switch_to_block(slow);
    b.set_cold_block(slow);
    let mut slow_stack = stack.clone();
    runtime_call(b, f, i, locals, &mut slow_stack, Some(after), Via::Execute);
    b.ins().jump(done, &block_args(&slow_stack));
    b.switch_to_block(done);
    *stack = stack_params(b, done, after);
}

/// `checkcast` (`cast`) or `instanceof` of a resolved class: null, the class itself and, for a
/// plain class, its subclasses (by their superclass chains) are decided inline; the rest
/// (interfaces, arrays, a failing cast) goes to the runtime.
#[allow(clippy::too_many_arguments)]
fn type_check_inline(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    check: TypeCheck,
    cast: bool,
) {
    let l = f
        .direct
        .expect("inline type checks come with direct calls")
        .layout;
    let object = stack[stack.len() - 1].0;
    let slow = b.create_block();
    // The operand stack after, passed whole: the runtime's path reloads it (objects move).
    let done = block_with_stack(b, after);
    let below: Vec<BlockArg> = block_args(&stack[..stack.len() - 1]);
    let with = |result: Value| -> Vec<BlockArg> {
        let mut args = below.clone();
        args.push(BlockArg::Value(result));
        args
    };
    let yes = if cast {
        object
    } else {
        b.ins().iconst(types::I32, 1)
    };
    let no = b.ins().iconst(types::I32, 0);
    let not_null = b.create_block();
    let null_result = if cast { object } else { no };
    b.ins()
        .brif(object, not_null, &[], done, &with(null_result));
    b.switch_to_block(not_null);
    let address = object_address(b, object);
    let class = b.ins().load(types::I32, flags(), address, l.header_class);
    let same = b.ins().icmp_imm_s(IntCC::Equal, class, check.class as i64);
    let other = b.create_block();
    b.ins().brif(same, done, &with(yes), other, &[]);
    b.switch_to_block(other);
    let fail = if cast { slow } else { done };
    let fail_args = if cast { Vec::new() } else { with(no) };
    if check.depth.is_some() || check.interface {
        let chain = type_record(b, &l, class, slow);
        let supers = b.ins().load(types::I32, flags(), chain, 4);
        if let Some(depth) = check.depth {
            let deep = b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThan, supers, depth as i64);
            let at_depth = b.create_block();
            b.ins().brif(deep, at_depth, &[], fail, &fail_args);
            b.switch_to_block(at_depth);
            let id = b
                .ins()
                .load(types::I32, flags(), chain, 8 + 4 * depth as i32);
            let subclass = b.ins().icmp_imm_s(IntCC::Equal, id, check.class as i64);
            b.ins().brif(subclass, done, &with(yes), fail, &fail_args);
        } else {
            // A linear search of the class's interfaces (a handful, as a rule).
            let supers = b.ins().uextend(types::I64, supers);
            let skip = b.ins().ishl_imm_u(supers, 2);
            let interfaces = b.ins().iadd(chain, skip);
            let count = b.ins().load(types::I32, flags(), interfaces, 8);
            let head = b.create_block();
            b.append_block_param(head, types::I32);
            let zero = b.ins().iconst(types::I32, 0);
            b.ins().jump(head, &[BlockArg::Value(zero)]);
            b.switch_to_block(head);
            let index = b.block_params(head)[0];
            let more = b.ins().icmp(IntCC::UnsignedLessThan, index, count);
            let body = b.create_block();
            b.ins().brif(more, body, &[], fail, &fail_args);
            b.switch_to_block(body);
            let index64 = b.ins().uextend(types::I64, index);
            let offset = b.ins().ishl_imm_u(index64, 2);
            let at = b.ins().iadd(interfaces, offset);
            let id = b.ins().load(types::I32, flags(), at, 12);
            let found = b.ins().icmp_imm_s(IntCC::Equal, id, check.class as i64);
            let next = b.create_block();
            b.ins().brif(found, done, &with(yes), next, &[]);
            b.switch_to_block(next);
            let index = b.ins().iadd_imm_s(index, 1);
            b.ins().jump(head, &[BlockArg::Value(index)]);
        }
    } else {
        b.ins().jump(slow, &[]);
    }

    // The runtime decides (and throws for a failing cast).
    runtime_then_join(b, f, i, locals, stack, after, [slow, done]);
}

/// Entry `class` of one of the runtime's tables by class id (`CallLayout::dispatch_table` or
/// `display_table`, at address `table`); continues in a new block, or at `slow` when the
/// class is beyond the table or its entry is empty.
fn class_table_entry(
    b: &mut FunctionBuilder,
    l: &CallLayout,
    table: u64,
    class: Value,
    slow: Block,
) -> Value {
    let known = b
        .ins()
        .icmp_imm_s(IntCC::UnsignedLessThan, class, l.dispatch_classes as i64);
    let go = b.create_block();
    b.ins().brif(known, go, &[], slow, &[]);
    b.switch_to_block(go);
    let class = b.ins().uextend(types::I64, class);
    let offset = b.ins().ishl_imm_u(class, 3);
    let table = b.ins().iconst(types::I64, table as i64);
    let entry = b.ins().iadd(table, offset);
    let value = b.ins().load(types::I64, flags(), entry, 0);
    let go = b.create_block();
    b.ins().brif(value, go, &[], slow, &[]);
    b.switch_to_block(go);
    value
}

/// Where interface method `key`'s entry starts its search in a class's interface method
/// table (masked by the table's size): Fibonacci hashing, since method ids are consecutive.
pub fn itable_hash(key: u32) -> u64 {
    (key.wrapping_mul(0x9E37_79B9) >> 8) as u64
}

/// The method class `class` selects for interface method `key`, from its interface method
/// table (`CallLayout::itable_table`); continues in a new block, or at `slow` when the table
/// has none.
fn itable_lookup(
    b: &mut FunctionBuilder,
    l: &CallLayout,
    class: Value,
    key: u32,
    slow: Block,
) -> Value {
    let table = class_table_entry(b, l, l.itable_table, class, slow);
    let mask = b.ins().load(types::I64, flags(), table, 0);
    let probe = b.create_block();
    let index = b.append_block_param(probe, types::I64);
    let start = b.ins().iconst(types::I64, itable_hash(key) as i64);
    b.ins().jump(probe, &[BlockArg::Value(start)]);
    b.switch_to_block(probe);
    let index = b.ins().band(index, mask);
    let offset = b.ins().ishl_imm_u(index, 4);
    let entry = b.ins().iadd(table, offset);
    let stored = b.ins().load(types::I64, flags(), entry, 8);
    let same = b.ins().icmp_imm_s(IntCC::Equal, stored, key as i64);
    let hit = b.create_block();
    let other = b.create_block();
    b.ins().brif(same, hit, &[], other, &[]);
    b.switch_to_block(other);
    let empty = b.ins().icmp_imm_s(IntCC::Equal, stored, -1);
    let next = b.ins().iadd_imm_s(index, 1);
    b.ins()
        .brif(empty, slow, &[], probe, &[BlockArg::Value(next)]);
    b.switch_to_block(hit);
    b.ins().load(types::I64, flags(), entry, 16)
}

/// The address of the type record of class `class` (see `CallLayout::display_table`).
fn type_record(b: &mut FunctionBuilder, l: &CallLayout, class: Value, slow: Block) -> Value {
    class_table_entry(b, l, l.display_table, class, slow)
}

/// `new` by bumping the thread's allocation buffer, or through the runtime when the buffer
/// is stale or full.
/// How many words an inline allocation takes.
#[derive(Clone, Copy)]
enum Size {
    Words(u32),
    /// An array of `length` elements (a value on the stack, checked inline).
    Array {
        length: Value,
        element_bytes: u32,
        layout: ArrayLayout,
    },
}

/// Arrays of this many elements or more are allocated by the runtime.
const MAX_INLINE_ARRAY: u32 = 1 << 20;

#[allow(clippy::too_many_arguments)]
fn allocate_inline(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    via: Via,
    class: u32,
    size: Size,
    layout: AllocationLayout,
) {
    let slow = b.create_block();
    let words = match size {
        Size::Words(words) => b.ins().iconst(types::I64, words as i64),
        Size::Array {
            length,
            element_bytes,
            ..
        } => {
            // Negative lengths (and huge ones) take the runtime's path, which throws.
            let small =
                b.ins()
                    .icmp_imm_s(IntCC::UnsignedLessThan, length, MAX_INLINE_ARRAY as i64);
            let go = b.create_block();
            b.ins().brif(small, go, &[], slow, &[]);
            b.switch_to_block(go);
            let length = b.ins().uextend(types::I64, length);
            let bytes = b.ins().imul_imm_s(length, element_bytes as i64);
            let bytes = b.ins().iadd_imm_s(bytes, 16 + 7);
            b.ins().ushr_imm_u(bytes, 3)
        }
    };
    let buffer = b.ins().load(types::I64, flags(), f.thread, BUFFER_OFFSET);
    let top = b.ins().load(types::I64, flags(), buffer, layout.top_offset);
    let end = b.ins().load(types::I64, flags(), buffer, layout.end_offset);
    let epoch = b
        .ins()
        .load(types::I64, flags(), buffer, layout.epoch_offset);
    let current = b
        .ins()
        .load(types::I64, flags(), f.thread, HEAP_EPOCH_OFFSET);
    let new_top = b.ins().iadd(top, words);
    let fits = b.ins().icmp(IntCC::UnsignedLessThanOrEqual, new_top, end);
    let fresh = b.ins().icmp(IntCC::Equal, epoch, current);
    let ok = b.ins().band(fits, fresh);
    let fast = b.create_block();
    let join = block_with_stack(b, after);
    b.ins().brif(ok, fast, &[], slow, &[]);

    b.switch_to_block(fast);
    b.ins().store(flags(), new_top, buffer, layout.top_offset);
    let reference = b.ins().ireduce(types::I32, top);
    let address = object_address(b, reference);
    let mark = b.ins().iconst(types::I64, layout.initial_mark as i64);
    b.ins().store(flags(), mark, address, 0);
    let class_word = b.ins().iconst(types::I64, class as i64);
    b.ins().store(flags(), class_word, address, 8);
    if let Size::Array { length, layout, .. } = size {
        b.ins()
            .store(flags(), length, address, layout.length_offset);
    }
    let mut fast_stack = stack.clone();
    fast_stack.push((reference, K::R));
    let args = block_args(&fast_stack);
    b.ins().jump(join, &args);

    b.switch_to_block(slow);
    b.set_cold_block(slow);
    let mut slow_stack = stack.clone();
    if let Size::Array { length, .. } = size {
        // The length back on the stack, where the runtime reads it.
        slow_stack.push((length, K::I));
    }
    runtime_call(b, f, i, locals, &mut slow_stack, Some(after), via);
    let args = block_args(&slow_stack);
    b.ins().jump(join, &args);

    b.switch_to_block(join);
    *stack = stack_params(b, join, after);
    // A new object.
    f.shared.set_non_null(stack[stack.len() - 1].0);
}

/// The step a call counts, as the interpreter counts it at every invoke (the interpreter
/// polls there, with the frame positioned at the call and the arguments on the stack), for
/// calls compiled code replaces by their effect: fuel, polls and deterministic scheduling
/// then see the same steps in every tier.
fn call_step(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
) {
    if !f.chain.is_empty() {
        // Inside an inlined call, a due poll runs in place, with the inlined calls' frames
        // written out (as at an inlined call's own step), and the code goes on.
        *stack = inlining::step_in_place(b, f, i, locals, stack);
        return;
    }
    let ticks = b.use_var(ticks_var());
    let ticks = b.ins().iadd_imm_s(ticks, 1);
    b.def_var(ticks_var(), ticks);
    if f.shared.defers() {
        // Checked with the block's back edge (`flush_pending`).
        f.shared.pending.set(f.shared.pending.get() + 1);
        return;
    }
    let go_on = not_due(b, ticks, 1);
    poll_unless(b, f, i, locals, stack, go_on);
}

/// Not zero unless one of the last `steps` steps counted up to `ticks` reached a multiple of
/// the poll interval.
fn not_due(b: &mut FunctionBuilder, ticks: Value, steps: u32) -> Value {
    let low = b.ins().band_imm_s(ticks, (SAFEPOINT_INTERVAL - 1) as i64);
    match steps {
        1 => low,
        n => b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, low, n as i64),
    }
}

/// The steps counted since the last check in the compiled method's own code
/// (`Shared::pending`, only when polls need not be exact), checked now: a poll runs here at
/// instruction `i` if one of them was due. Nothing to do inside inlined code, whose steps
/// are checked where they are counted.
///
/// Where polls need not be exact, the step of a call whose effect the code has in place
/// (an intrinsic, a leaf, an inlined body that counts no steps of its own) and that only
/// simple instructions separate from the `goto` back to its loop's header is counted but
/// not checked there: the back edge's check covers it (a loop calling one such method
/// checked twice per iteration: SpectralNorm -7 %, NBody -4 %). Anything on the way that
/// counts steps, calls out, branches or ends the block would check first
/// (`checks_steps_first`), so no check is ever skipped on the paths compiled code stays
/// on; a poll runs a few instructions late, and the step count stays exact. Fuel,
/// deadlines and deterministic schedules, which must see each poll where the interpreter
/// does, keep the exact checks.
fn flush_pending(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
) {
    if !f.chain.is_empty() {
        return;
    }
    let pending = f.shared.pending.replace(0);
    if pending == 0 {
        return;
    }
    let ticks = b.use_var(ticks_var());
    let go_on = not_due(b, ticks, pending);
    poll_unless(b, f, i, locals, stack, go_on);
}

/// Goes on in a new block when `not_due` (not zero), else polls first, at instruction `i`
/// with `stack` (written back, and reloaded after the poll).
fn poll_unless(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    not_due: Value,
) {
    let poll = b.create_block();
    let go_on = b.create_block();
    let kinds: Vec<K> = stack.iter().map(|&(_, k)| k).collect();
    for &k in &kinds {
        b.append_block_param(go_on, clif(k));
    }
    let args = block_args(stack);
    b.ins().brif(not_due, go_on, &args, poll, &[]);
    b.switch_to_block(poll);
    b.set_cold_block(poll);
    take_free_poll(b, f, go_on, &args);
    spill(b, f, locals, stack);
    let pc_value = b.ins().iconst(types::I32, i as i64);
    let h = b.ins().iconst(types::I32, height(stack) as i64);
    let status = call_poll(b, f, pc_value, h);
    let resume = b.create_block();
    b.ins().brif(status, f.throw_exit, &[], resume, &[]);
    b.switch_to_block(resume);
    let reloaded = reload_after_poll(b, f, locals, &kinds);
    let args = block_args(&reloaded);
    b.ins().jump(go_on, &args);
    b.switch_to_block(go_on);
    *stack = b
        .block_params(go_on)
        .iter()
        .zip(kinds)
        .map(|(&v, k)| (v, k))
        .collect();
}

/// Ends the current block: on to `slow` when the next step is due for a poll (nothing
/// counted), else to the block returned, where `count_step(next)` counts it.
fn step_unless_due(b: &mut FunctionBuilder, slow: Block) -> (Block, Value) {
    let ticks = b.use_var(ticks_var());
    let next = b.ins().iadd_imm_s(ticks, 1);
    let due = b.ins().band_imm_s(next, (SAFEPOINT_INTERVAL - 1) as i64);
    let go = b.create_block();
    b.ins().brif(due, go, &[], slow, &[]);
    (go, next)
}

/// Counts a step that `step_unless_due` found not due.
fn count_step(b: &mut FunctionBuilder, next: Value) {
    b.def_var(ticks_var(), next);
}

/// The effect of an intrinsic call at instruction `i`, on the operand stack.
fn inline_intrinsic(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    intrinsic: Intrinsic,
) {
    call_step(b, f, i, locals, stack);
    let binary = |stack: &mut Vec<(Value, K)>| {
        let y = pop(stack);
        let x = pop(stack);
        (x, y)
    };
    match intrinsic {
        Intrinsic::Sqrt => {
            let x = pop(stack);
            stack.push((b.ins().sqrt(x), K::D));
        }
        Intrinsic::AbsI | Intrinsic::AbsJ => {
            let k = stack_kind(stack);
            let x = pop(stack);
            // Wrapping, as Java's: abs(MIN_VALUE) is MIN_VALUE.
            let negative = b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
            let negated = b.ins().ineg(x);
            stack.push((b.ins().select(negative, negated, x), k));
        }
        Intrinsic::AbsD => {
            let x = pop(stack);
            stack.push((b.ins().fabs(x), K::D));
        }
        Intrinsic::DoubleToBits
        | Intrinsic::BitsToDouble
        | Intrinsic::FloatToBits
        | Intrinsic::BitsToFloat => {
            let x = pop(stack);
            let (ty, k) = match intrinsic {
                Intrinsic::DoubleToBits => (types::I64, K::J),
                Intrinsic::BitsToDouble => (types::F64, K::D),
                Intrinsic::FloatToBits => (types::I32, K::I),
                _ => (types::F32, K::F),
            };
            stack.push((b.ins().bitcast(ty, MemFlagsData::new(), x), k));
        }
        Intrinsic::MinI | Intrinsic::MaxI | Intrinsic::MinJ | Intrinsic::MaxJ => {
            let k = stack_kind(stack);
            let (x, y) = binary(stack);
            let r = match intrinsic {
                Intrinsic::MinI | Intrinsic::MinJ => b.ins().smin(x, y),
                _ => b.ins().smax(x, y),
            };
            stack.push((r, k));
        }
        // NaN if either is NaN, and -0.0 below 0.0: Java's rules.
        Intrinsic::MinD => {
            let (x, y) = binary(stack);
            stack.push((b.ins().fmin(x, y), K::D));
        }
        Intrinsic::MaxD => {
            let (x, y) = binary(stack);
            stack.push((b.ins().fmax(x, y), K::D));
        }
        Intrinsic::MathUnary { function } => {
            let x = pop(stack);
            let callee = b.ins().iconst(types::I64, function as i64);
            let call = b.ins().call_indirect(f.unary_sig, callee, &[x]);
            stack.push((b.inst_results(call)[0], K::D));
        }
        Intrinsic::MathBinary { function } => {
            let (x, y) = binary(stack);
            let callee = b.ins().iconst(types::I64, function as i64);
            let call = b.ins().call_indirect(f.drem_sig, callee, &[x, y]);
            stack.push((b.inst_results(call)[0], K::D));
        }
        Intrinsic::ArrayCopy {
            arrays,
            object_array,
        } => {
            let n = stack.len();
            let args: Vec<Value> = stack[n - 5..].iter().map(|&(v, _)| v).collect();
            let done = b.create_block();
            if let Some(direct) = f.direct {
                let arrays: Vec<(u32, u8)> = arrays
                    .into_iter()
                    .filter(|&(id, _)| id != u32::MAX)
                    .collect();
                let object_array = (object_array != u32::MAX).then_some(object_array);
                copy_inline(b, f, &direct.layout, &arrays, object_array, &args, done);
            }
            let status = call_helper(
                b,
                f.arraycopy_sig,
                f.helpers.arraycopy,
                &[f.ctx, args[0], args[1], args[2], args[3], args[4]],
            );
            guard(b, f, status, i, locals, stack);
            b.ins().jump(done, &[]);
            b.switch_to_block(done);
            stack.truncate(n - 5);
        }
        Intrinsic::IdentityHash { .. } | Intrinsic::GetClass => {
            unreachable!("identity_hash and get_class make these calls")
        }
        Intrinsic::StringLength { value_offset } | Intrinsic::StringCharAt { value_offset } => {
            let char_at = matches!(intrinsic, Intrinsic::StringCharAt { .. });
            let receiver = stack[stack.len() - 1 - char_at as usize].0;
            null_guard(b, f, receiver, i, locals, stack);
            let object = object_address(b, receiver);
            let value = b
                .ins()
                .load(types::I32, flags(), object, value_offset as i32);
            let array = object_address(b, value);
            let length = b
                .ins()
                .load(types::I32, flags(), array, f.layout.length_offset);
            if char_at {
                let index = stack[stack.len() - 1].0;
                let outside = b
                    .ins()
                    .icmp(IntCC::UnsignedGreaterThanOrEqual, index, length);
                guard(b, f, outside, i, locals, stack);
                pop(stack);
                pop(stack);
                let index = b.ins().uextend(types::I64, index);
                let scaled = b.ins().ishl_imm_u(index, 1);
                let element = b.ins().iadd(array, scaled);
                let c = b
                    .ins()
                    .uload16(types::I32, flags(), element, f.layout.data_offset);
                stack.push((c, K::I));
            } else {
                pop(stack);
                stack.push((length, K::I));
            }
        }
    }
}

/// An [`Intrinsic::IdentityHash`] call, and how the call is made when the header lacks the
/// hash.
struct IdentityHashCall {
    argument: bool,
    hashed_bit: u64,
    vtable: Option<(u16, u64)>,
    via: Via,
}

/// `Object.hashCode()` or `System.identityHashCode(Object)` at `i` (the object on top of
/// `stack`): the hash the header holds, or the call (see [`Intrinsic::IdentityHash`]). Only
/// the path taken counts the call's step.
#[allow(clippy::too_many_arguments)]
fn identity_hash(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    call: IdentityHashCall,
) {
    let object = stack.last().expect("the analysis checked the stack").0;
    let slow = b.create_block();
    let fast = b.create_block();
    let not_null = b.create_block();
    if call.argument {
        b.ins().brif(object, not_null, &[], fast, &[]);
    } else {
        b.ins().brif(object, not_null, &[], slow, &[]);
    }
    b.switch_to_block(not_null);
    let address = object_address(b, object);
    if let (Some((slot, method)), Some(direct)) = (call.vtable, f.direct) {
        let l = &direct.layout;
        let class = b.ins().load(types::I32, flags(), address, l.header_class);
        let vtable = class_table_entry(b, l, l.dispatch_table, class, slow);
        let selected = b.ins().load(types::I64, flags(), vtable, slot as i32 * 8);
        let same = b.ins().icmp_imm_s(IntCC::Equal, selected, method as i64);
        let go = b.create_block();
        b.ins().brif(same, go, &[], slow, &[]);
        b.switch_to_block(go);
    }
    let mark = b.ins().load(types::I64, flags(), address, 0);
    let hashed = b.ins().band_imm_s(mark, call.hashed_bit as i64);
    b.ins().brif(hashed, fast, &[], slow, &[]);

    let argument = call.argument;
    finish_header_intrinsic(
        b,
        f,
        i,
        locals,
        stack,
        after,
        call.via,
        [fast, slow],
        |b, object| {
            // A null's "mark" is the heap's first word, never an object's, read and dropped.
            let address = object_address(b, object);
            let mark = b.ins().load(types::I64, flags(), address, 0);
            let high = b.ins().ushr_imm_u(mark, 32);
            let hash = b.ins().ireduce(types::I32, high);
            if !argument {
                return (hash, K::I);
            }
            let zero = b.ins().iconst(types::I32, 0);
            (b.ins().select(object, hash, zero), K::I)
        },
    );
}

/// The mirror `object`'s class has in its cell (`CallLayout::mirror_table`), null if none
/// yet; at `slow` when the class has no cell. `checked` false reads an entry a checked read
/// found before (entries never change once set).
fn mirror_of(b: &mut FunctionBuilder, l: &CallLayout, object: Value, slow: Option<Block>) -> Value {
    let address = object_address(b, object);
    let class = b.ins().load(types::I32, flags(), address, l.header_class);
    let cell = match slow {
        Some(slow) => class_table_entry(b, l, l.mirror_table, class, slow),
        None => {
            let class = b.ins().uextend(types::I64, class);
            let offset = b.ins().ishl_imm_u(class, 3);
            let table = b.ins().iconst(types::I64, l.mirror_table as i64);
            let entry = b.ins().iadd(table, offset);
            b.ins().load(types::I64, flags(), entry, 0)
        }
    };
    b.ins().load(types::I32, flags(), cell, 0)
}

/// `Object.getClass()` at `i` (the receiver on top of `stack`): the class's mirror when it
/// exists, or the call (see [`Intrinsic::GetClass`]). Only the path taken counts the call's
/// step.
#[allow(clippy::too_many_arguments)]
fn get_class(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    via: Via,
) {
    let l = f.direct.expect("checked by the caller").layout;
    let object = stack.last().expect("the analysis checked the stack").0;
    let slow = b.create_block();
    let fast = b.create_block();
    let not_null = b.create_block();
    b.ins().brif(object, not_null, &[], slow, &[]);
    b.switch_to_block(not_null);
    let mirror = mirror_of(b, &l, object, Some(slow));
    b.ins().brif(mirror, fast, &[], slow, &[]);

    finish_header_intrinsic(
        b,
        f,
        i,
        locals,
        stack,
        after,
        via,
        [fast, slow],
        |b, object| {
            // The cell, the receiver's class's, holds the mirror still (mirrors live as long as
            // their classes), perhaps moved.
            (mirror_of(b, &l, object, None), K::R)
        },
    );
}

/// The end of an intrinsic that reads a value from its receiver (on top of `stack`) when
/// the checks before passed (at `fast`) and makes the call at `slow`: on the fast path the
/// call's step, then `read` of the receiver as it is after the step (a poll there may
/// move it, and inside inlined code the step's poll continues from a block several places
/// share, where nothing computed before it is available); both meet with the result on the
/// stack.
#[allow(clippy::too_many_arguments)]
fn finish_header_intrinsic(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    via: Via,
    [fast, slow]: [Block; 2],
    read: impl FnOnce(&mut FunctionBuilder, Value) -> (Value, K),
) {
    let done = block_with_stack(b, after);
    b.switch_to_block(fast);
    let mut fast_stack = stack.clone();
    call_step(b, f, i, locals, &mut fast_stack);
    let object = pop(&mut fast_stack);
    fast_stack.push(read(b, object));
    let args = block_args(&fast_stack);
    b.ins().jump(done, &args);

    b.switch_to_block(slow);
    b.set_cold_block(slow);
    let mut slow_stack = stack.clone();
    runtime_call(b, f, i, locals, &mut slow_stack, Some(after), via);
    let args = block_args(&slow_stack);
    b.ins().jump(done, &args);

    b.switch_to_block(done);
    *stack = stack_params(b, done, after);
}

/// The kind of the value on top of the stack.
fn stack_kind(stack: &[(Value, K)]) -> K {
    stack.last().expect("the analysis checked the stack").1
}

/// The address of `array[index]` after the null and bounds checks (which hand the frame to
/// the interpreter, to throw, when they fail).
#[allow(clippy::too_many_arguments)]
/// `aastore`: a null, or an object of the array's component class or into an `Object[]`, is
/// stored inline (with the collector's barrier); other stores, which need the full
/// assignability check, go to the runtime, as do a null array or an index out of bounds.
fn store_element_inline(
    b: &mut FunctionBuilder,
    f: &Frame,
    l: &CallLayout,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
) -> Result<(), Error> {
    let n = stack.len();
    let (array, index, value) = (stack[n - 3].0, stack[n - 2].0, stack[n - 1].0);
    let element = element_address(b, f, i, locals, stack, array, index, Op::aastore)?;
    let slow = b.create_block();
    let done = block_with_stack(b, after);
    let below = block_args(&stack[..n - 3]);
    let not_null = b.create_block();
    let store_null = b.create_block();
    b.ins().brif(value, not_null, &[], store_null, &[]);
    b.switch_to_block(store_null);
    b.ins().store(flags(), value, element, 0);
    b.ins().jump(done, &below);

    b.switch_to_block(not_null);
    let array_address = object_address(b, array);
    let array_class = b
        .ins()
        .load(types::I32, flags(), array_address, l.header_class);
    let record = type_record(b, l, array_class, slow);
    let component = b.ins().load(types::I32, flags(), record, 0);
    let value_address = object_address(b, value);
    let value_class = b
        .ins()
        .load(types::I32, flags(), value_address, l.header_class);
    let same = b.ins().icmp(IntCC::Equal, component, value_class);
    let objects = b
        .ins()
        .icmp_imm_s(IntCC::Equal, component, l.object_class as i64);
    let fits = b.ins().bor(same, objects);
    let store = b.create_block();
    let subclass = b.create_block();
    b.ins().brif(fits, store, &[], subclass, &[]);
    // An instance of a subclass of the component: the component is on the value class's
    // superclass chain, at the component's own depth (the length of its chain less one).
    // Interfaces and arrays of arrays go to the runtime.
    b.switch_to_block(subclass);
    let component_record = type_record(b, l, component, slow);
    let component_chain = b.ins().load(types::I32, flags(), component_record, 4);
    let depth = b.ins().iadd_imm_s(component_chain, -1);
    let value_record = type_record(b, l, value_class, slow);
    let value_chain = b.ins().load(types::I32, flags(), value_record, 4);
    // (Unsigned: a chain of length 0 gives no depth.)
    let deep = b.ins().icmp(IntCC::UnsignedLessThan, depth, value_chain);
    let at_depth = b.create_block();
    b.ins().brif(deep, at_depth, &[], slow, &[]);
    b.switch_to_block(at_depth);
    let depth = b.ins().uextend(types::I64, depth);
    let offset = b.ins().ishl_imm_u(depth, 2);
    let entry = b.ins().iadd(value_record, offset);
    let ancestor = b.ins().load(types::I32, flags(), entry, 8);
    let is_subclass = b.ins().icmp(IntCC::Equal, ancestor, component);
    b.ins().brif(is_subclass, store, &[], slow, &[]);
    b.switch_to_block(store);
    let address = object_address(b, array);
    let offset = b.ins().isub(element, address);
    store_reference(b, f, array, offset, value);
    b.ins().jump(done, &below);

    b.switch_to_block(slow);
    b.set_cold_block(slow);
    let mut slow_stack = stack.clone();
    runtime_call(b, f, i, locals, &mut slow_stack, Some(after), Via::Execute);
    b.ins().jump(done, &block_args(&slow_stack));

    b.switch_to_block(done);
    *stack = stack_params(b, done, after);
    Ok(())
}

/// Stores reference `value` at byte `offset` (an `i64`) of `object`, with the collector's
/// card-marking barrier: inline when the runtime gave the card table, else through
/// [`Helpers::store_reference`].
fn store_reference(b: &mut FunctionBuilder, f: &Frame, object: Value, offset: Value, value: Value) {
    let Some(DirectCalls { layout: l, .. }) = f.direct else {
        let offset = b.ins().ireduce(types::I32, offset);
        call_helper(
            b,
            f.store_sig,
            f.helpers.store_reference,
            &[f.ctx, object, offset, value],
        );
        return;
    };
    let address = object_address(b, object);
    let slot = b.ins().iadd(address, offset);
    b.ins().store(flags(), value, slot, 0);
    let card = card_of(b, &l, object, offset);
    mark_card(b, &l, card);
}

/// The card of the slot at byte `offset` (an `i64`) of `object` (a reference), by the
/// formula of `Heap::write_barrier` (`CallLayout::card_table`).
fn card_of(b: &mut FunctionBuilder, l: &CallLayout, object: Value, offset: Value) -> Value {
    let index = b.ins().uextend(types::I64, object);
    let words = b.ins().ushr_imm_u(offset, 3);
    let word = b.ins().iadd(index, words);
    b.ins().ushr_imm_u(word, l.card_shift as i64)
}

/// Marks card `card` (an index into the card table) dirty.
fn mark_card(b: &mut FunctionBuilder, l: &CallLayout, card: Value) {
    let table = b.ins().iconst(types::I64, l.card_table as i64);
    let at = b.ins().iadd(table, card);
    let dirty = b.ins().iconst(types::I8, 1);
    b.ins().store(flags(), dirty, at, 0);
}

/// The length of `array` (a reference known not to be null), read once per basic block: the
/// stores between two reads, which may alias it for Cranelift, cannot change it.
fn array_length(b: &mut FunctionBuilder, f: &Frame, array: Value) -> Value {
    if let Some(&length) = f.shared.lengths.borrow().get(&array) {
        return length;
    }
    let address = object_address(b, array);
    let length = b
        .ins()
        .load(types::I32, flags(), address, f.layout.length_offset);
    f.shared.lengths.borrow_mut().insert(array, length);
    length
}

fn element_address(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &[(Value, K)],
    array: Value,
    index: Value,
    op: Op,
) -> Result<Value, Error> {
    null_guard(b, f, array, i, locals, stack);
    let address = object_address(b, array);
    // (An index checked earlier in the basic block, as `a[i] = a[i] + 1` or a swap reads and
    // writes, needs no check again: the length never changes.)
    if f.shared.in_bounds.borrow_mut().insert((array, index)) {
        let length = array_length(b, f, array);
        // Unsigned: a negative index is out of bounds too.
        let outside = b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, index, length);
        guard(b, f, outside, i, locals, stack);
    }
    let size: i64 = match op {
        Op::laload | Op::daload | Op::lastore | Op::dastore => 8,
        Op::iaload | Op::faload | Op::aaload | Op::iastore | Op::fastore | Op::aastore => 4,
        Op::caload | Op::saload | Op::castore | Op::sastore => 2,
        Op::baload | Op::bastore => 1,
        _ => return unsupported("array element size"),
    };
    let index = b.ins().uextend(types::I64, index);
    let scaled = b.ins().imul_imm_s(index, size);
    let element = b.ins().iadd(address, scaled);
    Ok(b.ins().iadd_imm_s(element, f.layout.data_offset as i64))
}

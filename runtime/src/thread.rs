//! Per-thread VM structures: the Java stack of interpreter frames, the handle stack through
//! which Rust code keeps references alive, and the pending exception.
//!
//! Frames live on a VM-owned stack of 64-bit slots, never in Rust locals, so the collector
//! can find and update every reference in them (see `gc_roots.rs`). A long or double takes
//! two slots, as in the JVMS, so local indices map directly to slots.

use cortado_gc::{Ref, NULL};

use crate::block::ZeroedBlock;
use crate::class::MethodRef;

/// One activation on the Java stack. `repr(C)`: compiled code pushes frames itself (see
/// `FrameStack`), at the offsets `crate::framed::call_layout` gives it.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub(crate) struct Frame {
    pub method: MethodRef,
    /// Index of the current instruction in the prepared code (0 for natives).
    pub pc: u32,
    /// First slot of the locals (arguments first).
    pub bp: u32,
    /// One past the last live operand-stack slot, as of the last call out of the frame.
    pub sp: u32,
    /// The object a synchronized method locked on entry, NULL otherwise.
    pub lock: Ref,
}

/// The thread's frames, in one block allocated for the deepest stack `-Xss` allows (never
/// moved or grown, and committed by the OS only as deep as it is used), so that compiled code
/// can push and pop frames itself: its first fields are `repr(C)` and read by that code.
#[repr(C)]
pub(crate) struct FrameStack {
    base: *mut Frame,
    len: usize,
    /// The count that frames compiled code writes for its inlined calls must stay within,
    /// checked where the runtime enters compiled code (`JavaThread::max_frames`; the block
    /// has room beyond it for the records of direct calls, see `JavaThread::new`).
    compiled_limit: usize,
    /// The address one past the last stack slot an ordinary frame may use (the reserve for
    /// StackOverflowError excluded).
    slots_end: usize,
    /// The address of slot 0: a frame's `bp` is its first slot's offset from here in slots,
    /// so compiled code derives a callee's from its locals' address without reading the
    /// caller's record.
    slots_base: usize,
    storage: ZeroedBlock<std::mem::MaybeUninit<Frame>>,
}

// SAFETY: `base` points into `storage`, owned by the stack; a thread's stack moves between
// host threads only with the VM lock.
#[allow(unsafe_code)]
unsafe impl Send for FrameStack {}

impl FrameStack {
    /// Byte offsets of the frame block's address, the count, the compiled-code limit, the
    /// slots' end and base, for compiled code.
    pub(crate) const OFFSETS: [i32; 5] = [
        std::mem::offset_of!(FrameStack, base) as i32,
        std::mem::offset_of!(FrameStack, len) as i32,
        std::mem::offset_of!(FrameStack, compiled_limit) as i32,
        std::mem::offset_of!(FrameStack, slots_end) as i32,
        std::mem::offset_of!(FrameStack, slots_base) as i32,
    ];

    fn new(
        capacity: usize,
        compiled_limit: usize,
        slots: &ZeroedBlock<u64>,
        usable: usize,
    ) -> FrameStack {
        let slots_base = slots.as_ptr() as usize;
        let slots_end = slots_base + usable * 8;
        let mut storage = ZeroedBlock::new(capacity);
        FrameStack {
            base: storage.as_mut_ptr() as *mut Frame,
            len: 0,
            compiled_limit,
            slots_end,
            slots_base,
            storage,
        }
    }

    /// Pushes a frame; the caller has checked `JavaThread::has_room`, which keeps the count
    /// within the block.
    pub(crate) fn push(&mut self, frame: Frame) {
        assert!(
            self.len < self.storage.len(),
            "has_room bounds the frame count"
        );
        self.storage[self.len].write(frame);
        self.len += 1;
    }

    /// Counts `n` more frames, to be written through `DerefMut` (all of them, before anything
    /// reads them).
    pub(crate) fn grow_by(&mut self, n: usize) {
        assert!(
            self.len + n <= self.storage.len(),
            "the native stack limit bounds the frame count"
        );
        let filler = *self.last().expect("a frame below");
        for index in self.len..self.len + n {
            self.storage[index].write(filler);
        }
        self.len += n;
    }

    pub(crate) fn pop(&mut self) -> Option<Frame> {
        let top = self.last().copied()?;
        self.len -= 1;
        Some(top)
    }
}

impl std::ops::Deref for FrameStack {
    type Target = [Frame];

    fn deref(&self) -> &[Frame] {
        // SAFETY: the first `len` entries were written by `push` (or by compiled code, which
        // writes a whole frame before counting it).
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts(self.base, self.len)
        }
    }
}

impl std::ops::DerefMut for FrameStack {
    fn deref_mut(&mut self) -> &mut [Frame] {
        // SAFETY: as in `deref`; `&mut self` makes the access exclusive.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts_mut(self.base, self.len)
        }
    }
}

pub(crate) struct JavaThread {
    pub id: u64,
    pub stack: ZeroedBlock<u64>,
    pub frames: FrameStack,
    /// References held by Rust code across calls that may collect. Scoped by `HandleMark`.
    pub handles: Vec<Ref>,
    /// The exception being thrown, while a `Throw::Exception` propagates.
    pub pending_exception: Ref,
    /// What a helper of compiled code threw, until the code has ended and the runtime
    /// dispatches it (see `crate::framed`).
    pub compiled_throw: Option<crate::vm::Throw>,
    /// The `java.lang.Thread` object, once created.
    pub thread_object: Ref,
    /// What the thread waits for, as a thread dump names it (`None`: running).
    pub waiting: Option<&'static str>,
    /// Safepoint counter: the VM lock is offered to other threads every few hundred ticks.
    pub ticks: u32,
    /// Steps taken in the interpreter since the last safepoint poll (which adds them to the
    /// VM's count). Compiled code counts none: its share is what is left of the total.
    pub interpreted_steps: u64,
    /// When this thread last took the VM lock (see `threads::poll`'s time slices).
    pub slice_start: std::time::Instant,
    /// Polls since the slice's clock was last read.
    pub slice_polls: u32,
    /// The identity-hash generator (HotSpot's per-thread sequence, `identity_hash`).
    pub hash_state: crate::identity_hash::HashState,
    /// Deepest allowed frame count, from `-Xss`.
    pub max_frames: usize,
    /// Compiled code is not entered from frames deeper than this: set when a compiled call
    /// ran out of native stack, so that the interpreter alone takes that recursion to its
    /// end (re-entering compiled code at every level would make it quadratic).
    pub compiled_depth_limit: usize,
    /// The thread-local allocation buffer (emptied by every collection).
    pub allocation_buffer: cortado_gc::AllocationBuffer,
    /// Nesting of `exceptions::throw_new`, to stop runaway recursion in a broken library.
    pub creating_exceptions: u32,
    /// Nesting of dynamic constants being resolved (`condy::resolve`).
    pub resolving_constants: u32,
}

/// A position in the handle stack to return to (a handle scope).
#[derive(Debug, Clone, Copy)]
pub(crate) struct HandleMark(usize);

/// A slot in the handle stack; read it again after anything that may collect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Handle(u32);

/// Stack slots and frames kept back from ordinary calls, so that a StackOverflowError can
/// still be constructed (its constructor and `fillInStackTrace` need frames) when the stack is
/// exhausted; HotSpot's yellow zone plays this role.
pub(crate) const RESERVED_SLOTS: usize = 16 * 1024;
const RESERVED_FRAMES: usize = 256;

impl JavaThread {
    /// Whether a frame spanning up to slot `end` (exclusive) can be pushed.
    pub(crate) fn has_room(&self, end: usize) -> bool {
        let (slots, frames) = if self.creating_exceptions > 0 {
            (self.stack.len(), self.max_frames + RESERVED_FRAMES)
        } else {
            (self.stack.len() - RESERVED_SLOTS, self.max_frames)
        };
        end < slots && self.frames.len() < frames
    }

    pub(crate) fn new(id: u64, stack_slots: usize) -> JavaThread {
        let max_frames = stack_slots / 4;
        let stack = ZeroedBlock::new(stack_slots + RESERVED_SLOTS);
        // Room for every frame the count allows, each with the frames of its inlined calls
        // that compiled code may write out: direct calls between compiled methods check no
        // count (their records are written later, see `cortado_jit::FrameContext`), only
        // the native stack, which `tier::native_stack_limit` keeps to a compiled frame per
        // frame the count has room for.
        let capacity = (max_frames + RESERVED_FRAMES) * (1 + cortado_jit::MATERIALIZED_FRAMES);
        let frames = FrameStack::new(capacity, max_frames, &stack, stack_slots);
        JavaThread {
            id,
            stack,
            frames,
            handles: Vec::with_capacity(64),
            pending_exception: NULL,
            compiled_throw: None,
            thread_object: NULL,
            ticks: 0,
            interpreted_steps: 0,
            slice_start: std::time::Instant::now(),
            slice_polls: 0,
            // Started threads get theirs from the VM (`threads::start`).
            hash_state: crate::identity_hash::HashState::main_thread(),
            waiting: None,
            max_frames,
            compiled_depth_limit: usize::MAX,
            creating_exceptions: 0,
            resolving_constants: 0,
            allocation_buffer: Default::default(),
        }
    }

    pub(crate) fn handle_mark(&self) -> HandleMark {
        HandleMark(self.handles.len())
    }

    pub(crate) fn release_handles(&mut self, mark: HandleMark) {
        self.handles.truncate(mark.0);
    }

    pub(crate) fn handle(&mut self, reference: Ref) -> Handle {
        self.handles.push(reference);
        Handle(self.handles.len() as u32 - 1)
    }

    pub(crate) fn get(&self, handle: Handle) -> Ref {
        self.handles[handle.0 as usize]
    }

    /// The first free stack slot above the top frame.
    pub(crate) fn stack_top(&self) -> usize {
        self.frames.last().map_or(0, |f| f.sp as usize)
    }
}

//! Per-thread VM structures: the Java stack of interpreter frames, the handle stack through
//! which Rust code keeps references alive, and the pending exception.
//!
//! Frames live on a VM-owned stack of 64-bit slots, never in Rust locals, so the collector
//! can find and update every reference in them (see `gc_roots.rs`). A long or double takes
//! two slots, as in the JVMS, so local indices map directly to slots.

use std::sync::Arc;

use cortado_gc::{Ref, NULL};

use crate::class::Method;

/// One activation on the Java stack.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub method: Arc<Method>,
    /// Index of the current instruction in the prepared code (0 for natives).
    pub pc: u32,
    /// First slot of the locals (arguments first).
    pub bp: u32,
    /// One past the last live operand-stack slot, as of the last call out of the frame.
    pub sp: u32,
    /// The object a synchronized method locked on entry, NULL otherwise.
    pub lock: Ref,
}

pub(crate) struct JavaThread {
    pub id: u64,
    pub stack: Vec<u64>,
    pub frames: Vec<Frame>,
    /// References held by Rust code across calls that may collect. Scoped by `HandleMark`.
    pub handles: Vec<Ref>,
    /// The exception being thrown, while a `Throw::Exception` propagates.
    pub pending_exception: Ref,
    /// The `java.lang.Thread` object, once created.
    pub thread_object: Ref,
    /// What the thread waits for, as a thread dump names it (`None`: running).
    pub waiting: Option<&'static str>,
    /// Safepoint counter: the VM lock is offered to other threads every few hundred ticks.
    pub ticks: u32,
    /// Steps taken in compiled code since the last safepoint poll (which adds them to the
    /// VM's count).
    pub compiled_steps: u64,
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
        JavaThread {
            id,
            stack: vec![0; stack_slots + RESERVED_SLOTS],
            frames: Vec::with_capacity(256),
            handles: Vec::with_capacity(64),
            pending_exception: NULL,
            thread_object: NULL,
            ticks: 0,
            compiled_steps: 0,
            waiting: None,
            max_frames: stack_slots / 4,
            compiled_depth_limit: usize::MAX,
            creating_exceptions: 0,
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

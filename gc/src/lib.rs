//! Cortado's heap: object memory, allocation and a precise, moving, generational collector.
//!
//! This crate knows nothing of Java classes. The runtime tells it, through [`ObjectModel`],
//! how big an object is and where its references are, and through [`Roots`] where the roots
//! are. Objects start with the header described in [`header`].
//!
//! The heap is one block of words laid out as `[old generation][eden][survivor 0][survivor 1]`
//! (see [`heap`]). Young collections copy live young objects into a survivor space or promote
//! them into the old generation; full collections mark the whole heap and slide every live
//! object towards the start of the old generation (mark-compact, LISP-2 style). A card table
//! records old objects written since the last young collection: every store of a reference
//! into the heap goes through [`Heap::write_ref`] (or marks the card with
//! [`Heap::write_barrier`]).
//!
//! **References are compressed and relative**: a [`Ref`] is a 32-bit index of 8-byte words
//! from the start of the heap. Nothing stores a machine address in the heap, so a heap can be
//! copied without fixing up pointers.

mod error;
mod full;
pub mod header;
pub mod heap;
mod verify;
mod young;

pub use error::{Error, Result};
pub use heap::{AllocationBuffer, CollectionKind, GcStats, Heap, HeapConfig, CARD_SHIFT};

/// A compressed reference: word index from the start of the heap. `0` is null.
pub type Ref = u32;

/// The null reference.
pub const NULL: Ref = 0;

/// How strongly a `java.lang.ref.Reference` holds its referent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Cleared only when memory runs out (a last collection before OutOfMemoryError).
    Soft,
    /// Cleared as soon as the referent is otherwise unreachable.
    Weak,
    /// As weak; the referent is never handed out again anyway.
    Phantom,
}

/// What the collector asks of the runtime about objects.
/// The collector reads the class index and the 32-bit word at offset 12 (an array's length,
/// or the first field of an instance) from the header and hands them over; the runtime needs
/// nothing else to answer.
pub trait ObjectModel {
    /// Size in bytes (a multiple of 8) of an object.
    fn size_of(&self, class_index: u32, length_word: u32) -> usize;
    /// Calls `visit` with the byte offset, within the object, of every strong reference field
    /// (a reference object's referent is not one of them; see [`ObjectModel::referent`]).
    fn reference_offsets(&self, class_index: u32, length_word: u32, visit: &mut dyn FnMut(usize));
    /// Whether `class_index` names a class objects can have (for the heap verifier).
    fn is_valid_class(&self, _class_index: u32) -> bool {
        true
    }
    /// For instances of reference classes (`java.lang.ref.Reference` and subclasses): the byte
    /// offset of the referent field and its strength.
    fn referent(&self, _class_index: u32) -> Option<(usize, Strength)> {
        None
    }
}

/// The root set of one collection: every reference slot outside the heap.
pub trait Roots {
    /// Calls `visit` on every root slot. A slot may be visited more than once: forwarding a
    /// reference that already points to its new place leaves it unchanged.
    fn visit(&mut self, visit: &mut dyn FnMut(&mut Ref));
}

//! Cortado's heap: object memory, allocation and a precise, moving collector.
//!
//! This crate knows nothing of Java classes. The runtime tells it, through [`ObjectModel`],
//! how big an object is and where its references are, and through [`Roots`] where the roots
//! are. Objects start with the header described in [`header`].
//!
//! Today's collector is a semi-space copying collector (Cheney). It moves every live object at
//! every collection, so no code can get used to objects staying put; the generational
//! collector replaces it behind the same interface.
//!
//! **References are compressed and relative**: a [`Ref`] is a 32-bit index of 8-byte words
//! from the start of the space that holds the object, with the top bit telling which of the two
//! semi-spaces that is. Nothing stores a machine address in the heap, so a heap can be copied
//! or grown without fixing up pointers, and a reference into the space a collection just
//! emptied fails the access check instead of reading freed memory.

mod error;
pub mod header;
mod space;

pub use error::{Error, Result};
pub use space::{AllocationBuffer, GcStats, Heap, HeapConfig};

/// A compressed reference: word index into a semi-space, tagged by [`SPACE_TAG`]. `0` is null.
pub type Ref = u32;

/// The null reference.
pub const NULL: Ref = 0;

/// Set in every reference into semi-space 1; clear for semi-space 0.
pub const SPACE_TAG: u32 = 1 << 31;

/// What the collector asks of the runtime about objects.
/// The collector reads the class index and the 32-bit word at offset 12 (an array's length,
/// or the first field of an instance) from the header and hands them over; the runtime needs
/// nothing else to answer.
pub trait ObjectModel {
    /// Size in bytes (a multiple of 8) of an object.
    fn size_of(&self, class_index: u32, length_word: u32) -> usize;
    /// Calls `visit` with the byte offset, within the object, of every reference field.
    fn reference_offsets(&self, class_index: u32, length_word: u32, visit: &mut dyn FnMut(usize));
}

/// The root set of one collection: every reference slot outside the heap.
pub trait Roots {
    /// Calls `visit` on every root slot. A slot may be visited more than once: forwarding a
    /// reference that already points into the new space leaves it unchanged.
    fn visit(&mut self, visit: &mut dyn FnMut(&mut Ref));
}

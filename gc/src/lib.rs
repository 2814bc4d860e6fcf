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
//! records the parts of the old generation written since the last young collection (the card
//! of each reference slot stored to): every store of a reference into the heap goes through
//! [`Heap::write_ref`] (or marks the slot's card with [`Heap::write_barrier`]).
//!
//! **References are compressed and relative**: a [`Ref`] is a 32-bit index of 8-byte words
//! from the start of the heap. Nothing stores a machine address in the heap, so a heap can be
//! copied without fixing up pointers.

mod classes;
mod error;
mod full;
pub mod header;
pub mod heap;
mod verify;
mod young;

pub use error::{Error, Result};
pub use heap::{
    AllocationBuffer, CollectionKind, GcStats, Heap, HeapConfig, SpaceUsage, CARD_SHIFT,
};

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

/// How the objects of one class are laid out, as the runtime describes them.
#[derive(Debug, Clone, Copy)]
pub enum Layout<'a> {
    /// An instance of `size` bytes (a multiple of 8) with strong references at the byte offsets
    /// `references`; for reference objects (`java.lang.ref`), the referent's offset and
    /// strength (the referent is not among `references`).
    Instance {
        size: usize,
        references: &'a [u32],
        referent: Option<(usize, Strength)>,
    },
    /// An array of references: length at offset 12, elements of 4 bytes from 16.
    ReferenceArray,
    /// An array of primitives of `element_size` bytes each.
    PrimitiveArray { element_size: usize },
}

impl Layout<'_> {
    /// Size in words of an object whose header's word at offset 12 is `length_word`.
    #[inline]
    pub fn words(&self, length_word: u32) -> usize {
        let bytes = match *self {
            Layout::Instance { size, .. } => size,
            Layout::ReferenceArray => header::ARRAY_DATA_OFFSET + 4 * length_word as usize,
            Layout::PrimitiveArray { element_size } => {
                header::ARRAY_DATA_OFFSET + element_size * length_word as usize
            }
        };
        bytes.div_ceil(8).max(header::MIN_OBJECT_SIZE / 8)
    }

    /// Calls `visit` with the byte offset of every strong reference field.
    #[inline]
    pub fn for_each_reference(&self, length_word: u32, mut visit: impl FnMut(usize)) {
        match *self {
            Layout::Instance { references, .. } => {
                for &offset in references {
                    visit(offset as usize);
                }
            }
            Layout::ReferenceArray => {
                for i in 0..length_word as usize {
                    visit(header::ARRAY_DATA_OFFSET + 4 * i);
                }
            }
            Layout::PrimitiveArray { .. } => {}
        }
    }

    /// Calls `visit` with the byte offset of every strong reference field that lies in
    /// `[from, to)` (byte offsets from the object's start): for a reference array, only the
    /// elements there are visited, without looking at the others.
    #[inline]
    pub fn for_each_reference_in(
        &self,
        length_word: u32,
        from: usize,
        to: usize,
        mut visit: impl FnMut(usize),
    ) {
        match *self {
            Layout::Instance { references, .. } => {
                for &offset in references {
                    if (from..to).contains(&(offset as usize)) {
                        visit(offset as usize);
                    }
                }
            }
            Layout::ReferenceArray => {
                let data = header::ARRAY_DATA_OFFSET;
                let first = from.saturating_sub(data).div_ceil(4);
                let last = (to.saturating_sub(data).div_ceil(4)).min(length_word as usize);
                for i in first..last {
                    visit(data + 4 * i);
                }
            }
            Layout::PrimitiveArray { .. } => {}
        }
    }

    /// The referent's offset and strength, for reference objects.
    #[inline]
    pub fn referent(&self) -> Option<(usize, Strength)> {
        match *self {
            Layout::Instance { referent, .. } => referent,
            _ => None,
        }
    }
}

/// What the collector asks of the runtime about objects: the layout of a class, by the class
/// index in the header. The collector reads the word at offset 12 (an array's length) itself.
pub trait ObjectModel {
    fn layout(&self, class_index: u32) -> Layout<'_>;
    /// How many class indices there are (all below it); lets the collector cache sizes.
    fn class_count(&self) -> usize {
        0
    }
    /// Whether `class_index` names a class objects can have (for the heap verifier).
    fn is_valid_class(&self, _class_index: u32) -> bool {
        true
    }
}

/// The root set of one collection: every reference slot outside the heap.
pub trait Roots {
    /// Calls `visit` on every root slot. A slot may be visited more than once: forwarding a
    /// reference that already points to its new place leaves it unchanged.
    fn visit(&mut self, visit: &mut dyn FnMut(&mut Ref));
}

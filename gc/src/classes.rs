//! The collector's cache of what its loops need to know of each class: the object size and,
//! for ordinary instances with few references, the reference slots inline. Classes never
//! change, so an entry, once filled (lazily, from the runtime's [`Layout`] the first time a
//! collection meets an object of the class), stays true for the heap's life. The hot loops
//! (copying, marking, updating) then read one small record instead of calling into the
//! runtime for every object.

use std::cell::Cell;

use crate::header;
use crate::heap::Heap;
use crate::{Layout, ObjectModel, Ref};

/// Most reference slots an instance may have to be scanned from its cache entry.
pub(crate) const INLINE_SLOTS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Kind {
    /// Not cached yet.
    #[default]
    Unknown,
    /// An instance whose strong references are the cached slots, and no referent.
    Instance,
    /// Any other instance (a reference object, or one with many or odd reference slots):
    /// size cached, references through the runtime's layout.
    OtherInstance,
    ReferenceArray,
    PrimitiveArray,
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ClassInfo {
    pub kind: Kind,
    /// How many of `slots` are used.
    pub count: u8,
    /// The reference fields of an `Instance`, in 4-byte units from the object's start.
    pub slots: [u16; INLINE_SLOTS],
    /// An instance's size in words, an array's element size in bytes.
    pub size: u32,
}

impl ClassInfo {
    fn of(layout: Layout<'_>) -> ClassInfo {
        match layout {
            Layout::Instance {
                size,
                references,
                referent,
            } => {
                let words = size.div_ceil(8).max(header::MIN_OBJECT_SIZE / 8) as u32;
                let mut info = ClassInfo {
                    kind: Kind::OtherInstance,
                    size: words,
                    ..ClassInfo::default()
                };
                let inline = referent.is_none()
                    && references.len() <= INLINE_SLOTS
                    && references
                        .iter()
                        .all(|&offset| offset % 4 == 0 && offset / 4 <= u16::MAX as u32);
                if inline {
                    info.kind = Kind::Instance;
                    info.count = references.len() as u8;
                    for (slot, &offset) in info.slots.iter_mut().zip(references) {
                        *slot = (offset / 4) as u16;
                    }
                }
                info
            }
            Layout::ReferenceArray => ClassInfo {
                kind: Kind::ReferenceArray,
                size: 4,
                ..ClassInfo::default()
            },
            Layout::PrimitiveArray { element_size } => ClassInfo {
                kind: Kind::PrimitiveArray,
                size: element_size as u32,
                ..ClassInfo::default()
            },
        }
    }

    /// Size in words of an object of this class whose word at offset 12 is `length_word`.
    #[inline]
    pub fn words(&self, length_word: u32) -> usize {
        match self.kind {
            Kind::ReferenceArray | Kind::PrimitiveArray => {
                let bytes = header::ARRAY_DATA_OFFSET + self.size as usize * length_word as usize;
                bytes.div_ceil(8).max(header::MIN_OBJECT_SIZE / 8)
            }
            _ => self.size as usize,
        }
    }
}

/// The cache, by class index.
#[derive(Default)]
pub(crate) struct ClassCache {
    entries: Vec<Cell<ClassInfo>>,
}

impl ClassCache {
    /// Makes room for `count` class indices (called at the start of each collection).
    pub fn reserve(&mut self, count: usize) {
        if self.entries.len() < count {
            self.entries.resize(count, Cell::new(ClassInfo::default()));
        }
    }

    #[inline]
    pub fn get(&self, model: &dyn ObjectModel, class_index: u32) -> ClassInfo {
        match self.entries.get(class_index as usize) {
            Some(entry) => {
                let info = entry.get();
                if info.kind != Kind::Unknown {
                    return info;
                }
                let info = ClassInfo::of(model.layout(class_index));
                entry.set(info);
                info
            }
            // A class the cache was not sized for (outside a collection): not cached.
            None => ClassInfo::of(model.layout(class_index)),
        }
    }
}

impl Heap {
    /// The cached facts of the class of the object at `index`, and the object's header word
    /// at offset 8 (class index and, for arrays, length).
    #[inline]
    pub(crate) fn class_info(&self, model: &dyn ObjectModel, index: usize) -> (ClassInfo, u64) {
        let word = self.words[index + 1];
        (self.class_cache.get(model, word as u32), word)
    }

    /// The heap as 4-byte slots: slot `2 * index + offset / 4` is the reference field at
    /// byte `offset` of the object at word `index`.
    #[inline]
    pub(crate) fn slots(&self) -> &[Ref] {
        let len = self.words.len() * 2;
        // SAFETY: a Vec<u64> is a contiguous, initialized allocation of 2 * len u32s, aligned
        // for u64 and so for u32; every bit pattern is a valid u32.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts(self.words.as_ptr() as *const Ref, len)
        }
    }

    #[inline]
    pub(crate) fn slots_mut(&mut self) -> &mut [Ref] {
        let len = self.words.len() * 2;
        // SAFETY: as in `slots`, and the &mut self borrow makes the view unique.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts_mut(self.words.as_mut_ptr() as *mut Ref, len)
        }
    }
}

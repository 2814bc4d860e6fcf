//! The semi-space heap: bump allocation in the current space, Cheney copying into the other.
//!
//! Invariants:
//! - Words 0 and 1 of each space are never allocated, so no object has index 0 or 1 and the
//!   null reference fails every access check.
//! - Every reference in a live object or a root carries the current space's tag after a
//!   collection; the access check rejects any other.
//! - Memory of a new space comes zeroed from the allocator, so new objects need no clearing.

use crate::error::{Error, Result};
use crate::header::{self, STATE_FORWARDED, STATE_MASK};
use crate::{ObjectModel, Ref, Roots, SPACE_TAG};

const RESERVED_WORDS: usize = 2;

/// Heap sizes and debugging modes.
#[derive(Debug, Clone)]
pub struct HeapConfig {
    /// Most bytes live objects may take (`-Xmx`).
    pub max_bytes: usize,
    /// Size of the first space (`-Xms`).
    pub initial_bytes: usize,
    /// Collect after every this many allocated bytes (0: at every allocation).
    pub stress_interval: Option<usize>,
    /// Fill the emptied space with a poison pattern and keep it until the next collection.
    pub poison: bool,
}

impl Default for HeapConfig {
    fn default() -> Self {
        HeapConfig {
            max_bytes: 1 << 30,
            initial_bytes: 8 << 20,
            stress_interval: None,
            poison: false,
        }
    }
}

/// Counters for `-Xlog:gc`-style reporting and the embedding API.
#[derive(Debug, Clone, Copy, Default)]
pub struct GcStats {
    pub collections: u64,
    pub allocated_bytes: u64,
    pub total_pause: std::time::Duration,
    pub last_live_bytes: usize,
}

/// A thread's allocation buffer (TLAB): a range of the current space that only its thread
/// allocates from, without touching shared state. Emptied by every collection.
#[derive(Debug, Clone, Copy, Default)]
pub struct AllocationBuffer {
    /// Next free word.
    pub top: usize,
    /// One past the last word.
    pub end: usize,
    /// The collection count when the buffer was handed out.
    pub epoch: u64,
}

pub struct Heap {
    space: Vec<u64>,
    tag: u32,
    /// First free word of `space`.
    top: usize,
    poisoned: Vec<u64>,
    config: HeapConfig,
    bytes_since_collection: usize,
    collection_due: bool,
    stats: GcStats,
}

const POISON: u64 = 0xDEAD_BEEF_DEAD_BEEF;

impl Heap {
    pub fn new(config: HeapConfig) -> Heap {
        let initial = config.initial_bytes.min(config.max_bytes).max(64 * 1024);
        Heap {
            space: vec![0; initial / 8],
            tag: 0,
            top: RESERVED_WORDS,
            poisoned: Vec::new(),
            config,
            bytes_since_collection: 0,
            collection_due: false,
            stats: GcStats::default(),
        }
    }

    pub fn config(&self) -> &HeapConfig {
        &self.config
    }

    pub fn stats(&self) -> GcStats {
        self.stats
    }

    /// Bytes currently allocated (live or not yet collected).
    pub fn used_bytes(&self) -> usize {
        self.top * 8
    }

    /// Where compiled code finds objects: reference `r` starts at byte `base + (r ^ tag) * 8`.
    /// Valid until the next collection (the only time the space changes).
    pub fn raw_layout(&mut self) -> (usize, u32) {
        (self.space.as_mut_ptr() as usize, self.tag)
    }

    /// Bytes of the current space.
    pub fn capacity_bytes(&self) -> usize {
        self.space.len() * 8
    }

    /// Allocates `bytes` (rounded up to 8) of zeroed memory with an initial header, or `None`
    /// when a collection must run first.
    pub fn try_allocate(&mut self, bytes: usize, class_index: u32) -> Option<Ref> {
        let words = bytes.div_ceil(8).max(header::MIN_OBJECT_SIZE / 8);
        if self.collection_due || self.top + words > self.space.len() {
            return None;
        }
        if let Some(interval) = self.config.stress_interval {
            // The first allocation after a collection always succeeds, so even an interval
            // of 0 makes progress.
            if self.bytes_since_collection > 0 && self.bytes_since_collection + words * 8 > interval
            {
                self.collection_due = true;
                return None;
            }
        }
        let index = self.top;
        self.top += words;
        self.bytes_since_collection += words * 8;
        self.stats.allocated_bytes += words as u64 * 8;
        self.space[index] = header::INITIAL_MARK;
        self.space[index + 1] = class_index as u64;
        Some(index as u32 | self.tag)
    }

    /// Reserves a thread-local allocation buffer of `bytes` in the current space, or `None`
    /// when a collection must run first. Stress modes get no buffers, so that they see every
    /// allocation.
    pub fn try_allocate_buffer(&mut self, bytes: usize) -> Option<AllocationBuffer> {
        let words = bytes.div_ceil(8);
        if self.collection_due
            || self.config.stress_interval.is_some()
            || self.top + words > self.space.len()
        {
            return None;
        }
        let start = self.top;
        self.top += words;
        self.bytes_since_collection += words * 8;
        self.stats.allocated_bytes += words as u64 * 8;
        Some(AllocationBuffer {
            top: start,
            end: self.top,
            epoch: self.stats.collections,
        })
    }

    /// Bump-allocates in a thread's buffer: the fast path. `None` when the buffer is full or
    /// belongs to a space a collection has emptied since.
    #[inline]
    pub fn allocate_in(
        &mut self,
        buffer: &mut AllocationBuffer,
        bytes: usize,
        class_index: u32,
    ) -> Option<Ref> {
        let words = bytes.div_ceil(8).max(header::MIN_OBJECT_SIZE / 8);
        if buffer.epoch != self.stats.collections || buffer.top + words > buffer.end {
            return None;
        }
        let index = buffer.top;
        buffer.top += words;
        self.space[index] = header::INITIAL_MARK;
        self.space[index + 1] = class_index as u64;
        Some(index as u32 | self.tag)
    }

    /// Whether `reference` points at an allocated object of the current space.
    pub fn is_valid(&self, reference: Ref) -> bool {
        let index = (reference ^ self.tag) as usize;
        (RESERVED_WORDS..self.top).contains(&index)
    }

    #[inline]
    fn byte_index(&self, reference: Ref, offset: usize, size: usize) -> usize {
        let byte = ((reference ^ self.tag) as usize) * 8 + offset;
        // An invalid reference here is a VM bug or unverified bytecode: stop before touching
        // memory outside the heap.
        assert!(
            byte >= RESERVED_WORDS * 8 && byte + size <= self.top * 8,
            "invalid heap access: reference {reference:#x} offset {offset}"
        );
        byte
    }

    #[inline]
    fn bytes(&self) -> &[u8] {
        let len = self.space.len() * 8;
        // SAFETY: a Vec<u64> is a contiguous, initialized allocation of len bytes; u8 has
        // alignment 1 and every bit pattern is a valid u8.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts(self.space.as_ptr() as *const u8, len)
        }
    }

    #[inline]
    fn bytes_mut(&mut self) -> &mut [u8] {
        let len = self.space.len() * 8;
        // SAFETY: as in `bytes`, and the &mut self borrow makes the view unique.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts_mut(self.space.as_mut_ptr() as *mut u8, len)
        }
    }

    #[inline]
    pub fn read<const N: usize>(&self, reference: Ref, offset: usize) -> [u8; N] {
        let at = self.byte_index(reference, offset, N);
        let mut out = [0; N];
        out.copy_from_slice(&self.bytes()[at..at + N]);
        out
    }

    #[inline]
    pub fn write<const N: usize>(&mut self, reference: Ref, offset: usize, value: [u8; N]) {
        let at = self.byte_index(reference, offset, N);
        self.bytes_mut()[at..at + N].copy_from_slice(&value);
    }

    #[inline]
    pub fn read_u32(&self, reference: Ref, offset: usize) -> u32 {
        u32::from_le_bytes(self.read(reference, offset))
    }

    #[inline]
    pub fn write_u32(&mut self, reference: Ref, offset: usize, value: u32) {
        self.write(reference, offset, value.to_le_bytes())
    }

    #[inline]
    pub fn read_u64(&self, reference: Ref, offset: usize) -> u64 {
        u64::from_le_bytes(self.read(reference, offset))
    }

    #[inline]
    pub fn write_u64(&mut self, reference: Ref, offset: usize, value: u64) {
        self.write(reference, offset, value.to_le_bytes())
    }

    /// A byte range of one object, for bulk copies (arraycopy, strings).
    pub fn slice(&self, reference: Ref, offset: usize, length: usize) -> &[u8] {
        let at = self.byte_index(reference, offset, length);
        &self.bytes()[at..at + length]
    }

    pub fn slice_mut(&mut self, reference: Ref, offset: usize, length: usize) -> &mut [u8] {
        let at = self.byte_index(reference, offset, length);
        &mut self.bytes_mut()[at..at + length]
    }

    pub fn class_index(&self, reference: Ref) -> u32 {
        self.read_u32(reference, header::CLASS_OFFSET)
    }

    pub fn mark(&self, reference: Ref) -> u64 {
        self.read_u64(reference, header::MARK_OFFSET)
    }

    pub fn set_mark(&mut self, reference: Ref, mark: u64) {
        self.write_u64(reference, header::MARK_OFFSET, mark)
    }

    /// Copies every object reachable from `roots` into a new space, then makes sure at least
    /// `requested_bytes` are free. Fails only when live data plus the request exceed the limit.
    pub fn collect(
        &mut self,
        model: &dyn ObjectModel,
        roots: &mut dyn Roots,
        requested_bytes: usize,
    ) -> Result<()> {
        let started = std::time::Instant::now();
        let requested_words = requested_bytes.div_ceil(8).max(2);
        let mut copier = Copier {
            from: std::mem::take(&mut self.space),
            from_tag: self.tag,
            from_top: self.top,
            to: Vec::new(),
            to_tag: self.tag ^ SPACE_TAG,
            to_top: RESERVED_WORDS,
            model,
        };
        // The new space can never need more than the old one held.
        copier.to = vec![0; copier.from.len()];
        roots.visit(&mut |slot| copier.forward(slot));
        copier.scan();
        let live_words = copier.to_top;
        let Copier {
            from,
            to,
            to_tag,
            to_top,
            ..
        } = copier;
        self.space = to;
        self.tag = to_tag;
        self.top = to_top;
        if self.config.poison {
            let mut from = from;
            from.fill(POISON);
            self.poisoned = from;
        } else {
            drop(from);
        }
        self.collection_due = false;
        self.bytes_since_collection = 0;
        self.stats.collections += 1;
        self.stats.last_live_bytes = live_words * 8;
        let result = self.ensure_room(live_words, requested_words);
        self.stats.total_pause += started.elapsed();
        result
    }

    /// Grows the space so that the request fits and the heap stays at most half full, within
    /// the limit. Growing copies the words as they are: references are space-relative.
    fn ensure_room(&mut self, live_words: usize, requested_words: usize) -> Result<()> {
        let max_words = self.config.max_bytes / 8;
        let needed = live_words + requested_words;
        if needed > max_words {
            return Err(if requested_words > max_words {
                Error::TooLarge
            } else {
                Error::OutOfMemory
            });
        }
        let wanted = (needed * 2).max(self.space.len()).min(max_words);
        if needed > self.space.len()
            || (wanted > self.space.len() && live_words * 2 > self.space.len())
        {
            self.space.resize(wanted, 0);
        }
        Ok(())
    }
}

struct Copier<'m> {
    from: Vec<u64>,
    from_tag: u32,
    from_top: usize,
    to: Vec<u64>,
    to_tag: u32,
    to_top: usize,
    model: &'m dyn ObjectModel,
}

impl Copier<'_> {
    fn forward(&mut self, slot: &mut Ref) {
        let reference = *slot;
        if reference == crate::NULL || reference & SPACE_TAG == self.to_tag {
            return; // null, or already forwarded through another visit of this slot
        }
        let index = (reference ^ self.from_tag) as usize;
        assert!(
            (RESERVED_WORDS..self.from_top).contains(&index),
            "GC found an invalid reference {reference:#x}"
        );
        let mark = self.from[index];
        if mark & STATE_MASK == STATE_FORWARDED {
            *slot = (mark >> 32) as u32;
            return;
        }
        let class_index = self.from[index + 1] as u32;
        let length_word = (self.from[index + 1] >> 32) as u32;
        let words = self
            .model
            .size_of(class_index, length_word)
            .div_ceil(8)
            .max(2);
        let new_index = self.to_top;
        self.to[new_index..new_index + words].copy_from_slice(&self.from[index..index + words]);
        self.to_top += words;
        let new_reference = new_index as u32 | self.to_tag;
        self.from[index] = (new_reference as u64) << 32 | STATE_FORWARDED;
        *slot = new_reference;
    }

    /// Cheney's scan: the to-space between `scan` and `to_top` is the work queue.
    fn scan(&mut self) {
        let mut scan = RESERVED_WORDS;
        let mut offsets = Vec::new();
        while scan < self.to_top {
            let class_index = self.to[scan + 1] as u32;
            let length_word = (self.to[scan + 1] >> 32) as u32;
            let words = self
                .model
                .size_of(class_index, length_word)
                .div_ceil(8)
                .max(2);
            offsets.clear();
            self.model
                .reference_offsets(class_index, length_word, &mut |offset| offsets.push(offset));
            for &offset in &offsets {
                let byte = scan * 8 + offset;
                let word = byte / 8;
                let shift = (byte % 8) * 8;
                let mut reference = (self.to[word] >> shift) as u32;
                self.forward(&mut reference);
                self.to[word] =
                    (self.to[word] & !(0xFFFF_FFFFu64 << shift)) | ((reference as u64) << shift);
            }
            scan += words;
        }
    }
}

#[cfg(test)]
mod tests;

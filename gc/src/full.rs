//! The full collection: mark-compact over the whole heap (LISP-2, as HotSpot Serial's).
//!
//! 1. Mark every object reachable from the roots: one bit per heap word in a side bitmap, set
//!    at the object's first word. Later phases visit only the set bits, so dead objects are
//!    never touched again (nor read to learn their size).
//! 2. Clear the referents of reference objects that nothing else marked.
//! 3. Give every marked object its new place, sliding them in address order to the start of
//!    the old generation, young ones included: the four spaces are sources in address order
//!    and the destination is one range from the old generation's start, which may run past
//!    its end into the young generation's range. The new place goes into the mark word's
//!    upper half; the few objects whose identity hash lives there have their mark word kept
//!    aside meanwhile.
//! 4. Update every reference (roots and fields of marked objects) to the new places.
//! 5. Move the objects, lowest first. A new place is never above the old one: no object is
//!    overwritten before it moved, and every object finds a place. The young generation is
//!    then empty, so the generations can be resized ([`Heap::size_generations`]: the old
//!    generation's end, where the young generation starts, moves).
//!
//! The time of each phase is kept for `-Xlog:gc+phases` ([`Heap::take_phase_times`]).

use std::time::{Duration, Instant};

use crate::classes::Kind;
use crate::header::HASHED_BIT;
use crate::heap::{Heap, Space, CARD_SHIFT, CARD_WORDS, CLEAN, NO_START, OLD_START};
use crate::{ObjectModel, Ref, Roots, Strength, NULL};

/// How many objects popped from the mark stack wait, prefetched, before they are scanned.
const MARK_PREFETCH: usize = 32;

/// How far ahead (in words) the walks over the marked objects in address order prefetch.
const SEQUENTIAL_PREFETCH: usize = 256;

/// How many marked objects ahead of the pointer update their referents are prefetched.
const ADJUST_PREFETCH: usize = 8;

/// The mark bitmap: one bit per heap word, set for the first word of each marked object.
#[derive(Default)]
pub(crate) struct MarkBitmap {
    bits: Vec<u64>,
}

impl MarkBitmap {
    /// Sizes the bitmap for `words` heap words. It is all clear between collections (pages
    /// of it that were never marked cost no memory).
    fn prepare(&mut self, words: usize) {
        let len = words.div_ceil(64);
        if self.bits.len() != len {
            self.bits = vec![0; len];
        }
    }

    /// Clears the bits of `[start, end)` (and possibly of neighbours in the same bitmap
    /// words, which are clear or being cleared too).
    fn clear(&mut self, start: usize, end: usize) {
        if start < end {
            self.bits[start / 64..end.div_ceil(64)].fill(0);
        }
    }

    #[inline]
    fn is_marked(&self, index: usize) -> bool {
        self.bits[index / 64] & (1 << (index % 64)) != 0
    }

    /// Sets the bit of `index`; `true` when it was clear.
    #[inline]
    fn mark(&mut self, index: usize) -> bool {
        let word = &mut self.bits[index / 64];
        let bit = 1 << (index % 64);
        let clear = *word & bit == 0;
        *word |= bit;
        clear
    }

    /// The marked indices in `[start, end)`, in address order.
    #[inline]
    fn marked_in(&self, start: usize, end: usize) -> MarkedIter<'_> {
        let first = start / 64;
        let current = if start < end {
            self.bits[first] & (!0u64 << (start % 64))
        } else {
            0
        };
        MarkedIter {
            bits: &self.bits,
            word: first,
            current,
            end,
        }
    }
}

/// Iterates over set bits of the bitmap below `end`. Reads each bitmap word when it reaches
/// it, so the caller may not change the bitmap meanwhile (it does not).
struct MarkedIter<'a> {
    bits: &'a [u64],
    word: usize,
    current: u64,
    end: usize,
}

impl Iterator for MarkedIter<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        loop {
            if self.current != 0 {
                let index = self.word * 64 + self.current.trailing_zeros() as usize;
                if index >= self.end {
                    return None;
                }
                self.current &= self.current - 1;
                return Some(index);
            }
            self.word += 1;
            if self.word * 64 >= self.end {
                return None;
            }
            self.current = self.bits[self.word];
        }
    }
}

impl Heap {
    pub(crate) fn mark_compact(&mut self, model: &dyn ObjectModel, roots: &mut dyn Roots) {
        let clear_soft = std::mem::take(&mut self.clear_soft);
        let mut phases = Phases::new();
        let mut bitmap = std::mem::take(&mut self.mark_bitmap);
        bitmap.prepare(self.words.len());
        let mut stack = std::mem::take(&mut self.mark_stack);
        stack.clear();
        let mut root_values: Vec<Ref> = Vec::new();
        roots.visit(&mut |slot| {
            root_values.push(*slot);
            self.mark_object(*slot, &mut bitmap, &mut stack);
        });
        // References still waiting to be enqueued stay alive.
        for i in 0..self.cleared.len() {
            self.mark_object(self.cleared[i], &mut bitmap, &mut stack);
        }
        let mut discovered = Vec::new();
        // Objects popped from the stack wait in a small ring, their headers prefetched,
        // before they are scanned: the misses on the objects' headers overlap instead of
        // each stalling the scan.
        let mut ring = [0u32; MARK_PREFETCH];
        let (mut ring_start, mut ring_len) = (0, 0);
        loop {
            while ring_len < MARK_PREFETCH {
                let Some(index) = stack.pop() else { break };
                self.prefetch(index as usize);
                ring[(ring_start + ring_len) % MARK_PREFETCH] = index;
                ring_len += 1;
            }
            if ring_len == 0 {
                break;
            }
            let index = ring[ring_start] as usize;
            ring_start = (ring_start + 1) % MARK_PREFETCH;
            ring_len -= 1;
            let (info, word) = self.class_info(model, index);
            match info.kind {
                Kind::Instance => {
                    for &slot in &info.slots[..info.count as usize] {
                        let child = self.slots()[2 * index + slot as usize];
                        self.mark_object(child, &mut bitmap, &mut stack);
                    }
                    continue;
                }
                Kind::PrimitiveArray => continue,
                _ => {}
            }
            let layout = model.layout(word as u32);
            let length_word = (word >> 32) as u32;
            layout.for_each_reference(length_word, |offset| {
                let child = self.field(index, offset);
                self.mark_object(child, &mut bitmap, &mut stack);
            });
            if let Some((offset, strength)) = layout.referent() {
                if strength == Strength::Soft && !clear_soft {
                    let child = self.field(index, offset);
                    self.mark_object(child, &mut bitmap, &mut stack);
                } else {
                    discovered.push(index);
                }
            }
        }
        self.mark_stack = stack;
        phases.end("Phase 1: Mark live objects");
        // Sources and destinations are the same four spaces in address order: an object
        // slides to a place at or below its own, and every object finds one.
        let (low, high) = if self.from.start < self.to.start {
            (self.from, self.to)
        } else {
            (self.to, self.from)
        };
        let sources = [self.old, self.eden, low, high];
        // Referents nothing marked are cleared; their reference objects are enqueued.
        let mut newly_cleared = Vec::new();
        for &index in &discovered {
            let class_index = self.words[index + 1] as u32;
            if let Some((offset, _)) = model.layout(class_index).referent() {
                let referent = self.field(index, offset);
                if referent != NULL && !bitmap.is_marked(referent as usize) {
                    self.set_field(index, offset, NULL);
                    newly_cleared.push(index as Ref);
                }
            }
        }
        let (new_top, preserved) = self.plan(model, &bitmap, &sources);
        phases.end("Phase 2: Compute new object addresses");
        // Update the roots, by the values they had when marked (a slot visited twice must not
        // be forwarded twice).
        let mut next = 0;
        roots.visit(&mut |slot| {
            let value = root_values.get(next).copied().unwrap_or(*slot);
            next += 1;
            *slot = self.forwardee(value);
        });
        for i in 0..self.cleared.len() {
            self.cleared[i] = self.forwardee(self.cleared[i]);
        }
        for reference in newly_cleared {
            let forwarded = self.forwardee(reference);
            self.cleared.push(forwarded);
        }
        for source in sources {
            // A second cursor runs ahead, prefetching the headers the updates will read.
            let mut ahead = bitmap.marked_in(source.start, source.top);
            for _ in 0..ADJUST_PREFETCH {
                match ahead.next() {
                    Some(index) => self.prefetch_moved_referents(model, index),
                    None => break,
                }
            }
            for index in bitmap.marked_in(source.start, source.top) {
                self.prefetch(index + SEQUENTIAL_PREFETCH);
                if let Some(next) = ahead.next() {
                    self.prefetch_moved_referents(model, next);
                }
                let (info, word) = self.class_info(model, index);
                if info.kind == Kind::Instance {
                    for &slot in &info.slots[..info.count as usize] {
                        let slot = 2 * index + slot as usize;
                        let reference = self.slots()[slot];
                        if reference as usize >= self.dense_end {
                            self.slots_mut()[slot] = self.forwardee(reference);
                        }
                    }
                    continue;
                }
                let layout = model.layout(word as u32);
                let update = |heap: &mut Heap, offset: usize| {
                    let reference = heap.field(index, offset);
                    if reference as usize >= heap.dense_end {
                        let forwarded = heap.forwardee(reference);
                        heap.set_field(index, offset, forwarded);
                    }
                };
                layout.for_each_reference((word >> 32) as u32, |offset| update(self, offset));
                if let Some((offset, _)) = layout.referent() {
                    update(self, offset);
                }
            }
        }
        phases.end("Phase 3: Adjust pointers");
        // The start table is rebuilt as objects land in the old generation above the dense
        // prefix (whose entries stay true: its objects stay, and any object starting in the
        // card where the prefix ends starts after them).
        let dense_end = self.dense_end;
        let mut first_card = dense_end >> CARD_SHIFT;
        let start = self.starts[first_card];
        if start != NO_START && (first_card << CARD_SHIFT) + (start as usize - 1) < dense_end {
            first_card += 1;
        }
        let last_card = self.old.top.max(new_top).div_ceil(CARD_WORDS);
        if first_card < last_card {
            self.starts[first_card..last_card].fill(NO_START);
        }
        for (k, source) in sources.into_iter().enumerate() {
            let from = if k == 0 { dense_end } else { source.start };
            for index in bitmap.marked_in(from, source.top) {
                self.prefetch(index + SEQUENTIAL_PREFETCH);
                let words = self.object_words(model, index);
                let mark = self.words[index];
                let dest = (mark >> 32) as usize;
                self.note_old_object(dest);
                if dest != index {
                    self.move_words(index, dest, words);
                }
                self.words[dest] = Heap::clean_mark(mark & 0xFFFF_FFFF);
            }
        }
        for (dest, mark) in preserved {
            self.words[dest] = Heap::clean_mark(mark);
        }
        self.finish_compaction(new_top);
        // Marks lie only in the sources' used parts: clearing them is proportional to the
        // heap in use, not to -Xmx.
        for source in sources {
            bitmap.clear(source.start, source.top);
        }
        self.mark_bitmap = bitmap;
        self.dense_end = OLD_START;
        phases.end("Phase 4: Move objects");
        self.phase_times = phases.times;
        self.size_generations();
    }

    #[inline]
    fn mark_object(&self, reference: Ref, bitmap: &mut MarkBitmap, stack: &mut Vec<u32>) {
        if reference == NULL {
            return;
        }
        let index = reference as usize;
        assert!(
            self.is_valid(reference),
            "GC found an invalid reference {reference:#x}"
        );
        if bitmap.mark(index) {
            stack.push(reference);
        }
    }

    /// Prefetches the headers the pointer update of the object at `index` will read: those
    /// of the objects it refers to above the dense prefix.
    #[inline]
    fn prefetch_moved_referents(&self, model: &dyn ObjectModel, index: usize) {
        let (info, _) = self.class_info(model, index);
        if info.kind == Kind::Instance {
            for &slot in &info.slots[..info.count as usize] {
                let reference = self.slots()[2 * index + slot as usize] as usize;
                if reference >= self.dense_end {
                    self.prefetch(reference);
                }
            }
        }
    }

    /// The new place of a marked object (planned, not moved yet).
    #[inline]
    fn forwardee(&self, reference: Ref) -> Ref {
        if (reference as usize) < self.dense_end {
            return reference; // null, or in the dense prefix: stays
        }
        (self.words[reference as usize] >> 32) as Ref
    }

    /// Gives every marked object its new place (in its mark word), sliding them all to the
    /// start of the old generation; returns the end of the last, and the mark words kept
    /// aside. The sources are disjoint and in address order from the old generation's start,
    /// so a new place is never above the object's own.
    fn plan(
        &mut self,
        model: &dyn ObjectModel,
        bitmap: &MarkBitmap,
        sources: &[Space; 4],
    ) -> (usize, Vec<(usize, u64)>) {
        let mut cursor = OLD_START;
        let mut preserved = Vec::new();
        // The dense prefix: the live objects at the start of the old generation with no
        // garbage before them stay where they are. Their mark words are left alone, and
        // `forwardee` answers for them without reading them. It ends in the old generation
        // (the start table keeps its entries, and only old objects have them).
        let mut dense = true;
        self.dense_end = OLD_START;
        for (k, &source) in sources.iter().enumerate() {
            if k > 0 {
                dense = false;
            }
            for index in bitmap.marked_in(source.start, source.top) {
                self.prefetch(index + SEQUENTIAL_PREFETCH);
                let words = self.object_words(model, index);
                if dense {
                    if index == cursor {
                        cursor += words;
                        self.dense_end = cursor;
                        continue;
                    }
                    dense = false;
                }
                let dest = cursor;
                cursor += words;
                let mark = self.words[index];
                if mark & HASHED_BIT != 0 {
                    preserved.push((dest, mark));
                }
                self.words[index] = (dest as u64) << 32 | (mark & 0xFFFF_FFFF);
            }
        }
        (cursor, preserved)
    }

    /// Sets the old generation's top and empties the young spaces (the caller then sizes the
    /// generations), and cleans the cards: nothing young is left for old objects to refer to.
    fn finish_compaction(&mut self, new_top: usize) {
        let previous_top = self.old.top;
        self.old.top = new_top;
        self.eden.top = self.eden.start;
        self.from.top = self.from.start;
        self.to.top = self.to.start;
        let first = OLD_START >> CARD_SHIFT;
        let last = previous_top.max(new_top).div_ceil(CARD_WORDS);
        self.cards[first..last].fill(CLEAN);
    }
}

/// Times the phases of one collection.
struct Phases {
    last: Instant,
    times: Vec<(&'static str, Duration)>,
}

impl Phases {
    fn new() -> Phases {
        Phases {
            last: Instant::now(),
            times: Vec::new(),
        }
    }

    fn end(&mut self, name: &'static str) {
        let now = Instant::now();
        self.times.push((name, now - self.last));
        self.last = now;
    }
}

//! The full collection: mark-compact over the whole heap (LISP-2).
//!
//! 1. Mark every object reachable from the roots (a mark bit in the header).
//! 2. Clear the referents of reference objects that nothing else marked.
//! 3. Give every marked object its new place, sliding them in address order: first into the
//!    old generation, then (what does not fit) into eden and the empty survivor. The new
//!    place goes into the mark word's upper half; the few objects whose identity hash lives
//!    there have their mark word kept aside meanwhile.
//! 4. Update every reference (roots and fields of marked objects) to the new places.
//! 5. Move the objects, lowest first. A new place is never above the old one, or is in the
//!    empty survivor, so no object is overwritten before it moved.

use crate::header::{GC_MARK_BIT, HASHED_BIT};
use crate::heap::{Heap, Space, CARD_SHIFT, CARD_WORDS, CLEAN, DIRTY, NO_START, OLD_START};
use crate::{ObjectModel, Ref, Roots, Strength, NULL};

impl Heap {
    pub(crate) fn mark_compact(&mut self, model: &dyn ObjectModel, roots: &mut dyn Roots) {
        let clear_soft = std::mem::take(&mut self.clear_soft);
        let mut stack: Vec<u32> = Vec::new();
        let mut root_values: Vec<Ref> = Vec::new();
        roots.visit(&mut |slot| {
            root_values.push(*slot);
            self.mark_object(*slot, &mut stack);
        });
        // References still waiting to be enqueued stay alive.
        for i in 0..self.cleared.len() {
            self.mark_object(self.cleared[i], &mut stack);
        }
        let mut discovered = Vec::new();
        let mut live_words = 0;
        while let Some(index) = stack.pop() {
            let index = index as usize;
            let word = self.words[index + 1];
            let layout = model.layout(word as u32);
            let length_word = (word >> 32) as u32;
            live_words += layout.words(length_word);
            layout.for_each_reference(length_word, |offset| {
                let child = self.field(index, offset);
                self.mark_object(child, &mut stack);
            });
            if let Some((offset, strength)) = layout.referent() {
                if strength == Strength::Soft && !clear_soft {
                    let child = self.field(index, offset);
                    self.mark_object(child, &mut stack);
                } else {
                    discovered.push(index);
                }
            }
        }
        let sources = [self.old, self.eden, self.from];
        // Everything fits in the old generation, or the slower check of every destination.
        if live_words > self.old.end - self.old.start && !self.plan_fits(model, &sources) {
            // Live data does not fit even compacted: leave the heap as it was.
            for source in sources {
                self.walk(model, source, |heap, index, _, _| {
                    heap.words[index] &= !GC_MARK_BIT
                });
            }
            return;
        }
        // Referents nothing marked are cleared; their reference objects are enqueued.
        let mut newly_cleared = Vec::new();
        for &index in &discovered {
            let class_index = self.words[index + 1] as u32;
            if let Some((offset, _)) = model.layout(class_index).referent() {
                let referent = self.field(index, offset);
                if referent != NULL && self.words[referent as usize] & GC_MARK_BIT == 0 {
                    self.set_field(index, offset, NULL);
                    newly_cleared.push(index as Ref);
                }
            }
        }
        let (old_top, eden_top, to_top, preserved) = self.plan(model, &sources);
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
            self.walk(model, source, |heap, index, _, marked| {
                if !marked {
                    return;
                }
                let word = heap.words[index + 1];
                let layout = model.layout(word as u32);
                let update = |heap: &mut Heap, offset: usize| {
                    let reference = heap.field(index, offset);
                    if reference != NULL {
                        let forwarded = heap.forwardee(reference);
                        heap.set_field(index, offset, forwarded);
                    }
                };
                layout.for_each_reference((word >> 32) as u32, |offset| update(heap, offset));
                if let Some((offset, _)) = layout.referent() {
                    update(heap, offset);
                }
            });
        }
        // The start table is rebuilt as objects land in the old generation.
        let first_card = OLD_START >> CARD_SHIFT;
        let last_card = self.old.top.max(old_top).div_ceil(CARD_WORDS);
        self.starts[first_card..last_card].fill(NO_START);
        let old_end = self.old.end;
        for source in sources {
            self.walk(model, source, |heap, index, words, marked| {
                if marked {
                    let mark = heap.words[index];
                    let dest = (mark >> 32) as usize;
                    if dest < old_end {
                        heap.note_old_object(dest);
                    }
                    if dest != index {
                        heap.words.copy_within(index..index + words, dest);
                    }
                    heap.words[dest] = Heap::clean_mark(mark & 0xFFFF_FFFF);
                }
            });
        }
        for (dest, mark) in preserved {
            self.words[dest] = Heap::clean_mark(mark);
        }
        self.finish_compaction(old_top, eden_top, to_top);
    }

    fn mark_object(&mut self, reference: Ref, stack: &mut Vec<u32>) {
        if reference == NULL {
            return;
        }
        let index = reference as usize;
        assert!(
            self.is_valid(reference),
            "GC found an invalid reference {reference:#x}"
        );
        let mark = self.words[index];
        if mark & GC_MARK_BIT == 0 {
            self.words[index] = mark | GC_MARK_BIT;
            stack.push(reference);
        }
    }

    /// The new place of a marked object (planned, not moved yet).
    #[inline]
    fn forwardee(&self, reference: Ref) -> Ref {
        if reference == NULL {
            return NULL;
        }
        (self.words[reference as usize] >> 32) as Ref
    }

    /// Calls `f(heap, index, words, marked)` for every object of `space`, in address order.
    fn walk(
        &mut self,
        model: &dyn ObjectModel,
        space: Space,
        mut f: impl FnMut(&mut Heap, usize, usize, bool),
    ) {
        let mut index = self.skip_gap(space.start, space.top);
        while index < space.top {
            let words = self.object_words(model, index);
            let marked = self.words[index] & GC_MARK_BIT != 0;
            f(self, index, words, marked);
            index = self.skip_gap(index + words, space.top);
        }
    }

    /// The destinations, in order: the old generation, eden, the empty survivor.
    fn destinations(&self) -> [(usize, usize); 3] {
        [
            (self.old.start, self.old.end),
            (self.eden.start, self.eden.end),
            (self.to.start, self.to.end),
        ]
    }

    /// Whether every marked object finds a place.
    fn plan_fits(&mut self, model: &dyn ObjectModel, sources: &[Space; 3]) -> bool {
        let destinations = self.destinations();
        let mut cursor = destinations.map(|(start, _)| start);
        let mut current = 0;
        let mut fits = true;
        for &source in sources {
            self.walk(model, source, |_, _, words, marked| {
                if !marked || !fits {
                    return;
                }
                while current < 3 && cursor[current] + words > destinations[current].1 {
                    current += 1;
                }
                if current == 3 {
                    fits = false;
                } else {
                    cursor[current] += words;
                }
            });
        }
        fits
    }

    /// Gives every marked object its new place (in its mark word); returns the new tops of
    /// the old generation, eden and the survivor, and the mark words kept aside.
    fn plan(
        &mut self,
        model: &dyn ObjectModel,
        sources: &[Space; 3],
    ) -> (usize, usize, usize, Vec<(usize, u64)>) {
        let destinations = self.destinations();
        let mut cursor = destinations.map(|(start, _)| start);
        let mut current = 0;
        let mut preserved = Vec::new();
        for &source in sources {
            self.walk(model, source, |heap, index, words, marked| {
                if !marked {
                    return;
                }
                while cursor[current] + words > destinations[current].1 {
                    current += 1; // plan_fits checked that this ends
                }
                let dest = cursor[current];
                cursor[current] += words;
                let mark = heap.words[index];
                if mark & HASHED_BIT != 0 {
                    preserved.push((dest, mark));
                }
                heap.words[index] = (dest as u64) << 32 | (mark & 0xFFFF_FFFF);
            });
        }
        (cursor[0], cursor[1], cursor[2], preserved)
    }

    /// Sets the spaces' tops and rebuilds the cards.
    fn finish_compaction(&mut self, old_top: usize, eden_top: usize, to_top: usize) {
        let previous_top = self.old.top;
        self.old.top = old_top;
        self.eden.top = eden_top;
        self.from.top = self.from.start;
        if to_top > self.to.start {
            self.to.top = to_top;
            std::mem::swap(&mut self.from, &mut self.to);
        }
        let first = OLD_START >> CARD_SHIFT;
        let last = previous_top.max(old_top).div_ceil(CARD_WORDS);
        // Objects left in the young generation may be referred to from anywhere in the old.
        let young_left = self.eden.top > self.eden.start || self.from.top > self.from.start;
        self.cards[first..last].fill(CLEAN);
        if young_left {
            self.cards[first..old_top.div_ceil(CARD_WORDS)].fill(DIRTY);
        }
    }
}

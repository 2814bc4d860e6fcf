//! The young collection (scavenge): copies the live objects of eden and the occupied survivor
//! space into the empty survivor, or promotes them into the old generation once they are old
//! enough (or the survivor is full). Roots are the runtime's roots plus the old objects on
//! dirty cards. Cheney's algorithm: the copied objects themselves are the work queue, in two
//! ranges, the survivor's and the old generation's new end.
//!
//! Promotion may fail: the collector runs a young collection when the old generation's free
//! space exceeds the (padded) average of what young collections promoted, not the worst case,
//! as HotSpot Serial does. A young object that finds no room in the survivor nor in the old
//! generation then stays where it is, forwarded to itself (its mark word kept aside), and is
//! scanned from a stack; the collection finishes, the mark words come back, and a full
//! collection follows at once (it sees all four spaces as sources).

use crate::classes::Kind;
use crate::header::{self, STATE_FORWARDED, STATE_MASK};
use crate::heap::{Heap, CARD_SHIFT, CARD_WORDS, CLEAN, DIRTY, MAX_AGE, NO_START, OLD_START};
use crate::{ObjectModel, Ref, Roots, Strength, NULL};

/// HotSpot's TargetSurvivorRatio: the survivor space should be at most half full.
const TARGET_SURVIVOR_PERCENT: usize = 50;

/// How many elements ahead of a reference array's scan their referents are prefetched.
const ARRAY_PREFETCH: usize = 8;

/// How far (in words of copied objects) the prefetching cursor runs ahead of the scan.
const PREFETCH_WORDS: usize = 96;

/// Most elements of a reference array whose referents are prefetched ahead of the scan.
const PREFETCH_ELEMENTS: usize = 16;

pub(crate) struct Scavenge {
    /// Words copied into the survivor space, by new age.
    ages: [usize; MAX_AGE as usize + 2],
    /// Reference objects scanned (where they are now), their referents still to decide.
    discovered: Vec<usize>,
    /// Objects that could not be promoted, kept in place: their mark words, and those still
    /// to scan.
    failed: Vec<(usize, u64)>,
    failed_to_scan: Vec<usize>,
    /// Words promoted.
    promoted: usize,
}

impl Heap {
    /// Runs a young collection; `false` when promotion failed (the young spaces then still
    /// hold objects, and the caller must run a full collection before anything else).
    pub(crate) fn scavenge(&mut self, model: &dyn ObjectModel, roots: &mut dyn Roots) -> bool {
        let mut state = Scavenge {
            ages: [0; MAX_AGE as usize + 2],
            discovered: Vec::new(),
            failed: Vec::new(),
            failed_to_scan: Vec::new(),
            promoted: 0,
        };
        let old_top = self.old.top;
        roots.visit(&mut |slot| *slot = self.forward_young(model, *slot, &mut state));
        // References still waiting to be enqueued stay alive.
        for i in 0..self.cleared.len() {
            self.cleared[i] = self.forward_young(model, self.cleared[i], &mut state);
        }
        self.scan_dirty_cards(model, old_top, &mut state);
        // Each queue has a second cursor running ahead of its scan: the referents of the
        // objects there are prefetched, so that by the time the scan forwards them their
        // headers are in the cache (copying is bound by these misses otherwise).
        let mut survivor_scan = self.to.start;
        let mut survivor_ahead = survivor_scan;
        let mut old_scan = old_top;
        let mut old_ahead = old_scan;
        loop {
            while survivor_scan < self.to.top {
                while survivor_ahead < self.to.top
                    && survivor_ahead < survivor_scan + PREFETCH_WORDS
                {
                    self.prefetch(survivor_ahead + PREFETCH_WORDS * 2);
                    survivor_ahead += self.prefetch_referents(model, survivor_ahead);
                }
                survivor_scan += self.scan_object(model, survivor_scan, &mut state);
            }
            while let Some(index) = state.failed_to_scan.pop() {
                self.scan_object(model, index, &mut state);
            }
            if old_scan == self.old.top && survivor_scan == self.to.top {
                break;
            }
            while old_scan < self.old.top {
                while old_ahead < self.old.top && old_ahead < old_scan + PREFETCH_WORDS {
                    self.prefetch(old_ahead + PREFETCH_WORDS * 2);
                    old_ahead += self.prefetch_referents(model, old_ahead);
                }
                old_scan += self.scan_object(model, old_scan, &mut state);
            }
        }
        self.process_young_references(model, &mut state);
        if !state.failed.is_empty() {
            // Everything reachable now refers to the objects' new places or to the objects
            // kept in place; the full collection that follows finds them by marking.
            for &(index, mark) in &state.failed {
                self.words[index] = mark;
            }
            return false;
        }
        self.note_promotion(state.promoted);
        self.eden.top = self.eden.start;
        self.from.top = self.from.start;
        std::mem::swap(&mut self.from, &mut self.to);
        if self.config.tenuring_threshold.is_none() {
            self.adapt_tenuring_threshold(&state.ages);
        }
        true
    }

    /// HotSpot's rule: the smallest age at which the survivors of that age and younger
    /// exceed half the survivor space.
    fn adapt_tenuring_threshold(&mut self, ages: &[usize]) {
        let desired = (self.from.end - self.from.start) * TARGET_SURVIVOR_PERCENT / 100;
        let mut total = 0;
        let mut age = 1;
        while age < MAX_AGE as usize {
            total += ages[age];
            if total > desired {
                break;
            }
            age += 1;
        }
        self.tenuring_threshold = age as u32;
    }

    /// Scans the reference slots on dirty cards below `old_top`, run of dirty cards by run:
    /// the slots of the objects overlapping the run that lie in it (a huge array is scanned
    /// only where it was written). A card stays dirty when one of its slots still refers to a
    /// young object afterwards.
    fn scan_dirty_cards(&mut self, model: &dyn ObjectModel, old_top: usize, state: &mut Scavenge) {
        let first = OLD_START >> CARD_SHIFT;
        let last = old_top.div_ceil(CARD_WORDS);
        let mut card = first;
        while card < last {
            if self.cards[card] == CLEAN {
                card += 1;
                continue;
            }
            let run_start = card;
            while card < last && self.cards[card] != CLEAN {
                self.cards[card] = CLEAN;
                card += 1;
            }
            let from = run_start << CARD_SHIFT;
            let to = (card << CARD_SHIFT).min(old_top);
            let mut index = self.object_covering(model, run_start);
            while index < to {
                let words = self.object_words(model, index);
                self.scan_young(model, index, from, to, state);
                index += words;
            }
        }
    }

    /// The old object that covers the first word of `card` (starts there or before it and
    /// ends after it), found through the start table: back to the nearest card where an
    /// object starts at or before, then forward object by object.
    fn object_covering(&self, model: &dyn ObjectModel, card: usize) -> usize {
        let target = card << CARD_SHIFT;
        let mut k = card;
        let mut index = loop {
            let start = self.starts[k];
            if start != NO_START && (k < card || start == 1) {
                break (k << CARD_SHIFT) + start as usize - 1;
            }
            // The old generation starts with an object, so this ends at its first card.
            k -= 1;
        };
        loop {
            let words = self.object_words(model, index);
            if index + words > target {
                return index;
            }
            index += words;
        }
    }

    /// Forwards the reference fields of the object at `index` whose word lies in
    /// `[from, to)` (word indices). For an old object, the card of each slot left referring to
    /// a young object is marked dirty.
    fn scan_young(
        &mut self,
        model: &dyn ObjectModel,
        index: usize,
        from: usize,
        to: usize,
        state: &mut Scavenge,
    ) {
        let (info, word) = self.class_info(model, index);
        let old = !self.is_young(index);
        if info.kind == Kind::ReferenceArray {
            // The elements in [from, to), each referent prefetched a few elements ahead (a
            // dirty run of a big array refers to objects all over eden).
            let data = 2 * index + header::ARRAY_DATA_OFFSET / 4;
            let length = (word >> 32) as usize;
            let first = data + (2 * from).saturating_sub(data).min(length);
            let last = data + to.saturating_mul(2).saturating_sub(data).min(length);
            for slot in first..last {
                if slot + ARRAY_PREFETCH < last {
                    self.prefetch(self.slots()[slot + ARRAY_PREFETCH] as usize);
                }
                self.forward_slot(model, slot, old, state);
            }
            return;
        }
        let layout = model.layout(word as u32);
        let mut visit = |heap: &mut Heap, offset: usize| {
            let reference = heap.field(index, offset);
            if reference != NULL {
                let forwarded = heap.forward_young(model, reference, state);
                if forwarded != reference {
                    heap.set_field(index, offset, forwarded);
                }
                if old && heap.is_young(forwarded as usize) {
                    heap.cards[(index + offset / 8) >> CARD_SHIFT] = DIRTY;
                }
            }
        };
        let byte_from = from.saturating_sub(index) * 8;
        let byte_to = to.saturating_sub(index).saturating_mul(8);
        layout.for_each_reference_in((word >> 32) as u32, byte_from, byte_to, |offset| {
            visit(self, offset)
        });
        if let Some((offset, strength)) = layout.referent() {
            if (byte_from..byte_to).contains(&offset) {
                if strength == Strength::Soft {
                    // Young collections keep soft referents (only a full collection clears
                    // them).
                    visit(self, offset);
                } else {
                    state.discovered.push(index);
                }
            }
        }
    }

    /// Clears the young referents nothing else kept alive and updates the others.
    fn process_young_references(&mut self, model: &dyn ObjectModel, state: &mut Scavenge) {
        for &index in &state.discovered {
            let class_index = self.words[index + 1] as u32;
            let Some((offset, _)) = model.layout(class_index).referent() else {
                continue;
            };
            let referent = self.field(index, offset) as usize;
            if !(self.eden.contains(referent) || self.from.contains(referent)) {
                continue; // null, old, or already updated
            }
            let mark = self.words[referent];
            if mark & STATE_MASK == STATE_FORWARDED {
                let forwarded = (mark >> 32) as Ref;
                self.set_field(index, offset, forwarded);
                if !self.is_young(index) && self.is_young(forwarded as usize) {
                    self.cards[(index + offset / 8) >> CARD_SHIFT] = DIRTY;
                }
            } else {
                self.set_field(index, offset, NULL);
                self.cleared.push(index as Ref);
            }
        }
    }

    /// The new place of a young object, copying it there first if needed. Other references
    /// are returned as they are.
    fn forward_young(
        &mut self,
        model: &dyn ObjectModel,
        reference: Ref,
        state: &mut Scavenge,
    ) -> Ref {
        let index = reference as usize;
        if !self.is_young(index) || self.to.contains(index) {
            return reference; // null, old, or already copied
        }
        assert!(
            self.eden.contains(index) || self.from.contains(index),
            "GC found an invalid reference {reference:#x}"
        );
        let mark = self.words[index];
        if mark & STATE_MASK == STATE_FORWARDED {
            return (mark >> 32) as Ref;
        }
        let words = self.object_words(model, index);
        let age = header::age_of(mark);
        let (dest, new_mark) =
            if age < self.tenuring_threshold && self.to.top + words <= self.to.end {
                let dest = self.to.top;
                self.to.top += words;
                state.ages[(age + 1).min(MAX_AGE + 1) as usize] += words;
                (dest, header::with_age(mark, age + 1))
            } else if self.old.top + words <= self.old.end {
                let dest = self.old.top;
                self.old.top += words;
                state.promoted += words;
                self.note_old_object(dest);
                (dest, mark)
            } else {
                // Promotion failed: the object stays, forwarded to itself.
                state.failed.push((index, mark));
                state.failed_to_scan.push(index);
                self.words[index] = (index as u64) << 32 | STATE_FORWARDED;
                return reference;
            };
        self.move_words(index, dest, words);
        self.words[dest] = new_mark;
        self.words[index] = (dest as u64) << 32 | STATE_FORWARDED;
        dest as Ref
    }

    /// Prefetches the headers of the objects the object at `index` refers to (of a reference
    /// array, the first few); returns the object's size in words.
    #[inline]
    pub(crate) fn prefetch_referents(&self, model: &dyn ObjectModel, index: usize) -> usize {
        let (info, word) = self.class_info(model, index);
        let slots = self.slots();
        match info.kind {
            Kind::Instance => {
                for &slot in &info.slots[..info.count as usize] {
                    self.prefetch(slots[2 * index + slot as usize] as usize);
                }
            }
            Kind::ReferenceArray => {
                let first = 2 * index + header::ARRAY_DATA_OFFSET / 4;
                let length = ((word >> 32) as usize).min(PREFETCH_ELEMENTS);
                for &reference in &slots[first..first + length] {
                    self.prefetch(reference as usize);
                }
            }
            _ => {}
        }
        info.words((word >> 32) as u32)
    }

    /// Forwards every reference field of the object at `index` (copied or promoted by this
    /// collection, or kept in place by a failed promotion); returns its size in words. The
    /// fast path of [`Heap::scan_young`], through the class cache.
    #[inline]
    fn scan_object(
        &mut self,
        model: &dyn ObjectModel,
        index: usize,
        state: &mut Scavenge,
    ) -> usize {
        let (info, word) = self.class_info(model, index);
        let old = !self.is_young(index);
        match info.kind {
            Kind::Instance => {
                for k in 0..info.count as usize {
                    let slot = 2 * index + info.slots[k] as usize;
                    self.forward_slot(model, slot, old, state);
                }
            }
            Kind::ReferenceArray => {
                let first = 2 * index + header::ARRAY_DATA_OFFSET / 4;
                for slot in first..first + (word >> 32) as usize {
                    self.forward_slot(model, slot, old, state);
                }
            }
            Kind::PrimitiveArray => {}
            Kind::OtherInstance | Kind::Unknown => {
                self.scan_young(model, index, 0, usize::MAX, state)
            }
        }
        info.words((word >> 32) as u32)
    }

    /// Forwards the reference in 4-byte `slot` of the heap (of an old object when `old`:
    /// its card is then marked when the slot is left referring to a young object).
    #[inline(always)]
    fn forward_slot(
        &mut self,
        model: &dyn ObjectModel,
        slot: usize,
        old: bool,
        state: &mut Scavenge,
    ) {
        let reference = self.slots()[slot];
        if !self.is_young(reference as usize) {
            return; // null or old
        }
        let forwarded = self.forward_young(model, reference, state);
        if forwarded != reference {
            self.slots_mut()[slot] = forwarded;
        }
        if old && self.is_young(forwarded as usize) {
            self.cards[(slot / 2) >> CARD_SHIFT] = DIRTY;
        }
    }

    /// Asks the processor to bring the word at `index` (any value: a prefetch never faults,
    /// and null or old references just waste one) into the cache.
    #[inline(always)]
    pub(crate) fn prefetch(&self, index: usize) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let address = self.words.as_ptr().wrapping_add(index) as *const i8;
            // SAFETY: SSE is part of the x86_64 baseline, and a prefetch only hints the
            // cache: it reads nothing into the program and never faults, whatever the address.
            #[allow(unsafe_code)]
            unsafe {
                _mm_prefetch::<_MM_HINT_T0>(address)
            };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = index;
    }

    /// Copies the `words` words at `from` to `to` (the ranges may overlap).
    #[inline]
    pub(crate) fn move_words(&mut self, from: usize, to: usize, words: usize) {
        // Most objects are a few words: fixed-size copies (through registers) beat a call
        // to memmove.
        #[inline(always)]
        fn copy<const N: usize>(words: &mut [u64], from: usize, to: usize) {
            let buffer: [u64; N] = words[from..from + N].try_into().expect("N words");
            words[to..to + N].copy_from_slice(&buffer);
        }
        match words {
            2 => copy::<2>(&mut self.words, from, to),
            3 => copy::<3>(&mut self.words, from, to),
            4 => copy::<4>(&mut self.words, from, to),
            5 => copy::<5>(&mut self.words, from, to),
            6 => copy::<6>(&mut self.words, from, to),
            _ => self.words.copy_within(from..from + words, to),
        }
    }

    /// The reference at byte `offset` of the object at word `index`.
    #[inline]
    pub(crate) fn field(&self, index: usize, offset: usize) -> Ref {
        let byte = index * 8 + offset;
        (self.words[byte / 8] >> ((byte % 8) * 8)) as u32
    }

    #[inline]
    pub(crate) fn set_field(&mut self, index: usize, offset: usize, value: Ref) {
        let byte = index * 8 + offset;
        let shift = (byte % 8) * 8;
        let word = &mut self.words[byte / 8];
        *word = (*word & !(0xFFFF_FFFFu64 << shift)) | ((value as u64) << shift);
    }
}

//! Verification modes: the heap verifier (every reference in a root or a live space points to
//! an object start, headers are sane, the start table is right) and the card verifier (every
//! old-to-young reference is on a dirty card). Errors are collected, not fatal: the runtime
//! reports them.

use crate::header::{STATE_MASK, STATE_NORMAL};
use crate::heap::{Heap, Space, CARD_SHIFT, CARD_WORDS, CLEAN, NO_START, OLD_START};
use crate::{ObjectModel, Ref, Roots, NULL};

/// Errors reported per verification at most.
const MAX_ERRORS: usize = 20;

/// Every reference field's offset, the referent included, of an object with header word 1
/// `word`.
fn reference_offsets(model: &dyn ObjectModel, word: u64, out: &mut Vec<usize>) {
    out.clear();
    let layout = model.layout(word as u32);
    layout.for_each_reference((word >> 32) as u32, |offset| out.push(offset));
    if let Some((offset, _)) = layout.referent() {
        out.push(offset);
    }
}

impl Heap {
    fn report(&mut self, error: String) {
        if self.verify_errors.len() < MAX_ERRORS {
            self.verify_errors.push(error);
        }
    }

    /// The object starts of `space`, checking headers on the way; `gaps` allows zero words
    /// between objects (eden only).
    fn object_starts(
        &mut self,
        model: &dyn ObjectModel,
        name: &str,
        space: Space,
        gaps: bool,
    ) -> Vec<usize> {
        let mut objects = Vec::new();
        let mut index = space.start;
        while index < space.top {
            if self.words[index] == 0 {
                if !gaps {
                    self.report(format!("{name}: zero word at {index:#x} between objects"));
                    return objects;
                }
                index += 1;
                continue;
            }
            let mark = self.words[index];
            let class_index = self.words[index + 1] as u32;
            if mark & STATE_MASK != STATE_NORMAL || mark & crate::header::GC_MARK_BIT != 0 {
                self.report(format!("{name}: object {index:#x} has mark word {mark:#x}"));
                return objects;
            }
            if !model.is_valid_class(class_index) {
                self.report(format!(
                    "{name}: object {index:#x} has class index {class_index}"
                ));
                return objects;
            }
            let words = self.object_words(model, index);
            if index + words > space.top {
                self.report(format!(
                    "{name}: object {index:#x} of {words} words ends past the top {:#x}",
                    space.top
                ));
                return objects;
            }
            objects.push(index);
            index += words;
        }
        objects
    }

    /// Verifies the roots and every object of the live spaces (`when`: "before" or "after").
    pub(crate) fn verify_heap(
        &mut self,
        model: &dyn ObjectModel,
        roots: &mut dyn Roots,
        when: &str,
    ) {
        let mut objects = Vec::new();
        // The empty survivor holds objects only while a young collection whose promotion
        // failed waits for its full collection.
        let mut spaces = [
            ("old", self.old, false),
            ("eden", self.eden, true),
            ("survivor", self.from, false),
            ("survivor", self.to, false),
        ];
        spaces.sort_by_key(|&(_, space, _)| space.start);
        for (name, space, gaps) in spaces {
            let found = self.object_starts(model, name, space, gaps);
            objects.extend(found.into_iter().map(|index| (name, index)));
        }
        // The spaces were walked in address order (old, eden, then the survivors).
        let starts: Vec<usize> = objects.iter().map(|&(_, index)| index).collect();
        debug_assert!(starts.windows(2).all(|w| w[0] < w[1]));
        let is_start = |reference: Ref| starts.binary_search(&(reference as usize)).is_ok();
        let mut errors = Vec::new();
        let mut offsets = Vec::new();
        for &(name, index) in &objects {
            let word = self.words[index + 1];
            let class_index = word as u32;
            reference_offsets(model, word, &mut offsets);
            for &offset in &offsets {
                let reference = self.field(index, offset);
                if reference != NULL && !is_start(reference) {
                    errors.push(format!(
                        "{when} GC: {name} object {index:#x} (class {class_index}) offset {offset} refers to {reference:#x}, not an object"
                    ));
                }
            }
        }
        roots.visit(&mut |slot| {
            if *slot != NULL && !is_start(*slot) {
                errors.push(format!(
                    "{when} GC: a root refers to {:#x}, not an object",
                    *slot
                ));
            }
        });
        // The start table of the old generation.
        let mut expected = vec![NO_START; self.old.top.div_ceil(CARD_WORDS)];
        for &(name, index) in &objects {
            if name == "old" && expected[index >> CARD_SHIFT] == NO_START {
                expected[index >> CARD_SHIFT] = (index % CARD_WORDS) as u8 + 1;
            }
        }
        for (card, &start) in expected.iter().enumerate().skip(OLD_START >> CARD_SHIFT) {
            if self.starts[card] != start {
                errors.push(format!(
                    "{when} GC: start table of card {card} is {} (word offset + 1, 0: none), expected {start}",
                    self.starts[card]
                ));
            }
        }
        for error in errors {
            self.report(error);
        }
    }

    /// Verifies that every old object referring to a young one is on a dirty card.
    pub(crate) fn verify_cards(&mut self, model: &dyn ObjectModel) {
        let mut errors = Vec::new();
        let mut offsets = Vec::new();
        let mut index = self.old.start;
        while index < self.old.top {
            let word = self.words[index + 1];
            let class_index = word as u32;
            reference_offsets(model, word, &mut offsets);
            for &offset in &offsets {
                let reference = self.field(index, offset);
                if reference != NULL
                    && self.is_young(reference as usize)
                    && self.cards[(index + offset / 8) >> CARD_SHIFT] == CLEAN
                {
                    errors.push(format!(
                        "card of the slot at offset {offset} of old object {index:#x} (class {class_index}) is clean, but it refers to young {reference:#x}"
                    ));
                    break;
                }
            }
            index += self.object_words(model, index);
        }
        for error in errors {
            self.report(error);
        }
    }
}

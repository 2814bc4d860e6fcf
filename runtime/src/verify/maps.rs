//! Reference maps: for every reachable instruction, which local and operand-stack slots hold
//! references before it runs. The collector reads them to find roots in interpreter frames
//! without tagging slots (HotSpot's OopMapCache idea). They are computed lazily, once per
//! method (when its code is first prepared), also for the class library, which is verified at
//! build time and not again at run time.
//!
//! There is no second abstract interpreter: the maps are the verifier's own type inference
//! (`Verifier::infer`, the same lattice `V`, transfer functions `Verifier::step` and frame
//! merging) run in the *maps mode*. That mode needs no VM and loads no class: every reference
//! type collapses to one (`Verifier::reference`), so assignability and merges of references
//! are answered by kind, and `protected` checks are skipped. Everything else is checked as in
//! verification (value kinds, stack heights and `max_stack`, local indices, `<init>` rules),
//! which is what the interpreter relies on in code that was not verified at link time.
//!
//! A slot is a reference in the map when its type is a reference, `null`, an uninitialized
//! object (`new` before `<init>`: the collector must move it too) or `uninitializedThis`.
//! `top` (never set, or kinds merged), the primitives and the second half of a long or double
//! (`long_2nd`) are not. `null` counts as a reference so that a slot that is `null` on one path
//! and a reference on another is a reference whichever way it was reached (the merge gives the
//! reference type); visiting a null root is harmless. Unreachable instructions get no map.
//!
//! The same analysis, tracking the producer of every stack value, serves helpful
//! NullPointerException messages (`stack_sources`).

use super::{analyze_kinds, Frame, Rejection, V};
use crate::class::{Class, Method};
use crate::interp::prepare::Prepared;

/// A stack value whose producing instruction is not known (paths disagree, or an exception).
pub(crate) const UNKNOWN: u32 = u32::MAX;

/// The computed maps, one row per instruction: a bit per local, then a bit per stack slot.
#[derive(Debug)]
pub(crate) struct RefMaps {
    words_per_row: usize,
    max_locals: usize,
    bits: Vec<u64>,
    heights: Vec<u16>,
}

const UNREACHED: u16 = u16::MAX;

impl RefMaps {
    /// Stack height before instruction `pc`, if it is reachable.
    pub(crate) fn stack_height(&self, pc: u32) -> Option<usize> {
        let height = *self.heights.get(pc as usize)?;
        (height != UNREACHED).then_some(height as usize)
    }

    /// Whether local `index` holds a reference before instruction `pc`.
    pub(crate) fn local_is_reference(&self, pc: u32, index: usize) -> bool {
        self.bit(pc, index)
    }

    /// Whether operand-stack slot `index` (0 = bottom) holds a reference before `pc`.
    pub(crate) fn stack_is_reference(&self, pc: u32, index: usize) -> bool {
        self.bit(pc, self.max_locals + index)
    }

    fn bit(&self, pc: u32, index: usize) -> bool {
        let word = pc as usize * self.words_per_row + index / 64;
        self.bits
            .get(word)
            .is_some_and(|w| w >> (index % 64) & 1 != 0)
    }
}

/// Whether a slot of this type holds a reference the collector must visit.
fn is_reference(v: &V) -> bool {
    matches!(v, V::Ref(_) | V::Null | V::Uninit(_) | V::UninitThis)
}

/// Computes the maps of a prepared method. Fails with the VerifyError to throw when the
/// code is inconsistent.
pub(crate) fn compute(
    class: &Class,
    method: &Method,
    prepared: &Prepared,
) -> Result<RefMaps, Rejection> {
    let max_locals = prepared.max_locals as usize;
    let max_stack = prepared.max_stack as usize;
    let count = prepared.insns.len();
    let words_per_row = (max_locals + max_stack).div_ceil(64).max(1);
    let mut bits = vec![0u64; words_per_row * count];
    let mut heights = vec![UNREACHED; count];
    // Called again for an instruction whose block is walked again: the row is rewritten.
    analyze_kinds(class, method, prepared, false, &mut |pc, frame: &Frame| {
        heights[pc] = frame.stack.len() as u16;
        let row = &mut bits[pc * words_per_row..(pc + 1) * words_per_row];
        row.fill(0);
        let slots = frame.locals.iter().enumerate().chain(
            frame
                .stack
                .iter()
                .enumerate()
                .map(|(i, v)| (max_locals + i, v)),
        );
        for (slot, v) in slots {
            if is_reference(v) {
                row[slot / 64] |= 1 << (slot % 64);
            }
        }
    })?;
    Ok(RefMaps {
        words_per_row,
        max_locals,
        bits,
        heights,
    })
}

/// For every instruction, the producing instruction of each operand-stack slot (bottom
/// first) before it runs; `None` for unreachable instructions. Computed on demand: it serves
/// exception messages, not execution.
pub(crate) fn stack_sources(
    class: &Class,
    method: &Method,
    prepared: &Prepared,
) -> Option<Vec<Option<Vec<u32>>>> {
    let mut sources: Vec<Option<Vec<u32>>> = vec![None; prepared.insns.len()];
    analyze_kinds(class, method, prepared, true, &mut |pc, frame: &Frame| {
        sources[pc] = Some(frame.sources.clone());
    })
    .ok()?;
    Some(sources)
}

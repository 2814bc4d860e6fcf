//! What the frame's slots are known to hold, so that writing a value back where the slot
//! holds it already is left out. After a call every live local is reread from the frame, and
//! the next call writes them all back: unchanged locals (a method's arguments, the operand
//! stack below a call's arguments, the parents' frames of an inlined call) were written again
//! at every call (BinaryTrees' inlined `build` rewrote six slots per call).
//!
//! A fact holds only inside the Cranelift block it was learned in (and the blocks that only
//! it leads to, as past a guard: [`FrameHolds::follow`]), and only until the next call
//! instruction there: every store to a slot goes through [`FrameHolds::wrote`] (or is
//! preceded by a call, which the runtime or a direct callee may write the frame in), so within
//! a block between calls the facts are exactly what the slots hold. Across other blocks a
//! value written on one path (a slow path that rejoins) may not be there on another, and
//! finding out would need dominators: the facts are dropped instead.

use std::collections::HashMap;

use cranelift_codegen::ir::{Block, Inst, Value};
use cranelift_frontend::FunctionBuilder;

use super::analysis::K;

/// A slot's content as compiled code wrote or read it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Held {
    /// The slot format of this value of this kind.
    Value(Value, K),
    /// Null (a dead reference local written back).
    Null,
}

#[derive(Default)]
pub(super) struct FrameHolds {
    /// The block the facts were learned in.
    block: Option<Block>,
    /// The block's last instruction when the facts were last brought up to date.
    seen: Option<Inst>,
    /// By slot from the compiled method's local 0.
    slots: HashMap<usize, Held>,
}

impl FrameHolds {
    /// Whether `slot` holds `value` at the builder's position.
    pub(super) fn holds(&mut self, b: &FunctionBuilder, slot: usize, value: Held) -> bool {
        self.catch_up(b);
        self.slots.get(&slot) == Some(&value)
    }

    /// `slot` was just written or read as `value` (at the builder's position).
    pub(super) fn wrote(&mut self, b: &FunctionBuilder, slot: usize, value: Held) {
        self.catch_up(b);
        self.slots.insert(slot, value);
    }

    /// The builder went on from block `from` into a block whose only predecessor is `from`
    /// (which branched there last): the facts of `from` hold there too.
    pub(super) fn follow(&mut self, b: &FunctionBuilder, from: Block) {
        if self.block != Some(from) {
            return;
        }
        if self.call_since(b, from) {
            self.slots.clear();
        }
        self.block = b.current_block();
        self.seen = self.block.and_then(|block| b.func.layout.last_inst(block));
    }

    /// Drops the facts unless the builder is still in their block with no call since they
    /// were learned.
    fn catch_up(&mut self, b: &FunctionBuilder) {
        let block = b.current_block();
        if block != self.block || block.is_some_and(|block| self.call_since(b, block)) {
            self.slots.clear();
            self.block = block;
        }
        self.seen = block.and_then(|block| b.func.layout.last_inst(block));
    }

    /// Whether `block` has a call instruction after `seen` (from its start if none).
    fn call_since(&self, b: &FunctionBuilder, block: Block) -> bool {
        let layout = &b.func.layout;
        let mut next = match self.seen {
            Some(seen) => layout.next_inst(seen),
            None => layout.first_inst(block),
        };
        while let Some(inst) = next {
            if b.func.dfg.insts[inst].opcode().is_call() {
                return true;
            }
            next = layout.next_inst(inst);
        }
        false
    }
}

//! Which reference locals cannot be null where each instruction runs: a forward "must"
//! data-flow analysis over the normal control flow (compiled code never enters an exception
//! handler), so that a local checked once before a loop needs no null check inside it.
//!
//! A local is known not to be null after it was given a new object (`new`, the array
//! instructions) or a value loaded from a local known not to be null, after an instruction
//! that dereferences the value loaded from it completed (a field access, an array access,
//! `arraylength`, an instance invoke, `monitorenter`: each throws on null, and only normal
//! completion reaches the next instruction), on the taken side of `ifnonnull` and the other
//! side of `ifnull`, and, for `this`, from the start of an instance method. Any store to
//! the local forgets it. Facts hold for every path from the method's start, so they also
//! hold where the code is entered in the middle (on-stack replacement at a loop header
//! continues a path the interpreter took), except on paths through an exception handler,
//! which the interpreter runs: an instruction such a path reaches gets no facts (a handler
//! may run because the local was null).

use std::collections::BTreeMap;

use cortado_classfile::opcode::{Instruction, InstructionOperands as Ops, Opcode as Op};
use cortado_classfile::{ConstantPool, ExceptionHandler};

use super::analysis::{self, State, K};

/// Locals beyond this many get no facts (a bit each in a `u128`).
const MAX_LOCALS: usize = 128;

/// An operand-stack entry: its size in slots, the local it was loaded from (while that
/// local keeps the value), and whether it is known not to be null.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Entry {
    slots: usize,
    local: Option<usize>,
    non_null: bool,
}

#[derive(Clone, PartialEq, Eq)]
struct Facts {
    /// Bit `l`: local `l` holds a reference that is not null.
    locals: u128,
    stack: Vec<Entry>,
}

impl Facts {
    /// The facts true on both paths into a merge.
    fn meet(&mut self, other: &Facts) -> bool {
        let before = self.clone();
        self.locals &= other.locals;
        for (mine, theirs) in self.stack.iter_mut().zip(&other.stack) {
            if mine.local != theirs.local {
                mine.local = None;
            }
            mine.non_null &= theirs.non_null;
        }
        *self != before
    }

    /// Local `local` (of `slots` slots) gets a new value: what was known of it, and which
    /// stack entries hold its value, no longer holds.
    fn store(&mut self, local: usize, slots: usize) {
        for l in local..local + slots {
            if l < MAX_LOCALS {
                self.locals &= !(1u128 << l);
            }
            for entry in &mut self.stack {
                if entry.local == Some(l) {
                    entry.local = None;
                }
            }
        }
    }

    fn knows(&self, local: usize) -> bool {
        local < MAX_LOCALS && self.locals & (1u128 << local) != 0
    }

    fn learn(&mut self, local: usize) {
        if local < MAX_LOCALS {
            self.locals |= 1u128 << local;
        }
    }
}

/// For each instruction, the locals (bit `l` for local `l`) known not to be null whenever it
/// runs; 0 where nothing is known or the instruction is not reached.
pub(crate) fn non_null_locals(
    instructions: &[Instruction],
    index_of: &BTreeMap<u32, usize>,
    pool: &ConstantPool,
    states: &[Option<State>],
    handlers: &[ExceptionHandler],
    max_locals: usize,
    is_static: bool,
) -> Vec<u128> {
    let mut facts: Vec<Option<Facts>> = vec![None; instructions.len()];
    if max_locals > MAX_LOCALS || instructions.is_empty() {
        return vec![0; instructions.len()];
    }
    facts[0] = Some(Facts {
        locals: if is_static { 0 } else { 1 },
        stack: Vec::new(),
    });
    let mut work = vec![0usize];
    while let Some(i) = work.pop() {
        let (Some(before), Some(state)) = (facts[i].clone(), &states[i]) else {
            continue;
        };
        let Some(outcomes) = transfer(&instructions[i], before, state, pool) else {
            // Something the kind analysis accepted but this one cannot follow: know nothing.
            return vec![0; instructions.len()];
        };
        let instruction = &instructions[i];
        let op = instruction.wide.unwrap_or(instruction.opcode);
        let mut successors: Vec<(usize, &Facts)> = Vec::new();
        for target in analysis::branch_targets(instruction) {
            if let Some(&t) = index_of.get(&target) {
                successors.push((t, &outcomes.taken));
            }
        }
        if analysis::falls_through(op) && i + 1 < instructions.len() {
            successors.push((i + 1, &outcomes.next));
        }
        for (s, out) in successors {
            match &mut facts[s] {
                slot @ None => {
                    *slot = Some(out.clone());
                    work.push(s);
                }
                Some(existing) => {
                    if existing.stack.len() != out.stack.len() {
                        return vec![0; instructions.len()];
                    }
                    if existing.meet(out) {
                        work.push(s);
                    }
                }
            }
        }
    }
    let after_handlers = reachable_from_handlers(instructions, index_of, handlers);
    facts
        .into_iter()
        .zip(after_handlers)
        .map(|(f, after_handler)| match (f, after_handler) {
            (Some(f), false) => f.locals,
            _ => 0,
        })
        .collect()
}

/// The instructions some path from an exception handler's start reaches, by normal control
/// flow (through any code, compiled or not).
fn reachable_from_handlers(
    instructions: &[Instruction],
    index_of: &BTreeMap<u32, usize>,
    handlers: &[ExceptionHandler],
) -> Vec<bool> {
    let mut reached = vec![false; instructions.len()];
    let mut work: Vec<usize> = handlers
        .iter()
        .filter_map(|h| index_of.get(&(h.handler_pc as u32)).copied())
        .collect();
    while let Some(i) = work.pop() {
        if std::mem::replace(&mut reached[i], true) {
            continue;
        }
        let instruction = &instructions[i];
        for target in analysis::branch_targets(instruction) {
            if let Some(&t) = index_of.get(&target) {
                work.push(t);
            }
        }
        let op = instruction.wide.unwrap_or(instruction.opcode);
        if analysis::falls_through(op) && i + 1 < instructions.len() {
            work.push(i + 1);
        }
    }
    reached
}

/// The facts after an instruction: on its branch (`taken`) and on the next instruction.
struct Outcomes {
    taken: Facts,
    next: Facts,
}

fn transfer(
    instruction: &Instruction,
    mut facts: Facts,
    state: &State,
    pool: &ConstantPool,
) -> Option<Outcomes> {
    let op = instruction.wide.unwrap_or(instruction.opcode);
    if let Some((k, store)) = analysis::local_access(op) {
        let local = analysis::local_index(instruction);
        if store {
            let value = facts.stack.pop()?;
            facts.store(local, k.slots());
            if k == K::R && value.non_null {
                facts.learn(local);
            }
        } else {
            let non_null = k == K::R && facts.knows(local);
            facts.stack.push(Entry {
                slots: k.slots(),
                local: (k == K::R).then_some(local),
                non_null,
            });
        }
        return Some(Outcomes {
            taken: facts.clone(),
            next: facts,
        });
    }
    let index = match instruction.kind {
        Ops::Index(i) => i as u16,
        Ops::Interface { index, .. } | Ops::MultiArray { index, .. } => index,
        _ => 0,
    };
    if matches!(
        op,
        Op::dup | Op::dup_x1 | Op::dup_x2 | Op::dup2 | Op::dup2_x1 | Op::dup2_x2 | Op::swap
    ) {
        analysis::shuffle(op, &mut facts.stack, |e| e.slots).ok()?;
        return Some(Outcomes {
            taken: facts.clone(),
            next: facts,
        });
    }
    // The entry (depth from the top) the instruction dereferences.
    let dereferenced = match op {
        Op::getfield | Op::arraylength | Op::monitorenter => Some(0),
        Op::putfield
        | Op::iaload
        | Op::laload
        | Op::faload
        | Op::daload
        | Op::aaload
        | Op::baload
        | Op::caload
        | Op::saload => Some(1),
        Op::iastore
        | Op::lastore
        | Op::fastore
        | Op::dastore
        | Op::aastore
        | Op::bastore
        | Op::castore
        | Op::sastore => Some(2),
        Op::invokevirtual | Op::invokespecial | Op::invokeinterface => Some(
            analysis::invoke_descriptor(pool, op, index)
                .ok()?
                .parameters
                .len(),
        ),
        _ => None,
    };
    let n = facts.stack.len();
    let checked = match dereferenced {
        Some(depth) if depth < n => facts.stack[n - 1 - depth].local,
        _ => None,
    };
    let tested = facts.stack.last().and_then(|e| e.local);
    // The kinds after it, from the kind analysis's own rules; every instruction but the
    // shuffles pushes at most one value, so all entries but the top one are untouched ones.
    let mut after = state.clone();
    analysis::effect(instruction, &mut after, pool).ok()?;
    let kept = after.stack.len().saturating_sub(1).min(n);
    facts.stack.truncate(kept);
    for k in &after.stack[kept..] {
        facts.stack.push(Entry {
            slots: k.slots(),
            local: None,
            non_null: matches!(
                op,
                Op::new | Op::newarray | Op::anewarray | Op::multianewarray
            ),
        });
    }
    if let Some(local) = checked {
        facts.learn(local);
        for entry in &mut facts.stack {
            if entry.local == Some(local) {
                entry.non_null = true;
            }
        }
    }
    let mut taken = facts.clone();
    match (op, tested) {
        (Op::ifnonnull, Some(local)) => taken.learn(local),
        (Op::ifnull, Some(local)) => facts.learn(local),
        _ => {}
    }
    Some(Outcomes { taken, next: facts })
}

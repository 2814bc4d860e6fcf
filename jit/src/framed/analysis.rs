//! The value kinds of every local and operand-stack entry before each instruction, by a
//! forward data-flow analysis over the normal control flow (exception edges are left out:
//! compiled code never enters a handler, the interpreter does). The method was verified, so
//! the operand stacks agree at merges; locals that disagree become unknown.

use std::collections::BTreeMap;

use cortado_classfile::opcode::{Instruction, InstructionOperands as Ops, Opcode as Op};
use cortado_classfile::{Constant, ConstantPool, ExceptionHandler, FieldType, MethodDescriptor};

use crate::Error;

/// A value kind as compiled code holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum K {
    /// `int`, `short`, `char`, `byte`, `boolean`.
    I,
    J,
    F,
    D,
    /// A compressed reference.
    R,
    /// A reference local that is dead where it appears (see `Body::analyze`): written back as
    /// null, so the collector, which scans the slot as a reference, never sees a stale value
    /// of another kind there; never read. Only in the states the translator works from.
    Null,
}

impl K {
    pub(crate) const ALL: [K; 5] = [K::I, K::J, K::F, K::D, K::R];

    pub(crate) fn slots(self) -> usize {
        match self {
            K::J | K::D => 2,
            _ => 1,
        }
    }

    /// The kind's position in [`K::ALL`] (not for `Null`, which has no variables).
    pub(crate) fn index(self) -> usize {
        debug_assert!(self != K::Null);
        self as usize
    }

    pub(crate) fn of(t: &FieldType) -> K {
        match t {
            FieldType::Long => K::J,
            FieldType::Float => K::F,
            FieldType::Double => K::D,
            FieldType::Object(_) | FieldType::Array(_) => K::R,
            _ => K::I,
        }
    }
}

/// Locals (`None`: unknown or the second half of a long/double) and the operand stack (one
/// entry per value, whatever its size).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct State {
    pub locals: Vec<Option<K>>,
    pub stack: Vec<K>,
}

pub(crate) fn unsupported<T>(reason: impl Into<String>) -> Result<T, Error> {
    Err(Error::Unsupported(reason.into()))
}

/// The instruction index of every branch target of `instruction`.
pub(crate) fn branch_targets(instruction: &Instruction) -> Vec<u32> {
    match &instruction.kind {
        Ops::Branch(t) => vec![*t],
        Ops::TableSwitch {
            default, targets, ..
        } => std::iter::once(*default)
            .chain(targets.iter().copied())
            .collect(),
        Ops::LookupSwitch { default, pairs } => std::iter::once(*default)
            .chain(pairs.iter().map(|(_, t)| *t))
            .collect(),
        _ => Vec::new(),
    }
}

/// The comparison a conditional branch makes, and whether it compares one value with zero
/// (or null) rather than two values.
pub(crate) fn branch_condition(op: Op) -> (cranelift_codegen::ir::condcodes::IntCC, bool) {
    use cranelift_codegen::ir::condcodes::IntCC;
    let condition = match op {
        Op::ifeq | Op::if_icmpeq | Op::if_acmpeq | Op::ifnull => IntCC::Equal,
        Op::ifne | Op::if_icmpne | Op::if_acmpne | Op::ifnonnull => IntCC::NotEqual,
        Op::iflt | Op::if_icmplt => IntCC::SignedLessThan,
        Op::ifge | Op::if_icmpge => IntCC::SignedGreaterThanOrEqual,
        Op::ifgt | Op::if_icmpgt => IntCC::SignedGreaterThan,
        _ => IntCC::SignedLessThanOrEqual,
    };
    let unary = matches!(
        op,
        Op::ifeq
            | Op::ifne
            | Op::iflt
            | Op::ifge
            | Op::ifgt
            | Op::ifle
            | Op::ifnull
            | Op::ifnonnull
    );
    (condition, unary)
}

/// A `tableswitch`'s or `lookupswitch`'s default target and its (key, target) cases; `None`
/// for any other instruction.
pub(crate) fn switch_cases(kind: &Ops) -> Option<(u32, Vec<(i64, u32)>)> {
    match kind {
        Ops::TableSwitch {
            default,
            low,
            targets,
            ..
        } => Some((
            *default,
            targets
                .iter()
                .enumerate()
                .map(|(k, &t)| (*low as i64 + k as i64, t))
                .collect(),
        )),
        Ops::LookupSwitch { default, pairs } => Some((
            *default,
            pairs.iter().map(|&(k, t)| (k as i64, t)).collect(),
        )),
        _ => None,
    }
}

/// Whether control can continue with the next instruction.
pub(crate) fn falls_through(op: Op) -> bool {
    !matches!(
        op,
        Op::goto
            | Op::goto_w
            | Op::tableswitch
            | Op::lookupswitch
            | Op::ireturn
            | Op::lreturn
            | Op::freturn
            | Op::dreturn
            | Op::areturn
            | Op::return_
            | Op::athrow
    )
}

pub(crate) fn analyze(
    instructions: &[Instruction],
    index_of: &BTreeMap<u32, usize>,
    pool: &ConstantPool,
    initial: State,
) -> Result<Vec<Option<State>>, Error> {
    let mut states: Vec<Option<State>> = vec![None; instructions.len()];
    states[0] = Some(initial);
    let mut work = vec![0usize];
    while let Some(i) = work.pop() {
        let mut state = states[i].clone().expect("queued");
        let instruction = &instructions[i];
        effect(instruction, &mut state, pool)?;
        let mut successors = Vec::new();
        for target in branch_targets(instruction) {
            match index_of.get(&target) {
                Some(&t) => successors.push(t),
                None => return unsupported(format!("branch to {target}")),
            }
        }
        if falls_through(instruction.wide.unwrap_or(instruction.opcode)) {
            successors.push(i + 1);
        }
        for s in successors {
            if s >= states.len() {
                return unsupported("falls off the end");
            }
            match &mut states[s] {
                slot @ None => {
                    *slot = Some(state.clone());
                    work.push(s);
                }
                Some(existing) => {
                    if existing.stack != state.stack {
                        return unsupported("operand stacks differ at a merge");
                    }
                    let mut changed = false;
                    for (old, new) in existing.locals.iter_mut().zip(&state.locals) {
                        if old.is_some() && *old != *new {
                            *old = None;
                            changed = true;
                        }
                    }
                    if changed {
                        work.push(s);
                    }
                }
            }
        }
    }
    Ok(states)
}

/// The local index an instruction names (for the `_n` forms, `n`).
pub(crate) fn local_index(instruction: &Instruction) -> usize {
    let op = instruction.wide.unwrap_or(instruction.opcode);
    let short = |base: Op| op as usize - base as usize;
    match op {
        Op::iload_0 | Op::iload_1 | Op::iload_2 | Op::iload_3 => short(Op::iload_0),
        Op::lload_0 | Op::lload_1 | Op::lload_2 | Op::lload_3 => short(Op::lload_0),
        Op::fload_0 | Op::fload_1 | Op::fload_2 | Op::fload_3 => short(Op::fload_0),
        Op::dload_0 | Op::dload_1 | Op::dload_2 | Op::dload_3 => short(Op::dload_0),
        Op::aload_0 | Op::aload_1 | Op::aload_2 | Op::aload_3 => short(Op::aload_0),
        Op::istore_0 | Op::istore_1 | Op::istore_2 | Op::istore_3 => short(Op::istore_0),
        Op::lstore_0 | Op::lstore_1 | Op::lstore_2 | Op::lstore_3 => short(Op::lstore_0),
        Op::fstore_0 | Op::fstore_1 | Op::fstore_2 | Op::fstore_3 => short(Op::fstore_0),
        Op::dstore_0 | Op::dstore_1 | Op::dstore_2 | Op::dstore_3 => short(Op::dstore_0),
        Op::astore_0 | Op::astore_1 | Op::astore_2 | Op::astore_3 => short(Op::astore_0),
        _ => match instruction.kind {
            Ops::Index(i) => i as usize,
            Ops::Iinc { index, .. } => index as usize,
            _ => 0,
        },
    }
}

/// The kind a load or store instruction moves, if it is one (`true`: a store).
pub(crate) fn local_access(op: Op) -> Option<(K, bool)> {
    use Op::*;
    Some(match op {
        iload | iload_0 | iload_1 | iload_2 | iload_3 => (K::I, false),
        lload | lload_0 | lload_1 | lload_2 | lload_3 => (K::J, false),
        fload | fload_0 | fload_1 | fload_2 | fload_3 => (K::F, false),
        dload | dload_0 | dload_1 | dload_2 | dload_3 => (K::D, false),
        aload | aload_0 | aload_1 | aload_2 | aload_3 => (K::R, false),
        istore | istore_0 | istore_1 | istore_2 | istore_3 => (K::I, true),
        lstore | lstore_0 | lstore_1 | lstore_2 | lstore_3 => (K::J, true),
        fstore | fstore_0 | fstore_1 | fstore_2 | fstore_3 => (K::F, true),
        dstore | dstore_0 | dstore_1 | dstore_2 | dstore_3 => (K::D, true),
        astore | astore_0 | astore_1 | astore_2 | astore_3 => (K::R, true),
        _ => return None,
    })
}

/// Records a store of kind `k` in local `index`.
pub(crate) fn set_local(locals: &mut [Option<K>], index: usize, k: K) -> Result<(), Error> {
    if index + k.slots() > locals.len() {
        return unsupported("local index out of range");
    }
    if index > 0 && matches!(locals[index - 1], Some(K::J | K::D)) {
        locals[index - 1] = None;
    }
    locals[index] = Some(k);
    if k.slots() == 2 {
        locals[index + 1] = None;
    }
    Ok(())
}

/// The kind `ldc` pushes for constant `index`.
pub(crate) fn constant_kind(pool: &ConstantPool, index: u16) -> Result<K, Error> {
    Ok(match pool.get(index) {
        Some(Constant::Integer(_)) => K::I,
        Some(Constant::Float(_)) => K::F,
        Some(Constant::Long(_)) => K::J,
        Some(Constant::Double(_)) => K::D,
        Some(Constant::Dynamic { name_and_type, .. }) => {
            let (_, descriptor) = pool
                .name_and_type(*name_and_type)
                .map_err(|e| Error::Unsupported(e.to_string()))?;
            K::of(&FieldType::parse(descriptor).map_err(|e| Error::Unsupported(e.to_string()))?)
        }
        Some(_) => K::R,
        None => return unsupported("bad constant"),
    })
}

/// The field type of a field reference.
pub(crate) fn field_type(pool: &ConstantPool, index: u16) -> Result<FieldType, Error> {
    let (member, _) = pool
        .member_ref(index)
        .map_err(|e| Error::Unsupported(e.to_string()))?;
    FieldType::parse(member.descriptor).map_err(|e| Error::Unsupported(e.to_string()))
}

/// The descriptor of an invoke instruction's method (or call site).
pub(crate) fn invoke_descriptor(
    pool: &ConstantPool,
    op: Op,
    index: u16,
) -> Result<MethodDescriptor, Error> {
    let descriptor = if op == Op::invokedynamic {
        let Some(Constant::InvokeDynamic { name_and_type, .. }) = pool.get(index) else {
            return unsupported("bad call site");
        };
        pool.name_and_type(*name_and_type)
            .map_err(|e| Error::Unsupported(e.to_string()))?
            .1
    } else {
        pool.member_ref(index)
            .map_err(|e| Error::Unsupported(e.to_string()))?
            .0
            .descriptor
    };
    MethodDescriptor::parse(descriptor).map_err(|e| Error::Unsupported(e.to_string()))
}

fn pop(stack: &mut Vec<K>, n: usize) -> Result<(), Error> {
    if stack.len() < n {
        return unsupported("stack underflow");
    }
    stack.truncate(stack.len() - n);
    Ok(())
}

fn top(stack: &[K], depth: usize) -> Result<K, Error> {
    if stack.len() <= depth {
        return unsupported("stack underflow");
    }
    Ok(stack[stack.len() - 1 - depth])
}

/// Rearranges `stack` (any element type, entries being whole values) for a `dup`/`swap`
/// family instruction, given each entry's size in slots.
pub(crate) fn shuffle<X: Clone>(
    op: Op,
    stack: &mut Vec<X>,
    slots: impl Fn(&X) -> usize,
) -> Result<(), Error> {
    let n = stack.len();
    let at = |d: usize| -> Result<X, Error> {
        if n <= d {
            unsupported("stack underflow")
        } else {
            Ok(stack[n - 1 - d].clone())
        }
    };
    let size = |d: usize| -> Result<usize, Error> { at(d).map(|x| slots(&x)) };
    // The values (top first) that the instruction copies, and how many entries they go below.
    let (copied, below): (usize, usize) = match op {
        Op::dup => (1, 0),
        Op::dup_x1 => (1, 1),
        Op::dup_x2 => (1, if size(1)? == 2 { 1 } else { 2 }),
        Op::dup2 => (if size(0)? == 2 { 1 } else { 2 }, 0),
        Op::dup2_x1 => {
            let c = if size(0)? == 2 { 1 } else { 2 };
            (c, 1)
        }
        Op::dup2_x2 => {
            let c = if size(0)? == 2 { 1 } else { 2 };
            let b = if size(c)? == 2 { 1 } else { 2 };
            (c, b)
        }
        Op::swap => {
            let a = at(0)?;
            let b = at(1)?;
            stack[n - 1] = b;
            stack[n - 2] = a;
            return Ok(());
        }
        _ => return unsupported("not a stack shuffle"),
    };
    if n < copied + below {
        return unsupported("stack underflow");
    }
    let values: Vec<X> = stack[n - copied..].to_vec();
    stack.splice(n - copied - below..n - copied - below, values);
    Ok(())
}

/// The effect of one instruction on the kinds.
pub(crate) fn effect(
    instruction: &Instruction,
    state: &mut State,
    pool: &ConstantPool,
) -> Result<(), Error> {
    use K::*;
    let op = instruction.wide.unwrap_or(instruction.opcode);
    let stack = &mut state.stack;
    let index = match instruction.kind {
        Ops::Index(i) => i as u16,
        Ops::Interface { index, .. } | Ops::MultiArray { index, .. } => index,
        _ => 0,
    };
    if let Some((k, store)) = local_access(op) {
        let local = local_index(instruction);
        if store {
            pop(stack, 1)?;
            return set_local(&mut state.locals, local, k);
        }
        if state.locals.get(local).copied().flatten() != Some(k) {
            return unsupported(format!("load of local {local} of unknown kind"));
        }
        stack.push(k);
        return Ok(());
    }
    let unary = |stack: &mut Vec<K>, to: K| -> Result<(), Error> {
        pop(stack, 1)?;
        stack.push(to);
        Ok(())
    };
    let binary = |stack: &mut Vec<K>, to: K| -> Result<(), Error> {
        pop(stack, 2)?;
        stack.push(to);
        Ok(())
    };
    match op {
        Op::nop | Op::goto | Op::goto_w | Op::return_ => {}
        Op::iinc => {
            let local = local_index(instruction);
            if state.locals.get(local).copied().flatten() != Some(I) {
                return unsupported("iinc of a local of unknown kind");
            }
        }
        Op::aconst_null => stack.push(R),
        Op::iconst_m1
        | Op::iconst_0
        | Op::iconst_1
        | Op::iconst_2
        | Op::iconst_3
        | Op::iconst_4
        | Op::iconst_5
        | Op::bipush
        | Op::sipush => stack.push(I),
        Op::lconst_0 | Op::lconst_1 => stack.push(J),
        Op::fconst_0 | Op::fconst_1 | Op::fconst_2 => stack.push(F),
        Op::dconst_0 | Op::dconst_1 => stack.push(D),
        Op::ldc | Op::ldc_w | Op::ldc2_w => stack.push(constant_kind(pool, index)?),
        Op::iaload | Op::baload | Op::caload | Op::saload => binary(stack, I)?,
        Op::laload => binary(stack, J)?,
        Op::faload => binary(stack, F)?,
        Op::daload => binary(stack, D)?,
        Op::aaload => binary(stack, R)?,
        Op::iastore
        | Op::lastore
        | Op::fastore
        | Op::dastore
        | Op::aastore
        | Op::bastore
        | Op::castore
        | Op::sastore => pop(stack, 3)?,
        Op::pop => pop(stack, 1)?,
        Op::pop2 => {
            let n = if top(stack, 0)?.slots() == 2 { 1 } else { 2 };
            pop(stack, n)?
        }
        Op::dup | Op::dup_x1 | Op::dup_x2 | Op::dup2 | Op::dup2_x1 | Op::dup2_x2 | Op::swap => {
            shuffle(op, stack, |k| k.slots())?
        }
        Op::iadd
        | Op::isub
        | Op::imul
        | Op::idiv
        | Op::irem
        | Op::ishl
        | Op::ishr
        | Op::iushr
        | Op::iand
        | Op::ior
        | Op::ixor => binary(stack, I)?,
        Op::ladd
        | Op::lsub
        | Op::lmul
        | Op::ldiv
        | Op::lrem
        | Op::lshl
        | Op::lshr
        | Op::lushr
        | Op::land
        | Op::lor
        | Op::lxor => binary(stack, J)?,
        Op::fadd | Op::fsub | Op::fmul | Op::fdiv | Op::frem => binary(stack, F)?,
        Op::dadd | Op::dsub | Op::dmul | Op::ddiv | Op::drem => binary(stack, D)?,
        Op::ineg | Op::l2i | Op::f2i | Op::d2i | Op::i2b | Op::i2c | Op::i2s => unary(stack, I)?,
        Op::lneg | Op::i2l | Op::f2l | Op::d2l => unary(stack, J)?,
        Op::fneg | Op::i2f | Op::l2f | Op::d2f => unary(stack, F)?,
        Op::dneg | Op::i2d | Op::l2d | Op::f2d => unary(stack, D)?,
        Op::lcmp | Op::fcmpl | Op::fcmpg | Op::dcmpl | Op::dcmpg => binary(stack, I)?,
        Op::ifeq | Op::ifne | Op::iflt | Op::ifge | Op::ifgt | Op::ifle => pop(stack, 1)?,
        Op::ifnull | Op::ifnonnull => pop(stack, 1)?,
        Op::if_icmpeq
        | Op::if_icmpne
        | Op::if_icmplt
        | Op::if_icmpge
        | Op::if_icmpgt
        | Op::if_icmple
        | Op::if_acmpeq
        | Op::if_acmpne => pop(stack, 2)?,
        Op::tableswitch | Op::lookupswitch => pop(stack, 1)?,
        Op::ireturn | Op::lreturn | Op::freturn | Op::dreturn | Op::areturn | Op::athrow => {
            pop(stack, 1)?
        }
        Op::getstatic => stack.push(K::of(&field_type(pool, index)?)),
        Op::putstatic => pop(stack, 1)?,
        Op::getfield => unary(stack, K::of(&field_type(pool, index)?))?,
        Op::putfield => pop(stack, 2)?,
        Op::invokevirtual
        | Op::invokespecial
        | Op::invokestatic
        | Op::invokeinterface
        | Op::invokedynamic => {
            let descriptor = invoke_descriptor(pool, op, index)?;
            let receiver = !matches!(op, Op::invokestatic | Op::invokedynamic) as usize;
            pop(stack, descriptor.parameters.len() + receiver)?;
            if let Some(t) = &descriptor.return_type {
                stack.push(K::of(t));
            }
        }
        Op::new => stack.push(R),
        Op::newarray | Op::anewarray => unary(stack, R)?,
        Op::arraylength => unary(stack, I)?,
        Op::checkcast => unary(stack, R)?,
        Op::instanceof => unary(stack, I)?,
        Op::monitorenter | Op::monitorexit => pop(stack, 1)?,
        Op::multianewarray => {
            let Ops::MultiArray { dimensions, .. } = instruction.kind else {
                return unsupported("multianewarray");
            };
            pop(stack, dimensions as usize)?;
            stack.push(R);
        }
        other => return unsupported(format!("instruction {}", other.mnemonic())),
    }
    Ok(())
}

/// Methods with more locals than this get no liveness (everything counts as live): the sets
/// cost `instructions × locals` bits.
const MAX_LIVENESS_LOCALS: usize = 1024;
/// Nor do methods whose exception table times instructions exceeds this (the coverage
/// lists), or whose analysis takes more passes than this: a crafted class file must not
/// make the compiler thread work quadratically.
const MAX_LIVENESS_COVERAGE: usize = 1 << 22;
const MAX_LIVENESS_PASSES: usize = 64;

/// The locals each instruction may read before writing them (JVMS-level liveness over the
/// bytecode, handlers included: a local an exception handler reads is live throughout the
/// range it covers, since the interpreter runs the handler from the frame).
pub(crate) struct Liveness {
    words: usize,
    /// `words` words per instruction: bit `slot` set when live before it.
    live: Vec<u64>,
}

impl Liveness {
    fn get(&self, i: usize, slot: usize) -> bool {
        self.live[i * self.words + slot / 64] & (1 << (slot % 64)) != 0
    }

    /// Leaves in `locals` (the kinds before instruction `i`) only what is live: a dead
    /// reference becomes [`K::Null`], any other dead local `None`.
    pub(crate) fn mask(&self, i: usize, locals: &mut [Option<K>]) {
        for (slot, k) in locals.iter_mut().enumerate() {
            if let Some(kind) = *k {
                if !self.get(i, slot) {
                    *k = (kind == K::R).then_some(K::Null);
                }
            }
        }
    }
}

/// Computes the liveness of `instructions`' locals, or `None` for methods with too many.
pub(crate) fn liveness(
    instructions: &[Instruction],
    index_of: &BTreeMap<u32, usize>,
    handlers: &[ExceptionHandler],
    max_locals: u16,
) -> Option<Liveness> {
    let max_locals = max_locals as usize;
    if max_locals > MAX_LIVENESS_LOCALS
        || handlers.len().saturating_mul(instructions.len()) > MAX_LIVENESS_COVERAGE
    {
        return None;
    }
    let words = max_locals.div_ceil(64).max(1);
    let n = instructions.len();
    // Per instruction: the locals it reads and writes, its successors, and the handlers
    // whose range covers it.
    let mut uses = vec![0u64; n * words];
    let mut defs = vec![0u64; n * words];
    let mut successors: Vec<Vec<usize>> = Vec::with_capacity(n);
    let mut covering: Vec<Vec<usize>> = vec![Vec::new(); n];
    let set = |bits: &mut [u64], i: usize, slot: usize| {
        if slot < max_locals {
            bits[i * words + slot / 64] |= 1 << (slot % 64);
        }
    };
    for (i, instruction) in instructions.iter().enumerate() {
        let op = instruction.wide.unwrap_or(instruction.opcode);
        if let Some((k, store)) = local_access(op) {
            let slot = local_index(instruction);
            for s in slot..slot + k.slots() {
                set(if store { &mut defs } else { &mut uses }, i, s);
            }
        } else if op == Op::iinc {
            set(&mut uses, i, local_index(instruction));
        }
        let mut next = Vec::new();
        for target in branch_targets(instruction) {
            next.push(*index_of.get(&target)?);
        }
        if falls_through(op) && i + 1 < n {
            next.push(i + 1);
        }
        successors.push(next);
        for handler in handlers {
            if (handler.start_pc as u32..handler.end_pc as u32).contains(&instruction.pc) {
                covering[i].push(*index_of.get(&(handler.handler_pc as u32))?);
            }
        }
    }
    // Backward to a fixed point: live(i) = uses(i) ∪ (∪ live(successor) − defs(i)) ∪
    // (∪ live(handler)).
    let mut live = vec![0u64; n * words];
    let mut row = vec![0u64; words];
    let mut changed = true;
    let mut passes = 0;
    while changed {
        passes += 1;
        if passes > MAX_LIVENESS_PASSES {
            return None;
        }
        changed = false;
        for i in (0..n).rev() {
            row.fill(0);
            for &s in &successors[i] {
                for w in 0..words {
                    row[w] |= live[s * words + w];
                }
            }
            for w in 0..words {
                row[w] = (row[w] & !defs[i * words + w]) | uses[i * words + w];
            }
            for &h in &covering[i] {
                for w in 0..words {
                    row[w] |= live[h * words + w];
                }
            }
            let at = &mut live[i * words..(i + 1) * words];
            if at != row.as_slice() {
                for w in 0..words {
                    at[w] |= row[w];
                }
                changed = true;
            }
        }
    }
    Some(Liveness { words, live })
}

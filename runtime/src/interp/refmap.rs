//! Reference maps: for every reachable instruction, which local and operand-stack slots hold
//! references before it runs. The collector reads them to find roots in interpreter frames
//! without tagging slots (HotSpot's OopMapCache idea). The same abstract interpretation checks
//! what the interpreter relies on: consistent stack heights, stack within `max_stack`, locals
//! within `max_locals`, and no value used as two different kinds at a merge.
//!
//! It is not the verifier: references are one type here, with no class hierarchy. `jsr`/`ret`
//! are handled conservatively (a `ret` flows to every `jsr` return point); the verifier issue
//! replaces this by inlining subroutines.

use cortado_classfile::{Constant, ConstantPool, FieldType, MethodDescriptor};

use crate::interp::prepare::{Insn, Prepared, Switch};

/// Abstract slot contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum T {
    /// Unusable: uninitialized, or different kinds merged.
    Top,
    /// int, float, or a return address.
    One,
    Ref,
    /// First slot of a long or double.
    Wide,
    /// Second slot of a long or double.
    Hi,
}

#[derive(Clone, PartialEq)]
struct State {
    locals: Vec<T>,
    stack: Vec<T>,
    /// For each stack slot, the instruction that produced the value (`UNKNOWN` where paths
    /// disagree): what helpful NullPointerException messages describe.
    sources: Vec<u32>,
}

/// A stack value whose producing instruction is not known (paths disagree, or an exception).
pub(crate) const UNKNOWN: u32 = u32::MAX;

/// Applies a `dup`-family or `swap` shuffle to any stack of values; `Err` on underflow.
pub(crate) fn shuffle_values<X: Clone>(insn: Insn, stack: &mut Vec<X>) -> Result<(), ()> {
    shuffle(insn, stack).unwrap_or(Ok(()))
}

/// The stack shuffles of the `dup` family and `swap`, applied the same way to types and to
/// sources. `None` for other instructions.
fn shuffle<X: Clone>(insn: Insn, stack: &mut Vec<X>) -> Option<Result<(), ()>> {
    let needed = match insn {
        Insn::Dup => 1,
        Insn::DupX1 | Insn::Dup2 | Insn::Swap => 2,
        Insn::DupX2 | Insn::Dup2X1 => 3,
        Insn::Dup2X2 => 4,
        _ => return None,
    };
    if stack.len() < needed {
        return Some(Err(()));
    }
    let n = stack.len();
    let top: Vec<X> = stack[n - needed..].to_vec();
    stack.truncate(n - needed);
    // `top` lists the values bottom to top: for needed = 3, [c, b, a].
    let out: Vec<X> = match (insn, top.as_slice()) {
        (Insn::Dup, [a]) => vec![a.clone(), a.clone()],
        (Insn::DupX1, [b, a]) => vec![a.clone(), b.clone(), a.clone()],
        (Insn::DupX2, [c, b, a]) => vec![a.clone(), c.clone(), b.clone(), a.clone()],
        (Insn::Dup2, [b, a]) => vec![b.clone(), a.clone(), b.clone(), a.clone()],
        (Insn::Dup2X1, [c, b, a]) => vec![b.clone(), a.clone(), c.clone(), b.clone(), a.clone()],
        (Insn::Dup2X2, [d, c, b, a]) => vec![
            b.clone(),
            a.clone(),
            d.clone(),
            c.clone(),
            b.clone(),
            a.clone(),
        ],
        (Insn::Swap, [b, a]) => vec![a.clone(), b.clone()],
        _ => unreachable!("lengths match the needed counts"),
    };
    stack.extend(out);
    Some(Ok(()))
}

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

/// What an instruction needs from the constant pool to know its stack effect.
fn descriptor_of(pool: &ConstantPool, index: u16) -> Result<(String, String), String> {
    match pool.get(index) {
        Some(
            Constant::FieldRef { .. }
            | Constant::MethodRef { .. }
            | Constant::InterfaceMethodRef { .. },
        ) => {
            let (member, _) = pool.member_ref(index).map_err(|e| e.to_string())?;
            Ok((member.name.to_owned(), member.descriptor.to_owned()))
        }
        Some(
            Constant::InvokeDynamic { name_and_type, .. } | Constant::Dynamic { name_and_type, .. },
        ) => {
            let (name, descriptor) = pool
                .name_and_type(*name_and_type)
                .map_err(|e| e.to_string())?;
            Ok((name.to_owned(), descriptor.to_owned()))
        }
        _ => Err(format!("Illegal constant pool index {index}")),
    }
}

fn push_type(stack: &mut Vec<T>, field_type: &FieldType) {
    match field_type {
        FieldType::Long | FieldType::Double => {
            stack.push(T::Wide);
            stack.push(T::Hi);
        }
        t if t.is_reference() => stack.push(T::Ref),
        _ => stack.push(T::One),
    }
}

/// Computes the maps of a prepared method. `arguments` are the kinds of the initial locals
/// (receiver first). Fails with a VerifyError message when the code is inconsistent.
pub(crate) fn compute(
    prepared: &Prepared,
    pool: &ConstantPool,
    is_static: bool,
    descriptor: &MethodDescriptor,
) -> Result<RefMaps, String> {
    let states = analyze(prepared, pool, is_static, descriptor)?;
    let max_locals = prepared.max_locals as usize;
    let max_stack = prepared.max_stack as usize;
    let count = prepared.insns.len();
    let words_per_row = (max_locals + max_stack).div_ceil(64).max(1);
    let mut bits = vec![0u64; words_per_row * count];
    let mut heights = vec![UNREACHED; count];
    for (pc, state) in states.iter().enumerate() {
        let Some(state) = state else { continue };
        heights[pc] = state.stack.len() as u16;
        let row = &mut bits[pc * words_per_row..(pc + 1) * words_per_row];
        for (i, t) in state.locals.iter().chain(state.stack.iter()).enumerate() {
            let slot = if i < state.locals.len() {
                i
            } else {
                max_locals + i - state.locals.len()
            };
            if *t == T::Ref {
                row[slot / 64] |= 1 << (slot % 64);
            }
        }
    }
    Ok(RefMaps {
        words_per_row,
        max_locals,
        bits,
        heights,
    })
}

/// The maps of a prepared method computed again (for measuring); `None` if they fail.
pub(crate) fn recompute(
    class: &crate::class::Class,
    method: &crate::class::Method,
    prepared: &Prepared,
) -> Option<RefMaps> {
    let pool = &class.file.as_ref()?.constant_pool;
    compute(prepared, pool, method.is_static(), &method.parsed).ok()
}

/// For every instruction, the producing instruction of each operand-stack slot (bottom
/// first) before it runs; `None` for unreachable instructions. Computed on demand: it serves
/// exception messages, not execution.
pub(crate) fn stack_sources(
    prepared: &Prepared,
    pool: &ConstantPool,
    is_static: bool,
    descriptor: &MethodDescriptor,
) -> Option<Vec<Option<Vec<u32>>>> {
    let states = analyze(prepared, pool, is_static, descriptor).ok()?;
    Some(
        states
            .into_iter()
            .map(|state| state.map(|s| s.sources))
            .collect(),
    )
}

/// The abstract interpretation itself: the state before every reachable instruction.
fn analyze(
    prepared: &Prepared,
    pool: &ConstantPool,
    is_static: bool,
    descriptor: &MethodDescriptor,
) -> Result<Vec<Option<State>>, String> {
    let max_locals = prepared.max_locals as usize;
    let max_stack = prepared.max_stack as usize;
    let count = prepared.insns.len();
    let mut initial = State {
        locals: vec![T::Top; max_locals],
        stack: Vec::new(),
        sources: Vec::new(),
    };
    let mut local = 0;
    let mut put = |t: T, locals: &mut Vec<T>| -> Result<(), String> {
        if local >= max_locals {
            return Err("Arguments can't fit into locals".into());
        }
        locals[local] = t;
        local += 1;
        Ok(())
    };
    if !is_static {
        put(T::Ref, &mut initial.locals)?;
    }
    for parameter in &descriptor.parameters {
        match parameter {
            FieldType::Long | FieldType::Double => {
                put(T::Wide, &mut initial.locals)?;
                put(T::Hi, &mut initial.locals)?;
            }
            t if t.is_reference() => put(T::Ref, &mut initial.locals)?,
            _ => put(T::One, &mut initial.locals)?,
        }
    }
    let mut states: Vec<Option<State>> = vec![None; count];
    let mut work = vec![0usize];
    states[0] = Some(initial);
    // Return points of every jsr, for the conservative ret.
    let jsr_returns: Vec<usize> = prepared
        .insns
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i, Insn::Jsr(_)))
        .map(|(pc, _)| pc + 1)
        .collect();

    while let Some(pc) = work.pop() {
        let state = states[pc]
            .clone()
            .expect("queued instructions have a state");
        let insn = prepared.insns[pc];
        let fail = |reason: &str| format!("{reason} at bytecode offset {}", prepared.bci[pc]);
        // Exceptional edges: any instruction inside a handler's range can throw.
        for handler in &prepared.handlers {
            if (handler.start as usize..handler.end as usize).contains(&pc) {
                let target = State {
                    locals: state.locals.clone(),
                    stack: vec![T::Ref],
                    sources: vec![UNKNOWN],
                };
                merge_into(&mut states, &mut work, handler.handler as usize, target)
                    .map_err(|r| fail(&r))?;
            }
        }
        let mut s = state;
        let mut successors: Vec<usize> = Vec::with_capacity(2);
        let mut falls_through = true;
        let pre_height = s.stack.len();
        let mut popped = 0usize;
        macro_rules! pop {
            () => {{
                popped += 1;
                s.stack
                    .pop()
                    .ok_or_else(|| fail("Unable to pop operand off an empty stack"))?
            }};
        }
        macro_rules! pop_n {
            ($n:expr) => {
                for _ in 0..$n {
                    pop!();
                }
            };
        }
        let local_index = |i: u16, width: usize| -> Result<usize, String> {
            let i = i as usize;
            if i + width > max_locals {
                Err(fail("Illegal local variable number"))
            } else {
                Ok(i)
            }
        };
        match insn {
            Insn::Nop => {}
            Insn::AconstNull => s.stack.push(T::Ref),
            Insn::Iconst(_) | Insn::Fconst(_) => s.stack.push(T::One),
            Insn::Lconst(_) | Insn::Dconst(_) | Insn::Ldc2(_) => {
                s.stack.push(T::Wide);
                s.stack.push(T::Hi);
            }
            Insn::Ldc(index) => match pool.get(index) {
                Some(Constant::Integer(_) | Constant::Float(_)) => s.stack.push(T::One),
                Some(Constant::Dynamic { .. }) => {
                    let (_, d) = descriptor_of(pool, index).map_err(|r| fail(&r))?;
                    let t = FieldType::parse(&d).map_err(|e| fail(&e.to_string()))?;
                    push_type(&mut s.stack, &t);
                }
                _ => s.stack.push(T::Ref),
            },
            Insn::Load1(i) => {
                let i = local_index(i, 1)?;
                match s.locals[i] {
                    t @ (T::One | T::Ref) => s.stack.push(t),
                    _ => return Err(fail("Bad local variable type")),
                }
            }
            Insn::Load2(i) => {
                let i = local_index(i, 2)?;
                if s.locals[i] != T::Wide || s.locals[i + 1] != T::Hi {
                    return Err(fail("Bad local variable type"));
                }
                s.stack.push(T::Wide);
                s.stack.push(T::Hi);
            }
            Insn::Store1(i) => {
                let i = local_index(i, 1)?;
                let t = pop!();
                if !matches!(t, T::One | T::Ref) {
                    return Err(fail("Bad type on operand stack"));
                }
                invalidate_wide(&mut s.locals, i);
                s.locals[i] = t;
            }
            Insn::Store2(i) => {
                let i = local_index(i, 2)?;
                let hi = pop!();
                let lo = pop!();
                if lo != T::Wide || hi != T::Hi {
                    return Err(fail("Bad type on operand stack"));
                }
                invalidate_wide(&mut s.locals, i);
                invalidate_wide(&mut s.locals, i + 1);
                s.locals[i] = T::Wide;
                s.locals[i + 1] = T::Hi;
            }
            Insn::ArrayLoad(t) => {
                pop_n!(2);
                match t {
                    crate::class::BasicType::Long | crate::class::BasicType::Double => {
                        s.stack.push(T::Wide);
                        s.stack.push(T::Hi);
                    }
                    crate::class::BasicType::Reference => s.stack.push(T::Ref),
                    _ => s.stack.push(T::One),
                }
            }
            Insn::ArrayStore(t) => pop_n!(2 + t.slots()),
            Insn::Pop => {
                pop!();
            }
            Insn::Pop2 => pop_n!(2),
            Insn::Dup
            | Insn::DupX1
            | Insn::DupX2
            | Insn::Dup2
            | Insn::Dup2X1
            | Insn::Dup2X2
            | Insn::Swap => {
                if let Some(Err(())) = shuffle(insn, &mut s.stack) {
                    return Err(fail("Unable to pop operand off an empty stack"));
                }
            }
            Insn::Iadd
            | Insn::Fadd
            | Insn::Isub
            | Insn::Fsub
            | Insn::Imul
            | Insn::Fmul
            | Insn::Idiv
            | Insn::Fdiv
            | Insn::Irem
            | Insn::Frem
            | Insn::Ishl
            | Insn::Ishr
            | Insn::Iushr
            | Insn::Iand
            | Insn::Ior
            | Insn::Ixor
            | Insn::Fcmpl
            | Insn::Fcmpg => {
                pop_n!(2);
                s.stack.push(T::One);
            }
            Insn::Ladd
            | Insn::Dadd
            | Insn::Lsub
            | Insn::Dsub
            | Insn::Lmul
            | Insn::Dmul
            | Insn::Ldiv
            | Insn::Ddiv
            | Insn::Lrem
            | Insn::Drem
            | Insn::Land
            | Insn::Lor
            | Insn::Lxor => {
                pop_n!(4);
                s.stack.extend([T::Wide, T::Hi]);
            }
            Insn::Lshl | Insn::Lshr | Insn::Lushr => {
                pop_n!(3);
                s.stack.extend([T::Wide, T::Hi]);
            }
            Insn::Ineg | Insn::Fneg | Insn::I2f | Insn::F2i | Insn::I2b | Insn::I2c | Insn::I2s => {
                pop!();
                s.stack.push(T::One);
            }
            Insn::Lneg | Insn::Dneg | Insn::L2d | Insn::D2l => {
                pop_n!(2);
                s.stack.extend([T::Wide, T::Hi]);
            }
            Insn::I2l | Insn::I2d | Insn::F2l | Insn::F2d => {
                pop!();
                s.stack.extend([T::Wide, T::Hi]);
            }
            Insn::L2i | Insn::L2f | Insn::D2i | Insn::D2f => {
                pop_n!(2);
                s.stack.push(T::One);
            }
            Insn::Lcmp | Insn::Dcmpl | Insn::Dcmpg => {
                pop_n!(4);
                s.stack.push(T::One);
            }
            Insn::Iinc(i, _) => {
                let i = local_index(i, 1)?;
                if s.locals[i] != T::One {
                    return Err(fail("Bad local variable type"));
                }
            }
            Insn::If(_, target) | Insn::IfNull(target) | Insn::IfNonNull(target) => {
                pop!();
                successors.push(target as usize);
            }
            Insn::IfIcmp(_, target) | Insn::IfAcmpEq(target) | Insn::IfAcmpNe(target) => {
                pop_n!(2);
                successors.push(target as usize);
            }
            Insn::Goto(target) => {
                successors.push(target as usize);
                falls_through = false;
            }
            Insn::Jsr(target) => {
                s.stack.push(T::One);
                successors.push(target as usize);
                falls_through = false;
            }
            Insn::Ret(i) => {
                local_index(i, 1)?;
                successors.extend(jsr_returns.iter().copied());
                falls_through = false;
            }
            Insn::TableSwitch(index) | Insn::LookupSwitch(index) => {
                pop!();
                match &prepared.switches[index as usize] {
                    Switch::Table {
                        default, targets, ..
                    } => {
                        successors.push(*default as usize);
                        successors.extend(targets.iter().map(|&t| t as usize));
                    }
                    Switch::Lookup { default, pairs } => {
                        successors.push(*default as usize);
                        successors.extend(pairs.iter().map(|&(_, t)| t as usize));
                    }
                }
                falls_through = false;
            }
            Insn::Return1 => {
                pop!();
                falls_through = false;
            }
            Insn::Return2 => {
                pop_n!(2);
                falls_through = false;
            }
            Insn::ReturnVoid => falls_through = false,
            Insn::Athrow => {
                pop!();
                falls_through = false;
            }
            Insn::GetStatic(index)
            | Insn::GetField(index)
            | Insn::PutStatic(index)
            | Insn::PutField(index) => {
                let (_, d) = descriptor_of(pool, index).map_err(|r| fail(&r))?;
                let t = FieldType::parse(&d).map_err(|e| fail(&e.to_string()))?;
                match insn {
                    Insn::GetStatic(_) => push_type(&mut s.stack, &t),
                    Insn::GetField(_) => {
                        pop!();
                        push_type(&mut s.stack, &t);
                    }
                    Insn::PutStatic(_) => pop_n!(t.slots()),
                    _ => pop_n!(t.slots() + 1),
                }
            }
            Insn::InvokeVirtual(index)
            | Insn::InvokeSpecial(index)
            | Insn::InvokeStatic(index)
            | Insn::InvokeInterface(index)
            | Insn::InvokeDynamic(index) => {
                let (name, d) = descriptor_of(pool, index).map_err(|r| fail(&r))?;
                let md = MethodDescriptor::parse(&d).map_err(|e| fail(&e.to_string()))?;
                let receiver = !matches!(insn, Insn::InvokeStatic(_) | Insn::InvokeDynamic(_));
                pop_n!(md.parameter_slots() + receiver as usize);
                if name == "<init>" && matches!(insn, Insn::InvokeSpecial(_)) {
                    // The receiver was uninitialized; every copy of it is now a plain reference,
                    // which it already is in this lattice.
                }
                if let Some(t) = &md.return_type {
                    push_type(&mut s.stack, t);
                }
            }
            Insn::New(_) => s.stack.push(T::Ref),
            Insn::NewArray(_) | Insn::ANewArray(_) => {
                pop!();
                s.stack.push(T::Ref);
            }
            Insn::ArrayLength | Insn::InstanceOf(_) => {
                pop!();
                s.stack.push(T::One);
            }
            Insn::CheckCast(_) => {
                pop!();
                s.stack.push(T::Ref);
            }
            Insn::MonitorEnter | Insn::MonitorExit => {
                pop!();
            }
            Insn::MultiANewArray(_, dimensions) => {
                pop_n!(dimensions);
                s.stack.push(T::Ref);
            }
        }
        if s.stack.len() > max_stack {
            return Err(fail("Stack size too large"));
        }
        // Values this instruction pushed come from it; shuffles move their sources along.
        if shuffle(insn, &mut s.sources).is_none() {
            s.sources.truncate(pre_height - popped);
            s.sources.resize(s.stack.len(), pc as u32);
        }
        if falls_through {
            if pc + 1 >= count {
                return Err(fail("Falling off the end of the code"));
            }
            successors.push(pc + 1);
        }
        for target in successors {
            merge_into(&mut states, &mut work, target, s.clone()).map_err(|r| fail(&r))?;
        }
    }

    Ok(states)
}

/// Storing into one half of a long or double destroys the other half.
fn invalidate_wide(locals: &mut [T], i: usize) {
    match locals[i] {
        T::Wide if i + 1 < locals.len() => locals[i + 1] = T::Top,
        T::Hi if i > 0 => locals[i - 1] = T::Top,
        _ => {}
    }
}

fn merge_into(
    states: &mut [Option<State>],
    work: &mut Vec<usize>,
    target: usize,
    incoming: State,
) -> Result<(), String> {
    let Some(slot) = states.get_mut(target) else {
        return Err("Illegal target of jump or branch".into());
    };
    match slot {
        None => {
            *slot = Some(incoming);
            work.push(target);
        }
        Some(existing) => {
            if existing.stack.len() != incoming.stack.len() {
                return Err("Inconsistent stack height".into());
            }
            let mut changed = false;
            for (a, b) in existing.locals.iter_mut().zip(&incoming.locals) {
                if *a != *b && *a != T::Top {
                    *a = T::Top;
                    changed = true;
                }
            }
            for (a, b) in existing.sources.iter_mut().zip(&incoming.sources) {
                if *a != *b && *a != UNKNOWN {
                    *a = UNKNOWN;
                    changed = true;
                }
            }
            for (a, b) in existing.stack.iter_mut().zip(&incoming.stack) {
                if *a != *b {
                    // Stack slots must agree: the interpreter reads them without checks.
                    return Err("Mismatched stack types".into());
                }
            }
            if changed {
                work.push(target);
            }
        }
    }
    Ok(())
}

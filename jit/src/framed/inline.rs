//! Inlining of small *leaf* static methods: straight-line arithmetic on primitives (no
//! branches, objects, calls or anything that can throw), so that the inlined body needs no
//! frame of its own: nothing in it can deoptimize, collect or appear in a stack trace. The
//! call still counts its step (`call_step`), so step counts agree across tiers.

use cortado_classfile::opcode::{
    decode_all, Instruction, InstructionOperands as Ops, Opcode as Op,
};
use cortado_classfile::{Constant, ConstantPool, MethodDescriptor};
use cranelift_codegen::ir::immediates::{Ieee32, Ieee64};
use cranelift_codegen::ir::{types, InstBuilder, Value};
use cranelift_frontend::FunctionBuilder;

use super::analysis::{local_access, local_index, K};

/// A static method the runtime offers for inlining ([`super::FrameEnvironment::leaf_method`]).
pub struct LeafMethod {
    pub code: Vec<u8>,
    /// The class file whose constant pool the code uses.
    pub file: std::sync::Arc<cortado_classfile::ClassFile>,
    pub max_locals: u16,
    pub descriptor: MethodDescriptor,
}

/// Bytecode longer than this is not inlined (HotSpot's `MaxInlineSize`).
pub const MAX_LEAF_BYTES: usize = 35;

/// The decoded body of `leaf` if every instruction is one the inliner handles and the last
/// one, only, returns a primitive.
pub(super) fn plan(leaf: &LeafMethod) -> Option<Vec<Instruction>> {
    if leaf.code.len() > MAX_LEAF_BYTES {
        return None;
    }
    let instructions = decode_all(&leaf.code).ok()?;
    let (last, body) = instructions.split_last()?;
    if !matches!(
        last.opcode,
        Op::ireturn | Op::lreturn | Op::freturn | Op::dreturn
    ) {
        return None;
    }
    // A divisor must be a constant other than 0 and -1 (no ArithmeticException, no overflow
    // trap): the instruction before the division pushes it.
    let mut previous: Option<&Instruction> = None;
    for instruction in body {
        let op = instruction.wide.unwrap_or(instruction.opcode);
        let ok = match op {
            Op::idiv | Op::irem | Op::ldiv | Op::lrem => {
                matches!(previous.and_then(|p| constant_int(p, &leaf.file.constant_pool)), Some(c) if c != 0 && c != -1)
            }
            _ => supported(op, instruction, &leaf.file.constant_pool),
        };
        if !ok {
            return None;
        }
        previous = Some(instruction);
    }
    Some(instructions)
}

fn supported(op: Op, instruction: &Instruction, pool: &ConstantPool) -> bool {
    use Op::*;
    if let Some((k, _)) = local_access(op) {
        return k != K::R;
    }
    match op {
        iconst_m1 | iconst_0 | iconst_1 | iconst_2 | iconst_3 | iconst_4 | iconst_5 | lconst_0
        | lconst_1 | fconst_0 | fconst_1 | fconst_2 | dconst_0 | dconst_1 | bipush | sipush
        | iinc => true,
        ldc | ldc_w | ldc2_w => matches!(
            pool.get(index_of(instruction)),
            Some(
                Constant::Integer(_) | Constant::Long(_) | Constant::Float(_) | Constant::Double(_)
            )
        ),
        iadd | isub | imul | ineg | ishl | ishr | iushr | iand | ior | ixor | ladd | lsub
        | lmul | lneg | lshl | lshr | lushr | land | lor | lxor | fadd | fsub | fmul | fdiv
        | fneg | dadd | dsub | dmul | ddiv | dneg | i2l | l2i | i2f | i2d | l2f | l2d | f2d
        | d2f | i2b | i2c | i2s => true,
        _ => false,
    }
}

fn index_of(instruction: &Instruction) -> u16 {
    match instruction.kind {
        Ops::Index(i) => i as u16,
        _ => 0,
    }
}

/// The integer an instruction pushes, if it pushes a constant one.
fn constant_int(instruction: &Instruction, pool: &ConstantPool) -> Option<i64> {
    let op = instruction.wide.unwrap_or(instruction.opcode);
    Some(match op {
        Op::iconst_m1 => -1,
        Op::iconst_0 | Op::lconst_0 => 0,
        Op::iconst_1 | Op::lconst_1 => 1,
        Op::iconst_2 => 2,
        Op::iconst_3 => 3,
        Op::iconst_4 => 4,
        Op::iconst_5 => 5,
        Op::bipush | Op::sipush => match instruction.kind {
            Ops::Immediate(v) => v as i64,
            _ => return None,
        },
        Op::ldc | Op::ldc_w | Op::ldc2_w => match pool.get(index_of(instruction)) {
            Some(Constant::Integer(v)) => *v as i64,
            Some(Constant::Long(v)) => *v,
            _ => return None,
        },
        _ => return None,
    })
}

/// Pushes the constant a constant instruction (`iconst_<n>` … `dconst_<n>`, `bipush`,
/// `sipush`, `ldc` of an int, long, float or double) pushes; `false` for any other
/// instruction. Shared by the translator and the leaf inliner.
pub(super) fn push_constant(
    b: &mut FunctionBuilder,
    instruction: &Instruction,
    pool: &ConstantPool,
    stack: &mut Vec<(Value, K)>,
) -> bool {
    let op = instruction.wide.unwrap_or(instruction.opcode);
    let value = match op {
        Op::lconst_0 | Op::lconst_1 => {
            let c = op as i64 - Op::lconst_0 as i64;
            (b.ins().iconst(types::I64, c), K::J)
        }
        Op::fconst_0 | Op::fconst_1 | Op::fconst_2 => {
            let c = (op as u8 - Op::fconst_0 as u8) as f32;
            (b.ins().f32const(c), K::F)
        }
        Op::dconst_0 | Op::dconst_1 => {
            let c = (op as u8 - Op::dconst_0 as u8) as f64;
            (b.ins().f64const(c), K::D)
        }
        Op::ldc | Op::ldc_w | Op::ldc2_w => match pool.get(index_of(instruction)) {
            Some(Constant::Integer(v)) => (b.ins().iconst(types::I32, *v as i64), K::I),
            Some(Constant::Long(v)) => (b.ins().iconst(types::I64, *v), K::J),
            Some(Constant::Float(v)) => (b.ins().f32const(Ieee32::with_bits(v.to_bits())), K::F),
            Some(Constant::Double(v)) => (b.ins().f64const(Ieee64::with_bits(v.to_bits())), K::D),
            _ => return false,
        },
        _ => match constant_int(instruction, pool) {
            Some(c) => (b.ins().iconst(types::I32, c), K::I),
            None => return false,
        },
    };
    stack.push(value);
    true
}

/// Emits `leaf`'s body (as `plan` gave it) on the caller's operand stack: pops the
/// arguments, pushes the result.
pub(super) fn emit(
    b: &mut FunctionBuilder,
    leaf: &LeafMethod,
    body: &[Instruction],
    stack: &mut Vec<(Value, K)>,
) {
    let mut locals: Vec<Option<Value>> = vec![None; leaf.max_locals as usize + 1];
    let kinds: Vec<K> = leaf.descriptor.parameters.iter().map(K::of).collect();
    let first = stack.len() - kinds.len();
    let mut slot = 0;
    for (value, k) in stack.drain(first..) {
        locals[slot] = Some(value);
        slot += k.slots();
    }
    let mut s: Vec<(Value, K)> = Vec::new();
    let pool = &leaf.file.constant_pool;
    for instruction in body {
        let op = instruction.wide.unwrap_or(instruction.opcode);
        if let Some((k, store)) = local_access(op) {
            let index = local_index(instruction);
            if store {
                locals[index] = s.pop().map(|(v, _)| v);
            } else {
                let v = locals[index].expect("verified: locals are set before use");
                s.push((v, k));
            }
            continue;
        }
        if super::arithmetic(b, op, &mut s) || push_constant(b, instruction, pool, &mut s) {
            continue;
        }
        match op {
            Op::iinc => {
                if let Ops::Iinc { index, delta } = instruction.kind {
                    let v = locals[index as usize].expect("verified");
                    locals[index as usize] = Some(b.ins().iadd_imm_s(v, delta as i64));
                }
            }
            // By a constant other than 0 and -1 (see `plan`): no check needed.
            Op::idiv | Op::ldiv | Op::irem | Op::lrem => {
                let (y, k) = s.pop().expect("verified");
                let (x, _) = s.pop().expect("verified");
                let r = if matches!(op, Op::idiv | Op::ldiv) {
                    b.ins().sdiv(x, y)
                } else {
                    b.ins().srem(x, y)
                };
                s.push((r, k));
            }
            Op::ireturn | Op::lreturn | Op::freturn | Op::dreturn => {
                let result = s.pop().expect("verified: a value to return");
                stack.push(result);
                return;
            }
            _ => unreachable!("plan admits no other instruction"),
        }
    }
}

//! Turns a method's bytecode into the interpreter's pre-decoded form: one `Insn` per
//! instruction with its operands decoded, and branch targets, exception ranges and switch
//! tables rewritten from bytecode offsets to instruction indices. Symbolic references stay
//! constant-pool indices; they resolve lazily through the class's resolution cache.

use std::sync::OnceLock;

use cortado_classfile::opcode::{self, InstructionOperands as Ops, Opcode as Op};
use cortado_classfile::{Code, Constant, ConstantPool};

use crate::class::BasicType;
use crate::verify::maps::RefMaps;

/// Comparison of an `if*` instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cond {
    Eq,
    Ne,
    Lt,
    Ge,
    Gt,
    Le,
}

impl Cond {
    #[inline]
    pub(crate) fn test(self, ordering: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            Cond::Eq => ordering == Equal,
            Cond::Ne => ordering != Equal,
            Cond::Lt => ordering == Less,
            Cond::Ge => ordering != Less,
            Cond::Gt => ordering == Greater,
            Cond::Le => ordering != Greater,
        }
    }
}

/// One pre-decoded instruction. Targets are instruction indices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Insn {
    Nop,
    AconstNull,
    Iconst(i32),
    Lconst(i64),
    Fconst(f32),
    Dconst(f64),
    Ldc(u16),
    Ldc2(u16),
    /// Load/store of a one-slot local (int, float, reference).
    Load1(u16),
    Load2(u16),
    Store1(u16),
    Store2(u16),
    ArrayLoad(BasicType),
    ArrayStore(BasicType),
    Pop,
    Pop2,
    Dup,
    DupX1,
    DupX2,
    Dup2,
    Dup2X1,
    Dup2X2,
    Swap,
    Iadd,
    Ladd,
    Fadd,
    Dadd,
    Isub,
    Lsub,
    Fsub,
    Dsub,
    Imul,
    Lmul,
    Fmul,
    Dmul,
    Idiv,
    Ldiv,
    Fdiv,
    Ddiv,
    Irem,
    Lrem,
    Frem,
    Drem,
    Ineg,
    Lneg,
    Fneg,
    Dneg,
    Ishl,
    Lshl,
    Ishr,
    Lshr,
    Iushr,
    Lushr,
    Iand,
    Land,
    Ior,
    Lor,
    Ixor,
    Lxor,
    Iinc(u16, i16),
    I2l,
    I2f,
    I2d,
    L2i,
    L2f,
    L2d,
    F2i,
    F2l,
    F2d,
    D2i,
    D2l,
    D2f,
    I2b,
    I2c,
    I2s,
    Lcmp,
    Fcmpl,
    Fcmpg,
    Dcmpl,
    Dcmpg,
    If(Cond, u32),
    IfIcmp(Cond, u32),
    IfAcmpEq(u32),
    IfAcmpNe(u32),
    IfNull(u32),
    IfNonNull(u32),
    Goto(u32),
    Jsr(u32),
    Ret(u16),
    TableSwitch(u32),
    LookupSwitch(u32),
    Return1,
    Return2,
    ReturnVoid,
    GetStatic(u16),
    PutStatic(u16),
    GetField(u16),
    PutField(u16),
    InvokeVirtual(u16),
    InvokeSpecial(u16),
    InvokeStatic(u16),
    InvokeInterface(u16),
    InvokeDynamic(u16),
    New(u16),
    NewArray(BasicType),
    ANewArray(u16),
    ArrayLength,
    Athrow,
    CheckCast(u16),
    InstanceOf(u16),
    MonitorEnter,
    MonitorExit,
    MultiANewArray(u16, u8),
}

#[derive(Debug, Clone)]
pub(crate) enum Switch {
    Table {
        low: i32,
        default: u32,
        targets: Vec<u32>,
    },
    Lookup {
        default: u32,
        pairs: Vec<(i32, u32)>,
    },
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Handler {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    /// Constant-pool index of the caught class; 0 catches everything.
    pub catch_type: u16,
}

/// A method body ready for the interpreter.
#[derive(Debug)]
pub(crate) struct Prepared {
    pub insns: Vec<Insn>,
    /// Bytecode offset of each instruction.
    pub bci: Vec<u32>,
    pub max_locals: u16,
    pub max_stack: u16,
    pub handlers: Vec<Handler>,
    pub switches: Vec<Switch>,
    /// Reference maps for the collector, computed at preparation time.
    pub ref_maps: OnceLock<RefMaps>,
}

/// Decodes `code`. Errors are VerifyError messages.
pub(crate) fn prepare(code: &Code, pool: &ConstantPool) -> Result<Prepared, String> {
    let decoded = opcode::decode_all(&code.code)
        .map_err(|e| format!("{} at bytecode offset {}", e.reason, e.pc))?;
    let bci: Vec<u32> = decoded.iter().map(|i| i.pc).collect();
    let index_of = |target: u32| -> Result<u32, String> {
        bci.binary_search(&target)
            .map(|i| i as u32)
            .map_err(|_| format!("Illegal target of jump or branch: {target}"))
    };
    let mut switches = Vec::new();
    let mut insns = Vec::with_capacity(decoded.len());
    for instruction in &decoded {
        let index = || match instruction.kind {
            Ops::Index(i) => i,
            _ => 0,
        };
        let cp = || index() as u16;
        let branch = || match instruction.kind {
            Ops::Branch(target) => index_of(target),
            _ => Err("bad branch".to_owned()),
        };
        let local = index() as u16;
        let insn = match instruction.opcode {
            Op::nop => Insn::Nop,
            Op::aconst_null => Insn::AconstNull,
            Op::iconst_m1 => Insn::Iconst(-1),
            Op::iconst_0 => Insn::Iconst(0),
            Op::iconst_1 => Insn::Iconst(1),
            Op::iconst_2 => Insn::Iconst(2),
            Op::iconst_3 => Insn::Iconst(3),
            Op::iconst_4 => Insn::Iconst(4),
            Op::iconst_5 => Insn::Iconst(5),
            Op::lconst_0 => Insn::Lconst(0),
            Op::lconst_1 => Insn::Lconst(1),
            Op::fconst_0 => Insn::Fconst(0.0),
            Op::fconst_1 => Insn::Fconst(1.0),
            Op::fconst_2 => Insn::Fconst(2.0),
            Op::dconst_0 => Insn::Dconst(0.0),
            Op::dconst_1 => Insn::Dconst(1.0),
            Op::bipush | Op::sipush => match instruction.kind {
                Ops::Immediate(v) => Insn::Iconst(v),
                _ => unreachable!("decoder gives immediates for pushes"),
            },
            // Numeric constants need no resolution: decode them now.
            Op::ldc | Op::ldc_w => match pool.get(cp()) {
                Some(Constant::Integer(v)) => Insn::Iconst(*v),
                Some(Constant::Float(v)) => Insn::Fconst(*v),
                _ => Insn::Ldc(cp()),
            },
            Op::ldc2_w => match pool.get(cp()) {
                Some(Constant::Long(v)) => Insn::Lconst(*v),
                Some(Constant::Double(v)) => Insn::Dconst(*v),
                _ => Insn::Ldc2(cp()),
            },
            Op::iload | Op::fload | Op::aload => Insn::Load1(local),
            Op::lload | Op::dload => Insn::Load2(local),
            Op::istore | Op::fstore | Op::astore => Insn::Store1(local),
            Op::lstore | Op::dstore => Insn::Store2(local),
            Op::iload_0 | Op::fload_0 | Op::aload_0 => Insn::Load1(0),
            Op::iload_1 | Op::fload_1 | Op::aload_1 => Insn::Load1(1),
            Op::iload_2 | Op::fload_2 | Op::aload_2 => Insn::Load1(2),
            Op::iload_3 | Op::fload_3 | Op::aload_3 => Insn::Load1(3),
            Op::lload_0 | Op::dload_0 => Insn::Load2(0),
            Op::lload_1 | Op::dload_1 => Insn::Load2(1),
            Op::lload_2 | Op::dload_2 => Insn::Load2(2),
            Op::lload_3 | Op::dload_3 => Insn::Load2(3),
            Op::istore_0 | Op::fstore_0 | Op::astore_0 => Insn::Store1(0),
            Op::istore_1 | Op::fstore_1 | Op::astore_1 => Insn::Store1(1),
            Op::istore_2 | Op::fstore_2 | Op::astore_2 => Insn::Store1(2),
            Op::istore_3 | Op::fstore_3 | Op::astore_3 => Insn::Store1(3),
            Op::lstore_0 | Op::dstore_0 => Insn::Store2(0),
            Op::lstore_1 | Op::dstore_1 => Insn::Store2(1),
            Op::lstore_2 | Op::dstore_2 => Insn::Store2(2),
            Op::lstore_3 | Op::dstore_3 => Insn::Store2(3),
            Op::iaload => Insn::ArrayLoad(BasicType::Int),
            Op::laload => Insn::ArrayLoad(BasicType::Long),
            Op::faload => Insn::ArrayLoad(BasicType::Float),
            Op::daload => Insn::ArrayLoad(BasicType::Double),
            Op::aaload => Insn::ArrayLoad(BasicType::Reference),
            Op::baload => Insn::ArrayLoad(BasicType::Byte),
            Op::caload => Insn::ArrayLoad(BasicType::Char),
            Op::saload => Insn::ArrayLoad(BasicType::Short),
            Op::iastore => Insn::ArrayStore(BasicType::Int),
            Op::lastore => Insn::ArrayStore(BasicType::Long),
            Op::fastore => Insn::ArrayStore(BasicType::Float),
            Op::dastore => Insn::ArrayStore(BasicType::Double),
            Op::aastore => Insn::ArrayStore(BasicType::Reference),
            Op::bastore => Insn::ArrayStore(BasicType::Byte),
            Op::castore => Insn::ArrayStore(BasicType::Char),
            Op::sastore => Insn::ArrayStore(BasicType::Short),
            Op::pop => Insn::Pop,
            Op::pop2 => Insn::Pop2,
            Op::dup => Insn::Dup,
            Op::dup_x1 => Insn::DupX1,
            Op::dup_x2 => Insn::DupX2,
            Op::dup2 => Insn::Dup2,
            Op::dup2_x1 => Insn::Dup2X1,
            Op::dup2_x2 => Insn::Dup2X2,
            Op::swap => Insn::Swap,
            Op::iadd => Insn::Iadd,
            Op::ladd => Insn::Ladd,
            Op::fadd => Insn::Fadd,
            Op::dadd => Insn::Dadd,
            Op::isub => Insn::Isub,
            Op::lsub => Insn::Lsub,
            Op::fsub => Insn::Fsub,
            Op::dsub => Insn::Dsub,
            Op::imul => Insn::Imul,
            Op::lmul => Insn::Lmul,
            Op::fmul => Insn::Fmul,
            Op::dmul => Insn::Dmul,
            Op::idiv => Insn::Idiv,
            Op::ldiv => Insn::Ldiv,
            Op::fdiv => Insn::Fdiv,
            Op::ddiv => Insn::Ddiv,
            Op::irem => Insn::Irem,
            Op::lrem => Insn::Lrem,
            Op::frem => Insn::Frem,
            Op::drem => Insn::Drem,
            Op::ineg => Insn::Ineg,
            Op::lneg => Insn::Lneg,
            Op::fneg => Insn::Fneg,
            Op::dneg => Insn::Dneg,
            Op::ishl => Insn::Ishl,
            Op::lshl => Insn::Lshl,
            Op::ishr => Insn::Ishr,
            Op::lshr => Insn::Lshr,
            Op::iushr => Insn::Iushr,
            Op::lushr => Insn::Lushr,
            Op::iand => Insn::Iand,
            Op::land => Insn::Land,
            Op::ior => Insn::Ior,
            Op::lor => Insn::Lor,
            Op::ixor => Insn::Ixor,
            Op::lxor => Insn::Lxor,
            Op::iinc => match instruction.kind {
                Ops::Iinc { index, delta } => Insn::Iinc(index, delta),
                _ => unreachable!("decoder gives Iinc operands"),
            },
            Op::i2l => Insn::I2l,
            Op::i2f => Insn::I2f,
            Op::i2d => Insn::I2d,
            Op::l2i => Insn::L2i,
            Op::l2f => Insn::L2f,
            Op::l2d => Insn::L2d,
            Op::f2i => Insn::F2i,
            Op::f2l => Insn::F2l,
            Op::f2d => Insn::F2d,
            Op::d2i => Insn::D2i,
            Op::d2l => Insn::D2l,
            Op::d2f => Insn::D2f,
            Op::i2b => Insn::I2b,
            Op::i2c => Insn::I2c,
            Op::i2s => Insn::I2s,
            Op::lcmp => Insn::Lcmp,
            Op::fcmpl => Insn::Fcmpl,
            Op::fcmpg => Insn::Fcmpg,
            Op::dcmpl => Insn::Dcmpl,
            Op::dcmpg => Insn::Dcmpg,
            Op::ifeq => Insn::If(Cond::Eq, branch()?),
            Op::ifne => Insn::If(Cond::Ne, branch()?),
            Op::iflt => Insn::If(Cond::Lt, branch()?),
            Op::ifge => Insn::If(Cond::Ge, branch()?),
            Op::ifgt => Insn::If(Cond::Gt, branch()?),
            Op::ifle => Insn::If(Cond::Le, branch()?),
            Op::if_icmpeq => Insn::IfIcmp(Cond::Eq, branch()?),
            Op::if_icmpne => Insn::IfIcmp(Cond::Ne, branch()?),
            Op::if_icmplt => Insn::IfIcmp(Cond::Lt, branch()?),
            Op::if_icmpge => Insn::IfIcmp(Cond::Ge, branch()?),
            Op::if_icmpgt => Insn::IfIcmp(Cond::Gt, branch()?),
            Op::if_icmple => Insn::IfIcmp(Cond::Le, branch()?),
            Op::if_acmpeq => Insn::IfAcmpEq(branch()?),
            Op::if_acmpne => Insn::IfAcmpNe(branch()?),
            Op::ifnull => Insn::IfNull(branch()?),
            Op::ifnonnull => Insn::IfNonNull(branch()?),
            Op::goto | Op::goto_w => Insn::Goto(branch()?),
            Op::jsr | Op::jsr_w => Insn::Jsr(branch()?),
            Op::ret => Insn::Ret(local),
            Op::tableswitch => match &instruction.kind {
                Ops::TableSwitch {
                    default,
                    low,
                    targets,
                    ..
                } => {
                    let targets = targets
                        .iter()
                        .map(|&t| index_of(t))
                        .collect::<Result<_, _>>()?;
                    switches.push(Switch::Table {
                        low: *low,
                        default: index_of(*default)?,
                        targets,
                    });
                    Insn::TableSwitch(switches.len() as u32 - 1)
                }
                _ => unreachable!("decoder gives tableswitch operands"),
            },
            Op::lookupswitch => match &instruction.kind {
                Ops::LookupSwitch { default, pairs } => {
                    let pairs = pairs
                        .iter()
                        .map(|&(k, t)| Ok((k, index_of(t)?)))
                        .collect::<Result<_, String>>()?;
                    switches.push(Switch::Lookup {
                        default: index_of(*default)?,
                        pairs,
                    });
                    Insn::LookupSwitch(switches.len() as u32 - 1)
                }
                _ => unreachable!("decoder gives lookupswitch operands"),
            },
            Op::ireturn | Op::freturn | Op::areturn => Insn::Return1,
            Op::lreturn | Op::dreturn => Insn::Return2,
            Op::return_ => Insn::ReturnVoid,
            Op::getstatic => Insn::GetStatic(cp()),
            Op::putstatic => Insn::PutStatic(cp()),
            Op::getfield => Insn::GetField(cp()),
            Op::putfield => Insn::PutField(cp()),
            Op::invokevirtual => Insn::InvokeVirtual(cp()),
            Op::invokespecial => Insn::InvokeSpecial(cp()),
            Op::invokestatic => Insn::InvokeStatic(cp()),
            Op::invokeinterface => match instruction.kind {
                Ops::Interface { index, .. } => Insn::InvokeInterface(index),
                _ => unreachable!("decoder gives invokeinterface operands"),
            },
            Op::invokedynamic => Insn::InvokeDynamic(cp()),
            Op::new => Insn::New(cp()),
            Op::newarray => {
                let code = index() as u8;
                Insn::NewArray(
                    BasicType::from_array_type_code(code)
                        .ok_or_else(|| format!("Illegal newarray type {code}"))?,
                )
            }
            Op::anewarray => Insn::ANewArray(cp()),
            Op::arraylength => Insn::ArrayLength,
            Op::athrow => Insn::Athrow,
            Op::checkcast => Insn::CheckCast(cp()),
            Op::instanceof => Insn::InstanceOf(cp()),
            Op::monitorenter => Insn::MonitorEnter,
            Op::monitorexit => Insn::MonitorExit,
            Op::multianewarray => match instruction.kind {
                Ops::MultiArray { index, dimensions } => {
                    if dimensions == 0 {
                        return Err("Illegal dimension in multianewarray: 0".into());
                    }
                    Insn::MultiANewArray(index, dimensions)
                }
                _ => unreachable!("decoder gives multianewarray operands"),
            },
            Op::wide => match (instruction.wide, &instruction.kind) {
                (Some(Op::iinc), Ops::Iinc { index, delta }) => Insn::Iinc(*index, *delta),
                (Some(Op::iload | Op::fload | Op::aload), _) => Insn::Load1(local),
                (Some(Op::lload | Op::dload), _) => Insn::Load2(local),
                (Some(Op::istore | Op::fstore | Op::astore), _) => Insn::Store1(local),
                (Some(Op::lstore | Op::dstore), _) => Insn::Store2(local),
                (Some(Op::ret), _) => Insn::Ret(local),
                _ => return Err("Bad wide instruction".into()),
            },
        };
        insns.push(insn);
    }
    let code_end = code.code.len() as u32;
    let boundary = |pc: u32| -> Result<u32, String> {
        if pc == code_end {
            Ok(insns.len() as u32)
        } else {
            index_of(pc)
        }
    };
    let mut handlers = Vec::with_capacity(code.exception_table.len());
    for entry in &code.exception_table {
        let start = index_of(entry.start_pc as u32)
            .map_err(|_| "Illegal exception table range".to_owned())?;
        let end = boundary(entry.end_pc as u32)
            .map_err(|_| "Illegal exception table range".to_owned())?;
        let handler = index_of(entry.handler_pc as u32)
            .map_err(|_| "Illegal exception table handler".to_owned())?;
        if start >= end {
            return Err("Illegal exception table range".into());
        }
        handlers.push(Handler {
            start,
            end,
            handler,
            catch_type: entry.catch_type,
        });
    }
    Ok(Prepared {
        insns,
        bci,
        max_locals: code.max_locals,
        max_stack: code.max_stack,
        handlers,
        switches,
        ref_maps: OnceLock::new(),
    })
}

//! THE opcode table (JVMS ch. 6): one row per instruction giving its byte value, mnemonic and
//! operand format. The interpreter's decoder, the reference-map analysis and the disassembler
//! all read instructions through this table.

/// How an instruction's operands are laid out after the opcode byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operands {
    None,
    /// One signed or unsigned byte (bipush, local index, newarray type).
    U1,
    /// Two bytes (sipush, constant-pool index, branch offset).
    U2,
    /// Four bytes (goto_w, jsr_w).
    U4,
    /// iinc: local index and signed byte.
    Iinc,
    /// invokeinterface: index, count, zero.
    Interface,
    /// invokedynamic: index, two zero bytes.
    Dynamic,
    /// multianewarray: index, dimensions.
    MultiArray,
    TableSwitch,
    LookupSwitch,
    Wide,
}

macro_rules! opcodes {
    ($($name:ident = $value:literal, $mnemonic:literal, $operands:ident;)*) => {
        /// A JVM instruction opcode.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(non_camel_case_types)]
        pub enum Opcode { $($name = $value,)* }

        impl Opcode {
            /// The opcode with this byte value, if any.
            pub fn from_byte(byte: u8) -> Option<Opcode> {
                match byte { $($value => Some(Opcode::$name),)* _ => None }
            }
            /// The javap mnemonic.
            pub fn mnemonic(self) -> &'static str {
                match self { $(Opcode::$name => $mnemonic,)* }
            }
            pub fn operands(self) -> Operands {
                match self { $(Opcode::$name => Operands::$operands,)* }
            }
        }
    };
}

impl Opcode {
    /// A branch with a two-byte offset (the conditional branches, `goto` and `jsr`).
    pub fn is_branch16(self) -> bool {
        matches!(
            self,
            Opcode::ifeq
                | Opcode::ifne
                | Opcode::iflt
                | Opcode::ifge
                | Opcode::ifgt
                | Opcode::ifle
                | Opcode::if_icmpeq
                | Opcode::if_icmpne
                | Opcode::if_icmplt
                | Opcode::if_icmpge
                | Opcode::if_icmpgt
                | Opcode::if_icmple
                | Opcode::if_acmpeq
                | Opcode::if_acmpne
                | Opcode::goto
                | Opcode::jsr
                | Opcode::ifnull
                | Opcode::ifnonnull
        )
    }
}

opcodes! {
    nop = 0x00, "nop", None;
    aconst_null = 0x01, "aconst_null", None;
    iconst_m1 = 0x02, "iconst_m1", None;
    iconst_0 = 0x03, "iconst_0", None;
    iconst_1 = 0x04, "iconst_1", None;
    iconst_2 = 0x05, "iconst_2", None;
    iconst_3 = 0x06, "iconst_3", None;
    iconst_4 = 0x07, "iconst_4", None;
    iconst_5 = 0x08, "iconst_5", None;
    lconst_0 = 0x09, "lconst_0", None;
    lconst_1 = 0x0a, "lconst_1", None;
    fconst_0 = 0x0b, "fconst_0", None;
    fconst_1 = 0x0c, "fconst_1", None;
    fconst_2 = 0x0d, "fconst_2", None;
    dconst_0 = 0x0e, "dconst_0", None;
    dconst_1 = 0x0f, "dconst_1", None;
    bipush = 0x10, "bipush", U1;
    sipush = 0x11, "sipush", U2;
    ldc = 0x12, "ldc", U1;
    ldc_w = 0x13, "ldc_w", U2;
    ldc2_w = 0x14, "ldc2_w", U2;
    iload = 0x15, "iload", U1;
    lload = 0x16, "lload", U1;
    fload = 0x17, "fload", U1;
    dload = 0x18, "dload", U1;
    aload = 0x19, "aload", U1;
    iload_0 = 0x1a, "iload_0", None;
    iload_1 = 0x1b, "iload_1", None;
    iload_2 = 0x1c, "iload_2", None;
    iload_3 = 0x1d, "iload_3", None;
    lload_0 = 0x1e, "lload_0", None;
    lload_1 = 0x1f, "lload_1", None;
    lload_2 = 0x20, "lload_2", None;
    lload_3 = 0x21, "lload_3", None;
    fload_0 = 0x22, "fload_0", None;
    fload_1 = 0x23, "fload_1", None;
    fload_2 = 0x24, "fload_2", None;
    fload_3 = 0x25, "fload_3", None;
    dload_0 = 0x26, "dload_0", None;
    dload_1 = 0x27, "dload_1", None;
    dload_2 = 0x28, "dload_2", None;
    dload_3 = 0x29, "dload_3", None;
    aload_0 = 0x2a, "aload_0", None;
    aload_1 = 0x2b, "aload_1", None;
    aload_2 = 0x2c, "aload_2", None;
    aload_3 = 0x2d, "aload_3", None;
    iaload = 0x2e, "iaload", None;
    laload = 0x2f, "laload", None;
    faload = 0x30, "faload", None;
    daload = 0x31, "daload", None;
    aaload = 0x32, "aaload", None;
    baload = 0x33, "baload", None;
    caload = 0x34, "caload", None;
    saload = 0x35, "saload", None;
    istore = 0x36, "istore", U1;
    lstore = 0x37, "lstore", U1;
    fstore = 0x38, "fstore", U1;
    dstore = 0x39, "dstore", U1;
    astore = 0x3a, "astore", U1;
    istore_0 = 0x3b, "istore_0", None;
    istore_1 = 0x3c, "istore_1", None;
    istore_2 = 0x3d, "istore_2", None;
    istore_3 = 0x3e, "istore_3", None;
    lstore_0 = 0x3f, "lstore_0", None;
    lstore_1 = 0x40, "lstore_1", None;
    lstore_2 = 0x41, "lstore_2", None;
    lstore_3 = 0x42, "lstore_3", None;
    fstore_0 = 0x43, "fstore_0", None;
    fstore_1 = 0x44, "fstore_1", None;
    fstore_2 = 0x45, "fstore_2", None;
    fstore_3 = 0x46, "fstore_3", None;
    dstore_0 = 0x47, "dstore_0", None;
    dstore_1 = 0x48, "dstore_1", None;
    dstore_2 = 0x49, "dstore_2", None;
    dstore_3 = 0x4a, "dstore_3", None;
    astore_0 = 0x4b, "astore_0", None;
    astore_1 = 0x4c, "astore_1", None;
    astore_2 = 0x4d, "astore_2", None;
    astore_3 = 0x4e, "astore_3", None;
    iastore = 0x4f, "iastore", None;
    lastore = 0x50, "lastore", None;
    fastore = 0x51, "fastore", None;
    dastore = 0x52, "dastore", None;
    aastore = 0x53, "aastore", None;
    bastore = 0x54, "bastore", None;
    castore = 0x55, "castore", None;
    sastore = 0x56, "sastore", None;
    pop = 0x57, "pop", None;
    pop2 = 0x58, "pop2", None;
    dup = 0x59, "dup", None;
    dup_x1 = 0x5a, "dup_x1", None;
    dup_x2 = 0x5b, "dup_x2", None;
    dup2 = 0x5c, "dup2", None;
    dup2_x1 = 0x5d, "dup2_x1", None;
    dup2_x2 = 0x5e, "dup2_x2", None;
    swap = 0x5f, "swap", None;
    iadd = 0x60, "iadd", None;
    ladd = 0x61, "ladd", None;
    fadd = 0x62, "fadd", None;
    dadd = 0x63, "dadd", None;
    isub = 0x64, "isub", None;
    lsub = 0x65, "lsub", None;
    fsub = 0x66, "fsub", None;
    dsub = 0x67, "dsub", None;
    imul = 0x68, "imul", None;
    lmul = 0x69, "lmul", None;
    fmul = 0x6a, "fmul", None;
    dmul = 0x6b, "dmul", None;
    idiv = 0x6c, "idiv", None;
    ldiv = 0x6d, "ldiv", None;
    fdiv = 0x6e, "fdiv", None;
    ddiv = 0x6f, "ddiv", None;
    irem = 0x70, "irem", None;
    lrem = 0x71, "lrem", None;
    frem = 0x72, "frem", None;
    drem = 0x73, "drem", None;
    ineg = 0x74, "ineg", None;
    lneg = 0x75, "lneg", None;
    fneg = 0x76, "fneg", None;
    dneg = 0x77, "dneg", None;
    ishl = 0x78, "ishl", None;
    lshl = 0x79, "lshl", None;
    ishr = 0x7a, "ishr", None;
    lshr = 0x7b, "lshr", None;
    iushr = 0x7c, "iushr", None;
    lushr = 0x7d, "lushr", None;
    iand = 0x7e, "iand", None;
    land = 0x7f, "land", None;
    ior = 0x80, "ior", None;
    lor = 0x81, "lor", None;
    ixor = 0x82, "ixor", None;
    lxor = 0x83, "lxor", None;
    iinc = 0x84, "iinc", Iinc;
    i2l = 0x85, "i2l", None;
    i2f = 0x86, "i2f", None;
    i2d = 0x87, "i2d", None;
    l2i = 0x88, "l2i", None;
    l2f = 0x89, "l2f", None;
    l2d = 0x8a, "l2d", None;
    f2i = 0x8b, "f2i", None;
    f2l = 0x8c, "f2l", None;
    f2d = 0x8d, "f2d", None;
    d2i = 0x8e, "d2i", None;
    d2l = 0x8f, "d2l", None;
    d2f = 0x90, "d2f", None;
    i2b = 0x91, "i2b", None;
    i2c = 0x92, "i2c", None;
    i2s = 0x93, "i2s", None;
    lcmp = 0x94, "lcmp", None;
    fcmpl = 0x95, "fcmpl", None;
    fcmpg = 0x96, "fcmpg", None;
    dcmpl = 0x97, "dcmpl", None;
    dcmpg = 0x98, "dcmpg", None;
    ifeq = 0x99, "ifeq", U2;
    ifne = 0x9a, "ifne", U2;
    iflt = 0x9b, "iflt", U2;
    ifge = 0x9c, "ifge", U2;
    ifgt = 0x9d, "ifgt", U2;
    ifle = 0x9e, "ifle", U2;
    if_icmpeq = 0x9f, "if_icmpeq", U2;
    if_icmpne = 0xa0, "if_icmpne", U2;
    if_icmplt = 0xa1, "if_icmplt", U2;
    if_icmpge = 0xa2, "if_icmpge", U2;
    if_icmpgt = 0xa3, "if_icmpgt", U2;
    if_icmple = 0xa4, "if_icmple", U2;
    if_acmpeq = 0xa5, "if_acmpeq", U2;
    if_acmpne = 0xa6, "if_acmpne", U2;
    goto = 0xa7, "goto", U2;
    jsr = 0xa8, "jsr", U2;
    ret = 0xa9, "ret", U1;
    tableswitch = 0xaa, "tableswitch", TableSwitch;
    lookupswitch = 0xab, "lookupswitch", LookupSwitch;
    ireturn = 0xac, "ireturn", None;
    lreturn = 0xad, "lreturn", None;
    freturn = 0xae, "freturn", None;
    dreturn = 0xaf, "dreturn", None;
    areturn = 0xb0, "areturn", None;
    return_ = 0xb1, "return", None;
    getstatic = 0xb2, "getstatic", U2;
    putstatic = 0xb3, "putstatic", U2;
    getfield = 0xb4, "getfield", U2;
    putfield = 0xb5, "putfield", U2;
    invokevirtual = 0xb6, "invokevirtual", U2;
    invokespecial = 0xb7, "invokespecial", U2;
    invokestatic = 0xb8, "invokestatic", U2;
    invokeinterface = 0xb9, "invokeinterface", Interface;
    invokedynamic = 0xba, "invokedynamic", Dynamic;
    new = 0xbb, "new", U2;
    newarray = 0xbc, "newarray", U1;
    anewarray = 0xbd, "anewarray", U2;
    arraylength = 0xbe, "arraylength", None;
    athrow = 0xbf, "athrow", None;
    checkcast = 0xc0, "checkcast", U2;
    instanceof = 0xc1, "instanceof", U2;
    monitorenter = 0xc2, "monitorenter", None;
    monitorexit = 0xc3, "monitorexit", None;
    wide = 0xc4, "wide", Wide;
    multianewarray = 0xc5, "multianewarray", MultiArray;
    ifnull = 0xc6, "ifnull", U2;
    ifnonnull = 0xc7, "ifnonnull", U2;
    goto_w = 0xc8, "goto_w", U4;
    jsr_w = 0xc9, "jsr_w", U4;
}

/// One decoded instruction: where it is and its raw operands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    pub pc: u32,
    pub opcode: Opcode,
    /// For `wide`, the opcode it modifies.
    pub wide: Option<Opcode>,
    pub kind: InstructionOperands,
    pub length: u32,
}

/// Operands, decoded. Branch targets are absolute bytecode offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstructionOperands {
    None,
    /// Local-variable index (also for `wide`), constant-pool index, or an immediate.
    Index(u32),
    Immediate(i32),
    Branch(u32),
    Iinc {
        index: u16,
        delta: i16,
    },
    Interface {
        index: u16,
        count: u8,
    },
    MultiArray {
        index: u16,
        dimensions: u8,
    },
    TableSwitch {
        default: u32,
        low: i32,
        high: i32,
        targets: Vec<u32>,
    },
    LookupSwitch {
        default: u32,
        pairs: Vec<(i32, u32)>,
    },
}

/// Why decoding failed: the byte offset and a reason suitable for a VerifyError/ClassFormatError.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub pc: u32,
    pub reason: String,
}

fn read_u8(code: &[u8], at: usize) -> Option<u8> {
    code.get(at).copied()
}

fn read_u16(code: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*code.get(at)?, *code.get(at + 1)?]))
}

fn read_i32(code: &[u8], at: usize) -> Option<i32> {
    Some(i32::from_be_bytes([
        *code.get(at)?,
        *code.get(at + 1)?,
        *code.get(at + 2)?,
        *code.get(at + 3)?,
    ]))
}

/// Decodes the instruction at `pc`. Branch targets are computed but not range-checked here.
pub fn decode_at(code: &[u8], pc: usize) -> Result<Instruction, DecodeError> {
    let error = |reason: &str| DecodeError {
        pc: pc as u32,
        reason: reason.to_owned(),
    };
    let truncated = || error("Truncated instruction");
    let byte = read_u8(code, pc).ok_or_else(truncated)?;
    let opcode =
        Opcode::from_byte(byte).ok_or_else(|| error(&format!("Bad instruction: {byte:#04x}")))?;
    let target = |offset: i32| -> Result<u32, DecodeError> {
        let t = pc as i64 + offset as i64;
        if t < 0 || t > u32::MAX as i64 {
            Err(error("Illegal target of jump or branch"))
        } else {
            Ok(t as u32)
        }
    };
    let (kind, length) = match opcode.operands() {
        Operands::None => (InstructionOperands::None, 1),
        Operands::U1 => {
            let value = read_u8(code, pc + 1).ok_or_else(truncated)?;
            let kind = match opcode {
                Opcode::bipush => InstructionOperands::Immediate(value as i8 as i32),
                _ => InstructionOperands::Index(value as u32),
            };
            (kind, 2)
        }
        Operands::U2 => {
            let value = read_u16(code, pc + 1).ok_or_else(truncated)?;
            let kind = match opcode {
                Opcode::sipush => InstructionOperands::Immediate(value as i16 as i32),
                _ if opcode.is_branch16() => {
                    InstructionOperands::Branch(target(value as i16 as i32)?)
                }
                _ => InstructionOperands::Index(value as u32),
            };
            (kind, 3)
        }
        Operands::U4 => {
            let offset = read_i32(code, pc + 1).ok_or_else(truncated)?;
            (InstructionOperands::Branch(target(offset)?), 5)
        }
        Operands::Iinc => {
            let index = read_u8(code, pc + 1).ok_or_else(truncated)? as u16;
            let delta = read_u8(code, pc + 2).ok_or_else(truncated)? as i8 as i16;
            (InstructionOperands::Iinc { index, delta }, 3)
        }
        Operands::Interface => {
            let index = read_u16(code, pc + 1).ok_or_else(truncated)?;
            let count = read_u8(code, pc + 3).ok_or_else(truncated)?;
            read_u8(code, pc + 4).ok_or_else(truncated)?;
            (InstructionOperands::Interface { index, count }, 5)
        }
        Operands::Dynamic => {
            let index = read_u16(code, pc + 1).ok_or_else(truncated)?;
            read_u16(code, pc + 3).ok_or_else(truncated)?;
            (InstructionOperands::Index(index as u32), 5)
        }
        Operands::MultiArray => {
            let index = read_u16(code, pc + 1).ok_or_else(truncated)?;
            let dimensions = read_u8(code, pc + 3).ok_or_else(truncated)?;
            (InstructionOperands::MultiArray { index, dimensions }, 4)
        }
        Operands::TableSwitch => {
            let base = (pc + 4) & !3;
            let default = target(read_i32(code, base).ok_or_else(truncated)?)?;
            let low = read_i32(code, base + 4).ok_or_else(truncated)?;
            let high = read_i32(code, base + 8).ok_or_else(truncated)?;
            if low > high {
                return Err(error(
                    "low must be less than or equal to high in tableswitch",
                ));
            }
            let count = (high as i64 - low as i64 + 1) as usize;
            if count > code.len() {
                return Err(truncated());
            }
            let mut targets = Vec::with_capacity(count);
            for i in 0..count {
                targets.push(target(
                    read_i32(code, base + 12 + 4 * i).ok_or_else(truncated)?,
                )?);
            }
            (
                InstructionOperands::TableSwitch {
                    default,
                    low,
                    high,
                    targets,
                },
                base + 12 + 4 * count - pc,
            )
        }
        Operands::LookupSwitch => {
            let base = (pc + 4) & !3;
            let default = target(read_i32(code, base).ok_or_else(truncated)?)?;
            let count = read_i32(code, base + 4).ok_or_else(truncated)?;
            if count < 0 || count as usize > code.len() {
                return Err(error("Bad lookupswitch pair count"));
            }
            let mut pairs = Vec::with_capacity(count as usize);
            for i in 0..count as usize {
                let key = read_i32(code, base + 8 + 8 * i).ok_or_else(truncated)?;
                let offset = read_i32(code, base + 12 + 8 * i).ok_or_else(truncated)?;
                if let Some(&(previous, _)) = pairs.last() {
                    if key <= previous {
                        return Err(error("Bad lookupswitch instruction: keys not sorted"));
                    }
                }
                pairs.push((key, target(offset)?));
            }
            (
                InstructionOperands::LookupSwitch { default, pairs },
                base + 8 + 8 * count as usize - pc,
            )
        }
        Operands::Wide => {
            let inner_byte = read_u8(code, pc + 1).ok_or_else(truncated)?;
            let inner =
                Opcode::from_byte(inner_byte).ok_or_else(|| error("Bad wide instruction"))?;
            let index = read_u16(code, pc + 2).ok_or_else(truncated)?;
            let (kind, length) = match inner {
                Opcode::iinc => {
                    let delta = read_u16(code, pc + 4).ok_or_else(truncated)? as i16;
                    (InstructionOperands::Iinc { index, delta }, 6)
                }
                Opcode::iload
                | Opcode::lload
                | Opcode::fload
                | Opcode::dload
                | Opcode::aload
                | Opcode::istore
                | Opcode::lstore
                | Opcode::fstore
                | Opcode::dstore
                | Opcode::astore
                | Opcode::ret => (InstructionOperands::Index(index as u32), 4),
                _ => return Err(error("Bad wide instruction")),
            };
            return Ok(Instruction {
                pc: pc as u32,
                opcode,
                wide: Some(inner),
                kind,
                length,
            });
        }
    };
    Ok(Instruction {
        pc: pc as u32,
        opcode,
        wide: None,
        kind,
        length: length as u32,
    })
}

/// Decodes a whole method body, checking that instructions tile the code exactly.
pub fn decode_all(code: &[u8]) -> Result<Vec<Instruction>, DecodeError> {
    let mut instructions = Vec::new();
    let mut pc = 0;
    while pc < code.len() {
        let instruction = decode_at(code, pc)?;
        pc += instruction.length as usize;
        instructions.push(instruction);
    }
    Ok(instructions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_switches_with_padding() {
        // 0: iload_0; 1: tableswitch (pad to 4) default +20 low 1 high 2 -> +21, +22
        let mut code = vec![0x1a, 0xaa, 0, 0];
        for v in [20i32, 1, 2, 21, 22] {
            code.extend_from_slice(&v.to_be_bytes());
        }
        let all = decode_all(&code).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(
            all[1].kind,
            InstructionOperands::TableSwitch {
                default: 21,
                low: 1,
                high: 2,
                targets: vec![22, 23]
            }
        );
    }

    #[test]
    fn rejects_unknown_and_truncated() {
        assert!(decode_all(&[0xff]).is_err());
        assert!(decode_all(&[0x11, 0x00]).is_err());
        assert!(decode_all(&[0xc4, 0x60, 0, 1]).is_err());
    }
}

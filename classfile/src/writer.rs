//! A class-file writer: the VM uses it to synthesize classes (lambda proxies, string-concat and
//! record helpers) and tests use it to build valid and deliberately malformed classes.
//!
//! [`ConstantPoolBuilder`] interns constants, [`CodeBuilder`] assembles bytecode with labels,
//! [`ClassBuilder`] puts a class together, and [`write_class`] serializes a parsed
//! [`ClassFile`] back to bytes so tests can parse, mutate and write again. Like the parser,
//! nothing here panics: limits of the format (65535 constants, 64 KiB of code, branch offsets
//! that do not fit) come back as [`Error::Format`] from the final `finish`/`to_bytes` call, so
//! that the many small emit calls stay infallible and easy to chain.
//!
//! No StackMapTable is computed. Classes whose code branches need one from major version 50
//! on; a synthesizer either supplies frames in [`Code::stack_map`] or targets version 49, which
//! the type-inferencing verifier accepts without frames.

use std::collections::HashMap;

use crate::attributes::{StackMapFrame, VerificationType};
use crate::constant_pool::{Constant, ConstantPool};
use crate::error::{Error, Result};
use crate::mutf8;
use crate::opcode::{Opcode, Operands};
use crate::{Attributes, ClassFile, Code, ExceptionHandler, Field, Method};

/// Interns constant-pool entries: asking twice for the same constant gives the same index.
#[derive(Debug, Clone)]
pub struct ConstantPoolBuilder {
    /// Serialized entries, in index order.
    bytes: Vec<u8>,
    /// The index the next entry gets (the pool count once written).
    next: u32,
    /// Serialized entry -> index, for de-duplication (floats compare by bits, as they should).
    interned: HashMap<Vec<u8>, u16>,
    error: Option<String>,
}

impl Default for ConstantPoolBuilder {
    fn default() -> Self {
        ConstantPoolBuilder {
            bytes: Vec::new(),
            next: 1,
            interned: HashMap::new(),
            error: None,
        }
    }
}

const TAG_UTF8: u8 = 1;
const TAG_INTEGER: u8 = 3;
const TAG_FLOAT: u8 = 4;
const TAG_LONG: u8 = 5;
const TAG_DOUBLE: u8 = 6;
const TAG_CLASS: u8 = 7;
const TAG_STRING: u8 = 8;
const TAG_FIELDREF: u8 = 9;
const TAG_METHODREF: u8 = 10;
const TAG_INTERFACE_METHODREF: u8 = 11;
const TAG_NAME_AND_TYPE: u8 = 12;
const TAG_METHOD_HANDLE: u8 = 15;
const TAG_METHOD_TYPE: u8 = 16;
const TAG_DYNAMIC: u8 = 17;
const TAG_INVOKE_DYNAMIC: u8 = 18;
const TAG_MODULE: u8 = 19;
const TAG_PACKAGE: u8 = 20;

fn entry(tag: u8, payload: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(1 + payload.len());
    bytes.push(tag);
    bytes.extend_from_slice(payload);
    bytes
}

fn two(a: u16, b: u16) -> [u8; 4] {
    let [a0, a1] = a.to_be_bytes();
    let [b0, b1] = b.to_be_bytes();
    [a0, a1, b0, b1]
}

impl ConstantPoolBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts from an existing pool, keeping every entry at its index (Utf8 entries keep their
    /// exact UTF-16 content, unpaired surrogates included). New entries go after them.
    pub fn from_pool(pool: &ConstantPool) -> Self {
        let mut builder = Self::default();
        let entries = pool.entries();
        let mut index = 1;
        while index < entries.len() {
            let constant = &entries[index];
            let bytes = match constant {
                // A stray unusable slot (only possible in a hand-built pool) cannot be written
                // without shifting later indices.
                Constant::Unusable => {
                    builder.fail(format!(
                        "Unusable constant pool slot {index} cannot be written"
                    ));
                    index += 1;
                    continue;
                }
                Constant::Utf8(_) => {
                    let units = pool.utf16(index as u16).unwrap_or_default();
                    match utf8_entry(&units) {
                        Ok(bytes) => bytes,
                        Err(message) => {
                            builder.fail(message);
                            entry(TAG_UTF8, &[0, 0])
                        }
                    }
                }
                other => constant_entry(other),
            };
            let wide = matches!(constant, Constant::Long(_) | Constant::Double(_));
            builder.push(bytes, wide);
            index += if wide { 2 } else { 1 };
        }
        builder
    }

    fn fail(&mut self, message: String) {
        self.error.get_or_insert(message);
    }

    /// Appends an entry without looking for a duplicate; returns its index (0 once full).
    fn push(&mut self, bytes: Vec<u8>, wide: bool) -> u16 {
        let slots = if wide { 2 } else { 1 };
        if self.next + slots > 0xFFFF {
            self.fail("Too many constants: the constant pool is limited to 65535 entries".into());
            return 0;
        }
        let index = self.next as u16;
        self.next += slots;
        self.bytes.extend_from_slice(&bytes);
        self.interned.entry(bytes).or_insert(index);
        index
    }

    fn intern(&mut self, bytes: Vec<u8>, wide: bool) -> u16 {
        match self.interned.get(&bytes) {
            Some(&index) => index,
            None => self.push(bytes, wide),
        }
    }

    /// Number of slots used, counting the unusable slot 0: the `constant_pool_count` to write.
    pub fn count(&self) -> u16 {
        self.next.min(0xFFFF) as u16
    }

    pub fn utf8(&mut self, text: &str) -> u16 {
        let units: Vec<u16> = text.encode_utf16().collect();
        self.utf8_units(&units)
    }

    /// A Utf8 entry from UTF-16 code units, so that unpaired surrogates survive.
    pub fn utf8_units(&mut self, units: &[u16]) -> u16 {
        match utf8_entry(units) {
            Ok(bytes) => self.intern(bytes, false),
            Err(message) => {
                self.fail(message);
                0
            }
        }
    }

    pub fn class(&mut self, internal_name: &str) -> u16 {
        let name = self.utf8(internal_name);
        self.intern(entry(TAG_CLASS, &name.to_be_bytes()), false)
    }

    pub fn string(&mut self, text: &str) -> u16 {
        let utf8 = self.utf8(text);
        self.intern(entry(TAG_STRING, &utf8.to_be_bytes()), false)
    }

    pub fn integer(&mut self, value: i32) -> u16 {
        self.intern(entry(TAG_INTEGER, &value.to_be_bytes()), false)
    }

    pub fn float(&mut self, value: f32) -> u16 {
        self.intern(entry(TAG_FLOAT, &value.to_bits().to_be_bytes()), false)
    }

    pub fn long(&mut self, value: i64) -> u16 {
        self.intern(entry(TAG_LONG, &value.to_be_bytes()), true)
    }

    pub fn double(&mut self, value: f64) -> u16 {
        self.intern(entry(TAG_DOUBLE, &value.to_bits().to_be_bytes()), true)
    }

    pub fn name_and_type(&mut self, name: &str, descriptor: &str) -> u16 {
        let name = self.utf8(name);
        let descriptor = self.utf8(descriptor);
        self.intern(entry(TAG_NAME_AND_TYPE, &two(name, descriptor)), false)
    }

    fn member(&mut self, tag: u8, class: &str, name: &str, descriptor: &str) -> u16 {
        let class = self.class(class);
        let name_and_type = self.name_and_type(name, descriptor);
        self.intern(entry(tag, &two(class, name_and_type)), false)
    }

    pub fn field_ref(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        self.member(TAG_FIELDREF, class, name, descriptor)
    }

    pub fn method_ref(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        self.member(TAG_METHODREF, class, name, descriptor)
    }

    pub fn interface_method_ref(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        self.member(TAG_INTERFACE_METHODREF, class, name, descriptor)
    }

    /// `kind` is one of [`crate::constant_pool::handle_kind`]; `reference` the index of a
    /// Fieldref, Methodref or InterfaceMethodref.
    pub fn method_handle(&mut self, kind: u8, reference: u16) -> u16 {
        let [r0, r1] = reference.to_be_bytes();
        self.intern(entry(TAG_METHOD_HANDLE, &[kind, r0, r1]), false)
    }

    pub fn method_type(&mut self, descriptor: &str) -> u16 {
        let descriptor = self.utf8(descriptor);
        self.intern(entry(TAG_METHOD_TYPE, &descriptor.to_be_bytes()), false)
    }

    /// An InvokeDynamic entry; `bootstrap` indexes the BootstrapMethods attribute (see
    /// [`ClassBuilder::bootstrap_method`]).
    pub fn invoke_dynamic(&mut self, bootstrap: u16, name: &str, descriptor: &str) -> u16 {
        let name_and_type = self.name_and_type(name, descriptor);
        self.intern(
            entry(TAG_INVOKE_DYNAMIC, &two(bootstrap, name_and_type)),
            false,
        )
    }

    /// A dynamically-computed constant (`CONSTANT_Dynamic`).
    pub fn dynamic(&mut self, bootstrap: u16, name: &str, descriptor: &str) -> u16 {
        let name_and_type = self.name_and_type(name, descriptor);
        self.intern(entry(TAG_DYNAMIC, &two(bootstrap, name_and_type)), false)
    }

    /// Appends an entry as given, with no de-duplication and no checking of its references:
    /// for tests that need duplicate or dangling entries.
    pub fn raw(&mut self, constant: &Constant) -> u16 {
        let bytes = match constant {
            Constant::Utf8(text) => {
                let units: Vec<u16> = text.encode_utf16().collect();
                utf8_entry(&units).unwrap_or_else(|message| {
                    self.fail(message);
                    entry(TAG_UTF8, &[0, 0])
                })
            }
            other => constant_entry(other),
        };
        self.push(
            bytes,
            matches!(constant, Constant::Long(_) | Constant::Double(_)),
        )
    }

    /// The serialized pool (`constant_pool_count` and entries).
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        if let Some(message) = &self.error {
            return Err(Error::Format(message.clone()));
        }
        let mut out = Vec::with_capacity(2 + self.bytes.len());
        out.extend_from_slice(&self.count().to_be_bytes());
        out.extend_from_slice(&self.bytes);
        Ok(out)
    }
}

fn utf8_entry(units: &[u16]) -> std::result::Result<Vec<u8>, String> {
    let encoded = mutf8::encode_utf16(units);
    let Ok(length) = u16::try_from(encoded.len()) else {
        return Err(format!(
            "UTF8 constant of {} bytes is longer than 65535",
            encoded.len()
        ));
    };
    let mut bytes = entry(TAG_UTF8, &length.to_be_bytes());
    bytes.extend_from_slice(&encoded);
    Ok(bytes)
}

/// Serializes a non-Utf8 constant as-is (Utf8 needs the exact UTF-16 content; see callers).
fn constant_entry(constant: &Constant) -> Vec<u8> {
    match *constant {
        Constant::Unusable => Vec::new(),
        Constant::Utf8(ref text) => {
            let units: Vec<u16> = text.encode_utf16().collect();
            utf8_entry(&units).unwrap_or_else(|_| entry(TAG_UTF8, &[0, 0]))
        }
        Constant::Integer(v) => entry(TAG_INTEGER, &v.to_be_bytes()),
        Constant::Float(v) => entry(TAG_FLOAT, &v.to_bits().to_be_bytes()),
        Constant::Long(v) => entry(TAG_LONG, &v.to_be_bytes()),
        Constant::Double(v) => entry(TAG_DOUBLE, &v.to_bits().to_be_bytes()),
        Constant::Class { name } => entry(TAG_CLASS, &name.to_be_bytes()),
        Constant::String { utf8 } => entry(TAG_STRING, &utf8.to_be_bytes()),
        Constant::FieldRef {
            class,
            name_and_type,
        } => entry(TAG_FIELDREF, &two(class, name_and_type)),
        Constant::MethodRef {
            class,
            name_and_type,
        } => entry(TAG_METHODREF, &two(class, name_and_type)),
        Constant::InterfaceMethodRef {
            class,
            name_and_type,
        } => entry(TAG_INTERFACE_METHODREF, &two(class, name_and_type)),
        Constant::NameAndType { name, descriptor } => {
            entry(TAG_NAME_AND_TYPE, &two(name, descriptor))
        }
        Constant::MethodHandle { kind, reference } => {
            let [r0, r1] = reference.to_be_bytes();
            entry(TAG_METHOD_HANDLE, &[kind, r0, r1])
        }
        Constant::MethodType { descriptor } => entry(TAG_METHOD_TYPE, &descriptor.to_be_bytes()),
        Constant::Dynamic {
            bootstrap,
            name_and_type,
        } => entry(TAG_DYNAMIC, &two(bootstrap, name_and_type)),
        Constant::InvokeDynamic {
            bootstrap,
            name_and_type,
        } => entry(TAG_INVOKE_DYNAMIC, &two(bootstrap, name_and_type)),
        Constant::Module { name } => entry(TAG_MODULE, &name.to_be_bytes()),
        Constant::Package { name } => entry(TAG_PACKAGE, &name.to_be_bytes()),
    }
}

// ---------------------------------------------------------------------------------------------

/// A branch target in a [`CodeBuilder`], bound to an offset with [`CodeBuilder::bind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(usize);

/// The value kinds that have their own load/store/return opcodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    Long,
    Float,
    Double,
    Reference,
}

impl Kind {
    /// Position in the i/l/f/d/a opcode families.
    fn offset(self) -> u8 {
        match self {
            Kind::Int => 0,
            Kind::Long => 1,
            Kind::Float => 2,
            Kind::Double => 3,
            Kind::Reference => 4,
        }
    }
}

#[derive(Debug, Clone)]
struct Fixup {
    /// Offset of the branching instruction; offsets are relative to it.
    instruction: u32,
    /// Where the offset goes.
    at: usize,
    label: Label,
    wide: bool,
}

/// Assembles one method body. Emitting never fails; problems (unbound labels, offsets out of
/// range, oversized code) are reported by [`CodeBuilder::finish`].
#[derive(Debug, Clone, Default)]
pub struct CodeBuilder {
    code: Vec<u8>,
    labels: Vec<Option<u32>>,
    fixups: Vec<Fixup>,
    handlers: Vec<(Label, Label, Label, u16)>,
    max_stack: u16,
    max_locals: u16,
    error: Option<String>,
}

impl CodeBuilder {
    /// `max_stack` and `max_locals` are the caller's to compute; the builder does no analysis.
    pub fn new(max_stack: u16, max_locals: u16) -> Self {
        CodeBuilder {
            max_stack,
            max_locals,
            ..Default::default()
        }
    }

    pub fn set_max_stack(&mut self, max_stack: u16) {
        self.max_stack = max_stack;
    }

    pub fn set_max_locals(&mut self, max_locals: u16) {
        self.max_locals = max_locals;
    }

    /// The offset the next instruction will get.
    pub fn pc(&self) -> u32 {
        self.code.len() as u32
    }

    fn fail(&mut self, message: String) {
        self.error.get_or_insert(message);
    }

    /// Appends raw bytes, e.g. to build deliberately broken code in tests.
    pub fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.code.extend_from_slice(bytes);
        self
    }

    /// An instruction without operands.
    pub fn op(&mut self, opcode: Opcode) -> &mut Self {
        self.code.push(opcode as u8);
        self
    }

    /// An instruction with one operand byte (not checked against the opcode's format).
    pub fn op_u1(&mut self, opcode: Opcode, operand: u8) -> &mut Self {
        self.code.extend_from_slice(&[opcode as u8, operand]);
        self
    }

    /// An instruction with a two-byte operand (not checked against the opcode's format).
    pub fn op_u2(&mut self, opcode: Opcode, operand: u16) -> &mut Self {
        self.code.push(opcode as u8);
        self.code.extend_from_slice(&operand.to_be_bytes());
        self
    }

    fn local(&mut self, base: u8, short_base: u8, kind: Kind, index: u16) -> &mut Self {
        let k = kind.offset();
        if index <= 3 {
            self.code.push(short_base + 4 * k + index as u8);
        } else if index <= 0xFF {
            self.code.extend_from_slice(&[base + k, index as u8]);
        } else {
            self.code.extend_from_slice(&[Opcode::wide as u8, base + k]);
            self.code.extend_from_slice(&index.to_be_bytes());
        }
        self
    }

    /// `iload`/`lload`/.../`aload`, picking `xload_n`, the one-byte form or `wide`.
    pub fn load(&mut self, kind: Kind, index: u16) -> &mut Self {
        self.local(Opcode::iload as u8, Opcode::iload_0 as u8, kind, index)
    }

    /// `istore`/.../`astore`, picking `xstore_n`, the one-byte form or `wide`.
    pub fn store(&mut self, kind: Kind, index: u16) -> &mut Self {
        self.local(Opcode::istore as u8, Opcode::istore_0 as u8, kind, index)
    }

    /// `ireturn`/.../`areturn`, or `return` for `None`.
    pub fn return_value(&mut self, kind: Option<Kind>) -> &mut Self {
        match kind {
            Some(kind) => self.code.push(Opcode::ireturn as u8 + kind.offset()),
            None => self.code.push(Opcode::return_ as u8),
        }
        self
    }

    /// `iinc`, widened when the index or the delta does not fit a byte.
    pub fn iinc(&mut self, index: u16, delta: i16) -> &mut Self {
        if index <= 0xFF && i8::try_from(delta).is_ok() {
            self.code
                .extend_from_slice(&[Opcode::iinc as u8, index as u8, delta as i8 as u8]);
        } else {
            self.code
                .extend_from_slice(&[Opcode::wide as u8, Opcode::iinc as u8]);
            self.code.extend_from_slice(&index.to_be_bytes());
            self.code.extend_from_slice(&delta.to_be_bytes());
        }
        self
    }

    /// Pushes an int constant with the shortest instruction: `iconst_n`, `bipush`, `sipush` or
    /// `ldc` of a pool Integer.
    pub fn iconst(&mut self, pool: &mut ConstantPoolBuilder, value: i32) -> &mut Self {
        match value {
            -1..=5 => self.op_raw((Opcode::iconst_0 as i32 + value) as u8),
            -128..=127 => self.op_u1(Opcode::bipush, value as i8 as u8),
            -32768..=32767 => self.op_u2(Opcode::sipush, value as i16 as u16),
            _ => {
                let index = pool.integer(value);
                self.ldc(index)
            }
        }
    }

    fn op_raw(&mut self, byte: u8) -> &mut Self {
        self.code.push(byte);
        self
    }

    /// `ldc` or `ldc_w` of a one-slot constant.
    pub fn ldc(&mut self, index: u16) -> &mut Self {
        match u8::try_from(index) {
            Ok(short) => self.op_u1(Opcode::ldc, short),
            Err(_) => self.op_u2(Opcode::ldc_w, index),
        }
    }

    /// `ldc2_w` of a Long or Double.
    pub fn ldc2(&mut self, index: u16) -> &mut Self {
        self.op_u2(Opcode::ldc2_w, index)
    }

    pub fn getstatic(&mut self, field_ref: u16) -> &mut Self {
        self.op_u2(Opcode::getstatic, field_ref)
    }

    pub fn putstatic(&mut self, field_ref: u16) -> &mut Self {
        self.op_u2(Opcode::putstatic, field_ref)
    }

    pub fn getfield(&mut self, field_ref: u16) -> &mut Self {
        self.op_u2(Opcode::getfield, field_ref)
    }

    pub fn putfield(&mut self, field_ref: u16) -> &mut Self {
        self.op_u2(Opcode::putfield, field_ref)
    }

    pub fn invokevirtual(&mut self, method_ref: u16) -> &mut Self {
        self.op_u2(Opcode::invokevirtual, method_ref)
    }

    pub fn invokespecial(&mut self, method_ref: u16) -> &mut Self {
        self.op_u2(Opcode::invokespecial, method_ref)
    }

    pub fn invokestatic(&mut self, method_ref: u16) -> &mut Self {
        self.op_u2(Opcode::invokestatic, method_ref)
    }

    /// `arg_slots` counts the argument slots, not the receiver (longs and doubles count 2).
    pub fn invokeinterface(&mut self, method_ref: u16, arg_slots: u8) -> &mut Self {
        if arg_slots == 0xFF {
            self.fail("invokeinterface with more than 254 argument slots".into());
        }
        self.op_u2(Opcode::invokeinterface, method_ref);
        self.code
            .extend_from_slice(&[arg_slots.saturating_add(1), 0]);
        self
    }

    pub fn invokedynamic(&mut self, invoke_dynamic: u16) -> &mut Self {
        self.op_u2(Opcode::invokedynamic, invoke_dynamic);
        self.code.extend_from_slice(&[0, 0]);
        self
    }

    /// `new` (the name `new` is taken by the constructor).
    pub fn new_object(&mut self, class: u16) -> &mut Self {
        self.op_u2(Opcode::new, class)
    }

    pub fn checkcast(&mut self, class: u16) -> &mut Self {
        self.op_u2(Opcode::checkcast, class)
    }

    pub fn instanceof(&mut self, class: u16) -> &mut Self {
        self.op_u2(Opcode::instanceof, class)
    }

    pub fn anewarray(&mut self, class: u16) -> &mut Self {
        self.op_u2(Opcode::anewarray, class)
    }

    /// `newarray` with a JVMS `atype` code (4 boolean ... 11 long).
    pub fn newarray(&mut self, atype: u8) -> &mut Self {
        self.op_u1(Opcode::newarray, atype)
    }

    pub fn multianewarray(&mut self, class: u16, dimensions: u8) -> &mut Self {
        self.op_u2(Opcode::multianewarray, class);
        self.code.push(dimensions);
        self
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    /// Binds `label` to the current offset.
    pub fn bind(&mut self, label: Label) -> &mut Self {
        let pc = self.pc();
        match self.labels.get_mut(label.0) {
            Some(slot @ None) => *slot = Some(pc),
            Some(Some(_)) => self.fail(format!("Label {} bound twice", label.0)),
            None => self.fail(format!("Label {} belongs to another builder", label.0)),
        }
        self
    }

    /// A conditional branch, `goto`, `jsr` (two-byte offset) or `goto_w`/`jsr_w` (four-byte).
    pub fn branch(&mut self, opcode: Opcode, label: Label) -> &mut Self {
        let instruction = self.pc();
        let wide = match opcode.operands() {
            Operands::U4 => true,
            Operands::U2 if opcode.is_branch16() => false,
            _ => {
                self.fail(format!("{} is not a branch instruction", opcode.mnemonic()));
                return self;
            }
        };
        self.code.push(opcode as u8);
        let at = self.code.len();
        self.code
            .extend_from_slice(if wide { &[0; 4] } else { &[0; 2] });
        self.fixups.push(Fixup {
            instruction,
            at,
            label,
            wide,
        });
        self
    }

    fn switch_padding(&mut self) {
        while !self.code.len().is_multiple_of(4) {
            self.code.push(0);
        }
    }

    fn switch_target(&mut self, instruction: u32, label: Label) {
        let at = self.code.len();
        self.code.extend_from_slice(&[0; 4]);
        self.fixups.push(Fixup {
            instruction,
            at,
            label,
            wide: true,
        });
    }

    /// `tableswitch` over `low ..= low + targets.len() - 1`.
    pub fn tableswitch(&mut self, low: i32, default: Label, targets: &[Label]) -> &mut Self {
        let high = i32::try_from(targets.len())
            .ok()
            .and_then(|n| low.checked_add(n - 1));
        let Some(high) = high.filter(|_| !targets.is_empty()) else {
            self.fail("tableswitch needs 1 to 2^31 targets within the int range".into());
            return self;
        };
        let instruction = self.pc();
        self.code.push(Opcode::tableswitch as u8);
        self.switch_padding();
        self.switch_target(instruction, default);
        self.code.extend_from_slice(&low.to_be_bytes());
        self.code.extend_from_slice(&high.to_be_bytes());
        for &target in targets {
            self.switch_target(instruction, target);
        }
        self
    }

    /// `lookupswitch`; the pairs are sorted by key here, as the JVMS requires.
    pub fn lookupswitch(&mut self, default: Label, pairs: &[(i32, Label)]) -> &mut Self {
        let mut pairs = pairs.to_vec();
        pairs.sort_by_key(|&(key, _)| key);
        if pairs.windows(2).any(|w| w[0].0 == w[1].0) {
            self.fail("lookupswitch with duplicate keys".into());
            return self;
        }
        let instruction = self.pc();
        self.code.push(Opcode::lookupswitch as u8);
        self.switch_padding();
        self.switch_target(instruction, default);
        self.code
            .extend_from_slice(&(pairs.len() as i32).to_be_bytes());
        for (key, target) in pairs {
            self.code.extend_from_slice(&key.to_be_bytes());
            self.switch_target(instruction, target);
        }
        self
    }

    /// Adds an exception-table entry covering `[start, end)`; `catch_type` is a Class index or
    /// 0 for any throwable (`finally`).
    pub fn exception_handler(
        &mut self,
        start: Label,
        end: Label,
        handler: Label,
        catch_type: u16,
    ) -> &mut Self {
        self.handlers.push((start, end, handler, catch_type));
        self
    }

    fn resolve(&self, label: Label) -> Result<u32> {
        match self.labels.get(label.0) {
            Some(Some(pc)) => Ok(*pc),
            _ => Err(Error::Format(format!("Label {} was never bound", label.0))),
        }
    }

    /// Resolves labels and returns the Code attribute contents.
    pub fn finish(mut self) -> Result<Code> {
        if let Some(message) = self.error.take() {
            return Err(Error::Format(message));
        }
        if self.code.is_empty() || self.code.len() > 0xFFFF {
            return Err(Error::Format(format!(
                "Invalid method Code length {}",
                self.code.len()
            )));
        }
        for fixup in &self.fixups {
            let target = self.resolve(fixup.label)? as i64;
            let offset = target - fixup.instruction as i64;
            if fixup.wide {
                self.code[fixup.at..fixup.at + 4].copy_from_slice(&(offset as i32).to_be_bytes());
            } else {
                let Ok(short) = i16::try_from(offset) else {
                    return Err(Error::Format(format!(
                        "Branch at {} to {target} does not fit in 16 bits; use goto_w",
                        fixup.instruction
                    )));
                };
                self.code[fixup.at..fixup.at + 2].copy_from_slice(&short.to_be_bytes());
            }
        }
        let mut exception_table = Vec::with_capacity(self.handlers.len());
        for &(start, end, handler, catch_type) in &self.handlers {
            // Offsets are below 65536 because the code length is.
            exception_table.push(ExceptionHandler {
                start_pc: self.resolve(start)? as u16,
                end_pc: self.resolve(end)? as u16,
                handler_pc: self.resolve(handler)? as u16,
                catch_type,
            });
        }
        Ok(Code {
            max_stack: self.max_stack,
            max_locals: self.max_locals,
            code: self.code,
            exception_table,
            ..Code::default()
        })
    }
}

// ---------------------------------------------------------------------------------------------

/// Builds a class from scratch. Members carry an [`Attributes`] bag, so anything the parser
/// understands (signatures, exceptions, constant values...) can be attached through
/// [`ClassBuilder::field_with`] / [`ClassBuilder::method_with`] and [`ClassBuilder::attributes`].
#[derive(Debug, Clone)]
pub struct ClassBuilder {
    /// The pool, public so that code can be emitted against it while the class is built.
    pub pool: ConstantPoolBuilder,
    pub minor_version: u16,
    major_version: u16,
    access_flags: u16,
    this_class: String,
    super_class: Option<String>,
    interfaces: Vec<String>,
    fields: Vec<Field>,
    methods: Vec<Method>,
    attributes: Attributes,
}

impl ClassBuilder {
    /// `super_class` is `None` only for `java/lang/Object` itself.
    pub fn new(
        major_version: u16,
        access_flags: u16,
        this_class: &str,
        super_class: Option<&str>,
    ) -> Self {
        let mut pool = ConstantPoolBuilder::new();
        // Interned first so that they get the low indices javac would give them.
        pool.class(this_class);
        if let Some(super_class) = super_class {
            pool.class(super_class);
        }
        ClassBuilder {
            pool,
            minor_version: 0,
            major_version,
            access_flags,
            this_class: this_class.to_owned(),
            super_class: super_class.map(str::to_owned),
            interfaces: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            attributes: Attributes::default(),
        }
    }

    pub fn interface(&mut self, name: &str) -> &mut Self {
        self.interfaces.push(name.to_owned());
        self
    }

    pub fn field(&mut self, access_flags: u16, name: &str, descriptor: &str) -> &mut Self {
        self.field_with(access_flags, name, descriptor, Attributes::default())
    }

    pub fn field_with(
        &mut self,
        access_flags: u16,
        name: &str,
        descriptor: &str,
        attributes: Attributes,
    ) -> &mut Self {
        self.fields.push(Field {
            access_flags,
            name: name.to_owned(),
            descriptor: descriptor.to_owned(),
            attributes,
        });
        self
    }

    /// Adds a method; `code` is `None` for abstract and native methods.
    pub fn method(
        &mut self,
        access_flags: u16,
        name: &str,
        descriptor: &str,
        code: Option<Code>,
    ) -> &mut Self {
        self.method_with(
            access_flags,
            name,
            descriptor,
            Attributes {
                code,
                ..Default::default()
            },
        )
    }

    pub fn method_with(
        &mut self,
        access_flags: u16,
        name: &str,
        descriptor: &str,
        attributes: Attributes,
    ) -> &mut Self {
        self.methods.push(Method {
            access_flags,
            name: name.to_owned(),
            descriptor: descriptor.to_owned(),
            attributes,
        });
        self
    }

    pub fn source_file(&mut self, name: &str) -> &mut Self {
        self.attributes.source_file = Some(name.to_owned());
        self
    }

    /// Registers a bootstrap method (a MethodHandle index and loadable-constant arguments) and
    /// returns its index for [`ConstantPoolBuilder::invoke_dynamic`].
    pub fn bootstrap_method(&mut self, method_handle: u16, arguments: &[u16]) -> u16 {
        let bootstrap = crate::attributes::BootstrapMethod {
            method_ref: method_handle,
            arguments: arguments.to_vec(),
        };
        if let Some(i) = self
            .attributes
            .bootstrap_methods
            .iter()
            .position(|b| *b == bootstrap)
        {
            return i as u16;
        }
        self.attributes.bootstrap_methods.push(bootstrap);
        (self.attributes.bootstrap_methods.len() - 1).min(0xFFFF) as u16
    }

    /// The class-level attribute bag, for anything without a dedicated method.
    pub fn attributes(&mut self) -> &mut Attributes {
        &mut self.attributes
    }

    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut pool = self.pool.clone();
        let parts = ClassParts {
            minor_version: self.minor_version,
            major_version: self.major_version,
            access_flags: self.access_flags,
            this_class: &self.this_class,
            super_class: self.super_class.as_deref(),
            interfaces: &self.interfaces,
            fields: &self.fields,
            methods: &self.methods,
            attributes: &self.attributes,
        };
        serialize(&parts, &mut pool)
    }
}

/// Serializes a parsed class. The constant pool is written as-is, entry for entry; names the
/// rest of the class needs (attribute names, for instance) are looked up in it and appended
/// only when missing, so a javac-compiled class round-trips to an equal [`ClassFile`].
/// Attributes the parser skips are not in [`ClassFile`] and so are not written.
pub fn write_class(class: &ClassFile) -> Result<Vec<u8>> {
    let mut pool = ConstantPoolBuilder::from_pool(&class.constant_pool);
    let parts = ClassParts {
        minor_version: class.minor_version,
        major_version: class.major_version,
        access_flags: class.access_flags,
        this_class: &class.this_class,
        super_class: class.super_class.as_deref(),
        interfaces: &class.interfaces,
        fields: &class.fields,
        methods: &class.methods,
        attributes: &class.attributes,
    };
    serialize(&parts, &mut pool)
}

struct ClassParts<'a> {
    minor_version: u16,
    major_version: u16,
    access_flags: u16,
    this_class: &'a str,
    super_class: Option<&'a str>,
    interfaces: &'a [String],
    fields: &'a [Field],
    methods: &'a [Method],
    attributes: &'a Attributes,
}

/// A big-endian byte sink that records the first length that does not fit its field.
#[derive(Default)]
struct Out {
    bytes: Vec<u8>,
    error: Option<String>,
}

impl Out {
    fn u1(&mut self, v: u8) {
        self.bytes.push(v);
    }

    fn u2(&mut self, v: u16) {
        self.bytes.extend_from_slice(&v.to_be_bytes());
    }

    fn u4(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_be_bytes());
    }

    /// A count or length written as u2, checked.
    fn len2(&mut self, len: usize, what: &str) {
        match u16::try_from(len) {
            Ok(v) => self.u2(v),
            Err(_) => {
                self.error.get_or_insert(format!("Too many {what}: {len}"));
                self.u2(0xFFFF)
            }
        }
    }

    fn bytes(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }

    /// An attribute: name index, u4 length, body.
    fn attribute(&mut self, pool: &mut ConstantPoolBuilder, name: &str, body: Out) {
        if let Some(error) = body.error {
            self.error.get_or_insert(error);
        }
        let name = pool.utf8(name);
        self.u2(name);
        match u32::try_from(body.bytes.len()) {
            Ok(length) => self.u4(length),
            Err(_) => {
                self.error
                    .get_or_insert("Attribute longer than 4 GiB".into());
                self.u4(0)
            }
        }
        self.bytes(&body.bytes);
    }
}

fn serialize(class: &ClassParts, pool: &mut ConstantPoolBuilder) -> Result<Vec<u8>> {
    // Everything after the pool is written first, because writing it may add constants.
    let mut body = Out::default();
    body.u2(class.access_flags);
    let this_class = pool.class(class.this_class);
    body.u2(this_class);
    let super_class = class.super_class.map_or(0, |name| pool.class(name));
    body.u2(super_class);
    body.len2(class.interfaces.len(), "interfaces");
    for interface in class.interfaces {
        let index = pool.class(interface);
        body.u2(index);
    }
    body.len2(class.fields.len(), "fields");
    for field in class.fields {
        body.u2(field.access_flags);
        let name = pool.utf8(&field.name);
        let descriptor = pool.utf8(&field.descriptor);
        body.u2(name);
        body.u2(descriptor);
        write_attributes(&mut body, pool, &field.attributes);
    }
    body.len2(class.methods.len(), "methods");
    for method in class.methods {
        body.u2(method.access_flags);
        let name = pool.utf8(&method.name);
        let descriptor = pool.utf8(&method.descriptor);
        body.u2(name);
        body.u2(descriptor);
        write_attributes(&mut body, pool, &method.attributes);
    }
    write_attributes(&mut body, pool, class.attributes);
    if let Some(error) = body.error {
        return Err(Error::Format(error));
    }

    let pool_bytes = pool.to_bytes()?;
    let mut out = Vec::with_capacity(8 + pool_bytes.len() + body.bytes.len());
    out.extend_from_slice(&0xCAFE_BABEu32.to_be_bytes());
    out.extend_from_slice(&class.minor_version.to_be_bytes());
    out.extend_from_slice(&class.major_version.to_be_bytes());
    out.extend_from_slice(&pool_bytes);
    out.extend_from_slice(&body.bytes);
    Ok(out)
}

/// Writes an attribute table: every attribute the bag holds, whatever member it belongs to
/// (the bag only holds what the parser found in that place).
fn write_attributes(out: &mut Out, pool: &mut ConstantPoolBuilder, a: &Attributes) {
    let mut table = Out::default();
    let mut count = 0usize;
    let mut add = |table: &mut Out, pool: &mut ConstantPoolBuilder, name: &str, body: Out| {
        table.attribute(pool, name, body);
        count += 1;
    };

    if let Some(code) = &a.code {
        let mut body = Out::default();
        write_code(&mut body, pool, code);
        add(&mut table, pool, "Code", body);
    }
    if !a.exceptions.is_empty() {
        let mut body = Out::default();
        body.len2(a.exceptions.len(), "exceptions");
        for name in &a.exceptions {
            let index = pool.class(name);
            body.u2(index);
        }
        add(&mut table, pool, "Exceptions", body);
    }
    if let Some(index) = a.constant_value {
        let mut body = Out::default();
        body.u2(index);
        add(&mut table, pool, "ConstantValue", body);
    }
    if let Some(source) = &a.source_file {
        let mut body = Out::default();
        let index = pool.utf8(source);
        body.u2(index);
        add(&mut table, pool, "SourceFile", body);
    }
    if let Some(signature) = &a.signature {
        let mut body = Out::default();
        let index = pool.utf8(signature);
        body.u2(index);
        add(&mut table, pool, "Signature", body);
    }
    if !a.inner_classes.is_empty() {
        let mut body = Out::default();
        body.len2(a.inner_classes.len(), "inner classes");
        for inner in &a.inner_classes {
            body.u2(inner.inner_class);
            body.u2(inner.outer_class);
            body.u2(inner.inner_name);
            body.u2(inner.access_flags);
        }
        add(&mut table, pool, "InnerClasses", body);
    }
    if let Some((class, method)) = a.enclosing_method {
        let mut body = Out::default();
        body.u2(class);
        body.u2(method);
        add(&mut table, pool, "EnclosingMethod", body);
    }
    if let Some(host) = a.nest_host {
        let mut body = Out::default();
        body.u2(host);
        add(&mut table, pool, "NestHost", body);
    }
    for (name, list) in [
        ("NestMembers", &a.nest_members),
        ("PermittedSubclasses", &a.permitted_subclasses),
    ] {
        if !list.is_empty() {
            let mut body = Out::default();
            body.len2(list.len(), name);
            for &index in list {
                body.u2(index);
            }
            add(&mut table, pool, name, body);
        }
    }
    if let Some(components) = &a.record {
        let mut body = Out::default();
        body.len2(components.len(), "record components");
        for component in components {
            let name = pool.utf8(&component.name);
            let descriptor = pool.utf8(&component.descriptor);
            body.u2(name);
            body.u2(descriptor);
            let attributes = Attributes {
                signature: component.signature.clone(),
                ..Attributes::default()
            };
            write_attributes(&mut body, pool, &attributes);
        }
        add(&mut table, pool, "Record", body);
    }
    if !a.method_parameters.is_empty() {
        let mut body = Out::default();
        match u8::try_from(a.method_parameters.len()) {
            Ok(n) => body.u1(n),
            Err(_) => {
                body.error = Some("More than 255 method parameters".into());
            }
        }
        for parameter in &a.method_parameters {
            let name = parameter.name.as_deref().map_or(0, |n| pool.utf8(n));
            body.u2(name);
            body.u2(parameter.access_flags);
        }
        add(&mut table, pool, "MethodParameters", body);
    }
    if a.synthetic {
        add(&mut table, pool, "Synthetic", Out::default());
    }
    if a.deprecated {
        add(&mut table, pool, "Deprecated", Out::default());
    }
    for (name, raw) in [
        ("RuntimeVisibleAnnotations", &a.runtime_visible_annotations),
        (
            "RuntimeVisibleParameterAnnotations",
            &a.runtime_visible_parameter_annotations,
        ),
        ("AnnotationDefault", &a.annotation_default),
    ] {
        if let Some(raw) = raw {
            let mut body = Out::default();
            body.bytes(raw);
            add(&mut table, pool, name, body);
        }
    }
    // BootstrapMethods last: javac puts it there, and indices into it are unaffected.
    if !a.bootstrap_methods.is_empty() {
        let mut body = Out::default();
        body.len2(a.bootstrap_methods.len(), "bootstrap methods");
        for bootstrap in &a.bootstrap_methods {
            body.u2(bootstrap.method_ref);
            body.len2(bootstrap.arguments.len(), "bootstrap arguments");
            for &argument in &bootstrap.arguments {
                body.u2(argument);
            }
        }
        add(&mut table, pool, "BootstrapMethods", body);
    }

    out.len2(count, "attributes");
    if let Some(error) = table.error {
        out.error.get_or_insert(error);
    }
    out.bytes(&table.bytes);
}

fn write_code(out: &mut Out, pool: &mut ConstantPoolBuilder, code: &Code) {
    out.u2(code.max_stack);
    out.u2(code.max_locals);
    match u32::try_from(code.code.len()) {
        Ok(length) => out.u4(length),
        Err(_) => {
            out.error.get_or_insert("Code too long".into());
            out.u4(0)
        }
    }
    out.bytes(&code.code);
    out.len2(code.exception_table.len(), "exception handlers");
    for handler in &code.exception_table {
        out.u2(handler.start_pc);
        out.u2(handler.end_pc);
        out.u2(handler.handler_pc);
        out.u2(handler.catch_type);
    }

    let mut table = Out::default();
    let mut count = 0usize;
    if !code.line_numbers.is_empty() {
        let mut body = Out::default();
        body.len2(code.line_numbers.len(), "line numbers");
        for entry in &code.line_numbers {
            body.u2(entry.start_pc);
            body.u2(entry.line);
        }
        table.attribute(pool, "LineNumberTable", body);
        count += 1;
    }
    for (name, variables) in [
        ("LocalVariableTable", &code.local_variables),
        ("LocalVariableTypeTable", &code.local_variable_types),
    ] {
        if variables.is_empty() {
            continue;
        }
        let mut body = Out::default();
        body.len2(variables.len(), "local variables");
        for variable in variables {
            body.u2(variable.start_pc);
            body.u2(variable.length);
            let name_index = pool.utf8(&variable.name);
            let descriptor = pool.utf8(&variable.descriptor);
            body.u2(name_index);
            body.u2(descriptor);
            body.u2(variable.index);
        }
        table.attribute(pool, name, body);
        count += 1;
    }
    if let Some(frames) = &code.stack_map {
        let mut body = Out::default();
        write_stack_map(&mut body, frames);
        table.attribute(pool, "StackMapTable", body);
        count += 1;
    }
    out.len2(count, "code attributes");
    if let Some(error) = table.error {
        out.error.get_or_insert(error);
    }
    out.bytes(&table.bytes);
}

fn write_verification_type(out: &mut Out, t: &VerificationType) {
    match *t {
        VerificationType::Top => out.u1(0),
        VerificationType::Integer => out.u1(1),
        VerificationType::Float => out.u1(2),
        VerificationType::Double => out.u1(3),
        VerificationType::Long => out.u1(4),
        VerificationType::Null => out.u1(5),
        VerificationType::UninitializedThis => out.u1(6),
        VerificationType::Object(index) => {
            out.u1(7);
            out.u2(index);
        }
        VerificationType::Uninitialized(offset) => {
            out.u1(8);
            out.u2(offset);
        }
    }
}

/// Writes frames in their most compact encoding (which is what the parser's frame kinds
/// mean: a `same_frame_extended` with a small delta comes back as a plain `same_frame`).
fn write_stack_map(out: &mut Out, frames: &[StackMapFrame]) {
    out.len2(frames.len(), "stack map frames");
    for frame in frames {
        match frame {
            StackMapFrame::Same { offset_delta } => match u8::try_from(*offset_delta) {
                Ok(d) if d <= 63 => out.u1(d),
                _ => {
                    out.u1(251);
                    out.u2(*offset_delta);
                }
            },
            StackMapFrame::SameLocals1StackItem {
                offset_delta,
                stack,
            } => {
                match u8::try_from(*offset_delta) {
                    Ok(d) if d <= 63 => out.u1(64 + d),
                    _ => {
                        out.u1(247);
                        out.u2(*offset_delta);
                    }
                }
                write_verification_type(out, stack);
            }
            StackMapFrame::Chop {
                offset_delta,
                chopped,
            } => {
                if !(1..=3).contains(chopped) {
                    out.error
                        .get_or_insert(format!("Chop frame of {chopped} locals"));
                }
                out.u1(251u8.wrapping_sub(*chopped));
                out.u2(*offset_delta);
            }
            StackMapFrame::Append {
                offset_delta,
                locals,
            } => {
                if !(1..=3).contains(&locals.len()) {
                    out.error
                        .get_or_insert(format!("Append frame of {} locals", locals.len()));
                }
                out.u1(251 + locals.len().min(3) as u8);
                out.u2(*offset_delta);
                for local in locals {
                    write_verification_type(out, local);
                }
            }
            StackMapFrame::Full {
                offset_delta,
                locals,
                stack,
            } => {
                out.u1(255);
                out.u2(*offset_delta);
                out.len2(locals.len(), "frame locals");
                for local in locals {
                    write_verification_type(out, local);
                }
                out.len2(stack.len(), "frame stack items");
                for item in stack {
                    write_verification_type(out, item);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interns_constants() {
        let mut pool = ConstantPoolBuilder::new();
        let a = pool.method_ref("java/lang/Object", "<init>", "()V");
        let b = pool.method_ref("java/lang/Object", "<init>", "()V");
        assert_eq!(a, b);
        let l = pool.long(5);
        let next = pool.integer(5);
        assert_eq!(next, l + 2, "a Long takes two slots");
        assert_ne!(pool.float(0.0), pool.float(-0.0));
    }

    #[test]
    fn picks_short_forms() {
        let mut pool = ConstantPoolBuilder::new();
        let mut code = CodeBuilder::new(1, 300);
        code.load(Kind::Int, 0)
            .load(Kind::Reference, 3)
            .load(Kind::Long, 4)
            .store(Kind::Double, 300);
        code.iconst(&mut pool, -1)
            .iconst(&mut pool, 100)
            .iconst(&mut pool, 1000)
            .iconst(&mut pool, 100_000);
        code.iinc(1, 1).iinc(1, 1000);
        code.op(Opcode::return_);
        let code = code.finish().unwrap();
        assert_eq!(
            code.code,
            [
                0x1a, 0x2d, 0x16, 4, 0xc4, 0x39, 1, 44, 0x02, 0x10, 100, 0x11, 0x03, 0xe8, 0x12, 1,
                0x84, 1, 1, 0xc4, 0x84, 0, 1, 0x03, 0xe8, 0xb1
            ]
        );
    }

    #[test]
    fn resolves_labels_and_reports_unbound_ones() {
        let mut code = CodeBuilder::new(1, 1);
        let end = code.new_label();
        code.load(Kind::Int, 0)
            .branch(Opcode::ifeq, end)
            .op(Opcode::nop)
            .bind(end);
        code.op(Opcode::return_);
        assert_eq!(code.finish().unwrap().code, [0x1a, 0x99, 0, 4, 0, 0xb1]);

        let mut code = CodeBuilder::new(0, 0);
        let nowhere = code.new_label();
        code.branch(Opcode::goto, nowhere);
        assert!(code.finish().is_err());
        assert!(CodeBuilder::new(0, 0).finish().is_err(), "empty code");
    }
}

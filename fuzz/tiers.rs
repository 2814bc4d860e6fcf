//! The differential check of the execution tiers, shared by the `tiers` fuzz target and the
//! regular test `runtime/tests/tiers.rs`.
//!
//! A generator writes a small program directly as class files (version 49, so that the
//! type-inferencing verifier needs no StackMapTable): a main class `Gen` with test methods
//! `static T mN(int, long, double)`, leaf methods small enough for the JIT to inline, and a
//! class hierarchy `GenA` (fields, a virtual method), `GenB extends GenA implements GenI` (an
//! override that calls `super`, an extra field), `GenC extends GenA implements GenI`. The test
//! methods mix int/long/float/double arithmetic with Java's edge cases (division by zero and
//! `MIN / -1`, shifts by large counts, NaN comparisons, saturating conversions, `frem`),
//! loops long enough for on-stack replacement, `tableswitch`/`lookupswitch`, calls between
//! generated methods, field and array accesses that may throw, `checkcast`/`instanceof`,
//! allocation, try/catch and exceptions thrown through compiled frames. Every value computed
//! goes into a running hash (`Gen.h`), every result and every exception (with its stack trace)
//! is printed, and some programs end with an uncaught exception.
//!
//! [`check`] runs one program with `-Xint`, tiered with a low compile threshold, `-Xcomp`,
//! and (some programs) `-Xcomp` with a collection every 4 KiB, each in a fresh in-process
//! [`Vm`], and compares standard output, standard error and how the run ended with the
//! interpreter's. Programs are bounded (loop counts are constants, calls go only to methods
//! generated before, and a step budget is kept while generating), so fuel is only a safety net.
//!
//! The generator draws its choices from [`Choices`]: a seeded PRNG for the test, the fuzzer's
//! bytes for the fuzz target (an exhausted input answers 0, and 0 is always the simplest
//! choice, so every input makes a valid program).

use std::time::Duration;

use cortado_classfile::access::{ABSTRACT, INTERFACE, PUBLIC, STATIC, SUPER};
use cortado_classfile::attributes::LineNumber;
use cortado_classfile::writer::{ClassBuilder, CodeBuilder, ConstantPoolBuilder, Kind, Label};
use cortado_classfile::{Attributes, Opcode};
use cortado_runtime::{
    Capabilities, Captured, Compilation, Error, Output, Statistics, Vm, VmOptions,
};

/// Where the generator's choices come from.
pub enum Choices<'a> {
    /// A xorshift* generator: the same seed, the same program.
    Seeded(u64),
    /// The fuzzer's input, a byte (or two) per choice; 0 once exhausted.
    Bytes(&'a [u8]),
}

impl Choices<'_> {
    pub fn seeded(seed: u64) -> Self {
        // Spread small seeds over the state (and never 0, which xorshift keeps at 0).
        Choices::Seeded(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03 | 1)
    }

    /// A number in `0..n` (`n` at least 1).
    fn below(&mut self, n: u32) -> u32 {
        let n = n.max(1);
        match self {
            Choices::Seeded(state) => {
                *state ^= *state >> 12;
                *state ^= *state << 25;
                *state ^= *state >> 27;
                (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as u32 % n
            }
            Choices::Bytes(bytes) => {
                let width = if n > 256 { 2 } else { 1 };
                let mut value = 0u32;
                for _ in 0..width {
                    let (&first, rest) = bytes.split_first().unwrap_or((&0, &[]));
                    *bytes = rest;
                    value = value << 8 | first as u32;
                }
                value % n
            }
        }
    }
}

/// A generated program: its classes (binary name, bytes) and the tiered mode's threshold.
pub struct Program {
    pub classes: Vec<(String, Vec<u8>)>,
    pub threshold: u32,
    /// Also run in this mode (tiered or `-Xcomp`) with a collection every 4 KiB.
    pub gc_stress: Option<Compilation>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    I,
    J,
    F,
    D,
}

impl Ty {
    const ALL: [Ty; 4] = [Ty::I, Ty::J, Ty::F, Ty::D];

    fn kind(self) -> Kind {
        match self {
            Ty::I => Kind::Int,
            Ty::J => Kind::Long,
            Ty::F => Kind::Float,
            Ty::D => Kind::Double,
        }
    }

    /// Position in the i/l/f/d opcode families.
    fn offset(self) -> u8 {
        match self {
            Ty::I => 0,
            Ty::J => 1,
            Ty::F => 2,
            Ty::D => 3,
        }
    }

    fn desc(self) -> &'static str {
        match self {
            Ty::I => "I",
            Ty::J => "J",
            Ty::F => "F",
            Ty::D => "D",
        }
    }
}

fn op(byte: u8) -> Opcode {
    Opcode::from_byte(byte).expect("a valid opcode")
}

const MAIN: &str = "Gen";
const CLASS_A: &str = "GenA";
const CLASS_B: &str = "GenB";
const CLASS_C: &str = "GenC";
const IFACE: &str = "GenI";
/// A class with a static initializer that prints, and static state.
const CLASS_S: &str = "GenS";

const INTS: [i32; 16] = [
    0,
    1,
    -1,
    2,
    3,
    7,
    31,
    32,
    33,
    63,
    64,
    -100,
    1000,
    i32::MIN,
    i32::MAX,
    0x5555_5555,
];
const LONGS: [i64; 12] = [
    0,
    1,
    -1,
    2,
    63,
    64,
    65,
    -7,
    i64::MIN,
    i64::MAX,
    1 << 40,
    0x1234_5678_9ABC_DEF0,
];
const FLOATS: [f32; 13] = [
    0.0,
    -0.0,
    1.0,
    1.5,
    -2.5,
    f32::NAN,
    f32::INFINITY,
    f32::NEG_INFINITY,
    3.4e38,
    1e-45,
    2.147_483_6e9,
    9.223_372e18,
    0.1,
];
const DOUBLES: [f64; 14] = [
    0.0,
    -0.0,
    1.0,
    0.1,
    -3.25,
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    1e308,
    4.9e-324,
    2_147_483_647.5,
    -2_147_483_648.9,
    9.223_372_036_854_776e18,
    -1e19,
];

/// What the generator knows of a test method generated before: its result and its cost in
/// steps (backward branches and calls, an estimate from above).
#[derive(Clone)]
struct Callee {
    /// The parameters: a primitive type, or `None` for a `GenA`.
    params: Vec<Option<Ty>>,
    ret: Ty,
    cost: u64,
}

impl Callee {
    fn descriptor(&self) -> String {
        let mut desc = String::from("(");
        for param in &self.params {
            desc.push_str(param.map_or("LGenA;", Ty::desc));
        }
        desc.push(')');
        desc.push_str(self.ret.desc());
        desc
    }
}

/// What a method body may use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A test method of `Gen`: everything.
    Test,
    /// An instance method of the hierarchy: arithmetic over its parameter and `this`'s fields.
    Member,
    /// A leaf: arithmetic over its parameters only.
    Leaf,
}

/// Steps one test method may take, its callees included.
const METHOD_BUDGET: u64 = 12_000;
const MAX_STACK: u16 = 64;

/// Emits one method body, choosing as it goes.
struct Body<'a, 'b> {
    choices: &'a mut Choices<'b>,
    pool: &'a mut ConstantPoolBuilder,
    code: CodeBuilder,
    mode: Mode,
    lines: Vec<LineNumber>,
    line: u16,
    ints: Vec<u16>,
    longs: Vec<u16>,
    floats: Vec<u16>,
    doubles: Vec<u16>,
    /// Loop counters in scope: readable, never written but by their loop.
    counters: Vec<u16>,
    free_counters: Vec<u16>,
    /// Slots for the objects of `synchronized` blocks.
    free_monitors: Vec<u16>,
    synchronized_depth: u32,
    /// Ends of the enclosing loops, for `break`.
    loop_ends: Vec<Label>,
    /// The slot of the `GenA` reference (`this` in member methods), and whether it is `this`.
    obj: Option<u16>,
    iarr: Option<u16>,
    darr: Option<u16>,
    aarr: Option<u16>,
    /// The narrow and other arrays of test methods.
    barr: u16,
    carr: u16,
    larr: u16,
    farr: u16,
    ret: Ty,
    mult: u64,
    cost: u64,
    callees: &'a [Callee],
    leaves: &'a [Ty],
}

impl Body<'_, '_> {
    fn below(&mut self, n: u32) -> u32 {
        self.choices.below(n)
    }

    fn chance(&mut self, one_in: u32) -> bool {
        self.below(one_in) == 1 % one_in.max(1)
    }

    fn op(&mut self, opcode: Opcode) {
        self.code.op(opcode);
    }

    fn raw(&mut self, byte: u8) {
        self.code.op(op(byte));
    }

    fn field(&mut self, opcode: Opcode, class: &str, name: &str, desc: &str) {
        let index = self.pool.field_ref(class, name, desc);
        self.code.op_u2(opcode, index);
    }

    fn invoke(&mut self, opcode: Opcode, class: &str, name: &str, desc: &str) {
        let index = self.pool.method_ref(class, name, desc);
        self.code.op_u2(opcode, index);
    }

    fn class_index(&mut self, class: &str) -> u16 {
        self.pool.class(class)
    }

    fn mark_line(&mut self) {
        let start_pc = self.code.pc() as u16;
        if self.lines.last().is_some_and(|l| l.start_pc == start_pc) {
            return;
        }
        self.lines.push(LineNumber {
            start_pc,
            line: self.line,
        });
        self.line = self.line.wrapping_add(1);
    }

    fn locals(&self, ty: Ty) -> Vec<u16> {
        match ty {
            Ty::I => self.ints.iter().chain(&self.counters).copied().collect(),
            Ty::J => self.longs.clone(),
            Ty::F => self.floats.clone(),
            Ty::D => self.doubles.clone(),
        }
    }

    fn writable(&self, ty: Ty) -> Vec<u16> {
        match ty {
            Ty::I => self.ints.clone(),
            _ => self.locals(ty),
        }
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u32) as usize]
    }

    fn constant(&mut self, ty: Ty) {
        match ty {
            Ty::I => {
                let v = self.pick(&INTS);
                self.code.iconst(self.pool, v);
            }
            Ty::J => match self.pick(&LONGS) {
                0 => self.op(Opcode::lconst_0),
                1 => self.op(Opcode::lconst_1),
                v => {
                    let index = self.pool.long(v);
                    self.code.ldc2(index);
                }
            },
            Ty::F => {
                let v = self.pick(&FLOATS);
                if v.to_bits() == 0 {
                    self.op(Opcode::fconst_0);
                } else if v == 2.0 {
                    self.op(Opcode::fconst_2);
                } else {
                    let index = self.pool.float(v);
                    self.code.ldc(index);
                }
            }
            Ty::D => {
                let v = self.pick(&DOUBLES);
                if v.to_bits() == 0 {
                    self.op(Opcode::dconst_0);
                } else if v == 1.0 {
                    self.op(Opcode::dconst_1);
                } else {
                    let index = self.pool.double(v);
                    self.code.ldc2(index);
                }
            }
        }
    }

    /// A local of type `ty` or a constant.
    fn leaf(&mut self, ty: Ty) {
        let locals = self.locals(ty);
        if locals.is_empty() || self.below(3) == 2 {
            self.constant(ty);
        } else {
            let slot = self.pick(&locals);
            self.code.load(ty.kind(), slot);
        }
    }

    fn convert(&mut self, from: Ty, to: Ty) {
        const TABLE: [[u8; 4]; 4] = [
            // to I, J, F, D
            [0, 0x85, 0x86, 0x87], // from I
            [0x88, 0, 0x89, 0x8a], // from J
            [0x8b, 0x8c, 0, 0x8d], // from F
            [0x8e, 0x8f, 0x90, 0], // from D
        ];
        let byte = TABLE[from.offset() as usize][to.offset() as usize];
        if byte != 0 {
            self.raw(byte);
        }
    }

    /// `h = h * 31 + bits(value)`, the value being on the stack.
    fn mix_top(&mut self, ty: Ty) {
        match ty {
            Ty::I => self.op(Opcode::i2l),
            Ty::J => {}
            Ty::F => {
                self.invoke(
                    Opcode::invokestatic,
                    "java/lang/Float",
                    "floatToIntBits",
                    "(F)I",
                );
                self.op(Opcode::i2l);
            }
            Ty::D => self.invoke(
                Opcode::invokestatic,
                "java/lang/Double",
                "doubleToLongBits",
                "(D)J",
            ),
        }
        self.field(Opcode::getstatic, MAIN, "h", "J");
        self.code.iconst(self.pool, 31);
        self.op(Opcode::i2l);
        self.op(Opcode::lmul);
        self.op(Opcode::ladd);
        self.field(Opcode::putstatic, MAIN, "h", "J");
    }

    fn mix_constant(&mut self, value: i32) {
        self.code.iconst(self.pool, value);
        self.mix_top(Ty::I);
    }

    /// An array index: usually masked to a small range (arrays have 0 to 15 elements, 4 or
    /// 8 at first).
    fn index(&mut self, depth: u32) {
        self.expr(Ty::I, depth);
        match self.below(6) {
            0 => {}
            1 => {
                self.code.iconst(self.pool, 7);
                self.op(Opcode::iand);
            }
            _ => {
                self.code.iconst(self.pool, 3);
                self.op(Opcode::iand);
            }
        }
    }

    /// Before a division or remainder (`byte`), the divisor on the stack: mostly made odd,
    /// so that not every division by a computed value throws.
    fn divisor(&mut self, ty: Ty, byte: u8) {
        if matches!(byte, 0x6c..=0x73) && self.below(3) != 0 {
            if ty == Ty::I {
                self.op(Opcode::iconst_1);
                self.op(Opcode::ior);
            } else {
                self.op(Opcode::lconst_1);
                self.op(Opcode::lor);
            }
        }
    }

    /// Mostly, `o instanceof class ? ... : constant` around a cast that would throw otherwise:
    /// the labels for [`Body::end_guard`].
    fn guard(&mut self, class: &str) -> Option<(Label, Label)> {
        if self.below(4) == 0 {
            return None;
        }
        let other = self.code.new_label();
        let end = self.code.new_label();
        self.object();
        let index = self.class_index(class);
        self.code.instanceof(index);
        self.code.branch(Opcode::ifeq, other);
        Some((other, end))
    }

    fn end_guard(&mut self, guard: Option<(Label, Label)>, ty: Ty) {
        if let Some((other, end)) = guard {
            self.code.branch(Opcode::goto, end);
            self.code.bind(other);
            self.constant(ty);
            self.code.bind(end);
        }
    }

    /// Whether a call costing `cost` steps still fits the budget; charges it if so.
    fn afford(&mut self, cost: u64) -> bool {
        let total = self.cost + self.mult * (cost + 1);
        if total > METHOD_BUDGET {
            return false;
        }
        self.cost = total;
        true
    }

    /// Calls a test method generated before and converts its result to `ty`, or gives a leaf.
    fn call(&mut self, ty: Ty, depth: u32) {
        if self.mode != Mode::Test || self.callees.is_empty() {
            return self.leaf(ty);
        }
        let index = self.below(self.callees.len() as u32) as usize;
        let callee = &self.callees[index];
        if !self.afford(callee.cost) {
            return self.leaf(ty);
        }
        let (params, ret, desc) = (callee.params.clone(), callee.ret, callee.descriptor());
        for param in params {
            match param {
                Some(ty) => self.expr(ty, depth),
                None => {
                    self.object();
                }
            }
        }
        self.invoke(Opcode::invokestatic, MAIN, &format!("m{index}"), &desc);
        self.convert(ret, ty);
    }

    /// Calls a leaf method of type `ty` (if there is one), which the JIT may inline.
    fn call_leaf(&mut self, ty: Ty, depth: u32) {
        let candidates: Vec<usize> = (0..self.leaves.len())
            .filter(|&i| self.leaves[i] == ty)
            .collect();
        if self.mode == Mode::Leaf || candidates.is_empty() || !self.afford(1) {
            return self.leaf(ty);
        }
        let index = self.pick(&candidates);
        self.expr(ty, depth);
        self.expr(ty, depth);
        let desc = format!("({0}{0}){0}", ty.desc());
        self.invoke(Opcode::invokestatic, MAIN, &format!("leaf{index}"), &desc);
    }

    /// Pushes the `GenA` reference (or gives a constant when there is none).
    fn object(&mut self) -> bool {
        match self.obj {
            Some(slot) if self.mode != Mode::Leaf => {
                self.code.load(Kind::Reference, slot);
                true
            }
            _ => false,
        }
    }

    fn expr(&mut self, ty: Ty, depth: u32) {
        if depth == 0 {
            return self.leaf(ty);
        }
        let d = depth - 1;
        match ty {
            Ty::I => self.int_expr(d),
            Ty::J => self.long_expr(d),
            Ty::F | Ty::D => self.float_expr(ty, d),
        }
    }

    fn int_expr(&mut self, d: u32) {
        let test = self.mode == Mode::Test;
        match self.below(23) {
            19..=22 if test => self.extra_int(d),
            0 => self.leaf(Ty::I),
            1 => self.constant(Ty::I),
            2 | 3 => {
                // iadd isub imul idiv irem iand ior ixor
                let byte = self.pick(&[0x60, 0x64, 0x68, 0x6c, 0x70, 0x7e, 0x80, 0x82]);
                self.expr(Ty::I, d);
                self.expr(Ty::I, d);
                self.divisor(Ty::I, byte);
                self.raw(byte);
            }
            4 => {
                self.expr(Ty::I, d);
                self.expr(Ty::I, d);
                let byte = self.pick(&[0x78, 0x7a, 0x7c]);
                self.raw(byte);
            }
            5 => {
                self.expr(Ty::I, d);
                self.op(Opcode::ineg);
            }
            6 => {
                let from = self.pick(&Ty::ALL);
                self.expr(from, d);
                self.convert(from, Ty::I);
                if self.chance(3) {
                    let byte = self.pick(&[0x91, 0x92, 0x93]);
                    self.raw(byte);
                }
            }
            7 => {
                let ty = self.pick(&[Ty::J, Ty::F, Ty::D]);
                self.expr(ty, d);
                self.expr(ty, d);
                match ty {
                    Ty::J => self.op(Opcode::lcmp),
                    Ty::F => {
                        let byte = self.pick(&[0x95, 0x96]);
                        self.raw(byte);
                    }
                    _ => {
                        let byte = self.pick(&[0x97, 0x98]);
                        self.raw(byte);
                    }
                }
            }
            8 => self.ternary(Ty::I, d),
            9 => {
                if self.object() {
                    self.field(Opcode::getfield, CLASS_A, "x", "I");
                } else {
                    self.leaf(Ty::I);
                }
            }
            10 if test => self.field(Opcode::getstatic, MAIN, "sI", "I"),
            11 if test => match (self.below(3), self.iarr, self.aarr) {
                (0, Some(arr), _) => {
                    self.code.load(Kind::Reference, arr);
                    self.index(d);
                    self.op(Opcode::iaload);
                }
                (1, _, Some(arr)) => {
                    self.code.load(Kind::Reference, arr);
                    self.index(d);
                    self.op(Opcode::aaload);
                    self.field(Opcode::getfield, CLASS_A, "x", "I");
                }
                _ => {
                    let arr = self.pick(&[self.iarr, self.darr, self.aarr]);
                    self.code
                        .load(Kind::Reference, arr.expect("test methods have arrays"));
                    self.op(Opcode::arraylength);
                }
            },
            12 => self.call(Ty::I, d),
            13 => self.call_leaf(Ty::I, d),
            14 if test && self.afford(2) => {
                self.object();
                self.expr(Ty::I, d);
                self.invoke(Opcode::invokevirtual, CLASS_A, "f", "(I)I");
            }
            15 if test => {
                self.object();
                let class = self.pick(&[CLASS_A, CLASS_B, CLASS_C, IFACE]);
                let index = self.class_index(class);
                self.code.instanceof(index);
            }
            16 if test => {
                let guard = self.guard(CLASS_B);
                self.object();
                let index = self.class_index(CLASS_B);
                self.code.checkcast(index);
                self.field(Opcode::getfield, CLASS_B, "z", "I");
                self.end_guard(guard, Ty::I);
            }
            17 => {
                self.expr(Ty::I, d);
                if self.chance(3) {
                    self.invoke(Opcode::invokestatic, "java/lang/Math", "abs", "(I)I");
                } else {
                    self.expr(Ty::I, d);
                    let name = self.pick(&["max", "min"]);
                    self.invoke(Opcode::invokestatic, "java/lang/Math", name, "(II)I");
                }
            }
            _ => {
                self.expr(Ty::I, d);
                self.expr(Ty::I, d);
                self.op(Opcode::ixor);
            }
        }
    }

    fn long_expr(&mut self, d: u32) {
        let test = self.mode == Mode::Test;
        match self.below(14) {
            13 if test => {
                self.code.load(Kind::Reference, self.larr);
                self.index(d);
                self.op(Opcode::laload);
            }
            0 => self.leaf(Ty::J),
            1 => self.constant(Ty::J),
            2 | 3 => {
                let byte = self.pick(&[0x61, 0x65, 0x69, 0x6d, 0x71, 0x7f, 0x81, 0x83]);
                self.expr(Ty::J, d);
                self.expr(Ty::J, d);
                self.divisor(Ty::J, byte);
                self.raw(byte);
            }
            4 => {
                self.expr(Ty::J, d);
                self.expr(Ty::I, d);
                let byte = self.pick(&[0x79, 0x7b, 0x7d]);
                self.raw(byte);
            }
            5 => {
                self.expr(Ty::J, d);
                self.op(Opcode::lneg);
            }
            6 => {
                let from = self.pick(&[Ty::I, Ty::F, Ty::D]);
                self.expr(from, d);
                self.convert(from, Ty::J);
            }
            7 => self.ternary(Ty::J, d),
            8 => {
                if self.object() {
                    self.field(Opcode::getfield, CLASS_A, "y", "J");
                } else {
                    self.leaf(Ty::J);
                }
            }
            9 if test => self.field(Opcode::getstatic, MAIN, "sJ", "J"),
            10 => self.call(Ty::J, d),
            11 => self.call_leaf(Ty::J, d),
            12 if test && self.afford(2) => {
                // ((GenI) o).g(long): a ClassCastException for a plain GenA.
                let guard = self.guard(IFACE);
                self.object();
                let index = self.class_index(IFACE);
                self.code.checkcast(index);
                self.expr(Ty::J, d);
                let method = self.pool.interface_method_ref(IFACE, "g", "(J)J");
                self.code.invokeinterface(method, 2);
                self.end_guard(guard, Ty::J);
            }
            _ => {
                self.expr(Ty::J, d);
                self.expr(Ty::J, d);
                let name = self.pick(&["max", "min"]);
                self.invoke(Opcode::invokestatic, "java/lang/Math", name, "(JJ)J");
            }
        }
    }

    fn float_expr(&mut self, ty: Ty, d: u32) {
        let test = self.mode == Mode::Test;
        let o = ty.offset();
        match self.below(11) {
            0 => self.leaf(ty),
            1 => self.constant(ty),
            2..=4 => {
                self.expr(ty, d);
                self.expr(ty, d);
                // add sub mul div rem
                let base = self.pick(&[0x60, 0x64, 0x68, 0x6c, 0x70]);
                self.raw(base + o);
            }
            5 => {
                self.expr(ty, d);
                self.raw(0x74 + o);
            }
            6 => {
                let from = self.pick(&Ty::ALL);
                self.expr(from, d);
                self.convert(from, ty);
            }
            7 => self.ternary(ty, d),
            8 if test => {
                if ty == Ty::F && self.chance(2) {
                    self.code.load(Kind::Reference, self.farr);
                    self.index(d);
                    self.op(Opcode::faload);
                } else if ty == Ty::F {
                    self.field(Opcode::getstatic, MAIN, "sF", "F");
                } else if let (true, Some(arr)) = (self.chance(2), self.darr) {
                    self.code.load(Kind::Reference, arr);
                    self.index(d);
                    self.op(Opcode::daload);
                } else {
                    self.field(Opcode::getstatic, MAIN, "sD", "D");
                }
            }
            9 => {
                if ty == Ty::D {
                    self.call_leaf(ty, d)
                } else {
                    self.call(ty, d)
                }
            }
            _ => {
                self.expr(ty, d);
                if ty == Ty::D && self.chance(2) {
                    let name = self.pick(&["sqrt", "floor", "ceil", "abs"]);
                    self.invoke(Opcode::invokestatic, "java/lang/Math", name, "(D)D");
                } else {
                    self.expr(ty, d);
                    let name = self.pick(&["max", "min"]);
                    let desc = format!("({0}{0}){0}", ty.desc());
                    self.invoke(Opcode::invokestatic, "java/lang/Math", name, &desc);
                }
            }
        }
    }

    /// `cond ? a : b`, with the value on the stack across the join.
    fn ternary(&mut self, ty: Ty, d: u32) {
        let other = self.code.new_label();
        let end = self.code.new_label();
        self.branch(other, d);
        self.expr(ty, d);
        self.code.branch(Opcode::goto, end);
        self.code.bind(other);
        self.expr(ty, d);
        self.code.bind(end);
    }

    /// A conditional branch to `target` on a random condition.
    fn branch(&mut self, target: Label, d: u32) {
        let test = self.mode == Mode::Test;
        match self.below(6) {
            0 => {
                self.expr(Ty::I, d);
                self.expr(Ty::I, d);
                let byte = 0x9f + self.below(6) as u8; // if_icmpeq ..= if_icmple
                self.code.branch(op(byte), target);
            }
            1 | 2 => {
                let ty = self.pick(&[Ty::J, Ty::F, Ty::D]);
                self.expr(ty, d);
                self.expr(ty, d);
                let cmp = match ty {
                    Ty::J => 0x94,
                    Ty::F => 0x95 + self.below(2) as u8,
                    _ => 0x97 + self.below(2) as u8,
                };
                self.raw(cmp);
                let byte = 0x99 + self.below(6) as u8; // ifeq ..= ifle
                self.code.branch(op(byte), target);
            }
            3 if test => {
                self.object();
                let byte = self.pick(&[Opcode::ifnull, Opcode::ifnonnull]);
                self.code.branch(byte, target);
            }
            4 if test => {
                self.object();
                let class = self.pick(&[CLASS_B, CLASS_C, IFACE]);
                let index = self.class_index(class);
                self.code.instanceof(index);
                let byte = self.pick(&[Opcode::ifeq, Opcode::ifne]);
                self.code.branch(byte, target);
            }
            _ => {
                self.expr(Ty::I, d);
                let byte = 0x99 + self.below(6) as u8;
                self.code.branch(op(byte), target);
            }
        }
    }

    fn block(&mut self, most: u32, depth: u32) {
        let count = 1 + self.below(most);
        for _ in 0..count {
            self.statement(depth);
        }
    }

    fn statement(&mut self, depth: u32) {
        self.mark_line();
        let e = 1 + self.below(3);
        let nested = depth > 0;
        let d = depth.saturating_sub(1);
        match self.below(23) {
            20..=22 if self.mode == Mode::Test => self.extra_statement(e),
            0 => {
                let ty = self.pick(&Ty::ALL);
                self.expr(ty, e);
                self.mix_top(ty);
            }
            1..=3 => {
                let ty = self.pick(&Ty::ALL);
                let slots = self.writable(ty);
                self.expr(ty, e);
                if slots.is_empty() {
                    self.mix_top(ty);
                } else {
                    let slot = self.pick(&slots);
                    self.code.store(ty.kind(), slot);
                }
            }
            4 | 5 if nested => {
                let other = self.code.new_label();
                let end = self.code.new_label();
                self.branch(other, e);
                self.block(3, d);
                self.code.branch(Opcode::goto, end);
                self.code.bind(other);
                if self.chance(2) {
                    self.block(2, d);
                } else {
                    self.mix_constant(self.line as i32);
                }
                self.code.bind(end);
            }
            6 | 7 if nested && !self.free_counters.is_empty() => self.counted_loop(d),
            8 if nested => self.switch(e, d),
            9 | 10 if nested => {
                if self.free_monitors.is_empty() || self.below(4) != 0 {
                    self.try_catch(d)
                } else {
                    self.synchronized(d)
                }
            }
            11 => {
                // o = new GenA/GenB/GenC(int), or null
                let Some(slot) = self.obj else {
                    return self.mix_constant(11);
                };
                if self.chance(8) {
                    self.op(Opcode::aconst_null);
                } else {
                    let class = self.pick(&[CLASS_A, CLASS_B, CLASS_C]);
                    let index = self.class_index(class);
                    self.code.new_object(index);
                    self.op(Opcode::dup);
                    self.expr(Ty::I, e);
                    self.invoke(Opcode::invokespecial, class, "<init>", "(I)V");
                }
                self.code.store(Kind::Reference, slot);
            }
            12 => {
                if !self.object() {
                    return self.mix_constant(12);
                }
                if self.chance(2) {
                    self.expr(Ty::I, e);
                    self.field(Opcode::putfield, CLASS_A, "x", "I");
                } else {
                    self.expr(Ty::J, e);
                    self.field(Opcode::putfield, CLASS_A, "y", "J");
                }
            }
            13 => {
                let ty = self.pick(&Ty::ALL);
                self.expr(ty, e);
                let name = format!("s{}", ty.desc());
                self.field(Opcode::putstatic, MAIN, &name, ty.desc());
            }
            14 => match (self.below(3), self.iarr, self.darr, self.aarr) {
                (0, Some(arr), _, _) => {
                    self.code.load(Kind::Reference, arr);
                    self.index(e);
                    self.expr(Ty::I, e);
                    self.op(Opcode::iastore);
                }
                (1, _, Some(arr), _) => {
                    self.code.load(Kind::Reference, arr);
                    self.index(e);
                    self.expr(Ty::D, e);
                    self.op(Opcode::dastore);
                }
                (_, _, _, Some(arr)) => {
                    if self.chance(2) {
                        // aarr[i] = o
                        self.code.load(Kind::Reference, arr);
                        self.index(e);
                        self.object();
                        self.op(Opcode::aastore);
                    } else {
                        // o = aarr[i]
                        self.code.load(Kind::Reference, arr);
                        self.index(e);
                        self.op(Opcode::aaload);
                        self.code
                            .store(Kind::Reference, self.obj.expect("with arrays"));
                    }
                }
                _ => self.mix_constant(14),
            },
            15 => {
                // A new array: the length may be negative.
                let (Some(iarr), Some(darr)) = (self.iarr, self.darr) else {
                    return self.mix_constant(15);
                };
                self.expr(Ty::I, e);
                // Small, negative (NegativeArraySizeException) or at least 2^30 elements
                // (OutOfMemoryError in any heap the check gives): never large enough to fill
                // the heap only while a dead local still holds an earlier array, which the
                // interpreter keeps alive and compiled code need not (both as HotSpot's).
                let mask = match self.below(4) {
                    0 => 0xC000_000F_u32 as i32,
                    _ => 15,
                };
                self.code.iconst(self.pool, mask);
                self.op(Opcode::iand);
                if self.chance(2) {
                    self.code.newarray(10); // T_INT
                    self.code.store(Kind::Reference, iarr);
                } else {
                    self.code.newarray(7); // T_DOUBLE
                    self.code.store(Kind::Reference, darr);
                }
            }
            16 if nested => {
                // if (cond) throw new IllegalStateException("line N")
                let skip = self.code.new_label();
                self.branch(skip, e);
                let index = self.class_index("java/lang/IllegalStateException");
                self.code.new_object(index);
                self.op(Opcode::dup);
                let text = self.pool.string(&format!("line {}", self.line));
                self.code.ldc(text);
                self.invoke(
                    Opcode::invokespecial,
                    "java/lang/IllegalStateException",
                    "<init>",
                    "(Ljava/lang/String;)V",
                );
                self.op(Opcode::athrow);
                self.code.bind(skip);
            }
            17 if nested && self.synchronized_depth == 0 => {
                // if (cond) return expr
                let skip = self.code.new_label();
                self.branch(skip, e);
                self.expr(self.ret, e);
                self.code.return_value(Some(self.ret.kind()));
                self.code.bind(skip);
            }
            18 if !self.loop_ends.is_empty() => {
                // if (cond) break
                let end = *self.loop_ends.last().expect("in a loop");
                self.branch(end, e);
            }
            _ => {
                let slots = self.ints.clone();
                if slots.is_empty() {
                    return self.mix_constant(19);
                }
                let slot = self.pick(&slots);
                let delta = self.pick(&[1, -1, 100, -32768, 32767]);
                self.code.iinc(slot, delta);
            }
        }
    }

    /// More int expressions of test methods: class initialization, recursion, strings, the
    /// narrow arrays.
    fn extra_int(&mut self, d: u32) {
        match self.below(6) {
            0 => self.field(Opcode::getstatic, CLASS_S, "k", "I"),
            1 => {
                self.expr(Ty::I, d);
                self.invoke(Opcode::invokestatic, CLASS_S, "bump", "(I)I");
            }
            2 if self.afford(17) => {
                self.expr(Ty::I, d);
                self.code.iconst(self.pool, 15);
                self.op(Opcode::iand);
                self.invoke(Opcode::invokestatic, MAIN, "rec", "(I)I");
            }
            3 => {
                let text = self.pool.string("cortado\u{e9}\u{2603}!");
                self.code.ldc(text);
                if self.chance(4) {
                    self.invoke(Opcode::invokevirtual, "java/lang/String", "length", "()I");
                } else {
                    // May be out of range: StringIndexOutOfBoundsException.
                    self.index(d);
                    self.invoke(Opcode::invokevirtual, "java/lang/String", "charAt", "(I)C");
                }
            }
            4 => {
                self.code.load(Kind::Reference, self.barr);
                self.index(d);
                self.op(Opcode::baload);
            }
            _ => {
                self.code.load(Kind::Reference, self.carr);
                self.index(d);
                self.op(Opcode::caload);
            }
        }
    }

    /// More statements of test methods: stores that truncate, `System.arraycopy`.
    fn extra_statement(&mut self, e: u32) {
        match self.below(5) {
            0 => {
                self.code.load(Kind::Reference, self.barr);
                self.index(e);
                self.expr(Ty::I, e);
                self.op(Opcode::bastore);
            }
            1 => {
                self.code.load(Kind::Reference, self.carr);
                self.index(e);
                self.expr(Ty::I, e);
                self.op(Opcode::castore);
            }
            2 => {
                let (arr, ty, store) = if self.chance(2) {
                    (self.larr, Ty::J, Opcode::lastore)
                } else {
                    (self.farr, Ty::F, Opcode::fastore)
                };
                self.code.load(Kind::Reference, arr);
                self.index(e);
                self.expr(ty, e);
                self.op(store);
            }
            _ => {
                // System.arraycopy, overlapping or between arrays of different types
                // (ArrayStoreException), positions and lengths possibly out of range.
                let arrays = [
                    self.iarr.expect("test methods have arrays"),
                    self.darr.expect("test methods have arrays"),
                    self.aarr.expect("test methods have arrays"),
                    self.barr,
                    self.larr,
                ];
                let src = self.pick(&arrays);
                let dst = if self.chance(4) {
                    self.pick(&arrays)
                } else {
                    src
                };
                self.code.load(Kind::Reference, src);
                self.index(e);
                self.code.load(Kind::Reference, dst);
                self.index(e);
                self.index(e);
                self.invoke(
                    Opcode::invokestatic,
                    "java/lang/System",
                    "arraycopy",
                    "(Ljava/lang/Object;ILjava/lang/Object;II)V",
                );
            }
        }
    }

    fn counted_loop(&mut self, d: u32) {
        let counter = self.free_counters.pop().expect("checked");
        // Short loops, or long ones (on-stack replacement) where the budget allows.
        let mut count = self.pick(&[0, 1, 2, 3, 5, 10, 17, 40, 100, 300, 700, 1500, 3000]);
        while count > 1 && self.cost + self.mult * (count as u64 + 1) * 4 > METHOD_BUDGET {
            count /= 4;
        }
        self.cost += self.mult * (count as u64 + 1);
        let saved = self.mult;
        self.mult *= count.max(1) as u64;
        let top = self.code.new_label();
        let end = self.code.new_label();
        self.code.iconst(self.pool, 0);
        self.code.store(Kind::Int, counter);
        self.counters.push(counter);
        self.loop_ends.push(end);
        if self.chance(2) || count == 0 {
            // while (k < n) { ...; k++ }
            self.code.bind(top);
            self.code.load(Kind::Int, counter);
            self.code.iconst(self.pool, count);
            self.code.branch(Opcode::if_icmpge, end);
            self.block(4, d);
            self.code.iinc(counter, 1);
            self.code.branch(Opcode::goto, top);
        } else {
            // do { ...; k++ } while (k < n)
            self.code.bind(top);
            self.block(4, d);
            self.code.iinc(counter, 1);
            self.code.load(Kind::Int, counter);
            self.code.iconst(self.pool, count);
            self.code.branch(Opcode::if_icmplt, top);
        }
        self.code.bind(end);
        self.loop_ends.pop();
        self.counters.pop();
        self.free_counters.push(counter);
        self.mult = saved;
        // The counter's final value tells how far the loop went.
        self.code.load(Kind::Int, counter);
        self.mix_top(Ty::I);
    }

    fn switch(&mut self, e: u32, d: u32) {
        let counters = self.counters.clone();
        if !counters.is_empty() && self.chance(2) {
            let slot = self.pick(&counters);
            self.code.load(Kind::Int, slot);
        } else {
            self.expr(Ty::I, e);
        }
        if self.below(3) != 0 {
            self.code.iconst(self.pool, 7);
            self.op(Opcode::iand);
        }
        let most = if self.chance(4) { 14 } else { 6 };
        let cases = 1 + self.below(most) as usize;
        let labels: Vec<Label> = (0..cases).map(|_| self.code.new_label()).collect();
        let default = self.code.new_label();
        let end = self.code.new_label();
        if self.chance(2) {
            // Also ranges at the ends of the int range (`value - low` overflows).
            let low = match self.pick(&[-2, -1, 0, 0, 1, 3, 7, 8]) {
                7 => i32::MIN,
                8 => i32::MAX - cases as i32 + 1,
                low => low,
            };
            self.code.tableswitch(low, default, &labels);
        } else {
            let mut keys: Vec<i32> = Vec::new();
            while keys.len() < cases {
                let key = self.pick(&[0, 1, 2, 3, 5, 7, -1, 100, i32::MIN, i32::MAX, 1 << 20]);
                let mut key = if keys.contains(&key) {
                    keys.iter().max().expect("not empty").wrapping_add(1)
                } else {
                    key
                };
                // Past i32::MAX the keys wrap around to i32::MIN, which may be taken: the next
                // free key (there are at most 14).
                while keys.contains(&key) {
                    key = key.wrapping_add(1);
                }
                keys.push(key);
            }
            let pairs: Vec<(i32, Label)> = keys.into_iter().zip(labels.iter().copied()).collect();
            self.code.lookupswitch(default, &pairs);
        }
        for (i, &label) in labels.iter().enumerate() {
            self.code.bind(label);
            self.mix_constant(i as i32 + 1);
            if self.chance(2) {
                self.block(2, d);
            }
            // Most cases break; some fall through.
            if self.below(4) != 0 {
                self.code.branch(Opcode::goto, end);
            }
        }
        self.code.bind(default);
        self.mix_constant(-1);
        self.code.bind(end);
    }

    /// `synchronized (o) { ... }` as javac compiles it (null: NullPointerException), the
    /// monitor released by a catch-all handler when the block throws.
    fn synchronized(&mut self, d: u32) {
        let slot = self.free_monitors.pop().expect("checked");
        self.object();
        self.op(Opcode::dup);
        self.code.store(Kind::Reference, slot);
        self.op(Opcode::monitorenter);
        let start = self.code.new_label();
        let end = self.code.new_label();
        let handler = self.code.new_label();
        let after = self.code.new_label();
        self.code.bind(start);
        // Locking stays structured: neither `return` nor `break` leaves the block.
        let loop_ends = std::mem::take(&mut self.loop_ends);
        self.synchronized_depth += 1;
        self.block(3, d);
        self.synchronized_depth -= 1;
        self.loop_ends = loop_ends;
        self.code.bind(end);
        self.code.load(Kind::Reference, slot);
        self.op(Opcode::monitorexit);
        self.code.branch(Opcode::goto, after);
        self.code.bind(handler);
        self.code.exception_handler(start, end, handler, 0);
        self.code.load(Kind::Reference, slot);
        self.op(Opcode::monitorexit);
        self.op(Opcode::athrow);
        self.code.bind(after);
        self.free_monitors.push(slot);
    }

    fn try_catch(&mut self, d: u32) {
        let start = self.code.new_label();
        let end = self.code.new_label();
        let after = self.code.new_label();
        self.code.bind(start);
        self.block(4, d);
        self.code.bind(end);
        self.code.branch(Opcode::goto, after);
        let handlers = 1 + self.below(2);
        for h in 0..handlers {
            let class = self.pick(&[
                "java/lang/ArithmeticException",
                "java/lang/ArrayIndexOutOfBoundsException",
                "java/lang/NullPointerException",
                "java/lang/ClassCastException",
                "java/lang/NegativeArraySizeException",
                "java/lang/IllegalStateException",
                "java/lang/RuntimeException",
                "java/lang/Throwable",
            ]);
            let catch_type = self.class_index(class);
            let handler = self.code.new_label();
            self.code.bind(handler);
            self.code.exception_handler(start, end, handler, catch_type);
            self.mark_line();
            if self.chance(2) {
                // The message (helpful NullPointerException messages too) goes into the hash.
                self.invoke(
                    Opcode::invokevirtual,
                    "java/lang/Object",
                    "toString",
                    "()Ljava/lang/String;",
                );
                self.invoke(Opcode::invokevirtual, "java/lang/String", "hashCode", "()I");
                self.mix_top(Ty::I);
            } else {
                self.op(Opcode::pop);
            }
            self.mix_constant(100 + h as i32);
            if self.chance(3) {
                self.block(2, d);
            }
            self.code.branch(Opcode::goto, after);
        }
        self.code.bind(after);
    }

    fn finish(mut self, max_locals: u16) -> Attributes {
        let lines = std::mem::take(&mut self.lines);
        self.code.set_max_locals(max_locals);
        let mut code = self.code.finish().expect("generated code assembles");
        code.line_numbers = lines;
        Attributes {
            code: Some(code),
            ..Attributes::default()
        }
    }
}

/// Generates a program.
pub fn generate(choices: &mut Choices) -> Program {
    let threshold = [1, 2, 3, 10, 50, 200][choices.below(6) as usize];
    let gc_stress = match choices.below(6) {
        1 => Some(Compilation::Eager),
        2 => Some(Compilation::Tiered { threshold }),
        _ => None,
    };
    let leaf_count = choices.below(4) as usize;
    let method_count = 1 + choices.below(6) as usize;

    let mut main = ClassBuilder::new(49, PUBLIC | SUPER, MAIN, Some("java/lang/Object"));
    main.source_file("Gen.java");
    main.field(STATIC, "h", "J");
    for ty in Ty::ALL {
        main.field(STATIC, &format!("s{}", ty.desc()), ty.desc());
    }

    // Leaves: `static T leafN(T, T)` of straight-line arithmetic.
    let mut leaves = Vec::new();
    for n in 0..leaf_count {
        let ty = [Ty::I, Ty::J, Ty::D][choices.below(3) as usize];
        let second = if ty == Ty::I { 1 } else { 2 };
        let mut body = Body::new(
            choices,
            &mut main.pool,
            Mode::Leaf,
            ty,
            &[],
            &[],
            1000 + n as u16 * 10,
        );
        match ty {
            Ty::I => body.ints = vec![0, 1],
            Ty::J => body.longs = vec![0, second],
            _ => body.doubles = vec![0, second],
        }
        body.mark_line();
        let depth = 1 + body.below(2);
        body.expr(ty, depth);
        body.code.return_value(Some(ty.kind()));
        let attributes = body.finish(2 * second);
        let desc = format!("({0}{0}){0}", ty.desc());
        main.method_with(STATIC, &format!("leaf{n}"), &desc, attributes);
        leaves.push(ty);
    }

    // static int rec(int n): n <= 0 ? c : rec(n - 1) op n
    {
        let mut body = Body::new(choices, &mut main.pool, Mode::Leaf, Ty::I, &[], &[], 900);
        body.mark_line();
        let recurse = body.code.new_label();
        body.code.load(Kind::Int, 0);
        body.code.branch(Opcode::ifgt, recurse);
        body.constant(Ty::I);
        body.code.return_value(Some(Kind::Int));
        body.code.bind(recurse);
        body.mark_line();
        body.code.load(Kind::Int, 0);
        body.op(Opcode::iconst_1);
        body.op(Opcode::isub);
        body.invoke(Opcode::invokestatic, MAIN, "rec", "(I)I");
        body.code.load(Kind::Int, 0);
        let byte = body.pick(&[0x60, 0x64, 0x68, 0x82]);
        body.raw(byte);
        body.code.return_value(Some(Kind::Int));
        let attributes = body.finish(1);
        main.method_with(STATIC, "rec", "(I)I", attributes);
    }

    // Test methods, each calling only those before it.
    let mut callees: Vec<Callee> = Vec::new();
    for n in 0..method_count {
        let ret = Ty::ALL[choices.below(4) as usize];
        // Mostly (int, long, double); else 0 to 6 parameters of any type, a GenA among them.
        let params: Vec<Option<Ty>> = if choices.below(3) == 0 {
            vec![Some(Ty::I), Some(Ty::J), Some(Ty::D)]
        } else {
            let count = choices.below(7);
            (0..count)
                .map(|_| match choices.below(6) {
                    4 => None,
                    k => Some(Ty::ALL[k as usize % 4]),
                })
                .collect()
        };
        let mut body = Body::new(
            choices,
            &mut main.pool,
            Mode::Test,
            ret,
            &callees,
            &leaves,
            10 + n as u16 * 100,
        );
        // Slots: the parameters, then two ints, a long, two floats, a double, the GenA, the
        // arrays, loop counters and monitors.
        let mut slot = 0;
        let (mut ints, mut longs, mut floats, mut doubles) = (vec![], vec![], vec![], vec![]);
        let mut obj_param = None;
        for param in &params {
            match param {
                Some(Ty::I) => ints.push(slot),
                Some(Ty::J) => longs.push(slot),
                Some(Ty::F) => floats.push(slot),
                Some(Ty::D) => doubles.push(slot),
                None => obj_param = Some(slot),
            }
            slot += if matches!(param, Some(Ty::J | Ty::D)) {
                2
            } else {
                1
            };
        }
        let base = slot;
        let obj = base + 8;
        let aarr = base + 11;
        body.obj = Some(obj);
        body.iarr = Some(base + 9);
        body.darr = Some(base + 10);
        body.aarr = Some(aarr);
        body.free_counters = vec![base + 14, base + 13, base + 12];
        body.free_monitors = vec![base + 16, base + 15];
        (body.barr, body.carr, body.larr, body.farr) = (base + 17, base + 18, base + 19, base + 20);
        // Locals start from the parameters and constants.
        (body.ints, body.longs, body.floats, body.doubles) =
            (ints.clone(), longs.clone(), floats.clone(), doubles.clone());
        body.mark_line();
        for (slot, ty) in [
            (base, Ty::I),
            (base + 1, Ty::I),
            (base + 2, Ty::J),
            (base + 4, Ty::F),
            (base + 5, Ty::F),
            (base + 6, Ty::D),
        ] {
            body.leaf(ty);
            body.code.store(ty.kind(), slot);
        }
        ints.extend([base, base + 1]);
        longs.push(base + 2);
        floats.extend([base + 4, base + 5]);
        doubles.push(base + 6);
        (body.ints, body.longs, body.floats, body.doubles) = (ints, longs, floats, doubles);
        if let Some(param) = obj_param {
            body.code.load(Kind::Reference, param);
        } else {
            let class = body.pick(&[CLASS_A, CLASS_B, CLASS_C]);
            let index = body.class_index(class);
            body.code.new_object(index);
            body.op(Opcode::dup);
            body.leaf(Ty::I);
            body.invoke(Opcode::invokespecial, class, "<init>", "(I)V");
        }
        body.code.store(Kind::Reference, obj);
        body.code.iconst(body.pool, 8);
        body.code.newarray(10);
        body.code.store(Kind::Reference, base + 9);
        body.code.iconst(body.pool, 4);
        body.code.newarray(7);
        body.code.store(Kind::Reference, base + 10);
        body.code.iconst(body.pool, 4);
        let index = body.class_index(CLASS_A);
        body.code.anewarray(index);
        body.code.store(Kind::Reference, aarr);
        for (slot, atype, length) in [
            (body.barr, 8, 8),
            (body.carr, 5, 8),
            (body.larr, 11, 4),
            (body.farr, 6, 4),
        ] {
            body.code.iconst(body.pool, length);
            body.code.newarray(atype);
            body.code.store(Kind::Reference, slot);
        }
        for i in 0..4 {
            if body.below(4) == 0 {
                continue;
            }
            body.code.load(Kind::Reference, aarr);
            body.code.iconst(body.pool, i);
            let class = body.pick(&[CLASS_A, CLASS_B, CLASS_C]);
            let index = body.class_index(class);
            body.code.new_object(index);
            body.op(Opcode::dup);
            body.code.iconst(body.pool, i * 7 - 3);
            body.invoke(Opcode::invokespecial, class, "<init>", "(I)V");
            body.op(Opcode::aastore);
        }
        body.block(6, 3);
        body.mark_line();
        body.expr(ret, 2);
        body.code.return_value(Some(ret.kind()));
        let cost = body.cost + 1;
        let attributes = body.finish(base + 21);
        let callee = Callee { params, ret, cost };
        let desc = callee.descriptor();
        main.method_with(PUBLIC | STATIC, &format!("m{n}"), &desc, attributes);
        callees.push(callee);
    }

    main_method(choices, &mut main, &callees);

    let mut classes = vec![(MAIN.to_owned(), main.to_bytes().expect("Gen writes"))];
    classes.extend(hierarchy(choices));
    classes.push((CLASS_S.to_owned(), static_class()));
    Program {
        classes,
        threshold,
        gc_stress,
    }
}

impl<'a, 'b> Body<'a, 'b> {
    fn new(
        choices: &'a mut Choices<'b>,
        pool: &'a mut ConstantPoolBuilder,
        mode: Mode,
        ret: Ty,
        callees: &'a [Callee],
        leaves: &'a [Ty],
        first_line: u16,
    ) -> Self {
        Body {
            choices,
            pool,
            code: CodeBuilder::new(MAX_STACK, 0),
            mode,
            lines: Vec::new(),
            line: first_line,
            ints: Vec::new(),
            longs: Vec::new(),
            floats: Vec::new(),
            doubles: Vec::new(),
            counters: Vec::new(),
            free_counters: Vec::new(),
            free_monitors: Vec::new(),
            synchronized_depth: 0,
            loop_ends: Vec::new(),
            obj: None,
            iarr: None,
            darr: None,
            aarr: None,
            barr: 0,
            carr: 0,
            larr: 0,
            farr: 0,
            ret,
            mult: 1,
            cost: 0,
            callees,
            leaves,
        }
    }
}

/// `main`: calls every test method with a few arguments, several rounds, printing each result
/// or exception (with its stack trace), then the hash; some programs end with a call that is
/// not caught.
fn main_method(choices: &mut Choices, main: &mut ClassBuilder, callees: &[Callee]) {
    let rounds = 1 + choices.below(4) as i32;
    let mut body = Body::new(choices, &mut main.pool, Mode::Leaf, Ty::I, &[], &[], 1);
    fn print(body: &mut Body, desc: &str) {
        body.invoke(
            Opcode::invokevirtual,
            "java/io/PrintStream",
            "println",
            desc,
        );
    }
    fn out(body: &mut Body) {
        body.field(
            Opcode::getstatic,
            "java/lang/System",
            "out",
            "Ljava/io/PrintStream;",
        );
    }
    fn arguments(body: &mut Body, callee: &Callee) {
        for param in &callee.params {
            match param {
                Some(Ty::I) if body.chance(3) => {
                    body.code.load(Kind::Int, 1);
                }
                Some(ty) => body.constant(*ty),
                None if body.chance(8) => body.op(Opcode::aconst_null),
                None => {
                    let class = body.pick(&[CLASS_A, CLASS_B, CLASS_C]);
                    let index = body.class_index(class);
                    body.code.new_object(index);
                    body.op(Opcode::dup);
                    body.code.load(Kind::Int, 1);
                    body.invoke(Opcode::invokespecial, class, "<init>", "(I)V");
                }
            }
        }
    }
    let throwable = body.class_index("java/lang/Throwable");
    body.mark_line();
    body.code.iconst(body.pool, 0);
    body.code.store(Kind::Int, 1);
    let top = body.code.new_label();
    let end = body.code.new_label();
    body.code.bind(top);
    body.code.load(Kind::Int, 1);
    body.code.iconst(body.pool, rounds);
    body.code.branch(Opcode::if_icmpge, end);
    for (n, callee) in callees.iter().enumerate() {
        let calls = 1 + body.below(3);
        for _ in 0..calls {
            body.mark_line();
            let start = body.code.new_label();
            let stop = body.code.new_label();
            let handler = body.code.new_label();
            let next = body.code.new_label();
            body.code.bind(start);
            out(&mut body);
            arguments(&mut body, callee);
            body.invoke(
                Opcode::invokestatic,
                MAIN,
                &format!("m{n}"),
                &callee.descriptor(),
            );
            print(&mut body, &format!("({})V", callee.ret.desc()));
            body.code.bind(stop);
            body.code.branch(Opcode::goto, next);
            body.code.bind(handler);
            body.code.exception_handler(start, stop, handler, throwable);
            body.code.store(Kind::Reference, 2);
            out(&mut body);
            body.code.load(Kind::Reference, 2);
            print(&mut body, "(Ljava/lang/Object;)V");
            body.code.load(Kind::Reference, 2);
            out(&mut body);
            body.invoke(
                Opcode::invokevirtual,
                "java/lang/Throwable",
                "printStackTrace",
                "(Ljava/io/PrintStream;)V",
            );
            body.code.bind(next);
        }
    }
    body.code.iinc(1, 1);
    body.code.branch(Opcode::goto, top);
    body.code.bind(end);
    body.mark_line();
    out(&mut body);
    body.field(Opcode::getstatic, MAIN, "h", "J");
    print(&mut body, "(J)V");
    let ending = body.below(4);
    if ending == 1 {
        // The status is the hash's low bits.
        body.field(Opcode::getstatic, MAIN, "h", "J");
        body.op(Opcode::l2i);
        body.code.iconst(body.pool, 63);
        body.op(Opcode::iand);
        body.invoke(Opcode::invokestatic, "java/lang/System", "exit", "(I)V");
    } else if ending == 2 {
        // A last call that nothing catches.
        let n = body.below(callees.len() as u32) as usize;
        body.mark_line();
        arguments(&mut body, &callees[n]);
        let ret = callees[n].ret;
        body.invoke(
            Opcode::invokestatic,
            MAIN,
            &format!("m{n}"),
            &callees[n].descriptor(),
        );
        body.code.store(ret.kind(), 3);
    }
    body.code.return_value(None);
    let attributes = body.finish(5);
    main.method_with(
        PUBLIC | STATIC,
        "main",
        "([Ljava/lang/String;)V",
        attributes,
    );
}

/// `GenS`: `static int k` set by a static initializer that prints (so that the order of
/// class initializations shows), and `static int bump(int)` that changes it.
fn static_class() -> Vec<u8> {
    let mut class = ClassBuilder::new(49, PUBLIC | SUPER, CLASS_S, Some("java/lang/Object"));
    class.source_file("GenS.java");
    class.field(STATIC, "k", "I");
    let k = class.pool.field_ref(CLASS_S, "k", "I");
    let out = class
        .pool
        .field_ref("java/lang/System", "out", "Ljava/io/PrintStream;");
    let println = class
        .pool
        .method_ref("java/io/PrintStream", "println", "(Ljava/lang/String;)V");
    let text = class.pool.string("GenS.<clinit>");
    let mut code = CodeBuilder::new(4, 1);
    code.getstatic(out).ldc(text).invokevirtual(println);
    code.iconst(&mut class.pool, 12345)
        .putstatic(k)
        .return_value(None);
    let code = code.finish().expect("GenS.<clinit> assembles");
    class.method(STATIC, "<clinit>", "()V", Some(code));
    let mut code = CodeBuilder::new(4, 1);
    code.getstatic(k)
        .load(Kind::Int, 0)
        .op(Opcode::ixor)
        .iconst(&mut class.pool, 3)
        .op(Opcode::imul)
        .putstatic(k)
        .getstatic(k)
        .return_value(Some(Kind::Int));
    let code = code.finish().expect("GenS.bump assembles");
    class.method(PUBLIC | STATIC, "bump", "(I)I", Some(code));
    class.to_bytes().expect("GenS writes")
}

/// `GenA`, `GenB`, `GenC` and `GenI`, with generated bodies for `f` and `g`.
fn hierarchy(choices: &mut Choices) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();

    let mut iface = ClassBuilder::new(
        49,
        PUBLIC | INTERFACE | ABSTRACT,
        IFACE,
        Some("java/lang/Object"),
    );
    iface.method(PUBLIC | ABSTRACT, "g", "(J)J", None);
    out.push((IFACE.to_owned(), iface.to_bytes().expect("GenI writes")));

    for (name, parent) in [
        (CLASS_A, "java/lang/Object"),
        (CLASS_B, CLASS_A),
        (CLASS_C, CLASS_A),
    ] {
        let mut class = ClassBuilder::new(49, PUBLIC | SUPER, name, Some(parent));
        class.source_file(&format!("{name}.java"));
        if name != CLASS_A {
            class.interface(IFACE);
        }
        // <init>(int): super(...), then the fields.
        let mut body = Body::new(choices, &mut class.pool, Mode::Member, Ty::I, &[], &[], 1);
        body.mark_line();
        body.code.load(Kind::Reference, 0);
        if name == CLASS_A {
            body.invoke(Opcode::invokespecial, parent, "<init>", "()V");
            body.code.load(Kind::Reference, 0);
            body.code.load(Kind::Int, 1);
            body.field(Opcode::putfield, CLASS_A, "x", "I");
            body.code.load(Kind::Reference, 0);
            body.code.load(Kind::Int, 1);
            body.op(Opcode::i2l);
            body.code.iconst(body.pool, 33);
            body.op(Opcode::lshl);
            body.field(Opcode::putfield, CLASS_A, "y", "J");
        } else {
            body.code.load(Kind::Int, 1);
            body.invoke(Opcode::invokespecial, parent, "<init>", "(I)V");
        }
        if name == CLASS_B {
            body.code.load(Kind::Reference, 0);
            body.code.load(Kind::Int, 1);
            body.code.iconst(body.pool, 3);
            body.op(Opcode::imul);
            body.field(Opcode::putfield, CLASS_B, "z", "I");
        }
        body.code.return_value(None);
        let attributes = body.finish(2);
        class.method_with(PUBLIC, "<init>", "(I)V", attributes);
        if name == CLASS_B {
            // Initialized at the first `new GenB` (not by instanceof or checkcast).
            let out = class
                .pool
                .field_ref("java/lang/System", "out", "Ljava/io/PrintStream;");
            let println =
                class
                    .pool
                    .method_ref("java/io/PrintStream", "println", "(Ljava/lang/String;)V");
            let text = class.pool.string("GenB.<clinit>");
            let mut code = CodeBuilder::new(2, 0);
            code.getstatic(out)
                .ldc(text)
                .invokevirtual(println)
                .return_value(None);
            let code = code.finish().expect("GenB.<clinit> assembles");
            class.method(STATIC, "<clinit>", "()V", Some(code));
        }
        match name {
            CLASS_A => {
                class.field(0, "x", "I");
                class.field(0, "y", "J");
            }
            CLASS_B => {
                class.field(0, "z", "I");
            }
            _ => {}
        }

        // int f(int), in GenA and (overriding, calling super.f) in GenB.
        if name != CLASS_C {
            let mut body = Body::new(choices, &mut class.pool, Mode::Member, Ty::I, &[], &[], 10);
            body.ints = vec![1];
            body.obj = Some(0);
            body.mark_line();
            body.expr(Ty::I, 2);
            if name == CLASS_B {
                body.code.load(Kind::Reference, 0);
                body.code.load(Kind::Int, 1);
                body.invoke(Opcode::invokespecial, CLASS_A, "f", "(I)I");
                body.op(Opcode::iadd);
            }
            body.code.return_value(Some(Kind::Int));
            let attributes = body.finish(2);
            class.method_with(PUBLIC, "f", "(I)I", attributes);
        }
        // long g(long), in GenB and GenC.
        if name != CLASS_A {
            let mut body = Body::new(choices, &mut class.pool, Mode::Member, Ty::J, &[], &[], 20);
            body.longs = vec![1];
            body.obj = Some(0);
            body.mark_line();
            body.expr(Ty::J, 2);
            body.code.return_value(Some(Kind::Long));
            let attributes = body.finish(3);
            class.method_with(PUBLIC, "g", "(J)J", attributes);
        }
        out.push((name.to_owned(), class.to_bytes().expect("hierarchy writes")));
    }
    out
}

/// How one run ended, and what it printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub end: String,
    /// Steps taken, as the VM counts them (at safepoint polls, so in units of 256): every
    /// tier should charge the same steps for the same work, which fuel and deterministic
    /// scheduling rely on. Compared only with `TIERS_STEPS=1`: tiered runs of some programs
    /// still count differently (seed 32, `docs/fuzzing.md`).
    pub steps: u64,
}

/// The modes a program runs in: a name and the options to change.
pub fn modes(program: &Program) -> Vec<(String, Compilation, Option<usize>)> {
    let mut modes = vec![
        ("-Xint".to_owned(), Compilation::Off, None),
        (
            format!("-XX:CompileThreshold={}", program.threshold),
            Compilation::Tiered {
                threshold: program.threshold,
            },
            None,
        ),
        ("-Xcomp".to_owned(), Compilation::Eager, None),
    ];
    match program.gc_stress {
        Some(Compilation::Eager) => modes.push((
            "-Xcomp -XX:GCStressBytes=4096".to_owned(),
            Compilation::Eager,
            Some(4096),
        )),
        Some(tiered) => modes.push((
            format!("{} -XX:GCStressBytes=4096", modes[1].0),
            tiered,
            Some(4096),
        )),
        None => {}
    }
    modes
}

/// Runs `Gen.main` in a fresh VM; the VM's statistics too (none if it did not start).
pub fn run(
    program: &Program,
    compilation: Compilation,
    gc_stress_bytes: Option<usize>,
) -> (Outcome, Option<Statistics>) {
    let stdout = Captured::new();
    let stderr = Captured::new();
    let options = VmOptions {
        classes: program.classes.clone(),
        capabilities: Capabilities {
            stdout: Output::Capture(stdout.clone()),
            stderr: Output::Capture(stderr.clone()),
            ..Capabilities::default()
        },
        compilation,
        gc_stress_bytes,
        verify_compiler_ir: true,
        // A safety net: generated programs stay far below it.
        fuel: Some(50_000_000),
        deadline: Some(Duration::from_secs(120)),
        max_output_bytes: Some(16 << 20),
        max_heap_bytes: 64 << 20,
        initial_heap_bytes: Some(16 << 20),
        stack_bytes: 1 << 20,
        ..VmOptions::default()
    };
    let (end, statistics) = match Vm::new(options) {
        Ok(vm) => {
            let end = match vm.run_main(MAIN, &[]) {
                Ok(()) => "normal exit".to_owned(),
                Err(Error::Exception(e)) => format!(
                    "uncaught {}: {:?}\n{}",
                    e.class_name, e.message, e.stack_trace
                ),
                Err(e) => format!("{e}"),
            };
            (end, Some(vm.statistics()))
        }
        Err(e) => (format!("VM start failed: {e}"), None),
    };
    let outcome = Outcome {
        stdout: String::from_utf8_lossy(&stdout.contents()).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.contents()).into_owned(),
        end,
        steps: statistics.map_or(0, |s| s.steps),
    };
    (outcome, statistics)
}

/// What [`check`] saw of a program that passed: the interpreter's outcome, and the steps
/// of the tiered run and how many of them ran compiled.
pub struct Checked {
    pub outcome: Outcome,
    pub tiered_steps: u64,
    pub tiered_compiled_steps: u64,
}

/// Runs `program` in every mode and compares each outcome with the interpreter's; the error
/// describes the first difference.
pub fn check(program: &Program) -> Result<Checked, String> {
    let modes = modes(program);
    let (_, compilation, stress) = &modes[0];
    let (expected, _) = run(program, *compilation, *stress);
    if !(expected.end == "normal exit"
        || expected.end.starts_with("uncaught ")
        || expected.end.starts_with("the program exited with status"))
    {
        return Err(format!("-Xint did not finish: {}", expected.end));
    }
    let mut checked = Checked {
        outcome: expected,
        tiered_steps: 0,
        tiered_compiled_steps: 0,
    };
    let compare_steps = std::env::var_os("TIERS_STEPS").is_some();
    for (i, (name, compilation, stress)) in modes.iter().enumerate().skip(1) {
        let (actual, statistics) = run(program, *compilation, *stress);
        let steps_differ = compare_steps && actual.steps != checked.outcome.steps;
        if (&actual.stdout, &actual.stderr, &actual.end)
            != (
                &checked.outcome.stdout,
                &checked.outcome.stderr,
                &checked.outcome.end,
            )
            || steps_differ
        {
            return Err(describe(name, &checked.outcome, &actual));
        }
        if let (1, Some(statistics)) = (i, statistics) {
            checked.tiered_steps = statistics.steps;
            checked.tiered_compiled_steps = statistics.compiled_steps;
        }
    }
    Ok(checked)
}

/// The first differing line of each part, with some context.
fn describe(mode: &str, expected: &Outcome, actual: &Outcome) -> String {
    let mut text = format!("{mode} differs from -Xint\n");
    for (part, e, a) in [
        ("stdout", &expected.stdout, &actual.stdout),
        ("stderr", &expected.stderr, &actual.stderr),
        ("end", &expected.end, &actual.end),
    ] {
        if e == a {
            continue;
        }
        let el: Vec<&str> = e.lines().collect();
        let al: Vec<&str> = a.lines().collect();
        let at = el.iter().zip(&al).take_while(|(x, y)| x == y).count();
        let from = at.saturating_sub(3);
        text.push_str(&format!(
            "--- {part}, first difference at line {}\n",
            at + 1
        ));
        text.push_str(&format!(
            "-Xint:\n  {}\n{mode}:\n  {}\n",
            el[from..(at + 3).min(el.len())].join("\n  "),
            al[from..(at + 3).min(al.len())].join("\n  ")
        ));
    }
    if expected.steps != actual.steps {
        text.push_str(&format!(
            "--- steps: {} with -Xint, {} with {mode}\n",
            expected.steps, actual.steps
        ));
    }
    text
}

/// The fuzz target's work: a program from the input's bytes, checked in every mode.
pub fn check_bytes(data: &[u8]) -> Result<(), String> {
    let program = generate(&mut Choices::Bytes(data));
    check(&program).map(|_| ())
}

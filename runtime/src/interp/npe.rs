//! Helpful NullPointerException messages (JEP 358), as JDK 17 prints them by default:
//! `Cannot invoke "String.length()" because "<local1>" is null`. Computed on demand, when a
//! VM-thrown NullPointerException's message is first asked for, from the bytecode of the
//! frame that failed: what the instruction tried to do, and where the null came from (the
//! reference-map analysis records which instruction produced each stack value).

use cortado_classfile::{ConstantPool, FieldType, MethodDescriptor};

use crate::class::{BasicType, Class, Method};
use crate::interp::prepare::{Insn, Prepared, Switch};
use crate::verify::maps::{self, UNKNOWN};

/// How many producing instructions a description follows (`a.b.c.d` chains), as HotSpot's
/// `_max_cause_detail`.
const MAX_DETAIL: usize = 5;

struct Context<'a> {
    class: &'a Class,
    method: &'a Method,
    prepared: &'a Prepared,
    pool: &'a ConstantPool,
    sources: Vec<Option<Vec<u32>>>,
    /// Per instruction, the locals stored to on the way there (`written_locals`).
    written: Vec<Option<u64>>,
}

/// The message for a NullPointerException raised by the instruction at bytecode offset `bci`
/// of `method`, or `None` when the instruction is not one that dereferences.
pub(crate) fn message(class: &Class, method: &Method, bci: u32) -> Option<String> {
    let Some(Ok(prepared)) = method.prepared.get() else {
        return None;
    };
    let pool = &class.file.as_ref()?.constant_pool;
    let pc = prepared.bci.binary_search(&bci).ok()?;
    let insn = prepared.insns[pc];
    let (action, depth) = action(pool, insn)?;
    let sources = maps::stack_sources(class, method, prepared)?;
    let context = Context {
        class,
        method,
        prepared,
        pool,
        sources,
        written: written_locals(prepared, pc),
    };
    let stack = context.sources.get(pc)?.as_ref()?;
    let source = context.origin(*stack.get(stack.len().checked_sub(depth + 1)?)?);
    let because = match context.prepared.insns.get(source as usize) {
        // A call's result is described as such at the top level only.
        Some(Insn::InvokeVirtual(_) | Insn::InvokeInterface(_))
        | Some(Insn::InvokeSpecial(_) | Insn::InvokeStatic(_)) => {
            match context.cause(pc, source, MAX_DETAIL) {
                Some(text) => format!(" because the return value of \"{text}\" is null"),
                None => String::new(),
            }
        }
        // HotSpot prints the start of the clause for any other source, then nothing more for
        // one it does not describe (`ldc` of a null dynamic constant).
        Some(_) => match context.cause(pc, source, MAX_DETAIL) {
            Some(text) => format!(" because \"{text}\" is null"),
            None => " because \"".to_owned(),
        },
        None => String::new(),
    };
    Some(format!("{action}{because}"))
}

/// What the failing instruction tried, and how deep below the stack top the null operand is.
fn action(pool: &ConstantPool, insn: Insn) -> Option<(String, usize)> {
    Some(match insn {
        Insn::ArrayLoad(t) => (format!("Cannot load from {} array", array_kind(t)), 1),
        Insn::ArrayStore(t) => (
            format!("Cannot store to {} array", array_kind(t)),
            1 + t.slots(),
        ),
        Insn::ArrayLength => ("Cannot read the array length".into(), 0),
        Insn::Athrow => ("Cannot throw exception".into(), 0),
        Insn::MonitorEnter => ("Cannot enter synchronized block".into(), 0),
        Insn::MonitorExit => ("Cannot exit synchronized block".into(), 0),
        Insn::GetField(index) => {
            let (member, _) = pool.member_ref(index).ok()?;
            (format!("Cannot read field \"{}\"", member.name), 0)
        }
        Insn::PutField(index) => {
            let (member, _) = pool.member_ref(index).ok()?;
            let slots = FieldType::parse(member.descriptor).ok()?.slots();
            (format!("Cannot assign field \"{}\"", member.name), slots)
        }
        Insn::InvokeVirtual(index) | Insn::InvokeInterface(index) | Insn::InvokeSpecial(index) => {
            let (member, _) = pool.member_ref(index).ok()?;
            let descriptor = MethodDescriptor::parse(member.descriptor).ok()?;
            let text = method_text(member.class, member.name, &descriptor);
            (
                format!("Cannot invoke \"{text}\""),
                descriptor.parameter_slots(),
            )
        }
        _ => return None,
    })
}

fn array_kind(t: BasicType) -> &'static str {
    match t {
        BasicType::Reference => "object",
        BasicType::Byte | BasicType::Boolean => "byte/boolean",
        other => other.java_name(),
    }
}

/// A class name as HotSpot prints it in these messages: external form, with `Object` and
/// `String` of java.lang left unqualified.
fn class_text(name: &str) -> String {
    match name {
        "java/lang/Object" => "Object".into(),
        "java/lang/String" => "String".into(),
        _ => name.replace('/', "."),
    }
}

fn type_text(t: &FieldType) -> String {
    match t {
        FieldType::Object(name) => class_text(name),
        FieldType::Array(element) => format!("{}[]", type_text(element)),
        other => other.java_name(),
    }
}

fn method_text(class: &str, name: &str, descriptor: &MethodDescriptor) -> String {
    let parameters: Vec<String> = descriptor.parameters.iter().map(type_text).collect();
    format!("{}.{name}({})", class_text(class), parameters.join(", "))
}

impl Context<'_> {
    /// The instruction that produced a value, looking through `checkcast` (which HotSpot's
    /// analysis does not see as a producer).
    fn origin(&self, mut source: u32) -> u32 {
        for _ in 0..self.prepared.insns.len() {
            match self.prepared.insns.get(source as usize) {
                Some(Insn::CheckCast(_)) => match self.operand(source as usize, 0) {
                    Some(s) => source = s,
                    None => return UNKNOWN,
                },
                _ => break,
            }
        }
        source
    }

    /// The text for the value produced by `source`, as HotSpot's `print_NPE_cause0`: a local,
    /// a constant, a field path, an array element, or a call (its method, wherever it sits in
    /// the expression); `None` for what it does not describe or beyond `detail` levels.
    /// `consumer` is the instruction that takes the value: whether a local was written is
    /// judged there.
    fn cause(&self, consumer: usize, source: u32, detail: usize) -> Option<String> {
        let source = self.origin(source);
        if source == UNKNOWN || detail == 0 {
            return None;
        }
        let pc = source as usize;
        match *self.prepared.insns.get(pc)? {
            Insn::AconstNull => Some("null".into()),
            // `iconst_<n>`, `bipush` and `sipush`; not `ldc` of an int, which is also `Iconst`
            Insn::Iconst(v) => {
                let opcode = self
                    .code()?
                    .code
                    .get(*self.prepared.bci.get(pc)? as usize)?;
                (!matches!(opcode, 0x12 | 0x13)).then(|| v.to_string())
            }
            Insn::Load1(index) => Some(self.local_name(index, self.prepared.bci[pc], consumer)),
            Insn::GetStatic(index) => {
                let (member, _) = self.pool.member_ref(index).ok()?;
                Some(format!("{}.{}", class_text(member.class), member.name))
            }
            Insn::GetField(index) => {
                let (member, _) = self.pool.member_ref(index).ok()?;
                match self
                    .operand(pc, 0)
                    .and_then(|s| self.cause(pc, s, detail - 1))
                {
                    Some(object) => Some(format!("{object}.{}", member.name)),
                    None => Some(member.name.to_owned()),
                }
            }
            Insn::ArrayLoad(BasicType::Reference | BasicType::Int) => {
                let array = self
                    .operand(pc, 1)
                    .and_then(|s| self.cause(pc, s, detail - 1))
                    .unwrap_or_else(|| "<array>".into());
                let index = self
                    .operand(pc, 0)
                    .and_then(|s| self.cause(pc, s, detail - 1))
                    .unwrap_or_else(|| "...".into());
                Some(format!("{array}[{index}]"))
            }
            Insn::InvokeVirtual(index)
            | Insn::InvokeInterface(index)
            | Insn::InvokeSpecial(index)
            | Insn::InvokeStatic(index) => {
                let (member, _) = self.pool.member_ref(index).ok()?;
                let descriptor = MethodDescriptor::parse(member.descriptor).ok()?;
                Some(method_text(member.class, member.name, &descriptor))
            }
            _ => None,
        }
    }

    fn code(&self) -> Option<&cortado_classfile::Code> {
        let file = self.class.file.as_ref()?;
        file.methods
            .get(self.method.index_in_class as usize)?
            .code()
    }

    /// The source of the operand `depth` slots below the top of the stack before `pc`.
    fn operand(&self, pc: usize, depth: usize) -> Option<u32> {
        let stack = self.sources.get(pc)?.as_ref()?;
        stack.get(stack.len().checked_sub(depth + 1)?).copied()
    }

    /// A local's name from the LocalVariableTable, or HotSpot's `this`/`<parameterN>`/`<localN>`.
    fn local_name(&self, index: u16, bci: u32, consumer: usize) -> String {
        let file = self.class.file.as_ref();
        let code = file
            .and_then(|f| f.methods.get(self.method.index_in_class as usize))
            .and_then(|m| m.code());
        if let Some(code) = code {
            let found = code.local_variables.iter().find(|v| {
                v.index == index
                    && (v.start_pc as u32) <= bci
                    && bci < v.start_pc as u32 + v.length as u32
            });
            if let Some(variable) = found {
                return variable.name.clone();
            }
        }
        // A parameter's slot the method stored to on the way is just a local to HotSpot.
        let written = index >= 64
            || self
                .written
                .get(consumer)
                .copied()
                .flatten()
                .is_some_and(|mask| mask >> index & 1 != 0);
        let is_static = self.method.is_static();
        if !is_static && index == 0 && !written {
            return "this".into();
        }
        let mut slot = u16::from(!is_static);
        for (number, parameter) in self.method.parsed.parameters.iter().enumerate() {
            if slot == index && !written {
                return format!("<parameter{}>", number + 1);
            }
            slot += parameter.slots() as u16;
        }
        format!("<local{index}>")
    }
}

/// For each instruction, the locals (below 64; HotSpot counts higher ones as always written)
/// stored to on some path to it, `None` for those not reached, computed as HotSpot's
/// `ExceptionMessageBuilder` does: sweeps in code order that merge each instruction's state
/// into its successors (exception handlers start with none written and get nothing from
/// their protected code), repeated while a sweep reaches instructions it had not, and ending
/// early when a sweep that skipped nothing arrives at the failing instruction. A back edge
/// therefore reaches an instruction already swept only if another sweep follows.
fn written_locals(prepared: &Prepared, failing: usize) -> Vec<Option<u64>> {
    let count = prepared.insns.len();
    let mut state: Vec<Option<u64>> = vec![None; count];
    if count == 0 {
        return state;
    }
    state[0] = Some(0);
    for handler in &prepared.handlers {
        if let Some(slot @ None) = state.get_mut(handler.handler as usize) {
            *slot = Some(0);
        }
    }
    let mut all_processed = true;
    let mut added = true;
    'sweeps: while added {
        added = false;
        for pc in 0..count {
            match state[pc] {
                None => all_processed = false,
                Some(mut mask) => {
                    if let Insn::Store1(index) | Insn::Store2(index) = prepared.insns[pc] {
                        if index < 64 {
                            mask |= 1 << index;
                        }
                    }
                    let mut merge = |target: usize| match state.get_mut(target) {
                        Some(slot @ None) => {
                            *slot = Some(mask);
                            added = true;
                        }
                        Some(Some(m)) => *m |= mask,
                        None => {}
                    };
                    match prepared.insns[pc] {
                        Insn::Goto(target) => merge(target as usize),
                        Insn::If(_, target)
                        | Insn::IfIcmp(_, target)
                        | Insn::IfAcmpEq(target)
                        | Insn::IfAcmpNe(target)
                        | Insn::IfNull(target)
                        | Insn::IfNonNull(target)
                        | Insn::Jsr(target) => {
                            merge(target as usize);
                            merge(pc + 1);
                        }
                        Insn::TableSwitch(index) | Insn::LookupSwitch(index) => {
                            match prepared.switches.get(index as usize) {
                                Some(Switch::Table {
                                    default, targets, ..
                                }) => {
                                    merge(*default as usize);
                                    targets.iter().for_each(|&t| merge(t as usize));
                                }
                                Some(Switch::Lookup { default, pairs }) => {
                                    merge(*default as usize);
                                    pairs.iter().for_each(|&(_, t)| merge(t as usize));
                                }
                                None => {}
                            }
                        }
                        Insn::Ret(_)
                        | Insn::Return1
                        | Insn::Return2
                        | Insn::ReturnVoid
                        | Insn::Athrow => {}
                        _ => merge(pc + 1),
                    }
                }
            }
            if pc + 1 == failing && all_processed {
                break 'sweeps;
            }
        }
    }
    state
}

//! Subroutine inlining: rewrites a method body so that it uses no `jsr`/`ret` (legal only
//! before class-file version 51, and used there by javac for `finally`). Each subroutine is
//! copied once per call site, so that the verifier, the reference maps and the JIT see plain
//! control flow: `jsr L` becomes `aconst_null; goto_w <copy of L for this call>` (the null
//! stands for the return address the subroutine stores and never uses as a value), and the
//! copy's `ret` becomes `goto_w <instruction after that jsr>`. Branch offsets, switch
//! padding, the exception table (one range per copy) and the line numbers are rebuilt; the
//! local-variable tables and the StackMapTable are dropped, since they describe the old
//! offsets.
//!
//! Which instructions belong to a subroutine is what is reachable from its entry without
//! passing a `ret` (a nested `jsr` counts as returning to the next instruction), plus the
//! handlers of exception ranges that cover its instructions, as in ASM's JSRInlinerAdapter.
//! A subroutine that calls itself, a `ret` outside a subroutine and code that grows past the
//! 64 KiB limit are errors (the method cannot verify).

use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use crate::attributes::{Code, LineNumber};
use crate::error::{Error, Result};
use crate::opcode::{decode_all, Instruction, InstructionOperands as Ops, Opcode};
use crate::writer::{CodeBuilder, Label};

/// Whether `code` contains `jsr`, `jsr_w` or `ret` (as the decoder sees instructions).
pub fn has_subroutines(code: &[u8]) -> bool {
    decode_all(code).is_ok_and(|all| {
        all.iter().any(|i| {
            matches!(i.opcode, Opcode::jsr | Opcode::jsr_w | Opcode::ret)
                || i.wide == Some(Opcode::ret)
        })
    })
}

/// Upper bound on subroutine copies, against exponential nesting.
const MAX_COPIES: usize = 4096;

/// Upper bound on the work of one inlining (instructions and exception ranges visited), so
/// that a hostile class file cannot make loading take minutes.
const BUDGET: u64 = 20_000_000;

/// One copy of a subroutine (or the main body): where its `ret` goes back to.
struct Copy {
    /// The subroutine's entry offset; `None` for the main body.
    entry: Option<u32>,
    parent: Option<usize>,
    /// The copy and offset of the instruction after the `jsr` that made this copy.
    return_to: Option<(usize, u32)>,
    /// Membership by instruction index.
    members: Rc<Vec<bool>>,
}

struct Inliner<'a> {
    code: &'a Code,
    insns: Vec<Instruction>,
    index: HashMap<u32, usize>,
    copies: Vec<Copy>,
    members_of: HashMap<u32, Rc<Vec<bool>>>,
    builder: CodeBuilder,
    labels: HashMap<(usize, u32), Label>,
    budget: u64,
}

fn error(message: impl Into<String>) -> Error {
    Error::Format(message.into())
}

/// Rewrites `code` without `jsr`/`ret` (see the module documentation).
pub fn inline_subroutines(code: &Code) -> Result<Code> {
    let insns = decode_all(&code.code).map_err(|e| error(e.reason))?;
    let index = insns
        .iter()
        .enumerate()
        .map(|(i, insn)| (insn.pc, i))
        .collect();
    let inliner = Inliner {
        code,
        insns,
        index,
        copies: Vec::new(),
        members_of: HashMap::new(),
        builder: CodeBuilder::new(code.max_stack, code.max_locals),
        labels: HashMap::new(),
        budget: BUDGET,
    };
    inliner.run()
}

impl Inliner<'_> {
    fn spend(&mut self, work: usize) -> Result<()> {
        self.budget = self.budget.saturating_sub(work as u64);
        if self.budget == 0 {
            return Err(error("Subroutines too complex to inline"));
        }
        Ok(())
    }

    fn at(&self, pc: u32) -> Result<usize> {
        self.index
            .get(&pc)
            .copied()
            .ok_or_else(|| error(format!("Illegal target of jump or branch: {pc}")))
    }

    /// Where control may go after instruction `k` within the same subroutine.
    fn successors(&self, k: usize) -> Vec<u32> {
        let insn = &self.insns[k];
        let next = insn.pc + insn.length;
        if insn.wide == Some(Opcode::ret) {
            return Vec::new();
        }
        match (&insn.opcode, &insn.kind) {
            (
                Opcode::ret
                | Opcode::athrow
                | Opcode::ireturn
                | Opcode::lreturn
                | Opcode::freturn
                | Opcode::dreturn
                | Opcode::areturn
                | Opcode::return_,
                _,
            ) => Vec::new(),
            (Opcode::goto | Opcode::goto_w, Ops::Branch(target)) => vec![*target],
            (Opcode::jsr | Opcode::jsr_w, _) => vec![next],
            (_, Ops::Branch(target)) => vec![*target, next],
            (
                _,
                Ops::TableSwitch {
                    default, targets, ..
                },
            ) => std::iter::once(*default)
                .chain(targets.iter().copied())
                .collect(),
            (_, Ops::LookupSwitch { default, pairs }) => std::iter::once(*default)
                .chain(pairs.iter().map(|&(_, t)| t))
                .collect(),
            _ => vec![next],
        }
    }

    /// The instructions of the subroutine entered at `entry` (0: the main body).
    fn members(&mut self, entry: u32) -> Result<Rc<Vec<bool>>> {
        if let Some(members) = self.members_of.get(&entry) {
            return Ok(members.clone());
        }
        let mut members = vec![false; self.insns.len()];
        let mut work = vec![self.at(entry)?];
        loop {
            while let Some(k) = work.pop() {
                if members[k] {
                    continue;
                }
                self.spend(1)?;
                members[k] = true;
                for target in self.successors(k) {
                    // Falling off the end is the verifier's to report.
                    if target as usize >= self.code.code.len() {
                        continue;
                    }
                    work.push(self.at(target)?);
                }
            }
            // Members before each instruction index, to test ranges in constant time.
            self.spend(members.len() + self.code.exception_table.len())?;
            let mut before = Vec::with_capacity(members.len() + 1);
            before.push(0usize);
            for &member in &members {
                before.push(before.last().copied().unwrap_or(0) + usize::from(member));
            }
            for handler in &self.code.exception_table {
                let first = self
                    .insns
                    .partition_point(|i| i.pc < u32::from(handler.start_pc));
                let end = self
                    .insns
                    .partition_point(|i| i.pc < u32::from(handler.end_pc));
                if first < end && before[end] > before[first] {
                    let h = self.at(u32::from(handler.handler_pc))?;
                    if !members[h] {
                        work.push(h);
                    }
                }
            }
            if work.is_empty() {
                break;
            }
        }
        let members = Rc::new(members);
        self.members_of.insert(entry, members.clone());
        Ok(members)
    }

    fn label(&mut self, copy: usize, pc: u32) -> Label {
        *self
            .labels
            .entry((copy, pc))
            .or_insert_with(|| self.builder.new_label())
    }

    /// The label of `pc` as seen from `copy`: in that copy, or in the nearest enclosing one
    /// that has the instruction.
    fn target(&mut self, copy: usize, pc: u32) -> Result<Label> {
        let k = self.at(pc)?;
        let mut owner = Some(copy);
        while let Some(c) = owner {
            if self.copies[c].members[k] {
                return Ok(self.label(c, pc));
            }
            owner = self.copies[c].parent;
        }
        Err(error(format!("Illegal branch into a subroutine at {pc}")))
    }

    fn run(mut self) -> Result<Code> {
        let main = self.members(0)?;
        self.copies.push(Copy {
            entry: None,
            parent: None,
            return_to: None,
            members: main,
        });
        let mut queue = VecDeque::from([0usize]);
        let mut line_numbers = Vec::new();
        let mut handlers = Vec::new();
        while let Some(c) = queue.pop_front() {
            let members = self.copies[c].members.clone();
            self.spend(self.insns.len() + self.code.exception_table.len())?;
            let list: Vec<usize> = (0..self.insns.len()).filter(|&k| members[k]).collect();
            // Each exception range covers this copy's instructions in it, which are emitted
            // contiguously: from the first to the end of the last.
            let mut spans = Vec::new();
            for (h, handler) in self.code.exception_table.iter().enumerate() {
                let start = self
                    .insns
                    .partition_point(|i| i.pc < u32::from(handler.start_pc));
                let end = self
                    .insns
                    .partition_point(|i| i.pc < u32::from(handler.end_pc));
                let from = list.partition_point(|&k| k < start);
                let to = list.partition_point(|&k| k < end);
                if from < to {
                    let label = self.builder.new_label();
                    spans.push((h, list[from], list[to - 1], label));
                }
            }
            for k in 0..self.insns.len() {
                if !members[k] {
                    continue;
                }
                let pc = self.insns[k].pc;
                let label = self.label(c, pc);
                self.builder.bind(label);
                let new_pc = self.builder.pc();
                if new_pc > 0xFFFF {
                    return Err(error("Code too large after inlining subroutines"));
                }
                for line in &self.code.line_numbers {
                    if u32::from(line.start_pc) == pc {
                        line_numbers.push(LineNumber {
                            start_pc: new_pc as u16,
                            line: line.line,
                        });
                    }
                }
                self.emit(c, k, &mut queue)?;
                for &(_, _, last, end) in &spans {
                    if last == k {
                        self.builder.bind(end);
                    }
                }
            }
            for (h, first, _, end) in spans {
                let handler = self.code.exception_table[h];
                let start = self.label(c, self.insns[first].pc);
                let target = self.target(c, u32::from(handler.handler_pc))?;
                handlers.push((start, end, target, handler.catch_type));
            }
        }
        for (start, end, target, catch_type) in handlers {
            self.builder
                .exception_handler(start, end, target, catch_type);
        }
        let mut code = self.builder.finish()?;
        code.line_numbers = line_numbers;
        Ok(code)
    }

    /// Emits instruction `k` of copy `c`.
    fn emit(&mut self, c: usize, k: usize, queue: &mut VecDeque<usize>) -> Result<()> {
        let insn = self.insns[k].clone();
        let next = insn.pc + insn.length;
        if insn.opcode == Opcode::ret || insn.wide == Some(Opcode::ret) {
            let Some((copy, pc)) = self.copies[c].return_to else {
                return Err(error("ret outside a subroutine"));
            };
            let target = self.label(copy, pc);
            self.builder.branch(Opcode::goto_w, target);
            return Ok(());
        }
        match (insn.opcode, &insn.kind) {
            (Opcode::jsr | Opcode::jsr_w, Ops::Branch(entry)) => {
                let mut ancestor = Some(c);
                while let Some(a) = ancestor {
                    if self.copies[a].entry == Some(*entry) {
                        return Err(error("Recursive call to jsr entry"));
                    }
                    ancestor = self.copies[a].parent;
                }
                if self.copies.len() >= MAX_COPIES {
                    return Err(error("Too many subroutine copies"));
                }
                if next as usize >= self.code.code.len() {
                    return Err(error("Falling off the end of the code after jsr"));
                }
                let members = self.members(*entry)?;
                self.copies.push(Copy {
                    entry: Some(*entry),
                    parent: Some(c),
                    return_to: Some((c, next)),
                    members,
                });
                let copy = self.copies.len() - 1;
                queue.push_back(copy);
                let target = self.label(copy, *entry);
                self.builder
                    .op(Opcode::aconst_null)
                    .branch(Opcode::goto_w, target);
            }
            (opcode, Ops::Branch(target)) => {
                let target = self.target(c, *target)?;
                self.builder.branch(opcode, target);
            }
            (
                _,
                Ops::TableSwitch {
                    default,
                    low,
                    targets,
                    ..
                },
            ) => {
                let default = self.target(c, *default)?;
                let targets = targets
                    .iter()
                    .map(|&t| self.target(c, t))
                    .collect::<Result<Vec<_>>>()?;
                self.builder.tableswitch(*low, default, &targets);
            }
            (_, Ops::LookupSwitch { default, pairs }) => {
                let default = self.target(c, *default)?;
                let pairs = pairs
                    .iter()
                    .map(|&(key, t)| Ok((key, self.target(c, t)?)))
                    .collect::<Result<Vec<_>>>()?;
                self.builder.lookupswitch(default, &pairs);
            }
            _ => {
                let bytes = &self.code.code[insn.pc as usize..next as usize];
                self.builder.raw(bytes);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::writer::CodeBuilder;

    #[test]
    fn jsr_and_ret_disappear_and_lines_follow() {
        // 0: jsr 7; 3: jsr 7; 6: return; 7: astore_1 (line 20); 8: ret 1.
        let mut b = CodeBuilder::new(1, 2);
        let sub = b.new_label();
        b.branch(Opcode::jsr, sub)
            .branch(Opcode::jsr, sub)
            .op(Opcode::return_);
        b.bind(sub).op(Opcode::astore_1).op_u1(Opcode::ret, 1);
        let mut code = b.finish().unwrap();
        code.line_numbers = vec![
            LineNumber {
                start_pc: 0,
                line: 10,
            },
            LineNumber {
                start_pc: 7,
                line: 20,
            },
        ];
        assert!(has_subroutines(&code.code));
        let inlined = inline_subroutines(&code).unwrap();
        assert!(!has_subroutines(&inlined.code));
        // Main body (aconst_null + goto_w twice, return), then two copies of the subroutine.
        let lines: Vec<u16> = inlined.line_numbers.iter().map(|l| l.line).collect();
        assert_eq!(lines, [10, 20, 20]);
        let recursive = {
            let mut b = CodeBuilder::new(1, 2);
            let sub = b.new_label();
            b.branch(Opcode::jsr, sub).op(Opcode::return_);
            b.bind(sub)
                .op(Opcode::astore_1)
                .branch(Opcode::jsr, sub)
                .op_u1(Opcode::ret, 1);
            b.finish().unwrap()
        };
        assert!(inline_subroutines(&recursive).is_err());
    }
}

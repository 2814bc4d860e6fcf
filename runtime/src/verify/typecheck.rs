//! The type-checking verifier (JVMS §4.10.1) for class files of version 50 and later: one
//! linear pass over the code, carrying the current frame from instruction to instruction and
//! replacing it by the StackMapTable's frame wherever one is declared. Branch targets,
//! exception handlers and every instruction after an unconditional jump must have a declared
//! frame that the incoming frame is assignable to. The rules per instruction are the
//! inference verifier's (`Verifier::step`); the order of the checks and the messages are
//! HotSpot's (`ClassVerifier::verify_method`), so that both reject a class for the same reason.

use std::sync::Arc;

use cortado_classfile::attributes::{StackMapFrame, VerificationType};
use cortado_classfile::Code;

use super::{is_wide, Failure, Frame, Verifier, V};
use crate::interp::prepare::Insn;
use crate::vm::JResult;

pub(super) fn run(
    v: &mut Verifier,
    method: &crate::class::Method,
    code: &Code,
) -> JResult<Result<(), Failure>> {
    let initial = match v.initial_frame(method) {
        Ok(frame) => frame,
        Err(failure) => return Ok(Err(failure)),
    };
    let declared = match declared_frames(v, code, &initial) {
        Ok(declared) => declared,
        Err(failure) => return Ok(Err(failure)),
    };
    for handler in &v.prepared.handlers {
        if handler.catch_type == 0 {
            continue;
        }
        let caught = match v.catch_type(handler.catch_type) {
            Ok(caught) => caught,
            Err(failure) => return Ok(Err(failure.at(v.prepared.bci[handler.handler as usize]))),
        };
        if !v.assignable(&caught, &V::Ref(Arc::from("java/lang/Throwable")))? {
            let at = v.prepared.bci[handler.handler as usize];
            let reason = format!(
                "Type {} (constant pool {}) is not assignable to 'java/lang/Throwable'",
                v.show(&caught),
                handler.catch_type
            );
            return Ok(Err(Failure::new(format!(
                "Catch type is not a subclass of Throwable in exception handler {at}"
            ))
            .reason(reason)
            .at(at)));
        }
    }
    let count = v.prepared.insns.len();
    let mut current = initial;
    let mut no_control_flow = false;
    for pc in 0..count {
        let bci = v.prepared.bci[pc];
        if let Some(frame) = &declared[pc] {
            if !no_control_flow {
                if let Err(failure) = v.frame_assignable(&current, bci, frame, bci)? {
                    return Ok(Err(Failure {
                        message: "Instruction type does not match stack map".into(),
                        ..failure
                    }));
                }
            }
            current = frame.clone();
        } else if no_control_flow {
            return Ok(Err(Failure::new("Expecting a stack map frame")
                .reason("Expected stackmap frame at this location.")
                .at(bci)));
        }
        if let Err(failure) = v.check_handlers(pc, &current, &declared)? {
            return Ok(Err(failure));
        }
        let before = &current;
        let with_frame = |failure: Failure| {
            let mut failure = failure.at(bci);
            failure
                .frame
                .get_or_insert_with(|| Box::new((bci, before.clone())));
            failure
        };
        let mut successors = Vec::new();
        let next = match v.step(pc, current.clone(), &mut successors)? {
            Ok(next) => next,
            Err(failure) => return Ok(Err(with_frame(failure))),
        };
        for (target, state) in successors {
            let target_bci = v.prepared.bci[target];
            let Some(frame) = &declared[target] else {
                return Ok(Err(Failure::new(format!(
                    "Expecting a stackmap frame at branch target {target_bci}"
                ))
                .reason("Expected stackmap frame at this location.")
                .at(bci)));
            };
            if let Err(failure) = v.frame_assignable(&state, bci, frame, target_bci)? {
                // HotSpot shows the frame as the instruction found it (before its pops).
                return Ok(Err(Failure {
                    message: format!("Inconsistent stackmap frames at branch target {target_bci}"),
                    frame: Some(Box::new((bci, before.clone()))),
                    ..failure
                }));
            }
        }
        match next {
            Some(next) => {
                // A store changes the locals the handlers see: check them again after it.
                if matches!(v.prepared.insns[pc], Insn::Store1(_) | Insn::Store2(_)) {
                    if let Err(failure) = v.check_handlers(pc, &next, &declared)? {
                        return Ok(Err(failure));
                    }
                }
                current = next;
                no_control_flow = false;
            }
            None => no_control_flow = true,
        }
    }
    if !no_control_flow {
        return Ok(Err(
            Failure::new("Control flow falls through code end").at(code.code.len() as u32)
        ));
    }
    Ok(Ok(()))
}

impl Verifier<'_, '_, '_, '_> {
    /// `frame` (at `bci`) is assignable to the declared `target` (at `target_bci`), in
    /// HotSpot's order of checks (`StackMapFrame::is_assignable_to`); the failure carries the
    /// Reason and the Location HotSpot names for each kind of mismatch.
    fn frame_assignable(
        &mut self,
        frame: &Frame,
        bci: u32,
        target: &Frame,
        target_bci: u32,
    ) -> JResult<Result<(), Failure>> {
        let detailed = |failure: Failure| Failure {
            frame: Some(Box::new((bci, frame.clone()))),
            stackmap: Some(Box::new((target_bci, target.clone()))),
            ..failure
        };
        if frame.stack.len() != target.stack.len() {
            return Ok(Err(detailed(
                Failure::new("")
                    .reason("Current frame's stack size doesn't match stackmap.")
                    .at(bci),
            )));
        }
        for (i, (from, to)) in frame.locals.iter().zip(&target.locals).enumerate() {
            if !self.assignable(from, to)? {
                let reason = format!(
                    "Type {} (current frame, locals[{i}]) is not assignable to {} (stack map, locals[{i}])",
                    self.show(from),
                    self.show(to)
                );
                return Ok(Err(detailed(
                    Failure::new("").reason(reason).at(target_bci),
                )));
            }
        }
        for (i, (from, to)) in frame.stack.iter().zip(&target.stack).enumerate() {
            if !self.assignable(from, to)? {
                let reason = format!(
                    "Type {} (current frame, stack[{i}]) is not assignable to {} (stack map, stack[{i}])",
                    self.show(from),
                    self.show(to)
                );
                return Ok(Err(detailed(
                    Failure::new("").reason(reason).at(target_bci),
                )));
            }
        }
        if frame.this_uninit && !target.this_uninit {
            return Ok(Err(detailed(
                Failure::new("")
                    .reason("Current frame's flags are not assignable to stack map frame's.")
                    .at(target_bci),
            )));
        }
        Ok(Ok(()))
    }

    /// The handlers covering `pc` must have declared frames that accept the locals of
    /// `frame` with the caught exception on the stack.
    fn check_handlers(
        &mut self,
        pc: usize,
        frame: &Frame,
        declared: &[Option<Frame>],
    ) -> JResult<Result<(), Failure>> {
        let bci = self.prepared.bci[pc];
        for handler in self.prepared.handlers.clone() {
            if !(handler.start as usize..handler.end as usize).contains(&pc) {
                continue;
            }
            let target_bci = self.prepared.bci[handler.handler as usize];
            let caught = match self.catch_type(handler.catch_type) {
                Ok(caught) => caught,
                Err(failure) => return Ok(Err(failure.at(bci))),
            };
            let incoming = Frame {
                locals: frame.locals.clone(),
                stack: vec![caught],
                this_uninit: frame.this_uninit,
                sources: Vec::new(),
            };
            let Some(target) = &declared[handler.handler as usize] else {
                return Ok(Err(Failure::new(format!(
                    "Expecting a stackmap frame at branch target {target_bci}"
                ))
                .reason("Expected stackmap frame at this location.")
                .at(bci)));
            };
            if let Err(failure) = self.frame_assignable(&incoming, bci, target, target_bci)? {
                return Ok(Err(Failure {
                    message: format!(
                        "Stack map does not match the one at exception handler {target_bci}"
                    ),
                    ..failure
                }));
            }
        }
        Ok(Ok(()))
    }
}

/// The StackMapTable's frames, expanded (JVMS §4.7.4), by instruction index. Malformed tables
/// are ClassFormatErrors, as HotSpot reports them.
fn declared_frames(
    v: &Verifier,
    code: &Code,
    initial: &Frame,
) -> Result<Vec<Option<Frame>>, Failure> {
    let count = v.prepared.insns.len();
    let mut declared: Vec<Option<Frame>> = vec![None; count];
    let Some(table) = &code.stack_map else {
        return Ok(declared);
    };
    let max_locals = v.prepared.max_locals as usize;
    let max_stack = v.prepared.max_stack as usize;
    // Locals as the table counts them: one entry per value, long and double included.
    let mut locals: Vec<V> = Vec::new();
    let mut i = 0;
    while i < initial.locals.len() {
        let value = initial.locals[i].clone();
        if value == V::Top && initial.locals[i..].iter().all(|v| *v == V::Top) {
            break;
        }
        i += if is_wide(&value) { 2 } else { 1 };
        locals.push(value);
    }
    let mut offset: Option<u32> = None;
    for entry in table {
        let (delta, stack) = match entry {
            StackMapFrame::Same { offset_delta } => (*offset_delta, Vec::new()),
            StackMapFrame::SameLocals1StackItem {
                offset_delta,
                stack,
            } => (*offset_delta, vec![stack_type(v, *stack)?]),
            StackMapFrame::Chop {
                offset_delta,
                chopped,
            } => {
                let keep = locals.len().checked_sub(*chopped as usize).ok_or_else(|| {
                    Failure::format("StackMapTable format error: bad type array size")
                })?;
                locals.truncate(keep);
                (*offset_delta, Vec::new())
            }
            StackMapFrame::Append {
                offset_delta,
                locals: added,
            } => {
                for t in added {
                    locals.push(stack_type(v, *t)?);
                }
                (*offset_delta, Vec::new())
            }
            StackMapFrame::Full {
                offset_delta,
                locals: all,
                stack,
            } => {
                locals = all
                    .iter()
                    .map(|t| stack_type(v, *t))
                    .collect::<Result<_, _>>()?;
                let stack = stack
                    .iter()
                    .map(|t| stack_type(v, *t))
                    .collect::<Result<_, _>>()?;
                (*offset_delta, stack)
            }
        };
        let at = match offset {
            None => u32::from(delta),
            Some(previous) => previous + u32::from(delta) + 1,
        };
        offset = Some(at);
        let expanded_locals = expand(&locals);
        let Ok(pc) = v.prepared.bci.binary_search(&at) else {
            // HotSpot names offset 0 as the location of every malformed frame.
            let mut failure = Failure::new("StackMapTable error: bad offset")
                .reason("Invalid stackmap specification.")
                .at(0);
            let mut frame_locals = expanded_locals;
            frame_locals.resize(max_locals.max(frame_locals.len()), V::Top);
            failure.frame = Some(Box::new((
                at,
                Frame {
                    this_uninit: frame_locals.contains(&V::UninitThis),
                    locals: frame_locals,
                    stack: expand(&stack),
                    sources: Vec::new(),
                },
            )));
            return Err(failure);
        };
        if expanded_locals.len() > max_locals {
            return Err(Failure::format(
                "StackMapTable format error: bad type array size",
            ));
        }
        let expanded_stack = expand(&stack);
        if expanded_stack.len() > max_stack {
            return Err(Failure::format(
                "StackMapTable format error: bad type array size",
            ));
        }
        let mut frame_locals = expanded_locals;
        let this_uninit = frame_locals.contains(&V::UninitThis);
        frame_locals.resize(max_locals, V::Top);
        declared[pc] = Some(Frame {
            locals: frame_locals,
            stack: expanded_stack,
            this_uninit,
            sources: Vec::new(),
        });
    }
    Ok(declared)
}

/// Long and double take two slots.
fn expand(values: &[V]) -> Vec<V> {
    let mut out = Vec::with_capacity(values.len());
    for value in values {
        out.push(value.clone());
        if is_wide(value) {
            out.push(V::Hi);
        }
    }
    out
}

/// A verification type of the table as a type of the lattice.
fn stack_type(v: &Verifier, t: VerificationType) -> Result<V, Failure> {
    Ok(match t {
        VerificationType::Top => V::Top,
        VerificationType::Integer => V::Int,
        VerificationType::Float => V::Float,
        VerificationType::Long => V::Long,
        VerificationType::Double => V::Double,
        VerificationType::Null => V::Null,
        VerificationType::UninitializedThis => V::UninitThis,
        VerificationType::Object(index) => match v.pool.class_name(index) {
            Ok(name) => V::Ref(Arc::from(name)),
            Err(_) => {
                return Err(Failure {
                    names_method: false,
                    ..Failure::format("StackMapTable format error: bad class index")
                })
            }
        },
        VerificationType::Uninitialized(offset) => {
            let pc = v.prepared.bci.binary_search(&u32::from(offset));
            match pc {
                Ok(pc) if matches!(v.prepared.insns[pc], Insn::New(_)) => V::Uninit(pc as u32),
                _ => {
                    return Err(Failure::format(
                        "StackMapTable format error: bad offset for Uninitialized",
                    ))
                }
            }
        }
    })
}

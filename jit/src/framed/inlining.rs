//! Inlining of small methods into framed code.
//!
//! A call whose target is known at compile time (a static, constructor, private or `super`
//! call, a final method, or a virtual call guarded by the receiver class's vtable entry) to
//! a small method (with loops only if it calls nothing out of line) is translated in
//! place: the callee's locals become
//! variables of their own, its returns jump back into the caller, and the call counts its
//! step as the interpreter's invoke does. Nothing in the inlined body calls the runtime as
//! it stands: whatever it cannot do inline (a null, an index out of bounds, a full
//! allocation buffer, a poll due at an intrinsic, a throw) *materializes* the call instead. The code writes
//! the interpreter frames the calls would have had (the compiled method's at the outermost
//! invoke, then each inlined method's at its own instruction) onto the thread's frame stack,
//! where the calls would have put them, and the interpreter finishes them
//! ([`super::Helpers::resume_inlined`]); the call's result lands where the call's would, and
//! the compiled method goes on after the outermost call. So the collector, stack traces and
//! exceptions never see an inlined frame that does not exist, and inlined code needs no
//! metadata: every exit is exact because the interpreter re-executes the instruction at
//! which the inlined code stopped.
//!
//! A poll due at an inlined call is not such an exit: the frames are written out as for a
//! call out of inlined code, the poll runs, and the call goes on inlined (`poll_here`).
//!
//! A guard that fails (a null receiver, another class's method in the vtable) makes the call
//! the ordinary way, so no decision here ever needs undoing.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use cortado_classfile::opcode::{InstructionOperands as Ops, Opcode as Op};
use cortado_classfile::{ClassFile, Constant, MethodDescriptor};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, BlockArg, InstBuilder, Value};
use cranelift_frontend::{FunctionBuilder, Switch};

use super::analysis::K;
use super::{
    block_args, block_with_stack, call_helper, class_table_entry, clif, count_step, deopt_here,
    flags, height, local, object_address, reload, runtime_call, set_context, spill, stack_params,
    step_unless_due, take_free_poll, take_free_poll_counting, translate_body, Body, Frame,
    FrameEnvironment, InvokeKind, Receiver, Via, FRAMES_OFFSET, FRAME_DEOPT, STATUS_OFFSET,
};
use crate::Error;

/// Methods with more bytecode than this (not counting the blocks that throw) are not inlined
/// (HotSpot's `MaxInlineSize`)...
const MAX_INLINE_BYTES: usize = 35;
/// ...unless called from a loop of the compiled method, where the limit is this.
const LOOP_INLINE_BYTES: usize = 100;
/// Methods that call nothing out of line (their calls all inlined) may have this much
/// anywhere: inlining them leaves no call.
const CLOSED_INLINE_BYTES: usize = 160;
/// The runtime offers no method longer than this (HotSpot's `FreqInlineSize`).
pub const MAX_CANDIDATE_BYTES: usize = 325;
/// Inlined calls nest at most this deep...
const MAX_DEPTH: usize = 3;
/// ...but methods that call nothing, and methods of at most `TRIVIAL_BYTES` (getters,
/// setters, constructors that only call their superclass's, HotSpot's `MaxTrivialSize`),
/// this deep: the chain `Integer.valueOf`,
/// `Integer.<init>`, `Number.<init>`, `Object.<init>` inside a stream's lambda was cut at
/// `Number.<init>`, a call out of inlined code for an empty body.
pub(super) const MAX_TRIVIAL_DEPTH: usize = 5;
const TRIVIAL_BYTES: usize = 6;
/// The most bytes of a bridge method that passes its size limit on (see `nested_limit`).
const FORWARDER_BYTES: usize = 12;
/// Bytecode inlined into one compiled method, at most (compile time and code size).
const BUDGET: usize = 1500;

/// A method the runtime offers for inlining at an invoke
/// ([`FrameEnvironment::inline_candidate`]): verified, prepared for the interpreter (which
/// may have to finish the call), neither native, abstract nor synchronized.
#[derive(Clone)]
pub struct InlineCandidate {
    /// The method's address: what its frame holds, and what the guard expects in the vtable.
    pub method: u64,
    /// The class whose constant pool the code uses (for [`FrameEnvironment::enter_inlined`]).
    pub class: u32,
    pub code: Vec<u8>,
    pub file: Arc<ClassFile>,
    pub max_locals: u16,
    /// The slots its interpreter frame needs in all (locals, operand stack and margin).
    pub frame_slots: u32,
    pub is_static: bool,
    pub descriptor: MethodDescriptor,
    /// The code's exception table.
    pub handlers: Vec<cortado_classfile::ExceptionHandler>,
    /// What the call must check of the receiver before it runs the body: nothing, that it is
    /// not null, or that the receiver class's vtable holds `method` at that slot.
    pub receiver: Receiver,
    /// A bridge method (javac's, forwarding to the method it bridges).
    pub bridge: bool,
    /// The guard has failed or may fail: a loaded class overrides the method (a
    /// `Receiver::Vtable` guard then reads the receiver's vtable rather than the method's
    /// own flag), or the receiver profile saw other classes (`Receiver::Class`). Calls
    /// inside inlined methods are inlined only if not (their call is made from the inlined
    /// code instead, as it is when a guard that held so far fails).
    pub overridden: bool,
    /// Its effect as an intrinsic (`String.charAt` or `length`): run in its place behind the
    /// call's guard, the body not translated.
    pub intrinsic: Option<super::Intrinsic>,
}

/// What all levels of one compilation share.
pub(super) struct Shared {
    /// Slots (from the compiled method's local 0) that have variables.
    declared: Cell<usize>,
    /// The most frames, and slots, materializing any inlined call needs beyond the
    /// compiled method's own frame and locals.
    frames: Cell<usize>,
    slots: Cell<usize>,
    /// Bytecode that may still be inlined.
    budget: Cell<usize>,
    /// Polls need not run exactly where the interpreter's would
    /// ([`FrameEnvironment::exact_polls`]).
    pub(super) relaxed: bool,
    /// Steps the compiled method's own code counted in the current basic block and has not
    /// checked yet (see `flush_pending`).
    pub(super) pending: Cell<u32>,
    /// The instruction being translated in the compiled method's own code is a call whose
    /// step the block's back edge can check (see `flush_pending`).
    pub(super) defer: Cell<bool>,
    /// By instruction of the compiled method: whether it is inside a loop.
    in_loop: Vec<bool>,
    /// References known not to be null in the basic block being translated.
    non_null: std::cell::RefCell<HashSet<Value>>,
    /// The lengths of arrays read in the basic block (an array's length never changes, and
    /// stays right for the value after the array moves), by the array's reference.
    pub(super) lengths: std::cell::RefCell<HashMap<Value, Value>>,
    /// Array and index pairs checked in bounds in the basic block.
    pub(super) in_bounds: std::cell::RefCell<HashSet<(Value, Value)>>,
    /// What the frame's slots hold where the translation stands.
    pub(super) frame: std::cell::RefCell<super::frame_holds::FrameHolds>,
    /// Local slots (from the compiled method's local 0) whose reference is known not to be
    /// null in the basic block: a load from one gives a new value (the variable may be read
    /// through a new block parameter) that needs no check either.
    non_null_slots: std::cell::RefCell<HashSet<usize>>,
    /// References loaded from local slots in the basic block: the slot and its store count
    /// then, so that checking one marks its slot unless the slot was stored since.
    loaded_from: std::cell::RefCell<HashMap<Value, (usize, u32)>>,
    /// Stores to each local slot in the basic block.
    stores: std::cell::RefCell<HashMap<usize, u32>>,
    /// The results of `lcmp`, `fcmp*` and `dcmp*` and what they compared, so that a branch
    /// on one compares the operands directly.
    comparisons: std::cell::RefCell<HashMap<Value, super::Comparison>>,
}

impl Shared {
    pub(super) fn new(max_locals: usize, body: &Body, relaxed: bool) -> Shared {
        let mut in_loop = vec![false; body.instructions.len()];
        for (i, instruction) in body.instructions.iter().enumerate() {
            if body.states[i].is_some() {
                for target in super::analysis::branch_targets(instruction) {
                    let t = body.index_of[&target];
                    if t <= i {
                        in_loop[t..=i].iter_mut().for_each(|x| *x = true);
                    }
                }
            }
        }
        Shared {
            declared: Cell::new(max_locals),
            frames: Cell::new(0),
            slots: Cell::new(0),
            budget: Cell::new(BUDGET),
            relaxed,
            pending: Cell::new(0),
            defer: Cell::new(false),
            in_loop,
            non_null: Default::default(),
            frame: Default::default(),
            lengths: Default::default(),
            in_bounds: Default::default(),
            non_null_slots: Default::default(),
            loaded_from: Default::default(),
            stores: Default::default(),
            comparisons: Default::default(),
        }
    }

    /// Whether the step of the call being translated is counted unchecked (`flush_pending`).
    pub(super) fn defers(&self) -> bool {
        self.relaxed && self.defer.get()
    }

    pub(super) fn record_comparison(&self, result: Value, comparison: super::Comparison) {
        self.comparisons.borrow_mut().insert(result, comparison);
    }

    /// What `result` compared, if it is the result of a comparison instruction.
    pub(super) fn comparison(&self, result: Value) -> Option<super::Comparison> {
        self.comparisons.borrow().get(&result).copied()
    }

    pub(super) fn is_non_null(&self, reference: Value) -> bool {
        self.non_null.borrow().contains(&reference)
    }

    fn stores_to(&self, slot: usize) -> u32 {
        self.stores.borrow().get(&slot).copied().unwrap_or(0)
    }

    pub(super) fn set_non_null(&self, reference: Value) {
        self.non_null.borrow_mut().insert(reference);
        let loaded = self.loaded_from.borrow().get(&reference).copied();
        if let Some((slot, stores)) = loaded {
            if stores == self.stores_to(slot) {
                self.non_null_slots.borrow_mut().insert(slot);
            }
        }
    }

    /// `reference` was just read from local `slot` (from the compiled method's local 0).
    pub(super) fn loaded_local(&self, reference: Value, slot: usize) {
        let stores = self.stores_to(slot);
        self.loaded_from
            .borrow_mut()
            .insert(reference, (slot, stores));
        if self.non_null_slots.borrow().contains(&slot) {
            self.non_null.borrow_mut().insert(reference);
        }
    }

    /// Local `slot` (from the compiled method's local 0) was given a new value (of `slots`
    /// slots).
    pub(super) fn stored_local(&self, slot: usize, slots: usize) {
        let mut stores = self.stores.borrow_mut();
        let mut non_null_slots = self.non_null_slots.borrow_mut();
        for s in slot..slot + slots {
            *stores.entry(s).or_insert(0) += 1;
            non_null_slots.remove(&s);
        }
    }

    /// The locals of `mask` (bit `l`: local `l` of a method whose local 0 is slot `base`)
    /// hold references known not to be null.
    pub(super) fn assume_non_null_locals(&self, base: usize, mut mask: u128) {
        let mut slots = self.non_null_slots.borrow_mut();
        while mask != 0 {
            let local = mask.trailing_zeros() as usize;
            slots.insert(base + local);
            mask &= mask - 1;
        }
    }

    pub(super) fn forget_non_null(&self) {
        self.non_null.borrow_mut().clear();
        self.non_null_slots.borrow_mut().clear();
        self.loaded_from.borrow_mut().clear();
        self.stores.borrow_mut().clear();
        self.lengths.borrow_mut().clear();
        self.in_bounds.borrow_mut().clear();
    }

    /// Gives every slot below `end` its variables.
    fn declare(&self, b: &mut FunctionBuilder, end: usize) {
        while self.declared.get() < end {
            let slot = self.declared.get();
            for k in K::ALL {
                let v = b.declare_var(clif(k));
                debug_assert_eq!(v, super::var(slot, k));
            }
            self.declared.set(slot + 1);
        }
    }
}

/// One inlined call being translated: the invoke in its caller (the *parent*), the parent's
/// state there, and where the callee's frame would be.
#[derive(Clone)]
pub(super) struct Level {
    method: u64,
    /// The invoke's instruction index in the parent.
    invoke_pc: usize,
    parent_slot_base: usize,
    parent_max_locals: usize,
    parent_locals: Vec<Option<K>>,
    /// The kinds of the parent's operand stack without the arguments; its values are kept in
    /// the variables of the slots where the parent's frame holds them (reloaded after calls
    /// out of inlined code, since objects move).
    parent_stack: Vec<K>,
    /// The parent's operand-stack kinds after the call.
    after: Vec<K>,
    slot_base: usize,
    max_locals: usize,
    result_slots: u32,
    /// Where the callee's returns continue, in the parent (its parameters: `after`).
    done: Block,
    /// The part of materializing that every exit of this level shares (see `materialize`),
    /// once an exit needed it.
    tail: Cell<Option<Block>>,
    /// Likewise for polls due at calls inside this level (see `poll_here`): the shared
    /// block, which ends in a jump to `dispatch` (finished when the level's translation is,
    /// see `finish_polls`), and the block each poll continues in, by its index.
    polls: std::cell::RefCell<Polls>,
}

#[derive(Clone, Default)]
struct Polls {
    /// The shared block (parameters: the instruction, the stack height and the index of the
    /// poll), and the block that dispatches on the index once every poll is known.
    tail: Option<(Block, Block, Value)>,
    continuations: Vec<Block>,
}

impl Level {
    /// The parent, as a frame to spill or reload.
    fn parent<'a>(&self, f: &Frame<'a>) -> Frame<'a> {
        Frame {
            slot_base: self.parent_slot_base,
            max_locals: self.parent_max_locals,
            ..*f
        }
    }

    /// This level's own frame (the callee's).
    fn frame<'a>(&self, f: &Frame<'a>) -> Frame<'a> {
        Frame {
            slot_base: self.slot_base,
            max_locals: self.max_locals,
            ..*f
        }
    }

    /// The slots the parent's operand stack below the arguments takes.
    fn parent_stack_slots(&self) -> usize {
        self.parent_stack.iter().map(|k| k.slots()).sum()
    }

    /// The parent's operand stack below the arguments.
    fn parent_stack(&self, b: &mut FunctionBuilder) -> Vec<(Value, K)> {
        let mut slot = self.parent_slot_base + self.parent_max_locals;
        self.parent_stack
            .iter()
            .map(|&k| {
                let v = b.use_var(super::var(slot, k));
                slot += k.slots();
                (v, k)
            })
            .collect()
    }

    /// Keeps `values` as the parent's operand stack below the arguments.
    fn set_parent_stack(&self, b: &mut FunctionBuilder, values: &[(Value, K)]) {
        let mut slot = self.parent_slot_base + self.parent_max_locals;
        for &(v, k) in values {
            b.def_var(super::var(slot, k), v);
            slot += k.slots();
        }
    }
}

/// A call to inline: the callee's code, analysed, and the plans of the calls inlined in it.
pub(super) struct Plan {
    candidate: InlineCandidate,
    body: Body,
    /// Basic blocks the interpreter runs whole (those that end in `athrow`).
    cold: BTreeSet<usize>,
    nested: BTreeMap<usize, Vec<Plan>>,
    /// Bytecode inlined, nested calls included.
    bytes: usize,
    /// Whether it, or a call inlined in it, makes a call out of line.
    calls_out: bool,
}

/// Whether running `plan`'s body counts no steps (no loop, no call), so that only the call's
/// own step is counted on its path.
fn stepless(plan: &Plan) -> bool {
    if plan.candidate.intrinsic.is_some() {
        // Its body is not run.
        return true;
    }
    let instructions = &plan.body.instructions;
    instructions.iter().enumerate().all(|(i, instruction)| {
        plan.body.states[i].is_none()
            || (!super::is_invoke(instruction.opcode)
                && super::analysis::branch_targets(instruction)
                    .iter()
                    .all(|t| plan.body.index_of.get(t).is_none_or(|&t| t > i)))
    })
}

/// The plans for inlining the call of invoke `index` in the compiled method itself, if its
/// target and code allow it: one, or for a call whose receivers' classes vary, one per
/// method they may select there ([`FrameEnvironment::polymorphic_candidates`]: each behind
/// its guard, tried in turn, the call made when none matches). Empty: the call is made.
pub(super) fn plan_call(
    env: &mut dyn FrameEnvironment,
    f: &Frame,
    i: usize,
    index: u16,
    kind: InvokeKind,
) -> Vec<Plan> {
    if f.direct.is_none() {
        return Vec::new();
    }
    let limit = match f.shared.in_loop[i] {
        true => LOOP_INLINE_BYTES,
        false => MAX_INLINE_BYTES,
    };
    let mut candidates = env.polymorphic_candidates(index, kind);
    if candidates.is_empty() {
        candidates.extend(env.inline_candidate(index, kind));
    }
    let mut plans = Vec::new();
    for candidate in candidates {
        let Some(plan) = plan(
            env,
            candidate,
            &mut Vec::new(),
            limit,
            f.shared.budget.get(),
            false,
        ) else {
            continue;
        };
        f.shared
            .budget
            .set(f.shared.budget.get().saturating_sub(plan.bytes));
        plans.push(plan);
    }
    plans
}

/// Whether `candidate`, of at most `limit` bytes outside its throwing blocks, can be inlined
/// inside the calls of `methods` (outermost first, each with whether it is a forwarding
/// bridge), in at most `budget` bytes of bytecode (and, if `closed`, without calling out).
fn plan(
    env: &mut dyn FrameEnvironment,
    candidate: InlineCandidate,
    methods: &mut Vec<(u64, bool)>,
    limit: usize,
    budget: usize,
    closed: bool,
) -> Option<Plan> {
    let depth = methods.len() + 1;
    let mark = env.inlining_mark();
    let planned = plan_within(env, candidate, methods, limit, budget).and_then(|plan| {
        match closed && plan.calls_out {
            true => Err((Box::new(plan.candidate), "calls out, receiver class varies")),
            false => Ok(plan),
        }
    });
    match planned {
        Ok(plan) => {
            env.note_inlining(&plan.candidate, depth, Ok(plan.bytes), mark);
            Some(plan)
        }
        Err((candidate, reason)) => {
            env.note_inlining(&candidate, depth, Err(reason), mark);
            None
        }
    }
}

/// [`plan`], or why not.
fn plan_within(
    env: &mut dyn FrameEnvironment,
    candidate: InlineCandidate,
    methods: &mut Vec<(u64, bool)>,
    limit: usize,
    budget: usize,
) -> Result<Plan, (Box<InlineCandidate>, &'static str)> {
    let refused = if candidate.code.len() > MAX_CANDIDATE_BYTES {
        Some("too large")
    } else if methods.len() >= MAX_TRIVIAL_DEPTH {
        Some("inlining too deep")
    } else if methods.iter().any(|&(m, _)| m == candidate.method) {
        Some("recursive")
    } else if candidate.receiver == Receiver::CachedClass {
        Some("interface call without a profiled class")
    } else {
        None
    };
    if let Some(reason) = refused {
        return Err((Box::new(candidate), reason));
    }
    let Ok(body) = Body::analyze(
        &candidate.code,
        &candidate.file.constant_pool,
        candidate.max_locals,
        candidate.is_static,
        &candidate.descriptor,
        &candidate.handlers,
    ) else {
        return Err((Box::new(candidate), "code the compiler does not handle"));
    };
    if candidate.intrinsic.is_some() {
        // Nothing of the body is translated.
        return Ok(Plan {
            candidate,
            body,
            cold: BTreeSet::new(),
            nested: BTreeMap::new(),
            bytes: 0,
            calls_out: false,
        });
    }
    let instructions = &body.instructions;
    // A loop is inlined only if nothing in the method calls out (below): a call out of
    // inlined code writes the inlined frames out and reads everything back, which in a loop
    // costs more than calling the method (DeltaBlue's `execute` inlined into its caller's
    // loop: +47 %).
    let has_loop = instructions.iter().enumerate().any(|(i, instruction)| {
        body.states[i].is_some()
            && super::analysis::branch_targets(instruction)
                .iter()
                .any(|t| body.index_of[t] <= i)
    });
    let mut calls_out = false;
    // Basic blocks that end in `athrow` are left to the interpreter.
    let leaders: Vec<usize> = body.leaders.iter().copied().collect();
    let mut cold = BTreeSet::new();
    for (n, &start) in leaders.iter().enumerate() {
        let end = leaders.get(n + 1).copied().unwrap_or(instructions.len());
        if instructions[end - 1].opcode == Op::athrow {
            cold.insert(start);
        }
    }
    if cold.contains(&0) {
        return Err((Box::new(candidate), "always throws"));
    }
    let cold_at = |i: usize| {
        let start = leaders[leaders.partition_point(|&l| l <= i) - 1];
        cold.contains(&start)
    };
    let bytes: usize = (0..instructions.len())
        .filter(|&i| !cold_at(i))
        .map(|i| {
            let end = instructions
                .get(i + 1)
                .map_or(candidate.code.len(), |next| next.pc as usize);
            end - instructions[i].pc as usize
        })
        .sum();
    // Up to `CLOSED_INLINE_BYTES` if nothing in it (after its own inlining) calls out.
    if bytes > limit.max(CLOSED_INLINE_BYTES) {
        return Err((Box::new(candidate), "too large"));
    }
    // Beyond `MAX_DEPTH` only methods that nest no further: trivial ones, and those that call
    // nothing (outside their throwing blocks), whose depth ends with them. `Integer.compare`
    // under `TreeMap.compare` and the `compareTo` bridge was called out of `put`'s loop,
    // writing three inlined frames per comparison.
    let calls = (0..instructions.len()).any(|i| {
        !cold_at(i)
            && matches!(
                instructions[i].opcode,
                Op::invokevirtual
                    | Op::invokespecial
                    | Op::invokestatic
                    | Op::invokeinterface
                    | Op::invokedynamic
            )
    });
    // Bridges that only forward do not count: `Collections.reverseOrder()`'s compare(Object,
    // Object) and Integer's compareTo(Object) put compareTo(Integer) four deep in a sort.
    let depth = methods.iter().filter(|&&(_, bridge)| !bridge).count();
    if depth >= MAX_DEPTH && candidate.code.len() > TRIVIAL_BYTES && calls {
        return Err((Box::new(candidate), "inlining too deep"));
    }
    if bytes > budget {
        return Err((Box::new(candidate), "the method's inlining budget is spent"));
    }
    // A bridge passes its own limit on: `compareTo(Object)` inlined in a sort's loop inlines
    // `compareTo(String)` as the loop would. (Not other small methods that forward, such as
    // StringBuilder's appends: their larger bodies spent methods' budgets, Json +5 %.)
    let forwarder = candidate.bridge && candidate.code.len() <= FORWARDER_BYTES;
    let nested_limit = match forwarder {
        true => limit,
        false => MAX_INLINE_BYTES,
    };
    methods.push((candidate.method, forwarder));
    env.enter_inlined(&candidate);
    let mut nested = BTreeMap::new();
    let mut total = bytes;
    let pool = &candidate.file.constant_pool;
    let mut supported = true;
    let mut unsupported = "";
    for (i, instruction) in instructions.iter().enumerate() {
        if body.states[i].is_none() || cold_at(i) {
            continue;
        }
        let op = instruction.wide.unwrap_or(instruction.opcode);
        let index = match instruction.kind {
            Ops::Index(i) => i as u16,
            Ops::Interface { index, .. } => index,
            _ => 0,
        };
        supported = match op {
            Op::getfield | Op::putfield => matches!(
                env.field(index, false),
                Some(super::FieldAccess::Instance { .. })
            ),
            Op::getstatic | Op::putstatic => matches!(
                env.field(index, true),
                Some(super::FieldAccess::Static { .. })
            ),
            Op::invokevirtual
            | Op::invokespecial
            | Op::invokestatic
            | Op::invokeinterface
            | Op::invokedynamic => {
                let kind = match op {
                    Op::invokestatic => InvokeKind::Static,
                    Op::invokespecial => InvokeKind::Special,
                    Op::invokevirtual => InvokeKind::Virtual,
                    Op::invokeinterface => InvokeKind::Interface,
                    _ => InvokeKind::Dynamic,
                };
                let leaf = match op {
                    Op::invokestatic => env.leaf_method(index).map(|leaf| {
                        let inlined = super::inline::plan(&leaf).is_some();
                        if inlined {
                            env.note_leaf_inlining(index, methods.len() + 1);
                        }
                        inlined
                    }),
                    _ => None,
                };
                let intrinsic = env.intrinsic(index, kind);
                if let Some(super::Intrinsic::IdentityHash { .. } | super::Intrinsic::GetClass) =
                    intrinsic
                {
                    // Calls out when the header lacks the hash, or the class its mirror.
                    calls_out = true;
                    !has_loop
                } else if intrinsic.is_some() || leaf == Some(true) {
                    true
                } else {
                    // A guard that has failed before: of the methods the call may select,
                    // only those that call nothing out are inlined (inlining every one, as
                    // in the compiled method itself, was neutral on DeltaBlue with 23 %
                    // more code: the call out remains anyway).
                    let single = env.inline_candidate(index, kind);
                    let varies = single.as_ref().is_some_and(|c| c.overridden);
                    let mut inner = Vec::new();
                    if varies {
                        // Each behind its guard; the call out remains for other classes.
                        for candidate in env.polymorphic_candidates(index, kind) {
                            let budget = budget.saturating_sub(total);
                            if let Some(p) =
                                plan(env, candidate, methods, nested_limit, budget, true)
                            {
                                total += p.bytes;
                                inner.push(p);
                            }
                        }
                        if inner.is_empty() {
                            if let Some(candidate) = single {
                                let reason = "receiver class varies, in inlined code";
                                let mark = env.inlining_mark();
                                env.note_inlining(&candidate, methods.len() + 1, Err(reason), mark);
                            }
                        }
                        calls_out = true;
                    } else if let Some(candidate) = single {
                        let budget = budget.saturating_sub(total);
                        if let Some(p) = plan(env, candidate, methods, nested_limit, budget, false)
                        {
                            total += p.bytes;
                            calls_out |= p.calls_out;
                            inner.push(p);
                        }
                    }
                    // Else a call made from the inlined code (`call_out`).
                    if inner.is_empty() {
                        calls_out = true;
                    } else {
                        nested.insert(i, inner);
                    }
                    !(has_loop && calls_out)
                }
            }
            Op::new => env.new_site(index).is_some() && env.inline_allocation(index).is_some(),
            Op::newarray | Op::anewarray => {
                let operand = match instruction.kind {
                    Ops::Immediate(v) => v as u16,
                    _ => index,
                };
                env.array_allocation(op == Op::newarray, operand).is_some()
            }
            Op::checkcast | Op::instanceof => env.type_check(index).is_some(),
            Op::ldc | Op::ldc_w | Op::ldc2_w => matches!(
                pool.get(index),
                Some(
                    Constant::Integer(_)
                        | Constant::Long(_)
                        | Constant::Float(_)
                        | Constant::Double(_)
                )
            ),
            Op::athrow | Op::monitorenter | Op::monitorexit | Op::multianewarray => false,
            _ => true,
        };
        if !supported {
            unsupported = match op {
                Op::invokevirtual
                | Op::invokespecial
                | Op::invokestatic
                | Op::invokeinterface
                | Op::invokedynamic => "a loop with a call that is not inlined",
                Op::getfield | Op::putfield | Op::getstatic | Op::putstatic => {
                    "a field not resolved or of a class not initialized"
                }
                Op::new | Op::newarray | Op::anewarray => "an allocation not inline",
                Op::checkcast | Op::instanceof => "a type check not inline",
                Op::ldc | Op::ldc_w | Op::ldc2_w => "a string or class constant",
                Op::monitorenter | Op::monitorexit => "a monitor",
                _ => "an instruction the inliner does not handle",
            };
            break;
        }
    }
    env.leave_inlined();
    methods.pop();
    if !supported {
        return Err((Box::new(candidate), unsupported));
    }
    if calls_out && bytes > limit {
        return Err((Box::new(candidate), "too large"));
    }
    if total > budget {
        return Err((Box::new(candidate), "the method's inlining budget is spent"));
    }
    Ok(Plan {
        candidate,
        body,
        cold,
        nested,
        bytes: total,
        calls_out,
    })
}

/// The call of invoke `i` (arguments on `stack`), by the callee of the first of `plans`
/// whose guard passes, inlined; `via` makes the call when every guard fails in the compiled
/// method itself (inside an inlined call, the interpreter does).
#[allow(clippy::too_many_arguments)]
pub(super) fn emit_call(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    plans: &[Plan],
    via: Via,
    env: &mut dyn FrameEnvironment,
) -> Result<(), Error> {
    // The call's step is counted unchecked (`super::flush_pending`) on the paths through
    // bodies that count no steps of their own; nothing is pending before a call
    // (`back_edge_follows`), so the runtime's call on the fallback path buries no step.
    let unchecked_step = f.chain.is_empty() && f.shared.defers() && plans.iter().all(stepless);
    let pending = f.shared.pending.get();
    debug_assert_eq!(pending, 0);
    let first = &plans[0].candidate;
    let l = f.direct.expect("inlining comes with direct calls").layout;
    let arguments = first.descriptor.parameters.len() + usize::from(!first.is_static);
    let split = stack.len() - arguments;
    let fallback = b.create_block();
    let done = block_with_stack(b, after);
    if first.receiver != Receiver::None {
        let receiver = stack[split].0;
        if !f.shared.is_non_null(receiver) {
            let go = b.create_block();
            b.ins().brif(receiver, go, &[], fallback, &[]);
            b.switch_to_block(go);
        }
    }
    // Several methods: the receiver's class, or its vtable entry, read once, picks one (the
    // guards below compare it with each).
    let read = match first.receiver {
        Receiver::Vtable { .. } | Receiver::Class { .. } if plans.len() > 1 => {
            let object = object_address(b, stack[split].0);
            let class = b.ins().load(types::I32, flags(), object, l.header_class);
            Some(match first.receiver {
                Receiver::Vtable { slot } => {
                    let vtable = class_table_entry(b, &l, l.dispatch_table, class, fallback);
                    b.ins().load(types::I64, flags(), vtable, slot as i32 * 8)
                }
                _ => class,
            })
        }
        _ => None,
    };
    for (k, plan) in plans.iter().enumerate() {
        let miss = match k + 1 < plans.len() {
            true => b.create_block(),
            false => fallback,
        };
        guard_receiver(b, f, &plan.candidate, stack.get(split), read, miss);
        f.shared.pending.set(pending);
        match plan.candidate.intrinsic {
            Some(intrinsic) => {
                // (Its checks failing, the interpreter makes the call.)
                let mut result = stack.clone();
                super::inline_intrinsic(b, f, i, locals, &mut result, intrinsic);
                b.ins().jump(done, &block_args(&result));
            }
            None => emit_body(
                b,
                f,
                i,
                locals,
                stack,
                after,
                plan,
                done,
                unchecked_step,
                env,
            )?,
        }
        if miss != fallback {
            b.switch_to_block(miss);
        }
    }

    b.switch_to_block(fallback);
    b.set_cold_block(fallback);
    match (f.chain.is_empty(), via) {
        // The ordinary call (from inside an inlined call: made with its frames in place).
        (true, _) | (false, Via::Invoke(_)) => {
            let mut slow_stack = stack.clone();
            runtime_call(b, f, i, locals, &mut slow_stack, Some(after), via);
            b.ins().jump(done, &block_args(&slow_stack));
        }
        (false, _) => materialize(b, f, i, locals, stack),
    }
    b.switch_to_block(done);
    *stack = stack_params(b, done, after);
    // The call's step, unchecked on the paths through stepless bodies and intrinsics (the
    // runtime's call checked its own).
    let intrinsics = plans.iter().any(|p| p.candidate.intrinsic.is_some());
    let unchecked = f.chain.is_empty() && f.shared.defers() && (unchecked_step || intrinsics);
    f.shared.pending.set(pending + u32::from(unchecked));
    // What the callee's last block knew does not hold after the call.
    f.shared.forget_non_null();
    Ok(())
}

/// Goes on in the current block if `candidate` is the method the call selects for
/// `receiver` (known not to be null), else to `miss`. `read`: what the guard compares, if
/// read already (the receiver's class for a class guard, its vtable entry at the
/// candidate's slot for a vtable guard).
fn guard_receiver(
    b: &mut FunctionBuilder,
    f: &Frame,
    candidate: &InlineCandidate,
    receiver: Option<&(Value, K)>,
    read: Option<Value>,
    miss: Block,
) {
    let l = f.direct.expect("inlining comes with direct calls").layout;
    let Some(&(receiver, _)) = receiver else {
        return;
    };
    if let Receiver::Class { class } = candidate.receiver {
        let actual = match read {
            Some(class) => class,
            None => {
                let object = object_address(b, receiver);
                b.ins().load(types::I32, flags(), object, l.header_class)
            }
        };
        let same = b.ins().icmp_imm_s(IntCC::Equal, actual, class as i64);
        let go = b.create_block();
        b.ins().brif(same, go, &[], miss, &[]);
        b.switch_to_block(go);
    }
    if let Receiver::Vtable { slot } = candidate.receiver {
        let go = b.create_block();
        if !candidate.overridden {
            // No loaded class overrides the method (class hierarchy analysis): one load
            // that does not wait for the receiver. Once one does, the vtable decides.
            let method = b.ins().iconst(types::I64, candidate.method as i64);
            let overridden = b
                .ins()
                .load(types::I32, flags(), method, l.method_overridden);
            let check = b.create_block();
            b.ins().brif(overridden, check, &[], go, &[]);
            b.switch_to_block(check);
            b.set_cold_block(check);
        }
        let target = match read {
            Some(entry) => entry,
            None => {
                let object = object_address(b, receiver);
                let class = b.ins().load(types::I32, flags(), object, l.header_class);
                let vtable = class_table_entry(b, &l, l.dispatch_table, class, miss);
                b.ins().load(types::I64, flags(), vtable, slot as i32 * 8)
            }
        };
        let same = b
            .ins()
            .icmp_imm_s(IntCC::Equal, target, candidate.method as i64);
        b.ins().brif(same, go, &[], miss, &[]);
        b.switch_to_block(go);
    }
}

/// The body of `plan`'s method in place of the call (its guard passed), ending in a jump to
/// `done` with the stack after the call.
#[allow(clippy::too_many_arguments)]
fn emit_body(
    b: &mut FunctionBuilder,
    f: &Frame,
    i: usize,
    locals: &[Option<K>],
    stack: &[(Value, K)],
    after: &[K],
    plan: &Plan,
    done: Block,
    unchecked_step: bool,
    env: &mut dyn FrameEnvironment,
) -> Result<(), Error> {
    let candidate = &plan.candidate;
    let arguments = candidate.descriptor.parameters.len() + usize::from(!candidate.is_static);
    let split = stack.len() - arguments;
    let entered = match unchecked_step {
        // Counted here, checked with the caller's next check (`emit_call`).
        true => {
            let ticks = b.use_var(super::ticks_var());
            let ticks = b.ins().iadd_imm_s(ticks, 1);
            b.def_var(super::ticks_var(), ticks);
            stack.to_vec()
        }
        false => step_in_place(b, f, i, locals, stack),
    };
    let args: Vec<(Value, K)> = entered[split..].to_vec();
    let below: Vec<(Value, K)> = entered[..split].to_vec();

    let slot_base = f.slot_base + f.max_locals + height(&below);
    let max_locals = candidate.max_locals as usize;
    f.shared.declare(b, slot_base + max_locals);
    let result_slots = after.len().checked_sub(below.len()).map_or(0, |n| {
        after[after.len() - n..]
            .iter()
            .map(|k| k.slots() as u32)
            .sum()
    });
    let mut chain = f.chain.to_vec();
    chain.push(Level {
        method: candidate.method,
        invoke_pc: i,
        parent_slot_base: f.slot_base,
        parent_max_locals: f.max_locals,
        parent_locals: locals.to_vec(),
        parent_stack: below.iter().map(|&(_, k)| k).collect(),
        after: after.to_vec(),
        slot_base,
        max_locals,
        result_slots,
        done,
        tail: Cell::new(None),
        polls: Default::default(),
    });
    let inner = Frame {
        slot_base,
        max_locals,
        chain: &chain,
        ..*f
    };
    chain[chain.len() - 1].set_parent_stack(b, &below);
    let shared = f.shared;
    shared.frames.set(shared.frames.get().max(chain.len()));
    shared.slots.set(
        shared
            .slots
            .get()
            .max(slot_base + candidate.frame_slots as usize),
    );
    let mut slot = 0;
    for &(v, k) in &args {
        b.def_var(local(&inner, slot, k), v);
        shared.stored_local(slot_base + slot, k.slots());
        slot += k.slots();
    }
    let leaders = plan.body.blocks(b);
    b.ins().jump(leaders[&0], &[]);
    env.enter_inlined(candidate);
    let translated = translate_body(
        b,
        &inner,
        &plan.body,
        &leaders,
        &BTreeMap::new(),
        &candidate.file.constant_pool,
        &plan.nested,
        &plan.cold,
        env,
    );
    env.leave_inlined();
    translated?;
    finish_polls(b, &chain[chain.len() - 1]);
    Ok(())
}

pub(super) fn return_to_caller(b: &mut FunctionBuilder, f: &Frame, stack: &mut Vec<(Value, K)>) {
    let level = f.chain.last().expect("inside an inlined call");
    let mut values = level.parent_stack(b);
    if level.after.len() > level.parent_stack.len() {
        values.push(stack.pop().expect("the analysis checked the stack"));
    }
    b.ins().jump(level.done, &block_args(&values));
}

/// Leaves the inlined calls `f` is inside to the interpreter at instruction `pc` of the
/// innermost (with `locals` and `stack` there): writes the frames the calls would have, lets
/// the runtime finish them, and continues after the outermost call with its result.
///
/// Only the innermost frame's locals and stack differ from one exit of an inlined call to
/// the next; the rest (the parents' frames, every frame record, the runtime's call and the
/// reload after it) is one block per level that its exits jump to with the instruction and
/// the stack height. Written out at every exit, it made half of the code of methods with
/// much inlined, and a third of their compile time.
pub(super) fn materialize(
    b: &mut FunctionBuilder,
    f: &Frame,
    pc: usize,
    locals: &[Option<K>],
    stack: &[(Value, K)],
) {
    let level = f.chain.last().expect("inside an inlined call");
    spill(b, &level.frame(f), locals, stack);
    let pc_value = b.ins().iconst(types::I32, pc as i64);
    let h = b.ins().iconst(types::I32, height(stack) as i64);
    let args = [BlockArg::Value(pc_value), BlockArg::Value(h)];
    if let Some(tail) = level.tail.get() {
        b.ins().jump(tail, &args);
        return;
    }
    let tail = b.create_block();
    let pc_value = b.append_block_param(tail, types::I32);
    let h = b.append_block_param(tail, types::I32);
    level.tail.set(Some(tail));
    b.ins().jump(tail, &args);
    b.switch_to_block(tail);
    b.set_cold_block(tail);
    let outermost = &f.chain[0];
    spill_parents(b, f);
    push_records(b, f, pc_value, h);
    let depth = b.ins().iconst(types::I32, f.chain.len() as i64);
    let slots = b.ins().iconst(types::I32, outermost.result_slots as i64);
    let status = call_helper(
        b,
        f.step_sig,
        f.helpers.resume_inlined,
        &[f.ctx, depth, slots],
    );
    let go_on = b.create_block();
    b.ins().brif(status, f.throw_exit, &[], go_on, &[]);
    b.switch_to_block(go_on);
    let values = reload(
        b,
        &outermost.parent(f),
        &outermost.parent_locals,
        &outermost.after,
    );
    b.ins().jump(outermost.done, &block_args(&values));
}

/// The safepoint poll of a call at invoke `pc` whose step is due (and counted), made where
/// the call is: in the compiled method itself its frame is written back as for any poll;
/// inside inlined calls their frames are written out first (the innermost positioned at the
/// invoke, as the interpreter's is when it polls there) and popped again afterwards. Objects
/// may move, so everything is reloaded: gives the operand stack (of `kinds`) again. A stop
/// or exception leaves the code as a throw from the invoke.
/// The step of the call at invoke `pc` (inlined, or an intrinsic or leaf call in inlined
/// code), counted; when it is due for a poll, the poll runs right here (with the frames of the
/// calls `f` is inside written out, as for a call out of them) and the code goes on in
/// compiled code. Gives the operand stack again (reloaded on the polling path).
pub(super) fn step_in_place(
    b: &mut FunctionBuilder,
    f: &Frame,
    pc: usize,
    locals: &[Option<K>],
    stack: &[(Value, K)],
) -> Vec<(Value, K)> {
    let due = b.create_block();
    let (go, next) = step_unless_due(b, due);
    let kinds: Vec<K> = stack.iter().map(|&(_, k)| k).collect();
    let enter = block_with_stack(b, &kinds);
    b.switch_to_block(go);
    count_step(b, next);
    b.ins().jump(enter, &block_args(stack));
    b.switch_to_block(due);
    b.set_cold_block(due);
    if f.chain.is_empty() || !f.shared.relaxed {
        count_step(b, next);
        take_free_poll(b, f, enter, &block_args(stack));
        let polled = poll_here(b, f, pc, locals, stack, &kinds);
        b.ins().jump(enter, &block_args(&polled));
    } else {
        // Inside inlined calls, a real poll leaves them to the interpreter at the invoke,
        // which counts its step and polls: rare (a free poll is taken 63 times out of 64),
        // and each poll made in place cost a call, a reload and a dispatch in the IR. (Where
        // every poll counts, none is free: the poll stays in place, or the interpreter would
        // finish an inlined call every 256 steps.)
        take_free_poll_counting(b, f, enter, &block_args(stack), Some(next));
        materialize(b, f, pc, locals, stack);
    }
    b.switch_to_block(enter);
    stack_params(b, enter, &kinds)
}

pub(super) fn poll_here(
    b: &mut FunctionBuilder,
    f: &Frame,
    pc: usize,
    locals: &[Option<K>],
    stack: &[(Value, K)],
    kinds: &[K],
) -> Vec<(Value, K)> {
    let pc_value = b.ins().iconst(types::I32, pc as i64);
    let h = b.ins().iconst(types::I32, height(stack) as i64);
    if f.chain.is_empty() {
        spill(b, f, locals, stack);
        let status = call_helper(b, f.step_sig, f.helpers.poll, &[f.ctx, pc_value, h]);
        let resume = b.create_block();
        b.ins().brif(status, f.throw_exit, &[], resume, &[]);
        b.switch_to_block(resume);
        return super::reload_after_poll(b, f, locals, kinds);
    }
    // As in `materialize`, only the innermost frame is written here; the rest of the poll
    // is shared by the level's polls, and continues here through a dispatch on `index`.
    let level = f.chain.last().expect("inside an inlined call");
    spill(b, &level.frame(f), locals, stack);
    let continuation = b.create_block();
    let (index, tail) = {
        let mut polls = level.polls.borrow_mut();
        polls.continuations.push(continuation);
        (
            polls.continuations.len() - 1,
            polls.tail.map(|(tail, _, _)| tail),
        )
    };
    let index = b.ins().iconst(types::I32, index as i64);
    let args = [pc_value, h, index].map(BlockArg::Value);
    match tail {
        Some(tail) => {
            b.ins().jump(tail, &args);
        }
        None => {
            let tail = b.create_block();
            let [pc_value, h, index] = [(); 3].map(|_| b.append_block_param(tail, types::I32));
            b.ins().jump(tail, &args);
            b.switch_to_block(tail);
            b.set_cold_block(tail);
            spill_parents(b, f);
            push_records(b, f, pc_value, h);
            let status = call_helper(b, f.step_sig, f.helpers.poll, &[f.ctx, pc_value, h]);
            leave_if_thrown(b, f, status);
            let resume = b.current_block().expect("a block to go on in");
            b.set_cold_block(resume);
            pop_exposed(b, f);
            let dispatch = b.create_block();
            b.set_cold_block(dispatch);
            b.ins().jump(dispatch, &[]);
            level.polls.borrow_mut().tail = Some((tail, dispatch, index));
        }
    }
    b.switch_to_block(continuation);
    b.set_cold_block(continuation);
    super::reload_after_poll(b, f, locals, kinds)
}

/// Ends the shared part of `level`'s polls, if it has any, with the dispatch to the block
/// each poll continues in. Called when the level's translation is complete (and the
/// current block filled).
fn finish_polls(b: &mut FunctionBuilder, level: &Level) {
    let polls = level.polls.borrow();
    let Some((_, dispatch, index)) = polls.tail else {
        return;
    };
    b.switch_to_block(dispatch);
    let mut switch = Switch::new();
    for (n, &block) in polls.continuations.iter().enumerate() {
        switch.set_entry(n as u128, block);
    }
    // Every index is one of the entries: the default is never taken.
    switch.emit(b, index, polls.continuations[0]);
}

/// Pops the frames `expose` pushed for the inlined calls `f` is inside, and rereads every
/// level but the innermost: the compiled method's and each inlined one's references, and
/// each parent's operand stack (objects may have moved meanwhile).
fn pop_exposed(b: &mut FunctionBuilder, f: &Frame) {
    let direct = f.direct.expect("inlining comes with direct calls");
    let frames = b.ins().load(types::I64, flags(), f.thread, FRAMES_OFFSET);
    let popped = super::saved_count(b, &direct, super::SAVED_BELOW_EXPOSED, None);
    b.ins()
        .store(flags(), popped, frames, direct.layout.stack_len);
    for level in f.chain {
        let parent = level.parent(f);
        let values = reload(b, &parent, &level.parent_locals, &level.parent_stack);
        level.set_parent_stack(b, &values);
    }
}

/// The call of invoke `pc` (through prepared `site`) from inside the inlined calls `f` is
/// in: made with their frames in place (the innermost positioned at the invoke, as the
/// interpreter's), which are then popped again; everything is reloaded afterwards, since
/// objects may have moved. A throw leaves the frames for the runtime's dispatch.
pub(super) fn call_out(
    b: &mut FunctionBuilder,
    f: &Frame,
    pc: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    site: super::SiteInfo,
) {
    let direct = f.direct.expect("inlining comes with direct calls");
    expose(b, f, pc, locals, stack);
    let pc_value = b.ins().iconst(types::I32, pc as i64);
    let h = b.ins().iconst(types::I32, height(stack) as i64);
    // A throw leaves the frames for the dispatch, and says how many (`FrameContext::height`).
    let thrown = b.create_block();
    let result = super::direct_call(
        b,
        &Frame {
            throw_exit: thrown,
            ..*f
        },
        &direct,
        site,
        stack,
        after,
        [pc_value, h],
    );
    let go_on = b.create_block();
    b.ins().jump(go_on, &[]);
    b.switch_to_block(thrown);
    b.set_cold_block(thrown);
    set_context(b, f, super::HEIGHT_OFFSET, f.chain.len() as u32);
    b.ins().jump(f.throw_exit, &[]);
    b.switch_to_block(go_on);
    // Pop the inlined calls' frames and reload every level, the innermost's whole stack with
    // the result.
    pop_exposed(b, f);
    *stack = super::reload_with_result(b, f, locals, after, result);
}

/// `new` at `pc` through the runtime (`class` as `Via::Allocate` has it: the class's id and
/// the innermost method's `max_locals`) from inside the inlined calls `f` is in, with their
/// frames in place as for `call_out`: the object lands on the innermost frame's operand
/// stack, the frames are popped, everything is reloaded, and the code goes on (finishing
/// the inlined calls in the interpreter instead cost BinaryTrees 7,000 such finishes, one
/// per allocation buffer that filled up inside one).
#[allow(clippy::too_many_arguments)]
pub(super) fn allocate_out(
    b: &mut FunctionBuilder,
    f: &Frame,
    pc: usize,
    locals: &[Option<K>],
    stack: &mut Vec<(Value, K)>,
    after: &[K],
    class: u64,
) {
    expose(b, f, pc, locals, stack);
    let pc_value = b.ins().iconst(types::I32, pc as i64);
    let h = b.ins().iconst(types::I32, height(stack) as i64);
    let class = b.ins().iconst(types::I64, class as i64);
    let status = call_helper(
        b,
        f.invoke_sig,
        f.helpers.allocate,
        &[f.ctx, pc_value, h, class],
    );
    leave_if_thrown(b, f, status);
    pop_exposed(b, f);
    *stack = reload(b, f, locals, after);
}

/// Ends the code if `status`, a helper's run with the inlined calls' frames written out,
/// says it threw: the frames stay for the dispatch, which is told how many
/// (`FrameContext::height`). Goes on in a new block otherwise.
fn leave_if_thrown(b: &mut FunctionBuilder, f: &Frame, status: Value) {
    let thrown = b.create_block();
    let go_on = b.create_block();
    b.ins().brif(status, thrown, &[], go_on, &[]);
    b.switch_to_block(thrown);
    b.set_cold_block(thrown);
    set_context(b, f, super::HEIGHT_OFFSET, f.chain.len() as u32);
    b.ins().jump(f.throw_exit, &[]);
    b.switch_to_block(go_on);
}

/// Writes the frames of the inlined calls `f` is inside onto the frame stack, above the
/// compiled method's (positioned at the outermost call): each one's locals and operand
/// stack, the innermost at instruction `pc` with `locals` and `stack`.
fn expose(
    b: &mut FunctionBuilder,
    f: &Frame,
    pc: usize,
    locals: &[Option<K>],
    stack: &[(Value, K)],
) {
    let level = f.chain.last().expect("inside an inlined call");
    spill(b, &level.frame(f), locals, stack);
    spill_parents(b, f);
    let pc = b.ins().iconst(types::I32, pc as i64);
    let h = b.ins().iconst(types::I32, height(stack) as i64);
    push_records(b, f, pc, h);
}

/// Writes back the locals and operand stacks of every level but the innermost: the compiled
/// method's at the outermost call, and each inlined method's at the call it makes.
fn spill_parents(b: &mut FunctionBuilder, f: &Frame) {
    let chain = f.chain;
    let outermost = &chain[0];
    let parent_stacks: Vec<Vec<(Value, K)>> =
        chain.iter().map(|level| level.parent_stack(b)).collect();
    spill(
        b,
        &outermost.parent(f),
        &outermost.parent_locals,
        &parent_stacks[0],
    );
    for (n, next) in chain.iter().enumerate().skip(1) {
        let frame = chain[n - 1].frame(f);
        spill(b, &frame, &next.parent_locals, &parent_stacks[n]);
    }
}

/// Positions the compiled method's frame record (written first if it has none) at the
/// outermost call and pushes one record per inlined level (the frame stack has room for
/// them, see `cortado_jit::FrameContext`), the innermost at instruction `pc` with `h` slots
/// of operand stack; the count below is saved for `pop_exposed`.
fn push_records(b: &mut FunctionBuilder, f: &Frame, pc: Value, h: Value) {
    let direct = f.direct.expect("inlining comes with direct calls");
    let l = direct.layout;
    let chain = f.chain;
    let outermost = &chain[0];
    ensure_record(b, f);
    let frames = b.ins().load(types::I64, flags(), f.thread, FRAMES_OFFSET);
    let len = b.ins().load(types::I64, flags(), frames, l.stack_len);
    let base = b.ins().load(types::I64, flags(), frames, l.stack_frames);
    let top_offset = b.ins().imul_imm_s(len, l.frame_size as i64);
    let top = b.ins().iadd(base, top_offset);
    let own = b.ins().iadd_imm_s(top, -(l.frame_size as i64));
    let own_bp = super::slot_index(b, &l, frames, f.locals);
    let i32const = |b: &mut FunctionBuilder, v: usize| b.ins().iconst(types::I32, v as i64);
    let outermost_pc = i32const(b, outermost.invoke_pc);
    b.ins().store(flags(), outermost_pc, own, l.frame_pc);
    let first_bp = b.ins().iadd_imm_s(own_bp, outermost.slot_base as i64);
    b.ins().store(flags(), first_bp, own, l.frame_sp);
    let zero = i32const(b, 0);
    for (n, level) in chain.iter().enumerate() {
        let record = b.ins().iadd_imm_s(top, (n * l.frame_size as usize) as i64);
        let method = b.ins().iconst(types::I64, level.method as i64);
        b.ins().store(flags(), method, record, l.frame_method);
        let bp = b.ins().iadd_imm_s(own_bp, level.slot_base as i64);
        let locals_end = b.ins().iadd_imm_s(bp, level.max_locals as i64);
        let (at, sp) = match chain.get(n + 1) {
            Some(next) => (
                i32const(b, next.invoke_pc),
                b.ins()
                    .iadd_imm_s(locals_end, next.parent_stack_slots() as i64),
            ),
            None => (pc, b.ins().iadd(locals_end, h)),
        };
        super::store_pair(b, record, (at, l.frame_pc), (bp, l.frame_bp));
        super::store_pair(b, record, (sp, l.frame_sp), (zero, l.frame_lock));
    }
    let pushed = b.ins().iadd_imm_s(len, chain.len() as i64);
    b.ins().store(flags(), pushed, frames, l.stack_len);
    super::saved_count(b, &direct, super::SAVED_BELOW_EXPOSED, Some(len));
}

/// Gives the compiled method's activation its frame record if a direct call entered it
/// without one (see `FrameContext`), so that the frames of its inlined calls can go above
/// it: as the runtime's `materialize` does, here (a helper call for it cost DeltaBlue 6 %):
/// every activation from this one outwards up to the nearest with a record gets one, at
/// the direct call it is making (this one at its start), and that nearest one's top record
/// is positioned at its call.
fn ensure_record(b: &mut FunctionBuilder, f: &Frame) {
    let direct = f.direct.expect("inlining comes with direct calls");
    let l = direct.layout;
    let record = b
        .ins()
        .load(types::I32, flags(), f.ctx, super::RECORD_OFFSET);
    let count = b.create_block();
    let done = b.create_block();
    let zero64 = b.ins().iconst(types::I64, 0);
    b.ins().brif(
        record,
        done,
        &[],
        count,
        &[f.ctx, zero64, zero64].map(BlockArg::Value),
    );
    // Count the activations without a record: `at`, `n` so far, and `child`, the one
    // `at` called.
    let [at, n, child] = [(); 3].map(|_| b.append_block_param(count, types::I64));
    b.switch_to_block(count);
    // Out of line: most calls out find the record there (Richards, whose calls out all come
    // from an activation the runtime entered, took 15 % longer with these blocks inline).
    b.set_cold_block(count);
    let at_record = b.ins().load(types::I32, flags(), at, super::RECORD_OFFSET);
    let step = b.create_block();
    let counted = b.create_block();
    b.ins().brif(at_record, counted, &[], step, &[]);
    b.switch_to_block(step);
    b.set_cold_block(step);
    let parent = b.ins().load(types::I64, flags(), at, super::PARENT_OFFSET);
    let more = b.ins().iadd_imm_s(n, 1);
    b.ins()
        .jump(count, &[parent, more, at].map(BlockArg::Value));
    // `at` has a record: position its top one at its call, and count the new ones.
    b.switch_to_block(counted);
    b.set_cold_block(counted);
    let frames = b.ins().load(types::I64, flags(), f.thread, FRAMES_OFFSET);
    let len = b.ins().load(types::I64, flags(), frames, l.stack_len);
    let base = b.ins().load(types::I64, flags(), frames, l.stack_frames);
    let slot_of = |b: &mut FunctionBuilder, context: Value| {
        let locals = b
            .ins()
            .load(types::I64, flags(), context, super::LOCALS_OFFSET);
        super::slot_index(b, &l, frames, locals)
    };
    let below_offset = b.ins().imul_imm_s(len, l.frame_size as i64);
    let below = b.ins().iadd(base, below_offset);
    let below = b.ins().iadd_imm_s(below, -(l.frame_size as i64));
    let call_pc = b.ins().load(types::I32, flags(), at, super::CALL_PC_OFFSET);
    b.ins().store(flags(), call_pc, below, l.frame_pc);
    let child_bp = slot_of(b, child);
    b.ins().store(flags(), child_bp, below, l.frame_sp);
    let new_len = b.ins().iadd(len, n);
    b.ins().store(flags(), new_len, frames, l.stack_len);
    // Write the records, innermost (the top) first: `at`, its record's `index`, and the bp
    // of the activation it called.
    let write = b.create_block();
    let top_index = b.ins().iadd_imm_s(new_len, -1);
    let unused = b.ins().iconst(types::I32, 0);
    b.ins().jump(
        write,
        &[
            BlockArg::Value(f.ctx),
            BlockArg::Value(top_index),
            BlockArg::Value(unused),
        ],
    );
    let at = b.append_block_param(write, types::I64);
    let index = b.append_block_param(write, types::I64);
    let callee_bp = b.append_block_param(write, types::I32);
    b.switch_to_block(write);
    b.set_cold_block(write);
    let at_record = b.ins().load(types::I32, flags(), at, super::RECORD_OFFSET);
    let body = b.create_block();
    b.ins().brif(at_record, done, &[], body, &[]);
    b.switch_to_block(body);
    b.set_cold_block(body);
    let method = b.ins().load(types::I64, flags(), at, super::METHOD_OFFSET);
    let bp = slot_of(b, at);
    let innermost = b.ins().icmp(IntCC::Equal, at, f.ctx);
    let max_locals = b
        .ins()
        .load(types::I32, flags(), method, l.method_max_locals);
    let own_sp = b.ins().iadd(bp, max_locals);
    let zero = b.ins().iconst(types::I32, 0);
    let call_pc = b.ins().load(types::I32, flags(), at, super::CALL_PC_OFFSET);
    let pc = b.ins().select(innermost, zero, call_pc);
    let sp = b.ins().select(innermost, own_sp, callee_bp);
    let offset = b.ins().imul_imm_s(index, l.frame_size as i64);
    let record = b.ins().iadd(base, offset);
    b.ins().store(flags(), method, record, l.frame_method);
    super::store_pair(b, record, (pc, l.frame_pc), (bp, l.frame_bp));
    super::store_pair(b, record, (sp, l.frame_sp), (zero, l.frame_lock));
    let number = b.ins().iadd_imm_s(index, 1);
    let number = b.ins().ireduce(types::I32, number);
    b.ins().store(flags(), number, at, super::RECORD_OFFSET);
    let parent = b.ins().load(types::I64, flags(), at, super::PARENT_OFFSET);
    let next = b.ins().iadd_imm_s(index, -1);
    b.ins()
        .jump(write, &[parent, next, bp].map(BlockArg::Value));
    b.switch_to_block(done);
}

/// The slots (from local 0) that `check_room` checks, 0 when it checks nothing.
pub(super) fn room_slots(f: &Frame) -> u32 {
    match f.direct.is_some() && f.shared.frames.get() > 0 {
        true => f.shared.slots.get() as u32,
        false => 0,
    }
}

/// At an entry of the compiled method (`osr`: a loop header's), before anything else: room
/// on the frame stack for the frames and slots any inlined call may need to materialize; the
/// interpreter runs the activation when there is not.
pub(super) fn check_room(b: &mut FunctionBuilder, f: &Frame, osr: Option<usize>) {
    let (frames_needed, slots_needed) = (f.shared.frames.get(), f.shared.slots.get());
    let Some(direct) = f.direct.filter(|_| frames_needed > 0) else {
        return;
    };
    let l = direct.layout;
    let frames = b.ins().load(types::I64, flags(), f.thread, FRAMES_OFFSET);
    let len = b.ins().load(types::I64, flags(), frames, l.stack_len);
    let limit = b.ins().load(types::I64, flags(), frames, l.stack_limit);
    let needed = b.ins().iadd_imm_s(len, frames_needed as i64);
    let frames_fit = b.ins().icmp(IntCC::UnsignedLessThanOrEqual, needed, limit);
    let end = b.ins().iadd_imm_s(f.locals, (slots_needed * 8) as i64);
    let slots_end = b.ins().load(types::I64, flags(), frames, l.stack_slots_end);
    let slots_fit = b.ins().icmp(IntCC::UnsignedLessThan, end, slots_end);
    let fits = b.ins().band(frames_fit, slots_fit);
    let go = b.create_block();
    let no_room = b.create_block();
    b.ins().brif(fits, go, &[], no_room, &[]);
    b.switch_to_block(no_room);
    b.set_cold_block(no_room);
    match osr {
        // The frame as the caller made it: the interpreter runs the call from its start.
        None => deopt_here(b, f, 0, &[], &[]),
        // The frame untouched: the interpreter goes on with the loop.
        Some(_) => {
            set_context(b, f, STATUS_OFFSET, FRAME_DEOPT);
            super::leave(b, FRAME_DEOPT);
        }
    }
    b.switch_to_block(go);
}

//! Bytecode to CLIF for pure integer methods (see the crate documentation for the subset).
//! The operand stack is a compile-time list of SSA values; each basic block takes the live
//! stack as block parameters; locals are frontend variables, one per (slot, kind).

use std::collections::BTreeMap;

use cortado_classfile::opcode::{
    decode_all, Instruction, InstructionOperands as Ops, Opcode as Op,
};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, FuncRef, InstBuilder, MemFlagsData, SigRef, Value,
};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::JITModule;
use cranelift_module::{FuncId, Linkage, Module};

use crate::{
    clif_type, implementation_signature, Environment, Error, Functions, MethodInput, Target,
};

/// The value kinds compiled code handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `int`, `short`, `char`, `byte` and `boolean`.
    Int,
    Long,
}

/// Calls of the method itself are inlined when its bytecode is at most this long
/// (HotSpot's `MaxInlineSize`)...
const MAX_INLINE_SELF_BYTES: usize = 35;
/// ... down to this many levels below the method (HotSpot's `MaxRecursiveInlineLevel` is
/// 1; each further level halved Fib's calls: -22 % and -15 % more)...
const MAX_SELF_DEPTH: usize = 3;
/// ... while the copies of the body come to at most this many bytes of bytecode (a body
/// with more calls of itself stops earlier: the copies grow as the calls' power).
const MAX_SELF_INLINED_BYTES: usize = 400;

/// How many levels of the method's body are translated: 1 for the method alone, `n + 1`
/// when its calls of itself are inlined `n` deep. `calls` counts the static calls in the
/// body (an upper bound of the calls of itself).
fn self_levels(code_length: usize, calls: usize) -> usize {
    if code_length > MAX_INLINE_SELF_BYTES || calls == 0 {
        return 1;
    }
    let mut levels = 2; // one level whatever the calls (at most 35 bytes: few copies)
    let mut copies = 1 + calls;
    while levels <= MAX_SELF_DEPTH {
        let next = copies + calls.pow(levels as u32);
        if next * code_length > MAX_SELF_INLINED_BYTES {
            break;
        }
        copies = next;
        levels += 1;
    }
    levels
}

fn unsupported<T>(reason: impl Into<String>) -> Result<T, Error> {
    Err(Error::Unsupported(reason.into()))
}

/// Stack kinds before every instruction, by a simple forward analysis (the method was
/// verified, so kinds agree at merges).
fn stack_kinds(
    instructions: &[Instruction],
    env: &mut dyn Environment,
    index_of: &BTreeMap<u32, usize>,
) -> Result<Vec<Option<Vec<Kind>>>, Error> {
    let mut states: Vec<Option<Vec<Kind>>> = vec![None; instructions.len()];
    states[0] = Some(Vec::new());
    let mut work = vec![0usize];
    while let Some(i) = work.pop() {
        let mut stack = states[i].clone().expect("queued");
        let instruction = &instructions[i];
        let mut successors = Vec::new();
        let mut falls_through = true;
        effect(instruction, &mut stack, env)?;
        match (&instruction.kind, instruction.opcode) {
            (Ops::Branch(target), op) => {
                successors.push(instruction_at(index_of, *target)?);
                if op == Op::goto || op == Op::goto_w {
                    falls_through = false;
                }
            }
            (
                Ops::TableSwitch {
                    default, targets, ..
                },
                _,
            ) => {
                for t in std::iter::once(default).chain(targets.iter()) {
                    successors.push(instruction_at(index_of, *t)?);
                }
                falls_through = false;
            }
            (Ops::LookupSwitch { default, pairs }, _) => {
                for t in std::iter::once(default).chain(pairs.iter().map(|(_, t)| t)) {
                    successors.push(instruction_at(index_of, *t)?);
                }
                falls_through = false;
            }
            (_, Op::ireturn | Op::lreturn) => falls_through = false,
            _ => {}
        }
        if falls_through {
            successors.push(i + 1);
        }
        for s in successors {
            if s >= states.len() {
                return unsupported("falls off the end");
            }
            match &states[s] {
                None => {
                    states[s] = Some(stack.clone());
                    work.push(s);
                }
                Some(existing) if *existing != stack => {
                    return unsupported("stack kinds differ at a merge")
                }
                Some(_) => {}
            }
        }
    }
    Ok(states)
}

/// The index of the instruction at bytecode offset `pc`. The analysis checks every branch
/// target with it, so translation may index directly afterwards.
fn instruction_at(index_of: &BTreeMap<u32, usize>, pc: u32) -> Result<usize, Error> {
    index_of
        .get(&pc)
        .copied()
        .ok_or_else(|| Error::Unsupported(format!("branch to {pc}, not an instruction")))
}

/// The stack effect of one instruction, in kinds; `Err` for anything outside the subset.
fn effect(
    instruction: &Instruction,
    stack: &mut Vec<Kind>,
    env: &mut dyn Environment,
) -> Result<(), Error> {
    use Kind::{Int, Long};
    let op = instruction.wide.unwrap_or(instruction.opcode);
    let pop = |stack: &mut Vec<Kind>, n: usize| -> Result<(), Error> {
        if stack.len() < n {
            return unsupported("stack underflow");
        }
        stack.truncate(stack.len() - n);
        Ok(())
    };
    match op {
        Op::nop | Op::iinc | Op::goto | Op::goto_w => {}
        Op::iconst_m1
        | Op::iconst_0
        | Op::iconst_1
        | Op::iconst_2
        | Op::iconst_3
        | Op::iconst_4
        | Op::iconst_5
        | Op::bipush
        | Op::sipush => stack.push(Int),
        Op::lconst_0 | Op::lconst_1 => stack.push(Long),
        Op::ldc | Op::ldc_w | Op::ldc2_w => {
            let Ops::Index(index) = instruction.kind else {
                return unsupported("ldc");
            };
            match env.constant(index as u16) {
                Some((kind, _)) => stack.push(kind),
                None => return unsupported("ldc of a non-integer constant"),
            }
        }
        Op::iload | Op::iload_0 | Op::iload_1 | Op::iload_2 | Op::iload_3 => stack.push(Int),
        Op::lload | Op::lload_0 | Op::lload_1 | Op::lload_2 | Op::lload_3 => stack.push(Long),
        Op::istore
        | Op::istore_0
        | Op::istore_1
        | Op::istore_2
        | Op::istore_3
        | Op::lstore
        | Op::lstore_0
        | Op::lstore_1
        | Op::lstore_2
        | Op::lstore_3
        | Op::pop
        | Op::ifeq
        | Op::ifne
        | Op::iflt
        | Op::ifge
        | Op::ifgt
        | Op::ifle
        | Op::tableswitch
        | Op::lookupswitch
        | Op::ireturn
        | Op::lreturn => pop(stack, 1)?,
        Op::iadd
        | Op::isub
        | Op::imul
        | Op::idiv
        | Op::irem
        | Op::ishl
        | Op::ishr
        | Op::iushr
        | Op::iand
        | Op::ior
        | Op::ixor => {
            pop(stack, 2)?;
            stack.push(Int);
        }
        Op::ladd
        | Op::lsub
        | Op::lmul
        | Op::ldiv
        | Op::lrem
        | Op::land
        | Op::lor
        | Op::lxor
        | Op::lshl
        | Op::lshr
        | Op::lushr => {
            pop(stack, 2)?;
            stack.push(Long);
        }
        Op::ineg | Op::i2b | Op::i2c | Op::i2s => {
            pop(stack, 1)?;
            stack.push(Int);
        }
        Op::lneg | Op::i2l => {
            pop(stack, 1)?;
            stack.push(Long);
        }
        Op::l2i => {
            pop(stack, 1)?;
            stack.push(Int);
        }
        Op::lcmp => {
            pop(stack, 2)?;
            stack.push(Int);
        }
        Op::if_icmpeq
        | Op::if_icmpne
        | Op::if_icmplt
        | Op::if_icmpge
        | Op::if_icmpgt
        | Op::if_icmple => pop(stack, 2)?,
        Op::dup => {
            let top = *stack
                .last()
                .ok_or_else(|| Error::Unsupported("dup on empty stack".into()))?;
            if top != Int {
                return unsupported("dup of a long");
            }
            stack.push(top);
        }
        Op::invokestatic => {
            let Ops::Index(index) = instruction.kind else {
                return unsupported("invokestatic");
            };
            let (parameters, result) = match env
                .static_target(index as u16)
                .map_err(Error::Unsupported)?
            {
                Target::This => return Ok(()), // resolved again during translation
                Target::Compiled(callee) => (callee.parameters.len(), callee.result),
            };
            pop(stack, parameters)?;
            stack.push(result);
        }
        other => return unsupported(format!("instruction {}", other.mnemonic())),
    }
    Ok(())
}

/// Translates pure `method` to IR: the ids in `module` of its implementation and entry
/// (declared, not defined) and both functions' IR, whose machine code
/// `crate::CodeGenerator` generates.
pub(crate) fn build(
    module: &mut JITModule,
    method: &MethodInput,
    env: &mut dyn Environment,
) -> Result<(FuncId, FuncId, Functions), Error> {
    let instructions = decode_all(method.code).map_err(|e| Error::Unsupported(e.reason))?;
    let index_of: BTreeMap<u32, usize> = instructions
        .iter()
        .enumerate()
        .map(|(i, ins)| (ins.pc, i))
        .collect();
    // Recursive calls to the method itself need its kinds during the analysis.
    let mut self_env = SelfAware {
        inner: env,
        parameters: method.parameters.clone(),
        result: method.result,
    };
    let states = stack_kinds(&instructions, &mut self_env, &index_of)?;

    let signature = implementation_signature(module, &method.parameters, method.result);
    let implementation = module
        .declare_anonymous_function(&signature)
        .map_err(|e| Error::Codegen(e.to_string()))?;
    let mut context = Context::new();
    context.func.signature = signature.clone();
    let mut builder_context = FunctionBuilderContext::new();
    {
        let mut b = FunctionBuilder::new(&mut context.func, &mut builder_context);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        let leaders = make_leaders(&mut b, &instructions, &states, &index_of);
        // Locals: one variable per (slot, kind) and inlining level, zero-initialized.
        let max_locals = method.max_locals as usize;
        let calls = instructions
            .iter()
            .filter(|i| i.opcode == Op::invokestatic)
            .count();
        let levels = self_levels(method.code.len(), calls);
        let params: Vec<Value> = b.block_params(entry).to_vec();
        // The `CallContext`; its first field is the status word.
        let status = params[method.parameters.len()];
        let budget_in = params[method.parameters.len() + 1];
        // Exits that make the interpreter run the call again (filled in at the end): the
        // native stack runs low (the interpreter throws StackOverflowError where Java would),
        // something else this tier leaves to the interpreter, a callee bailed (its status is
        // kept).
        let stack_bail = b.create_block();
        let bail = b.create_block();
        let propagate = b.create_block();
        b.switch_to_block(entry);
        let budget_var = b.declare_var(types::I32);
        debug_assert_eq!(budget_var, budget());
        b.def_var(budget(), budget_in);
        let poll_signature = {
            let mut signature = module.make_signature();
            signature.params.push(AbiParam::new(types::I64));
            signature.returns.push(AbiParam::new(types::I32));
            b.import_signature(signature)
        };
        let self_ref = module.declare_func_in_func(implementation, b.func);
        let cx = Cx {
            instructions: &instructions,
            index_of: &index_of,
            states: &states,
            method,
            max_locals,
            status,
            bail,
            propagate,
            poll_signature,
            self_ref,
            levels,
        };
        for level in 0..levels {
            for slot in 0..max_locals {
                for kind in [Kind::Int, Kind::Long] {
                    let v = b.declare_var(clif_type(kind));
                    debug_assert_eq!(v, cx.variable(level, slot, kind));
                    if level == 0 {
                        let zero = b.ins().iconst(clif_type(kind), 0);
                        b.def_var(v, zero);
                    }
                }
            }
        }
        let mut slot = 0;
        for (i, &kind) in method.parameters.iter().enumerate() {
            b.def_var(cx.variable(0, slot, kind), params[i]);
            slot += if kind == Kind::Long { 2 } else { 1 };
        }
        // A call is a step, as in the interpreter (counted first, so that every call counts
        // exactly once, even one that bails for want of stack; the limit leaves room for the
        // poll's own native frames).
        emit_step(&mut b, status, poll_signature, bail);
        let sp = b.ins().get_stack_pointer(types::I64);
        let limit = b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            status,
            crate::STACK_LIMIT_OFFSET,
        );
        let low = b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        b.ins().brif(low, stack_bail, &[], leaders[&0], &[]);
        translate_level(&mut b, module, &mut self_env, &cx, 0, &leaders, None)?;
        for (block, code) in [
            (stack_bail, Some(crate::BAIL_STACK)),
            (bail, Some(crate::BAIL)),
            (propagate, None),
        ] {
            b.switch_to_block(block);
            b.set_cold_block(block);
            if let Some(code) = code {
                // The bailing call leaves the budget as it stands in the context (callers
                // above it only propagate).
                let code = b.ins().iconst(types::I32, code as i64);
                b.ins().store(MemFlagsData::trusted(), code, status, 0);
                let left = b.use_var(budget());
                b.ins()
                    .store(MemFlagsData::trusted(), left, status, crate::BUDGET_OFFSET);
            }
            let zero = b.ins().iconst(clif_type(method.result), 0);
            let bailed = b.ins().iconst(types::I32, -1);
            b.ins().return_(&[zero, bailed]);
        }
        b.seal_all_blocks();
        b.finalize(module.target_config());
    }
    let implementation_context = context;
    let mut context = Context::new();

    // The entry: reads interpreter slots and calls the implementation.
    let mut entry_signature = module.make_signature();
    for _ in 0..3 {
        entry_signature.params.push(AbiParam::new(types::I64));
    }
    entry_signature.returns.push(AbiParam::new(types::I64));
    let entry_id = module
        .declare_function(
            &format!("entry_{}", implementation.as_u32()),
            Linkage::Local,
            &entry_signature,
        )
        .map_err(|e| Error::Codegen(e.to_string()))?;
    context.func.signature = entry_signature;
    {
        let mut b = FunctionBuilder::new(&mut context.func, &mut builder_context);
        let block = b.create_block();
        b.append_block_params_for_function_params(block);
        b.switch_to_block(block);
        let params = b.block_params(block).to_vec();
        let mut args = Vec::new();
        let mut slot = 0i32;
        for &kind in &method.parameters {
            args.push(b.ins().load(
                clif_type(kind),
                MemFlagsData::trusted(),
                params[0],
                slot * 8,
            ));
            slot += if kind == Kind::Long { 2 } else { 1 };
        }
        let flags = MemFlagsData::trusted();
        // The native stack limit travels in the context (see `CallContext::stack_limit`).
        b.ins()
            .store(flags, params[1], params[2], crate::STACK_LIMIT_OFFSET);
        args.push(params[2]);
        args.push(
            b.ins()
                .load(types::I32, flags, params[2], crate::BUDGET_OFFSET),
        );
        let callee = module.declare_func_in_func(implementation, b.func);
        let call = b.ins().call(callee, &args);
        let value = b.inst_results(call)[0];
        // The budget left, unless the call bailed (which stored it).
        let left = b.inst_results(call)[1];
        let bailed = b.ins().icmp_imm_s(IntCC::SignedLessThan, left, 0);
        let store = b.create_block();
        let done = b.create_block();
        b.ins().brif(bailed, done, &[], store, &[]);
        b.switch_to_block(store);
        b.ins().store(flags, left, params[2], crate::BUDGET_OFFSET);
        b.ins().jump(done, &[]);
        b.switch_to_block(done);
        let widened = match method.result {
            Kind::Int => b.ins().uextend(types::I64, value),
            Kind::Long => value,
        };
        b.ins().return_(&[widened]);
        b.seal_all_blocks();
        b.finalize(module.target_config());
    }
    Ok((
        implementation,
        entry_id,
        vec![
            (implementation, implementation_context),
            (entry_id, context),
        ],
    ))
}

/// What translating one level of the method's body (the method itself, or a call of it
/// inlined in it) needs.
struct Cx<'a> {
    instructions: &'a [Instruction],
    index_of: &'a BTreeMap<u32, usize>,
    states: &'a [Option<Vec<Kind>>],
    method: &'a MethodInput<'a>,
    max_locals: usize,
    status: Value,
    bail: Block,
    propagate: Block,
    poll_signature: SigRef,
    self_ref: FuncRef,
    /// Levels of the body translated (1: calls of the method itself are not inlined).
    levels: usize,
}

impl Cx<'_> {
    /// The variable of local `slot` (of `kind`) at inlining `level` (0: the method itself).
    fn variable(&self, level: usize, slot: usize, kind: Kind) -> Variable {
        let index = 1 + (level * self.max_locals + slot) * 2 + (kind == Kind::Long) as usize;
        Variable::from_u32(index as u32)
    }
}

/// One block per instruction that starts a basic block, with the operand stack there as
/// parameters.
fn make_leaders(
    b: &mut FunctionBuilder,
    instructions: &[Instruction],
    states: &[Option<Vec<Kind>>],
    index_of: &BTreeMap<u32, usize>,
) -> BTreeMap<usize, Block> {
    let mut leaders: BTreeMap<usize, Block> = BTreeMap::new();
    leaders.insert(0, b.create_block());
    for (i, instruction) in instructions.iter().enumerate() {
        if states[i].is_none() {
            continue; // unreachable: never translated, its targets never checked
        }
        for t in crate::framed::branch_targets(instruction) {
            let index = index_of[&t];
            leaders.entry(index).or_insert_with(|| b.create_block());
        }
        if (!targets_empty(&instruction.kind)
            || matches!(instruction.opcode, Op::ireturn | Op::lreturn))
            && i + 1 < instructions.len()
        {
            leaders.entry(i + 1).or_insert_with(|| b.create_block());
        }
    }
    for (&i, &block) in &leaders {
        if let Some(stack) = &states[i] {
            for &kind in stack {
                b.append_block_param(block, clif_type(kind));
            }
        }
    }
    leaders
}

/// A call of the method itself, inlined: its step (as a call's), its locals at level 1 (the
/// arguments, the rest zero), its body with fresh blocks, and its result where the returns
/// meet. Bailing inside it bails the whole method, as a callee's bail would.
fn inline_self_call(
    b: &mut FunctionBuilder,
    module: &mut JITModule,
    env: &mut SelfAware,
    cx: &Cx,
    level: usize,
    args: &[Value],
) -> Result<Value, Error> {
    emit_step(b, cx.status, cx.poll_signature, cx.bail);
    for slot in 0..cx.max_locals {
        for kind in [Kind::Int, Kind::Long] {
            let zero = b.ins().iconst(clif_type(kind), 0);
            b.def_var(cx.variable(level, slot, kind), zero);
        }
    }
    let mut slot = 0;
    for (&kind, &value) in cx.method.parameters.iter().zip(args) {
        b.def_var(cx.variable(level, slot, kind), value);
        slot += if kind == Kind::Long { 2 } else { 1 };
    }
    let leaders = make_leaders(b, cx.instructions, cx.states, cx.index_of);
    let after = b.create_block();
    let result = b.append_block_param(after, clif_type(cx.method.result));
    b.ins().jump(leaders[&0], &[]);
    translate_level(b, module, env, cx, level, &leaders, Some(after))?;
    b.switch_to_block(after);
    Ok(result)
}

/// Translates the method's body at inlining `level` into the blocks `leaders`; its returns
/// return from the function, or (`ret`) jump to the block after an inlined call.
fn translate_level(
    b: &mut FunctionBuilder,
    module: &mut JITModule,
    env: &mut SelfAware,
    cx: &Cx,
    level: usize,
    leaders: &BTreeMap<usize, Block>,
    ret: Option<Block>,
) -> Result<(), Error> {
    let mut stack: Vec<Value> = Vec::new();
    let mut terminated = true;
    for (i, instruction) in cx.instructions.iter().enumerate() {
        if let Some(&block) = leaders.get(&i) {
            if !terminated {
                let args: Vec<BlockArg> = stack.iter().map(|&v| BlockArg::Value(v)).collect();
                b.ins().jump(block, &args);
            }
            b.switch_to_block(block);
            stack = b.block_params(block).to_vec();
            terminated = false;
        } else if terminated {
            continue; // unreachable code
        }
        if cx.states[i].is_none() {
            terminated = true;
            continue;
        }
        let jump_to = |target: u32, stack: &[Value]| {
            let args: Vec<BlockArg> = stack.iter().map(|&v| BlockArg::Value(v)).collect();
            (leaders[&cx.index_of[&target]], args)
        };
        let op = instruction.wide.unwrap_or(instruction.opcode);
        let local = || match instruction.kind {
            Ops::Index(i) => i as usize,
            _ => 0,
        };
        macro_rules! binary {
            ($f:ident) => {{
                let y = stack.pop().expect("analysis");
                let x = stack.pop().expect("analysis");
                let r = b.ins().$f(x, y);
                stack.push(r);
            }};
        }
        match op {
            Op::nop => {}
            Op::iconst_m1
            | Op::iconst_0
            | Op::iconst_1
            | Op::iconst_2
            | Op::iconst_3
            | Op::iconst_4
            | Op::iconst_5 => {
                let v = op as i64 - Op::iconst_0 as i64;
                stack.push(b.ins().iconst(types::I32, v));
            }
            Op::lconst_0 | Op::lconst_1 => {
                stack.push(b.ins().iconst(types::I64, op as i64 - Op::lconst_0 as i64))
            }
            Op::bipush | Op::sipush => {
                let Ops::Immediate(v) = instruction.kind else {
                    unreachable!("decoder")
                };
                stack.push(b.ins().iconst(types::I32, v as i64));
            }
            Op::ldc | Op::ldc_w | Op::ldc2_w => {
                let Ops::Index(index) = instruction.kind else {
                    unreachable!("decoder")
                };
                let (kind, value) = env.inner.constant(index as u16).expect("analysis checked");
                stack.push(b.ins().iconst(clif_type(kind), value));
            }
            Op::iload | Op::iload_0 | Op::iload_1 | Op::iload_2 | Op::iload_3 => {
                let slot = if op == Op::iload {
                    local()
                } else {
                    op as usize - Op::iload_0 as usize
                };
                stack.push(b.use_var(cx.variable(level, slot, Kind::Int)));
            }
            Op::lload | Op::lload_0 | Op::lload_1 | Op::lload_2 | Op::lload_3 => {
                let slot = if op == Op::lload {
                    local()
                } else {
                    op as usize - Op::lload_0 as usize
                };
                stack.push(b.use_var(cx.variable(level, slot, Kind::Long)));
            }
            Op::istore | Op::istore_0 | Op::istore_1 | Op::istore_2 | Op::istore_3 => {
                let slot = if op == Op::istore {
                    local()
                } else {
                    op as usize - Op::istore_0 as usize
                };
                let v = stack.pop().expect("analysis");
                b.def_var(cx.variable(level, slot, Kind::Int), v);
            }
            Op::lstore | Op::lstore_0 | Op::lstore_1 | Op::lstore_2 | Op::lstore_3 => {
                let slot = if op == Op::lstore {
                    local()
                } else {
                    op as usize - Op::lstore_0 as usize
                };
                let v = stack.pop().expect("analysis");
                b.def_var(cx.variable(level, slot, Kind::Long), v);
            }
            Op::iinc => {
                let Ops::Iinc { index, delta } = instruction.kind else {
                    unreachable!("decoder")
                };
                let v = b.use_var(cx.variable(level, index as usize, Kind::Int));
                let r = b.ins().iadd_imm_s(v, delta as i64);
                b.def_var(cx.variable(level, index as usize, Kind::Int), r);
            }
            Op::iadd | Op::ladd => binary!(iadd),
            Op::isub | Op::lsub => binary!(isub),
            Op::imul | Op::lmul => binary!(imul),
            Op::iand | Op::land => binary!(band),
            Op::ior | Op::lor => binary!(bor),
            Op::ixor | Op::lxor => binary!(bxor),
            Op::ishl | Op::lshl => binary!(ishl),
            Op::ishr | Op::lshr => binary!(sshr),
            Op::iushr | Op::lushr => binary!(ushr),
            Op::idiv | Op::ldiv | Op::irem | Op::lrem => {
                let y = stack.pop().expect("analysis");
                let x = stack.pop().expect("analysis");
                let ty = b.func.dfg.value_type(x);
                // Division by zero bails to the interpreter (which throws); MIN / -1 is
                // computed without the hardware trap.
                let is_zero = b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let divide = b.create_block();
                b.ins().brif(is_zero, cx.bail, &[], divide, &[]);
                b.switch_to_block(divide);
                let is_minus_one = b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let one = b.ins().iconst(ty, 1);
                let safe_divisor = b.ins().select(is_minus_one, one, y);
                let r = if matches!(op, Op::idiv | Op::ldiv) {
                    let q = b.ins().sdiv(x, safe_divisor);
                    let negated = b.ins().ineg(x);
                    b.ins().select(is_minus_one, negated, q)
                } else {
                    let r = b.ins().srem(x, safe_divisor);
                    let zero = b.ins().iconst(ty, 0);
                    b.ins().select(is_minus_one, zero, r)
                };
                stack.push(r);
            }
            Op::ineg | Op::lneg => {
                let x = stack.pop().expect("analysis");
                stack.push(b.ins().ineg(x));
            }
            Op::i2l => {
                let x = stack.pop().expect("analysis");
                stack.push(b.ins().sextend(types::I64, x));
            }
            Op::l2i => {
                let x = stack.pop().expect("analysis");
                stack.push(b.ins().ireduce(types::I32, x));
            }
            Op::i2b | Op::i2s => {
                let x = stack.pop().expect("analysis");
                let narrow = b
                    .ins()
                    .ireduce(if op == Op::i2b { types::I8 } else { types::I16 }, x);
                stack.push(b.ins().sextend(types::I32, narrow));
            }
            Op::i2c => {
                let x = stack.pop().expect("analysis");
                let narrow = b.ins().ireduce(types::I16, x);
                stack.push(b.ins().uextend(types::I32, narrow));
            }
            Op::lcmp => {
                let y = stack.pop().expect("analysis");
                let x = stack.pop().expect("analysis");
                let greater = b.ins().icmp(IntCC::SignedGreaterThan, x, y);
                let less = b.ins().icmp(IntCC::SignedLessThan, x, y);
                let g = b.ins().uextend(types::I32, greater);
                let l = b.ins().uextend(types::I32, less);
                stack.push(b.ins().isub(g, l));
            }
            Op::pop => {
                stack.pop();
            }
            Op::dup => {
                let top = *stack.last().expect("analysis");
                stack.push(top);
            }
            Op::ifeq
            | Op::ifne
            | Op::iflt
            | Op::ifge
            | Op::ifgt
            | Op::ifle
            | Op::if_icmpeq
            | Op::if_icmpne
            | Op::if_icmplt
            | Op::if_icmpge
            | Op::if_icmpgt
            | Op::if_icmple => {
                let (condition, unary) = crate::framed::branch_condition(op);
                let y = if unary {
                    b.ins().iconst(types::I32, 0)
                } else {
                    stack.pop().expect("analysis")
                };
                let x = stack.pop().expect("analysis");
                let Ops::Branch(target) = instruction.kind else {
                    unreachable!("decoder")
                };
                let c = b.ins().icmp(condition, x, y);
                let (taken, taken_args) = jump_to(target, &stack);
                let next = leaders[&(i + 1)];
                let next_args: Vec<BlockArg> = stack.iter().map(|&v| BlockArg::Value(v)).collect();
                if target <= instruction.pc {
                    // A step only when the backward branch is taken, as in the interpreter.
                    let edge = b.create_block();
                    b.ins().brif(c, edge, &[], next, &next_args);
                    b.switch_to_block(edge);
                    emit_step(b, cx.status, cx.poll_signature, cx.bail);
                    b.ins().jump(taken, &taken_args);
                } else {
                    b.ins().brif(c, taken, &taken_args, next, &next_args);
                }
                terminated = true;
            }
            Op::goto | Op::goto_w => {
                let Ops::Branch(target) = instruction.kind else {
                    unreachable!("decoder")
                };
                if target <= instruction.pc {
                    emit_step(b, cx.status, cx.poll_signature, cx.bail);
                }
                let (block, args) = jump_to(target, &stack);
                b.ins().jump(block, &args);
                terminated = true;
            }
            Op::tableswitch | Op::lookupswitch => {
                let key = stack.pop().expect("analysis");
                let mut switch = cranelift_frontend::Switch::new();
                let Some((default, cases)) = crate::framed::switch_cases(&instruction.kind) else {
                    unreachable!("decoder")
                };
                if !stack.is_empty() {
                    return unsupported("switch with values on the stack");
                }
                if std::iter::once(default)
                    .chain(cases.iter().map(|&(_, t)| t))
                    .any(|t| t <= instruction.pc)
                {
                    emit_step(b, cx.status, cx.poll_signature, cx.bail);
                }
                for (value, target) in cases {
                    switch.set_entry(value as u32 as u128, leaders[&cx.index_of[&target]]);
                }
                let default_block = leaders[&cx.index_of[&default]];
                switch.emit(b, key, default_block);
                terminated = true;
            }
            Op::ireturn | Op::lreturn => {
                let v = stack.pop().expect("analysis");
                match ret {
                    // An inlined call's return: on in the caller.
                    Some(after) => {
                        b.ins().jump(after, &[BlockArg::Value(v)]);
                    }
                    None => {
                        let left = b.use_var(budget());
                        b.ins().return_(&[v, left]);
                    }
                }
                terminated = true;
            }
            Op::invokestatic => {
                let Ops::Index(index) = instruction.kind else {
                    unreachable!("decoder")
                };
                let target = env
                    .inner
                    .static_target(index as u16)
                    .map_err(Error::Unsupported)?;
                let (parameters, result) = match &target {
                    Target::This => (cx.method.parameters.len(), cx.method.result),
                    Target::Compiled(callee) => (callee.parameters.len(), callee.result),
                };
                let mut args: Vec<Value> = stack.split_off(stack.len() - parameters);
                if matches!(target, Target::This) && level + 1 < cx.levels {
                    stack.push(inline_self_call(b, module, env, cx, level + 1, &args)?);
                    continue;
                }
                args.push(cx.status);
                args.push(b.use_var(budget()));
                let call = match &target {
                    Target::This => b.ins().call(cx.self_ref, &args),
                    Target::Compiled(callee) => {
                        let signature =
                            implementation_signature(module, &callee.parameters, callee.result);
                        let sig_ref = b.import_signature(signature);
                        let address = b.ins().iconst(types::I64, callee.address as i64);
                        b.ins().call_indirect(sig_ref, address, &args)
                    }
                };
                let value = b.inst_results(call)[0];
                let left = b.inst_results(call)[1];
                // A callee that bailed (a negative budget) makes this call bail too: the
                // interpreter reruns the whole (side-effect free) call.
                let bailed = b.ins().icmp_imm_s(IntCC::SignedLessThan, left, 0);
                let go_on = b.create_block();
                b.ins().brif(bailed, cx.propagate, &[], go_on, &[]);
                b.switch_to_block(go_on);
                b.def_var(budget(), left);
                let _ = result;
                stack.push(value);
            }
            other => return unsupported(format!("instruction {}", other.mnemonic())),
        }
    }
    if !terminated {
        return unsupported("falls off the end");
    }
    Ok(())
}

/// The step budget (`CallContext::budget`), kept in a variable: it is passed to callees and
/// returned from them in registers, and is in the context only around polls, at the entry,
/// and when a call bails (a negative budget returned says a callee bailed).
fn budget() -> Variable {
    Variable::from_u32(0)
}

/// One step of the guest's budget: decrements it and, when it runs out, calls
/// `CallContext::poll` (a safepoint for the VM, which refills the budget in the context),
/// bailing if that asks to stop.
fn emit_step(
    b: &mut FunctionBuilder,
    context: Value,
    poll_signature: cranelift_codegen::ir::SigRef,
    bail: cranelift_codegen::ir::Block,
) {
    let flags = MemFlagsData::trusted();
    let budget_now = b.use_var(budget());
    let left = b.ins().iadd_imm_s(budget_now, -1);
    b.def_var(budget(), left);
    let exhausted = b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, left, 0);
    let poll = b.create_block();
    let go_on = b.create_block();
    b.ins().brif(exhausted, poll, &[], go_on, &[]);
    b.switch_to_block(poll);
    b.set_cold_block(poll);
    b.ins().store(flags, left, context, crate::BUDGET_OFFSET);
    let function = b.ins().load(types::I64, flags, context, crate::POLL_OFFSET);
    let call = b.ins().call_indirect(poll_signature, function, &[context]);
    let stop = b.inst_results(call)[0];
    let refilled = b
        .ins()
        .load(types::I32, flags, context, crate::BUDGET_OFFSET);
    b.def_var(budget(), refilled);
    b.ins().brif(stop, bail, &[], go_on, &[]);
    b.switch_to_block(go_on);
}

fn targets_empty(kind: &Ops) -> bool {
    !matches!(
        kind,
        Ops::Branch(_) | Ops::TableSwitch { .. } | Ops::LookupSwitch { .. }
    )
}

/// Answers recursive calls with the method's own kinds.
struct SelfAware<'e> {
    inner: &'e mut dyn Environment,
    parameters: Vec<Kind>,
    result: Kind,
}

impl Environment for SelfAware<'_> {
    fn constant(&mut self, index: u16) -> Option<(Kind, i64)> {
        self.inner.constant(index)
    }
    fn static_target(&mut self, index: u16) -> Result<Target, String> {
        match self.inner.static_target(index)? {
            Target::This => Ok(Target::Compiled(crate::Callee {
                address: 0,
                parameters: self.parameters.clone(),
                result: self.result,
            })),
            other => Ok(other),
        }
    }
}

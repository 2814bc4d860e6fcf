//! The interpreter: one `match` over pre-decoded instructions, running frames on the thread's
//! VM-owned stack. It defines Cortado's semantics; other tiers must match it.
//!
//! Calls between Java methods do not recurse in Rust: an invoke pushes a frame and the loop
//! continues in the callee, a return pops it. Rust recursion happens only when Rust code calls
//! Java (natives, class initialization, exception construction), through `call::call_method`.
//!
//! Before anything that may allocate, call out or throw, the loop stores the current pc and
//! stack pointer in the frame (`sync!`), so the collector and exception dispatch see the frame
//! as it is.

pub(crate) mod call;
pub(crate) mod dispatch;
pub(crate) mod monitors;
pub(crate) mod npe;
pub(crate) mod prepare;
pub(crate) mod resolve;
pub(crate) mod single;
pub(crate) mod slow;

use std::cmp::Ordering;

use cortado_gc::{Ref, NULL};

use std::sync::Arc;

use crate::class::{BasicType, Class, Method};
use crate::exceptions::{array_index, divide_by_zero, null_pointer};
use crate::interp::prepare::Prepared;
use crate::interp::prepare::{Insn, Switch};
use crate::objects::{array_length, element_offset, read_value, write_value};
use crate::vm::{Env, JResult, Throw};

/// Steps (backward branches and calls) between safepoint polls: fuel, deadline, interrupts,
/// and offers of the VM lock to other threads.
pub(crate) const SAFEPOINT_INTERVAL: u32 = 256;

#[inline]
fn int(v: u64) -> i32 {
    v as u32 as i32
}
#[inline]
fn from_int(v: i32) -> u64 {
    v as u32 as u64
}
#[inline]
fn float(v: u64) -> f32 {
    f32::from_bits(v as u32)
}
#[inline]
fn from_float(v: f32) -> u64 {
    v.to_bits() as u64
}
#[inline]
fn double(v: u64) -> f64 {
    f64::from_bits(v)
}
#[inline]
fn from_double(v: f64) -> u64 {
    v.to_bits()
}

fn fcmp(a: f64, b: f64, nan: i32) -> i32 {
    match a.partial_cmp(&b) {
        Some(Ordering::Less) => -1,
        Some(Ordering::Equal) => 0,
        Some(Ordering::Greater) => 1,
        None => nan,
    }
}

/// Runs the interpreter until the frame count drops below `entry` (the frame that
/// `call_method` pushed returns), and returns that frame's result slot.
pub(crate) fn run(env: &mut Env, entry: usize) -> JResult<u64> {
    'frames: loop {
        let fi = env.thread.frames.len() - 1;
        let frame = &env.thread.frames[fi];
        // The method, its code and its class are reached through raw pointers rather than
        // Arc clones: this loop enters and leaves frames millions of times a second.
        // A copy of the frame's reference: the method outlives the frame (see `MethodRef`).
        let this = frame.method;
        let method: &Method = &this;

        let prepared: &Prepared = match method.prepared.get() {
            Some(Ok(prepared)) => prepared,
            _ => {
                return Err(Throw::Fatal(format!(
                    "frame of unprepared method {method:?}"
                )))
            }
        };
        #[allow(unsafe_code)]
        // SAFETY: the class table owns every class until the VM is dropped and never
        // removes one; an Arc's contents do not move when the table grows.
        let class: &Class = unsafe { &*Arc::as_ptr(&env.vm.classes[method.class as usize]) };
        let code = &prepared.insns[..];
        let bp = frame.bp as usize;
        let mut pc = frame.pc as usize;
        let mut sp = frame.sp as usize;

        macro_rules! sync {
            () => {{
                let frame = &mut env.thread.frames[fi];
                frame.pc = pc as u32;
                frame.sp = sp as u32;
            }};
        }
        // Stack slots are read and written without bounds checks: the reference-map analysis
        // (run on every method before it executes) keeps the operand stack within `max_stack`
        // and local indices below `max_locals`, and `push_frame` made room for both.
        macro_rules! stack {
            ($i:expr) => {{
                let i = $i;
                debug_assert!(i < env.thread.stack.len());
                #[allow(unsafe_code)]
                // SAFETY: `i` is inside the current frame (see above), so inside the stack.
                unsafe {
                    *env.thread.stack.as_ptr().add(i)
                }
            }};
        }
        macro_rules! set {
            ($i:expr, $v:expr) => {{
                let v = $v;
                let i = $i;
                debug_assert!(i < env.thread.stack.len());
                #[allow(unsafe_code)]
                // SAFETY: as for `stack!`.
                unsafe {
                    *env.thread.stack.as_mut_ptr().add(i) = v;
                }
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                set!(sp, v);
                sp += 1;
            }};
        }
        macro_rules! push2 {
            ($v:expr) => {{
                let v = $v;
                set!(sp, v);
                set!(sp + 1, 0);
                sp += 2;
            }};
        }
        macro_rules! pop {
            () => {{
                sp -= 1;
                stack!(sp)
            }};
        }
        macro_rules! pop2 {
            () => {{
                sp -= 2;
                stack!(sp)
            }};
        }
        // Unwinds to a handler (continuing there) or out of this `run`.
        macro_rules! throw {
            ($throw:expr) => {{
                let throw: Throw = $throw;
                match throw {
                    Throw::Exception => {
                        if dispatch::find_handler(env, entry)? {
                            continue 'frames;
                        }
                        unreachable!("find_handler returns Err when no frame catches");
                    }
                    other => {
                        dispatch::unwind_all(env, entry);
                        return Err(other);
                    }
                }
            }};
        }
        macro_rules! attempt {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(t) => throw!(t),
                }
            };
        }
        macro_rules! int_binary {
            ($f:expr) => {{
                let b = int(pop!());
                let a = int(pop!());
                push!(from_int($f(a, b)));
            }};
        }
        macro_rules! long_binary {
            ($f:expr) => {{
                let b = pop2!() as i64;
                let a = pop2!() as i64;
                push2!($f(a, b) as u64);
            }};
        }
        macro_rules! float_binary {
            ($f:expr) => {{
                let b = float(pop!());
                let a = float(pop!());
                push!(from_float($f(a, b)));
            }};
        }
        macro_rules! double_binary {
            ($f:expr) => {{
                let b = double(pop2!());
                let a = double(pop2!());
                push2!(from_double($f(a, b)));
            }};
        }
        // Every few hundred backward branches and calls, offer the VM lock to other threads.
        macro_rules! safepoint {
            () => {{
                env.thread.ticks = env.thread.ticks.wrapping_add(1);
                env.thread.interpreted_steps += 1;
                if env.thread.ticks % SAFEPOINT_INTERVAL == 0 {
                    sync!();
                    this.tier.note_sample();
                    attempt!(crate::threads::poll(env, SAFEPOINT_INTERVAL as u64));
                }
            }};
        }
        // Pops the top frame, which returns `value` (of `slots` slots), and continues in the
        // caller (or returns from `run` when the frame was the entry).
        macro_rules! finish_return {
            ($value:expr, $slots:expr) => {{
                let value: u64 = $value;
                let slots: usize = $slots;
                let lock = env.thread.frames.last().map_or(NULL, |f| f.lock);
                if lock != NULL {
                    attempt!(monitors::exit(env, lock));
                }
                env.thread.frames.pop();
                if env.thread.frames.len() < entry {
                    return Ok(value);
                }
                let caller = env.thread.frames.last_mut().expect("a caller frame exists");
                let at = caller.sp as usize;
                caller.sp += slots as u32;
                caller.pc += 1;
                if slots > 0 {
                    env.thread.stack[at] = value;
                    if slots == 2 {
                        env.thread.stack[at + 1] = 0;
                    }
                }
                continue 'frames;
            }};
        }
        // Continues the top frame in compiled code (just pushed, or at a loop header).
        macro_rules! run_compiled {
            ($code:expr, $entry_pc:expr, $slots:expr) => {{
                match crate::framed::run_frame(env, $code, $entry_pc) {
                    crate::framed::Outcome::Returned(value) => finish_return!(value, $slots),
                    crate::framed::Outcome::Deopt => {
                        crate::framed::note_top(env, crate::slow_paths::SlowPath::Deopt);
                        continue 'frames;
                    }
                    crate::framed::Outcome::Throw(throw) => throw!(throw),
                }
            }};
        }
        // A backward branch is a step; at the safepoint polls, a hot loop moves to compiled
        // code (on-stack replacement).
        macro_rules! jump {
            ($target:expr) => {{
                let target = $target as usize;
                if target <= pc {
                    env.thread.ticks = env.thread.ticks.wrapping_add(1);
                    env.thread.interpreted_steps += 1;
                    let poll = env.thread.ticks % SAFEPOINT_INTERVAL == 0;
                    if poll || this.tier.count_backedge() {
                        sync!();
                        if poll {
                            this.tier.note_sample();
                            attempt!(crate::threads::poll(env, SAFEPOINT_INTERVAL as u64));
                        }
                        if let Some(code) = crate::tier::osr(env, this, target as u32) {
                            pc = target;
                            sync!();
                            run_compiled!(code, target as u32, crate::framed::result_slots(&this));
                        }
                    }
                }
                pc = target;
                continue;
            }};
        }

        loop {
            debug_assert!(pc < code.len());
            #[allow(unsafe_code)]
            // SAFETY: `prepare` checked every branch target and the analysis that control cannot
            // fall off the end of the code, so `pc` is always an instruction index.
            let insn = unsafe { code.get_unchecked(pc) };
            match *insn {
                Insn::Nop => {}
                Insn::AconstNull => push!(NULL as u64),
                Insn::Iconst(v) => push!(from_int(v)),
                Insn::Lconst(v) => push2!(v as u64),
                Insn::Fconst(v) => push!(from_float(v)),
                Insn::Dconst(v) => push2!(from_double(v)),
                Insn::Ldc(index) => {
                    sync!();
                    let value = attempt!(slow::ldc(env, class, index));
                    push!(value);
                }
                Insn::Ldc2(index) => {
                    sync!();
                    let value = attempt!(slow::ldc2(env, class, index));
                    push2!(value);
                }
                Insn::Load1(i) => push!(stack!(bp + i as usize)),
                Insn::Load2(i) => push2!(stack!(bp + i as usize)),
                Insn::Store1(i) => {
                    let v = pop!();
                    set!(bp + i as usize, v);
                }
                Insn::Store2(i) => {
                    let v = pop2!();
                    set!(bp + i as usize, v);
                    set!(bp + i as usize + 1, 0);
                }
                Insn::ArrayLoad(t) => {
                    let index = int(stack!(sp - 1));
                    let array = stack!(sp - 2) as Ref;
                    if array == NULL {
                        sync!();
                        throw!(null_pointer(env));
                    }
                    let length = array_length(env.vm, array);
                    if index < 0 || index >= length {
                        sync!();
                        throw!(array_index(env, index, length));
                    }
                    sp -= 2;
                    let value = read_value(env.vm, array, element_offset(t, index as usize), t);
                    if t.slots() == 2 {
                        push2!(value);
                    } else {
                        push!(value);
                    }
                }
                Insn::ArrayStore(t) => {
                    let slots = t.slots();
                    let value = stack!(sp - slots);
                    let index = int(stack!(sp - slots - 1));
                    let array = stack!(sp - slots - 2) as Ref;
                    if array == NULL {
                        sync!();
                        throw!(null_pointer(env));
                    }
                    let length = array_length(env.vm, array);
                    if index < 0 || index >= length {
                        sync!();
                        throw!(array_index(env, index, length));
                    }
                    if t == BasicType::Reference && value as Ref != NULL {
                        sync!();
                        attempt!(slow::check_array_store(env, array, value as Ref));
                    }
                    sp -= slots + 2;
                    write_value(env.vm, array, element_offset(t, index as usize), t, value);
                }
                Insn::Pop => sp -= 1,
                Insn::Pop2 => sp -= 2,
                Insn::Dup => {
                    let a = stack!(sp - 1);
                    push!(a);
                }
                Insn::DupX1 => {
                    let a = stack!(sp - 1);
                    let b = stack!(sp - 2);
                    set!(sp - 2, a);
                    set!(sp - 1, b);
                    push!(a);
                }
                Insn::DupX2 => {
                    let a = stack!(sp - 1);
                    let b = stack!(sp - 2);
                    let c = stack!(sp - 3);
                    set!(sp - 3, a);
                    set!(sp - 2, c);
                    set!(sp - 1, b);
                    push!(a);
                }
                Insn::Dup2 => {
                    let a = stack!(sp - 1);
                    let b = stack!(sp - 2);
                    push!(b);
                    push!(a);
                }
                Insn::Dup2X1 => {
                    let a = stack!(sp - 1);
                    let b = stack!(sp - 2);
                    let c = stack!(sp - 3);
                    set!(sp - 3, b);
                    set!(sp - 2, a);
                    set!(sp - 1, c);
                    push!(b);
                    push!(a);
                }
                Insn::Dup2X2 => {
                    let a = stack!(sp - 1);
                    let b = stack!(sp - 2);
                    let c = stack!(sp - 3);
                    let d = stack!(sp - 4);
                    set!(sp - 4, b);
                    set!(sp - 3, a);
                    set!(sp - 2, d);
                    set!(sp - 1, c);
                    push!(b);
                    push!(a);
                }
                Insn::Swap => {
                    let a = stack!(sp - 1);
                    set!(sp - 1, stack!(sp - 2));
                    set!(sp - 2, a);
                }
                Insn::Iadd => int_binary!(i32::wrapping_add),
                Insn::Isub => int_binary!(i32::wrapping_sub),
                Insn::Imul => int_binary!(i32::wrapping_mul),
                Insn::Idiv | Insn::Irem => {
                    let b = int(stack!(sp - 1));
                    if b == 0 {
                        sync!();
                        throw!(divide_by_zero(env));
                    }
                    if *insn == Insn::Idiv {
                        int_binary!(i32::wrapping_div)
                    } else {
                        int_binary!(i32::wrapping_rem)
                    }
                }
                Insn::Ineg => {
                    let a = int(pop!());
                    push!(from_int(a.wrapping_neg()));
                }
                Insn::Ishl => int_binary!(|a: i32, b: i32| a.wrapping_shl(b as u32 & 31)),
                Insn::Ishr => int_binary!(|a: i32, b: i32| a.wrapping_shr(b as u32 & 31)),
                Insn::Iushr => int_binary!(|a: i32, b: i32| ((a as u32) >> (b as u32 & 31)) as i32),
                Insn::Iand => int_binary!(|a, b| a & b),
                Insn::Ior => int_binary!(|a, b| a | b),
                Insn::Ixor => int_binary!(|a, b| a ^ b),
                Insn::Ladd => long_binary!(i64::wrapping_add),
                Insn::Lsub => long_binary!(i64::wrapping_sub),
                Insn::Lmul => long_binary!(i64::wrapping_mul),
                Insn::Ldiv | Insn::Lrem => {
                    let b = stack!(sp - 2) as i64;
                    if b == 0 {
                        sync!();
                        throw!(divide_by_zero(env));
                    }
                    if *insn == Insn::Ldiv {
                        long_binary!(i64::wrapping_div)
                    } else {
                        long_binary!(i64::wrapping_rem)
                    }
                }
                Insn::Lneg => {
                    let a = pop2!() as i64;
                    push2!(a.wrapping_neg() as u64);
                }
                Insn::Lshl | Insn::Lshr | Insn::Lushr => {
                    let shift = (int(pop!()) & 63) as u32;
                    let a = pop2!() as i64;
                    let result = match *insn {
                        Insn::Lshl => a.wrapping_shl(shift),
                        Insn::Lshr => a.wrapping_shr(shift),
                        _ => ((a as u64) >> shift) as i64,
                    };
                    push2!(result as u64);
                }
                Insn::Land => long_binary!(|a, b| a & b),
                Insn::Lor => long_binary!(|a, b| a | b),
                Insn::Lxor => long_binary!(|a, b| a ^ b),
                Insn::Fadd => float_binary!(|a, b| a + b),
                Insn::Fsub => float_binary!(|a, b| a - b),
                Insn::Fmul => float_binary!(|a, b| a * b),
                Insn::Fdiv => float_binary!(|a, b| a / b),
                Insn::Frem => float_binary!(|a: f32, b: f32| a % b),
                Insn::Fneg => {
                    let a = float(pop!());
                    push!(from_float(-a));
                }
                Insn::Dadd => double_binary!(|a, b| a + b),
                Insn::Dsub => double_binary!(|a, b| a - b),
                Insn::Dmul => double_binary!(|a, b| a * b),
                Insn::Ddiv => double_binary!(|a, b| a / b),
                Insn::Drem => double_binary!(|a: f64, b: f64| a % b),
                Insn::Dneg => {
                    let a = double(pop2!());
                    push2!(from_double(-a));
                }
                Insn::Iinc(i, delta) => {
                    let slot = bp + i as usize;
                    let v = int(stack!(slot)).wrapping_add(delta as i32);
                    set!(slot, from_int(v));
                }
                Insn::I2l => {
                    let a = int(pop!());
                    push2!(a as i64 as u64);
                }
                Insn::I2f => {
                    let a = int(pop!());
                    push!(from_float(a as f32));
                }
                Insn::I2d => {
                    let a = int(pop!());
                    push2!(from_double(a as f64));
                }
                Insn::L2i => {
                    let a = pop2!() as i64;
                    push!(from_int(a as i32));
                }
                Insn::L2f => {
                    let a = pop2!() as i64;
                    push!(from_float(a as f32));
                }
                Insn::L2d => {
                    let a = pop2!() as i64;
                    push2!(from_double(a as f64));
                }
                Insn::F2i => {
                    let a = float(pop!());
                    push!(from_int(a as i32));
                }
                Insn::F2l => {
                    let a = float(pop!());
                    push2!(a as i64 as u64);
                }
                Insn::F2d => {
                    let a = float(pop!());
                    push2!(from_double(a as f64));
                }
                Insn::D2i => {
                    let a = double(pop2!());
                    push!(from_int(a as i32));
                }
                Insn::D2l => {
                    let a = double(pop2!());
                    push2!(a as i64 as u64);
                }
                Insn::D2f => {
                    let a = double(pop2!());
                    push!(from_float(a as f32));
                }
                Insn::I2b => {
                    let a = int(pop!());
                    push!(from_int(a as i8 as i32));
                }
                Insn::I2c => {
                    let a = int(pop!());
                    push!(from_int(a as u16 as i32));
                }
                Insn::I2s => {
                    let a = int(pop!());
                    push!(from_int(a as i16 as i32));
                }
                Insn::Lcmp => {
                    let b = pop2!() as i64;
                    let a = pop2!() as i64;
                    push!(from_int(a.cmp(&b) as i32));
                }
                Insn::Fcmpl | Insn::Fcmpg => {
                    let b = float(pop!()) as f64;
                    let a = float(pop!()) as f64;
                    push!(from_int(fcmp(
                        a,
                        b,
                        if *insn == Insn::Fcmpl { -1 } else { 1 }
                    )));
                }
                Insn::Dcmpl | Insn::Dcmpg => {
                    let b = double(pop2!());
                    let a = double(pop2!());
                    push!(from_int(fcmp(
                        a,
                        b,
                        if *insn == Insn::Dcmpl { -1 } else { 1 }
                    )));
                }
                Insn::If(cond, target) => {
                    let a = int(pop!());
                    if cond.test(a.cmp(&0)) {
                        jump!(target);
                    }
                }
                Insn::IfIcmp(cond, target) => {
                    let b = int(pop!());
                    let a = int(pop!());
                    if cond.test(a.cmp(&b)) {
                        jump!(target);
                    }
                }
                Insn::IfAcmpEq(target) => {
                    let b = pop!() as Ref;
                    let a = pop!() as Ref;
                    if a == b {
                        jump!(target);
                    }
                }
                Insn::IfAcmpNe(target) => {
                    let b = pop!() as Ref;
                    let a = pop!() as Ref;
                    if a != b {
                        jump!(target);
                    }
                }
                Insn::IfNull(target) => {
                    if pop!() as Ref == NULL {
                        jump!(target);
                    }
                }
                Insn::IfNonNull(target) => {
                    if pop!() as Ref != NULL {
                        jump!(target);
                    }
                }
                Insn::Goto(target) => jump!(target),
                Insn::Jsr(target) => {
                    push!((pc + 1) as u64);
                    jump!(target);
                }
                Insn::Ret(i) => jump!(stack!(bp + i as usize) as usize),
                Insn::TableSwitch(index) | Insn::LookupSwitch(index) => {
                    let key = int(pop!());
                    let target = match &prepared.switches[index as usize] {
                        Switch::Table {
                            low,
                            default,
                            targets,
                        } => {
                            let offset = key as i64 - *low as i64;
                            if offset >= 0 && (offset as usize) < targets.len() {
                                targets[offset as usize]
                            } else {
                                *default
                            }
                        }
                        Switch::Lookup { default, pairs } => {
                            match pairs.binary_search_by_key(&key, |&(k, _)| k) {
                                Ok(i) => pairs[i].1,
                                Err(_) => *default,
                            }
                        }
                    };
                    jump!(target);
                }
                Insn::Return1 | Insn::Return2 | Insn::ReturnVoid => {
                    let slots = match *insn {
                        Insn::Return1 => 1,
                        Insn::Return2 => 2,
                        _ => 0,
                    };
                    let value = if slots > 0 { stack!(sp - slots) } else { 0 };
                    sync!();
                    finish_return!(value, slots);
                }
                Insn::GetStatic(index) => {
                    sync!();
                    let field = attempt!(slow::static_field(env, class, index));
                    let value = env.vm.class(field.class).static_value(field.offset);
                    if field.basic_type.slots() == 2 {
                        push2!(value);
                    } else {
                        push!(value);
                    }
                }
                Insn::PutStatic(index) => {
                    sync!();
                    let field = attempt!(slow::static_field(env, class, index));
                    let value = if field.basic_type.slots() == 2 {
                        pop2!()
                    } else {
                        pop!()
                    };
                    let value = narrow(field.basic_type, value);
                    env.vm
                        .class(field.class)
                        .set_static_value(field.offset, value);
                }
                Insn::GetField(index) => {
                    sync!();
                    let field = attempt!(resolve::field_ref(env, class, index, false));
                    let object = stack!(sp - 1) as Ref;
                    if object == NULL {
                        throw!(null_pointer(env));
                    }
                    sp -= 1;
                    let value = read_value(env.vm, object, field.offset as usize, field.basic_type);
                    if field.basic_type.slots() == 2 {
                        push2!(value);
                    } else {
                        push!(value);
                    }
                }
                Insn::PutField(index) => {
                    sync!();
                    let field = attempt!(resolve::field_ref(env, class, index, false));
                    let slots = field.basic_type.slots();
                    let object = stack!(sp - slots - 1) as Ref;
                    if object == NULL {
                        throw!(null_pointer(env));
                    }
                    let value = stack!(sp - slots);
                    sp -= slots + 1;
                    write_value(
                        env.vm,
                        object,
                        field.offset as usize,
                        field.basic_type,
                        value,
                    );
                }
                Insn::InvokeVirtual(index)
                | Insn::InvokeSpecial(index)
                | Insn::InvokeStatic(index)
                | Insn::InvokeInterface(index)
                | Insn::InvokeDynamic(index) => {
                    sync!();
                    safepoint!();
                    let target = attempt!(slow::select_target(env, class, *insn, index, sp));
                    let args_base = sp - target.arg_slots as usize;
                    env.thread.frames[fi].sp = args_base as u32;
                    let compiled = crate::tier::enter(env, target, args_base);
                    if compiled.is_some() || target.is_native() {
                        let result = attempt!(match compiled {
                            Some(result) => result,
                            None => call::invoke_native(env, target, args_base),
                        });
                        sp = args_base;
                        match target.return_type.map(BasicType::slots) {
                            Some(2) => push2!(result),
                            Some(_) => push!(result),
                            None => {}
                        }
                        pc += 1;
                        continue;
                    }
                    let framed = crate::tier::framed(&target);
                    let slots = crate::framed::result_slots(&target);
                    attempt!(call::push_frame(env, target, args_base));
                    if let Some(code) = framed {
                        run_compiled!(code, 0, slots);
                    }
                    continue 'frames;
                }
                Insn::New(index) => {
                    sync!();
                    let object = attempt!(slow::new_object(env, class, index));
                    push!(object as u64);
                }
                Insn::NewArray(t) => {
                    sync!();
                    let length = int(stack!(sp - 1));
                    let array = attempt!(slow::new_primitive_array(env, t, length));
                    set!(sp - 1, array as u64);
                }
                Insn::ANewArray(index) => {
                    sync!();
                    let length = int(stack!(sp - 1));
                    let array = attempt!(slow::new_reference_array(env, class, index, length));
                    set!(sp - 1, array as u64);
                }
                Insn::MultiANewArray(index, dimensions) => {
                    sync!();
                    let array = attempt!(slow::new_multi_array(env, class, index, dimensions, sp));
                    sp -= dimensions as usize;
                    push!(array as u64);
                }
                Insn::ArrayLength => {
                    let array = stack!(sp - 1) as Ref;
                    if array == NULL {
                        sync!();
                        throw!(null_pointer(env));
                    }
                    set!(sp - 1, from_int(array_length(env.vm, array)));
                }
                Insn::Athrow => {
                    let exception = stack!(sp - 1) as Ref;
                    sync!();
                    if exception == NULL {
                        throw!(null_pointer(env));
                    }
                    throw!(env.throw(exception));
                }
                Insn::CheckCast(index) => {
                    let object = stack!(sp - 1) as Ref;
                    if object != NULL {
                        sync!();
                        attempt!(slow::check_cast(env, class, index, object));
                    }
                }
                Insn::InstanceOf(index) => {
                    let object = stack!(sp - 1) as Ref;
                    let result = if object == NULL {
                        false
                    } else {
                        sync!();
                        attempt!(slow::instance_of(env, class, index, object))
                    };
                    set!(sp - 1, result as u64);
                }
                Insn::MonitorEnter => {
                    sync!();
                    let object = stack!(sp - 1) as Ref;
                    attempt!(monitors::enter(env, object));
                    sp -= 1;
                }
                Insn::MonitorExit => {
                    sync!();
                    let object = stack!(sp - 1) as Ref;
                    attempt!(monitors::exit(env, object));
                    sp -= 1;
                }
            }
            pc += 1;
        }
    }
}

/// Values stored into static fields are narrowed like field stores.
#[inline]
pub(crate) fn narrow(t: BasicType, value: u64) -> u64 {
    match t {
        BasicType::Boolean => value & 1,
        BasicType::Byte => from_int(value as u8 as i8 as i32),
        BasicType::Char => value as u16 as u64,
        BasicType::Short => from_int(value as u16 as i16 as i32),
        _ => value,
    }
}

//! One instruction at a time, for compiled code: the instructions that compiled code leaves
//! to the runtime (calls, allocation, type checks, monitors, `athrow`, fields and constants it
//! could not resolve ahead) run here, on the frame it wrote back, exactly as the interpreter's
//! loop runs them: operands are read from the frame's stack slots and results written there.

use std::sync::Arc;

use cortado_gc::{Ref, NULL};

use crate::class::{BasicType, Class, Method};
use crate::exceptions::{array_index, null_pointer};
use crate::interp::prepare::{Insn, Prepared};
use crate::interp::{call, monitors, narrow, resolve, slow, SAFEPOINT_INTERVAL};
use crate::objects::{array_length, element_offset, read_value, write_value};
use crate::slow_paths::{self, SlowPath};
use crate::vm::{Env, JResult, Throw};

/// Runs instruction `pc` of the top frame, whose operand stack holds `height` slots.
/// `Some(height)` when the compiled code should leave the frame to the interpreter after the
/// instruction (it was recompiled), with the operand stack's new height.
pub(crate) fn execute(env: &mut Env, pc: u32, height: u32) -> JResult<Option<u32>> {
    let fi = env.thread.frames.len() - 1;
    let frame = &env.thread.frames[fi];
    let this = frame.method;
    let method: &Method = &this;
    let Some(Ok(prepared)) = method.prepared.get() else {
        return Err(Throw::Fatal(format!(
            "compiled frame of unprepared {method:?}"
        )));
    };
    let prepared: &Prepared = prepared;
    #[allow(unsafe_code)]
    // SAFETY: the class table owns every class until the VM is dropped and never removes one.
    let class: &Class = unsafe { &*Arc::as_ptr(&env.vm.classes[method.class as usize]) };
    let bp = frame.bp as usize;
    let base = bp + prepared.max_locals as usize;
    let mut sp = base + height as usize;
    {
        let frame = &mut env.thread.frames[fi];
        frame.pc = pc;
        frame.sp = sp as u32;
    }
    let Some(&insn) = prepared.insns.get(pc as usize) else {
        return Err(Throw::Fatal(format!(
            "compiled code ran instruction {pc} of {method:?}"
        )));
    };
    slow_paths::note(env.vm, SlowPath::Instruction, this, pc, None);
    macro_rules! push {
        ($v:expr, $slots:expr) => {{
            let v = $v;
            env.thread.stack[sp] = v;
            if $slots == 2 {
                env.thread.stack[sp + 1] = 0;
            }
            sp += $slots;
        }};
    }
    // Accesses compiled code would have done inline had they been resolved in time.
    let resolvable = matches!(
        insn,
        Insn::GetStatic(_)
            | Insn::PutStatic(_)
            | Insn::GetField(_)
            | Insn::PutField(_)
            | Insn::InvokeStatic(_)
            | Insn::InvokeVirtual(_)
            | Insn::InvokeInterface(_)
            | Insn::InvokeDynamic(_)
            | Insn::New(_)
    );
    match insn {
        Insn::Ldc(index) => {
            let v = slow::ldc(env, class, index)?;
            push!(v, 1);
        }
        Insn::Ldc2(index) => {
            let v = slow::ldc2(env, class, index)?;
            push!(v, 2);
        }
        Insn::GetStatic(index) => {
            let field = slow::static_field(env, class, index)?;
            let value = env.vm.class(field.class).static_value(field.offset);
            push!(value, field.basic_type.slots());
        }
        Insn::PutStatic(index) => {
            let field = slow::static_field(env, class, index)?;
            sp -= field.basic_type.slots();
            let value = narrow(field.basic_type, env.thread.stack[sp]);
            env.vm
                .class(field.class)
                .set_static_value(field.offset, value);
        }
        Insn::GetField(index) => {
            let field = resolve::field_ref(env, class, index, false)?;
            let object = env.thread.stack[sp - 1] as Ref;
            if object == NULL {
                return Err(null_pointer(env));
            }
            sp -= 1;
            let value = read_value(env.vm, object, field.offset as usize, field.basic_type);
            push!(value, field.basic_type.slots());
        }
        Insn::PutField(index) => {
            let field = resolve::field_ref(env, class, index, false)?;
            let slots = field.basic_type.slots();
            let object = env.thread.stack[sp - slots - 1] as Ref;
            if object == NULL {
                return Err(null_pointer(env));
            }
            let value = env.thread.stack[sp - slots];
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
            // A call is a step, as in the interpreter.
            env.thread.ticks = env.thread.ticks.wrapping_add(1);
            if env.thread.ticks.is_multiple_of(SAFEPOINT_INTERVAL) {
                crate::threads::poll(env, SAFEPOINT_INTERVAL as u64)?;
            }
            let target = slow::select_target(env, class, insn, index, sp)?;
            let args_base = sp - target.arg_slots as usize;
            env.thread.frames[fi].sp = args_base as u32;
            let slots = target.return_type.map_or(0, BasicType::slots);
            let result = call::invoke(env, target, args_base)?;
            sp = args_base;
            if slots > 0 {
                push!(result, slots);
            }
        }
        Insn::New(index) => {
            let object = slow::new_object(env, class, index)?;
            push!(object as u64, 1);
        }
        Insn::NewArray(t) => {
            let length = env.thread.stack[sp - 1] as u32 as i32;
            let array = slow::new_primitive_array(env, t, length)?;
            env.thread.stack[sp - 1] = array as u64;
        }
        Insn::ANewArray(index) => {
            let length = env.thread.stack[sp - 1] as u32 as i32;
            let array = slow::new_reference_array(env, class, index, length)?;
            env.thread.stack[sp - 1] = array as u64;
        }
        Insn::MultiANewArray(index, dimensions) => {
            let array = slow::new_multi_array(env, class, index, dimensions, sp)?;
            sp -= dimensions as usize;
            push!(array as u64, 1);
        }
        Insn::CheckCast(index) => {
            let object = env.thread.stack[sp - 1] as Ref;
            if object != NULL {
                slow::check_cast(env, class, index, object)?;
            }
        }
        Insn::InstanceOf(index) => {
            let object = env.thread.stack[sp - 1] as Ref;
            let result = object != NULL && slow::instance_of(env, class, index, object)?;
            env.thread.stack[sp - 1] = result as u64;
        }
        Insn::MonitorEnter => {
            let object = env.thread.stack[sp - 1] as Ref;
            monitors::enter(env, object)?;
            sp -= 1;
        }
        Insn::MonitorExit => {
            let object = env.thread.stack[sp - 1] as Ref;
            monitors::exit(env, object)?;
            sp -= 1;
        }
        Insn::Athrow => {
            let exception = env.thread.stack[sp - 1] as Ref;
            if exception == NULL {
                return Err(null_pointer(env));
            }
            return Err(env.throw(exception));
        }
        Insn::ArrayStore(BasicType::Reference) => {
            let value = env.thread.stack[sp - 1] as Ref;
            let index = env.thread.stack[sp - 2] as u32 as i32;
            let array = env.thread.stack[sp - 3] as Ref;
            if array == NULL {
                return Err(null_pointer(env));
            }
            let length = array_length(env.vm, array);
            if index < 0 || index >= length {
                return Err(array_index(env, index, length));
            }
            if value != NULL {
                slow::check_array_store(env, array, value)?;
            }
            write_value(
                env.vm,
                array,
                element_offset(BasicType::Reference, index as usize),
                BasicType::Reference,
                value as u64,
            );
            sp -= 3;
        }
        other => {
            return Err(Throw::Fatal(format!(
                "compiled code asked the runtime to run {other:?}"
            )))
        }
    }
    if resolvable && crate::tier::note_slow_path(env, this) {
        return Ok(Some((sp - base) as u32));
    }
    Ok(None)
}

//! Framed compilation on hand-assembled methods: the code runs on a frame of interpreter
//! slots, as the runtime gives it, and must leave the frame exactly as the interpreter would
//! expect when it ends (returned, or handed back at an instruction).

use cortado_classfile::{Constant, ConstantPool, MethodDescriptor};
use cortado_jit::{
    ArrayLayout, FieldAccess, FrameContext, FrameEnvironment, FramedCode, FramedMethod, Helpers,
    Jit, ThreadContext, FRAME_DEOPT, FRAME_RETURNED,
};

/// What framed code returns (two registers).
#[repr(C)]
struct Returned {
    value: u64,
    state: u64,
}

extern "C" fn no_execute(_: *mut FrameContext, _: u32, _: u32) -> u32 {
    panic!("these methods need no runtime instruction")
}
extern "C" fn poll(_: *mut FrameContext, _: u32, _: u32) -> u32 {
    0
}
extern "C" fn no_store(_: *mut FrameContext, _: u32, _: u32, _: u32) {
    panic!("these methods touch no object")
}
extern "C" fn frem(a: f32, b: f32) -> f32 {
    a % b
}
extern "C" fn drem(a: f64, b: f64) -> f64 {
    a % b
}

struct NoRuntime;

impl FrameEnvironment for NoRuntime {
    fn helpers(&self) -> Helpers {
        Helpers {
            execute: no_execute as *const () as usize,
            invoke: no_execute as *const () as usize,
            allocate: no_execute as *const () as usize,
            poll: poll as *const () as usize,
            poll_preserving: 0,
            store_reference: no_store as *const () as usize,
            frem: frem as *const () as usize,
            drem: drem as *const () as usize,
            direct_slow: no_execute as *const () as usize,
            arraycopy: no_execute as *const () as usize,
            resume_inlined: no_execute as *const () as usize,
            copy_memory: no_store as *const () as usize,
            monitor: no_execute as *const () as usize,
        }
    }
    fn array_layout(&self) -> ArrayLayout {
        ArrayLayout {
            length_offset: 12,
            data_offset: 16,
        }
    }
    fn field(&mut self, _: u16, _: bool) -> Option<FieldAccess> {
        None
    }
}

fn compile(code: &[u8], max_locals: u16, descriptor: &str) -> FramedCode {
    let pool = ConstantPool::from_entries(vec![Constant::Unusable]);
    let descriptor = MethodDescriptor::parse(descriptor).unwrap();
    let mut jit = Jit::with_ir_verifier(true).unwrap();
    let compiled = jit
        .compile_framed(
            &FramedMethod {
                name: "test",
                code,
                constant_pool: &pool,
                max_locals,
                is_static: true,
                descriptor: &descriptor,
                handlers: &[],
            },
            &mut NoRuntime,
        )
        .unwrap();
    // The code lives as long as its module: keep the compiler for the whole test.
    std::mem::forget(jit);
    compiled
}

/// Runs `code` on `slots` (locals, then the operand stack), entering at `entry_pc`.
fn run(
    code: &FramedCode,
    slots: &mut [u64],
    height: u32,
    entry_pc: u32,
) -> (FrameContext, u64, u32) {
    let mut ticks = 0u32;
    let mut thread = ThreadContext {
        heap_base: 0,
        heap_epoch: 0,
        allocation_buffer: std::ptr::null_mut(),
        ticks: &mut ticks,
        stack_limit: 0,
        runtime: 0,
        frames: std::ptr::null_mut(),
        free_polls: 0,
    };
    let mut context = FrameContext {
        status: FRAME_RETURNED,
        pc: entry_pc,
        height,
        // As the runtime's own contexts: a record (index 0), no parent.
        record: 1,
        locals: slots.as_mut_ptr(),
        thread: &mut thread,
        method: 0,
        parent: std::ptr::null_mut(),
        call_pc: 0,
    };
    // SAFETY: `entry` has this signature (cortado_jit::FramedCode::entry); the context and
    // the slots outlive the call, and the slots cover max_locals plus max_stack.
    #[allow(unsafe_code)]
    let entry: extern "C" fn(*mut FrameContext, u32, u32, *mut u64, u64, u64) -> Returned =
        unsafe { std::mem::transmute(code.entry) };
    let (slot0, slot1) = (slots[0], slots.get(1).copied().unwrap_or(0));
    let returned = entry(
        &mut context,
        entry_pc,
        ticks,
        slots.as_mut_ptr(),
        slot0,
        slot1,
    );
    // (The thread context ends here.)
    context.thread = std::ptr::null_mut();
    // The step counter comes back in the low half of the second result.
    ticks = returned.state as u32;
    (context, returned.value, ticks)
}

/// `static int sum(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }`
const SUM: &[u8] = &[
    0x03, 0x3c, // iconst_0, istore_1
    0x03, 0x3d, // iconst_0, istore_2
    0x1c, 0x1a, // 4: iload_2, iload_0
    0xa2, 0x00, 0x0d, // if_icmpge +13 (19)
    0x1b, 0x1c, 0x60, 0x3c, // iload_1, iload_2, iadd, istore_1
    0x84, 0x02, 0x01, // iinc 2 1
    0xa7, 0xff, 0xf4, // goto -12 (4)
    0x1b, 0xac, // 19: iload_1, ireturn
];

#[test]
fn loops_count_steps_and_return() {
    let code = compile(SUM, 3, "(I)I");
    let mut slots = [10, 0, 0, 0, 0];
    let (context, value, ticks) = run(&code, &mut slots, 0, 0);
    assert_eq!(context.status, FRAME_RETURNED);
    assert_eq!(value, 45);
    // One step per taken backward branch, as the interpreter counts.
    assert_eq!(ticks, 10);
}

#[test]
fn on_stack_replacement_continues_from_the_frame() {
    let code = compile(SUM, 3, "(I)I");
    // The loop header (bytecode 4) is instruction 4.
    assert_eq!(code.osr_entries, vec![4]);
    // n = 10, s = 3, i = 5: the interpreter ran part of the loop.
    let mut slots = [10, 3, 5, 0, 0];
    let (context, value, _) = run(&code, &mut slots, 0, 4);
    assert_eq!(context.status, FRAME_RETURNED);
    assert_eq!(value, 3 + 5 + 6 + 7 + 8 + 9);
}

/// `static int divide(int a, int b) { return a / b; }` and `static long shift(long a, int b)`.
#[test]
fn division_by_zero_hands_the_frame_back() {
    let code = compile(&[0x1a, 0x1b, 0x6c, 0xac], 2, "(II)I");
    let mut slots = [7, (-2i32) as u32 as u64, 0, 0];
    let (context, value, _) = run(&code, &mut slots, 0, 0);
    assert_eq!(
        (context.status, value),
        (FRAME_RETURNED, (-3i32) as u32 as u64)
    );

    let mut slots = [7, 0, 99, 99];
    let (context, _, _) = run(&code, &mut slots, 0, 0);
    assert_eq!(context.status, FRAME_DEOPT);
    // At the idiv (instruction 2), with both operands written back on the stack.
    assert_eq!((context.pc, context.height), (2, 2));
    assert_eq!(slots, [7, 0, 7, 0]);

    let mut slots = [i32::MIN as u32 as u64, (-1i32) as u32 as u64, 0, 0];
    let (context, value, _) = run(&code, &mut slots, 0, 0);
    assert_eq!(
        (context.status, value),
        (FRAME_RETURNED, i32::MIN as u32 as u64)
    );
}

/// `static int toInt(double d) { return (int) d; }` and the `dcmpg` family on NaN.
#[test]
fn floating_point_follows_java() {
    let to_int = compile(&[0x26, 0x8e, 0xac], 2, "(D)I");
    for (d, expected) in [
        (f64::NAN, 0),
        (1e300, i32::MAX),
        (-1e300, i32::MIN),
        (-2.9, -2),
        (2.9, 2),
    ] {
        let mut slots = [d.to_bits(), 0, 0, 0];
        let (_, value, _) = run(&to_int, &mut slots, 0, 0);
        assert_eq!(value, expected as u32 as u64, "(int) {d}");
    }
    // dload_0, dload_2, dcmpg / dcmpl, ireturn
    let cmpg = compile(&[0x26, 0x28, 0x98, 0xac], 4, "(DD)I");
    let cmpl = compile(&[0x26, 0x28, 0x97, 0xac], 4, "(DD)I");
    for (a, b, g, l) in [
        (f64::NAN, 1.0f64, 1i32, -1i32),
        (1.0, 2.0, -1, -1),
        (2.0, 1.0, 1, 1),
        (0.0, -0.0, 0, 0),
    ] {
        let mut slots = [a.to_bits(), 0, b.to_bits(), 0, 0, 0, 0, 0];
        assert_eq!(run(&cmpg, &mut slots, 0, 0).1, g as u32 as u64);
        assert_eq!(run(&cmpl, &mut slots, 0, 0).1, l as u32 as u64);
    }
}

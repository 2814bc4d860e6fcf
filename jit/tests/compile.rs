//! Compiles hand-assembled methods and runs the machine code against Java's semantics.

use std::sync::atomic::{AtomicU32, Ordering};

use cortado_jit::{CallContext, Environment, Jit, Kind, MethodInput, Target};

/// Constant 1 is the method itself (for `invokestatic #1`); constant 2 is `ldc2_w` 10^12.
struct Recursive;

impl Environment for Recursive {
    fn constant(&mut self, index: u16) -> Option<(Kind, i64)> {
        (index == 2).then_some((Kind::Long, 1_000_000_000_000))
    }
    fn static_target(&mut self, index: u16) -> Result<Target, String> {
        match index {
            1 => Ok(Target::This),
            _ => Err(format!("no method #{index}")),
        }
    }
}

type Entry = extern "C" fn(*const u64, usize, *mut CallContext) -> u64;

/// Polls seen by [`poll`]; it asks to stop after `STOP_AFTER` of them.
static POLLS: AtomicU32 = AtomicU32::new(0);
const STOP_AFTER: u32 = 3;
const BUDGET: i32 = 100;

extern "C" fn poll(context: *mut CallContext) -> u32 {
    // SAFETY: compiled code passes the context it was given, which the caller keeps alive.
    #[allow(unsafe_code)]
    let context = unsafe { &mut *context };
    context.budget = BUDGET;
    (POLLS.fetch_add(1, Ordering::SeqCst) + 1 >= STOP_AFTER) as u32
}

/// Compiles `code` and returns a function calling its entry with interpreter slots and a
/// native stack limit, giving the result or `None` when the code bailed.
fn compile(
    jit: &mut Jit,
    code: &[u8],
    max_locals: u16,
    parameters: Vec<Kind>,
    result: Kind,
) -> impl Fn(&[u64], usize) -> Option<u64> {
    let compiled = jit
        .compile(
            &MethodInput {
                name: "test",
                code,
                max_locals,
                parameters,
                result,
            },
            &mut Recursive,
        )
        .expect("compiles");
    assert!(compiled.code_size > 0);
    // SAFETY: `entry` is the address of a function with exactly this signature, finalized
    // by the JIT module that `jit` owns and outlives every call in the test.
    #[allow(unsafe_code)]
    let entry: Entry = unsafe { std::mem::transmute::<usize, Entry>(compiled.entry) };
    move |slots, limit| {
        let mut context = CallContext {
            status: 0,
            budget: i32::MAX,
            poll,
            // (The entry stores the limit it is given.)
            stack_limit: 0,
        };
        let value = entry(slots.as_ptr(), limit, &mut context);
        (context.status == 0).then_some(value)
    }
}

const FIB: &[u8] = &[
    0x1a, // iload_0
    0x05, // iconst_2
    0xa2, 0x00, 0x05, // if_icmpge +5
    0x1a, // iload_0
    0xac, // ireturn
    0x1a, // iload_0
    0x04, // iconst_1
    0x64, // isub
    0xb8, 0x00, 0x01, // invokestatic #1
    0x1a, // iload_0
    0x05, // iconst_2
    0x64, // isub
    0xb8, 0x00, 0x01, // invokestatic #1
    0x60, // iadd
    0xac, // ireturn
];

#[test]
fn recursive_fib_matches_java() {
    let mut jit = Jit::with_ir_verifier(true).unwrap();
    let fib = compile(&mut jit, FIB, 1, vec![Kind::Int], Kind::Int);
    let expected = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55];
    for (n, &want) in expected.iter().enumerate() {
        assert_eq!(fib(&[n as u64], 0), Some(want), "fib({n})");
    }
    assert_eq!(fib(&[25], 0), Some(75025));
    // A negative int arrives sign-extended in its slot's low half only.
    assert_eq!(
        fib(&[(-3i32) as u32 as u64], 0),
        Some((-3i32) as u32 as u64)
    );
}

#[test]
fn native_stack_limit_makes_the_call_bail() {
    let mut jit = Jit::with_ir_verifier(true).unwrap();
    let fib = compile(&mut jit, FIB, 1, vec![Kind::Int], Kind::Int);
    // Every stack address is below usize::MAX: the very first check bails.
    assert_eq!(fib(&[20], usize::MAX), None);
}

/// `static long f(long a, int b) { return a / b + a % b; }`
const DIVIDE: &[u8] = &[
    0x1e, // lload_0
    0x1c, // iload_2
    0x85, // i2l
    0x6d, // ldiv
    0x1e, // lload_0
    0x1c, // iload_2
    0x85, // i2l
    0x71, // lrem
    0x61, // ladd
    0xad, // lreturn
];

#[test]
fn division_follows_java_and_bails_on_zero() {
    let mut jit = Jit::with_ir_verifier(true).unwrap();
    let f = compile(&mut jit, DIVIDE, 3, vec![Kind::Long, Kind::Int], Kind::Long);
    let call = |a: i64, b: i32| f(&[a as u64, 0, b as u32 as u64], 0).map(|v| v as i64);
    assert_eq!(call(17, 5), Some(17 / 5 + 17 % 5));
    assert_eq!(call(-17, 5), Some(-17 / 5 + -17 % 5));
    assert_eq!(call(i64::MIN, -1), Some(i64::MIN));
    assert_eq!(
        call(1, 0),
        None,
        "division by zero is left to the interpreter"
    );
}

#[test]
fn loops_switches_and_long_constants() {
    let code = loop_code();
    let mut jit = Jit::with_ir_verifier(true).unwrap();
    let g = compile(&mut jit, &code, 4, vec![Kind::Int], Kind::Long);
    for n in [0, 1, 2, 3, 10, 1000] {
        let mut s: i64 = 0;
        for i in 0..n {
            match i % 3 {
                0 => s += i as i64,
                1 => s -= 1_000_000_000_000,
                _ => s ^= i as i64,
            }
        }
        assert_eq!(g(&[n as u64], 0).map(|v| v as i64), Some(s), "g({n})");
    }
}

/// `static long g(int n) { long s = 0; for (int i = 0; i < n; i++) { switch (i % 3) {
/// case 0: s += i; break; case 1: s -= 1000000000000L; break; default: s ^= i; } } return s; }`
/// assembled with computed branch offsets.
fn loop_code() -> Vec<u8> {
    let mut c: Vec<u8> = vec![0x09, 0x40, 0x03, 0x36, 0x03]; // s = 0; i = 0
    let head = c.len(); // 5
    c.extend([0x15, 0x03, 0x1a, 0xa2, 0, 0]); // if (i >= n) goto exit
    let exit_branch = c.len() - 3;
    c.extend([0x15, 0x03, 0x06, 0x70]); // i % 3
    let switch = c.len();
    c.push(0xaa);
    while !c.len().is_multiple_of(4) {
        c.push(0);
    }
    let table = c.len();
    c.extend([0u8; 20]); // default, low, high, two targets
    let case0 = c.len();
    c.extend([0x1f, 0x15, 0x03, 0x85, 0x61, 0x40]); // s += i
    let goto0 = c.len();
    c.extend([0xa7, 0, 0]);
    let case1 = c.len();
    c.extend([0x1f, 0x14, 0x00, 0x02, 0x65, 0x40]); // s -= 10^12
    let goto1 = c.len();
    c.extend([0xa7, 0, 0]);
    let default = c.len();
    c.extend([0x1f, 0x15, 0x03, 0x85, 0x83, 0x40]); // s ^= i
    let next = c.len();
    c.extend([0x84, 0x03, 0x01]); // i++
    let back = c.len();
    c.extend([0xa7, 0, 0]);
    let exit = c.len();
    c.extend([0x1f, 0xad]); // return s
    let put16 = |c: &mut Vec<u8>, at: usize, from: usize, to: usize| {
        let offset = (to as i64 - from as i64) as i16;
        c[at..at + 2].copy_from_slice(&offset.to_be_bytes());
    };
    let put32 = |c: &mut Vec<u8>, at: usize, value: i32| {
        c[at..at + 4].copy_from_slice(&value.to_be_bytes());
    };
    put16(&mut c, exit_branch + 1, exit_branch, exit);
    put16(&mut c, goto0 + 1, goto0, next);
    put16(&mut c, goto1 + 1, goto1, next);
    put16(&mut c, back + 1, back, head);
    put32(&mut c, table, (default - switch) as i32);
    put32(&mut c, table + 4, 0);
    put32(&mut c, table + 8, 1);
    put32(&mut c, table + 12, (case0 - switch) as i32);
    put32(&mut c, table + 16, (case1 - switch) as i32);
    c
}

/// `static int spin() { while (true) {} }`
const SPIN: &[u8] = &[0xa7, 0x00, 0x00]; // goto +0

#[test]
fn endless_loops_poll_and_stop_when_asked() {
    let mut jit = Jit::with_ir_verifier(true).unwrap();
    let compiled = jit
        .compile(
            &MethodInput {
                name: "spin",
                code: SPIN,
                max_locals: 0,
                parameters: vec![],
                result: Kind::Int,
            },
            &mut Recursive,
        )
        .expect("compiles");
    // SAFETY: as in `compile`.
    #[allow(unsafe_code)]
    let entry: Entry = unsafe { std::mem::transmute::<usize, Entry>(compiled.entry) };
    let mut context = CallContext {
        status: 0,
        budget: BUDGET,
        poll,
        // (The entry stores the limit it is given.)
        stack_limit: 0,
    };
    POLLS.store(0, Ordering::SeqCst);
    entry([].as_ptr(), 0, &mut context);
    assert_eq!(POLLS.load(Ordering::SeqCst), STOP_AFTER);
    assert_ne!(context.status, 0, "a stopped call bails");
}

#[test]
fn bad_code_is_refused_not_a_panic() {
    let mut jit = Jit::with_ir_verifier(true).unwrap();
    // Unreachable code with a branch into the middle of an instruction, then a reachable one.
    let cases: [&[u8]; 3] = [
        &[0x03, 0xac, 0xa7, 0x00, 0x01], // iconst_0; ireturn; goto into itself+1
        &[0x03, 0x99, 0x00, 0x02, 0x03, 0xac], // iconst_0; ifeq into the middle of ifeq
        &[0x60, 0xac],                   // iadd on an empty stack
    ];
    for (n, code) in cases.iter().enumerate() {
        let result = jit.compile(
            &MethodInput {
                name: "bad",
                code,
                max_locals: 0,
                parameters: vec![],
                result: Kind::Int,
            },
            &mut Recursive,
        );
        if n == 0 {
            assert!(
                result.is_ok(),
                "unreachable junk is skipped: {:?}",
                result.err()
            );
        } else {
            assert!(result.is_err(), "case {n} compiled");
        }
    }
}

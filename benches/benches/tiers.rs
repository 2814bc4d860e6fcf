//! Criterion benchmarks of the execution tiers: interpreter dispatch, the cost of calls in
//! each tier (and between them), and compile time per method. Run with
//! `cargo bench -p cortado-benches --bench tiers` (needs javac for the guest code).

use std::path::{Path, PathBuf};

use cortado_classfile::{Constant, ConstantPool, MethodDescriptor};
use cortado_jit::{
    ArrayLayout, FieldAccess, FrameContext, FrameEnvironment, FramedMethod, Helpers, Jit,
};
use cortado_runtime::{Compilation, Value, Vm, VmOptions};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const GUEST: &str = r#"
public class Kernels {
    static int add(int a, int b) { return a + b; }
    int field;
    int bump(int k) { field += k; return field; }

    /** Integer arithmetic and a backward branch per iteration. */
    static int loop(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += i ^ (s >> 3);
        return s;
    }

    /** A static call per iteration. */
    static int staticCalls(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s = add(s, i);
        return s;
    }

    /** A virtual call and a field update per iteration. */
    static int virtualCalls(int n) {
        Kernels k = new Kernels();
        int s = 0;
        for (int i = 0; i < n; i++) s += k.bump(i & 7);
        return s;
    }

    /** Array reads and floating point. */
    static double arrays(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = i;
        double s = 0;
        for (int i = 0; i < n; i++) s += a[i] * 0.5;
        return s;
    }
}
"#;

fn guest_classes() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cortado-bench-tiers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    std::fs::write(dir.join("Kernels.java"), GUEST).expect("write the guest source");
    let status = std::process::Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Kernels.java"))
        .status()
        .expect("javac runs");
    assert!(status.success(), "javac failed");
    dir
}

fn vm(classes: &Path, compilation: Compilation) -> Vm {
    let mut options = VmOptions::default();
    options.class_path.push(classes.to_path_buf());
    options.compilation = compilation;
    Vm::new(options).expect("a VM")
}

const MODES: [(&str, Compilation); 3] = [
    ("interpreter", Compilation::Off),
    ("tiered", Compilation::Tiered { threshold: 1000 }),
    ("compiled", Compilation::Eager),
];

fn kernels(c: &mut Criterion) {
    let classes = guest_classes();
    for (kernel, descriptor) in [
        ("loop", "(I)I"),
        ("staticCalls", "(I)I"),
        ("virtualCalls", "(I)I"),
        ("arrays", "(I)D"),
    ] {
        let mut group = c.benchmark_group(kernel);
        group.sample_size(20);
        for (mode, compilation) in MODES {
            let vm = vm(&classes, compilation);
            // Warm up: load, verify and (in the compiling modes) compile.
            for _ in 0..3 {
                vm.call_static("Kernels", kernel, descriptor, &[Value::Int(100_000)])
                    .expect("the kernel runs");
            }
            group.bench_function(BenchmarkId::new(mode, 100_000), |b| {
                b.iter(|| {
                    vm.call_static("Kernels", kernel, descriptor, &[Value::Int(100_000)])
                        .expect("the kernel runs")
                })
            });
        }
        group.finish();
    }
    let _ = std::fs::remove_dir_all(classes);
}

extern "C" fn unused_step(_: *mut FrameContext, _: u32, _: u32) -> u32 {
    0
}
extern "C" fn unused_store(_: *mut FrameContext, _: u32, _: u32, _: u32) {}
extern "C" fn unused_frem(a: f32, _: f32) -> f32 {
    a
}
extern "C" fn unused_drem(a: f64, _: f64) -> f64 {
    a
}

struct Standalone;

impl FrameEnvironment for Standalone {
    fn helpers(&self) -> Helpers {
        Helpers {
            execute: unused_step as *const () as usize,
            invoke: unused_step as *const () as usize,
            allocate: unused_step as *const () as usize,
            poll: unused_step as *const () as usize,
            poll_preserving: 0,
            store_reference: unused_store as *const () as usize,
            frem: unused_frem as *const () as usize,
            drem: unused_drem as *const () as usize,
            direct_slow: unused_step as *const () as usize,
            arraycopy: unused_step as *const () as usize,
            resume_inlined: unused_step as *const () as usize,
            copy_memory: unused_store as *const () as usize,
            monitor: unused_step as *const () as usize,
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

/// `static int sumSquares(int[] a)`: a typical small method (a loop over an array with a
/// null check, bounds checks, arithmetic and a safepoint poll).
const SUM_SQUARES: &[u8] = &[
    0x03, 0x3c, // iconst_0, istore_1
    0x03, 0x3d, // iconst_0, istore_2
    0x1c, 0x2a, 0xbe, // 4: iload_2, aload_0, arraylength
    0xa2, 0x00, 0x12, // if_icmpge +18 (25)
    0x2a, 0x1c, 0x2e, // aload_0, iload_2, iaload
    0x3e, // istore_3
    0x1b, 0x1d, 0x1d, 0x68, 0x60, 0x3c, // iload_1, iload_3, iload_3, imul, iadd, istore_1
    0x84, 0x02, 0x01, // iinc 2 1
    0xa7, 0xff, 0xed, // goto -19 (4)
    0x1b, 0xac, // 25: iload_1, ireturn
];

fn compile_time(c: &mut Criterion) {
    let pool = ConstantPool::from_entries(vec![Constant::Unusable]);
    let descriptor = MethodDescriptor::parse("([I)I").expect("descriptor");
    let method = FramedMethod {
        name: "sumSquares",
        code: SUM_SQUARES,
        constant_pool: &pool,
        max_locals: 4,
        is_static: true,
        descriptor: &descriptor,
        handlers: &[],
    };
    let mut jit = Jit::new().expect("a compiler for this machine");
    c.bench_function("compile/framed sumSquares (28 bytes)", |b| {
        b.iter(|| {
            jit.compile_framed(&method, &mut Standalone)
                .expect("compiles")
        })
    });
}

criterion_group!(benches, kernels, compile_time);
criterion_main!(benches);

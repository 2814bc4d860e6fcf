//! What the fuzz targets do with one input, shared with the regression test that replays the
//! corpus and every crash found (`runtime/tests/fuzz_regressions.rs`). Any outcome is fine
//! (a Java error is the expected answer to a bad class) except a panic, an abort or a hang.

use std::time::Duration;

use cortado_classfile::ClassFile;
use cortado_runtime::{Compilation, Vm, VmOptions};

/// The class file parser alone.
pub fn parse(data: &[u8]) {
    let _ = ClassFile::parse(data);
}

/// A VM whose application class is the input, under its own name (with dots), if it parses.
fn vm_with(data: &[u8], run: bool) -> Option<(Vm, String)> {
    let class = ClassFile::parse(data).ok()?;
    let name = class.this_class.replace('/', ".");
    let options = VmOptions {
        classes: vec![(name.clone(), data.to_vec())],
        // Guest loops and recursion end at the step budget; the deadline is a safety net
        // against a step-free hang (which would be a bug to report).
        fuel: Some(200_000),
        deadline: Some(Duration::from_secs(5)),
        max_heap_bytes: 32 << 20,
        initial_heap_bytes: Some(4 << 20),
        stack_bytes: 256 << 10,
        max_threads: Some(4),
        // Without AddressSanitizer, the executing target collects every 4 KiB and poisons the
        // emptied space, so that a stale reference fails loudly.
        gc_stress_bytes: run.then_some(4096),
        // Every method the input runs is compiled, so that the JIT meets hostile code too.
        compilation: Compilation::Eager,
        ..VmOptions::default()
    };
    let vm = Vm::new(options).ok()?;
    Some((vm, name))
}

/// Parse, then load and link (verify) the class.
pub fn verify(data: &[u8]) {
    if let Some((vm, name)) = vm_with(data, false) {
        let _ = vm.link_class(&name);
    }
}

/// Parse, verify and run `main` with a step budget.
pub fn run(data: &[u8]) {
    if let Some((vm, name)) = vm_with(data, true) {
        if vm.link_class(&name).is_ok() {
            let _ = vm.run_main(&name, &[]);
        }
    }
}

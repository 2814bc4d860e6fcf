//! The differential check of the tiers (`fuzz/tiers.rs`): generated programs run with
//! `-Xint`, tiered with a low compile threshold and `-Xcomp` (some also under GC stress) must
//! print the same and end the same way.
//!
//! A fixed range of seeds runs here. Longer runs: `TIERS_SEEDS=1000..2000` (a range; `1000..`
//! has no end, `7` is one seed) and `TIERS_SECONDS=600` (stop then), e.g.
//! `TIERS_SECONDS=1800 TIERS_SEEDS=1000.. cargo test --release -p cortado-runtime --test tiers
//! -- --nocapture`; `TIERS_DUMP=dir` writes the classes of a failing program there,
//! `TIERS_VERBOSE=1` prints what each program printed.

use std::time::{Duration, Instant};

#[path = "../../fuzz/tiers.rs"]
#[allow(dead_code)]
mod tiers;

#[test]
fn generated_programs_agree_in_every_tier() {
    let seconds = std::env::var("TIERS_SECONDS")
        .ok()
        .map(|s| Duration::from_secs(s.parse().expect("TIERS_SECONDS=n")));
    // `start..end`, `start..` (until the time is up) or one seed.
    let range = match std::env::var("TIERS_SEEDS") {
        Ok(text) => {
            let (start, end) = text.split_once("..").unwrap_or((&text, ""));
            let start: u64 = start.parse().expect("TIERS_SEEDS=start..end");
            let end = match end.parse() {
                Ok(end) => end,
                Err(_) if text.contains("..") => u64::MAX,
                Err(_) => start + 1,
            };
            start..end
        }
        Err(_) if seconds.is_some() => 0..u64::MAX,
        Err(_) => 0..DEFAULT_SEEDS,
    };
    let started = Instant::now();
    let mut checked = 0;
    let mut failures = Vec::new();
    let (mut steps, mut compiled) = (0u64, 0u64);
    let verbose = std::env::var("TIERS_VERBOSE").is_ok();
    for seed in range {
        if seconds.is_some_and(|limit| started.elapsed() >= limit) {
            break;
        }
        let program = tiers::generate(&mut tiers::Choices::seeded(seed));
        let result = tiers::check(&program);
        if let Ok(checked) = &result {
            steps += checked.tiered_steps;
            compiled += checked.tiered_compiled_steps;
            if verbose {
                eprintln!(
                    "seed {seed}:\n{}{}\n{}",
                    checked.outcome.stdout, checked.outcome.stderr, checked.outcome.end
                );
            }
        }
        if let Err(difference) = result {
            if let Ok(dir) = std::env::var("TIERS_DUMP") {
                let dir = std::path::Path::new(&dir).join(format!("seed{seed}"));
                std::fs::create_dir_all(&dir).expect("create the dump directory");
                for (name, bytes) in &program.classes {
                    std::fs::write(dir.join(format!("{name}.class")), bytes).expect("write");
                }
            }
            eprintln!("seed {seed}: {difference}");
            failures.push(seed);
        }
        checked += 1;
        if seconds.is_some() && checked % 100 == 0 {
            eprintln!(
                "{checked} programs checked ({} differ) in {:.0} s",
                failures.len(),
                started.elapsed().as_secs_f64()
            );
        }
    }
    eprintln!(
        "{checked} programs checked in {:.1} s; tiered: {steps} steps, {:.1} % compiled",
        started.elapsed().as_secs_f64(),
        100.0 * compiled as f64 / steps.max(1) as f64
    );
    assert!(failures.is_empty(), "seeds that differ: {failures:?}");
}

/// Seeds checked in a normal test run.
const DEFAULT_SEEDS: u64 = 40;

/// The JIT replaces `Math.sqrt`, `Math.abs(double)` and `Math.min/max(double)` by their effect
/// and charges the call one step; the interpreter runs the library's code, so that code must
/// call nothing more (it called `StrictMath.sqrt` and Double's bit conversions, which made
/// tiered and `-Xcomp` runs count fewer steps than `-Xint`: found by this check, seed 69).
#[test]
fn intrinsics_count_the_same_steps_in_every_tier() {
    use cortado_classfile::access::{PUBLIC, STATIC, SUPER};
    use cortado_classfile::writer::{ClassBuilder, CodeBuilder, Kind};
    use cortado_classfile::Opcode;
    use cortado_runtime::{Compilation, Vm, VmOptions};

    for (name, descriptor, arguments) in [
        ("sqrt", "(D)D", &[2.0][..]),
        ("abs", "(D)D", &[-0.0]),
        ("max", "(DD)D", &[-0.0, 0.0]),
        ("min", "(DD)D", &[0.0, -0.0]),
    ] {
        // main: 10,000 times Math.<name>(arguments).
        let mut class = ClassBuilder::new(49, PUBLIC | SUPER, "Loop", Some("java/lang/Object"));
        let method = class.pool.method_ref("java/lang/Math", name, descriptor);
        let mut code = CodeBuilder::new(6, 2);
        let top = code.new_label();
        code.iconst(&mut class.pool, 0).store(Kind::Int, 1);
        code.bind(top);
        for &value in arguments {
            let index = class.pool.double(value);
            code.ldc2(index);
        }
        code.invokestatic(method).op(Opcode::pop2);
        code.iinc(1, 1)
            .load(Kind::Int, 1)
            .iconst(&mut class.pool, 10_000)
            .branch(Opcode::if_icmplt, top)
            .return_value(None);
        let code = code.finish().expect("assembles");
        class.method(
            PUBLIC | STATIC,
            "main",
            "([Ljava/lang/String;)V",
            Some(code),
        );
        let bytes = class.to_bytes().expect("writes");
        let steps: Vec<u64> = [
            Compilation::Off,
            Compilation::Tiered { threshold: 2 },
            Compilation::Eager,
        ]
        .into_iter()
        .map(|compilation| {
            let vm = Vm::new(VmOptions {
                classes: vec![("Loop".to_owned(), bytes.clone())],
                compilation,
                verify_compiler_ir: true,
                ..VmOptions::default()
            })
            .expect("the VM starts");
            vm.run_main("Loop", &[]).expect("runs");
            vm.statistics().steps
        })
        .collect();
        assert!(
            steps.iter().all(|&s| s == steps[0]),
            "Math.{name}{descriptor}: steps with -Xint, tiered, -Xcomp: {steps:?}"
        );
    }
}

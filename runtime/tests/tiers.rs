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

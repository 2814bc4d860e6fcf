//! Replays the fuzzing seed corpus and every input a fuzz run ever found a problem with
//! (`fuzz/seeds/`, `fuzz/regressions/`) through the three fuzz targets: parse, parse + verify,
//! parse + verify + run with a step budget. None may panic, abort or hang.

use std::path::Path;
use std::time::Instant;

#[path = "../../fuzz/harness.rs"]
mod harness;

fn inputs() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut out = Vec::new();
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_file() {
                let name = format!("{dir}/{}", path.file_name().unwrap().to_string_lossy());
                out.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn corpus_and_past_findings_neither_panic_nor_hang() {
    let inputs = inputs();
    assert!(inputs.len() >= 20, "the seed corpus is missing");
    for (name, data) in &inputs {
        let start = Instant::now();
        harness::parse(data);
        harness::verify(data);
        harness::run(data);
        let elapsed = start.elapsed();
        assert!(
            elapsed.as_secs() < 20,
            "{name} took {elapsed:?}: a hang is a finding too"
        );
    }
}

//! Architecture check: only `runtime/src/host/` (the one door to the host) and the CLI may
//! use `std::fs`, `std::net`, `std::process` or `std::env`.

use std::path::Path;

fn check_dir(dir: &Path, allowed: &[&str], offenders: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            check_dir(&path, allowed, offenders);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let relative = path.display().to_string();
            if allowed.iter().any(|a| relative.contains(a)) {
                continue;
            }
            for forbidden in ["std::fs", "std::net", "std::process", "std::env"] {
                if text.contains(forbidden) {
                    offenders.push(format!("{relative} uses {forbidden}"));
                }
            }
        }
    }
}

#[test]
fn only_the_host_module_touches_the_host() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace");
    let mut offenders = Vec::new();
    check_dir(
        &root.join("runtime/src"),
        &["runtime/src/host/"],
        &mut offenders,
    );
    for crate_dir in ["classfile/src", "gc/src", "jit/src", "stdlib/src"] {
        check_dir(&root.join(crate_dir), &[], &mut offenders);
    }
    assert!(
        offenders.is_empty(),
        "host access outside host/: {offenders:#?}"
    );
}

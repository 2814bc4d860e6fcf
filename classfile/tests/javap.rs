//! Compares [`disassemble`] with the `javap -c -p` listings in `tests/data/expected`, which
//! `tests/data/regenerate.sh` produced from the same class files with OpenJDK 17.

use std::fs;
use std::path::{Path, PathBuf};

use cortado_classfile::disasm::disassemble;
use cortado_classfile::ClassFile;

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

#[test]
fn disassembly_matches_javap() {
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = fs::read_dir(data().join("classes"))
        .unwrap()
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let class =
            ClassFile::parse(&fs::read(&path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected = fs::read_to_string(data().join("expected").join(format!("{name}.javap")))
            .unwrap_or_else(|e| panic!("{name}.javap: {e}"));
        let actual = disassemble(&class);
        if actual != expected {
            let line = actual
                .lines()
                .zip(expected.lines())
                .position(|(a, e)| a != e)
                .unwrap_or(actual.lines().count().min(expected.lines().count()));
            failures.push(format!(
                "{name}: first difference at line {}:\n  ours:  {:?}\n  javap: {:?}",
                line + 1,
                actual.lines().nth(line),
                expected.lines().nth(line)
            ));
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} classes found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

//! HotSpot's line numbers for the class library's frames that programs see most (the throw
//! sites of `Integer.parseInt`, `ArrayList`'s iterator, `Optional.get`...): a source line
//! that ends in `// hotspot-line: N` is reported as line `N`, the line of the same statement
//! in JDK 17's sources, so that a program dying of such an exception prints the stack trace
//! HotSpot prints. The compiled classes go through `cortado-classfile`'s parser and writer,
//! which keep everything the VM reads.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use cortado_classfile::writer::write_class;
use cortado_classfile::ClassFile;

const MARKER: &str = "// hotspot-line:";

/// The marked lines of every source, by path relative to the module's root
/// (`java/util/ArrayList.java`): our line → HotSpot's.
pub fn marked_lines(
    src_module_root: &Path,
    sources: &[PathBuf],
) -> HashMap<String, HashMap<u16, u16>> {
    let mut marks = HashMap::new();
    for source in sources {
        let Ok(rel) = source.strip_prefix(src_module_root) else {
            continue;
        };
        let text = fs::read_to_string(source).expect("cannot read a Java source");
        let mut lines = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if let Some(at) = line.find(MARKER) {
                let target = line[at + MARKER.len()..]
                    .trim()
                    .parse()
                    .unwrap_or_else(|_| {
                        panic!("{}:{}: bad {MARKER} marker", source.display(), n + 1)
                    });
                lines.insert((n + 1) as u16, target);
            }
        }
        if !lines.is_empty() {
            marks.insert(rel.to_string_lossy().replace('\\', "/"), lines);
        }
    }
    marks
}

/// The class file `bytes` with the marked lines of its source (found by its package and
/// `SourceFile`) renumbered, or `None` when it has none.
pub fn patch(bytes: &[u8], marks: &HashMap<String, HashMap<u16, u16>>) -> Option<Vec<u8>> {
    let mut class = ClassFile::parse(bytes).expect("javac wrote a class Cortado cannot parse");
    let source_file = class.source_file()?;
    let path = match class.this_class.rsplit_once('/') {
        Some((package, _)) => format!("{package}/{source_file}"),
        None => source_file.to_owned(),
    };
    let lines = marks.get(&path)?;
    let mut changed = false;
    let entries = class
        .methods
        .iter_mut()
        .filter_map(|method| method.attributes.code.as_mut())
        .flat_map(|code| code.line_numbers.iter_mut());
    for entry in entries {
        if let Some(&target) = lines.get(&entry.line) {
            entry.line = target;
            changed = true;
        }
    }
    changed.then(|| write_class(&class).expect("cannot write a renumbered class"))
}

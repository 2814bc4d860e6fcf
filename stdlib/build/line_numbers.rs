//! HotSpot's line numbers for the class library's frames that programs see most (the throw
//! sites of `Integer.parseInt`, `ArrayList`'s iterator, `Optional.get`...): a source line
//! that ends in `// hotspot-line: N` is reported as line `N`, the line of the same statement
//! in JDK 17's sources, so that a program dying of such an exception prints the stack trace
//! HotSpot prints. The compiled classes' `LineNumberTable`s are patched in place (a line is
//! a `u2`, so nothing moves).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

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
                let target = line[at + MARKER.len()..].trim();
                let target: u16 = target.parse().unwrap_or_else(|_| {
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

/// Rewrites the marked lines in the `LineNumberTable`s of `class` (bytes of a class file
/// compiled from one of the marked sources, found by its package and `SourceFile`).
/// Returns whether anything changed.
pub fn patch(class: &mut [u8], marks: &HashMap<String, HashMap<u16, u16>>) -> bool {
    let Some(parsed) = parse(class) else {
        return false;
    };
    let Some(source_file) = parsed.source_file else {
        return false;
    };
    let package = parsed.this_class.rsplit_once('/').map_or("", |(p, _)| p);
    let path = if package.is_empty() {
        source_file
    } else {
        format!("{package}/{source_file}")
    };
    let Some(lines) = marks.get(&path) else {
        return false;
    };
    let mut changed = false;
    for at in parsed.line_entries {
        let line = u16::from_be_bytes([class[at], class[at + 1]]);
        if let Some(&target) = lines.get(&line) {
            class[at..at + 2].copy_from_slice(&target.to_be_bytes());
            changed = true;
        }
    }
    changed
}

struct Parsed {
    this_class: String,
    source_file: Option<String>,
    /// Offsets of the `line_number` fields of every `LineNumberTable` entry.
    line_entries: Vec<usize>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<usize> {
        let start = self.at;
        self.at = self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())?;
        Some(start)
    }
    fn u1(&mut self) -> Option<u8> {
        let at = self.take(1)?;
        Some(self.bytes[at])
    }
    fn u2(&mut self) -> Option<u16> {
        let at = self.take(2)?;
        Some(u16::from_be_bytes([self.bytes[at], self.bytes[at + 1]]))
    }
    fn u4(&mut self) -> Option<u32> {
        let at = self.take(4)?;
        Some(u32::from_be_bytes(self.bytes[at..at + 4].try_into().ok()?))
    }
}

fn parse(bytes: &[u8]) -> Option<Parsed> {
    let mut r = Reader { bytes, at: 8 };
    let count = r.u2()? as usize;
    // Utf8 entries (by index) and Class entries' name indices.
    let mut utf8: HashMap<usize, String> = HashMap::new();
    let mut classes: HashMap<usize, usize> = HashMap::new();
    let mut index = 1;
    while index < count {
        let tag = r.u1()?;
        match tag {
            1 => {
                let len = r.u2()? as usize;
                let at = r.take(len)?;
                utf8.insert(
                    index,
                    String::from_utf8_lossy(&bytes[at..at + len]).into_owned(),
                );
            }
            7 => {
                classes.insert(index, r.u2()? as usize);
            }
            8 | 16 | 19 | 20 => {
                r.take(2)?;
            }
            15 => {
                r.take(3)?;
            }
            3 | 4 | 9 | 10 | 11 | 12 | 17 | 18 => {
                r.take(4)?;
            }
            5 | 6 => {
                r.take(8)?;
                index += 1;
            }
            _ => return None,
        }
        index += 1;
    }
    r.take(2)?; // access flags
    let this_class = utf8.get(classes.get(&(r.u2()? as usize))?)?.clone();
    r.take(2)?; // super class
    let interfaces = r.u2()? as usize;
    r.take(interfaces * 2)?;
    let skip_attributes = |r: &mut Reader| -> Option<()> {
        for _ in 0..r.u2()? {
            r.take(2)?;
            let len = r.u4()? as usize;
            r.take(len)?;
        }
        Some(())
    };
    for _ in 0..r.u2()? {
        r.take(6)?;
        skip_attributes(&mut r)?;
    }
    let mut line_entries = Vec::new();
    for _ in 0..r.u2()? {
        r.take(6)?;
        for _ in 0..r.u2()? {
            let name = utf8.get(&(r.u2()? as usize))?.as_str() == "Code";
            let len = r.u4()? as usize;
            let end = r.at.checked_add(len)?;
            if name {
                r.take(4)?; // max stack, max locals
                let code = r.u4()? as usize;
                r.take(code)?;
                let handlers = r.u2()? as usize;
                r.take(handlers * 8)?;
                for _ in 0..r.u2()? {
                    let table = utf8.get(&(r.u2()? as usize))?.as_str() == "LineNumberTable";
                    let len = r.u4()? as usize;
                    if table {
                        let entries = r.u2()? as usize;
                        for _ in 0..entries {
                            r.take(2)?; // start pc
                            line_entries.push(r.take(2)?);
                        }
                    } else {
                        r.take(len)?;
                    }
                }
            }
            if r.at != end {
                r.at = end;
                if r.at > bytes.len() {
                    return None;
                }
            }
        }
    }
    let mut source_file = None;
    for _ in 0..r.u2()? {
        let name = utf8.get(&(r.u2()? as usize))?.as_str() == "SourceFile";
        let len = r.u4()? as usize;
        let at = r.take(len)?;
        if name && len == 2 {
            let index = u16::from_be_bytes([bytes[at], bytes[at + 1]]) as usize;
            source_file = utf8.get(&index).cloned();
        }
    }
    Some(Parsed {
        this_class,
        source_file,
        line_entries,
    })
}

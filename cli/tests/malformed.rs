//! Malformed class files, made by mutating a valid one, must be rejected with the same Java
//! error class as HotSpot (ClassFormatError, UnsupportedClassVersionError, VerifyError,
//! NoClassDefFoundError...), with exit status 1 and never a crash. Each mutant runs as the main
//! class on `java` and on `cortado run`.

use std::path::{Path, PathBuf};
use std::process::Command;

const SOURCE: &str = r#"
public class Victim {
    static int twice(int x) { int y = x * 2; if (y > 10) { y -= 1; } return y; }
    public static void main(String[] args) {
        String s = "hello";
        int total = 0;
        for (int i = 0; i < 3; i++) total += twice(i) + s.length();
        System.out.println(total);
    }
}
"#;

/// Offsets of the parts of a class file: constant pool entries and the end of the pool.
struct Layout {
    entries: Vec<(usize, u8)>,
    pool_end: usize,
}

fn layout(bytes: &[u8]) -> Layout {
    let count = u16::from_be_bytes([bytes[8], bytes[9]]) as usize;
    let mut at = 10;
    let mut entries = vec![(0, 0)];
    let mut index = 1;
    while index < count {
        let tag = bytes[at];
        entries.push((at, tag));
        let size = match tag {
            1 => 3 + u16::from_be_bytes([bytes[at + 1], bytes[at + 2]]) as usize,
            3 | 4 | 9 | 10 | 11 | 12 | 17 | 18 => 5,
            5 | 6 => 9,
            7 | 8 | 16 | 19 | 20 => 3,
            15 => 4,
            _ => panic!("unexpected tag {tag}"),
        };
        at += size;
        index += 1;
        if tag == 5 || tag == 6 {
            entries.push((0, 0));
            index += 1;
        }
    }
    Layout {
        entries,
        pool_end: at,
    }
}

fn find(bytes: &[u8], needle: &[u8]) -> usize {
    bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("pattern present")
}

fn mutants(original: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut add = |name: &str, f: &dyn Fn(&mut Vec<u8>)| {
        let mut bytes = original.to_vec();
        f(&mut bytes);
        out.push((name.to_owned(), bytes));
    };
    let l = layout(original);
    let len = original.len();
    add("bad-magic", &|b| b[0] = 0xCB);
    add("version-70", &|b| b[7] = 70);
    add("version-44", &|b| b[7] = 44);
    add("version-56-minor-1", &|b| {
        b[7] = 56;
        b[5] = 1;
    });
    for fraction in [1, 2, 3, 5, 8, 13, 21, 34, 55, 89] {
        let cut = len * fraction / 100;
        add(&format!("truncated-{fraction}%"), &move |b| {
            b.truncate(cut.max(9))
        });
    }
    add("truncated-last-byte", &|b| {
        b.pop();
    });
    add("trailing-bytes", &|b| b.extend_from_slice(&[0, 0, 0]));
    add("pool-count-zero", &|b| {
        b[8] = 0;
        b[9] = 0;
    });
    add("pool-tag-99", &|b| b[10] = 99);
    let end = l.pool_end;
    add("this-class-zero", &move |b| {
        b[end + 2] = 0;
        b[end + 3] = 0;
    });
    add("this-class-out-of-range", &move |b| {
        b[end + 2] = 0xFF;
        b[end + 3] = 0xF0;
    });
    let utf8_index = l.entries.iter().position(|&(_, tag)| tag == 1).unwrap() as u8;
    add("this-class-is-utf8", &move |b| {
        b[end + 2] = 0;
        b[end + 3] = utf8_index;
    });
    add("super-class-is-utf8", &move |b| {
        b[end + 4] = 0;
        b[end + 5] = utf8_index;
    });
    let methodref = l.entries.iter().position(|&(_, tag)| tag == 10).unwrap();
    let (methodref_at, _) = l.entries[methodref];
    add("methodref-class-is-utf8", &move |b| {
        b[methodref_at + 1] = 0;
        b[methodref_at + 2] = utf8_index;
    });
    add("interface-not-abstract", &move |b| {
        b[end] = 0x02;
        b[end + 1] = 0x01;
    });
    add("final-and-abstract-class", &move |b| {
        b[end] = 0x04;
        b[end + 1] = 0x31;
    });
    // Bytecode of twice(): iload_0 iconst_2 imul istore_1 iload_1 bipush 10 if_icmple ...
    let code = find(original, &[0x1a, 0x05, 0x68, 0x3c, 0x1b, 0x10, 0x0a, 0xa4]);
    add("opcode-ff", &move |b| b[code] = 0xff);
    add("pop-empty-stack", &move |b| b[code] = 0x57);
    add("iadd-wrong-types", &move |b| b[code + 2] = 0x62);
    add("branch-outside-code", &move |b| {
        b[code + 8] = 0x7f;
        b[code + 9] = 0xf0;
    });
    add("branch-into-instruction", &move |b| {
        b[code + 8] = 0x00;
        b[code + 9] = 0x02;
    });
    add("store-to-huge-local", &move |b| b[code + 3] = 0x36);
    add("aload-of-int", &move |b| b[code + 4] = 0x2b);
    add("areturn-in-int-method", &move |b| {
        let at = find(&b[code..], &[0xac]) + code;
        b[at] = 0xb0;
    });
    add("return-without-value", &move |b| {
        let at = find(&b[code..], &[0xac]) + code;
        b[at] = 0xb1;
    });
    add("iconst-m1-for-iload", &move |b| b[code] = 0x02);
    // The Code attribute header of twice(): max_stack, max_locals, code_length.
    add("max-stack-zero", &move |b| {
        b[code - 8] = 0;
        b[code - 7] = 0;
    });
    add("max-locals-zero", &move |b| {
        b[code - 6] = 0;
        b[code - 5] = 0;
    });
    add("code-length-zero", &move |b| {
        b[code - 4..code].copy_from_slice(&[0, 0, 0, 0]);
    });
    add("code-length-plus-one", &move |b| {
        b[code - 1] += 1;
    });
    let fieldref = l.entries.iter().position(|&(_, tag)| tag == 9).unwrap() as u8;
    add("invokevirtual-of-a-field", &move |b| {
        let at = find(&b[code..], &[0xb6]) + code;
        b[at + 1] = 0;
        b[at + 2] = fieldref;
    });
    out
}

fn error_class(stderr: &str) -> Option<String> {
    let start = stderr.find("java.lang.")?;
    let rest = &stderr[start..];
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '.'))
        .unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}

fn run(program: &Path, prefix: &[&str], dir: &Path) -> (i32, Option<String>) {
    let output = Command::new(program)
        .args(prefix)
        .arg("-cp")
        .arg(dir)
        .arg("Victim")
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        error_class(&String::from_utf8_lossy(&output.stderr)),
    )
}

#[test]
fn malformed_classes_get_hotspots_error() {
    if Command::new("java").arg("-version").output().is_err() {
        eprintln!("skipped: no java to compare with");
        return;
    }
    let root = std::env::temp_dir().join(format!("cortado-malformed-{}", std::process::id()));
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join("Victim.java"), SOURCE).unwrap();
    assert!(Command::new("javac")
        .arg("-d")
        .arg(&root)
        .arg(root.join("Victim.java"))
        .status()
        .unwrap()
        .success());
    let original = std::fs::read(root.join("Victim.class")).unwrap();
    let cortado = PathBuf::from(env!("CARGO_BIN_EXE_cortado"));
    let mut failures = Vec::new();
    let all = mutants(&original);
    assert!(all.len() >= 40, "{} mutants", all.len());
    for (name, bytes) in &all {
        let dir = root.join(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("Victim.class"), bytes).unwrap();
        let expected = run(Path::new("java"), &[], &dir);
        let actual = run(&cortado, &["run"], &dir);
        if expected != actual {
            failures.push(format!("{name}: java {expected:?}, cortado {actual:?}"));
        }
    }
    let _ = std::fs::remove_dir_all(&root);
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

//! The class-file writer: classes built from scratch parse back and run on a real JVM, and
//! every test class survives parse -> write_class -> parse unchanged.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use cortado_classfile::access;
use cortado_classfile::attributes::StackMapFrame;
use cortado_classfile::constant_pool::Constant;
use cortado_classfile::opcode::{decode_all, Opcode};
use cortado_classfile::writer::{write_class, ClassBuilder, CodeBuilder, Kind};
use cortado_classfile::ClassFile;

fn test_classes() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/classes");
    let mut classes: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    classes.sort();
    assert!(classes.len() >= 20);
    classes
}

/// `Adder`: `static int add(int, int)`, `static int max(int, int)` (a branch, so it carries a
/// StackMapTable) and a `main` that prints `add(2, 40)` and `max(7, -3)`.
fn build_adder() -> Vec<u8> {
    let mut class = ClassBuilder::new(
        61,
        access::PUBLIC | access::SUPER,
        "Adder",
        Some("java/lang/Object"),
    );
    class.source_file("Adder.java");

    let object_init = class.pool.method_ref("java/lang/Object", "<init>", "()V");
    let mut init = CodeBuilder::new(1, 1);
    init.load(Kind::Reference, 0)
        .invokespecial(object_init)
        .return_value(None);
    class.method(
        access::PUBLIC,
        "<init>",
        "()V",
        Some(init.finish().unwrap()),
    );

    let mut add = CodeBuilder::new(2, 2);
    add.load(Kind::Int, 0)
        .load(Kind::Int, 1)
        .op(Opcode::iadd)
        .return_value(Some(Kind::Int));
    class.method(access::STATIC, "add", "(II)I", Some(add.finish().unwrap()));

    let mut max = CodeBuilder::new(2, 2);
    let second = max.new_label();
    max.load(Kind::Int, 0)
        .load(Kind::Int, 1)
        .branch(Opcode::if_icmplt, second);
    max.load(Kind::Int, 0).return_value(Some(Kind::Int));
    max.bind(second)
        .load(Kind::Int, 1)
        .return_value(Some(Kind::Int));
    let mut max = max.finish().unwrap();
    max.stack_map = Some(vec![StackMapFrame::Same { offset_delta: 7 }]);
    class.method(access::STATIC, "max", "(II)I", Some(max));

    let out = class
        .pool
        .field_ref("java/lang/System", "out", "Ljava/io/PrintStream;");
    let println = class
        .pool
        .method_ref("java/io/PrintStream", "println", "(I)V");
    let add_ref = class.pool.method_ref("Adder", "add", "(II)I");
    let max_ref = class.pool.method_ref("Adder", "max", "(II)I");
    let mut main = CodeBuilder::new(3, 1);
    main.getstatic(out);
    main.iconst(&mut class.pool, 2)
        .iconst(&mut class.pool, 40)
        .invokestatic(add_ref);
    main.invokevirtual(println);
    main.getstatic(out);
    main.iconst(&mut class.pool, 7)
        .iconst(&mut class.pool, -3)
        .invokestatic(max_ref);
    main.invokevirtual(println);
    main.return_value(None);
    class.method(
        access::PUBLIC | access::STATIC,
        "main",
        "([Ljava/lang/String;)V",
        Some(main.finish().unwrap()),
    );
    class.to_bytes().unwrap()
}

#[test]
fn built_class_parses_back() {
    let class = ClassFile::parse(&build_adder()).unwrap();
    assert_eq!(class.this_class, "Adder");
    assert_eq!(class.super_class.as_deref(), Some("java/lang/Object"));
    assert_eq!(class.major_version, 61);
    assert_eq!(class.source_file(), Some("Adder.java"));
    let names: Vec<_> = class
        .methods
        .iter()
        .map(|m| (m.name.as_str(), m.descriptor.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("<init>", "()V"),
            ("add", "(II)I"),
            ("max", "(II)I"),
            ("main", "([Ljava/lang/String;)V")
        ]
    );

    let add = class.method("add", "(II)I").unwrap();
    assert!(add.is_static());
    let code = add.code().unwrap();
    assert_eq!((code.max_stack, code.max_locals), (2, 2));
    let ops: Vec<_> = decode_all(&code.code)
        .unwrap()
        .iter()
        .map(|i| i.opcode)
        .collect();
    assert_eq!(
        ops,
        [
            Opcode::iload_0,
            Opcode::iload_1,
            Opcode::iadd,
            Opcode::ireturn
        ]
    );

    let max = class.method("max", "(II)I").unwrap().code().unwrap();
    assert_eq!(
        max.stack_map,
        Some(vec![StackMapFrame::Same { offset_delta: 7 }])
    );

    // Constants were interned: one Methodref for Object.<init>, one Utf8 "Code".
    let pool = class.constant_pool.entries();
    let codes = pool
        .iter()
        .filter(|c| matches!(c, Constant::Utf8(s) if s == "Code"))
        .count();
    assert_eq!(codes, 1);
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cortado-writer-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn built_class_runs_on_a_real_jvm() {
    let dir = scratch_dir("adder");
    fs::write(dir.join("Adder.class"), build_adder()).unwrap();
    let output = match Command::new("java")
        .arg("-Xverify:all")
        .arg("-cp")
        .arg(&dir)
        .arg("Adder")
        .output()
    {
        Ok(output) => output,
        Err(error) => {
            eprintln!("skipping: cannot run java ({error})");
            return;
        }
    };
    let _ = fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "java failed:\n{stdout}\n{stderr}");
    assert_eq!(stdout.replace("\r\n", "\n"), "42\n7\n");
}

#[test]
fn every_test_class_round_trips() {
    for (name, bytes) in test_classes() {
        let class = ClassFile::parse(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = write_class(&class).unwrap_or_else(|e| panic!("{name}: {e}"));
        let again = ClassFile::parse(&written).unwrap_or_else(|e| panic!("{name} rewritten: {e}"));
        // Compared through Debug because the derived PartialEq says NaN != NaN, and
        // Constants.class holds NaN constants; Debug shows every field, bit-exact for floats
        // that matter here (NaN payloads aside, which the byte comparison below covers).
        assert!(
            format!("{again:?}") == format!("{class:?}"),
            "{name} changed in the round trip"
        );
        // Writing is deterministic, so a second round gives the same bytes.
        assert_eq!(write_class(&again).unwrap(), written, "{name}");
    }
}

#[test]
fn rewritten_classes_still_run() {
    // Hello and Lambdas exercise invokedynamic, BootstrapMethods and string concatenation.
    let dir = scratch_dir("rewritten");
    for (name, bytes) in test_classes() {
        let class = ClassFile::parse(&bytes).unwrap();
        fs::write(dir.join(&name), write_class(&class).unwrap()).unwrap();
    }
    for main in ["Hello", "Lambdas"] {
        let output = match Command::new("java")
            .arg("-Xverify:all")
            .arg("-cp")
            .arg(&dir)
            .arg(main)
            .output()
        {
            Ok(output) => output,
            Err(error) => {
                eprintln!("skipping: cannot run java ({error})");
                return;
            }
        };
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{main}: {stderr}");
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn parse_mutate_write_parse() {
    let bytes = build_adder();
    let mut class = ClassFile::parse(&bytes).unwrap();
    class.methods.retain(|m| m.name != "max");
    class.access_flags |= access::FINAL;
    class.attributes.source_file = Some("Renamed.java".into());
    let again = ClassFile::parse(&write_class(&class).unwrap()).unwrap();
    assert_eq!(again.methods.len(), 3);
    assert!(again.access_flags & access::FINAL != 0);
    // "Renamed.java" was not in the pool: it was appended.
    assert_eq!(again.source_file(), Some("Renamed.java"));
    assert_eq!(again.constant_pool.len(), class.constant_pool.len() + 1);
}

#[test]
fn built_class_disassembles_like_javap() {
    let bytes = build_adder();
    let dir = scratch_dir("javap");
    let path = dir.join("Adder.class");
    fs::write(&path, &bytes).unwrap();
    let output = match Command::new("javap")
        .arg("-c")
        .arg("-p")
        .arg(&path)
        .output()
    {
        Ok(output) if output.status.success() => output,
        _ => {
            eprintln!("skipping: javap unavailable");
            return;
        }
    };
    let _ = fs::remove_dir_all(&dir);
    let ours = cortado_classfile::disasm::disassemble(&ClassFile::parse(&bytes).unwrap());
    assert_eq!(ours, String::from_utf8_lossy(&output.stdout));
}

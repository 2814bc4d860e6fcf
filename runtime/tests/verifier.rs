//! Ill-typed classes, one per verifier rule, built with the class-file writer: each must be
//! rejected with VerifyError before any of its code runs, by HotSpot (when `java` is present)
//! and by Cortado.

use std::process::Command;

use cortado_classfile::access::{PUBLIC, STATIC, SUPER};
use cortado_classfile::writer::{ClassBuilder, CodeBuilder, Kind};
use cortado_classfile::Opcode as Op;
use cortado_runtime::{Error, Vm, VmOptions};

/// Emits the body of `static bad()` (descriptor given) into a class that also has a valid
/// `static int good()`, an instance method `int m()`, a field `int x`, a constructor and
/// `static int take(String)`.
type Body = fn(&mut ClassBuilder, &mut CodeBuilder);

fn class_with(name: &str, descriptor: &str, body: Body, constructor_calls_super: bool) -> Vec<u8> {
    let mut class = ClassBuilder::new(49, PUBLIC | SUPER, name, Some("java/lang/Object"));
    class.field(0, "x", "I");
    let object_init = class.pool.method_ref("java/lang/Object", "<init>", "()V");
    let mut init = CodeBuilder::new(2, 1);
    if constructor_calls_super {
        init.load(Kind::Reference, 0).invokespecial(object_init);
    }
    init.op(Op::return_);
    class.method(PUBLIC, "<init>", "()V", Some(init.finish().unwrap()));
    let mut good = CodeBuilder::new(2, 0);
    good.iconst(&mut class.pool, 1).op(Op::ireturn);
    class.method(PUBLIC | STATIC, "good", "()I", Some(good.finish().unwrap()));
    let mut m = CodeBuilder::new(2, 1);
    m.iconst(&mut class.pool, 2).op(Op::ireturn);
    class.method(PUBLIC, "m", "()I", Some(m.finish().unwrap()));
    let mut take = CodeBuilder::new(2, 1);
    take.iconst(&mut class.pool, 3).op(Op::ireturn);
    class.method(
        PUBLIC | STATIC,
        "take",
        "(Ljava/lang/String;)I",
        Some(take.finish().unwrap()),
    );
    let mut bad = CodeBuilder::new(4, 2);
    body(&mut class, &mut bad);
    class.method(
        PUBLIC | STATIC,
        "bad",
        descriptor,
        Some(bad.finish().unwrap()),
    );
    class.to_bytes().unwrap()
}

/// `"s".length()` through `invokeinterface CharSequence.length` with the given count and
/// fourth operand bytes (correct: 1 and 0), returning the length.
fn string_length(c: &mut ClassBuilder, b: &mut CodeBuilder, count: u8, fourth: u8) {
    let s = c.pool.string("s");
    let length = c
        .pool
        .interface_method_ref("java/lang/CharSequence", "length", "()I");
    let [hi, lo] = length.to_be_bytes();
    b.ldc(s).raw(&[0xb9, hi, lo, count, fourth]).op(Op::ireturn);
}

fn cases() -> Vec<(&'static str, &'static str, Body, bool)> {
    vec![
        (
            "GetfieldOnString",
            "()I",
            |c, b| {
                let s = c.pool.string("s");
                let x = c.pool.field_ref("GetfieldOnString", "x", "I");
                b.ldc(s).getfield(x).op(Op::ireturn);
            },
            true,
        ),
        (
            "IaddOnReferences",
            "()I",
            |_, b| {
                b.op(Op::aconst_null)
                    .op(Op::aconst_null)
                    .op(Op::iadd)
                    .op(Op::ireturn);
            },
            true,
        ),
        (
            "UseBeforeInit",
            "()I",
            |c, b| {
                let class = c.pool.class("UseBeforeInit");
                let m = c.pool.method_ref("UseBeforeInit", "m", "()I");
                b.new_object(class).invokevirtual(m).op(Op::ireturn);
            },
            true,
        ),
        (
            "MissingReturnValue",
            "()I",
            |_, b| {
                b.op(Op::return_);
            },
            true,
        ),
        (
            "StackUnderflow",
            "()I",
            |c, b| {
                b.op(Op::pop).iconst(&mut c.pool, 0).op(Op::ireturn);
            },
            true,
        ),
        (
            "InconsistentHeights",
            "()I",
            |c, b| {
                let join = b.new_label();
                b.iconst(&mut c.pool, 0)
                    .branch(Op::ifeq, join)
                    .iconst(&mut c.pool, 1)
                    .bind(join)
                    .iconst(&mut c.pool, 2)
                    .op(Op::ireturn);
            },
            true,
        ),
        (
            "IntForString",
            "()I",
            |c, b| {
                let take = c
                    .pool
                    .method_ref("IntForString", "take", "(Ljava/lang/String;)I");
                b.iconst(&mut c.pool, 1).invokestatic(take).op(Op::ireturn);
            },
            true,
        ),
        (
            "AreturnOfInt",
            "()Ljava/lang/Object;",
            |c, b| {
                b.iconst(&mut c.pool, 0).op(Op::areturn);
            },
            true,
        ),
        (
            "PutStringInIntField",
            "()I",
            |c, b| {
                let class = c.pool.class("PutStringInIntField");
                let init = c.pool.method_ref("PutStringInIntField", "<init>", "()V");
                let x = c.pool.field_ref("PutStringInIntField", "x", "I");
                let s = c.pool.string("s");
                b.new_object(class)
                    .op(Op::dup)
                    .invokespecial(init)
                    .ldc(s)
                    .putfield(x);
                b.iconst(&mut c.pool, 0).op(Op::ireturn);
            },
            true,
        ),
        (
            "FallsOffTheEnd",
            "()I",
            |c, b| {
                b.iconst(&mut c.pool, 0).op(Op::pop);
            },
            true,
        ),
        (
            "UninitializedLocal",
            "()I",
            |_, b| {
                b.load(Kind::Int, 1).op(Op::ireturn);
            },
            true,
        ),
        (
            "AaloadOnIntArray",
            "()I",
            |c, b| {
                b.iconst(&mut c.pool, 1)
                    .newarray(10)
                    .iconst(&mut c.pool, 0)
                    .op(Op::aaload)
                    .op(Op::pop);
                b.iconst(&mut c.pool, 0).op(Op::ireturn);
            },
            true,
        ),
        (
            "ConstructorSkipsSuper",
            "()I",
            |c, b| {
                b.iconst(&mut c.pool, 0).op(Op::ireturn);
            },
            false,
        ),
        (
            "InterfaceCountOperand",
            "()I",
            // CharSequence.length() takes the receiver only: its count operand is 1.
            |c, b| string_length(c, b, 2, 0),
            true,
        ),
        (
            "InterfaceFourthByte",
            "()I",
            |c, b| string_length(c, b, 1, 7),
            true,
        ),
        (
            "LongAsInt",
            "()I",
            |c, b| {
                let l = c.pool.long(5);
                b.ldc2(l).op(Op::ireturn);
            },
            true,
        ),
    ]
}

#[test]
fn ill_typed_classes_are_rejected_like_hotspot() {
    let dir = std::env::temp_dir().join(format!("cortado-verifier-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut classes = Vec::new();
    let mut main = String::from("public class Main { public static void main(String[] a) {\n");
    for (name, descriptor, body, calls_super) in cases() {
        let bytes = class_with(name, descriptor, body, calls_super);
        std::fs::write(dir.join(format!("{name}.class")), &bytes).unwrap();
        classes.push((name.to_owned(), bytes));
        main.push_str(&format!(
            "  try {{ System.out.println(\"{name} \" + {name}.good()); }} catch (VerifyError e) {{ System.out.println(\"{name} VerifyError\"); }}\n"
        ));
    }
    main.push_str("} }\n");
    std::fs::write(dir.join("Main.java"), &main).unwrap();
    let javac = Command::new("javac")
        .arg("-cp")
        .arg(&dir)
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Main.java"))
        .status();
    if javac.is_ok_and(|s| s.success()) {
        let output = Command::new("java")
            .arg("-cp")
            .arg(&dir)
            .arg("Main")
            .output()
            .expect("java runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        for (name, ..) in cases() {
            assert!(
                stdout.contains(&format!("{name} VerifyError")),
                "HotSpot accepts {name}:\n{stdout}"
            );
        }
    }
    let options = VmOptions {
        classes,
        ..VmOptions::default()
    };
    let vm = Vm::new(options).unwrap();
    for (name, ..) in cases() {
        match vm.call_static(name, "good", "()I", &[]) {
            Err(Error::Exception(e)) if e.class_name == "java.lang.VerifyError" => {}
            other => panic!("{name}: expected VerifyError, got {other:?}"),
        }
        // Rejected again on every use.
        assert!(
            matches!(vm.call_static(name, "good", "()I", &[]), Err(Error::Exception(e)) if e.class_name == "java.lang.VerifyError")
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

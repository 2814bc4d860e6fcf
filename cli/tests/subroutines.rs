//! `jsr`/`ret` subroutines in old class files (version 49, as javac 1.4 wrote `finally`),
//! hand-assembled with the class-file writer: Cortado inlines them at load time and must print
//! what `java` prints, through normal and exceptional paths and nested subroutines. A
//! recursive subroutine, and `jsr` in a version-51 class, must fail as on HotSpot.

use std::path::{Path, PathBuf};
use std::process::Command;

use cortado_classfile::access::{PUBLIC, STATIC, SUPER};
use cortado_classfile::writer::{ClassBuilder, CodeBuilder, ConstantPoolBuilder, Kind};
use cortado_classfile::Opcode as Op;

fn println(pool: &mut ConstantPoolBuilder, b: &mut CodeBuilder, text: &str) {
    let out = pool.field_ref("java/lang/System", "out", "Ljava/io/PrintStream;");
    let println = pool.method_ref("java/io/PrintStream", "println", "(Ljava/lang/String;)V");
    let text = pool.string(text);
    b.getstatic(out).ldc(text).invokevirtual(println);
}

fn print_int(pool: &mut ConstantPoolBuilder, b: &mut CodeBuilder) {
    let out = pool.field_ref("java/lang/System", "out", "Ljava/io/PrintStream;");
    let println = pool.method_ref("java/io/PrintStream", "println", "(I)V");
    b.getstatic(out).op(Op::swap).invokevirtual(println);
}

fn subroutines_class(version: u16, name: &str) -> Vec<u8> {
    let mut class = ClassBuilder::new(version, PUBLIC | SUPER, name, Some("java/lang/Object"));
    let pool = &mut class.pool;

    // static int f(int x) { try { if (x > 0) return x * 2; } finally { println("finally"); } return -x; }
    let mut b = CodeBuilder::new(3, 3);
    let (otherwise, fin) = (b.new_label(), b.new_label());
    b.op(Op::iload_0).branch(Op::ifle, otherwise);
    b.op(Op::iload_0)
        .op(Op::iconst_2)
        .op(Op::imul)
        .op(Op::istore_2)
        .branch(Op::jsr, fin)
        .op(Op::iload_2)
        .op(Op::ireturn);
    b.bind(otherwise)
        .branch(Op::jsr, fin)
        .op(Op::iload_0)
        .op(Op::ineg)
        .op(Op::ireturn);
    b.bind(fin).op(Op::astore_1);
    println(pool, &mut b, "finally");
    b.op_u1(Op::ret, 1);
    let f = b.finish().unwrap();

    // static int g(int x): 5 / x with a catch-all handler; both paths call OUTER, which calls
    // INNER (a subroutine inside a subroutine, with its return address in a wide-ish local).
    let mut b = CodeBuilder::new(3, 5);
    let (start, end, handler, outer, inner) = (
        b.new_label(),
        b.new_label(),
        b.new_label(),
        b.new_label(),
        b.new_label(),
    );
    b.bind(start)
        .op(Op::iconst_5)
        .op(Op::iload_0)
        .op(Op::idiv)
        .op(Op::istore_2)
        .bind(end)
        .branch(Op::jsr, outer)
        .op(Op::iload_2)
        .op(Op::ireturn);
    b.bind(handler).op(Op::astore_3).branch(Op::jsr, outer);
    println(pool, &mut b, "caught");
    b.op(Op::iconst_m1).op(Op::ireturn);
    b.bind(outer).op(Op::astore_1);
    println(pool, &mut b, "outer");
    b.branch(Op::jsr, inner).op_u1(Op::ret, 1);
    b.bind(inner).store(Kind::Reference, 4);
    println(pool, &mut b, "inner");
    b.op_u1(Op::ret, 4);
    b.exception_handler(start, end, handler, 0);
    let g = b.finish().unwrap();

    let f_ref = pool.method_ref(name, "f", "(I)I");
    let g_ref = pool.method_ref(name, "g", "(I)I");
    let mut main = CodeBuilder::new(2, 1);
    for (method, argument) in [(f_ref, 3), (f_ref, -2), (g_ref, 5), (g_ref, 0)] {
        main.iconst(pool, argument).invokestatic(method);
        print_int(pool, &mut main);
    }
    main.op(Op::return_);
    let main = main.finish().unwrap();

    class.method(PUBLIC | STATIC, "f", "(I)I", Some(f));
    class.method(PUBLIC | STATIC, "g", "(I)I", Some(g));
    class.method(
        PUBLIC | STATIC,
        "main",
        "([Ljava/lang/String;)V",
        Some(main),
    );
    class.to_bytes().unwrap()
}

/// `static void main`: a subroutine that calls itself.
fn recursive_class(name: &str) -> Vec<u8> {
    let mut class = ClassBuilder::new(49, PUBLIC | SUPER, name, Some("java/lang/Object"));
    let mut b = CodeBuilder::new(2, 2);
    let sub = b.new_label();
    b.branch(Op::jsr, sub).op(Op::return_);
    b.bind(sub)
        .op(Op::astore_1)
        .branch(Op::jsr, sub)
        .op_u1(Op::ret, 1);
    class.method(
        PUBLIC | STATIC,
        "main",
        "([Ljava/lang/String;)V",
        Some(b.finish().unwrap()),
    );
    class.to_bytes().unwrap()
}

fn run(program: &Path, prefix: &[&str], dir: &Path, class: &str) -> (i32, String, String) {
    let output = Command::new(program)
        .args(prefix)
        .arg("-cp")
        .arg(dir)
        .arg(class)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    // The error class of the launcher's "Caused by: java.lang.VerifyError: ..." line.
    let error = stderr
        .split_once("Caused by: ")
        .and_then(|(_, rest)| rest.split_once(':'))
        .map_or(String::new(), |(class, _)| class.to_owned());
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        error,
    )
}

#[test]
fn subroutines_run_like_hotspot() {
    if Command::new("java").arg("-version").output().is_err() {
        eprintln!("skipped: no java to compare with");
        return;
    }
    let cortado = PathBuf::from(env!("CARGO_BIN_EXE_cortado"));
    let dir = std::env::temp_dir().join(format!("cortado-subroutines-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let classes = [
        ("Subroutines", subroutines_class(49, "Subroutines")),
        ("Subroutines50", subroutines_class(50, "Subroutines50")),
        ("Subroutines51", subroutines_class(51, "Subroutines51")),
        ("RecursiveJsr", recursive_class("RecursiveJsr")),
    ];
    for (name, bytes) in &classes {
        std::fs::write(dir.join(format!("{name}.class")), bytes).unwrap();
    }
    let mut failures = Vec::new();
    for (name, _) in &classes {
        let expected = run(Path::new("java"), &[], &dir, name);
        let actual = run(&cortado, &["run"], &dir, name);
        if expected != actual {
            failures.push(format!("{name}: java {expected:?}\ncortado {actual:?}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

//! The type-checking verifier (JVMS §4.10.1, class files of version 50 and later): ill-typed
//! classes with StackMapTable frames, one per rule. Each must fail with HotSpot's error class
//! and the first line, Location and Reason of HotSpot's message. The expected texts were taken
//! from `java` 17 on the same bytes, and when `java` is present the test runs it again, checks
//! them, and compares Cortado's whole message with HotSpot's (Current Frame, Stackmap Frame,
//! Bytecode, Exception Handler Table and Stackmap Table sections included).

use std::process::Command;

use cortado_classfile::access::{PROTECTED, PUBLIC, STATIC, SUPER};
use cortado_classfile::attributes::{StackMapFrame, VerificationType as T};
use cortado_classfile::writer::{ClassBuilder, CodeBuilder, ConstantPoolBuilder, Kind};
use cortado_classfile::Opcode as Op;
use cortado_runtime::{Error, Vm, VmOptions};

/// Full frames at the given offsets (in increasing order).
fn frames(at: &[(u16, Vec<T>, Vec<T>)]) -> Vec<StackMapFrame> {
    let mut previous: Option<u16> = None;
    at.iter()
        .map(|(offset, locals, stack)| {
            let delta = match previous {
                None => *offset,
                Some(p) => offset - p - 1,
            };
            previous = Some(*offset);
            StackMapFrame::Full {
                offset_delta: delta,
                locals: locals.clone(),
                stack: stack.clone(),
            }
        })
        .collect()
}

struct Case {
    name: &'static str,
    version: u16,
    descriptor: &'static str,
    /// The body is a constructor `<init>(I)V` (with `this` and an int) instead of `static bad`.
    constructor: bool,
    /// The superclass (`java/lang/Object` unless a rule needs another).
    super_class: &'static str,
    max_stack: u16,
    max_locals: u16,
    /// Emits the code of `static bad` and returns its StackMapTable.
    body: fn(&mut ConstantPoolBuilder, &mut CodeBuilder) -> Option<Vec<StackMapFrame>>,
    /// HotSpot's error class and the first, Location and Reason lines of its message.
    error: &'static str,
    first_line: &'static str,
    location: &'static str,
    reason: &'static str,
}

/// A class with a constructor, `main`, `static int good()` and the method under test.
fn build(case: &Case) -> Vec<u8> {
    let mut class = ClassBuilder::new(
        case.version,
        PUBLIC | SUPER,
        case.name,
        Some(case.super_class),
    );
    class.field(PROTECTED, "x", "I");
    let object_init = class.pool.method_ref(case.super_class, "<init>", "()V");
    let mut init = CodeBuilder::new(1, 1);
    init.load(Kind::Reference, 0)
        .invokespecial(object_init)
        .op(Op::return_);
    class.method(PUBLIC, "<init>", "()V", Some(init.finish().unwrap()));
    let mut main = CodeBuilder::new(0, 1);
    main.op(Op::return_);
    class.method(
        PUBLIC | STATIC,
        "main",
        "([Ljava/lang/String;)V",
        Some(main.finish().unwrap()),
    );
    let mut good = CodeBuilder::new(1, 0);
    good.iconst(&mut class.pool, 1).op(Op::ireturn);
    class.method(PUBLIC | STATIC, "good", "()I", Some(good.finish().unwrap()));
    let mut bad = CodeBuilder::new(case.max_stack, case.max_locals);
    let stack_map = (case.body)(&mut class.pool, &mut bad);
    let mut code = bad.finish().unwrap();
    code.stack_map = stack_map;
    if case.constructor {
        class.method(PUBLIC, "<init>", case.descriptor, Some(code));
    } else {
        class.method(PUBLIC | STATIC, "bad", case.descriptor, Some(code));
    }
    class.to_bytes().unwrap()
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "MissingBranchFrame",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |_, b| {
                let l = b.new_label();
                b.op(Op::iconst_0)
                    .branch(Op::ifeq, l)
                    .op(Op::nop)
                    .bind(l)
                    .op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Expecting a stackmap frame at branch target 5",
            location: "MissingBranchFrame.bad()V @1: ifeq",
            reason: "Expected stackmap frame at this location.",
        },
        Case {
            name: "MissingFrameAfterGoto",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |_, b| {
                let l = b.new_label();
                b.branch(Op::goto, l).op(Op::nop).bind(l).op(Op::return_);
                Some(frames(&[(4, vec![], vec![])]))
            },
            error: "java.lang.VerifyError",
            first_line: "Expecting a stack map frame",
            location: "MissingFrameAfterGoto.bad()V @3: nop",
            reason: "Expected stackmap frame at this location.",
        },
        Case {
            name: "BadFrameLocal",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 1,
            body: |p, b| {
                let l = b.new_label();
                let string = p.class("java/lang/String");
                b.op(Op::iconst_0)
                    .op(Op::istore_0)
                    .op(Op::iload_0)
                    .branch(Op::ifeq, l)
                    .op(Op::nop)
                    .bind(l)
                    .op(Op::return_);
                Some(frames(&[(7, vec![T::Object(string)], vec![])]))
            },
            error: "java.lang.VerifyError",
            first_line: "Inconsistent stackmap frames at branch target 7",
            location: "BadFrameLocal.bad()V @7: return",
            reason: "Type integer (current frame, locals[0]) is not assignable to 'java/lang/String' (stack map, locals[0])",
        },
        Case {
            name: "FrameStackHeight",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 2,
            max_locals: 0,
            body: |_, b| {
                let l = b.new_label();
                b.op(Op::iconst_1)
                    .op(Op::iconst_0)
                    .branch(Op::ifeq, l)
                    .bind(l)
                    .op(Op::return_);
                Some(frames(&[(5, vec![], vec![])]))
            },
            error: "java.lang.VerifyError",
            first_line: "Inconsistent stackmap frames at branch target 5",
            location: "FrameStackHeight.bad()V @2: ifeq",
            reason: "Current frame's stack size doesn't match stackmap.",
        },
        Case {
            name: "FallsOffEnd",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |_, b| {
                b.op(Op::iconst_0).op(Op::pop);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Control flow falls through code end",
            location: "FallsOffEnd.bad()V @2: <invalid>",
            reason: "Error exists in the bytecode",
        },
        Case {
            name: "UseBeforeInit",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |p, b| {
                let class = p.class("UseBeforeInit");
                let m = p.method_ref("java/lang/Object", "hashCode", "()I");
                b.new_object(class)
                    .invokevirtual(m)
                    .op(Op::pop)
                    .op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Bad type on operand stack",
            location: "UseBeforeInit.bad()V @3: invokevirtual",
            reason: "Type uninitialized 0 (current frame, stack[0]) is not assignable to 'java/lang/Object'",
        },
        Case {
            name: "ReturnMismatch",
            version: 52,
            descriptor: "()I",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |_, b| {
                b.op(Op::aconst_null).op(Op::areturn);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Bad return type",
            location: "ReturnMismatch.bad()I @1: areturn",
            reason: "Type null (current frame, stack[0]) is not assignable to integer (from method signature)",
        },
        Case {
            name: "ProtectedAccess",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |p, b| {
                let s = p.string("s");
                let clone = p.method_ref("java/lang/Object", "clone", "()Ljava/lang/Object;");
                b.ldc(s).invokevirtual(clone).op(Op::pop).op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Bad access to protected data in invokevirtual",
            location: "ProtectedAccess.bad()V @2: invokevirtual",
            reason: "Type 'java/lang/String' (current frame, stack[0]) is not assignable to 'ProtectedAccess'",
        },
        Case {
            name: "JsrInVersion51",
            version: 51,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 1,
            body: |_, b| {
                let sub = b.new_label();
                b.branch(Op::jsr, sub)
                    .op(Op::return_)
                    .bind(sub)
                    .op(Op::astore_0)
                    .op_u1(Op::ret, 0);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Bad instruction: a8",
            location: "JsrInVersion51.bad()V @0: jsr",
            reason: "Error exists in the bytecode",
        },
        Case {
            name: "HandlerFrame",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 1,
            body: |p, b| {
                let (start, end, handler) = (b.new_label(), b.new_label(), b.new_label());
                let string = p.class("java/lang/String");
                b.bind(start)
                    .op(Op::iconst_0)
                    .op(Op::istore_0)
                    .bind(end)
                    .op(Op::return_)
                    .bind(handler)
                    .op(Op::pop)
                    .op(Op::return_);
                b.exception_handler(start, end, handler, 0);
                Some(frames(&[(3, vec![], vec![T::Object(string)])]))
            },
            error: "java.lang.VerifyError",
            first_line: "Stack map does not match the one at exception handler 3",
            location: "HandlerFrame.bad()V @3: pop",
            reason: "Type 'java/lang/Throwable' (current frame, stack[0]) is not assignable to 'java/lang/String' (stack map, stack[0])",
        },
        Case {
            name: "BadType",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 2,
            max_locals: 0,
            body: |p, b| {
                let s = p.string("s");
                b.ldc(s)
                    .op(Op::iconst_1)
                    .op(Op::iadd)
                    .op(Op::pop)
                    .op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Bad type on operand stack",
            location: "BadType.bad()V @3: iadd",
            reason: "Type 'java/lang/String' (current frame, stack[0]) is not assignable to integer",
        },
        Case {
            name: "BadLocal",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 1,
            body: |_, b| {
                b.op(Op::iload_0).op(Op::pop).op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Bad local variable type",
            location: "BadLocal.bad()V @0: iload_0",
            reason: "Type top (current frame, locals[0]) is not assignable to integer",
        },
        Case {
            name: "StackOverflowInFrame",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |_, b| {
                b.op(Op::iconst_0).op(Op::iconst_0).op(Op::pop2).op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Operand stack overflow",
            location: "StackOverflowInFrame.bad()V @1: iconst_0",
            reason: "Exceeded max stack size.",
        },
        Case {
            name: "UninitInFrame",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 3,
            max_locals: 0,
            body: |p, b| {
                let l = b.new_label();
                let class = p.class("UninitInFrame");
                let init = p.method_ref("UninitInFrame", "<init>", "()V");
                b.new_object(class)
                    .op(Op::dup)
                    .op(Op::iconst_0)
                    .branch(Op::ifeq, l)
                    .bind(l)
                    .invokespecial(init)
                    .op(Op::pop)
                    .op(Op::return_);
                // Claims the object came from a `new` at offset 1 (it is at 0).
                Some(frames(&[(
                    8,
                    vec![],
                    vec![T::Uninitialized(1), T::Uninitialized(1)],
                )]))
            },
            error: "java.lang.ClassFormatError",
            first_line: "StackMapTable format error: bad offset for Uninitialized in method 'void UninitInFrame.bad()'",
            location: "",
            reason: "",
        },
        Case {
            name: "CtorSkipsSuper",
            version: 52,
            descriptor: "(I)V",
            constructor: true,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 2,
            body: |_, b| {
                b.op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Constructor must call super() or this() before return",
            location: "CtorSkipsSuper.<init>(I)V @0: return",
            reason: "Error exists in the bytecode",
        },
        Case {
            name: "CtorFlags",
            version: 52,
            descriptor: "(I)V",
            constructor: true,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 2,
            body: |p, b| {
                let l = b.new_label();
                let init = p.method_ref("java/lang/Object", "<init>", "()V");
                b.op(Op::iload_1)
                    .branch(Op::ifeq, l)
                    .bind(l)
                    .op(Op::aload_0)
                    .invokespecial(init)
                    .op(Op::return_);
                // The frame forgets that `this` is not initialized yet.
                Some(frames(&[(4, vec![T::Top, T::Integer], vec![])]))
            },
            error: "java.lang.VerifyError",
            first_line: "Inconsistent stackmap frames at branch target 4",
            location: "CtorFlags.<init>(I)V @4: aload_0",
            reason: "Current frame's flags are not assignable to stack map frame's.",
        },
        Case {
            name: "ProtectedField",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/util/AbstractList",
            max_stack: 2,
            max_locals: 0,
            body: |p, b| {
                let list = p.class("java/util/ArrayList");
                let init = p.method_ref("java/util/ArrayList", "<init>", "()V");
                let mod_count = p.field_ref("java/util/AbstractList", "modCount", "I");
                b.new_object(list)
                    .op(Op::dup)
                    .invokespecial(init)
                    .getfield(mod_count)
                    .op(Op::pop)
                    .op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Bad access to protected data in getfield",
            location: "ProtectedField.bad()V @7: getfield",
            reason: "Type 'java/util/ArrayList' (current frame, stack[0]) is not assignable to 'ProtectedField'",
        },
        Case {
            name: "StackUnderflow",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |_, b| {
                b.op(Op::pop).op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Operand stack underflow",
            location: "StackUnderflow.bad()V @0: pop",
            reason: "Attempt to pop empty stack.",
        },
        Case {
            name: "AthrowString",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |p, b| {
                let s = p.string("s");
                b.ldc(s).op(Op::athrow);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Bad type on operand stack",
            location: "AthrowString.bad()V @2: athrow",
            reason: "Type 'java/lang/String' (current frame, stack[0]) is not assignable to 'java/lang/Throwable'",
        },
        Case {
            name: "CatchString",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |p, b| {
                let (start, end, handler) = (b.new_label(), b.new_label(), b.new_label());
                let string = p.class("java/lang/String");
                b.bind(start)
                    .op(Op::nop)
                    .bind(end)
                    .op(Op::return_)
                    .bind(handler)
                    .op(Op::pop)
                    .op(Op::return_);
                b.exception_handler(start, end, handler, string);
                Some(frames(&[(2, vec![], vec![T::Object(string)])]))
            },
            error: "java.lang.VerifyError",
            first_line: "Catch type is not a subclass of Throwable in exception handler 2",
            location: "CatchString.bad()V @2: pop",
            reason: "Type 'java/lang/String' (constant pool 10) is not assignable to 'java/lang/Throwable'",
        },
        Case {
            name: "FrameInsideInstruction",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 1,
            max_locals: 0,
            body: |_, b| {
                let l = b.new_label();
                b.branch(Op::goto, l).bind(l).op(Op::return_);
                Some(frames(&[(1, vec![], vec![])]))
            },
            error: "java.lang.VerifyError",
            first_line: "StackMapTable error: bad offset",
            location: "FrameInsideInstruction.bad()V @0: goto",
            reason: "Invalid stackmap specification.",
        },
        Case {
            name: "LongAsTwoInts",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 2,
            max_locals: 0,
            body: |_, b| {
                b.op(Op::lconst_0).op(Op::iadd).op(Op::pop).op(Op::return_);
                None
            },
            error: "java.lang.VerifyError",
            first_line: "Bad type on operand stack",
            location: "LongAsTwoInts.bad()V @1: iadd",
            reason: "Type long_2nd (current frame, stack[1]) is not assignable to integer",
        },
        Case {
            name: "FrameBadClassIndex",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 0,
            max_locals: 0,
            body: |_, b| {
                let l = b.new_label();
                b.branch(Op::goto, l).bind(l).op(Op::return_);
                Some(vec![StackMapFrame::Full { offset_delta: 3, locals: vec![T::Object(999)], stack: vec![] }])
            },
            error: "java.lang.ClassFormatError",
            first_line: "StackMapTable format error: bad class index",
            location: "",
            reason: "",
        },
        Case {
            name: "FrameLocalsOverflow",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 0,
            max_locals: 0,
            body: |_, b| {
                let l = b.new_label();
                b.branch(Op::goto, l).bind(l).op(Op::return_);
                Some(vec![StackMapFrame::Full { offset_delta: 3, locals: vec![T::Integer], stack: vec![] }])
            },
            error: "java.lang.ClassFormatError",
            first_line: "StackMapTable format error: bad type array size in method 'void FrameLocalsOverflow.bad()'",
            location: "",
            reason: "",
        },
        Case {
            name: "FrameStackOverflow",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 0,
            max_locals: 0,
            body: |_, b| {
                let l = b.new_label();
                b.branch(Op::goto, l).bind(l).op(Op::return_);
                Some(vec![StackMapFrame::Full { offset_delta: 3, locals: vec![], stack: vec![T::Integer] }])
            },
            error: "java.lang.ClassFormatError",
            first_line: "StackMapTable format error: bad type array size in method 'void FrameStackOverflow.bad()'",
            location: "",
            reason: "",
        },
        Case {
            name: "FrameChopTooMuch",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 0,
            max_locals: 0,
            body: |_, b| {
                let l = b.new_label();
                b.branch(Op::goto, l).bind(l).op(Op::return_);
                Some(vec![StackMapFrame::Chop { offset_delta: 3, chopped: 2 }])
            },
            error: "java.lang.ClassFormatError",
            first_line: "StackMapTable format error: bad type array size in method 'void FrameChopTooMuch.bad()'",
            location: "",
            reason: "",
        },
        Case {
            name: "FrameBeyondCode",
            version: 52,
            descriptor: "()V",
            constructor: false,
            super_class: "java/lang/Object",
            max_stack: 0,
            max_locals: 0,
            body: |_, b| {
                let l = b.new_label();
                b.branch(Op::goto, l).bind(l).op(Op::return_);
                Some(vec![StackMapFrame::Same { offset_delta: 3 }, StackMapFrame::Same { offset_delta: 9 }])
            },
            error: "java.lang.VerifyError",
            first_line: "StackMapTable error: bad offset",
            location: "FrameBeyondCode.bad()V @0: goto",
            reason: "Invalid stackmap specification.",
        },
    ]
}

/// The error class and the first, Location and Reason lines of a VerifyError's message.
fn parts(message: &str) -> (String, String, String) {
    let lines: Vec<&str> = message.lines().collect();
    let after = |label: &str| {
        lines
            .iter()
            .position(|l| l.trim() == label)
            .and_then(|i| lines.get(i + 1))
            .map_or(String::new(), |l| l.trim().to_owned())
    };
    (
        lines.first().map_or(String::new(), |l| l.to_string()),
        after("Location:"),
        after("Reason:"),
    )
}

#[test]
fn stackmap_rules_fail_like_hotspot() {
    let dir = std::env::temp_dir().join(format!("cortado-stackmap-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut classes = Vec::new();
    for case in cases() {
        let bytes = build(&case);
        std::fs::write(dir.join(format!("{}.class", case.name)), &bytes).unwrap();
        classes.push((case.name.to_owned(), bytes));
    }
    let has_java = Command::new("java").arg("-version").output().is_ok();
    let mut failures = Vec::new();
    // HotSpot's whole message per case, to compare Cortado's with line by line.
    let mut hotspot = std::collections::HashMap::new();
    if has_java {
        for case in cases() {
            let output = Command::new("java")
                .arg("-Xshare:auto")
                .arg("-cp")
                .arg(&dir)
                .arg(case.name)
                .output()
                .expect("java runs");
            let stderr = String::from_utf8_lossy(&output.stderr);
            // "Caused by: java.lang.VerifyError: <first line>" then the details.
            let cause = stderr
                .split_once("Caused by: ")
                .map_or("", |(_, rest)| rest);
            let (class, rest) = cause.split_once(": ").unwrap_or(("", ""));
            let (first, location, reason) = parts(rest);
            // The message ends where the stack trace starts, or before the launcher's newline.
            let message = rest
                .split_once("\n\tat ")
                .map_or(rest.strip_suffix('\n').unwrap_or(rest), |(m, _)| m);
            hotspot.insert(case.name, message.to_owned());
            if (class, first.as_str(), location.as_str(), reason.as_str())
                != (case.error, case.first_line, case.location, case.reason)
            {
                failures.push(format!("{}: HotSpot says {stderr}", case.name));
            }
        }
    }
    let vm = Vm::new(VmOptions {
        classes,
        ..VmOptions::default()
    })
    .unwrap();
    for case in cases() {
        match vm.call_static(case.name, "good", "()I", &[]) {
            Err(Error::Exception(e)) => {
                let message = e.message.clone().unwrap_or_default();
                let (first, location, reason) = parts(&message);
                if let Some(expected) = hotspot.get(case.name) {
                    // All of HotSpot's sections: Current Frame, Stackmap Frame, Bytecode,
                    // Exception Handler Table, Stackmap Table.
                    if *expected != message {
                        failures.push(format!(
                            "{}: the message differs from HotSpot's:\n{expected:?}\n---\n{message:?}",
                            case.name
                        ));
                    }
                }
                if e.class_name == "java.lang.VerifyError"
                    && !message.contains("\n  Bytecode:\n    0000000: ")
                {
                    failures.push(format!("{}: no Bytecode section in {message}", case.name));
                }
                if e.class_name != case.error
                    || first != case.first_line
                    || location != case.location
                    || reason != case.reason
                {
                    failures.push(format!(
                        "{}: got {} {first:?} / {location:?} / {reason:?}",
                        case.name, e.class_name
                    ));
                }
            }
            other => failures.push(format!("{}: expected an error, got {other:?}", case.name)),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Valid code with compressed frames (append, same, long locals, an uninitialized object
/// across a branch) verifies; a version-50 class without frames falls back to inference, as on
/// HotSpot.
#[test]
fn valid_frames_verify_and_version_50_falls_back() {
    let mut classes = Vec::new();
    for (name, version, with_frames) in [("GoodFrames", 52, true), ("OldFrames", 50, false)] {
        let mut class = ClassBuilder::new(version, PUBLIC | SUPER, name, Some("java/lang/Object"));
        let object_init = class.pool.method_ref("java/lang/Object", "<init>", "()V");
        let mut init = CodeBuilder::new(1, 1);
        init.load(Kind::Reference, 0)
            .invokespecial(object_init)
            .op(Op::return_);
        class.method(PUBLIC, "<init>", "()V", Some(init.finish().unwrap()));
        let mut main = CodeBuilder::new(1, 1);
        let sum_ref = class.pool.method_ref(name, "sum", "(I)I");
        let make_ref = class.pool.method_ref(name, "make", "(I)Ljava/lang/Object;");
        main.iconst(&mut class.pool, 4)
            .invokestatic(sum_ref)
            .op(Op::pop)
            .iconst(&mut class.pool, 1)
            .invokestatic(make_ref)
            .op(Op::pop)
            .op(Op::return_);
        class.method(
            PUBLIC | STATIC,
            "main",
            "([Ljava/lang/String;)V",
            Some(main.finish().unwrap()),
        );
        // static int sum(int n) { long acc = 0; while (n > 0) { acc += n; n--; } return (int) acc; }
        let mut b = CodeBuilder::new(4, 3);
        let (head, end) = (b.new_label(), b.new_label());
        b.op(Op::lconst_0).op(Op::lstore_1);
        let head_pc = b.pc() as u16;
        b.bind(head).op(Op::iload_0).branch(Op::ifle, end);
        b.op(Op::lload_1)
            .op(Op::iload_0)
            .op(Op::i2l)
            .op(Op::ladd)
            .op(Op::lstore_1)
            .iinc(0, -1)
            .branch(Op::goto, head);
        let end_pc = b.pc() as u16;
        b.bind(end).op(Op::lload_1).op(Op::l2i).op(Op::ireturn);
        let mut code = b.finish().unwrap();
        if with_frames {
            code.stack_map = Some(vec![
                StackMapFrame::Append {
                    offset_delta: head_pc,
                    locals: vec![T::Long],
                },
                StackMapFrame::Same {
                    offset_delta: end_pc - head_pc - 1,
                },
            ]);
        }
        class.method(PUBLIC | STATIC, "sum", "(I)I", Some(code));
        // static Object make(int k) { return new C(k == 0 ? ... ) }: the new object is on the
        // stack, uninitialized, across a branch.
        let mut b = CodeBuilder::new(3, 1);
        let this_class = class.pool.class(name);
        let init_ref = class.pool.method_ref(name, "<init>", "()V");
        let join = b.new_label();
        b.new_object(this_class)
            .op(Op::dup)
            .op(Op::iload_0)
            .branch(Op::ifeq, join);
        let join_pc = b.pc() as u16;
        b.bind(join).invokespecial(init_ref).op(Op::areturn);
        let mut code = b.finish().unwrap();
        if with_frames {
            code.stack_map = Some(vec![StackMapFrame::Full {
                offset_delta: join_pc,
                locals: vec![T::Integer],
                stack: vec![T::Uninitialized(0), T::Uninitialized(0)],
            }]);
        }
        class.method(PUBLIC | STATIC, "make", "(I)Ljava/lang/Object;", Some(code));
        classes.push((name.to_owned(), class.to_bytes().unwrap()));
    }
    let dir = std::env::temp_dir().join(format!("cortado-frames-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in &classes {
        std::fs::write(dir.join(format!("{name}.class")), bytes).unwrap();
    }
    if Command::new("java").arg("-version").output().is_ok() {
        for (name, _) in &classes {
            let output = Command::new("java")
                .arg("-cp")
                .arg(&dir)
                .arg(name)
                .output()
                .unwrap();
            assert!(
                output.status.success(),
                "HotSpot rejects {name}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    let vm = Vm::new(VmOptions {
        classes: classes.clone(),
        ..VmOptions::default()
    })
    .unwrap();
    for (name, _) in &classes {
        let sum = vm.call_static(name, "sum", "(I)I", &[cortado_runtime::Value::Int(4)]);
        assert_eq!(sum, Ok(cortado_runtime::Value::Int(10)), "{name}");
        let made = vm.call_static(
            name,
            "make",
            "(I)Ljava/lang/Object;",
            &[cortado_runtime::Value::Int(1)],
        );
        assert!(made.is_ok(), "{name}: {made:?}");
    }
}

//! The parser on real javac output (every test class, with spot checks of the attributes the
//! VM relies on) and on malformed input: dozens of mutations of valid classes must give the
//! right error, never a panic.

use std::fs;
use std::path::Path;

use cortado_classfile::access;
use cortado_classfile::attributes::{StackMapFrame, VerificationType};
use cortado_classfile::constant_pool::{handle_kind, Constant};
use cortado_classfile::writer::{write_class, ClassBuilder, CodeBuilder, Kind};
use cortado_classfile::{ClassFile, Error};

fn bytes_of(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/classes")
        .join(format!("{name}.class"));
    fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn class(name: &str) -> ClassFile {
    ClassFile::parse(&bytes_of(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn class_names(class: &ClassFile, indices: &[u16]) -> Vec<String> {
    indices
        .iter()
        .map(|&i| class.constant_pool.class_name(i).unwrap().to_owned())
        .collect()
}

#[test]
fn every_test_class_parses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/classes");
    let mut count = 0;
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let bytes = fs::read(entry.path()).unwrap();
        let class = ClassFile::parse(&bytes).unwrap_or_else(|e| panic!("{:?}: {e}", entry.path()));
        assert_eq!(class.major_version, 61);
        assert_eq!(
            format!("{}.class", class.this_class),
            entry.file_name().to_string_lossy()
        );
        for method in &class.methods {
            if let Some(code) = method.code() {
                cortado_classfile::opcode::decode_all(&code.code)
                    .unwrap_or_else(|e| panic!("{}.{}: {e:?}", class.this_class, method.name));
            }
        }
        count += 1;
    }
    assert!(count >= 20);
}

#[test]
fn lambdas_have_method_handles_and_bootstrap_methods() {
    let class = class("Lambdas");
    let pool = &class.constant_pool;
    let entries = pool.entries();
    assert!(entries
        .iter()
        .any(|c| matches!(c, Constant::InvokeDynamic { .. })));
    assert!(entries
        .iter()
        .any(|c| matches!(c, Constant::MethodType { .. })));
    let handles: Vec<_> = entries
        .iter()
        .filter_map(|c| match c {
            Constant::MethodHandle { kind, reference } => Some((*kind, *reference)),
            _ => None,
        })
        .collect();
    assert!(handles
        .iter()
        .any(|&(kind, _)| kind == handle_kind::INVOKE_STATIC));
    assert!(
        handles
            .iter()
            .any(|&(kind, _)| kind == handle_kind::NEW_INVOKE_SPECIAL),
        "ArrayList::new"
    );

    let bootstraps = &class.attributes.bootstrap_methods;
    assert!(bootstraps.len() >= 5);
    for bootstrap in bootstraps {
        let Some(Constant::MethodHandle { reference, .. }) = pool.get(bootstrap.method_ref) else {
            panic!("bootstrap method is not a MethodHandle");
        };
        let (member, _) = pool.member_ref(*reference).unwrap();
        assert!(
            ["metafactory", "makeConcatWithConstants"].contains(&member.name),
            "{}",
            member.name
        );
    }
    // Every InvokeDynamic names an existing bootstrap method.
    for constant in entries {
        if let Constant::InvokeDynamic { bootstrap, .. } = constant {
            assert!((*bootstrap as usize) < bootstraps.len());
        }
    }
    // The lambda bodies are private static synthetic methods.
    let lambda = class.method("lambda$main$1", "(II)I").unwrap();
    assert_eq!(
        lambda.access_flags & (access::PRIVATE | access::STATIC | access::SYNTHETIC),
        0x100A
    );
}

#[test]
fn records_have_a_record_attribute() {
    let class = class("Point");
    assert_eq!(class.super_class.as_deref(), Some("java/lang/Record"));
    let components = class.attributes.record.as_ref().expect("Record attribute");
    let summary: Vec<_> = components
        .iter()
        .map(|c| {
            (
                c.name.as_str(),
                c.descriptor.as_str(),
                c.signature.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("x", "I", None),
            ("y", "I", None),
            (
                "tags",
                "Ljava/util/List;",
                Some("Ljava/util/List<Ljava/lang/String;>;")
            )
        ]
    );
    assert_eq!(
        class.attributes.signature.as_deref(),
        Some("Ljava/lang/Record;Ljava/lang/Comparable<LPoint;>;")
    );
}

#[test]
fn nests_inner_classes_and_enclosing_methods() {
    let outer = class("Outer");
    let mut members = class_names(&outer, &outer.attributes.nest_members);
    members.sort();
    assert_eq!(
        members,
        [
            "Outer$1",
            "Outer$1Local",
            "Outer$Inner",
            "Outer$Nested",
            "Outer$Visitor"
        ]
    );
    assert!(outer.attributes.inner_classes.len() >= 5);
    let inner = outer
        .attributes
        .inner_classes
        .iter()
        .find(|ic| outer.constant_pool.class_name(ic.inner_class).unwrap() == "Outer$Nested")
        .unwrap();
    assert_eq!(
        outer.constant_pool.utf8(inner.inner_name).unwrap(),
        "Nested"
    );
    assert_eq!(
        outer.constant_pool.class_name(inner.outer_class).unwrap(),
        "Outer"
    );
    assert_eq!(inner.access_flags & access::STATIC, access::STATIC);

    let nested = class("Outer$Inner");
    assert_eq!(
        class_names(&nested, &[nested.attributes.nest_host.unwrap()]),
        ["Outer"]
    );

    let local = class("Outer$1Local");
    let (class_index, method) = local.attributes.enclosing_method.unwrap();
    assert_eq!(
        local.constant_pool.class_name(class_index).unwrap(),
        "Outer"
    );
    assert_eq!(
        local.constant_pool.name_and_type(method).unwrap(),
        ("local", "(I)I")
    );
}

#[test]
fn sealed_interfaces_list_permitted_subclasses() {
    let shape = class("Shape");
    assert!(shape.is_interface());
    assert_eq!(
        class_names(&shape, &shape.attributes.permitted_subclasses),
        ["Shape$Circle", "Shape$Square"]
    );
    assert!(class("Shape$Circle")
        .attributes
        .permitted_subclasses
        .is_empty());
}

#[test]
fn code_attributes_carry_line_numbers_locals_and_stack_maps() {
    let hello = class("Hello");
    assert_eq!(hello.source_file(), Some("Hello.java"));
    let main = hello
        .method("main", "([Ljava/lang/String;)V")
        .unwrap()
        .code()
        .unwrap();
    assert_eq!(main.line_number(0), Some(6));
    assert_eq!(main.line_number(8), Some(7));
    let names: Vec<_> = main
        .local_variables
        .iter()
        .map(|v| v.name.as_str())
        .collect();
    assert_eq!(names, ["args", "n", "s", "c"]);
    assert_eq!(main.stack_map, None, "straight-line code needs no frames");

    let exceptions = class("Exceptions");
    let try_catch = exceptions
        .method("tryCatch", "(Ljava/lang/String;)I")
        .unwrap()
        .code()
        .unwrap();
    assert_eq!(try_catch.exception_table.len(), 4);
    assert_eq!(try_catch.exception_table[3].catch_type, 0, "finally");
    let frames = try_catch.stack_map.as_ref().unwrap();
    let caught = frames.iter().find_map(|f| match f {
        StackMapFrame::SameLocals1StackItem {
            stack: VerificationType::Object(i),
            ..
        } => Some(*i),
        _ => None,
    });
    let caught = caught.expect("a frame with the caught exception on the stack");
    assert_eq!(
        exceptions.constant_pool.class_name(caught).unwrap(),
        "java/lang/NumberFormatException"
    );

    let switches = class("Switches");
    let dense = switches.method("dense", "(I)I").unwrap().code().unwrap();
    assert_eq!(dense.stack_map.as_ref().unwrap().len(), 5);
    let strings = switches
        .method("strings", "(Ljava/lang/String;)I")
        .unwrap()
        .code()
        .unwrap();
    assert!(strings
        .stack_map
        .as_ref()
        .unwrap()
        .iter()
        .any(|f| matches!(f, StackMapFrame::Append { .. })));

    let generics = class("Greeter");
    let all = generics
        .methods
        .iter()
        .find(|m| m.name == "greetAll")
        .unwrap();
    assert_eq!(
        all.code().unwrap().local_variable_types.len(),
        4,
        "this, names, counts, n"
    );
}

#[test]
fn method_parameters_when_compiled_with_parameters() {
    let params = class("Params");
    let run = params.method("run", "(ILjava/lang/String;)V").unwrap();
    let summary: Vec<_> = run
        .attributes
        .method_parameters
        .iter()
        .map(|p| (p.name.as_deref(), p.access_flags))
        .collect();
    assert_eq!(
        summary,
        [(Some("count"), access::FINAL), (Some("label"), 0)]
    );
    let sum = params.method("sum", "(I[I)I").unwrap();
    assert_eq!(sum.access_flags & access::VARARGS, access::VARARGS);
    assert!(class("Hello")
        .methods
        .iter()
        .all(|m| m.attributes.method_parameters.is_empty()));
}

#[test]
fn constant_values_and_exceptions() {
    let constants = class("Constants");
    let pool = &constants.constant_pool;
    let value = |name: &str| {
        let field = constants.fields.iter().find(|f| f.name == name).unwrap();
        pool.get(field.attributes.constant_value.unwrap())
            .unwrap()
            .clone()
    };
    assert_eq!(value("L1"), Constant::Long(1234567890123));
    assert_eq!(value("D1"), Constant::Double(std::f64::consts::PI));
    assert_eq!(value("F1"), Constant::Float(2.5));
    assert_eq!(value("CH"), Constant::Integer(0xE9));
    let multi = class("Exceptions");
    let multi = multi.method("multi", "(I)V").unwrap();
    assert_eq!(
        multi.attributes.exceptions,
        ["java/io/IOException", "java/lang/InterruptedException"]
    );
}

#[test]
fn modified_utf8_round_trips() {
    // NUL is written as C0 80 and U+1F600 as a surrogate pair of two 3-byte sequences.
    let constants = class("Constants");
    let raw = bytes_of("Constants");
    let nul_emoji = [
        b'a', 0xC0, 0x80, b'b', 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80, b'c',
    ];
    assert!(raw.windows(nul_emoji.len()).any(|w| w == nul_emoji));
    let index = constants
        .constant_pool
        .entries()
        .iter()
        .position(|c| *c == Constant::Utf8("a\0b\u{1F600}c".into()))
        .expect("the NUL_AND_EMOJI literal") as u16;
    let units: Vec<u16> = "a\0b\u{1F600}c".encode_utf16().collect();
    assert_eq!(constants.constant_pool.utf16(index).unwrap(), units);

    // An unpaired surrogate cannot live in a Rust String but must survive parse and write.
    let mut builder = ClassBuilder::new(61, access::PUBLIC, "Strings", Some("java/lang/Object"));
    let lone = [0x0041, 0xD800, 0x0000, 0xDFFF];
    let lone_index = builder.pool.utf8_units(&lone);
    let pair_index = builder.pool.utf8("\u{0}\u{10FFFF}é");
    let bytes = builder.to_bytes().unwrap();
    let parsed = ClassFile::parse(&bytes).unwrap();
    assert_eq!(parsed.constant_pool.utf16(lone_index).unwrap(), lone);
    assert_eq!(
        parsed.constant_pool.utf8(pair_index).unwrap(),
        "\u{0}\u{10FFFF}é"
    );
    let rewritten = ClassFile::parse(&write_class(&parsed).unwrap()).unwrap();
    assert_eq!(rewritten.constant_pool.utf16(lone_index).unwrap(), lone);
    assert_eq!(write_class(&rewritten).unwrap(), bytes);
}

// ---------------------------------------------------------------------------------------------
// Malformed input.

/// Byte offsets of the constant-pool entries of a well-formed class: (index, offset, tag), and
/// the offset just past the pool.
fn pool_layout(bytes: &[u8]) -> (Vec<(u16, usize, u8)>, usize) {
    let u2 = |at: usize| u16::from_be_bytes([bytes[at], bytes[at + 1]]) as usize;
    let count = u2(8);
    let mut at = 10;
    let mut index = 1;
    let mut entries = Vec::new();
    while index < count {
        let tag = bytes[at];
        entries.push((index as u16, at, tag));
        let (size, slots) = match tag {
            1 => (3 + u2(at + 1), 1),
            3 | 4 => (5, 1),
            5 | 6 => (9, 2),
            7 | 8 | 16 | 19 | 20 => (3, 1),
            15 => (4, 1),
            9 | 10 | 11 | 12 | 17 | 18 => (5, 1),
            _ => panic!("unexpected tag {tag}"),
        };
        at += size;
        index += slots;
    }
    (entries, at)
}

/// A small class with a known layout: one field, one method, SourceFile as the only (and so
/// the last) class attribute.
fn victim() -> ClassBuilder {
    let mut class = ClassBuilder::new(
        61,
        access::PUBLIC | access::SUPER,
        "Victim",
        Some("java/lang/Object"),
    );
    class.field(access::PRIVATE, "x", "I");
    let mut code = CodeBuilder::new(1, 1);
    code.load(Kind::Int, 0).return_value(Some(Kind::Int));
    class.method(access::STATIC, "id", "(I)I", Some(code.finish().unwrap()));
    class.source_file("Victim.java");
    class
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    Format,
    Version,
}

fn check(name: &str, bytes: &[u8], expect: Expect) {
    let result = std::panic::catch_unwind(|| ClassFile::parse(bytes));
    match (result, expect) {
        (Err(_), _) => panic!("{name}: the parser panicked"),
        (Ok(Ok(_)), _) => panic!("{name}: accepted"),
        (Ok(Err(Error::Format(_))), Expect::Format) => {}
        (Ok(Err(Error::UnsupportedVersion(_))), Expect::Version) => {}
        (Ok(Err(other)), _) => panic!("{name}: expected {expect:?}, got {other:?}"),
    }
}

fn with(bytes: &[u8], edit: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut copy = bytes.to_vec();
    edit(&mut copy);
    copy
}

fn rewritten(name: &str, mutate: impl FnOnce(&mut ClassFile)) -> Vec<u8> {
    let mut class = class(name);
    mutate(&mut class);
    write_class(&class).unwrap()
}

fn set_u2(bytes: &mut [u8], at: usize, value: u16) {
    bytes[at..at + 2].copy_from_slice(&value.to_be_bytes());
}

#[test]
fn truncation_anywhere_is_a_format_error() {
    for name in ["Hello", "Lambdas", "Point", "Switches"] {
        let bytes = bytes_of(name);
        for length in (0..bytes.len()).step_by(7) {
            check(
                &format!("{name} truncated to {length}"),
                &bytes[..length],
                Expect::Format,
            );
        }
    }
}

#[test]
fn mutations_are_rejected_with_the_right_error() {
    let hello = bytes_of("Hello");
    let (entries, pool_end) = pool_layout(&hello);
    let first_of = |tag: u8| entries.iter().find(|e| e.2 == tag).copied().unwrap();
    let utf8_index = first_of(1).0;
    let (_, methodref_at, _) = first_of(10);
    let (_, class_at, _) = first_of(7);
    let (_, string_at, _) = first_of(8);
    let (_, nat_at, _) = first_of(12);
    let (_, handle_at, _) = first_of(15);
    let (_, indy_at, _) = first_of(18);
    let victim_bytes = victim().to_bytes().unwrap();
    let victim_len = victim_bytes.len();
    let count = entries.last().unwrap().0 + 1;

    let mut cases: Vec<(&str, Vec<u8>, Expect)> = vec![
        ("empty", Vec::new(), Expect::Format),
        ("bad magic", with(&hello, |b| b[3] = 0xBF), Expect::Format),
        ("magic only", hello[..4].to_vec(), Expect::Format),
        (
            "constant pool count 0",
            with(&hello, |b| set_u2(b, 8, 0)),
            Expect::Format,
        ),
        (
            "bad constant tag 2",
            with(&hello, |b| b[10] = 2),
            Expect::Format,
        ),
        (
            "bad constant tag 99",
            with(&hello, |b| b[class_at] = 99),
            Expect::Format,
        ),
        (
            "methodref class index out of range",
            with(&hello, |b| set_u2(b, methodref_at + 1, 0xFFFF)),
            Expect::Format,
        ),
        (
            "methodref class index 0",
            with(&hello, |b| set_u2(b, methodref_at + 1, 0)),
            Expect::Format,
        ),
        (
            "methodref class is a Utf8",
            with(&hello, |b| set_u2(b, methodref_at + 1, utf8_index)),
            Expect::Format,
        ),
        (
            "methodref name-and-type is a Class",
            with(&hello, |b| set_u2(b, methodref_at + 3, first_of(7).0)),
            Expect::Format,
        ),
        (
            "class name is a Class",
            with(&hello, |b| set_u2(b, class_at + 1, first_of(7).0)),
            Expect::Format,
        ),
        (
            "string points past the pool",
            with(&hello, |b| set_u2(b, string_at + 1, count)),
            Expect::Format,
        ),
        (
            "name-and-type descriptor is a Class",
            with(&hello, |b| set_u2(b, nat_at + 3, first_of(7).0)),
            Expect::Format,
        ),
        (
            "method handle kind 0",
            with(&hello, |b| b[handle_at + 1] = 0),
            Expect::Format,
        ),
        (
            "method handle kind 10",
            with(&hello, |b| b[handle_at + 1] = 10),
            Expect::Format,
        ),
        (
            "method handle getfield of a method",
            with(&hello, |b| b[handle_at + 1] = 1),
            Expect::Format,
        ),
        (
            "invokedynamic name-and-type is a Utf8",
            with(&hello, |b| set_u2(b, indy_at + 3, utf8_index)),
            Expect::Format,
        ),
        (
            "this_class is a Utf8",
            with(&hello, |b| set_u2(b, pool_end + 2, utf8_index)),
            Expect::Format,
        ),
        (
            "super_class out of range",
            with(&hello, |b| set_u2(b, pool_end + 4, 0xFFFE)),
            Expect::Format,
        ),
        (
            "interface count lies",
            with(&hello, |b| set_u2(b, pool_end + 6, 0x4000)),
            Expect::Format,
        ),
        (
            "extra trailing byte",
            with(&hello, |b| b.push(0)),
            Expect::Format,
        ),
        (
            "extra trailing bytes",
            with(&victim_bytes, |b| b.extend_from_slice(&[0xCA, 0xFE])),
            Expect::Format,
        ),
        (
            "invalid modified UTF-8 (raw NUL)",
            with(&victim_bytes, |b| {
                let (entries, _) = pool_layout(b);
                let (_, at, _) = entries.iter().copied().find(|e| e.2 == 1).unwrap();
                b[at + 3] = 0;
            }),
            Expect::Format,
        ),
        (
            "invalid modified UTF-8 (4-byte form)",
            with(&victim_bytes, |b| {
                let (entries, _) = pool_layout(b);
                let (_, at, _) = entries.iter().copied().find(|e| e.2 == 1).unwrap();
                b[at + 3] = 0xF0;
            }),
            Expect::Format,
        ),
        // SourceFile is the last 8 bytes: name u2, length u4, index u2.
        (
            "attribute length too long",
            with(&victim_bytes, |b| b[victim_len - 3] = 9),
            Expect::Format,
        ),
        (
            "attribute length too short",
            with(&victim_bytes, |b| b[victim_len - 3] = 1),
            Expect::Format,
        ),
        (
            "attribute length huge",
            with(&victim_bytes, |b| b[victim_len - 6] = 0x7F),
            Expect::Format,
        ),
        (
            "attribute name is a Class",
            with(&victim_bytes, |b| set_u2(b, victim_len - 8, 2)),
            Expect::Format,
        ),
        (
            "source file index past the pool",
            with(&victim_bytes, |b| set_u2(b, victim_len - 2, 0xFFFF)),
            Expect::Format,
        ),
        (
            "version 70",
            with(&hello, |b| set_u2(b, 6, 70)),
            Expect::Version,
        ),
        (
            "version 44",
            with(&hello, |b| set_u2(b, 6, 44)),
            Expect::Version,
        ),
        (
            "version 61.1 (preview minor of a non-preview)",
            with(&hello, |b| set_u2(b, 4, 1)),
            Expect::Version,
        ),
        (
            "version 0xFFFF",
            with(&hello, |b| set_u2(b, 6, 0xFFFF)),
            Expect::Version,
        ),
        (
            "code length 0",
            rewritten("Hello", |c| {
                c.methods[0].attributes.code.as_mut().unwrap().code.clear()
            }),
            Expect::Format,
        ),
        (
            "code length 65536",
            rewritten("Hello", |c| {
                c.methods[0]
                    .attributes
                    .code
                    .as_mut()
                    .unwrap()
                    .code
                    .resize(65536, 0)
            }),
            Expect::Format,
        ),
        (
            "bad method descriptor",
            rewritten("Hello", |c| c.methods[1].descriptor = "(Q)V".into()),
            Expect::Format,
        ),
        (
            "method descriptor without return",
            rewritten("Hello", |c| c.methods[1].descriptor = "(I)".into()),
            Expect::Format,
        ),
        (
            "void parameter",
            rewritten("Hello", |c| c.methods[1].descriptor = "(V)V".into()),
            Expect::Format,
        ),
        (
            "bad field descriptor",
            rewritten("Hello", |c| {
                c.fields[0].descriptor = "Ljava/lang/String".into()
            }),
            Expect::Format,
        ),
        (
            "field descriptor with dots",
            rewritten("Hello", |c| {
                c.fields[0].descriptor = "Ljava.lang.String;".into()
            }),
            Expect::Format,
        ),
        (
            "abstract method with code",
            rewritten("Hello", |c| c.methods[1].access_flags |= access::ABSTRACT),
            Expect::Format,
        ),
        (
            "concrete method without code",
            rewritten("Hello", |c| c.methods[1].attributes.code = None),
            Expect::Format,
        ),
    ];
    // An Exceptions attribute whose class index points at a Utf8.
    let mut victim_with_throws = victim();
    victim_with_throws.method_with(
        access::ABSTRACT | access::PUBLIC,
        "boom",
        "()V",
        cortado_classfile::Attributes {
            exceptions: vec!["java/io/IOException".into()],
            ..Default::default()
        },
    );
    let bytes = victim_with_throws.to_bytes().unwrap();
    let parsed = ClassFile::parse(&bytes).unwrap();
    let utf8_index = |text: &str| {
        let entries = parsed.constant_pool.entries();
        entries
            .iter()
            .position(|c| *c == Constant::Utf8(text.into()))
            .unwrap() as u16
    };
    let exceptions_name = utf8_index("Exceptions");
    let io = utf8_index("java/io/IOException");
    let marker = [&exceptions_name.to_be_bytes()[..], &[0, 0, 0, 4, 0, 1]].concat();
    let at = bytes
        .windows(marker.len())
        .position(|w| w == marker)
        .expect("Exceptions attribute");
    cases.push((
        "exception class is not a Class",
        with(&bytes, |b| set_u2(b, at + 8, io)),
        Expect::Format,
    ));

    // A Long in the last constant-pool slot: count 2 leaves no room for its second slot.
    let mut long_last = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61, 0, 2, 5];
    long_last.extend_from_slice(&7i64.to_be_bytes());
    long_last.extend_from_slice(&[0; 10]);
    cases.push(("Long in the last slot", long_last, Expect::Format));
    let double_last = with(&victim_bytes, |b| {
        // Grow the count by one and put a Double where the pool ends.
        let (_, end) = pool_layout(b);
        let count = u16::from_be_bytes([b[8], b[9]]);
        set_u2(b, 8, count + 1);
        let mut double = vec![6];
        double.extend_from_slice(&1.5f64.to_bits().to_be_bytes());
        b.splice(end..end, double);
    });
    cases.push(("Double in the last slot", double_last, Expect::Format));

    // Stack map and verification-type tags.
    let frames = |frames: Vec<StackMapFrame>| {
        rewritten("Hello", move |c| {
            c.methods[0].attributes.code.as_mut().unwrap().stack_map = Some(frames)
        })
    };
    let good = frames(vec![StackMapFrame::Same { offset_delta: 1 }]);
    ClassFile::parse(&good).expect("a frame the parser does not judge is fine");
    let marker = [0x00, 0x01, 0x01]; // frame count 1, same_frame delta 1
    let at = good
        .windows(3)
        .rposition(|w| w == marker)
        .expect("StackMapTable body");
    cases.push((
        "reserved frame type 128",
        with(&good, |b| b[at + 2] = 128),
        Expect::Format,
    ));
    let item = frames(vec![StackMapFrame::SameLocals1StackItem {
        offset_delta: 1,
        stack: VerificationType::Integer,
    }]);
    let at = item
        .windows(4)
        .rposition(|w| w == [0x00, 0x01, 65, 1])
        .expect("frame");
    cases.push((
        "verification tag 9",
        with(&item, |b| b[at + 3] = 9),
        Expect::Format,
    ));

    assert!(cases.len() >= 30, "{} cases", cases.len());
    for (name, bytes, expect) in &cases {
        check(name, bytes, *expect);
    }
    // And the untouched inputs are fine.
    ClassFile::parse(&hello).unwrap();
    ClassFile::parse(&victim_bytes).unwrap();
}

#[test]
fn random_corruption_never_panics() {
    // Deterministic xorshift so failures reproduce. Whatever parses must also disassemble and
    // write without panicking.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for name in [
        "Hello",
        "Lambdas",
        "Switches",
        "Point",
        "Outer",
        "WideLocals",
        "Greeter",
    ] {
        let original = bytes_of(name);
        for _ in 0..400 {
            let mut bytes = original.clone();
            for _ in 0..1 + next() % 4 {
                let at = (next() % bytes.len() as u64) as usize;
                bytes[at] = next() as u8;
            }
            let outcome = std::panic::catch_unwind(|| {
                if let Ok(class) = ClassFile::parse(&bytes) {
                    let _ = cortado_classfile::disasm::disassemble(&class);
                    let _ = write_class(&class);
                }
            });
            assert!(outcome.is_ok(), "{name}: panic on a corrupted copy");
        }
    }
}

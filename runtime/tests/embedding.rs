//! The embedding API: classes given as bytes, static calls with host values, host natives,
//! and guest exceptions as host errors.

use std::process::Command;

use cortado_runtime::{Error, JavaThrow, NativeContext, Value, Vm, VmOptions};

const SOURCE: &str = r#"
public class Api {
    static int calls;
    public static int add(int a, int b) { calls++; return a + b; }
    public static long sum(int[] values) { long s = 0; for (int v : values) s += v; return s; }
    public static String greet(String name) { return name == null ? "nobody" : "hello " + name + " #" + calls; }
    public static String[] split(String text) { return text.split(","); }
    public static double half(double d) { return d / 2; }
    public static boolean fails(String message) { throw new IllegalStateException(message); }
    static native int twice(int x);
    static native String shout(String s);
    static native int boom();
    static native int refuse(int x);
    public static int useTwice(int x) { return twice(x) + 1; }
    public static String useShout(String s) { return "[" + shout(s) + "]"; }
    public static String useBoom() { try { return "no " + boom(); } catch (InternalError e) { return "caught " + e.getMessage(); } }
    static native String describe(int x);
    public static String useDescribe(int x) {
        try { return describe(x); } catch (IllegalArgumentException e) { return "rethrown: " + e.getMessage(); }
    }
    public static StringBuilder builder(String s) { return new StringBuilder(s); }
    public static String useRefuse() { try { return "no " + refuse(1); } catch (UnsupportedOperationException e) { return "refused: " + e.getMessage(); } }
}
"#;

fn compiled() -> Vec<u8> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("cortado-embedding-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Api.java"), SOURCE).unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Api.java"))
        .status()
        .expect("javac runs");
    assert!(status.success());
    let bytes = std::fs::read(dir.join("Api.class")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    bytes
}

fn vm() -> Vm {
    let mut options = VmOptions::default();
    options.classes.push(("Api".to_owned(), compiled()));
    Vm::new(options).expect("the VM starts")
}

#[test]
fn static_calls_convert_values_both_ways() {
    let vm = vm();
    assert_eq!(
        vm.call_static("Api", "add", "(II)I", &[Value::Int(2), Value::Int(40)]),
        Ok(Value::Int(42))
    );
    let values = Value::Array((1..=100).map(Value::Int).collect());
    assert_eq!(
        vm.call_static("Api", "sum", "([I)J", &[values]),
        Ok(Value::Long(5050))
    );
    assert_eq!(
        vm.call_static(
            "Api",
            "greet",
            "(Ljava/lang/String;)Ljava/lang/String;",
            &[Value::String("Zoë".into())]
        ),
        Ok(Value::String("hello Zoë #1".into())),
        "statics persist between calls"
    );
    assert_eq!(
        vm.call_static(
            "Api",
            "greet",
            "(Ljava/lang/String;)Ljava/lang/String;",
            &[Value::Null]
        ),
        Ok(Value::String("nobody".into()))
    );
    assert_eq!(
        vm.call_static(
            "Api",
            "split",
            "(Ljava/lang/String;)[Ljava/lang/String;",
            &[Value::String("a,b,c".into())]
        ),
        Ok(Value::Array(vec![
            Value::String("a".into()),
            Value::String("b".into()),
            Value::String("c".into())
        ]))
    );
    assert_eq!(
        vm.call_static("Api", "half", "(D)D", &[Value::Double(5.0)]),
        Ok(Value::Double(2.5))
    );
}

#[test]
fn misuse_is_a_host_error() {
    let vm = vm();
    assert!(matches!(
        vm.call_static("Api", "add", "(II)I", &[Value::Int(1)]),
        Err(Error::InvalidArgument(_))
    ));
    assert!(matches!(
        vm.call_static(
            "Api",
            "add",
            "(II)I",
            &[Value::Int(1), Value::String("x".into())]
        ),
        Err(Error::InvalidArgument(_))
    ));
    assert!(matches!(
        vm.call_static("Api", "missing", "()V", &[]),
        Err(Error::InvalidArgument(_))
    ));
    assert!(matches!(
        vm.call_static("NoSuchClass", "f", "()V", &[]),
        Err(Error::InvalidArgument(_))
    ));
    assert!(matches!(
        vm.call_static("Api", "add", "(II", &[]),
        Err(Error::InvalidArgument(_))
    ));
}

#[test]
fn guest_exceptions_come_back_with_class_message_and_trace() {
    let vm = vm();
    let Err(Error::Exception(exception)) = vm.call_static(
        "Api",
        "fails",
        "(Ljava/lang/String;)Z",
        &[Value::String("bad state".into())],
    ) else {
        panic!("expected an exception");
    };
    assert_eq!(exception.class_name, "java.lang.IllegalStateException");
    assert_eq!(exception.message.as_deref(), Some("bad state"));
    assert!(
        exception
            .stack_trace
            .starts_with("java.lang.IllegalStateException: bad state\n\tat Api.fails(Api.java:"),
        "{}",
        exception.stack_trace
    );
    // The VM stays usable after a guest exception.
    assert_eq!(
        vm.call_static("Api", "add", "(II)I", &[Value::Int(1), Value::Int(1)]),
        Ok(Value::Int(2))
    );
}

#[test]
fn host_natives_are_called_and_contained() {
    let vm = vm();
    vm.register_native("Api", "twice", "(I)I", true, |args| match args {
        [Value::Int(x)] => Ok(Value::Int(x * 2)),
        _ => unreachable!("the descriptor fixes the arguments"),
    })
    .unwrap();
    vm.register_native(
        "Api",
        "shout",
        "(Ljava/lang/String;)Ljava/lang/String;",
        true,
        |args| match args {
            [Value::String(s)] => Ok(Value::String(s.to_uppercase())),
            _ => Ok(Value::Null),
        },
    )
    .unwrap();
    vm.register_native("Api", "boom", "()I", true, |_| panic!("host bug"))
        .unwrap();
    vm.register_native("Api", "refuse", "(I)I", true, |_| {
        Err(JavaThrow {
            class: "java.lang.UnsupportedOperationException".into(),
            message: Some("not here".into()),
        })
    })
    .unwrap();
    assert_eq!(
        vm.call_static("Api", "useTwice", "(I)I", &[Value::Int(20)]),
        Ok(Value::Int(41))
    );
    assert_eq!(
        vm.call_static(
            "Api",
            "useShout",
            "(Ljava/lang/String;)Ljava/lang/String;",
            &[Value::String("hey".into())]
        ),
        Ok(Value::String("[HEY]".into()))
    );
    assert_eq!(
        vm.call_static("Api", "useBoom", "()Ljava/lang/String;", &[]),
        Ok(Value::String(
            "caught native method panicked: host bug".into()
        ))
    );
    assert_eq!(
        vm.call_static("Api", "useRefuse", "()Ljava/lang/String;", &[]),
        Ok(Value::String("refused: not here".into()))
    );
}

const OBJECTS: &str = r#"
import java.util.*;
public class Shelf {
    public static List<String> make(String first) { List<String> l = new ArrayList<>(); l.add(first); return l; }
    public static int size(List<String> l) { return l.size(); }
    public static StringBuilder builder() { return new StringBuilder("sb"); }
}
"#;

#[test]
fn objects_are_held_by_checked_handles() {
    let dir = std::env::temp_dir().join(format!("cortado-objects-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Shelf.java"), OBJECTS).unwrap();
    assert!(Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Shelf.java"))
        .status()
        .unwrap()
        .success());
    let mut options = VmOptions::default();
    options.class_path.push(dir.clone());
    options.gc_stress_bytes = Some(0);
    let vm = Vm::new(options).unwrap();
    let Ok(Value::Object(list)) = vm.call_static(
        "Shelf",
        "make",
        "(Ljava/lang/String;)Ljava/util/List;",
        &[Value::String("a".into())],
    ) else {
        panic!("expected an object");
    };
    assert_eq!(list.class_name, "java.util.ArrayList");
    // The handle follows the list through collections (stress mode collects at every allocation).
    for word in ["b", "c", "d"] {
        assert_eq!(
            vm.call_method(
                &list,
                "add",
                "(Ljava/lang/Object;)Z",
                &[Value::String(word.into())]
            ),
            Ok(Value::Boolean(true))
        );
    }
    assert_eq!(
        vm.call_static(
            "Shelf",
            "size",
            "(Ljava/util/List;)I",
            &[Value::Object(list.clone())]
        ),
        Ok(Value::Int(4))
    );
    assert_eq!(
        vm.call_method(&list, "toString", "()Ljava/lang/String;", &[]),
        Ok(Value::String("[a, b, c, d]".into()))
    );
    // Wrong type, another VM, released handle: errors, not crashes.
    let Ok(Value::Object(builder)) =
        vm.call_static("Shelf", "builder", "()Ljava/lang/StringBuilder;", &[])
    else {
        panic!()
    };
    assert!(matches!(
        vm.call_static(
            "Shelf",
            "size",
            "(Ljava/util/List;)I",
            &[Value::Object(builder)]
        ),
        Err(Error::InvalidArgument(_))
    ));
    let other = Vm::new(VmOptions::default()).unwrap();
    assert!(matches!(
        other.call_method(&list, "size", "()I", &[]),
        Err(Error::InvalidArgument(_))
    ));
    assert!(other.release(&list).is_err());
    // Nor as an argument to the other VM's methods.
    assert!(matches!(
        other.call_static(
            "java.lang.String",
            "valueOf",
            "(Ljava/lang/Object;)Ljava/lang/String;",
            &[Value::Object(list.clone())]
        ),
        Err(Error::InvalidArgument(_))
    ));
    // The other VM's own objects still work there, and not here.
    let Ok(Value::Object(theirs)) = other.call_static(
        "java.lang.Integer",
        "valueOf",
        "(I)Ljava/lang/Integer;",
        &[Value::Int(7)],
    ) else {
        panic!("expected an Integer")
    };
    assert_eq!(
        other.call_method(&theirs, "intValue", "()I", &[]),
        Ok(Value::Int(7))
    );
    assert!(matches!(
        vm.call_method(&theirs, "intValue", "()I", &[]),
        Err(Error::InvalidArgument(_))
    ));
    // A handle whose VM is gone is refused too.
    drop(other);
    assert!(matches!(
        vm.call_method(&theirs, "intValue", "()I", &[]),
        Err(Error::InvalidArgument(_))
    ));
    vm.release(&list).unwrap();
    assert!(vm.release(&list).is_err());
    assert!(matches!(
        vm.call_method(&list, "size", "()I", &[]),
        Err(Error::InvalidArgument(_))
    ));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A host native can call back into Java through its context: static and instance methods,
/// objects it then releases, and exceptions that come back as errors.
#[test]
fn host_natives_call_back_into_java() {
    let vm = vm();
    vm.register_native_with_context(
        "Api",
        "describe",
        "(I)Ljava/lang/String;",
        true,
        |context: &mut NativeContext, args| {
            let [Value::Int(x)] = args else {
                unreachable!("the descriptor fixes the arguments")
            };
            if *x < 0 {
                // A guest exception in a callback comes back as an error; rethrow it.
                return match context.call_static(
                    "Api",
                    "fails",
                    "(Ljava/lang/String;)Z",
                    &[Value::String(format!("negative {x}"))],
                ) {
                    Err(Error::Exception(e)) => Err(JavaThrow {
                        class: "java.lang.IllegalArgumentException".into(),
                        message: Some(format!(
                            "{}: {}",
                            e.class_name,
                            e.message.unwrap_or_default()
                        )),
                    }),
                    other => Ok(Value::String(format!("unexpected {other:?}"))),
                };
            }
            let sum = context
                .call_static("Api", "add", "(II)I", &[Value::Int(*x), Value::Int(1)])
                .map_err(|e| JavaThrow {
                    class: "java.lang.IllegalStateException".into(),
                    message: Some(e.to_string()),
                })?;
            let Ok(Value::Object(builder)) = context.call_static(
                "Api",
                "builder",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;",
                &[Value::String("sum ".into())],
            ) else {
                return Ok(Value::String("no builder".into()));
            };
            let Value::Int(sum) = sum else {
                return Ok(Value::String("no sum".into()));
            };
            let _ = context.call_method(
                &builder,
                "append",
                "(I)Ljava/lang/StringBuilder;",
                &[Value::Int(sum)],
            );
            let text = context.call_method(&builder, "toString", "()Ljava/lang/String;", &[]);
            context
                .release(&builder)
                .expect("the callback's object is held");
            assert!(context.release(&builder).is_err(), "released twice");
            match text {
                Ok(Value::String(text)) => Ok(Value::String(text)),
                other => Ok(Value::String(format!("unexpected {other:?}"))),
            }
        },
    )
    .unwrap();
    let describe = |x: i32| {
        vm.call_static(
            "Api",
            "useDescribe",
            "(I)Ljava/lang/String;",
            &[Value::Int(x)],
        )
    };
    assert_eq!(describe(41), Ok(Value::String("sum 42".into())));
    assert_eq!(
        describe(-3),
        Ok(Value::String(
            "rethrown: java.lang.IllegalStateException: negative -3".into()
        ))
    );
    // The VM goes on as before.
    assert_eq!(
        vm.call_static("Api", "add", "(II)I", &[Value::Int(2), Value::Int(3)]),
        Ok(Value::Int(5))
    );
}

//! Dynamically-computed constants (`CONSTANT_Dynamic`) loaded with `ldc`: the
//! `ConstantBootstraps` methods, a bootstrap method of the class itself, constants as
//! arguments of constants, resolution once per constant, failing bootstraps, and MethodType
//! constants. javac emits
//! no `ldc` of a dynamic constant, so the class is built here; `CONDY_DUMP=dir` writes it out
//! so that `java` can run the same cases (the expected text below is what Temurin 25 printed
//! for them, through a reflective harness that formats results the same way).

use cortado_classfile::constant_pool::handle_kind;
use cortado_classfile::writer::{ClassBuilder, CodeBuilder, Kind};
use cortado_classfile::{access, Opcode};
use cortado_runtime::{Compilation, Error, Value, Vm, VmOptions};

const CLASS: &str = "CondyCases";
const OTHER: &str = "CondyOther";
const CB: &str = "java/lang/invoke/ConstantBootstraps";
const LOOKUP: &str = "Ljava/lang/invoke/MethodHandles$Lookup;";

/// A bootstrap method handle of `ConstantBootstraps`.
fn bootstrap(class: &mut ClassBuilder, name: &str, extra: &str, returns: &str) -> u16 {
    let descriptor = format!("({LOOKUP}Ljava/lang/String;Ljava/lang/Class;{extra}){returns}");
    let method = class.pool.method_ref(CB, name, &descriptor);
    class.pool.method_handle(handle_kind::INVOKE_STATIC, method)
}

fn static_handle(class: &mut ClassBuilder, owner: &str, name: &str, descriptor: &str) -> u16 {
    let method = class.pool.method_ref(owner, name, descriptor);
    class.pool.method_handle(handle_kind::INVOKE_STATIC, method)
}

/// A dynamic constant of bootstrap method handle `bsm` with `arguments`.
fn constant(
    class: &mut ClassBuilder,
    bsm: u16,
    arguments: &[u16],
    name: &str,
    descriptor: &str,
) -> u16 {
    let index = class.bootstrap_method(bsm, arguments);
    class.pool.dynamic(index, name, descriptor)
}

/// `static String name()`: `String.valueOf` of the constant (or of the primitive).
fn returning_text(class: &mut ClassBuilder, name: &str, index: u16, descriptor: &str) {
    let mut code = CodeBuilder::new(4, 0);
    let wide = matches!(descriptor, "J" | "D");
    if wide {
        code.ldc2(index);
    } else {
        code.ldc(index);
    }
    let argument = match descriptor {
        "I" | "J" | "F" | "D" | "Z" | "C" => descriptor,
        "B" | "S" => "I",
        _ => "Ljava/lang/Object;",
    };
    let value_of = class.pool.method_ref(
        "java/lang/String",
        "valueOf",
        &format!("({argument})Ljava/lang/String;"),
    );
    code.invokestatic(value_of).op(Opcode::areturn);
    let code = code.finish().expect("code assembles");
    class.method(
        access::PUBLIC | access::STATIC,
        name,
        "()Ljava/lang/String;",
        Some(code),
    );
}

fn build() -> Vec<u8> {
    let mut class = ClassBuilder::new(
        55,
        access::PUBLIC | access::SUPER,
        CLASS,
        Some("java/lang/Object"),
    );
    class.field(access::STATIC, "count", "I");
    let null_constant = bootstrap(&mut class, "nullConstant", "", "Ljava/lang/Object;");
    let primitive_class = bootstrap(&mut class, "primitiveClass", "", "Ljava/lang/Class;");
    let enum_constant = bootstrap(&mut class, "enumConstant", "", "Ljava/lang/Enum;");
    let get_static_final = bootstrap(&mut class, "getStaticFinal", "", "Ljava/lang/Object;");
    let get_static_final_of = bootstrap(
        &mut class,
        "getStaticFinal",
        "Ljava/lang/Class;",
        "Ljava/lang/Object;",
    );
    let explicit_cast = bootstrap(
        &mut class,
        "explicitCast",
        "Ljava/lang/Object;",
        "Ljava/lang/Object;",
    );
    let invoke = bootstrap(
        &mut class,
        "invoke",
        "Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;",
        "Ljava/lang/Object;",
    );

    let c = constant(&mut class, null_constant, &[], "_", "Ljava/lang/String;");
    returning_text(&mut class, "nullString", c, "Ljava/lang/String;");
    let c = constant(&mut class, primitive_class, &[], "I", "Ljava/lang/Class;");
    returning_text(&mut class, "intClass", c, "Ljava/lang/Class;");
    let c = constant(&mut class, get_static_final, &[], "MAX_VALUE", "I");
    returning_text(&mut class, "maxInt", c, "I");
    let c = constant(&mut class, get_static_final, &[], "MIN_VALUE", "J");
    returning_text(&mut class, "minLong", c, "J");
    let integer = class.pool.class("java/lang/Integer");
    let c = constant(&mut class, get_static_final_of, &[integer], "SIZE", "I");
    returning_text(&mut class, "integerSize", c, "I");
    let c = constant(
        &mut class,
        enum_constant,
        &[],
        "HALF_UP",
        "Ljava/math/RoundingMode;",
    );
    returning_text(&mut class, "halfUp", c, "Ljava/math/RoundingMode;");
    let three_hundred = class.pool.integer(300);
    let c = constant(&mut class, explicit_cast, &[three_hundred], "_", "B");
    returning_text(&mut class, "castToByte", c, "B");
    let three = class.pool.integer(3);
    let c = constant(&mut class, explicit_cast, &[three], "_", "Z");
    returning_text(&mut class, "castToBoolean", c, "Z");
    let c = constant(&mut class, explicit_cast, &[three], "_", "D");
    returning_text(&mut class, "castToDouble", c, "D");
    let forty_two = class.pool.integer(42);
    let value_of = static_handle(
        &mut class,
        "java/lang/String",
        "valueOf",
        "(I)Ljava/lang/String;",
    );
    let c = constant(
        &mut class,
        invoke,
        &[value_of, forty_two],
        "_",
        "Ljava/lang/String;",
    );
    returning_text(&mut class, "invokeValueOf", c, "Ljava/lang/String;");
    let format = static_handle(
        &mut class,
        "java/lang/String",
        "format",
        "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;",
    );
    let pattern = class.pool.string("%s-%s");
    let (a, b) = (class.pool.string("a"), class.pool.string("b"));
    let c = constant(
        &mut class,
        invoke,
        &[format, pattern, a, b],
        "_",
        "Ljava/lang/String;",
    );
    returning_text(&mut class, "invokeVarargs", c, "Ljava/lang/String;");
    // What javac emits for a qualified enum label: EnumDesc.of(ClassDesc.of(name), constant).
    let class_desc_of = class.pool.interface_method_ref(
        "java/lang/constant/ClassDesc",
        "of",
        "(Ljava/lang/String;)Ljava/lang/constant/ClassDesc;",
    );
    let class_desc_of = class
        .pool
        .method_handle(handle_kind::INVOKE_STATIC, class_desc_of);
    let enum_desc_of = static_handle(
        &mut class,
        "java/lang/Enum$EnumDesc",
        "of",
        "(Ljava/lang/constant/ClassDesc;Ljava/lang/String;)Ljava/lang/Enum$EnumDesc;",
    );
    let rounding = class.pool.string("java.math.RoundingMode");
    let class_desc = constant(
        &mut class,
        invoke,
        &[class_desc_of, rounding],
        "invoke",
        "Ljava/lang/constant/ClassDesc;",
    );
    let up = class.pool.string("UP");
    let c = constant(
        &mut class,
        invoke,
        &[enum_desc_of, class_desc, up],
        "invoke",
        "Ljava/lang/Enum$EnumDesc;",
    );
    returning_text(&mut class, "enumDesc", c, "Ljava/lang/Enum$EnumDesc;");
    // A constant as another's argument.
    let long_class = constant(&mut class, primitive_class, &[], "J", "Ljava/lang/Class;");
    let c = constant(
        &mut class,
        explicit_cast,
        &[long_class],
        "_",
        "Ljava/lang/Object;",
    );
    returning_text(&mut class, "nested", c, "Ljava/lang/Object;");

    // A method type, loaded and as an argument.
    let method_type = class.pool.method_type("(I[Ljava/lang/String;J)V");
    returning_text(
        &mut class,
        "methodType",
        method_type,
        "Ljava/lang/invoke/MethodType;",
    );
    let c = constant(
        &mut class,
        explicit_cast,
        &[method_type],
        "_",
        "Ljava/lang/Object;",
    );
    returning_text(&mut class, "methodTypeArgument", c, "Ljava/lang/Object;");

    let concat = class.pool.method_ref(
        "java/lang/String",
        "concat",
        "(Ljava/lang/String;)Ljava/lang/String;",
    );
    // A private method of another class: not accessible.
    let secret = static_handle(&mut class, OTHER, "secret", "()Ljava/lang/String;");
    let c = constant(&mut class, invoke, &[secret], "_", "Ljava/lang/String;");
    returning_text(&mut class, "privateMethod", c, "Ljava/lang/String;");

    // A switch label that is no label (a Long, accepted only with preview features), and
    // dynamic constant labels: a primitive class and an enum constant's descriptor.
    let type_switch = class.pool.method_ref(
        "java/lang/runtime/SwitchBootstraps",
        "typeSwitch",
        &format!(
            "({LOOKUP}Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;"
        ),
    );
    let type_switch = class
        .pool
        .method_handle(handle_kind::INVOKE_STATIC, type_switch);
    let five = class.pool.long(5);
    let int_class = constant(&mut class, primitive_class, &[], "I", "Ljava/lang/Class;");
    let half_up_desc = {
        let name = class.pool.string("HALF_UP");
        let rounding_desc = class_desc;
        constant(
            &mut class,
            invoke,
            &[enum_desc_of, rounding_desc, name],
            "invoke",
            "Ljava/lang/Enum$EnumDesc;",
        )
    };
    let string_class = class.pool.class("java/lang/String");
    for (name, labels, target) in [
        ("longLabel", vec![five], "Ljava/lang/Object;"),
        (
            "switchLabels",
            vec![int_class, half_up_desc, string_class],
            "Ljava/lang/Object;",
        ),
    ] {
        let bootstrap = class.bootstrap_method(type_switch, &labels);
        let site = class
            .pool
            .invoke_dynamic(bootstrap, "typeSwitch", &format!("({target}I)I"));
        let mut code = CodeBuilder::new(4, 0);
        let getter = class.pool.field_ref(
            "java/math/RoundingMode",
            "HALF_UP",
            "Ljava/math/RoundingMode;",
        );
        let value_of =
            class
                .pool
                .method_ref("java/lang/String", "valueOf", "(I)Ljava/lang/String;");
        // The labels matched by HALF_UP, 7 (int.class: an Integer, the selector being
        // Object) and "s": "1 0 2".
        let space = class.pool.string(" ");
        let mut first = true;
        for push in 0..3 {
            match push {
                0 => {
                    code.getstatic(getter);
                }
                1 => {
                    let seven = class.pool.integer(7);
                    let box_int = class.pool.method_ref(
                        "java/lang/Integer",
                        "valueOf",
                        "(I)Ljava/lang/Integer;",
                    );
                    code.ldc(seven).invokestatic(box_int);
                }
                _ => {
                    let text = class.pool.string("s");
                    code.ldc(text);
                }
            }
            code.iconst(&mut class.pool, 0)
                .invokedynamic(site)
                .invokestatic(value_of);
            if !first {
                code.op(Opcode::swap)
                    .ldc(space)
                    .invokevirtual(concat)
                    .op(Opcode::swap)
                    .invokevirtual(concat);
            }
            first = false;
        }
        code.op(Opcode::areturn);
        class.method(
            access::PUBLIC | access::STATIC,
            name,
            "()Ljava/lang/String;",
            Some(code.finish().expect("code assembles")),
        );
    }

    // An enum switch whose selector is no enum.
    let enum_switch = class.pool.method_ref(
        "java/lang/runtime/SwitchBootstraps",
        "enumSwitch",
        &format!(
            "({LOOKUP}Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;"
        ),
    );
    let enum_switch = class
        .pool
        .method_handle(handle_kind::INVOKE_STATIC, enum_switch);
    let label = class.pool.string("A");
    let bootstrap = class.bootstrap_method(enum_switch, &[label]);
    let site = class
        .pool
        .invoke_dynamic(bootstrap, "enumSwitch", "(Ljava/lang/String;I)I");
    let mut code = CodeBuilder::new(2, 0);
    let value_of_int =
        class
            .pool
            .method_ref("java/lang/String", "valueOf", "(I)Ljava/lang/String;");
    code.ldc(label)
        .iconst(&mut class.pool, 0)
        .invokedynamic(site)
        .invokestatic(value_of_int)
        .op(Opcode::areturn);
    class.method(
        access::PUBLIC | access::STATIC,
        "enumSwitchOnString",
        "()Ljava/lang/String;",
        Some(code.finish().expect("code assembles")),
    );

    // A null constant dereferenced (HotSpot's helpful message ends after "because \"").
    let null_string = constant(&mut class, null_constant, &[], "_", "Ljava/lang/String;");
    let length = class.pool.method_ref("java/lang/String", "length", "()I");
    let mut code = CodeBuilder::new(2, 0);
    code.ldc(null_string)
        .invokevirtual(length)
        .invokestatic(value_of_int)
        .op(Opcode::areturn);
    class.method(
        access::PUBLIC | access::STATIC,
        "nullLength",
        "()Ljava/lang/String;",
        Some(code.finish().expect("code assembles")),
    );

    // A static field getter handle: the field's value. (A private field of another class
    // is not accessible: HotSpot's message names its module by identity hash, so that case
    // is in `private_field_handle_is_refused` instead.)
    let shown = class.pool.field_ref(OTHER, "shown", "J");
    let shown = class.pool.method_handle(handle_kind::GET_STATIC, shown);
    let c = constant(&mut class, invoke, &[shown], "_", "J");
    returning_text(&mut class, "publicField", c, "J");

    // A constant that is its own argument.
    class.pool.name_and_type("cycle", "Ljava/lang/Object;");
    let itself = class.pool.count();
    let c = constant(
        &mut class,
        explicit_cast,
        &[itself],
        "cycle",
        "Ljava/lang/Object;",
    );
    assert_eq!(c, itself, "the constant is its own argument");
    returning_text(&mut class, "cycle", c, "Ljava/lang/Object;");

    // The class's own bootstrap method counts its runs: `ldcTwice` loads its constant twice
    // and then reads the count.
    let mut code = CodeBuilder::new(3, 3);
    let count = class.pool.field_ref(CLASS, "count", "I");
    code.getstatic(count)
        .iconst(&mut class.pool, 1)
        .op(Opcode::iadd)
        .putstatic(count);
    let suffix = class.pool.string("!");
    code.load(Kind::Reference, 1)
        .ldc(suffix)
        .invokevirtual(concat)
        .op(Opcode::areturn);
    let bsm_descriptor = format!("({LOOKUP}Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;");
    class.method(
        access::STATIC,
        "make",
        &bsm_descriptor,
        Some(code.finish().expect("code assembles")),
    );
    let make = static_handle(&mut class, CLASS, "make", &bsm_descriptor);
    let made = constant(&mut class, make, &[], "made", "Ljava/lang/String;");
    let mut code = CodeBuilder::new(4, 0);
    code.ldc(made).op(Opcode::pop).ldc(made);
    let value_of_int =
        class
            .pool
            .method_ref("java/lang/String", "valueOf", "(I)Ljava/lang/String;");
    code.getstatic(count)
        .invokestatic(value_of_int)
        .invokevirtual(concat)
        .op(Opcode::areturn);
    class.method(
        access::PUBLIC | access::STATIC,
        "ldcTwice",
        "()Ljava/lang/String;",
        Some(code.finish().expect("code assembles")),
    );

    // Failures.
    let x = constant(&mut class, primitive_class, &[], "X", "Ljava/lang/Class;");
    returning_text(&mut class, "notPrimitive", x, "Ljava/lang/Class;");
    returning_text(&mut class, "notPrimitiveAgain", x, "Ljava/lang/Class;");
    let c = constant(&mut class, null_constant, &[], "_", "I");
    returning_text(&mut class, "nullInt", c, "I");
    let c = constant(
        &mut class,
        enum_constant,
        &[],
        "NOPE",
        "Ljava/math/RoundingMode;",
    );
    returning_text(&mut class, "noSuchEnum", c, "Ljava/math/RoundingMode;");
    let c = constant(&mut class, value_of, &[], "_", "Ljava/lang/String;");
    returning_text(&mut class, "invalidBootstrap", c, "Ljava/lang/String;");
    let c = constant(
        &mut class,
        invoke,
        &[value_of, forty_two],
        "_",
        "Ljava/lang/Integer;",
    );
    returning_text(&mut class, "wrongResultType", c, "Ljava/lang/Integer;");
    let c = constant(&mut class, get_static_final, &[], "NOPE", "I");
    returning_text(&mut class, "noSuchField", c, "I");
    // A bootstrap method that throws an Error: passed through, not wrapped.
    let mut code = CodeBuilder::new(3, 3);
    let error = class.pool.class("java/lang/AssertionError");
    let init = class.pool.method_ref(
        "java/lang/AssertionError",
        "<init>",
        "(Ljava/lang/Object;)V",
    );
    let boom = class.pool.string("boom");
    code.new_object(error)
        .op(Opcode::dup)
        .ldc(boom)
        .invokespecial(init)
        .op(Opcode::athrow);
    class.method(
        access::STATIC,
        "explode",
        &bsm_descriptor,
        Some(code.finish().expect("code assembles")),
    );
    let explode = static_handle(&mut class, CLASS, "explode", &bsm_descriptor);
    let c = constant(&mut class, explode, &[], "_", "Ljava/lang/Object;");
    returning_text(&mut class, "throwsError", c, "Ljava/lang/Object;");
    // A bootstrap method that fails once: the failure is recorded, not retried.
    class.field(access::STATIC, "failures", "I");
    let failures = class.pool.field_ref(CLASS, "failures", "I");
    let mut code = CodeBuilder::new(3, 3);
    let state = class.pool.class("java/lang/IllegalStateException");
    let init = class.pool.method_ref(
        "java/lang/IllegalStateException",
        "<init>",
        "(Ljava/lang/String;)V",
    );
    let failed = class.pool.string("failed");
    code.getstatic(failures)
        .iconst(&mut class.pool, 1)
        .op(Opcode::iadd)
        .putstatic(failures);
    code.new_object(state)
        .op(Opcode::dup)
        .ldc(failed)
        .invokespecial(init)
        .op(Opcode::athrow);
    class.method(
        access::STATIC,
        "failOnce",
        &bsm_descriptor,
        Some(code.finish().expect("code assembles")),
    );
    let fail_once = static_handle(&mut class, CLASS, "failOnce", &bsm_descriptor);
    let c = constant(&mut class, fail_once, &[], "_", "Ljava/lang/Object;");
    returning_text(&mut class, "failing", c, "Ljava/lang/Object;");
    returning_text(&mut class, "failingAgain", c, "Ljava/lang/Object;");
    let mut code = CodeBuilder::new(2, 0);
    code.getstatic(failures)
        .invokestatic(value_of_int)
        .op(Opcode::areturn);
    class.method(
        access::PUBLIC | access::STATIC,
        "failures",
        "()Ljava/lang/String;",
        Some(code.finish().expect("code assembles")),
    );
    class.to_bytes().expect("the class assembles")
}

/// A class with a private method, which `CondyCases` may not call.
fn build_other() -> Vec<u8> {
    let mut class = ClassBuilder::new(
        55,
        access::PUBLIC | access::SUPER,
        OTHER,
        Some("java/lang/Object"),
    );
    class.field(access::PRIVATE | access::STATIC, "hidden", "I");
    class.field(access::PUBLIC | access::STATIC, "shown", "J");
    let mut code = CodeBuilder::new(1, 0);
    let text = class.pool.string("secret");
    code.ldc(text).op(Opcode::areturn);
    class.method(
        access::PRIVATE | access::STATIC,
        "secret",
        "()Ljava/lang/String;",
        Some(code.finish().expect("code assembles")),
    );
    class.to_bytes().expect("the class assembles")
}

/// The cases, in the harness's order.
const CASES: &[&str] = &[
    "nullString",
    "intClass",
    "maxInt",
    "minLong",
    "integerSize",
    "halfUp",
    "castToByte",
    "castToBoolean",
    "castToDouble",
    "invokeValueOf",
    "invokeVarargs",
    "enumDesc",
    "nested",
    "privateMethod",
    "publicField",
    "longLabel",
    "switchLabels",
    "enumSwitchOnString",
    "nullLength",
    "methodType",
    "methodTypeArgument",
    "cycle",
    "ldcTwice",
    "notPrimitive",
    "notPrimitiveAgain",
    "nullInt",
    "noSuchEnum",
    "invalidBootstrap",
    "wrongResultType",
    "noSuchField",
    "throwsError",
    "failing",
    "failingAgain",
    "failures",
];

/// What Temurin 25 printed (see the module comment): `name = value`, or `name ! exception`
/// with its cause.
const EXPECTED: &str = "\
nullString = null
intClass = int
maxInt = 2147483647
minLong = -9223372036854775808
integerSize = 32
halfUp = HALF_UP
castToByte = 44
castToBoolean = true
castToDouble = 3.0
invokeValueOf = 42
invokeVarargs = a-b
enumDesc = EnumDesc[RoundingMode.UP]
nested = long
privateMethod ! java.lang.IllegalAccessError: class CondyCases tried to access private method 'java.lang.String CondyOther.secret()' (CondyCases and CondyOther are in unnamed module of loader 'app')
publicField = 0
longLabel ! java.lang.BootstrapMethodError: bootstrap method initialization exception / java.lang.IllegalArgumentException: label with illegal type found: class java.lang.Long
switchLabels = 1 0 2
enumSwitchOnString ! java.lang.BootstrapMethodError: bootstrap method initialization exception / java.lang.IllegalArgumentException: Illegal invocation type (String,int)int
nullLength ! java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"
methodType = (int,String[],long)void
methodTypeArgument = (int,String[],long)void
cycle ! java.lang.StackOverflowError
ldcTwice = made!1
notPrimitive ! java.lang.BootstrapMethodError: bootstrap method initialization exception / java.lang.IllegalArgumentException: Bad method descriptor: X
notPrimitiveAgain ! java.lang.BootstrapMethodError: bootstrap method initialization exception / java.lang.IllegalArgumentException: Bad method descriptor: X
nullInt ! java.lang.BootstrapMethodError: bootstrap method initialization exception / java.lang.IllegalArgumentException: not reference: int
noSuchEnum ! java.lang.BootstrapMethodError: bootstrap method initialization exception / java.lang.IllegalArgumentException: No enum constant java.math.RoundingMode.NOPE
invalidBootstrap ! java.lang.BootstrapMethodError: Invalid bootstrap method declared for resolving a dynamic constant: MethodHandle(int)String
wrongResultType ! java.lang.BootstrapMethodError: bootstrap method initialization exception / java.lang.ClassCastException: Cannot cast java.lang.String to java.lang.Integer
noSuchField ! java.lang.NoSuchFieldError: Class java.lang.Integer does not have member field 'int NOPE'
throwsError ! java.lang.AssertionError: boom
failing ! java.lang.BootstrapMethodError: bootstrap method initialization exception / java.lang.IllegalStateException: failed
failingAgain ! java.lang.BootstrapMethodError: bootstrap method initialization exception / java.lang.IllegalStateException: failed
failures = 1
";

/// The first `Caused by:` line of a stack trace, without the prefix.
fn cause(stack_trace: &str) -> Option<&str> {
    stack_trace
        .lines()
        .find_map(|line| line.strip_prefix("Caused by: "))
}

/// Runs every case on a new VM and returns what the harness would print.
fn run(bytes: &[u8], compilation: Compilation, gc_stress: bool) -> String {
    let mut options = VmOptions::default();
    options.classes.push((CLASS.to_owned(), bytes.to_vec()));
    options.classes.push((OTHER.to_owned(), build_other()));
    options.compilation = compilation;
    if gc_stress {
        options.gc_stress_bytes = Some(64 * 1024);
    }
    let vm = Vm::new(options).expect("the VM starts");
    let mut printed = String::new();
    for case in CASES {
        let line = match vm.call_static(CLASS, case, "()Ljava/lang/String;", &[]) {
            Ok(Value::String(text)) => format!("{case} = {text}"),
            Ok(other) => format!("{case} = {other:?}"),
            Err(Error::Exception(e)) => {
                let mut line = format!("{case} ! {}", e.class_name);
                if let Some(message) = &e.message {
                    line += &format!(": {message}");
                }
                if let Some(cause) = cause(&e.stack_trace) {
                    line += &format!(" / {cause}");
                }
                line
            }
            Err(other) => panic!("{case}: host error {other}"),
        };
        printed += &line;
        printed.push('\n');
    }
    printed
}

#[test]
fn dynamic_constants_resolve_as_on_hotspot() {
    let bytes = build();
    if let Ok(dir) = std::env::var("CONDY_DUMP") {
        std::fs::create_dir_all(&dir).expect("create the dump directory");
        let dir = std::path::Path::new(&dir);
        std::fs::write(dir.join("CondyCases.class"), &bytes).expect("write the class");
        std::fs::write(dir.join("CondyOther.class"), build_other()).expect("write the class");
    }
    assert_eq!(run(&bytes, Compilation::Off, false), EXPECTED);
    // Compiled code loads them through the runtime too.
    assert_eq!(run(&bytes, Compilation::Eager, false), EXPECTED);
    assert_eq!(run(&bytes, Compilation::Eager, true), EXPECTED);
}

/// Malformed dynamic constants give Java errors, never a panic.
#[test]
fn malformed_dynamic_constants_throw() {
    let mut class = ClassBuilder::new(
        55,
        access::PUBLIC | access::SUPER,
        "Malformed",
        Some("java/lang/Object"),
    );
    // No BootstrapMethods entry 7.
    let missing = class.pool.dynamic(7, "_", "Ljava/lang/Object;");
    returning_text(
        &mut class,
        "missingBootstrap",
        missing,
        "Ljava/lang/Object;",
    );
    // A bootstrap "method handle" that is a string.
    let text = class.pool.string("not a handle");
    let c = constant(&mut class, text, &[], "_", "Ljava/lang/Object;");
    returning_text(&mut class, "notAHandle", c, "Ljava/lang/Object;");
    // An argument index that is no loadable constant.
    let null_constant = bootstrap(
        &mut class,
        "explicitCast",
        "Ljava/lang/Object;",
        "Ljava/lang/Object;",
    );
    let name_and_type = class.pool.name_and_type("x", "I");
    let c = constant(
        &mut class,
        null_constant,
        &[name_and_type],
        "_",
        "Ljava/lang/Object;",
    );
    returning_text(&mut class, "badArgument", c, "Ljava/lang/Object;");
    // Too few arguments for the bootstrap method.
    let c = constant(&mut class, null_constant, &[], "_", "Ljava/lang/Object;");
    returning_text(&mut class, "tooFewArguments", c, "Ljava/lang/Object;");
    // ConstantBootstraps.invoke without a method handle.
    let invoke = bootstrap(
        &mut class,
        "invoke",
        "Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;",
        "Ljava/lang/Object;",
    );
    let c = constant(&mut class, invoke, &[text], "_", "Ljava/lang/Object;");
    returning_text(&mut class, "invokeWithoutHandle", c, "Ljava/lang/Object;");
    let bytes = class.to_bytes().expect("the class assembles");
    for verify in [true, false] {
        let mut options = VmOptions::default();
        options
            .classes
            .push(("Malformed".to_owned(), bytes.clone()));
        options.verify = verify;
        let vm = Vm::new(options).expect("the VM starts");
        for case in [
            "missingBootstrap",
            "notAHandle",
            "badArgument",
            "tooFewArguments",
            "invokeWithoutHandle",
        ] {
            match vm.call_static("Malformed", case, "()Ljava/lang/String;", &[]) {
                Err(Error::Exception(e)) => {
                    eprintln!("{case}: {} {:?}", e.class_name, e.message);
                    assert!(e.class_name.ends_with("Error"), "{case}: {}", e.class_name);
                }
                other => panic!("{case}: {other:?}"),
            }
        }
    }
}

/// A getter handle of a private field of another class: IllegalAccessError (HotSpot's says
/// "member is private: CondyOther.hidden/int/getStatic, from class CondyCases (unnamed module
/// @...)", with the module's identity hash; Cortado's is its getstatic message).
#[test]
fn private_field_handle_is_refused() {
    let mut class = ClassBuilder::new(
        55,
        access::PUBLIC | access::SUPER,
        CLASS,
        Some("java/lang/Object"),
    );
    let invoke = bootstrap(
        &mut class,
        "invoke",
        "Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;",
        "Ljava/lang/Object;",
    );
    let hidden = class.pool.field_ref(OTHER, "hidden", "I");
    let hidden = class.pool.method_handle(handle_kind::GET_STATIC, hidden);
    let c = constant(&mut class, invoke, &[hidden], "_", "I");
    returning_text(&mut class, "privateField", c, "I");
    let mut options = VmOptions::default();
    options.classes.push((
        CLASS.to_owned(),
        class.to_bytes().expect("the class assembles"),
    ));
    options.classes.push((OTHER.to_owned(), build_other()));
    let vm = Vm::new(options).expect("the VM starts");
    match vm.call_static(CLASS, "privateField", "()Ljava/lang/String;", &[]) {
        Err(Error::Exception(e)) => {
            assert_eq!(e.class_name, "java.lang.IllegalAccessError", "{e:?}")
        }
        other => panic!("{other:?}"),
    }
}

//! A javap-like disassembler: [`disassemble`] renders a parsed class the way OpenJDK 17's
//! `javap -c -p` does, byte for byte for javac-compiled classes, so that its output can be
//! diffed against the reference tool when bytecode needs looking at.
//!
//! The layout rules (indentation, the comment column, blank lines between members, which
//! names get quoted) are those of javap's `BasicWriter`, `ClassWriter`, `CodeWriter` and
//! `ConstantWriter`; they are reproduced by a small line writer that behaves like javap's.
//! Known differences: javap 17 formats `float`/`double` constants with the pre-JDK-19
//! `Double.toString` algorithm, which for a few values prints one digit more than the shortest
//! representation printed here; malformed classes are rendered differently (javap prints error
//! messages, this prints `???` placeholders).

use crate::constant_pool::{Constant, ConstantPool};
use crate::descriptor::{FieldType, MethodDescriptor};
use crate::opcode::{decode_all, Instruction, InstructionOperands, Opcode, Operands};
use crate::{access, ClassFile, Code};

/// Renders `class` like `javap -c -p` (including the `Compiled from` line when the class has a
/// SourceFile attribute).
pub fn disassemble(class: &ClassFile) -> String {
    let mut d = Disassembler {
        class,
        out: LineWriter::default(),
    };
    d.write_class();
    d.out.finish()
}

/// javap's `LineWriter`: spaces are held back until something visible follows them (so lines
/// never end in spaces), indentation is added when a line gets its first visible character,
/// and `tab` pads to a column relative to the current indentation.
#[derive(Default)]
struct LineWriter {
    out: String,
    buffer: String,
    /// Length of `buffer` in UTF-16 units, which is what javap's column arithmetic counts.
    buffer_len: usize,
    pending_spaces: usize,
    indent_count: usize,
    pending_newline: bool,
}

const INDENT_WIDTH: usize = 2;
const TAB_COLUMN: usize = 40;

impl LineWriter {
    fn print(&mut self, s: &str) {
        if self.pending_newline {
            self.println();
            self.pending_newline = false;
        }
        for c in s.chars() {
            match c {
                ' ' => self.pending_spaces += 1,
                '\n' => self.println(),
                _ => {
                    if self.buffer.is_empty() {
                        self.pending_spaces += self.indent_count * INDENT_WIDTH;
                    }
                    for _ in 0..self.pending_spaces {
                        self.buffer.push(' ');
                    }
                    self.buffer_len += self.pending_spaces + c.len_utf16();
                    self.pending_spaces = 0;
                    self.buffer.push(c);
                }
            }
        }
    }

    fn println(&mut self) {
        self.pending_spaces = 0;
        self.out.push_str(&self.buffer);
        self.out.push('\n');
        self.buffer.clear();
        self.buffer_len = 0;
    }

    fn println_str(&mut self, s: &str) {
        self.print(s);
        self.println();
    }

    fn indent(&mut self, delta: isize) {
        self.indent_count = self.indent_count.saturating_add_signed(delta);
    }

    fn tab(&mut self) {
        let column = self.indent_count * INDENT_WIDTH + TAB_COLUMN;
        self.pending_spaces += if column <= self.buffer_len {
            1
        } else {
            column - self.buffer_len
        };
    }

    fn finish(mut self) -> String {
        if !self.buffer.is_empty() {
            self.println();
        }
        self.out
    }
}

struct Disassembler<'a> {
    class: &'a ClassFile,
    out: LineWriter,
}

impl Disassembler<'_> {
    fn pool(&self) -> &ConstantPool {
        &self.class.constant_pool
    }

    fn write_class(&mut self) {
        let class = self.class;
        if let Some(source) = class.source_file() {
            self.out.println_str(&format!("Compiled from \"{source}\""));
        }
        let flags = class.access_flags;
        // javap drops `abstract` from interfaces: it is implied.
        let shown = if flags & access::INTERFACE != 0 {
            flags & !access::ABSTRACT
        } else {
            flags
        };
        self.write_modifiers(&modifiers(shown, &CLASS_MODIFIERS));
        self.out.print(if class.is_interface() {
            "interface "
        } else {
            "class "
        });
        self.out.print(&java_name(&class.this_class));

        let parsed = class
            .attributes
            .signature
            .as_deref()
            .and_then(|s| parse_signature(s).ok());
        match parsed {
            None => {
                if let Some(super_class) = class.super_class.as_deref() {
                    if !class.is_interface() && super_class != "java/lang/Object" {
                        self.out.print(" extends ");
                        self.out.print(&java_name(super_class));
                    }
                }
                for (i, interface) in class.interfaces.iter().enumerate() {
                    let separator = match (i, class.is_interface()) {
                        (0, false) => " implements ",
                        (0, true) => " extends ",
                        _ => ",",
                    };
                    self.out.print(separator);
                    self.out.print(&java_name(interface));
                }
            }
            Some(Type::ClassSig {
                type_params,
                superclass,
                interfaces,
            }) => {
                let mut text = String::new();
                if !type_params.is_empty() {
                    text.push('<');
                    text.push_str(&join(&type_params, Style::Java));
                    text.push('>');
                }
                if class.is_interface() {
                    if !interfaces.is_empty() {
                        text.push_str(" extends ");
                        text.push_str(&join(&interfaces, Style::Java));
                    }
                } else {
                    if !superclass.is_object() {
                        text.push_str(" extends ");
                        text.push_str(&superclass.show(Style::Java));
                    }
                    if !interfaces.is_empty() {
                        text.push_str(" implements ");
                        text.push_str(&join(&interfaces, Style::Java));
                    }
                }
                self.out.print(&text);
            }
            Some(other) => {
                if !other.is_object() {
                    self.out.print(" extends ");
                    self.out.print(&other.show(Style::Java));
                }
            }
        }
        self.out.print(" ");
        self.out.println_str("{");
        self.out.indent(1);
        for field in &class.fields {
            self.write_field(field);
        }
        for method in &class.methods {
            self.write_method(method);
        }
        self.out.pending_newline = false;
        self.out.indent(-1);
        self.out.println_str("}");
    }

    fn write_modifiers(&mut self, items: &[&str]) {
        for item in items {
            self.out.print(item);
            self.out.print(" ");
        }
    }

    fn write_field(&mut self, field: &crate::Field) {
        self.write_modifiers(&modifiers(field.access_flags, &FIELD_MODIFIERS));
        let signature = field
            .attributes
            .signature
            .as_deref()
            .and_then(|s| parse_signature(s).ok());
        let type_name = match signature {
            Some(t) => t.show(Style::Java),
            None => field_java_type(&field.descriptor),
        };
        self.out.print(&type_name);
        self.out.print(" ");
        self.out.print(&field.name);
        self.out.print(";");
        self.out.println();
        // javap separates members by a blank line when it disassembles code.
        self.out.println();
    }

    fn write_method(&mut self, method: &crate::Method) {
        let flags = method.access_flags;
        let mut mods = modifiers(flags, &METHOD_MODIFIERS);
        let class = self.class;
        if class.is_interface()
            && flags & access::ABSTRACT == 0
            && method.name != "<clinit>"
            && (class.major_version, class.minor_version) >= (52, 0)
            && flags & (access::STATIC | access::PRIVATE) == 0
        {
            mods.push("default");
        }
        self.write_modifiers(&mods);

        let generic = match method.attributes.signature.as_deref().map(parse_signature) {
            Some(Ok(Type::Method {
                type_params,
                params,
                ret,
                throws,
            })) => Some((type_params, params, ret, throws)),
            _ => None,
        };
        let (parameters, return_type, generic_throws) = match &generic {
            Some((type_params, params, ret, throws)) => {
                if !type_params.is_empty() {
                    self.out
                        .print(&format!("<{}> ", join(type_params, Style::Java)));
                }
                let list = format!("({})", join(params, Style::Java));
                (list, ret.show(Style::Java), throws.as_slice())
            }
            None => {
                let (list, ret) = descriptor_java_types(&method.descriptor);
                (list, ret, &[][..])
            }
        };
        let parameters = adjust_varargs(flags, parameters);
        match method.name.as_str() {
            "<init>" => {
                self.out.print(&java_name(&class.this_class));
                self.out.print(&parameters);
            }
            "<clinit>" => self.out.print("{}"),
            name => {
                self.out.print(&return_type);
                self.out.print(" ");
                self.out.print(name);
                self.out.print(&parameters);
            }
        }
        if !method.attributes.exceptions.is_empty() {
            self.out.print(" throws ");
            if !generic_throws.is_empty() {
                // javap prints the generic list with Type.toString, which keeps slashes.
                self.out.print(&join(generic_throws, Style::Raw));
            } else {
                let names: Vec<String> = method
                    .attributes
                    .exceptions
                    .iter()
                    .map(|e| java_name(e))
                    .collect();
                self.out.print(&names.join(", "));
            }
        }
        self.out.println_str(";");
        self.out.indent(1);
        if let Some(code) = method.code() {
            self.out.println_str("Code:");
            self.write_instructions(code);
            self.write_exception_table(code);
        }
        self.out.indent(-1);
        self.out.pending_newline = true;
    }

    fn write_instructions(&mut self, code: &Code) {
        let instructions = match decode_all(&code.code) {
            Ok(instructions) => instructions,
            Err(error) => {
                // Print what decodes, then say where it stopped, as javap does.
                let mut good = Vec::new();
                let mut pc = 0;
                while pc < error.pc as usize {
                    match crate::opcode::decode_at(&code.code, pc) {
                        Ok(i) => {
                            pc += i.length as usize;
                            good.push(i);
                        }
                        Err(_) => break,
                    }
                }
                for instruction in &good {
                    self.write_instruction(code, instruction);
                }
                self.out
                    .println_str(&format!("??? error at or after byte {}", error.pc));
                return;
            }
        };
        for instruction in &instructions {
            self.write_instruction(code, instruction);
        }
    }

    fn write_instruction(&mut self, code: &Code, instruction: &Instruction) {
        let pc = instruction.pc;
        let mnemonic = match instruction.wide {
            Some(inner) => format!("{}_w", inner.mnemonic()),
            None => instruction.opcode.mnemonic().to_owned(),
        };
        self.out.print(&format!("{pc:4}: {mnemonic:<13} "));
        // Switch bodies are indented to clear the "%4d: " prefix: 6 columns, in 2-column steps.
        let body_indent = 3;
        match (&instruction.kind, instruction.opcode.operands()) {
            (InstructionOperands::None, _) => {}
            (InstructionOperands::Immediate(value), _) => self.out.print(&value.to_string()),
            (InstructionOperands::Branch(target), _) => self.out.print(&target.to_string()),
            (InstructionOperands::Index(index), Operands::Dynamic) => {
                let zero = code.code.get(pc as usize + 3).copied().unwrap_or(0);
                self.cp_ref_and_value(*index as u16, zero as i64);
            }
            (InstructionOperands::Index(index), _) => match instruction.opcode {
                Opcode::newarray => {
                    self.out.print(" ");
                    self.out.print(&array_type_name(*index));
                }
                Opcode::ldc | Opcode::ldc_w | Opcode::ldc2_w => self.cp_ref(*index as u16),
                _ if is_local_op(instruction) => self.out.print(&index.to_string()),
                _ => self.cp_ref(*index as u16),
            },
            (InstructionOperands::Iinc { index, delta }, _) => {
                self.out.print(&format!("{index}, {delta}"))
            }
            (InstructionOperands::Interface { index, count }, _) => {
                self.cp_ref_and_value(*index, *count as i64)
            }
            (InstructionOperands::MultiArray { index, dimensions }, _) => {
                self.cp_ref_and_value(*index, *dimensions as i64)
            }
            (
                InstructionOperands::TableSwitch {
                    default,
                    low,
                    high,
                    targets,
                },
                _,
            ) => {
                self.out.print(&format!("{{ // {low} to {high}"));
                self.out.indent(body_indent);
                for (i, target) in targets.iter().enumerate() {
                    let key = *low as i64 + i as i64;
                    self.out.print(&format!("\n{key:12}: {target}"));
                }
                self.out.print(&format!("\n     default: {default}\n}}"));
                self.out.indent(-body_indent);
            }
            (InstructionOperands::LookupSwitch { default, pairs }, _) => {
                self.out.print(&format!("{{ // {}", pairs.len()));
                self.out.indent(body_indent);
                for (key, target) in pairs {
                    self.out.print(&format!("\n{key:12}: {target}"));
                }
                self.out.print(&format!("\n     default: {default}\n}}"));
                self.out.indent(-body_indent);
            }
        }
        self.out.println();
    }

    fn cp_ref(&mut self, index: u16) {
        self.out.print(&format!("#{index}"));
        self.out.tab();
        self.out.print("// ");
        let text = self.constant_comment(index);
        self.out.print(&text);
    }

    fn cp_ref_and_value(&mut self, index: u16, value: i64) {
        self.out.print(&format!("#{index},  {value}"));
        self.out.tab();
        self.out.print("// ");
        let text = self.constant_comment(index);
        self.out.print(&text);
    }

    /// javap's `ConstantWriter.write`: tag name and value; references to members of this
    /// class print without the class name.
    fn constant_comment(&self, index: u16) -> String {
        if index == 0 {
            return "#0".into();
        }
        let Some(constant) = self.pool().get(index) else {
            return format!("#{index}");
        };
        let tag = tag_name(constant);
        let value = match constant {
            Constant::FieldRef {
                class,
                name_and_type,
            }
            | Constant::MethodRef {
                class,
                name_and_type,
            }
            | Constant::InterfaceMethodRef {
                class,
                name_and_type,
            } if self.pool().class_name(*class).ok() == Some(self.class.this_class.as_str()) => {
                self.string_value(*name_and_type)
            }
            _ => self.string_value(index),
        };
        format!("{tag} {value}")
    }

    /// javap's `ConstantWriter.stringValue`.
    fn string_value(&self, index: u16) -> String {
        let pool = self.pool();
        let Some(constant) = pool.get(index) else {
            return "???".into();
        };
        match constant {
            Constant::Unusable => "???".into(),
            Constant::Utf8(_) => match pool.utf16(index) {
                Ok(units) => escape_utf16(&units),
                Err(_) => "???".into(),
            },
            Constant::Integer(v) => v.to_string(),
            Constant::Float(v) => format!("{}f", java_float(*v)),
            Constant::Long(v) => format!("{v}l"),
            Constant::Double(v) => format!("{}d", java_double(*v)),
            Constant::Class { name } => check_name(pool.utf8(*name).unwrap_or("???")),
            Constant::String { utf8 } => self.string_value(*utf8),
            Constant::FieldRef {
                class,
                name_and_type,
            }
            | Constant::MethodRef {
                class,
                name_and_type,
            }
            | Constant::InterfaceMethodRef {
                class,
                name_and_type,
            } => {
                format!(
                    "{}.{}",
                    self.string_value(*class),
                    self.string_value(*name_and_type)
                )
            }
            Constant::NameAndType { name, descriptor } => format!(
                "{}:{}",
                check_name(pool.utf8(*name).unwrap_or("???")),
                pool.utf8(*descriptor).unwrap_or("???")
            ),
            Constant::MethodHandle { kind, reference } => {
                format!(
                    "{} {}",
                    reference_kind_name(*kind),
                    self.string_value(*reference)
                )
            }
            Constant::MethodType { descriptor } => self.string_value(*descriptor),
            Constant::Dynamic {
                bootstrap,
                name_and_type,
            }
            | Constant::InvokeDynamic {
                bootstrap,
                name_and_type,
            } => {
                format!("#{bootstrap}:{}", self.string_value(*name_and_type))
            }
            Constant::Module { name } | Constant::Package { name } => {
                check_name(pool.utf8(*name).unwrap_or("???"))
            }
        }
    }

    fn write_exception_table(&mut self, code: &Code) {
        if code.exception_table.is_empty() {
            return;
        }
        self.out.println_str("Exception table:");
        self.out.indent(1);
        self.out.println_str(" from    to  target type");
        for handler in &code.exception_table {
            self.out.print(&format!(
                " {:5} {:5} {:5}",
                handler.start_pc, handler.end_pc, handler.handler_pc
            ));
            self.out.print("   ");
            if handler.catch_type == 0 {
                self.out.println_str("any");
            } else {
                self.out.print("Class ");
                let name = self.string_value(handler.catch_type);
                self.out.println_str(&name);
            }
        }
        self.out.indent(-1);
    }
}

fn is_local_op(instruction: &Instruction) -> bool {
    instruction.wide.is_some()
        || matches!(
            instruction.opcode,
            Opcode::iload
                | Opcode::lload
                | Opcode::fload
                | Opcode::dload
                | Opcode::aload
                | Opcode::istore
                | Opcode::lstore
                | Opcode::fstore
                | Opcode::dstore
                | Opcode::astore
                | Opcode::ret
        )
}

fn array_type_name(code: u32) -> String {
    match code {
        4 => "boolean".into(),
        5 => "char".into(),
        6 => "float".into(),
        7 => "double".into(),
        8 => "byte".into(),
        9 => "short".into(),
        10 => "int".into(),
        11 => "long".into(),
        other => format!("??? {other}"),
    }
}

fn tag_name(constant: &Constant) -> &'static str {
    match constant {
        Constant::Unusable => "???",
        Constant::Utf8(_) => "Utf8",
        Constant::Integer(_) => "int",
        Constant::Float(_) => "float",
        Constant::Long(_) => "long",
        Constant::Double(_) => "double",
        Constant::Class { .. } => "class",
        Constant::String { .. } => "String",
        Constant::FieldRef { .. } => "Field",
        Constant::MethodRef { .. } => "Method",
        Constant::InterfaceMethodRef { .. } => "InterfaceMethod",
        Constant::NameAndType { .. } => "NameAndType",
        Constant::MethodHandle { .. } => "MethodHandle",
        Constant::MethodType { .. } => "MethodType",
        Constant::Dynamic { .. } => "Dynamic",
        Constant::InvokeDynamic { .. } => "InvokeDynamic",
        Constant::Module { .. } => "(unknown tag 19)",
        Constant::Package { .. } => "(unknown tag 20)",
    }
}

fn reference_kind_name(kind: u8) -> String {
    match kind {
        1 => "REF_getField".into(),
        2 => "REF_getStatic".into(),
        3 => "REF_putField".into(),
        4 => "REF_putStatic".into(),
        5 => "REF_invokeVirtual".into(),
        6 => "REF_invokeStatic".into(),
        7 => "REF_invokeSpecial".into(),
        8 => "REF_newInvokeSpecial".into(),
        9 => "REF_invokeInterface".into(),
        other => format!("{other}"),
    }
}

/// javap's Utf8 rendering: the usual backslash escapes, other ISO control characters as
/// `\uXXXX`, everything else verbatim (unpaired surrogates become U+FFFD).
fn escape_utf16(units: &[u16]) -> String {
    let mut out = String::new();
    for c in char::decode_utf16(units.iter().copied()) {
        let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '"' => out.push_str("\\\""),
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() && (c as u32) < 0xA0 => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// Approximates `Character.isJavaIdentifierStart`.
fn is_java_identifier_start(c: char) -> bool {
    c == '$' || c == '_' || c.is_alphabetic() || (!c.is_ascii() && is_currency_or_connector(c))
}

fn is_currency_or_connector(c: char) -> bool {
    matches!(c, '\u{a2}'..='\u{a5}' | '\u{20a0}'..='\u{20cf}' | '\u{203f}' | '\u{2040}' | '\u{ff3f}')
}

/// Approximates `Character.isJavaIdentifierPart`.
fn is_java_identifier_part(c: char) -> bool {
    is_java_identifier_start(c)
        || c.is_numeric()
        || matches!(c as u32, 0..=8 | 0x0e..=0x1b | 0x7f..=0x9f)
}

/// javap's `checkName`: a name that is not a valid binary name is quoted (with `\`, `"`, newline
/// and tab escaped), e.g. `"<init>"` or `"[I"`.
fn check_name(name: &str) -> String {
    if name.is_empty() {
        return "\"\"".into();
    }
    let mut previous = '/';
    let mut valid = true;
    for c in name.chars() {
        if (previous == '/' && !is_java_identifier_start(c))
            || (c != '/' && !is_java_identifier_part(c))
        {
            valid = false;
            break;
        }
        previous = c;
    }
    if valid {
        return name.to_owned();
    }
    let mut out = String::from("\"");
    for c in name.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn java_name(internal: &str) -> String {
    internal.replace('/', ".")
}

const CLASS_MODIFIERS: [(u16, &str); 3] = [
    (access::PUBLIC, "public"),
    (access::FINAL, "final"),
    (access::ABSTRACT, "abstract"),
];

const FIELD_MODIFIERS: [(u16, &str); 7] = [
    (access::PUBLIC, "public"),
    (access::PRIVATE, "private"),
    (access::PROTECTED, "protected"),
    (access::STATIC, "static"),
    (access::FINAL, "final"),
    (access::VOLATILE, "volatile"),
    (access::TRANSIENT, "transient"),
];

const METHOD_MODIFIERS: [(u16, &str); 9] = [
    (access::PUBLIC, "public"),
    (access::PRIVATE, "private"),
    (access::PROTECTED, "protected"),
    (access::STATIC, "static"),
    (access::FINAL, "final"),
    (access::SYNCHRONIZED, "synchronized"),
    (access::NATIVE, "native"),
    (access::ABSTRACT, "abstract"),
    (access::STRICT, "strictfp"),
];

fn modifiers(flags: u16, table: &[(u16, &'static str)]) -> Vec<&'static str> {
    table
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|&(_, name)| name)
        .collect()
}

/// javap's `adjustVarargs`: the last `[]` of a varargs method's parameter list becomes `...`.
fn adjust_varargs(flags: u16, parameters: String) -> String {
    if flags & access::VARARGS != 0 {
        if let Some(i) = parameters.rfind("[]") {
            if i > 0 {
                return format!("{}...{}", &parameters[..i], &parameters[i + 2..]);
            }
        }
    }
    parameters
}

fn field_java_type(descriptor: &str) -> String {
    FieldType::parse(descriptor)
        .map(|t| t.java_name())
        .unwrap_or_else(|_| "???".into())
}

/// `(int, java.lang.String)` and the return type, from a method descriptor.
fn descriptor_java_types(descriptor: &str) -> (String, String) {
    match MethodDescriptor::parse(descriptor) {
        Ok(d) => {
            let parameters: Vec<String> = d.parameters.iter().map(FieldType::java_name).collect();
            let ret = d
                .return_type
                .as_ref()
                .map_or("void".to_owned(), FieldType::java_name);
            (format!("({})", parameters.join(", ")), ret)
        }
        Err(_) => ("(???)".into(), "???".into()),
    }
}

// ---------------------------------------------------------------------------------------------
// Generic signatures (JVMS §4.7.9.1), parsed into the same shapes javap's `Signature` parser
// produces so that printing follows the same rules.

#[derive(Debug, Clone, PartialEq)]
enum Type {
    /// A primitive type, `void` or a type variable.
    Simple(String),
    Array(Box<Type>),
    /// `name` keeps its slashes; `outer` is set for `Outer<T>.Inner` forms.
    Class {
        outer: Option<Box<Type>>,
        name: String,
        args: Vec<Type>,
    },
    Wildcard {
        kind: char,
        bound: Option<Box<Type>>,
    },
    Parameter {
        name: String,
        class_bound: Option<Box<Type>>,
        interface_bounds: Vec<Type>,
    },
    Method {
        type_params: Vec<Type>,
        params: Vec<Type>,
        ret: Box<Type>,
        throws: Vec<Type>,
    },
    ClassSig {
        type_params: Vec<Type>,
        superclass: Box<Type>,
        interfaces: Vec<Type>,
    },
}

/// `Java` is javap's JavaTypePrinter (dots, `Object` bounds hidden); `Raw` is
/// `Type.toString` (slashes kept).
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Java,
    Raw,
}

fn join(types: &[Type], style: Style) -> String {
    types
        .iter()
        .map(|t| t.show(style))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Type {
    fn is_object(&self) -> bool {
        matches!(self, Type::Class { outer: None, name, args } if name == "java/lang/Object" && args.is_empty())
    }

    fn show(&self, style: Style) -> String {
        let name_of = |name: &str| match style {
            Style::Java => java_name(name),
            Style::Raw => name.to_owned(),
        };
        match self {
            Type::Simple(name) => name_of(name),
            Type::Array(element) => format!("{}[]", element.show(style)),
            Type::Class { outer, name, args } => {
                let mut s = String::new();
                if let Some(outer) = outer {
                    s.push_str(&outer.show(style));
                    s.push('.');
                }
                s.push_str(&name_of(name));
                if !args.is_empty() {
                    s.push('<');
                    s.push_str(&join(args, style));
                    s.push('>');
                }
                s
            }
            Type::Wildcard {
                kind: '+',
                bound: Some(b),
            } => format!("? extends {}", b.show(style)),
            Type::Wildcard {
                kind: '-',
                bound: Some(b),
            } => format!("? super {}", b.show(style)),
            Type::Wildcard { .. } => "?".into(),
            Type::Parameter {
                name,
                class_bound,
                interface_bounds,
            } => {
                let mut s = name.clone();
                let mut separator = " extends ";
                if let Some(bound) = class_bound {
                    if style == Style::Raw || !bound.is_object() {
                        s.push_str(separator);
                        s.push_str(&bound.show(style));
                        separator = " & ";
                    }
                }
                for bound in interface_bounds {
                    s.push_str(separator);
                    s.push_str(&bound.show(style));
                    separator = " & ";
                }
                s
            }
            Type::Method { params, ret, .. } => {
                format!("({}){}", join(params, style), ret.show(style))
            }
            Type::ClassSig { superclass, .. } => superclass.show(style),
        }
    }
}

struct SignatureParser<'a> {
    text: &'a [u8],
    source: &'a str,
    position: usize,
}

type SigResult<T> = Result<T, ()>;

fn parse_signature(signature: &str) -> SigResult<Type> {
    let mut p = SignatureParser {
        text: signature.as_bytes(),
        source: signature,
        position: 0,
    };
    let type_params = if p.peek() == Some(b'<') {
        p.type_params()?
    } else {
        Vec::new()
    };
    if p.peek() == Some(b'(') {
        p.position += 1;
        let mut params = Vec::new();
        while p.peek() != Some(b')') {
            params.push(p.type_signature()?);
        }
        p.position += 1;
        let ret = p.type_signature()?;
        let mut throws = Vec::new();
        while p.peek() == Some(b'^') {
            p.position += 1;
            throws.push(p.type_signature()?);
        }
        if p.position != p.text.len() {
            return Err(());
        }
        return Ok(Type::Method {
            type_params,
            params,
            ret: Box::new(ret),
            throws,
        });
    }
    let first = p.type_signature()?;
    if type_params.is_empty() && p.position == p.text.len() {
        return Ok(first);
    }
    let mut interfaces = Vec::new();
    while p.position < p.text.len() {
        interfaces.push(p.type_signature()?);
    }
    Ok(Type::ClassSig {
        type_params,
        superclass: Box::new(first),
        interfaces,
    })
}

impl SignatureParser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.position).copied()
    }

    fn next(&mut self) -> SigResult<u8> {
        let byte = self.peek().ok_or(())?;
        self.position += 1;
        Ok(byte)
    }

    /// Reads up to (not including) the first of `stops`; the text is valid UTF-8 and the stops
    /// are ASCII, so the slice boundaries are character boundaries.
    fn identifier(&mut self, stops: &[u8]) -> SigResult<String> {
        let start = self.position;
        while let Some(b) = self.peek() {
            if stops.contains(&b) {
                break;
            }
            self.position += 1;
        }
        if self.position == start || self.peek().is_none() {
            return Err(());
        }
        self.source
            .get(start..self.position)
            .map(str::to_owned)
            .ok_or(())
    }

    fn type_params(&mut self) -> SigResult<Vec<Type>> {
        self.position += 1; // '<'
        let mut params = Vec::new();
        while self.peek() != Some(b'>') {
            let name = self.identifier(b":")?;
            self.position += 1; // ':'
            let class_bound = match self.peek() {
                Some(b':') | Some(b'>') => None,
                _ => Some(Box::new(self.type_signature()?)),
            };
            let mut interface_bounds = Vec::new();
            while self.peek() == Some(b':') {
                self.position += 1;
                interface_bounds.push(self.type_signature()?);
            }
            params.push(Type::Parameter {
                name,
                class_bound,
                interface_bounds,
            });
        }
        self.position += 1; // '>'
        Ok(params)
    }

    fn type_signature(&mut self) -> SigResult<Type> {
        let simple = |name: &str| Ok(Type::Simple(name.to_owned()));
        match self.next()? {
            b'B' => simple("byte"),
            b'C' => simple("char"),
            b'D' => simple("double"),
            b'F' => simple("float"),
            b'I' => simple("int"),
            b'J' => simple("long"),
            b'S' => simple("short"),
            b'Z' => simple("boolean"),
            b'V' => simple("void"),
            b'[' => Ok(Type::Array(Box::new(self.type_signature()?))),
            b'T' => {
                let name = self.identifier(b";")?;
                self.position += 1;
                Ok(Type::Simple(name))
            }
            b'L' => self.class_type_rest(),
            _ => Err(()),
        }
    }

    fn class_type_rest(&mut self) -> SigResult<Type> {
        let mut current: Option<Type> = None;
        loop {
            let name = self.identifier(b"<.;")?;
            let mut args = Vec::new();
            if self.peek() == Some(b'<') {
                self.position += 1;
                while self.peek() != Some(b'>') {
                    args.push(self.type_argument()?);
                }
                self.position += 1;
            }
            let outer = current.take().map(Box::new);
            current = Some(Type::Class { outer, name, args });
            match self.next()? {
                b';' => return current.ok_or(()),
                b'.' => continue,
                _ => return Err(()),
            }
        }
    }

    fn type_argument(&mut self) -> SigResult<Type> {
        match self.peek().ok_or(())? {
            b'*' => {
                self.position += 1;
                Ok(Type::Wildcard {
                    kind: '*',
                    bound: None,
                })
            }
            kind @ (b'+' | b'-') => {
                self.position += 1;
                let bound = self.type_signature()?;
                Ok(Type::Wildcard {
                    kind: kind as char,
                    bound: Some(Box::new(bound)),
                })
            }
            _ => self.type_signature(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Floating-point constants as Java's `Float.toString` / `Double.toString` print them.

fn java_double(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if value == 0.0 {
        return if value.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Shortest round-tripping digits, but Java always shows at least two significant digits
    // and picks the closest two-digit value when one digit would do.
    let shortest = format!("{:e}", value.abs());
    let text = if shortest.split('e').next().is_some_and(|m| !m.contains('.')) {
        format!("{:.1e}", value.abs())
    } else {
        shortest
    };
    layout_java_float(value.is_sign_negative(), &text)
}

fn java_float(value: f32) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if value == 0.0 {
        return if value.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let shortest = format!("{:e}", value.abs());
    let text = if shortest.split('e').next().is_some_and(|m| !m.contains('.')) {
        format!("{:.1e}", value.abs())
    } else {
        shortest
    };
    layout_java_float(value.is_sign_negative(), &text)
}

/// Lays out Rust's `d.ddde±x` text the Java way: plain decimal for 1e-3 <= |x| < 1e7,
/// otherwise `d.dddE±x`, always with a digit after the point.
fn layout_java_float(negative: bool, scientific: &str) -> String {
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let sign = if negative { "-" } else { "" };
    if (-3..7).contains(&exponent) {
        if exponent >= 0 {
            let point = exponent as usize + 1;
            let mut integer = digits.clone();
            while integer.len() < point {
                integer.push('0');
            }
            let (int_part, frac_part) = integer.split_at(point);
            let frac = if frac_part.is_empty() { "0" } else { frac_part };
            format!("{sign}{int_part}.{frac}")
        } else {
            let zeros = "0".repeat((-exponent - 1) as usize);
            format!("{sign}0.{zeros}{digits}")
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() { "0" } else { rest };
        format!("{sign}{first}.{rest}E{exponent}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_floating_point_like_java() {
        assert_eq!(java_double(2.5), "2.5");
        assert_eq!(java_double(1.0), "1.0");
        assert_eq!(java_double(123456789.0), "1.23456789E8");
        assert_eq!(java_double(0.1), "0.1");
        assert_eq!(java_double(0.001), "0.001");
        assert_eq!(java_double(0.0001), "1.0E-4");
        assert_eq!(java_double(1e7), "1.0E7");
        assert_eq!(java_double(f64::MIN_POSITIVE * f64::EPSILON), "4.9E-324");
        assert_eq!(java_double(-1234.5), "-1234.5");
        assert_eq!(java_float(f32::MAX), "3.4028235E38");
        assert_eq!(java_float(1.0e-10), "1.0E-10");
        assert_eq!(java_float(f32::from_bits(1)), "1.4E-45");
        assert_eq!(java_float(100.0), "100.0");
        assert_eq!(java_float(0.3), "0.3");
    }

    #[test]
    fn parses_and_prints_signatures() {
        let t = parse_signature("<T::Ljava/lang/Comparable<TT;>;>Ljava/lang/Object;").unwrap();
        let Type::ClassSig { type_params, .. } = t else {
            panic!("not a class signature")
        };
        assert_eq!(
            join(&type_params, Style::Java),
            "T extends java.lang.Comparable<T>"
        );
        let f = parse_signature("LP<Ljava/lang/String;>.In<*>;").unwrap();
        assert_eq!(f.show(Style::Java), "P<java.lang.String>.In<?>");
        assert!(parse_signature("Ljava/lang/String").is_err());
        assert!(parse_signature("(I").is_err());
        assert!(parse_signature("<T:").is_err());
    }

    #[test]
    fn quotes_invalid_names() {
        assert_eq!(check_name("java/lang/Object"), "java/lang/Object");
        assert_eq!(check_name("<init>"), "\"<init>\"");
        assert_eq!(check_name("[I"), "\"[I\"");
        assert_eq!(check_name("lambda$main$0"), "lambda$main$0");
    }
}

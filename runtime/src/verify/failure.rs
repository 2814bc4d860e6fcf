//! Verification failures and their text, in HotSpot's format: the first line names the rule
//! ("Bad type on operand stack"), then "Exception Details:" with the Location (method, bytecode
//! offset, instruction), the Reason, the frames involved, a hex dump of the bytecode, the
//! exception handlers and the StackMapTable as the class file has them, so that a person can
//! compare the two VMs' messages line by line (`runtime/tests/stackmap.rs` compares them whole).

use std::fmt::Write as _;

use cortado_classfile::attributes::{StackMapFrame, VerificationType};
use cortado_classfile::{Code, Opcode};

use super::{Frame, V};

/// Why a method failed verification.
#[derive(Debug, Clone)]
pub(super) struct Failure {
    /// `java/lang/VerifyError`, or `java/lang/ClassFormatError` for a malformed StackMapTable.
    pub(super) error: &'static str,
    /// The first line of the message.
    pub(super) message: String,
    /// The Reason line; HotSpot's "Error exists in the bytecode" when `None`.
    pub(super) reason: Option<String>,
    /// The bytecode offset the Location names: the instruction, unless the rule names another
    /// (the target frame of a type mismatch, the end of the code...).
    pub(super) bci: Option<u32>,
    /// The frame at the failing instruction, with its offset ("Current Frame").
    pub(super) frame: Option<Box<(u32, Frame)>>,
    /// The declared frame a mismatch was found against ("Stackmap Frame").
    pub(super) stackmap: Option<Box<(u32, Frame)>>,
    /// A ClassFormatError's message names the method (as most of HotSpot's do).
    pub(super) names_method: bool,
    /// HotSpot prints no Current Frame for this rule (a missing frame, a bad instruction...).
    pub(super) frameless: bool,
}

impl Failure {
    pub(super) fn new(message: impl Into<String>) -> Failure {
        Failure {
            error: "java/lang/VerifyError",
            message: message.into(),
            reason: None,
            bci: None,
            frame: None,
            stackmap: None,
            names_method: true,
            frameless: false,
        }
    }

    /// A failure HotSpot reports without the Current Frame.
    pub(super) fn frameless(mut self) -> Failure {
        self.frameless = true;
        self
    }

    pub(super) fn format(message: impl Into<String>) -> Failure {
        Failure {
            error: "java/lang/ClassFormatError",
            ..Failure::new(message)
        }
    }

    pub(super) fn reason(mut self, reason: impl Into<String>) -> Failure {
        self.reason = Some(reason.into());
        self
    }

    pub(super) fn at(mut self, bci: u32) -> Failure {
        self.bci.get_or_insert(bci);
        self
    }
}

/// A failure as the Java error to throw: class and full message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rejection {
    pub error: &'static str,
    pub message: String,
}

impl Rejection {
    pub(crate) fn verify_error(message: String) -> Rejection {
        Rejection {
            error: "java/lang/VerifyError",
            message,
        }
    }
}

/// How HotSpot prints a verification type (`VerificationType::print_on`). `bci` maps an
/// instruction index to its bytecode offset, for `uninitialized <offset>`.
pub(super) fn show(v: &V, bci: &dyn Fn(u32) -> u32) -> String {
    match v {
        V::Top => "top".into(),
        V::Int => "integer".into(),
        V::Float => "float".into(),
        V::Long => "long".into(),
        V::Double => "double".into(),
        V::Hi => "long_2nd".into(),
        V::Null => "null".into(),
        V::UninitThis => "uninitializedThis".into(),
        V::Uninit(pc) => format!("uninitialized {}", bci(*pc)),
        V::Ref(name) => format!("'{name}'"),
    }
}

fn show_frame(out: &mut String, title: &str, at: u32, frame: &Frame, bci: &dyn Fn(u32) -> u32) {
    // HotSpot prints the locals up to the last one that is not top.
    let used = frame
        .locals
        .iter()
        .rposition(|v| *v != V::Top)
        .map_or(0, |i| i + 1);
    let list = |values: &[V]| {
        if values.is_empty() {
            return "{ }".to_owned();
        }
        let items: Vec<String> = values.iter().map(|v| show(v, bci)).collect();
        format!("{{ {} }}", items.join(", "))
    };
    let flags = if frame.this_uninit {
        "{ flagThisUninit }"
    } else {
        "{ }"
    };
    let _ = write!(
        out,
        "  {title}:\n    bci: @{at}\n    flags: {flags}\n    locals: {}\n    stack: {}\n",
        list(&frame.locals[..used]),
        list(&frame.stack)
    );
}

/// HotSpot's `outputStream::print_data`: 16 bytes a line in pairs, the offset in hex, the
/// last line padded (a full last line is followed by an empty one).
fn hex_dump(out: &mut String, bytes: &[u8]) {
    let limit = (bytes.len() + 16) / 16 * 16;
    for i in 0..limit {
        if i % 16 == 0 {
            let _ = write!(out, "    {i:07x}:");
        }
        if i % 2 == 0 {
            out.push(' ');
        }
        match bytes.get(i) {
            Some(byte) => {
                let _ = write!(out, "{byte:02x}");
            }
            None => out.push_str("  "),
        }
        if (i + 1) % 16 == 0 {
            out.push('\n');
        }
    }
}

/// A StackMapTable entry type as HotSpot prints it (`verification_type_info::print_on`).
fn show_entry(t: &VerificationType) -> String {
    match t {
        VerificationType::Top => "Top".into(),
        VerificationType::Integer => "Integer".into(),
        VerificationType::Float => "Float".into(),
        VerificationType::Long => "Long".into(),
        VerificationType::Double => "Double".into(),
        VerificationType::Null => "Null".into(),
        VerificationType::UninitializedThis => "UninitializedThis".into(),
        VerificationType::Object(index) => format!("Object[#{index}]"),
        VerificationType::Uninitialized(offset) => format!("Uninitialized[#{offset}]"),
    }
}

fn show_entries(types: &[VerificationType]) -> String {
    let items: Vec<String> = types.iter().map(show_entry).collect();
    format!("{{{}}}", items.join(","))
}

/// The StackMapTable as HotSpot prints it (`stack_map_frame::print_on`), a frame a line.
fn stackmap_table(out: &mut String, frames: &[StackMapFrame]) {
    let mut previous: Option<u32> = None;
    for frame in frames {
        let delta = match frame {
            StackMapFrame::Same { offset_delta }
            | StackMapFrame::SameLocals1StackItem { offset_delta, .. }
            | StackMapFrame::Chop { offset_delta, .. }
            | StackMapFrame::Append { offset_delta, .. }
            | StackMapFrame::Full { offset_delta, .. } => u32::from(*offset_delta),
        };
        let at = previous.map_or(delta, |p| p + delta + 1);
        previous = Some(at);
        // The compressed forms with a delta over 63 can only be the extended ones.
        let line = match frame {
            StackMapFrame::Same { .. } if delta < 64 => format!("same_frame(@{at})"),
            StackMapFrame::Same { .. } => format!("same_frame_extended(@{at})"),
            StackMapFrame::SameLocals1StackItem { stack, .. } if delta < 64 => {
                format!(
                    "same_locals_1_stack_item_frame(@{at},{})",
                    show_entry(stack)
                )
            }
            StackMapFrame::SameLocals1StackItem { stack, .. } => format!(
                "same_locals_1_stack_item_extended(@{at},{})",
                show_entry(stack)
            ),
            StackMapFrame::Chop { chopped, .. } => format!("chop_frame(@{at},{chopped})"),
            StackMapFrame::Append { locals, .. } => {
                format!("append_frame(@{at},{})", show_entries(locals))
            }
            StackMapFrame::Full { locals, stack, .. } => format!(
                "full_frame(@{at},{},{})",
                show_entries(locals),
                show_entries(stack)
            ),
        };
        let _ = writeln!(out, "    {line}");
    }
}

/// The full message: first line, then HotSpot's "Exception Details" block (Location, Reason,
/// Current Frame, Stackmap Frame, Bytecode, Exception Handler Table, Stackmap Table; each line
/// ended by a newline, as HotSpot's). `method` is `Class.name(descriptor)`; `external` the Java
/// signature (`void Class.name()`) that ClassFormatErrors name.
pub(super) fn render(
    failure: &Failure,
    method: &str,
    external: &str,
    code: &Code,
    bci: &dyn Fn(u32) -> u32,
) -> Rejection {
    if failure.error != "java/lang/VerifyError" {
        let message = if failure.names_method {
            format!("{} in method '{external}'", failure.message)
        } else {
            failure.message.clone()
        };
        return Rejection {
            error: failure.error,
            message,
        };
    }
    let at = failure.bci.unwrap_or(0);
    let instruction = match code.code.get(at as usize) {
        None => "<invalid>",
        Some(&byte) => Opcode::from_byte(byte).map_or("<illegal>", Opcode::mnemonic),
    };
    let mut out = format!(
        "{}\nException Details:\n  Location:\n    {method} @{at}: {instruction}\n  Reason:\n    {}\n",
        failure.message,
        failure
            .reason
            .as_deref()
            .unwrap_or("Error exists in the bytecode")
    );
    if let Some(frame) = failure.frame.as_ref().filter(|_| !failure.frameless) {
        show_frame(&mut out, "Current Frame", frame.0, &frame.1, bci);
    }
    if let Some(frame) = &failure.stackmap {
        show_frame(&mut out, "Stackmap Frame", frame.0, &frame.1, bci);
    }
    out.push_str("  Bytecode:\n");
    hex_dump(&mut out, &code.code);
    if !code.exception_table.is_empty() {
        out.push_str("  Exception Handler Table:\n");
        for h in &code.exception_table {
            let _ = writeln!(
                out,
                "    bci [{}, {}] => handler: {}",
                h.start_pc, h.end_pc, h.handler_pc
            );
        }
    }
    if let Some(frames) = code.stack_map.as_deref().filter(|f| !f.is_empty()) {
        out.push_str("  Stackmap Table:\n");
        stackmap_table(&mut out, frames);
    }
    Rejection::verify_error(out)
}

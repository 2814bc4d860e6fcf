//! Verification failures and their text, in HotSpot's format: the first line names the rule
//! ("Bad type on operand stack"), then "Exception Details:" with the Location (method, bytecode
//! offset, instruction), the Reason and the frames involved, so that a person can compare the
//! two VMs' messages line by line.

use cortado_classfile::Opcode;

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
        }
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
    out.push_str(&format!(
        "\n  {title}:\n    bci: @{at}\n    flags: {flags}\n    locals: {}\n    stack: {}",
        list(&frame.locals[..used]),
        list(&frame.stack)
    ));
}

/// The full message: first line, then HotSpot's "Exception Details" block. `method` is
/// `Class.name(descriptor)`; `external` the Java signature (`void Class.name()`) that
/// ClassFormatErrors name.
pub(super) fn render(
    failure: &Failure,
    method: &str,
    external: &str,
    bytecode: &[u8],
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
    let instruction = match bytecode.get(at as usize) {
        None => "<invalid>",
        Some(&byte) => Opcode::from_byte(byte).map_or("<illegal>", Opcode::mnemonic),
    };
    let mut out = format!(
        "{}\nException Details:\n  Location:\n    {method} @{at}: {instruction}\n  Reason:\n    {}",
        failure.message,
        failure
            .reason
            .as_deref()
            .unwrap_or("Error exists in the bytecode")
    );
    if let Some(frame) = &failure.frame {
        show_frame(&mut out, "Current Frame", frame.0, &frame.1, bci);
    }
    if let Some(frame) = &failure.stackmap {
        show_frame(&mut out, "Stackmap Frame", frame.0, &frame.1, bci);
    }
    Rejection::verify_error(out)
}

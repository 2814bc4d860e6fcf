//! Attributes (JVMS §4.7) that the VM or a tool needs, parsed into plain data. Attributes that
//! Cortado does not use are skipped, as the JVMS requires; annotation attributes are kept raw for
//! reflection to decode later.

use crate::constant_pool::ConstantPool;
use crate::error::{format_error, Result};
use crate::reader::Reader;

/// One entry of a Code attribute's exception table (JVMS §4.7.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionHandler {
    pub start_pc: u16,
    pub end_pc: u16,
    pub handler_pc: u16,
    /// Constant-pool index of the caught class, 0 for `finally` (catch any).
    pub catch_type: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineNumber {
    pub start_pc: u16,
    pub line: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalVariable {
    pub start_pc: u16,
    pub length: u16,
    pub name: String,
    /// The descriptor (LocalVariableTable) or generic signature (LocalVariableTypeTable).
    pub descriptor: String,
    pub index: u16,
}

/// A verification type in a StackMapTable frame (JVMS §4.7.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerificationType {
    Top,
    Integer,
    Float,
    Long,
    Double,
    Null,
    UninitializedThis,
    /// Constant-pool index of a Class entry.
    Object(u16),
    /// Offset of the `new` instruction that created the object.
    Uninitialized(u16),
}

/// One StackMapTable frame, in the compressed form the class file stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StackMapFrame {
    Same {
        offset_delta: u16,
    },
    SameLocals1StackItem {
        offset_delta: u16,
        stack: VerificationType,
    },
    Chop {
        offset_delta: u16,
        chopped: u8,
    },
    Append {
        offset_delta: u16,
        locals: Vec<VerificationType>,
    },
    Full {
        offset_delta: u16,
        locals: Vec<VerificationType>,
        stack: Vec<VerificationType>,
    },
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Code {
    pub max_stack: u16,
    pub max_locals: u16,
    pub code: Vec<u8>,
    pub exception_table: Vec<ExceptionHandler>,
    pub line_numbers: Vec<LineNumber>,
    pub local_variables: Vec<LocalVariable>,
    pub local_variable_types: Vec<LocalVariable>,
    pub stack_map: Option<Vec<StackMapFrame>>,
}

impl Code {
    /// The source line of a bytecode offset, from the LineNumberTable.
    pub fn line_number(&self, pc: u16) -> Option<u16> {
        let mut best: Option<LineNumber> = None;
        for entry in &self.line_numbers {
            if entry.start_pc <= pc && best.is_none_or(|b| entry.start_pc >= b.start_pc) {
                best = Some(*entry);
            }
        }
        best.map(|entry| entry.line)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InnerClass {
    pub inner_class: u16,
    pub outer_class: u16,
    pub inner_name: u16,
    pub access_flags: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootstrapMethod {
    /// Constant-pool index of a MethodHandle.
    pub method_ref: u16,
    /// Constant-pool indices of loadable constants.
    pub arguments: Vec<u16>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordComponent {
    pub name: String,
    pub descriptor: String,
    pub signature: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodParameter {
    pub name: Option<String>,
    pub access_flags: u16,
}

/// Attributes of a class, field or method, gathered in one bag so that each parser reads the
/// same way. A member uses only the ones that apply to it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attributes {
    pub code: Option<Code>,
    pub exceptions: Vec<String>,
    pub source_file: Option<String>,
    pub signature: Option<String>,
    pub constant_value: Option<u16>,
    pub inner_classes: Vec<InnerClass>,
    /// (class index, method NameAndType index or 0).
    pub enclosing_method: Option<(u16, u16)>,
    pub bootstrap_methods: Vec<BootstrapMethod>,
    pub nest_host: Option<u16>,
    pub nest_members: Vec<u16>,
    pub permitted_subclasses: Vec<u16>,
    pub record: Option<Vec<RecordComponent>>,
    pub method_parameters: Vec<MethodParameter>,
    pub synthetic: bool,
    pub deprecated: bool,
    pub runtime_visible_annotations: Option<Vec<u8>>,
    pub runtime_visible_parameter_annotations: Option<Vec<u8>>,
    pub annotation_default: Option<Vec<u8>>,
}

/// Where an attribute table sits; some attributes are only meaningful in some places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Class,
    Field,
    Method,
    Code,
    RecordComponent,
}

pub(crate) fn parse_attributes(
    reader: &mut Reader,
    pool: &ConstantPool,
    place: Place,
) -> Result<Attributes> {
    let count = reader.u2()?;
    let mut attributes = Attributes::default();
    for _ in 0..count {
        let name = pool.utf8(reader.u2()?)?;
        let length = reader.u4()? as usize;
        let body = reader.bytes(length)?;
        let mut body_reader = Reader::new(body);
        let r = &mut body_reader;
        match (place, name) {
            (Place::Method, "Code") => attributes.code = Some(parse_code(r, pool)?),
            (Place::Method, "Exceptions") => {
                let n = r.u2()?;
                for _ in 0..n {
                    attributes
                        .exceptions
                        .push(pool.class_name(r.u2()?)?.to_owned());
                }
            }
            (Place::Method, "MethodParameters") => {
                let n = r.u1()?;
                for _ in 0..n {
                    let name_index = r.u2()?;
                    let name = if name_index == 0 {
                        None
                    } else {
                        Some(pool.utf8(name_index)?.to_owned())
                    };
                    attributes.method_parameters.push(MethodParameter {
                        name,
                        access_flags: r.u2()?,
                    });
                }
            }
            (Place::Method, "AnnotationDefault") => {
                attributes.annotation_default = Some(body.to_vec())
            }
            (Place::Method, "RuntimeVisibleParameterAnnotations") => {
                attributes.runtime_visible_parameter_annotations = Some(body.to_vec())
            }
            (Place::Field, "ConstantValue") => attributes.constant_value = Some(r.u2()?),
            (Place::Class, "SourceFile") => {
                attributes.source_file = Some(pool.utf8(r.u2()?)?.to_owned())
            }
            (Place::Class, "InnerClasses") => {
                let n = r.u2()?;
                for _ in 0..n {
                    attributes.inner_classes.push(InnerClass {
                        inner_class: r.u2()?,
                        outer_class: r.u2()?,
                        inner_name: r.u2()?,
                        access_flags: r.u2()?,
                    });
                }
            }
            (Place::Class, "EnclosingMethod") => {
                attributes.enclosing_method = Some((r.u2()?, r.u2()?))
            }
            (Place::Class, "BootstrapMethods") => {
                let n = r.u2()?;
                for _ in 0..n {
                    let method_ref = r.u2()?;
                    let argument_count = r.u2()?;
                    let mut arguments = Vec::with_capacity(argument_count as usize);
                    for _ in 0..argument_count {
                        arguments.push(r.u2()?);
                    }
                    attributes.bootstrap_methods.push(BootstrapMethod {
                        method_ref,
                        arguments,
                    });
                }
            }
            (Place::Class, "NestHost") => attributes.nest_host = Some(r.u2()?),
            (Place::Class, "NestMembers") => attributes.nest_members = u2_list(r)?,
            (Place::Class, "PermittedSubclasses") => attributes.permitted_subclasses = u2_list(r)?,
            (Place::Class, "Record") => {
                let n = r.u2()?;
                let mut components = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    let name = pool.utf8(r.u2()?)?.to_owned();
                    let descriptor = pool.utf8(r.u2()?)?.to_owned();
                    let inner = parse_attributes(r, pool, Place::RecordComponent)?;
                    components.push(RecordComponent {
                        name,
                        descriptor,
                        signature: inner.signature,
                    });
                }
                attributes.record = Some(components);
            }
            (_, "Signature") if place != Place::Code => {
                attributes.signature = Some(pool.utf8(r.u2()?)?.to_owned())
            }
            (Place::Class | Place::Field | Place::Method, "Synthetic") => {
                attributes.synthetic = true
            }
            (Place::Class | Place::Field | Place::Method, "Deprecated") => {
                attributes.deprecated = true
            }
            (_, "RuntimeVisibleAnnotations") if place != Place::Code => {
                attributes.runtime_visible_annotations = Some(body.to_vec())
            }
            (Place::Code, "LineNumberTable") => {
                let n = r.u2()?;
                for _ in 0..n {
                    attributes.code_line_numbers_mut().push(LineNumber {
                        start_pc: r.u2()?,
                        line: r.u2()?,
                    });
                }
            }
            (Place::Code, "LocalVariableTable" | "LocalVariableTypeTable") => {
                let n = r.u2()?;
                let mut variables = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    variables.push(LocalVariable {
                        start_pc: r.u2()?,
                        length: r.u2()?,
                        name: pool.utf8(r.u2()?)?.to_owned(),
                        descriptor: pool.utf8(r.u2()?)?.to_owned(),
                        index: r.u2()?,
                    });
                }
                let code = attributes.code.get_or_insert_with(Code::default);
                if name == "LocalVariableTable" {
                    code.local_variables.extend(variables);
                } else {
                    code.local_variable_types.extend(variables);
                }
            }
            (Place::Code, "StackMapTable") => {
                let frames = parse_stack_map(r)?;
                attributes.code.get_or_insert_with(Code::default).stack_map = Some(frames);
            }
            _ => continue,
        }
        let kept_raw = matches!(
            name,
            "RuntimeVisibleAnnotations"
                | "RuntimeVisibleParameterAnnotations"
                | "AnnotationDefault"
        );
        if r.remaining() != 0 && !kept_raw {
            return format_error(format!("Wrong size for {name} attribute"));
        }
    }
    Ok(attributes)
}

impl Attributes {
    fn code_line_numbers_mut(&mut self) -> &mut Vec<LineNumber> {
        &mut self.code.get_or_insert_with(Code::default).line_numbers
    }
}

fn u2_list(r: &mut Reader) -> Result<Vec<u16>> {
    let n = r.u2()?;
    (0..n).map(|_| r.u2()).collect()
}

fn parse_code(r: &mut Reader, pool: &ConstantPool) -> Result<Code> {
    let max_stack = r.u2()?;
    let max_locals = r.u2()?;
    let code_length = r.u4()? as usize;
    if code_length == 0 || code_length >= 65536 {
        return format_error(format!("Invalid method Code length {code_length}"));
    }
    let code = r.bytes(code_length)?.to_vec();
    let handler_count = r.u2()?;
    let mut exception_table = Vec::with_capacity(handler_count as usize);
    for _ in 0..handler_count {
        exception_table.push(ExceptionHandler {
            start_pc: r.u2()?,
            end_pc: r.u2()?,
            handler_pc: r.u2()?,
            catch_type: r.u2()?,
        });
    }
    // Line numbers, local variables and the stack map are attributes of the Code attribute;
    // they land in a Code value of their own, merged here.
    let nested = parse_attributes(r, pool, Place::Code)?;
    let extra = nested.code.unwrap_or_default();
    Ok(Code {
        max_stack,
        max_locals,
        code,
        exception_table,
        line_numbers: extra.line_numbers,
        local_variables: extra.local_variables,
        local_variable_types: extra.local_variable_types,
        stack_map: extra.stack_map,
    })
}

fn parse_verification_type(r: &mut Reader) -> Result<VerificationType> {
    Ok(match r.u1()? {
        0 => VerificationType::Top,
        1 => VerificationType::Integer,
        2 => VerificationType::Float,
        3 => VerificationType::Double,
        4 => VerificationType::Long,
        5 => VerificationType::Null,
        6 => VerificationType::UninitializedThis,
        7 => VerificationType::Object(r.u2()?),
        8 => VerificationType::Uninitialized(r.u2()?),
        tag => {
            return format_error(format!(
                "Invalid verification type tag {tag} in StackMapTable"
            ))
        }
    })
}

fn parse_stack_map(r: &mut Reader) -> Result<Vec<StackMapFrame>> {
    let count = r.u2()?;
    let mut frames = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let frame_type = r.u1()?;
        let frame = match frame_type {
            0..=63 => StackMapFrame::Same {
                offset_delta: frame_type as u16,
            },
            64..=127 => StackMapFrame::SameLocals1StackItem {
                offset_delta: frame_type as u16 - 64,
                stack: parse_verification_type(r)?,
            },
            247 => StackMapFrame::SameLocals1StackItem {
                offset_delta: r.u2()?,
                stack: parse_verification_type(r)?,
            },
            248..=250 => StackMapFrame::Chop {
                offset_delta: r.u2()?,
                chopped: 251 - frame_type,
            },
            251 => StackMapFrame::Same {
                offset_delta: r.u2()?,
            },
            252..=254 => {
                let offset_delta = r.u2()?;
                let locals = (0..frame_type - 251)
                    .map(|_| parse_verification_type(r))
                    .collect::<Result<_>>()?;
                StackMapFrame::Append {
                    offset_delta,
                    locals,
                }
            }
            255 => {
                let offset_delta = r.u2()?;
                let local_count = r.u2()?;
                let locals = (0..local_count)
                    .map(|_| parse_verification_type(r))
                    .collect::<Result<_>>()?;
                let stack_count = r.u2()?;
                let stack = (0..stack_count)
                    .map(|_| parse_verification_type(r))
                    .collect::<Result<_>>()?;
                StackMapFrame::Full {
                    offset_delta,
                    locals,
                    stack,
                }
            }
            _ => return format_error(format!("Invalid StackMapTable frame type {frame_type}")),
        };
        frames.push(frame);
    }
    Ok(frames)
}

//! Field and method descriptors (JVMS §4.3).

use crate::error::{format_error, Result};

/// A field type. Class names are binary names in internal form (`java/lang/String`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldType {
    Byte,
    Char,
    Double,
    Float,
    Int,
    Long,
    Short,
    Boolean,
    Object(String),
    Array(Box<FieldType>),
}

impl FieldType {
    /// Parses one complete field descriptor such as `[Ljava/lang/String;`.
    pub fn parse(descriptor: &str) -> Result<FieldType> {
        let (field_type, rest) = parse_prefix(descriptor)?;
        if !rest.is_empty() {
            return format_error(format!("Invalid field descriptor {descriptor}"));
        }
        Ok(field_type)
    }

    /// Operand-stack and local-variable slots this type takes (2 for long and double).
    pub fn slots(&self) -> usize {
        match self {
            FieldType::Long | FieldType::Double => 2,
            _ => 1,
        }
    }

    pub fn is_reference(&self) -> bool {
        matches!(self, FieldType::Object(_) | FieldType::Array(_))
    }

    /// The descriptor text of this type.
    pub fn descriptor(&self) -> String {
        match self {
            FieldType::Byte => "B".into(),
            FieldType::Char => "C".into(),
            FieldType::Double => "D".into(),
            FieldType::Float => "F".into(),
            FieldType::Int => "I".into(),
            FieldType::Long => "J".into(),
            FieldType::Short => "S".into(),
            FieldType::Boolean => "Z".into(),
            FieldType::Object(name) => format!("L{name};"),
            FieldType::Array(element) => format!("[{}", element.descriptor()),
        }
    }

    /// The Java source spelling (`java.lang.String[]`, `int`).
    pub fn java_name(&self) -> String {
        match self {
            FieldType::Byte => "byte".into(),
            FieldType::Char => "char".into(),
            FieldType::Double => "double".into(),
            FieldType::Float => "float".into(),
            FieldType::Int => "int".into(),
            FieldType::Long => "long".into(),
            FieldType::Short => "short".into(),
            FieldType::Boolean => "boolean".into(),
            FieldType::Object(name) => name.replace('/', "."),
            FieldType::Array(element) => format!("{}[]", element.java_name()),
        }
    }
}

fn parse_prefix(text: &str) -> Result<(FieldType, &str)> {
    let bytes = text.as_bytes();
    let Some(&first) = bytes.first() else {
        return format_error("Empty descriptor");
    };
    let simple = |t| Ok((t, &text[1..]));
    match first {
        b'B' => simple(FieldType::Byte),
        b'C' => simple(FieldType::Char),
        b'D' => simple(FieldType::Double),
        b'F' => simple(FieldType::Float),
        b'I' => simple(FieldType::Int),
        b'J' => simple(FieldType::Long),
        b'S' => simple(FieldType::Short),
        b'Z' => simple(FieldType::Boolean),
        b'L' => match text.find(';') {
            Some(end) if end > 1 => {
                let name = &text[1..end];
                if name.contains(['.', '[']) || name.starts_with('/') || name.ends_with('/') {
                    return format_error(format!("Invalid class name in descriptor {text}"));
                }
                Ok((FieldType::Object(name.to_owned()), &text[end + 1..]))
            }
            _ => format_error(format!("Invalid descriptor {text}")),
        },
        b'[' => {
            let dimensions = bytes.iter().take_while(|&&b| b == b'[').count();
            if dimensions > 255 {
                return format_error("Array type with more than 255 dimensions");
            }
            let (element, rest) = parse_prefix(&text[1..])?;
            Ok((FieldType::Array(Box::new(element)), rest))
        }
        _ => format_error(format!("Invalid descriptor {text}")),
    }
}

/// A parsed method descriptor such as `(I[JLjava/lang/String;)V`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodDescriptor {
    pub parameters: Vec<FieldType>,
    /// `None` for `void`.
    pub return_type: Option<FieldType>,
}

impl MethodDescriptor {
    pub fn parse(descriptor: &str) -> Result<MethodDescriptor> {
        let Some(mut rest) = descriptor.strip_prefix('(') else {
            return format_error(format!("Invalid method descriptor {descriptor}"));
        };
        let mut parameters = Vec::new();
        while !rest.starts_with(')') {
            let (parameter, after) = parse_prefix(rest)?;
            parameters.push(parameter);
            rest = after;
        }
        let rest = &rest[1..];
        let return_type = if rest == "V" {
            None
        } else {
            Some(FieldType::parse(rest)?)
        };
        let descriptor = MethodDescriptor {
            parameters,
            return_type,
        };
        if descriptor.parameter_slots() > 255 {
            return format_error("Too many arguments in method signature");
        }
        Ok(descriptor)
    }

    /// Slots the parameters take, not counting `this`.
    pub fn parameter_slots(&self) -> usize {
        self.parameters.iter().map(FieldType::slots).sum()
    }

    pub fn return_slots(&self) -> usize {
        self.return_type.as_ref().map_or(0, FieldType::slots)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_method_descriptors() {
        let d = MethodDescriptor::parse("(I[JLjava/lang/String;D)V").unwrap();
        assert_eq!(d.parameters.len(), 4);
        assert_eq!(d.parameter_slots(), 5);
        assert_eq!(d.return_type, None);
        assert_eq!(d.parameters[1].descriptor(), "[J");
        assert_eq!(d.parameters[2].java_name(), "java.lang.String");
    }

    #[test]
    fn rejects_malformed_descriptors() {
        for bad in [
            "",
            "L;",
            "Ljava/lang/String",
            "(I",
            "(I)",
            "(Q)V",
            "II",
            "(V)V",
            "La.b;",
        ] {
            assert!(
                FieldType::parse(bad).is_err() || MethodDescriptor::parse(bad).is_err(),
                "{bad}"
            );
        }
        assert!(MethodDescriptor::parse("(I)").is_err());
        assert!(MethodDescriptor::parse("(V)V").is_err());
    }
}

//! The constant pool (JVMS §4.4): every tag from Java 1.0 to 25, with cross-references checked
//! so that the rest of the VM can index it without re-validating.

use crate::error::{format_error, Result};
use crate::mutf8;
use crate::reader::Reader;

/// One constant-pool entry. Index 0 and the slot after a Long or Double are `Unusable`.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    Unusable,
    Utf8(String),
    Integer(i32),
    Float(f32),
    Long(i64),
    Double(f64),
    Class { name: u16 },
    String { utf8: u16 },
    FieldRef { class: u16, name_and_type: u16 },
    MethodRef { class: u16, name_and_type: u16 },
    InterfaceMethodRef { class: u16, name_and_type: u16 },
    NameAndType { name: u16, descriptor: u16 },
    MethodHandle { kind: u8, reference: u16 },
    MethodType { descriptor: u16 },
    Dynamic { bootstrap: u16, name_and_type: u16 },
    InvokeDynamic { bootstrap: u16, name_and_type: u16 },
    Module { name: u16 },
    Package { name: u16 },
}

/// The kinds of method handle constants (JVMS §4.4.8).
pub mod handle_kind {
    pub const GET_FIELD: u8 = 1;
    pub const GET_STATIC: u8 = 2;
    pub const PUT_FIELD: u8 = 3;
    pub const PUT_STATIC: u8 = 4;
    pub const INVOKE_VIRTUAL: u8 = 5;
    pub const INVOKE_STATIC: u8 = 6;
    pub const INVOKE_SPECIAL: u8 = 7;
    pub const NEW_INVOKE_SPECIAL: u8 = 8;
    pub const INVOKE_INTERFACE: u8 = 9;
}

/// A symbolic reference to a field or method: owner class, name and descriptor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberRef<'a> {
    pub class: &'a str,
    pub name: &'a str,
    pub descriptor: &'a str,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConstantPool {
    entries: Vec<Constant>,
    /// Raw modified-UTF-8 bytes of each Utf8 entry, kept for string literals, whose exact
    /// UTF-16 content (including unpaired surrogates) a Rust `String` cannot hold.
    raw_utf8: Vec<(u16, Vec<u16>)>,
}

impl ConstantPool {
    pub(crate) fn parse(reader: &mut Reader) -> Result<Self> {
        let count = reader.u2()? as usize;
        if count == 0 {
            return format_error("Illegal constant pool size 0 in class file");
        }
        let mut entries = Vec::with_capacity(count);
        let mut raw_utf8 = Vec::new();
        entries.push(Constant::Unusable);
        while entries.len() < count {
            let index = entries.len();
            let tag = reader.u1()?;
            let constant = match tag {
                1 => {
                    let length = reader.u2()? as usize;
                    let bytes = reader.bytes(length)?;
                    let units = mutf8::decode_utf16(bytes).ok_or_else(|| {
                        crate::Error::Format(
                            "Illegal UTF8 string in constant pool in class file".to_owned(),
                        )
                    })?;
                    let text = String::from_utf16_lossy(&units);
                    if units.iter().any(|&u| (0xD800..0xE000).contains(&u)) {
                        raw_utf8.push((index as u16, units));
                    }
                    Constant::Utf8(text)
                }
                3 => Constant::Integer(reader.u4()? as i32),
                4 => Constant::Float(f32::from_bits(reader.u4()?)),
                5 => Constant::Long(reader.u8()? as i64),
                6 => Constant::Double(f64::from_bits(reader.u8()?)),
                7 => Constant::Class { name: reader.u2()? },
                8 => Constant::String { utf8: reader.u2()? },
                9 => Constant::FieldRef {
                    class: reader.u2()?,
                    name_and_type: reader.u2()?,
                },
                10 => Constant::MethodRef {
                    class: reader.u2()?,
                    name_and_type: reader.u2()?,
                },
                11 => Constant::InterfaceMethodRef {
                    class: reader.u2()?,
                    name_and_type: reader.u2()?,
                },
                12 => Constant::NameAndType {
                    name: reader.u2()?,
                    descriptor: reader.u2()?,
                },
                15 => Constant::MethodHandle {
                    kind: reader.u1()?,
                    reference: reader.u2()?,
                },
                16 => Constant::MethodType {
                    descriptor: reader.u2()?,
                },
                17 => Constant::Dynamic {
                    bootstrap: reader.u2()?,
                    name_and_type: reader.u2()?,
                },
                18 => Constant::InvokeDynamic {
                    bootstrap: reader.u2()?,
                    name_and_type: reader.u2()?,
                },
                19 => Constant::Module { name: reader.u2()? },
                20 => Constant::Package { name: reader.u2()? },
                _ => return format_error(format!("Unknown constant tag {tag} in class file")),
            };
            let wide = matches!(constant, Constant::Long(_) | Constant::Double(_));
            entries.push(constant);
            if wide {
                if entries.len() >= count {
                    return format_error(
                        "Invalid constant pool entry: Long or Double in last slot in class file",
                    );
                }
                entries.push(Constant::Unusable);
            }
        }
        let pool = ConstantPool { entries, raw_utf8 };
        pool.check_references()?;
        Ok(pool)
    }

    /// JVMS §4.4: every index inside an entry points at an entry of the right tag.
    fn check_references(&self) -> Result<()> {
        for (index, constant) in self.entries.iter().enumerate() {
            let ok = match *constant {
                Constant::Class { name }
                | Constant::Module { name }
                | Constant::Package { name } => self.is_utf8(name),
                Constant::String { utf8 } => self.is_utf8(utf8),
                Constant::MethodType { descriptor } => self.is_utf8(descriptor),
                Constant::NameAndType { name, descriptor } => {
                    self.is_utf8(name) && self.is_utf8(descriptor)
                }
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
                    matches!(self.get(class), Some(Constant::Class { .. }))
                        && matches!(self.get(name_and_type), Some(Constant::NameAndType { .. }))
                }
                Constant::Dynamic { name_and_type, .. }
                | Constant::InvokeDynamic { name_and_type, .. } => {
                    matches!(self.get(name_and_type), Some(Constant::NameAndType { .. }))
                }
                Constant::MethodHandle { kind, reference } => {
                    (1..=9).contains(&kind)
                        && matches!(
                            (kind, self.get(reference)),
                            (1..=4, Some(Constant::FieldRef { .. }))
                                | (5 | 8, Some(Constant::MethodRef { .. }))
                                | (
                                    6 | 7,
                                    Some(
                                        Constant::MethodRef { .. }
                                            | Constant::InterfaceMethodRef { .. },
                                    ),
                                )
                                | (9, Some(Constant::InterfaceMethodRef { .. }))
                        )
                }
                _ => true,
            };
            if !ok {
                return format_error(format!("Invalid constant pool index {index} in class file"));
            }
        }
        Ok(())
    }

    fn is_utf8(&self, index: u16) -> bool {
        matches!(self.get(index), Some(Constant::Utf8(_)))
    }

    /// Builds a pool from entries (for class-file writers and tests).
    pub fn from_entries(entries: Vec<Constant>) -> Self {
        ConstantPool {
            entries,
            raw_utf8: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.len() <= 1
    }

    pub fn entries(&self) -> &[Constant] {
        &self.entries
    }

    pub fn get(&self, index: u16) -> Option<&Constant> {
        match self.entries.get(index as usize) {
            Some(Constant::Unusable) | None => None,
            Some(constant) => Some(constant),
        }
    }

    fn bad(&self, index: u16, expected: &str) -> crate::Error {
        crate::Error::Format(format!(
            "Invalid constant pool index {index}: expected {expected}"
        ))
    }

    pub fn utf8(&self, index: u16) -> Result<&str> {
        match self.get(index) {
            Some(Constant::Utf8(text)) => Ok(text),
            _ => Err(self.bad(index, "Utf8")),
        }
    }

    /// The exact UTF-16 code units of a Utf8 entry (for `ldc` of strings).
    pub fn utf16(&self, index: u16) -> Result<Vec<u16>> {
        if let Ok(position) = self.raw_utf8.binary_search_by_key(&index, |(i, _)| *i) {
            return Ok(self.raw_utf8[position].1.clone());
        }
        Ok(self.utf8(index)?.encode_utf16().collect())
    }

    pub fn class_name(&self, index: u16) -> Result<&str> {
        match self.get(index) {
            Some(Constant::Class { name }) => self.utf8(*name),
            _ => Err(self.bad(index, "Class")),
        }
    }

    pub fn name_and_type(&self, index: u16) -> Result<(&str, &str)> {
        match self.get(index) {
            Some(Constant::NameAndType { name, descriptor }) => {
                Ok((self.utf8(*name)?, self.utf8(*descriptor)?))
            }
            _ => Err(self.bad(index, "NameAndType")),
        }
    }

    /// A Fieldref, Methodref or InterfaceMethodref, with a flag telling whether it is an
    /// InterfaceMethodref.
    pub fn member_ref(&self, index: u16) -> Result<(MemberRef<'_>, bool)> {
        let (class, name_and_type, interface) = match self.get(index) {
            Some(Constant::FieldRef {
                class,
                name_and_type,
            })
            | Some(Constant::MethodRef {
                class,
                name_and_type,
            }) => (*class, *name_and_type, false),
            Some(Constant::InterfaceMethodRef {
                class,
                name_and_type,
            }) => (*class, *name_and_type, true),
            _ => return Err(self.bad(index, "Fieldref or Methodref")),
        };
        let (name, descriptor) = self.name_and_type(name_and_type)?;
        Ok((
            MemberRef {
                class: self.class_name(class)?,
                name,
                descriptor,
            },
            interface,
        ))
    }
}

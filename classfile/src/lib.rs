//! Cortado's class-file reader: bytes of a `.class` file or a jar in, plain data out.
//!
//! It depends on no other crate of Cortado and never panics on input: every malformed file
//! gives an [`Error`] that the runtime turns into `ClassFormatError` or
//! `UnsupportedClassVersionError`. It does not verify bytecode; that is the verifier's job.

pub mod attributes;
pub mod constant_pool;
pub mod descriptor;
pub mod disasm;
mod error;
pub mod jar;
pub mod mutf8;
pub mod opcode;
mod reader;
pub mod subroutines;
pub mod writer;

pub use attributes::{Attributes, Code, ExceptionHandler};
pub use constant_pool::{Constant, ConstantPool, MemberRef};
pub use descriptor::{FieldType, MethodDescriptor};
pub use error::{Error, Result};
pub use opcode::Opcode;

use attributes::{parse_attributes, Place};
use error::format_error;
use reader::Reader;

/// Access flags of classes, fields and methods (JVMS tables 4.1-B, 4.5-A, 4.6-A).
pub mod access {
    pub const PUBLIC: u16 = 0x0001;
    pub const PRIVATE: u16 = 0x0002;
    pub const PROTECTED: u16 = 0x0004;
    pub const STATIC: u16 = 0x0008;
    pub const FINAL: u16 = 0x0010;
    pub const SUPER: u16 = 0x0020;
    pub const SYNCHRONIZED: u16 = 0x0020;
    pub const VOLATILE: u16 = 0x0040;
    pub const BRIDGE: u16 = 0x0040;
    pub const TRANSIENT: u16 = 0x0080;
    pub const VARARGS: u16 = 0x0080;
    pub const NATIVE: u16 = 0x0100;
    pub const INTERFACE: u16 = 0x0200;
    pub const ABSTRACT: u16 = 0x0400;
    pub const STRICT: u16 = 0x0800;
    pub const SYNTHETIC: u16 = 0x1000;
    pub const ANNOTATION: u16 = 0x2000;
    pub const ENUM: u16 = 0x4000;
    pub const MODULE: u16 = 0x8000;
}

/// Oldest and newest class-file major versions Cortado accepts (Java 1.1 to Java 25).
pub const MIN_MAJOR_VERSION: u16 = 45;
pub const MAX_MAJOR_VERSION: u16 = 69;

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub access_flags: u16,
    pub name: String,
    pub descriptor: String,
    pub attributes: Attributes,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    pub access_flags: u16,
    pub name: String,
    pub descriptor: String,
    pub attributes: Attributes,
}

impl Method {
    pub fn code(&self) -> Option<&Code> {
        self.attributes.code.as_ref()
    }

    pub fn is_static(&self) -> bool {
        self.access_flags & access::STATIC != 0
    }
}

/// A parsed class file (JVMS §4.1).
#[derive(Debug, Clone, PartialEq)]
pub struct ClassFile {
    pub minor_version: u16,
    pub major_version: u16,
    pub constant_pool: ConstantPool,
    pub access_flags: u16,
    /// Binary name in internal form, e.g. `java/lang/String`.
    pub this_class: String,
    pub super_class: Option<String>,
    pub interfaces: Vec<String>,
    pub fields: Vec<Field>,
    pub methods: Vec<Method>,
    pub attributes: Attributes,
}

impl ClassFile {
    /// Parses a complete class file.
    pub fn parse(bytes: &[u8]) -> Result<ClassFile> {
        Self::parse_named(bytes, None)
    }

    /// Parses a class file that was looked up as `name`: errors found before the file names
    /// itself end "in class file NAME", as HotSpot's do.
    pub fn parse_named(bytes: &[u8], name: Option<&str>) -> Result<ClassFile> {
        Self::parse_inner(bytes).map_err(|error| match (error, name) {
            (Error::Format(message), Some(name)) if message.ends_with("in class file") => {
                Error::Format(format!("{message} {}", name.replace('/', ".")))
            }
            (error, _) => error,
        })
    }

    fn parse_inner(bytes: &[u8]) -> Result<ClassFile> {
        // HotSpot wants magic and version before it reads anything.
        if bytes.len() < 8 {
            return format_error("Truncated class file");
        }
        let mut reader = Reader::new(bytes);
        let magic = reader
            .u4()
            .map_err(|_| Error::Format("Truncated class file".into()))?;
        if magic != 0xCAFE_BABE {
            return format_error(format!("Incompatible magic value {magic} in class file"));
        }
        let minor_version = reader.u2()?;
        let major_version = reader.u2()?;
        let constant_pool = ConstantPool::parse(&mut reader)?;
        let access_flags = reader.u2()?;
        let this_class = constant_pool.class_name(reader.u2()?)?.to_owned();
        check_version(&this_class, major_version, minor_version)?;
        let super_index = reader.u2()?;
        let super_class = if super_index == 0 {
            None
        } else {
            Some(constant_pool.class_name(super_index)?.to_owned())
        };
        let interface_count = reader.u2()?;
        let mut interfaces = Vec::with_capacity(interface_count as usize);
        for _ in 0..interface_count {
            interfaces.push(constant_pool.class_name(reader.u2()?)?.to_owned());
        }
        let field_count = reader.u2()?;
        let mut fields = Vec::with_capacity(field_count as usize);
        for _ in 0..field_count {
            let access_flags = reader.u2()?;
            let name = constant_pool.utf8(reader.u2()?)?.to_owned();
            let descriptor = constant_pool.utf8(reader.u2()?)?.to_owned();
            FieldType::parse(&descriptor).map_err(|_| {
                Error::Format(format!(
                    "Field \"{name}\" in class {this_class} has illegal signature \"{descriptor}\""
                ))
            })?;
            let attributes = parse_attributes(&mut reader, &constant_pool, Place::Field)?;
            fields.push(Field {
                access_flags,
                name,
                descriptor,
                attributes,
            });
        }
        let method_count = reader.u2()?;
        let mut methods = Vec::with_capacity(method_count as usize);
        for _ in 0..method_count {
            let access_flags = reader.u2()?;
            let name = constant_pool.utf8(reader.u2()?)?.to_owned();
            let descriptor = constant_pool.utf8(reader.u2()?)?.to_owned();
            MethodDescriptor::parse(&descriptor).map_err(|_| {
                Error::Format(format!(
                    "Method \"{name}\" in class {this_class} has illegal signature \"{descriptor}\""
                ))
            })?;
            let attributes = parse_attributes(&mut reader, &constant_pool, Place::Method)?;
            let needs_code = access_flags & (access::NATIVE | access::ABSTRACT) == 0;
            if needs_code != attributes.code.is_some() {
                let problem = if needs_code { "Absent" } else { "Unexpected" };
                return format_error(format!(
                    "{problem} Code attribute in method {name} in class file {this_class}"
                ));
            }
            methods.push(Method {
                access_flags,
                name,
                descriptor,
                attributes,
            });
        }
        let attributes = parse_attributes(&mut reader, &constant_pool, Place::Class)?;
        if reader.remaining() != 0 {
            return format_error(format!("Extra bytes at the end of class file {this_class}"));
        }
        Ok(ClassFile {
            minor_version,
            major_version,
            constant_pool,
            access_flags,
            this_class,
            super_class,
            interfaces,
            fields,
            methods,
            attributes,
        })
    }

    pub fn is_interface(&self) -> bool {
        self.access_flags & access::INTERFACE != 0
    }

    pub fn source_file(&self) -> Option<&str> {
        self.attributes.source_file.as_deref()
    }

    pub fn method(&self, name: &str, descriptor: &str) -> Option<&Method> {
        self.methods
            .iter()
            .find(|m| m.name == name && m.descriptor == descriptor)
    }
}

fn check_version(class: &str, major: u16, minor: u16) -> Result<()> {
    let supported = (MIN_MAJOR_VERSION..=MAX_MAJOR_VERSION).contains(&major)
        && (major < 56 || minor == 0 || minor == 0xFFFF);
    if supported {
        return Ok(());
    }
    let class = class.replace('/', ".");
    Err(Error::UnsupportedVersion(format!(
        "{class} has been compiled by a more recent version of the Java Runtime (class file version {major}.{minor}), this version of the Java Runtime only recognizes class file versions up to {MAX_MAJOR_VERSION}.0"
    )))
}

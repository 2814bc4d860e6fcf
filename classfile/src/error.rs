//! The one error type of this crate. Every malformed input ends here, never in a panic.

/// Why a class file or jar could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The bytes are not a well-formed class file (JVMS §4); maps to `ClassFormatError`.
    #[error("{0}")]
    Format(String),
    /// The major/minor version is outside what Cortado supports; maps to
    /// `UnsupportedClassVersionError`.
    #[error("{0}")]
    UnsupportedVersion(String),
    /// The jar or zip archive could not be read.
    #[error("{0}")]
    Archive(String),
}

/// Shorthand used across the crate.
pub type Result<T> = std::result::Result<T, Error>;

pub(crate) fn format_error<T>(message: impl Into<String>) -> Result<T> {
    Err(Error::Format(message.into()))
}

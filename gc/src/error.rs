//! The one error type of the heap.

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// Not enough memory left under the heap limit, even after a collection.
    #[error("Java heap space")]
    OutOfMemory,
    /// The requested object is larger than any heap this configuration allows.
    #[error("Requested array size exceeds VM limit")]
    TooLarge,
}

pub type Result<T> = std::result::Result<T, Error>;

//! The object header every heap object starts with.
//!
//! ```text
//! offset 0  mark word (64 bits)
//!   [1:0]   state: 01 normal, 11 forwarded (bits [63:32] are then the new Ref)
//!   [5:2]   GC age
//!   [6]     identity hash assigned
//!   [7]     marked live (during a full collection only)
//!   [63:32] identity hash (31 bits), or the new Ref while forwarded (a full collection
//!           keeps the hashes of the objects it moves aside meanwhile)
//! offset 8  class index (32 bits), the runtime's
//! offset 12 first instance field, or the array length
//! offset 16 first array element
//! ```
//! The runtime owns the class index and the hash bits; the collector owns state and age.

pub const MARK_OFFSET: usize = 0;
pub const CLASS_OFFSET: usize = 8;
pub const FIELDS_OFFSET: usize = 12;
pub const ARRAY_LENGTH_OFFSET: usize = 12;
pub const ARRAY_DATA_OFFSET: usize = 16;
/// Smallest object: the header rounded up to the 8-byte granule.
pub const MIN_OBJECT_SIZE: usize = 16;

pub const STATE_MASK: u64 = 0b11;
pub const STATE_NORMAL: u64 = 0b01;
pub const STATE_FORWARDED: u64 = 0b11;
pub const HASHED_BIT: u64 = 1 << 6;
pub const GC_MARK_BIT: u64 = 1 << 7;
pub const AGE_SHIFT: u32 = 2;
pub const AGE_MASK: u64 = 0b1111 << AGE_SHIFT;

pub fn age_of(mark: u64) -> u32 {
    ((mark & AGE_MASK) >> AGE_SHIFT) as u32
}

pub fn with_age(mark: u64, age: u32) -> u64 {
    (mark & !AGE_MASK) | ((age.min(15) as u64) << AGE_SHIFT)
}

/// The mark word of a freshly allocated object.
pub const INITIAL_MARK: u64 = STATE_NORMAL;

pub fn hash_of(mark: u64) -> Option<i32> {
    (mark & HASHED_BIT != 0).then_some((mark >> 32) as i32)
}

pub fn with_hash(mark: u64, hash: i32) -> u64 {
    (mark & 0xFFFF_FFFF) | HASHED_BIT | ((hash as u32 as u64) << 32)
}

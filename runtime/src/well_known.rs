//! Classes and field offsets the VM itself uses, looked up once at start-up (HotSpot's
//! vmSymbols/vmClasses idea): the layouts fixed by `stdlib/CONTRACT.md`.

use crate::class::ClassId;

#[derive(Debug, Default, Clone)]
pub(crate) struct WellKnown {
    pub object: ClassId,
    pub class: ClassId,
    pub string: ClassId,
    pub error: ClassId,
    pub cloneable: ClassId,
    pub char_array: ClassId,
    /// Offset of `String.value`.
    pub string_value: u32,
    /// Offset of `Class.classIndex`.
    pub class_class_index: u32,
    /// Offset of `Throwable.backtrace`.
    pub throwable_backtrace: u32,
    /// Offset of `Throwable.detailMessage`.
    pub throwable_detail_message: u32,
    /// Global-root slot of the preallocated OutOfMemoryError.
    pub out_of_memory_error: u32,
}

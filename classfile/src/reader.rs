//! A big-endian byte cursor whose every read is bounds-checked and fails with a
//! `ClassFormatError`-style error rather than panicking.

use crate::error::{format_error, Result};

pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, position: 0 }
    }

    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len() - self.position
    }

    pub(crate) fn bytes(&mut self, length: usize) -> Result<&'a [u8]> {
        if length > self.remaining() {
            return format_error("Truncated class file");
        }
        let slice = &self.bytes[self.position..self.position + length];
        self.position += length;
        Ok(slice)
    }

    pub(crate) fn u1(&mut self) -> Result<u8> {
        Ok(self.bytes(1)?[0])
    }

    pub(crate) fn u2(&mut self) -> Result<u16> {
        let b = self.bytes(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    pub(crate) fn u4(&mut self) -> Result<u32> {
        let b = self.bytes(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub(crate) fn u8(&mut self) -> Result<u64> {
        let high = self.u4()? as u64;
        let low = self.u4()? as u64;
        Ok(high << 32 | low)
    }
}

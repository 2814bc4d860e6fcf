//! Big per-thread blocks (stack slots, frame records) as fresh anonymous mappings: zeroed by
//! the OS and committed only as deep as they are used. A heap allocation of zeros would be
//! memset whole whenever the allocator hands back memory it had before: 8 MiB per thread
//! started, about a millisecond each (a program that starts a thread per task, as
//! `CompletableFuture.supplyAsync` does on a machine with two processors, spent nine tenths
//! of its time there).

use std::ptr::NonNull;

/// `len` zeroed values of `T`, which must be valid as all-zero bytes (integers, `MaybeUninit`).
pub(crate) struct ZeroedBlock<T: Copy> {
    pointer: NonNull<T>,
    len: usize,
    /// `false`: the mapping failed (or the platform has none) and the block is a boxed slice.
    mapped: bool,
}

// SAFETY: the block owns its memory exclusively, like a `Box<[T]>`.
#[allow(unsafe_code)]
unsafe impl<T: Copy + Send> Send for ZeroedBlock<T> {}

impl<T: Copy> ZeroedBlock<T> {
    pub(crate) fn new(len: usize) -> ZeroedBlock<T> {
        let bytes = len.max(1) * std::mem::size_of::<T>();
        #[cfg(unix)]
        {
            #[allow(unsafe_code)]
            // SAFETY: an anonymous private mapping of `bytes` bytes, owned by the block until
            // `drop` unmaps it; the OS fills it with zeros, valid for `T` as the caller promises.
            let address = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    bytes,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if address != libc::MAP_FAILED {
                if let Some(pointer) = NonNull::new(address as *mut T) {
                    return ZeroedBlock {
                        pointer,
                        len,
                        mapped: true,
                    };
                }
            }
        }
        let boxed: Box<[T]> = (0..len.max(1))
            .map(|_| {
                #[allow(unsafe_code)]
                // SAFETY: the caller promises all-zero bytes are a valid `T`.
                unsafe {
                    std::mem::zeroed()
                }
            })
            .collect();
        let pointer = NonNull::new(Box::into_raw(boxed) as *mut T).expect("a box is not null");
        ZeroedBlock {
            pointer,
            len,
            mapped: false,
        }
    }
}

impl<T: Copy> Drop for ZeroedBlock<T> {
    fn drop(&mut self) {
        let bytes = self.len.max(1) * std::mem::size_of::<T>();
        #[allow(unsafe_code)]
        if self.mapped {
            #[cfg(unix)]
            // SAFETY: the mapping `new` made, of this size, unmapped once.
            unsafe {
                libc::munmap(self.pointer.as_ptr() as *mut libc::c_void, bytes);
            }
        } else {
            // SAFETY: the boxed slice `new` leaked, of `len.max(1)` values, freed once.
            unsafe {
                drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                    self.pointer.as_ptr(),
                    self.len.max(1),
                )));
            }
        }
    }
}

impl<T: Copy> std::ops::Deref for ZeroedBlock<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        // SAFETY: `len` initialized (zeroed) values, owned by the block.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts(self.pointer.as_ptr(), self.len)
        }
    }
}

impl<T: Copy> std::ops::DerefMut for ZeroedBlock<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`; `&mut self` makes the access exclusive.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts_mut(self.pointer.as_ptr(), self.len)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ZeroedBlock;

    #[test]
    fn blocks_start_zeroed_and_keep_what_is_written() {
        let mut block: ZeroedBlock<u64> = ZeroedBlock::new(1 << 20);
        assert_eq!(block.len(), 1 << 20);
        assert!(block.iter().step_by(4096).all(|&v| v == 0));
        block[12345] = 7;
        block[(1 << 20) - 1] = 9;
        assert_eq!((block[12345], block[(1 << 20) - 1], block[0]), (7, 9, 0));
        let empty: ZeroedBlock<u64> = ZeroedBlock::new(0);
        assert!(empty.is_empty());
    }
}

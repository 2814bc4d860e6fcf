//! A growable table of references whose cells never move: it grows by whole chunks and
//! never reallocates one, so compiled code can read a cell by its address (the collector
//! updates the cells in place, as roots). Holds interned strings and class mirrors, which
//! `ldc` in compiled code loads directly.

use cortado_gc::{Ref, NULL};

const CHUNK: usize = 1024;

#[derive(Default)]
pub(crate) struct StableRefs {
    chunks: Vec<Box<[Ref; CHUNK]>>,
    len: usize,
}

impl StableRefs {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn push(&mut self, reference: Ref) {
        if self.len == self.chunks.len() * CHUNK {
            self.chunks.push(Box::new([NULL; CHUNK]));
        }
        let at = self.len;
        self.len += 1;
        self[at] = reference;
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Ref> {
        let len = self.len;
        self.chunks.iter_mut().flat_map(|c| c.iter_mut()).take(len)
    }

    /// The address of cell `index`, valid for the table's lifetime.
    pub fn cell(&self, index: usize) -> *const Ref {
        &self[index]
    }
}

impl std::ops::Index<usize> for StableRefs {
    type Output = Ref;

    fn index(&self, index: usize) -> &Ref {
        assert!(index < self.len, "stable reference {index} out of range");
        &self.chunks[index / CHUNK][index % CHUNK]
    }
}

impl std::ops::IndexMut<usize> for StableRefs {
    fn index_mut(&mut self, index: usize) -> &mut Ref {
        assert!(index < self.len, "stable reference {index} out of range");
        &mut self.chunks[index / CHUNK][index % CHUNK]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_stay_put_as_the_table_grows() {
        let mut table = StableRefs::default();
        table.push(7);
        let first = table.cell(0);
        for i in 0..5000 {
            table.push(i);
        }
        assert_eq!(table.cell(0), first);
        assert_eq!((table[0], table[4000], table.len()), (7, 3999, 5001));
        assert_eq!(table.iter_mut().count(), 5001);
    }
}

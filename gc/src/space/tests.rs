use super::*;

/// Test objects: class 1 = node with two reference fields at 12 and 16 (24 bytes);
/// class 2 = leaf of 16 bytes with an int at 12.
struct TestModel;

impl ObjectModel for TestModel {
    fn size_of(&self, class_index: u32, _: u32) -> usize {
        if class_index == 1 {
            24
        } else {
            16
        }
    }
    fn reference_offsets(&self, class_index: u32, _: u32, visit: &mut dyn FnMut(usize)) {
        if class_index == 1 {
            visit(12);
            visit(16);
        }
    }
}

struct VecRoots<'a>(&'a mut Vec<Ref>);

impl Roots for VecRoots<'_> {
    fn visit(&mut self, visit: &mut dyn FnMut(&mut Ref)) {
        for slot in self.0.iter_mut() {
            visit(slot);
        }
    }
}

fn node(heap: &mut Heap, left: Ref, right: Ref) -> Ref {
    let r = heap.try_allocate(24, 1).unwrap();
    heap.write_u32(r, 12, left);
    heap.write_u32(r, 16, right);
    r
}

fn leaf(heap: &mut Heap, value: u32) -> Ref {
    let r = heap.try_allocate(16, 2).unwrap();
    heap.write_u32(r, 12, value);
    r
}

#[test]
fn collection_keeps_reachable_graph_and_drops_garbage() {
    let mut heap = Heap::new(HeapConfig {
        poison: true,
        ..HeapConfig::default()
    });
    let a = leaf(&mut heap, 7);
    let b = leaf(&mut heap, 9);
    for i in 0..100 {
        leaf(&mut heap, i); // garbage
    }
    let shared = node(&mut heap, a, b);
    let root = node(&mut heap, shared, shared);
    let mut roots = vec![root, root, crate::NULL];
    heap.collect(&TestModel, &mut VecRoots(&mut roots), 0)
        .unwrap();
    assert_eq!(roots[0], roots[1]);
    assert_eq!(roots[2], crate::NULL);
    let root = roots[0];
    let left = heap.read_u32(root, 12);
    assert_eq!(left, heap.read_u32(root, 16), "sharing is preserved");
    assert_eq!(heap.read_u32(heap.read_u32(left, 12), 12), 7);
    assert_eq!(heap.read_u32(heap.read_u32(left, 16), 12), 9);
    assert_eq!(heap.stats().last_live_bytes, (2 + 3 + 3 + 2 + 2) * 8);
}

#[test]
fn stale_reference_is_rejected_after_collection() {
    let mut heap = Heap::new(HeapConfig::default());
    let a = leaf(&mut heap, 1);
    let mut roots = vec![a];
    heap.collect(&TestModel, &mut VecRoots(&mut roots), 0)
        .unwrap();
    assert!(!heap.is_valid(a));
    assert!(heap.is_valid(roots[0]));
    assert!(!heap.is_valid(crate::NULL));
}

#[test]
fn out_of_memory_when_live_data_exceeds_limit() {
    let mut heap = Heap::new(HeapConfig {
        max_bytes: 64 * 1024,
        initial_bytes: 64 * 1024,
        ..HeapConfig::default()
    });
    let mut roots = Vec::new();
    loop {
        match heap.try_allocate(16, 2) {
            Some(r) => roots.push(r),
            None => {
                if heap
                    .collect(&TestModel, &mut VecRoots(&mut roots), 16)
                    .is_err()
                {
                    break;
                }
            }
        }
    }
    assert!(roots.len() > 3000);
}

#[test]
fn stress_interval_requests_collections() {
    let mut heap = Heap::new(HeapConfig {
        stress_interval: Some(0),
        ..HeapConfig::default()
    });
    let a = heap.try_allocate(16, 2).unwrap();
    assert!(heap.try_allocate(16, 2).is_none());
    let mut roots = vec![a];
    heap.collect(&TestModel, &mut VecRoots(&mut roots), 16)
        .unwrap();
    assert!(heap.try_allocate(16, 2).is_some());
}

use super::*;
use crate::NULL;

/// Test objects: class 1 = node with two reference fields at 12 and 16 (24 bytes);
/// class 2 = leaf of 16 bytes with an int at 12; class 3 = weak reference (referent at 12);
/// class 4 = soft reference; class 5 = reference array (length at 12, elements from 16).
struct TestModel;

impl ObjectModel for TestModel {
    fn layout(&self, class_index: u32) -> crate::Layout<'_> {
        use crate::Layout;
        match class_index {
            1 => Layout::Instance {
                size: 24,
                references: &[12, 16],
                referent: None,
            },
            3 => Layout::Instance {
                size: 16,
                references: &[],
                referent: Some((12, crate::Strength::Weak)),
            },
            4 => Layout::Instance {
                size: 16,
                references: &[],
                referent: Some((12, crate::Strength::Soft)),
            },
            5 => Layout::ReferenceArray,
            _ => Layout::Instance {
                size: 16,
                references: &[],
                referent: None,
            },
        }
    }
    fn is_valid_class(&self, class_index: u32) -> bool {
        (1..=5).contains(&class_index)
    }
    fn class_count(&self) -> usize {
        6
    }
}

fn verified() -> HeapConfig {
    HeapConfig {
        max_bytes: 4 << 20,
        verify: true,
        verify_cards: true,
        poison: true,
        ..HeapConfig::default()
    }
}

fn collect(heap: &mut Heap, roots: &mut Vec<Ref>, full: bool) -> CollectionKind {
    let kind = heap
        .collect(&TestModel, &mut VecRoots(roots), 16, full)
        .unwrap();
    assert_eq!(heap.take_verify_errors(), Vec::<String>::new());
    kind
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
    heap.write_ref(r, 12, left);
    heap.write_ref(r, 16, right);
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
    heap.collect(&TestModel, &mut VecRoots(&mut roots), 0, false)
        .unwrap();
    assert_eq!(roots[0], roots[1]);
    assert_eq!(roots[2], crate::NULL);
    let root = roots[0];
    let left = heap.read_u32(root, 12);
    assert_eq!(left, heap.read_u32(root, 16), "sharing is preserved");
    assert_eq!(heap.read_u32(heap.read_u32(left, 12), 12), 7);
    assert_eq!(heap.read_u32(heap.read_u32(left, 16), 12), 9);
    assert_eq!(heap.stats().last_live_bytes, (3 + 3 + 2 + 2) * 8);
}

#[test]
fn stale_reference_is_rejected_after_collection() {
    let mut heap = Heap::new(HeapConfig::default());
    let a = leaf(&mut heap, 1);
    let mut roots = vec![a];
    heap.collect(&TestModel, &mut VecRoots(&mut roots), 0, false)
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
                    .collect(&TestModel, &mut VecRoots(&mut roots), 16, false)
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
    heap.collect(&TestModel, &mut VecRoots(&mut roots), 16, false)
        .unwrap();
    assert!(heap.try_allocate(16, 2).is_some());
}

#[test]
fn young_and_full_collections_keep_graph_and_hash() {
    for full in [false, true] {
        let mut heap = Heap::new(verified());
        let a = leaf(&mut heap, 7);
        heap.set_mark(a, header::with_hash(heap.mark(a), 1234));
        let b = leaf(&mut heap, 9);
        let shared = node(&mut heap, a, b);
        let root = node(&mut heap, shared, shared);
        let mut roots = vec![root, root];
        for _ in 0..3 {
            for i in 0..1000 {
                leaf(&mut heap, i);
            }
            let kind = collect(&mut heap, &mut roots, full);
            assert_eq!(kind == CollectionKind::Full, full);
        }
        let root = roots[0];
        assert_eq!(roots[1], root);
        let shared = heap.read_u32(root, 12);
        let a = heap.read_u32(shared, 12);
        assert_eq!(heap.read_u32(a, 12), 7);
        assert_eq!(header::hash_of(heap.mark(a)), Some(1234));
        assert_eq!(heap.read_u32(heap.read_u32(shared, 16), 12), 9);
    }
}

#[test]
fn promotion_and_card_barrier() {
    let mut heap = Heap::new(HeapConfig {
        tenuring_threshold: Some(0),
        ..verified()
    });
    let holder = node(&mut heap, NULL, NULL);
    let mut roots = vec![holder];
    collect(&mut heap, &mut roots, false);
    let holder = roots[0];
    assert!(!heap.is_young(holder as usize), "promoted at once");
    // A young object reachable only through the old holder, stored with the barrier.
    let young = leaf(&mut heap, 42);
    heap.write_ref(holder, 12, young);
    collect(&mut heap, &mut roots, false);
    assert_eq!(heap.read_u32(heap.read_u32(roots[0], 12), 12), 42);
    // Without the barrier, the card verifier notices.
    let young = leaf(&mut heap, 43);
    heap.write_u32(roots[0], 16, young);
    heap.cards.fill(CLEAN);
    heap.collect(&TestModel, &mut VecRoots(&mut roots), 16, false)
        .unwrap();
    assert!(!heap.take_verify_errors().is_empty());
}

#[test]
fn weak_referents_are_cleared_and_soft_ones_kept() {
    for full in [false, true] {
        let mut heap = Heap::new(verified());
        let kept = leaf(&mut heap, 1);
        let weak_kept = heap.try_allocate(16, 3).unwrap();
        heap.write_ref(weak_kept, 12, kept);
        let dropped = leaf(&mut heap, 2);
        let weak_dropped = heap.try_allocate(16, 3).unwrap();
        heap.write_ref(weak_dropped, 12, dropped);
        let soft_target = leaf(&mut heap, 3);
        let soft = heap.try_allocate(16, 4).unwrap();
        heap.write_ref(soft, 12, soft_target);
        let mut roots = vec![kept, weak_kept, weak_dropped, soft];
        collect(&mut heap, &mut roots, full);
        assert_eq!(heap.read_u32(roots[1], 12), roots[0]);
        assert_eq!(heap.read_u32(roots[2], 12), NULL);
        assert_eq!(heap.read_u32(heap.read_u32(roots[3], 12), 12), 3);
        assert_eq!(heap.take_cleared_references(), vec![roots[2]]);
        heap.clear_soft_references_next();
        collect(&mut heap, &mut roots, true);
        assert_eq!(heap.read_u32(roots[3], 12), NULL);
        assert_eq!(heap.take_cleared_references(), vec![roots[3]]);
    }
}

#[test]
fn large_arrays_go_to_the_old_generation() {
    let mut heap = Heap::new(verified());
    let array = heap.try_allocate(16 + 4 * 100_000, 5).unwrap();
    heap.write_u32(array, 12, 100_000);
    assert!(!heap.is_young(array as usize));
    let young = leaf(&mut heap, 5);
    heap.write_ref(array, 16 + 4 * 99_999, young);
    let mut roots = vec![array];
    collect(&mut heap, &mut roots, false);
    let element = heap.read_u32(roots[0], 16 + 4 * 99_999);
    assert_eq!(heap.read_u32(element, 12), 5);
}

/// A random mutator (GCBasher-like): a root array of slots, random allocations and stores,
/// collections of both kinds, everything verified.
#[test]
fn random_graph_survives_mixed_collections() {
    for threshold in [None, Some(0), Some(16)] {
        random_graph(threshold);
    }
}

fn random_graph(tenuring_threshold: Option<u32>) {
    let mut heap = Heap::new(HeapConfig {
        max_bytes: 1 << 20,
        young_bytes: Some(96 * 1024),
        tenuring_threshold,
        ..verified()
    });
    let mut seed = 12345u64;
    let mut random = move |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut roots: Vec<Ref> = vec![NULL; 64];
    let mut values = vec![0u32; 64];
    let mut collections = 0;
    for step in 0..60_000u32 {
        let slot = random(64);
        let object = match random(4) {
            0 => heap.try_allocate(24, 1),
            _ => heap.try_allocate(16, 2),
        };
        let Some(object) = object else {
            let kind = collect(&mut heap, &mut roots, random(10) == 0);
            collections += 1;
            let _ = kind;
            continue;
        };
        if heap.class_index(object) == 2 {
            heap.write_u32(object, 12, step);
            // Link it below a random node so the graph gets deep.
            let parent = roots[random(64)];
            if parent != NULL && heap.class_index(parent) == 1 {
                heap.write_ref(parent, 12 + 4 * random(2), object);
            }
        } else {
            heap.write_ref(object, 12, roots[random(64)]);
            heap.write_ref(object, 16, roots[random(64)]);
        }
        roots[slot] = object;
        values[slot] = step;
    }
    assert!(collections > 10);
    collect(&mut heap, &mut roots, true);
    for (slot, &root) in roots.iter().enumerate() {
        if root != NULL && heap.class_index(root) == 2 {
            assert_eq!(heap.read_u32(root, 12), values[slot]);
        }
    }
}

/// A young collection tried on the strength of the average promotion, when the old
/// generation cannot take what survives: promotion fails, a full collection finishes the job,
/// nothing is lost and the verifiers agree.
#[test]
fn failed_promotion_falls_back_to_a_full_collection() {
    let mut heap = Heap::new(HeapConfig {
        max_bytes: 1 << 20,
        young_bytes: Some(320 * 1024),
        tenuring_threshold: Some(0),
        ..verified()
    });
    let mut roots: Vec<Ref> = vec![NULL; 3];
    // Young collections of garbage: nothing promoted on average.
    for i in 0..40_000 {
        if heap.try_allocate(16, 2).is_none() {
            assert_eq!(collect(&mut heap, &mut roots, false), CollectionKind::Young);
        }
        if i == 0 {
            roots[2] = leaf(&mut heap, 42);
        }
    }
    // Large arrays straight into the old generation leave it less room than eden holds.
    let eden_bytes = (heap.eden.end - heap.eden.start) * 8;
    let mut arrays = NULL;
    while (heap.old.end - heap.old.top) * 8 > eden_bytes / 2 {
        let elements = 20_000;
        let Some(array) = heap.try_allocate(16 + 4 * elements, 5) else {
            break;
        };
        heap.write_u32(array, 12, elements as u32);
        heap.write_ref(array, 16, arrays);
        arrays = array;
        roots[1] = arrays;
    }
    // Then eden fills with live objects.
    let mut length = 0;
    while let Some(object) = heap.try_allocate(24, 1) {
        heap.write_ref(object, 12, roots[0]);
        roots[0] = object;
        length += 1;
    }
    let kind = collect(&mut heap, &mut roots, false);
    assert_eq!(kind, CollectionKind::Full);
    assert_eq!(heap.stats().promotion_failures, 1);
    let mut node = roots[0];
    let mut count = 0;
    while node != NULL {
        count += 1;
        node = heap.read_u32(node, 12);
    }
    assert_eq!(count, length);
    assert_eq!(heap.read_u32(roots[2], 12), 42);
    // And the heap goes on working.
    for _ in 0..10_000 {
        if heap.try_allocate(16, 2).is_none() {
            collect(&mut heap, &mut roots, false);
        }
    }
}

/// Cards are precise: a store into an element of a huge old array marks the element's card,
/// not the header's, and the young collection scans only the dirty cards' part of the array.
#[test]
fn huge_array_stores_mark_the_element_card() {
    let mut heap = Heap::new(verified());
    let elements = 100_000;
    let array = heap.try_allocate(16 + 4 * elements, 5).unwrap();
    heap.write_u32(array, 12, elements as u32);
    let mut roots = vec![array];
    collect(&mut heap, &mut roots, false);
    let array = roots[0];
    let header_card = array as usize >> CARD_SHIFT;
    assert!(heap.cards.iter().all(|&c| c == CLEAN));
    let young = leaf(&mut heap, 5);
    let slot = 16 + 4 * 99_999;
    heap.write_ref(array, slot, young);
    let slot_card = (array as usize + slot / 8) >> CARD_SHIFT;
    assert_ne!(slot_card, header_card);
    assert_eq!(heap.cards[slot_card], DIRTY);
    assert_eq!(heap.cards[header_card], CLEAN);
    // The young collection forwards the element; the card stays dirty (the leaf is in the
    // survivor), every other card is clean, and the verifiers agree.
    assert_eq!(collect(&mut heap, &mut roots, false), CollectionKind::Young);
    let element = heap.read_u32(roots[0], slot);
    assert!(heap.is_young(element as usize));
    assert_eq!(heap.read_u32(element, 12), 5);
    let dirty: Vec<usize> = (0..heap.cards.len())
        .filter(|&c| heap.cards[c] == DIRTY)
        .collect();
    assert_eq!(dirty, vec![slot_card]);
    // Elements in the middle of the array, on two neighbouring cards.
    let a = leaf(&mut heap, 6);
    let b = leaf(&mut heap, 7);
    let (i, j) = (50_000usize, 50_000 + 128);
    heap.write_ref(roots[0], 16 + 4 * i, a);
    heap.write_ref(roots[0], 16 + 4 * j, b);
    collect(&mut heap, &mut roots, false);
    let a = heap.read_u32(roots[0], 16 + 4 * i);
    let b = heap.read_u32(roots[0], 16 + 4 * j);
    assert_eq!((heap.read_u32(a, 12), heap.read_u32(b, 12)), (6, 7));
    collect(&mut heap, &mut roots, true);
    let element = heap.read_u32(roots[0], slot);
    assert_eq!(heap.read_u32(element, 12), 5);
}

/// The dense prefix: the live objects at the start of the old generation stay in place in a
/// full collection, and their references to objects that move are updated (hashes kept).
#[test]
fn full_collection_keeps_the_dense_prefix_in_place() {
    let mut heap = Heap::new(verified());
    let mut list = NULL;
    for i in 0..200 {
        let value = leaf(&mut heap, i);
        list = node(&mut heap, value, list);
    }
    let mut roots = vec![list, NULL, NULL];
    collect(&mut heap, &mut roots, true);
    let head = roots[0];
    let dead = leaf(&mut heap, 1);
    let moving = leaf(&mut heap, 42);
    heap.set_mark(moving, header::with_hash(heap.mark(moving), 777));
    roots[1] = dead;
    roots[2] = moving;
    collect(&mut heap, &mut roots, true);
    assert_eq!(roots[0], head, "the prefix did not move");
    let before = roots[2];
    // The head's leaf stays alive through a root; the head refers to the moving object.
    roots.push(heap.read_u32(head, 12));
    heap.write_ref(roots[0], 12, before);
    roots[1] = NULL;
    roots[2] = NULL;
    collect(&mut heap, &mut roots, true);
    assert_eq!(roots[0], head, "the prefix did not move");
    let moved = heap.read_u32(head, 12);
    assert!(moved < before, "the object above the garbage slid down");
    assert_eq!(heap.read_u32(moved, 12), 42);
    assert_eq!(header::hash_of(heap.mark(moved)), Some(777));
    let mut node = heap.read_u32(head, 16);
    let mut count = 1;
    while node != NULL {
        assert_eq!(heap.read_u32(heap.read_u32(node, 12), 12), 199 - count);
        node = heap.read_u32(node, 16);
        count += 1;
    }
    assert_eq!(count, 200);
}

/// Allocates a list of `count` live nodes (rooted at `roots[0]`, after what it held) and
/// `garbage` dead leaves per node, collecting when needed; checks after every collection that
/// the heap stays within `-Xmx` and the young generation within its bounds.
fn grow_live_list(heap: &mut Heap, roots: &mut Vec<Ref>, count: usize, garbage: usize) {
    let allocate = |heap: &mut Heap, roots: &mut Vec<Ref>, class: u32, bytes: usize| loop {
        if let Some(r) = heap.try_allocate(bytes, class) {
            return r;
        }
        collect(heap, roots, false);
        let total = heap.words.len();
        assert_eq!(heap.old.end, heap.eden.start);
        assert!(heap.old.top <= heap.old.end);
        assert!(OLD_START + heap.old_capacity <= heap.old.end);
        assert!(heap.young_size_bytes() <= heap.young_max * 8);
        assert!(heap.capacity_bytes() <= heap.config.max_bytes);
        assert_eq!(heap.to.end.max(heap.from.end), total);
    };
    for _ in 0..count {
        let object = allocate(heap, roots, 1, 24);
        heap.write_ref(object, 12, roots[0]);
        roots[0] = object;
        for _ in 0..garbage {
            allocate(heap, roots, 2, 16);
        }
    }
}

/// The young generation starts at a third of `-Xms` and, as the old generation's capacity
/// grows after full collections, grows to a third of the heap, never past a third of `-Xmx`;
/// the objects survive the moves of the boundary.
#[test]
fn young_generation_grows_with_the_heap() {
    let mut heap = Heap::new(HeapConfig {
        max_bytes: 16 << 20,
        initial_bytes: 3 << 20,
        ..verified()
    });
    let initial = heap.young_size_bytes();
    assert_eq!(initial, 1 << 20);
    assert_eq!(heap.young_max * 8, round_to_cards((16 << 20) / 3 / 8) * 8);
    let mut roots = vec![NULL];
    // 6 MiB of live nodes (24 bytes each) among garbage.
    let nodes = (6 << 20) / 24;
    grow_live_list(&mut heap, &mut roots, nodes, 2);
    let stats = heap.stats();
    assert!(stats.full_collections > 0 && stats.young_collections > 0);
    let grown = heap.young_size_bytes();
    assert!(
        grown > initial,
        "young generation {grown} did not grow from {initial}"
    );
    assert!(grown <= (16 << 20) / 3 + CARD_WORDS * 8);
    // A third of the committed heap (NewRatio=2), as far as -Xmx lets it.
    assert_eq!(
        grown / CARD_WORDS / 8,
        round_to_cards(heap.old_capacity / 2)
            .clamp(heap.young_min, heap.young_max)
            .min(heap.words.len() - OLD_START - heap.old_capacity)
            / CARD_WORDS
    );
    assert_eq!(
        heap.eden_size_bytes(),
        grown - 2 * (grown / 10).div_ceil(512) * 512
    );
    let mut node = roots[0];
    let mut count = 0;
    while node != NULL {
        count += 1;
        node = heap.read_u32(node, 12);
    }
    assert_eq!(count, nodes);
    // With the heap at its maximum the young generation is at most a third of it.
    grow_live_list(&mut heap, &mut roots, (4 << 20) / 24, 2);
    assert!(heap.young_size_bytes() <= (16 << 20) / 3 + CARD_WORDS * 8);
}

/// `-Xmn` fixes the young generation's size, however the heap grows.
#[test]
fn xmn_fixes_the_young_generation() {
    let mut heap = Heap::new(HeapConfig {
        max_bytes: 16 << 20,
        initial_bytes: 3 << 20,
        young_bytes: Some(1536 << 10),
        ..verified()
    });
    assert_eq!(heap.young_size_bytes(), 1536 << 10);
    let mut roots = vec![NULL];
    grow_live_list(&mut heap, &mut roots, (6 << 20) / 24, 2);
    assert!(heap.stats().full_collections > 0);
    assert_eq!(heap.young_size_bytes(), 1536 << 10);
}

/// The young generation starts at a third of `-Xms`, or of `-Xmx` when smaller, and at most
/// a third of `-Xmx` with `-XX:NewRatio=1` giving half.
#[test]
fn initial_young_generation_follows_xms_and_new_ratio() {
    let young = |max: usize, initial: usize, ratio: usize| {
        Heap::new(HeapConfig {
            max_bytes: max,
            initial_bytes: initial,
            new_ratio: ratio,
            ..HeapConfig::default()
        })
        .young_size_bytes()
    };
    assert_eq!(
        young(256 << 20, 376 << 20, 2),
        round_to_cards((256 << 20) / 3 / 8) * 8
    );
    assert_eq!(
        young(1 << 30, 376 << 20, 2),
        round_to_cards((376 << 20) / 3 / 8) * 8
    );
    assert_eq!(young(64 << 20, 64 << 20, 1), 32 << 20);
}

/// OutOfMemory as before: live data filling `-Xmx` fails (the young generation gives way to
/// live objects that need its room rather than fail earlier), the heap works again once they
/// are dropped and the young generation comes back; a large array bigger than the old
/// generation's most (`-Xmx` less the young generation's least size) fails as in HotSpot, one
/// within it fits.
#[test]
fn out_of_memory_with_a_resizing_young_generation() {
    let mut heap = Heap::new(HeapConfig {
        max_bytes: 4 << 20,
        ..verified()
    });
    let young = heap.young_size_bytes();
    let mut roots = vec![NULL];
    let mut filled = false;
    for _ in 0..(8 << 20) / 24 {
        let object = match heap.try_allocate(24, 1) {
            Some(object) => object,
            None => match heap.collect(&TestModel, &mut VecRoots(&mut roots), 24, false) {
                Ok(_) => continue,
                Err(error) => {
                    assert_eq!(error, Error::OutOfMemory);
                    filled = true;
                    break;
                }
            },
        };
        heap.write_ref(object, 12, roots[0]);
        roots[0] = object;
    }
    assert!(filled);
    assert!(heap.used_bytes() > (4 << 20) * 9 / 10);
    assert!(heap.young_size_bytes() < young);
    assert_eq!(heap.take_verify_errors(), Vec::<String>::new());
    roots[0] = NULL;
    collect(&mut heap, &mut roots, true);
    assert_eq!(heap.young_size_bytes(), young);
    // 3 MiB in one array: more than the old generation's 2/3 of the heap.
    let elements = (3 << 20) / 4;
    assert!(heap.try_allocate(16 + 4 * elements, 5).is_none());
    assert_eq!(
        heap.collect(
            &TestModel,
            &mut VecRoots(&mut roots),
            16 + 4 * elements,
            false
        ),
        Err(Error::OutOfMemory)
    );
    assert_eq!(heap.young_size_bytes(), young);
    // 2.5 MiB fits.
    let elements = (5 << 20) / 8;
    let array = heap.try_allocate(16 + 4 * elements, 5).unwrap();
    heap.write_u32(array, 12, elements as u32);
    roots[0] = array;
    for _ in 0..20_000 {
        if heap.try_allocate(16, 2).is_none() {
            collect(&mut heap, &mut roots, false);
        }
    }
    assert_eq!(heap.read_u32(roots[0], 12), elements as u32);
    assert_eq!(heap.young_size_bytes(), young);
    // Too large for the whole heap: TooLarge, not a crash.
    assert_eq!(
        heap.collect(&TestModel, &mut VecRoots(&mut roots), 8 << 20, false),
        Err(Error::TooLarge)
    );
}

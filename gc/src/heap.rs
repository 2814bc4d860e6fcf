//! The generational heap: layout, allocation, field access, the write barrier, and the policy
//! choosing between a young and a full collection.
//!
//! Layout, in words from the start of one block sized by `-Xmx` (pages the program never
//! touches cost no memory):
//! ```text
//! [reserved card][old generation ............][eden ........][survivor 0][survivor 1]
//!  0             OLD_START       old_end      eden_start                            total
//! ```
//! The young generation (eden and the survivors) takes the end of the block; its size follows
//! the old generation's capacity after full collections, which compact every live object into
//! the old generation and so leave the young generation empty: the boundary `old_end ==
//! eden_start` moves only then (see [`Heap::size_generations`]).
//! Invariants:
//! - The first card is never allocated, so no object has index 0 and null fails every check.
//! - Old objects lie back to back in `[OLD_START, old_top)`; the survivors in `[start, top)`;
//!   eden holds objects and zeroed words (the unused ends of allocation buffers) in
//!   `[eden_start, eden_top)`. A zero word never starts an object (every mark word is
//!   non-zero), so every space can be walked.
//! - The card of a reference slot of an old object (the card holding the slot's word) is dirty
//!   whenever the slot may hold a reference to a young object: every reference store marks
//!   it (the barrier), and collections re-mark the cards of slots they leave pointing into the
//!   young generation.
//! - `starts[card]` is one more than the word offset in the card of the first old object
//!   starting in it, or `NO_START` (0), for every card below `old_top`. Zero for none lets a
//!   fresh table come from zeroed memory the OS commits as it is written: an 8 GiB heap's
//!   table is 16 MiB, filled at start-up when "none" was 0xFF.
//! - Memory handed out by allocation is zero apart from the header.

use crate::error::{Error, Result};
use crate::header::{self, STATE_MASK, STATE_NORMAL};

use crate::{ObjectModel, Ref, Roots};

/// A card covers 2^6 words (512 bytes), as HotSpot's default card.
pub const CARD_SHIFT: u32 = 6;
pub(crate) const CARD_WORDS: usize = 1 << CARD_SHIFT;
pub(crate) const OLD_START: usize = CARD_WORDS;
pub(crate) const CLEAN: u8 = 0;
pub(crate) const DIRTY: u8 = 1;
pub(crate) const NO_START: u8 = 0;
const MIN_HEAP_BYTES: usize = 256 * 1024;
/// The largest heap a 32-bit word index can address with room to spare.
const MAX_HEAP_BYTES: usize = 8 << 30;
/// Objects this large (or larger than a quarter of eden) go straight to the old generation.
const LARGE_OBJECT_BYTES: usize = 256 * 1024;
const POISON: u64 = 0xDEAD_BEEF_DEAD_BEEF;
/// Most ages the header can hold (4 bits) and HotSpot's default `MaxTenuringThreshold`.
pub(crate) const MAX_AGE: u32 = 15;

/// Heap sizes and debugging modes.
#[derive(Debug, Clone)]
pub struct HeapConfig {
    /// Bytes the whole heap may take (`-Xmx`): a hard limit.
    pub max_bytes: usize,
    /// Initial size (`-Xms`): the young generation starts at `1 / (new_ratio + 1)` of it and
    /// the old generation's first capacity is the rest.
    pub initial_bytes: usize,
    /// Young generation size (`-Xmn`), fixed; by default the young generation is sized from
    /// the heap by `new_ratio`.
    pub young_bytes: Option<usize>,
    /// Old generation capacity over young generation size (`-XX:NewRatio`, default 2: the
    /// young generation is a third of the heap), as HotSpot Serial sizes them: the young
    /// generation starts at a third of `initial_bytes`, follows the old generation's capacity
    /// after full collections, and grows up to a third of `max_bytes`.
    pub new_ratio: usize,
    /// Collect after every this many allocated bytes (0: at every allocation). Every eighth
    /// such collection is a full one; while the old generation is too full for a young
    /// collection, only those run (else a full collection every few bytes would make a program
    /// that fills its heap take quadratic time).
    pub stress_interval: Option<usize>,
    /// Fill emptied young spaces with a poison pattern.
    pub poison: bool,
    /// Verify the whole heap before and after every collection.
    pub verify: bool,
    /// Verify, before every young collection, that every old-to-young reference is on a dirty
    /// card.
    pub verify_cards: bool,
    /// Tenuring threshold: `Some(0)` promotes every survivor at once, `Some(16)` never
    /// promotes while the survivor space has room; `None` adapts it as HotSpot does.
    pub tenuring_threshold: Option<u32>,
}

impl Default for HeapConfig {
    fn default() -> Self {
        HeapConfig {
            max_bytes: 1 << 30,
            initial_bytes: 64 << 20,
            young_bytes: None,
            new_ratio: 2,
            stress_interval: None,
            poison: false,
            verify: false,
            verify_cards: false,
            tenuring_threshold: None,
        }
    }
}

/// Counters for `-Xlog:gc`-style reporting and the embedding API.
#[derive(Debug, Clone, Copy, Default)]
pub struct GcStats {
    pub collections: u64,
    pub young_collections: u64,
    pub full_collections: u64,
    pub allocated_bytes: u64,
    pub total_pause: std::time::Duration,
    /// The part of `total_pause` spent in collections that were or became full ones.
    pub full_pause: std::time::Duration,
    pub last_live_bytes: usize,
    /// Young collections whose promotion failed (a full collection finished them).
    pub promotion_failures: u64,
}

/// Bytes used and bytes held (capacity) of each space, as [`Heap::spaces`] reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpaceUsage {
    pub eden: (usize, usize),
    /// The survivor space that holds objects.
    pub survivor: (usize, usize),
    pub old: (usize, usize),
}

/// Which collection ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionKind {
    Young,
    Full,
    /// A stress collection skipped (see [`HeapConfig::stress_interval`]).
    Skipped,
}

/// A thread's allocation buffer (TLAB): a range of eden that only its thread allocates from,
/// without touching shared state. Emptied by every collection.
#[derive(Debug, Clone, Copy, Default)]
pub struct AllocationBuffer {
    /// Next free word.
    pub top: usize,
    /// One past the last word.
    pub end: usize,
    /// The collection count when the buffer was handed out.
    pub epoch: u64,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Space {
    pub start: usize,
    pub top: usize,
    pub end: usize,
}

impl Space {
    pub fn contains(&self, index: usize) -> bool {
        (self.start..self.top).contains(&index)
    }
    pub fn used_words(&self) -> usize {
        self.top - self.start
    }
}

pub struct Heap {
    pub(crate) words: Vec<u64>,
    pub(crate) cards: Vec<u8>,
    pub(crate) starts: Vec<u8>,
    pub(crate) old: Space,
    /// The old generation's current capacity (its `end` is the hard limit).
    pub(crate) old_capacity: usize,
    pub(crate) eden: Space,
    /// The survivor holding objects (`from`) and the empty one (`to`).
    pub(crate) from: Space,
    pub(crate) to: Space,
    pub(crate) tenuring_threshold: u32,
    /// Least and most words of the young generation (both `-Xmn` when given). It is smaller
    /// than `young_min` only when the old generation's objects leave it no more room.
    pub(crate) young_min: usize,
    pub(crate) young_max: usize,
    /// The old generation's first capacity: full collections shrink it no further.
    old_min_capacity: usize,
    /// Words that the request a collection runs for needs in the old generation (a large
    /// object's), so that sizing the young generation leaves them room.
    old_request: usize,
    pub(crate) config: HeapConfig,
    bytes_since_collection: usize,
    collection_due: bool,
    stress_collections: u64,
    pub(crate) stats: GcStats,
    /// References whose referent a collection cleared, for the runtime to enqueue.
    pub(crate) cleared: Vec<Ref>,
    /// Clear soft references at the next full collection.
    pub(crate) clear_soft: bool,
    pub(crate) verify_errors: Vec<String>,
    /// What the collector needs of each class, by class index (see [`crate::classes`]).
    pub(crate) class_cache: crate::classes::ClassCache,
    /// The full collection's mark bitmap and stack, kept between collections.
    pub(crate) mark_bitmap: crate::full::MarkBitmap,
    pub(crate) mark_stack: Vec<u32>,
    /// During a full collection, the end of the dense prefix: the live objects at the start
    /// of the old generation that do not move. `OLD_START` otherwise.
    pub(crate) dense_end: usize,
    /// How long each phase of the last full collection took.
    pub(crate) phase_times: Vec<(&'static str, std::time::Duration)>,
    /// Words promoted by young collections: a padded average (HotSpot's
    /// `AdaptivePaddedAverage`), deciding whether a young collection is worth trying.
    pub(crate) promoted: PaddedAverage,
    prefaulter: prefault::Prefaulter,
}

/// An exponentially weighted average and mean deviation of samples; the padded value is the
/// average plus three deviations (HotSpot's `PromotedPadding`). The first samples weigh more
/// (1/n for the n-th) so that the average settles quickly.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PaddedAverage {
    average: f64,
    deviation: f64,
    samples: u32,
}

impl PaddedAverage {
    /// HotSpot's `AdaptiveSizePolicyWeight`, in percent.
    const WEIGHT: f64 = 10.0;
    const PADDING: f64 = 3.0;

    pub(crate) fn sample(&mut self, value: usize) {
        self.samples = self.samples.saturating_add(1);
        let weight = Self::WEIGHT.max(100.0 / self.samples as f64) / 100.0;
        let value = value as f64;
        self.average += weight * (value - self.average);
        self.deviation += weight * ((value - self.average).abs() - self.deviation);
    }

    pub(crate) fn padded(&self) -> usize {
        (self.average + Self::PADDING * self.deviation) as usize
    }
}

/// `words` zeroed words, or `None` when the system refuses the memory. Large zeroed blocks come
/// from the system untouched, so pages the program never uses cost nothing.
fn zeroed_words(words: usize) -> Option<Vec<u64>> {
    let layout = std::alloc::Layout::array::<u64>(words).ok()?;
    if layout.size() == 0 {
        return Some(Vec::new());
    }
    // SAFETY: the layout has a non-zero size.
    #[allow(unsafe_code)]
    let pointer = unsafe { std::alloc::alloc_zeroed(layout) } as *mut u64;
    if pointer.is_null() {
        return None;
    }
    // SAFETY: the pointer comes from the global allocator with the layout of `words` u64s
    // (so a Vec of that capacity may own and free it), and all of them are initialized (zero
    // is a valid u64).
    #[allow(unsafe_code)]
    Some(unsafe { Vec::from_raw_parts(pointer, words, words) })
}

fn round_to_cards(words: usize) -> usize {
    words.div_ceil(CARD_WORDS) * CARD_WORDS
}

impl Heap {
    /// A heap of `config.max_bytes`, or of the largest half, quarter... of it the system lets
    /// the process reserve (collecting earlier rather than aborting).
    pub fn new(mut config: HeapConfig) -> Heap {
        config.max_bytes = config.max_bytes.clamp(MIN_HEAP_BYTES, MAX_HEAP_BYTES);
        loop {
            match Heap::try_new(config.clone()) {
                Some(heap) => return heap,
                None if config.max_bytes > MIN_HEAP_BYTES => config.max_bytes /= 2,
                // Nothing left to try: let the allocator report it.
                None => return Heap::try_new(config).expect("a 256 KiB heap"),
            }
        }
    }

    fn try_new(mut config: HeapConfig) -> Option<Heap> {
        let max_words = round_to_cards(config.max_bytes / 8);
        let total = OLD_START + max_words;
        config.new_ratio = config.new_ratio.max(1);
        config.initial_bytes = config.initial_bytes.clamp(MIN_HEAP_BYTES, config.max_bytes);
        let young_words =
            |bytes: usize| round_to_cards((bytes / 8).clamp(3 * CARD_WORDS, max_words / 2));
        let (young_min, young_max) = match config.young_bytes {
            Some(bytes) => (young_words(bytes), young_words(bytes)),
            None => {
                let parts = config.new_ratio + 1;
                (
                    young_words(config.initial_bytes / parts),
                    young_words(config.max_bytes / parts),
                )
            }
        };
        // The old generation starts with what -Xms leaves, and at least room to take a whole
        // young generation.
        let initial_old = (config.initial_bytes / 8)
            .saturating_sub(young_min)
            .max(young_min);
        let empty = Space {
            start: total,
            top: total,
            end: total,
        };
        let mut heap = Heap {
            words: zeroed_words(total)?,
            cards: vec![CLEAN; total / CARD_WORDS + 1],
            starts: vec![NO_START; total / CARD_WORDS + 1],
            old: Space {
                start: OLD_START,
                top: OLD_START,
                end: total,
            },
            old_capacity: round_to_cards(initial_old.clamp(CARD_WORDS, max_words - young_min)),
            eden: empty,
            from: empty,
            to: empty,
            tenuring_threshold: config.tenuring_threshold.unwrap_or(MAX_AGE).min(16),
            young_min,
            young_max,
            old_request: 0,
            old_min_capacity: 0,
            config,
            bytes_since_collection: 0,
            collection_due: false,
            stress_collections: 0,
            stats: GcStats::default(),
            cleared: Vec::new(),
            clear_soft: false,
            verify_errors: Vec::new(),
            class_cache: Default::default(),
            mark_bitmap: Default::default(),
            mark_stack: Vec::new(),
            dense_end: OLD_START,
            phase_times: Vec::new(),
            promoted: PaddedAverage::default(),
            prefaulter: prefault::Prefaulter::new(total),
        };
        heap.place_young(young_min);
        heap.old_min_capacity = heap.old_capacity;
        Some(heap)
    }

    /// Lays out an empty young generation of `young` words (a multiple of the card) at the end
    /// of the block: eden, then the two survivors, a tenth of it each (HotSpot's
    /// SurvivorRatio=8); the old generation ends where eden starts. Only when the young
    /// generation is empty (after a full collection, or at the start) and the old generation's
    /// objects end below the new boundary. A young generation under three cards has no
    /// survivors (then the heap is all but full).
    pub(crate) fn place_young(&mut self, young: usize) {
        let total = self.words.len();
        let young = young.min(total - round_to_cards(self.old.top));
        let survivor = if young >= 3 * CARD_WORDS {
            round_to_cards(young / 10).max(CARD_WORDS)
        } else {
            0
        };
        let eden_start = total - young;
        let s0 = total - 2 * survivor;
        let s1 = total - survivor;
        // No old object starts in the young generation, before or after, nor in what the old
        // generation's objects leave of it, and young objects need no cards: that range is
        // clean and has no starts.
        let low =
            (eden_start.min(self.eden.start) >> CARD_SHIFT).max(self.old.top.div_ceil(CARD_WORDS));
        self.cards[low..].fill(CLEAN);
        self.starts[low..].fill(NO_START);
        self.old.end = eden_start;
        self.old_capacity = self.old_capacity.min(eden_start - OLD_START);
        self.eden = Space {
            start: eden_start,
            top: eden_start,
            end: s0,
        };
        self.from = Space {
            start: s0,
            top: s0,
            end: s1,
        };
        self.to = Space {
            start: s1,
            top: s1,
            end: total,
        };
    }

    /// Sizes the generations after a full collection, which left every live object in the old
    /// generation and the young generation empty, as HotSpot Serial does
    /// (`TenuredGeneration::compute_new_size`, then `DefNewGeneration::compute_new_size`):
    /// - the old generation's capacity grows to keep 40 % of it free (`MinHeapFreeRatio`)
    ///   and room to take a whole young generation, but leaves the young generation its
    ///   least size (`-Xmx` less `young_min` is the most it takes for itself); it shrinks to
    ///   leave 70 % free when more is (`MaxHeapFreeRatio`), not under its first capacity;
    /// - the young generation is the old generation's capacity divided by `NewRatio` (a third
    ///   of the heap), between its least size (a third of `-Xms`) and its most (a third of
    ///   `-Xmx`), so that it grows with the heap and so collects less often;
    /// - never past `-Xmx`: the young generation gets what the old generation's capacity, its
    ///   objects and a pending large request leave; under its least size only when the live
    ///   objects alone take more than their most (they would stay in eden otherwise).
    pub(crate) fn size_generations(&mut self) {
        let total = self.words.len();
        let room = total - OLD_START;
        let live = self.old.used_words();
        let young_now = total - self.eden.start;
        let most = room.saturating_sub(self.young_min);
        let wanted = round_to_cards((live * 5 / 3).max(live + young_now));
        let shrunk = round_to_cards(live * 10 / 3).max(self.old_min_capacity);
        self.old_capacity = self
            .old_capacity
            .max(wanted)
            .min(shrunk.max(wanted))
            .min(most);
        let desired = round_to_cards(self.old_capacity / self.config.new_ratio)
            .clamp(self.young_min, self.young_max);
        // A large request gets room in the old generation only within its most (so an array
        // bigger than that fails with OutOfMemory, as in HotSpot).
        let pending = live + self.old_request;
        let old_needs =
            round_to_cards(
                self.old_capacity
                    .max(if pending <= most { pending } else { live }),
            );
        let young = desired.min(room.saturating_sub(old_needs));
        if young != young_now || self.old.top > self.eden.start {
            self.place_young(young);
        }
    }

    pub fn config(&self) -> &HeapConfig {
        &self.config
    }

    #[inline]
    pub fn stats(&self) -> GcStats {
        self.stats
    }

    /// Bytes currently allocated (live or not yet collected).
    pub fn used_bytes(&self) -> usize {
        (self.old.used_words() + self.eden.used_words() + self.from.used_words()) * 8
    }

    /// Bytes of the young generation's usable part (eden and one survivor).
    pub fn young_capacity_bytes(&self) -> usize {
        (self.eden.end - self.eden.start + self.from.end - self.from.start) * 8
    }

    /// Bytes the heap holds now (`Runtime.totalMemory`): eden, one survivor and the old
    /// generation's capacity, as HotSpot counts.
    pub fn capacity_bytes(&self) -> usize {
        self.young_capacity_bytes() + self.old_capacity.max(self.old.used_words()) * 8
    }

    /// Most bytes the heap can hold (`Runtime.maxMemory`): everything but one survivor of the
    /// largest young generation, as HotSpot counts.
    /// The maximum heap size the heap was configured with (`-Xmx`, within its limits).
    pub fn configured_max_bytes(&self) -> usize {
        self.config.max_bytes
    }

    pub fn max_capacity_bytes(&self) -> usize {
        let survivor = round_to_cards(self.young_max / 10).max(CARD_WORDS);
        (self.words.len() - OLD_START - survivor) * 8
    }

    /// Bytes of the young generation (eden and both survivors) now; it changes only in full
    /// collections.
    pub fn young_size_bytes(&self) -> usize {
        (self.words.len() - self.eden.start) * 8
    }

    /// Bytes of eden now.
    pub fn eden_size_bytes(&self) -> usize {
        (self.eden.end - self.eden.start) * 8
    }

    /// Bytes used and held by each space now (`java.lang.management`'s memory pools).
    pub fn spaces(&self) -> SpaceUsage {
        SpaceUsage {
            eden: (
                self.eden.used_words() * 8,
                (self.eden.end - self.eden.start) * 8,
            ),
            survivor: (
                self.from.used_words() * 8,
                (self.from.end - self.from.start) * 8,
            ),
            old: (
                self.old.used_words() * 8,
                self.old_capacity.max(self.old.used_words()) * 8,
            ),
        }
    }

    /// Old generation bytes in use.
    pub fn old_used_bytes(&self) -> usize {
        self.old.used_words() * 8
    }

    /// Young generation bytes in use.
    pub fn young_used_bytes(&self) -> usize {
        (self.eden.used_words() + self.from.used_words()) * 8
    }

    fn object_words_for(bytes: usize) -> usize {
        bytes.div_ceil(8).max(header::MIN_OBJECT_SIZE / 8)
    }

    fn is_large(&self, words: usize) -> bool {
        words * 8 >= LARGE_OBJECT_BYTES || words > (self.eden.end - self.eden.start) / 4
    }

    /// Accounts `words` of allocation against the stress interval; `false` when a stress
    /// collection is due first.
    fn stress_allows(&mut self, words: usize) -> bool {
        if let Some(interval) = self.config.stress_interval {
            // The first allocation after a collection always succeeds, so even an interval
            // of 0 makes progress.
            if self.bytes_since_collection > 0 && self.bytes_since_collection + words * 8 > interval
            {
                self.collection_due = true;
                return false;
            }
        }
        true
    }

    /// Allocates `bytes` (rounded up to 8) of zeroed memory with an initial header, or `None`
    /// when a collection must run first. Large objects go to the old generation.
    pub fn try_allocate(&mut self, bytes: usize, class_index: u32) -> Option<Ref> {
        let words = Self::object_words_for(bytes);
        if self.collection_due || !self.stress_allows(words) {
            return None;
        }
        let index = if self.is_large(words) {
            if self.old.top + words > self.old.end {
                return None;
            }
            let index = self.old.top;
            self.old.top += words;
            self.prefaulter
                .prefault(&mut self.words, index, index + words);
            self.words[index..index + words].fill(0);
            self.note_old_object(index);
            // A large array allocated outside a collection may be filled with young
            // references before the next one: its card starts dirty.
            self.cards[index >> CARD_SHIFT] = DIRTY;
            index
        } else {
            if self.eden.top + words > self.eden.end {
                return None;
            }
            let index = self.eden.top;
            self.eden.top += words;
            self.prefaulter
                .prefault(&mut self.words, index, index + words);
            self.words[index..index + words].fill(0);
            index
        };
        self.bytes_since_collection += words * 8;
        self.stats.allocated_bytes += words as u64 * 8;
        self.words[index] = header::INITIAL_MARK;
        self.words[index + 1] = class_index as u64;
        Some(index as Ref)
    }

    /// Reserves a thread-local allocation buffer of `bytes` in eden, or `None` when a
    /// collection must run first. Stress modes get no buffers, so that they see every
    /// allocation.
    pub fn try_allocate_buffer(&mut self, bytes: usize) -> Option<AllocationBuffer> {
        let words = bytes.div_ceil(8);
        if self.collection_due
            || self.config.stress_interval.is_some()
            || self.eden.top + words > self.eden.end
        {
            return None;
        }
        let start = self.eden.top;
        self.eden.top += words;
        self.prefaulter
            .prefault(&mut self.words, start, start + words);
        self.words[start..start + words].fill(0);
        self.bytes_since_collection += words * 8;
        self.stats.allocated_bytes += words as u64 * 8;
        Some(AllocationBuffer {
            top: start,
            end: self.eden.top,
            epoch: self.stats.collections,
        })
    }

    /// Bump-allocates in a thread's buffer: the fast path. `None` when the buffer is full or
    /// belongs to an eden a collection has emptied since.
    #[inline]
    pub fn allocate_in(
        &mut self,
        buffer: &mut AllocationBuffer,
        bytes: usize,
        class_index: u32,
    ) -> Option<Ref> {
        let words = Self::object_words_for(bytes);
        if buffer.epoch != self.stats.collections || buffer.top + words > buffer.end {
            return None;
        }
        let index = buffer.top;
        buffer.top += words;
        self.words[index] = header::INITIAL_MARK;
        self.words[index + 1] = class_index as u64;
        Some(index as Ref)
    }

    /// Records an object just placed at `index` in the old generation in the start table.
    #[inline]
    pub(crate) fn note_old_object(&mut self, index: usize) {
        let card = index >> CARD_SHIFT;
        if self.starts[card] == NO_START {
            self.starts[card] = (index & (CARD_WORDS - 1)) as u8 + 1;
        }
    }

    /// Whether `reference` points into an allocated part of a space (not necessarily at an
    /// object start; the heap verifier checks that). The empty survivor holds objects only
    /// between a young collection whose promotion failed and the full one that follows.
    pub fn is_valid(&self, reference: Ref) -> bool {
        let index = reference as usize;
        self.old.contains(index)
            || self.eden.contains(index)
            || self.from.contains(index)
            || self.to.contains(index)
    }

    /// Records the words a young collection promoted.
    pub(crate) fn note_promotion(&mut self, words: usize) {
        self.promoted.sample(words);
    }

    /// Whether `reference` is in the young generation.
    #[inline]
    pub(crate) fn is_young(&self, index: usize) -> bool {
        index >= self.eden.start
    }

    #[inline]
    fn byte_index(&self, reference: Ref, offset: usize, size: usize) -> usize {
        let byte = (reference as usize) * 8 + offset;
        // An invalid reference here is a VM bug or unverified bytecode: stop before touching
        // memory outside the heap.
        assert!(
            byte >= OLD_START * 8 && byte + size <= self.words.len() * 8,
            "invalid heap access: reference {reference:#x} offset {offset}"
        );
        byte
    }

    #[inline]
    fn bytes(&self) -> &[u8] {
        let len = self.words.len() * 8;
        // SAFETY: a Vec<u64> is a contiguous, initialized allocation of len bytes; u8 has
        // alignment 1 and every bit pattern is a valid u8.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts(self.words.as_ptr() as *const u8, len)
        }
    }

    #[inline]
    fn bytes_mut(&mut self) -> &mut [u8] {
        let len = self.words.len() * 8;
        // SAFETY: as in `bytes`, and the &mut self borrow makes the view unique.
        #[allow(unsafe_code)]
        unsafe {
            std::slice::from_raw_parts_mut(self.words.as_mut_ptr() as *mut u8, len)
        }
    }

    #[inline]
    pub fn read<const N: usize>(&self, reference: Ref, offset: usize) -> [u8; N] {
        let at = self.byte_index(reference, offset, N);
        let mut out = [0; N];
        out.copy_from_slice(&self.bytes()[at..at + N]);
        out
    }

    /// Writes primitive data. References go through [`Heap::write_ref`].
    #[inline]
    pub fn write<const N: usize>(&mut self, reference: Ref, offset: usize, value: [u8; N]) {
        let at = self.byte_index(reference, offset, N);
        self.bytes_mut()[at..at + N].copy_from_slice(&value);
    }

    #[inline]
    pub fn read_u32(&self, reference: Ref, offset: usize) -> u32 {
        u32::from_le_bytes(self.read(reference, offset))
    }

    /// Writes a primitive 32-bit value. References go through [`Heap::write_ref`].
    #[inline]
    pub fn write_u32(&mut self, reference: Ref, offset: usize, value: u32) {
        self.write(reference, offset, value.to_le_bytes())
    }

    /// Stores a reference into a field or element of `object`, with the write barrier.
    #[inline]
    pub fn write_ref(&mut self, object: Ref, offset: usize, value: Ref) {
        self.write(object, offset, value.to_le_bytes());
        self.write_barrier(object, offset);
    }

    /// The card-marking write barrier: marks dirty the card of the slot at byte `offset` of
    /// `object` (a valid object). Precise, as HotSpot's: the card of the slot written, not of
    /// the object's header, so a young collection scans only the written part of a huge
    /// array. Every store of a reference into the heap calls it, or does the same inline:
    /// `card_table()[(object + offset / 8) >> CARD_SHIFT] = 1`.
    #[inline]
    pub fn write_barrier(&mut self, object: Ref, offset: usize) {
        if let Some(card) = self
            .cards
            .get_mut((object as usize + offset / 8) >> CARD_SHIFT)
        {
            *card = DIRTY;
        }
    }

    /// The card table's base address, for compiled code that inlines the barrier: the card of
    /// the slot at byte `offset` of the object `r` is the byte at
    /// `base + ((r + offset / 8) >> CARD_SHIFT)`; dirty is 1. The table neither moves nor
    /// changes size while the heap lives.
    pub fn card_table(&mut self) -> *mut u8 {
        self.cards.as_mut_ptr()
    }

    /// Where compiled code finds objects: reference `r` (a word index from the heap's start)
    /// starts at byte `base + r * 8`. The memory is reserved once, at `-Xmx`, and never moves.
    #[inline]
    pub fn raw_layout(&mut self) -> usize {
        self.words.as_mut_ptr() as usize
    }

    #[inline]
    pub fn read_u64(&self, reference: Ref, offset: usize) -> u64 {
        u64::from_le_bytes(self.read(reference, offset))
    }

    #[inline]
    pub fn write_u64(&mut self, reference: Ref, offset: usize, value: u64) {
        self.write(reference, offset, value.to_le_bytes())
    }

    /// A byte range of one object, for bulk copies (arraycopy, strings).
    pub fn slice(&self, reference: Ref, offset: usize, length: usize) -> &[u8] {
        let at = self.byte_index(reference, offset, length);
        &self.bytes()[at..at + length]
    }

    /// A writable byte range of one object. The cards of the range are marked, since the
    /// caller may copy references into it (only for old objects: young ones need none).
    pub fn slice_mut(&mut self, reference: Ref, offset: usize, length: usize) -> &mut [u8] {
        let at = self.byte_index(reference, offset, length);
        if !self.is_young(reference as usize) && length > 0 {
            let first = (at / 8) >> CARD_SHIFT;
            let last = ((at + length - 1) / 8) >> CARD_SHIFT;
            self.cards[first..=last].fill(DIRTY);
        }
        &mut self.bytes_mut()[at..at + length]
    }

    /// Copies `length` bytes from byte `source_offset` of `source` to byte
    /// `destination_offset` of `destination` (the ranges may overlap, as in one array), marking
    /// the destination's cards, since the bytes may be references.
    pub fn copy_bytes(
        &mut self,
        source: Ref,
        source_offset: usize,
        destination: Ref,
        destination_offset: usize,
        length: usize,
    ) {
        let from = self.byte_index(source, source_offset, length);
        let to = self.byte_index(destination, destination_offset, length);
        // `slice_mut` marks the cards of the destination range.
        self.slice_mut(destination, destination_offset, length);
        self.bytes_mut().copy_within(from..from + length, to);
    }

    #[inline]
    pub fn class_index(&self, reference: Ref) -> u32 {
        self.read_u32(reference, header::CLASS_OFFSET)
    }

    #[inline]
    pub fn mark(&self, reference: Ref) -> u64 {
        self.read_u64(reference, header::MARK_OFFSET)
    }

    #[inline]
    pub fn set_mark(&mut self, reference: Ref, mark: u64) {
        self.write_u64(reference, header::MARK_OFFSET, mark)
    }

    /// Size in words of the object at `index`, through the class cache.
    #[inline]
    pub(crate) fn object_words(&self, model: &dyn ObjectModel, index: usize) -> usize {
        let (info, word) = self.class_info(model, index);
        info.words((word >> 32) as u32)
    }

    /// Reference objects whose referents the last collections cleared, in the order found; the
    /// runtime enqueues them.
    pub fn take_cleared_references(&mut self) -> Vec<Ref> {
        std::mem::take(&mut self.cleared)
    }

    /// The phases of the last full collection and their times, once (for `-Xlog:gc+phases`).
    pub fn take_phase_times(&mut self) -> Vec<(&'static str, std::time::Duration)> {
        std::mem::take(&mut self.phase_times)
    }

    /// Errors the heap and card verifiers found since last asked.
    pub fn take_verify_errors(&mut self) -> Vec<String> {
        std::mem::take(&mut self.verify_errors)
    }

    /// Collects garbage so that `requested_bytes` can be allocated: a young collection when
    /// the old generation can take every young object, a full one otherwise (or when `full`).
    /// Fails only when live data plus the request cannot fit.
    pub fn collect(
        &mut self,
        model: &dyn ObjectModel,
        roots: &mut dyn Roots,
        requested_bytes: usize,
        full: bool,
    ) -> Result<CollectionKind> {
        let started = std::time::Instant::now();
        let full_before = self.stats.full_collections;
        let requested = Self::object_words_for(requested_bytes);
        let classes = model.class_count();
        self.class_cache.reserve(classes);
        let stressed = std::mem::take(&mut self.collection_due);
        if stressed {
            self.stress_collections += 1;
        }
        let stress_full = stressed && self.stress_collections.is_multiple_of(8);
        self.old_request = if self.is_large(requested) {
            requested
        } else {
            0
        };
        // A young collection runs when the old generation's free capacity can take every
        // young object, or what young collections promoted on average, padded (HotSpot
        // Serial's `promotion_attempt_is_safe`). In the second case promotion may fail, and a
        // full collection follows at once. Never while the empty survivor holds objects (it
        // holds none outside a collection: full collections empty the young generation).
        let young_used = self.eden.used_words() + self.from.used_words();
        let available = (OLD_START + self.old_capacity).saturating_sub(self.old.top);
        let young_safe = young_used <= available;
        let young_fits =
            (young_safe || self.promoted.padded() < available) && self.to.top == self.to.start;
        if stressed && !young_safe && !full && !stress_full {
            let words = requested;
            let room = if self.is_large(words) {
                self.old.top + words <= self.old.end
            } else {
                self.eden.top + words <= self.eden.end
            };
            if room {
                self.bytes_since_collection = 0;
                return Ok(CollectionKind::Skipped);
            }
        }
        let mut kind = if full || stress_full || !young_fits {
            CollectionKind::Full
        } else {
            CollectionKind::Young
        };
        if self.config.verify {
            self.verify_heap(model, roots, "before");
        }
        let eden_used = (self.eden.start, self.eden.top);
        let from_used = (self.from.start, self.from.top);
        match kind {
            CollectionKind::Young => {
                if self.config.verify_cards {
                    self.verify_cards(model);
                }
                let promoted = self.scavenge(model, roots);
                self.stats.young_collections += 1;
                if !promoted {
                    // Promotion failed: the young spaces still hold objects; compact them all.
                    self.stats.promotion_failures += 1;
                    self.stats.collections += 1;
                    self.mark_compact(model, roots);
                    self.stats.full_collections += 1;
                    kind = CollectionKind::Full;
                }
            }
            CollectionKind::Full | CollectionKind::Skipped => {
                self.mark_compact(model, roots);
                self.stats.full_collections += 1;
            }
        }
        if self.config.poison {
            self.poison(eden_used, from_used);
        }
        if self.config.verify {
            self.verify_heap(model, roots, "after");
        }
        self.collection_due = false;
        self.bytes_since_collection = 0;
        self.stats.collections += 1;
        self.stats.last_live_bytes = self.used_bytes();
        let mut result = self.ensure_room(requested).map(|()| kind);
        if result.is_err() && kind == CollectionKind::Young {
            // The young collection did not make room: a full one may.
            self.mark_compact(model, roots);
            self.stats.full_collections += 1;
            self.stats.collections += 1;
            self.stats.last_live_bytes = self.used_bytes();
            result = self.ensure_room(requested).map(|()| CollectionKind::Full);
        }
        let pause = started.elapsed();
        self.stats.total_pause += pause;
        if self.stats.full_collections > full_before {
            self.stats.full_pause += pause;
        }
        result
    }

    /// Fills what the collection emptied of the young spaces used before it with a poison
    /// pattern, so that a stale reference reads garbage that the verifier or a check notices:
    /// the words of those ranges that no space uses now (a full collection may have moved
    /// the old generation's objects, or the boundary, into them).
    fn poison(&mut self, eden_used: (usize, usize), from_used: (usize, usize)) {
        let used = [
            (OLD_START, self.old.top),
            (self.eden.start, self.eden.top),
            (self.from.start, self.from.top),
            (self.to.start, self.to.top),
        ];
        for (start, end) in [eden_used, from_used] {
            let mut start = start;
            while start < end {
                // Skip a used range holding `start`, else poison up to the next used range.
                if let Some(&(_, top)) = used.iter().find(|&&(s, t)| s <= start && start < t) {
                    start = top;
                    continue;
                }
                let next = used
                    .iter()
                    .map(|&(s, _)| s)
                    .filter(|&s| s > start)
                    .min()
                    .unwrap_or(end)
                    .min(end);
                self.words[start..next].fill(POISON);
                start = next;
            }
        }
    }

    /// Checks that a request of `words` fits after a collection. Only full collections
    /// change the old generation's capacity ([`Heap::size_generations`]): when young ones
    /// promote past it, the next collection is a full one, as HotSpot Serial collects the old
    /// generation when a young collection had to expand it.
    fn ensure_room(&mut self, words: usize) -> Result<()> {
        if words * 8 > self.config.max_bytes {
            return Err(Error::TooLarge);
        }
        let fits = if self.is_large(words) {
            self.old.top + words <= self.old.end
        } else {
            self.eden.top + words <= self.eden.end
        };
        if fits {
            Ok(())
        } else {
            Err(Error::OutOfMemory)
        }
    }

    /// Soft references are cleared by the next full collection (the runtime asks before it
    /// gives up with OutOfMemoryError).
    pub fn clear_soft_references_next(&mut self) {
        self.clear_soft = true;
    }

    /// The mark word of a moved object: normal state, the collector's marks dropped.
    #[inline]
    pub(crate) fn clean_mark(mark: u64) -> u64 {
        (mark & !STATE_MASK & !header::GC_MARK_BIT) | STATE_NORMAL
    }
}

mod prefault;
#[cfg(test)]
mod tests;

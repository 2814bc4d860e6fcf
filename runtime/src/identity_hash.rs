//! Identity hashes in HotSpot's sequence. HotSpot 17 (its default `hashCode=5` mode) gives
//! each thread a Marsaglia xor-shift generator whose first word is the next value of the
//! VM's Park-Miller generator (seeded 1234567) when the thread is created, and the other
//! three fixed. The main thread is created first, and with HotSpot's default configuration
//! its start-up consumes 7 hashes before `main` runs; the first hash user code sees is the
//! eighth of that sequence, the same on every run. So programs whose output depends on
//! identity hashes (`Object.toString`, the iteration order of hash maps of objects or enum
//! constants without `hashCode`) print what `java` prints, as long as the class library
//! takes no other hashes on the way: HotSpot's application class loader takes one per class
//! it defines, which Cortado's loader mirrors (`loader::load_class`); its lambda bootstrap
//! takes one per call site of an application class (one more for the program's first lambda
//! and for a serializable one), which `indy` mirrors; for some lambda shapes and for string
//! concatenation it takes more, depending on its method-handle caches, which Cortado does not
//! reproduce (measured: a first `"p" + int` concatenation takes 6, `"p" + String` 1,
//! `"p" + String + int` 10, a shape seen before none). Threads started later draw from the Park-Miller
//! sequence at a position that depends on HotSpot's own threads (the first user thread,
//! measured: the 49th value); Cortado gives its threads consecutive positions from there.

/// The Park-Miller value the next started thread takes (drawn once, on the first start).
#[derive(Debug, Default)]
pub(crate) struct ThreadSeeds(Option<u32>);

/// A thread's generator state (HotSpot's `_hashStateX` to `_hashStateW`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct HashState([u32; 4]);

/// HotSpot's `os::random` seed at start-up.
const RANDOM_SEED: u32 = 1_234_567;
/// Park-Miller values drawn before the first thread a program starts (measured on HotSpot
/// 17: Thread-0 of a program takes the 49th).
const FIRST_STARTED_THREAD: u32 = 48;
/// Hashes HotSpot's start-up takes on the main thread before `main`.
const MAIN_START_UP_HASHES: u32 = 7;

/// HotSpot's `os::next_random`: the "minimal standard" Park-Miller generator (16807 mod
/// 2^31 - 1) in its overflow-avoiding form.
fn next_random(seed: u32) -> u32 {
    const A: u32 = 16807;
    const M: u32 = 2_147_483_647;
    let mut lo = A.wrapping_mul(seed & 0xFFFF);
    let hi = A.wrapping_mul(seed >> 16);
    lo = lo.wrapping_add((hi & 0x7FFF) << 16);
    if lo > M {
        lo &= M;
        lo += 1;
    }
    lo = lo.wrapping_add(hi >> 15);
    if lo > M {
        lo &= M;
        lo += 1;
    }
    lo
}

impl HashState {
    /// The state of a thread created when `drawn` Park-Miller values had been drawn before.
    fn after_draws(drawn: u32) -> HashState {
        let mut seed = RANDOM_SEED;
        for _ in 0..=drawn {
            seed = next_random(seed);
        }
        HashState([seed, 842_502_087, 0x8767, 273_326_509])
    }

    /// The main thread's state when `main` starts (its start-up's hashes taken).
    pub(crate) fn main_thread() -> HashState {
        let mut state = HashState::after_draws(0);
        for _ in 0..MAIN_START_UP_HASHES {
            state.next();
        }
        state
    }

    /// The identity hash of the main class's `Class` object: the last of the start-up's.
    pub(crate) fn main_class_hash() -> i32 {
        let mut state = HashState::after_draws(0);
        let mut hash = 0;
        for _ in 0..MAIN_START_UP_HASHES {
            hash = state.next();
        }
        hash
    }

    /// The state of a thread the program starts, from `seeds` (the VM's, see `ThreadSeeds`).
    pub(crate) fn started_thread(seeds: &mut ThreadSeeds) -> HashState {
        let seed = seeds
            .0
            .get_or_insert_with(|| HashState::after_draws(FIRST_STARTED_THREAD).0[0]);
        let state = HashState([*seed, 842_502_087, 0x8767, 273_326_509]);
        *seed = next_random(*seed);
        state
    }

    /// The next identity hash: 31 bits, never 0 (HotSpot's `0xBAD` stands in for it).
    pub(crate) fn next(&mut self) -> i32 {
        let [x, y, z, w] = self.0;
        let t = x ^ (x << 11);
        let v = (w ^ (w >> 19)) ^ (t ^ (t >> 8));
        self.0 = [y, z, w, v];
        match (v & 0x7FFF_FFFF) as i32 {
            0 => 0xBAD,
            hash => hash,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::HashState;

    /// The first identity hashes `java` (HotSpot 17, default options) gives objects in `main`,
    /// and the first two of a program's first started thread.
    #[test]
    fn hashes_follow_hotspots_sequence() {
        let mut main = HashState::main_thread();
        let first: Vec<i32> = (0..5).map(|_| main.next()).collect();
        assert_eq!(
            first,
            [0x7ad041f3, 0x251a69d7, 0x7344699f, 0x6b95977, 0x7e9e5f8a]
        );
        let mut seeds = super::ThreadSeeds::default();
        let mut thread = HashState::started_thread(&mut seeds);
        assert_eq!((thread.next(), thread.next()), (0x3f42cb5f, 0x318522c7));
        // The next thread takes the next Park-Miller value (HotSpot: the 50th, had no thread
        // of its own started between).
        let second = HashState::started_thread(&mut seeds);
        assert_eq!(second.0[0], HashState::after_draws(49).0[0]);
    }
}

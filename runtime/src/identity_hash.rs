//! Identity hashes in HotSpot's sequence. HotSpot 17 (its default `hashCode=5` mode) gives
//! each thread a Marsaglia xor-shift generator whose first word is the next value of the
//! VM's Park-Miller generator (seeded 1234567) when the thread is created, and the other
//! three fixed. The main thread is created first, and with HotSpot's default configuration
//! its start-up consumes 7 hashes before `main` runs, the last one the main class's `Class`
//! object's; the first hash user code sees is the eighth of that sequence, the same on every
//! run. So programs whose output depends on identity hashes (`Object.toString`, the
//! iteration order of hash maps of objects, enum constants or classes without `hashCode`)
//! print what `java` prints, as long as Cortado draws the hashes HotSpot's own machinery
//! draws on the way (measured by printing `System.identityHashCode(new Object())` around an
//! operation and finding both values' positions in the sequence; `-Xlog:class+load` and
//! `-Djava.lang.invoke.MethodHandle.TRACE_RESOLVE=true` show what HotSpot does between):
//! - Linking a class a loader other than the bootstrap one defined (its verification)
//!   hashes its `Class` object, superclass and interfaces first: `Foo.class.hashCode()` is
//!   the hash drawn when Foo was linked: before its initialization, when a method handle
//!   names it (`Foo::bar`), or by reflection (`getDeclaredMethods`); loading draws none
//!   (the verifier of the main class loads classes it does not link). `init::link_hash`
//!   draws it, and the mirror takes it (`VmState::mirror_hashes`); Cortado does not link
//!   for reflection yet.
//! - The `Class` objects of the class library's classes in HotSpot's class-data-sharing
//!   archive (1260: those of `lib/classlist` and their dependencies, primitive types,
//!   common arrays) were hashed when the archive was dumped: fixed values, drawn from
//!   nobody's sequence (`archived_mirror_hashes.txt`, `archived_mirror_hash`). Other
//!   class-library classes' are drawn when first taken, e.g. by `MethodType` interning
//!   (`IntSupplier`'s, when a lambda call site's type names it).
//! - Every hidden class HotSpot defines takes one hash: a lambda's proxy class (one per
//!   call site, linked: its `Class` object's), and each `LambdaForm$MH`/`LambdaForm$DMH`
//!   class `java.lang.invoke` spins, as many as its caches lack for what is linked. For
//!   string concatenation (`StringConcatFactory`'s `generateMHInlineCopy` in JDK 17, javac's
//!   `makeConcatWithConstants`) and lambdas, `lambda_forms` models those caches: measured, a
//!   first `"p" + int` spins 6 classes, `"p" + String` 1, `"p" + String + int` 8 after
//!   those, `"p" + double` 7, `"p" + float` 4 after that (its `String.valueOf(float)` handle
//!   and call-site linker are not pre-generated), a shape seen before (whatever its
//!   constants) none; `"p" + char`, `boolean`, `byte`, `short` share `int`'s forms. A
//!   lambda: the classes of the call site's and the method types' descriptors hashed, the
//!   implementation's class linked, its direct handle's form when not pre-generated
//!   (`String::equals` 1, `List::size` 1, a static method of a class not initialized yet
//!   1), then its proxy, the program's first non-capturing one the lambda form of
//!   `MethodHandles.constant` (one more), the proxy's constructor handle for captured values
//!   (a `long` one: 1), the call site's linker; the first `altMetafactory` call site
//!   (serializable or marker interfaces) one more, its invoker (it is invoked through a
//!   method handle).
//! - What HotSpot's `java.base` draws the first time it formats (`Formatter`: 1, literal
//!   text 1, a double conversion 4) or makes a `DecimalFormatSymbols` (10, also for
//!   `Formatter`'s `%d` outside `Locale.US`): Cortado's library draws as many itself
//!   (`jdk.internal.util.IdentityHashDraws`).
//! - Not reproduced: what HotSpot's `java.base` code draws when Cortado's class library
//!   does other things: loading another locale's data, a `Scanner` (8 more on the first, 4
//!   on each later one, 1 to 3 on the first use of each of its patterns), a record's first
//!   `toString`/`hashCode`/`equals` (`ObjectMethods`
//!   bootstrap: 50, 10 and 21 measured for a two-component record), other bootstrap
//!   methods, class-library lambdas (which can take the "first lambda" hash before the
//!   program's), bound-method-handle species classes the JDK image lacks (never met: the
//!   image has those of up to 12 references), the call sites of identical method references
//!   (javac shares their constant: HotSpot links each `invokedynamic` instruction, a proxy
//!   class each, where Cortado links the constant once). Archived objects other than `Class` objects
//!   (interned literal strings of the archive, the `Integer` cache) also have fixed hashes.
//!
//! Threads started later draw from the Park-Miller sequence at a position that depends on
//! HotSpot's own threads (the first user thread, measured: the 49th value); Cortado gives
//! its threads consecutive positions from there.

/// The identity hash HotSpot's class-data-sharing archive gives the `Class` object of a
/// class-library class (`archived_mirror_hashes.txt`), by internal name (`java/lang/String`,
/// `[I`, `int`); `None` for a class the archive lacks, whose hash is drawn when first taken.
pub(crate) fn archived_mirror_hash(name: &str) -> Option<i32> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<&'static str, i32>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        include_str!("archived_mirror_hashes.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, hash) = l.split_once(' ')?;
                Some((name, i32::from_str_radix(hash, 16).ok()?))
            })
            .collect()
    });
    table.get(name).copied()
}

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

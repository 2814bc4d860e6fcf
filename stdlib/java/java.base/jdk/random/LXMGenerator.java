package jdk.random;

import java.util.Objects;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The splitting behaviour shared by the LXM generators: a new generator takes its LCG addend
 * from a "brine" value and the rest of its state from a source generator. A one-off split
 * takes its brine from the source; a stream of splits gives each generator a distinct brine.
 */
abstract class LXMGenerator implements SplittableGenerator {
    /** A new generator of this algorithm whose addend comes from brine, its state from source. */
    abstract SplittableGenerator split(SplittableGenerator source, long brine);

    @Override
    public SplittableGenerator split() {
        return split(this);
    }

    @Override
    public SplittableGenerator split(SplittableGenerator source) {
        Objects.requireNonNull(source, "source should be non-null");
        return split(source, source.nextLong());
    }

    @Override
    public Stream<SplittableGenerator> splits() {
        return splits(Long.MAX_VALUE, this);
    }

    @Override
    public Stream<SplittableGenerator> splits(long streamSize) {
        return splits(streamSize, this);
    }

    @Override
    public Stream<SplittableGenerator> splits(SplittableGenerator source) {
        return splits(Long.MAX_VALUE, source);
    }

    @Override
    public Stream<SplittableGenerator> splits(long streamSize, SplittableGenerator source) {
        return LXMSupport.splits(this, streamSize, source);
    }
}

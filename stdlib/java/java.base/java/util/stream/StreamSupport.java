package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Supplier;

public final class StreamSupport {
    private StreamSupport() {
    }

    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return withParallel(new ReferencePipeline<>(spliterator), parallel);
    }

    public static <T> Stream<T> stream(Supplier<? extends Spliterator<T>> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return withParallel(new ReferencePipeline<>(new Streams.SupplierSpliterator<T>(supplier, characteristics)), parallel);
    }

    public static IntStream intStream(Spliterator.OfInt spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return withParallel(new IntPipeline(spliterator), parallel);
    }

    public static LongStream longStream(Spliterator.OfLong spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return withParallel(new LongPipeline(spliterator), parallel);
    }

    public static DoubleStream doubleStream(Spliterator.OfDouble spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return withParallel(new DoublePipeline(spliterator), parallel);
    }

    private static <P extends AbstractPipeline> P withParallel(P pipeline, boolean parallel) {
        pipeline.parallel = parallel;
        return pipeline;
    }
}

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

    public static IntStream intStream(Supplier<? extends Spliterator.OfInt> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return withParallel(new IntPipeline(new LazyInt(supplier, characteristics)), parallel);
    }

    public static LongStream longStream(Supplier<? extends Spliterator.OfLong> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return withParallel(new LongPipeline(new LazyLong(supplier, characteristics)), parallel);
    }

    public static DoubleStream doubleStream(Supplier<? extends Spliterator.OfDouble> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return withParallel(new DoublePipeline(new LazyDouble(supplier, characteristics)), parallel);
    }

    /** Gets the spliterator from the supplier only when the terminal operation first needs it. */
    private abstract static class Lazy<S extends Spliterator.OfPrimitive<?, ?, S>> {
        private final Supplier<? extends S> supplier;
        private final int characteristics;
        private S s;

        Lazy(Supplier<? extends S> supplier, int characteristics) {
            this.supplier = supplier;
            this.characteristics = characteristics;
        }

        final S get() {
            if (s == null) {
                s = supplier.get();
            }
            return s;
        }

        public S trySplit() {
            return get().trySplit();
        }

        public long estimateSize() {
            return get().estimateSize();
        }

        public int characteristics() {
            return s == null ? characteristics : s.characteristics();
        }
    }

    private static final class LazyInt extends Lazy<Spliterator.OfInt> implements Spliterator.OfInt {
        LazyInt(Supplier<? extends Spliterator.OfInt> supplier, int characteristics) {
            super(supplier, characteristics);
        }

        public boolean tryAdvance(java.util.function.IntConsumer action) {
            return get().tryAdvance(action);
        }

        public void forEachRemaining(java.util.function.IntConsumer action) {
            get().forEachRemaining(action);
        }
    }

    private static final class LazyLong extends Lazy<Spliterator.OfLong> implements Spliterator.OfLong {
        LazyLong(Supplier<? extends Spliterator.OfLong> supplier, int characteristics) {
            super(supplier, characteristics);
        }

        public boolean tryAdvance(java.util.function.LongConsumer action) {
            return get().tryAdvance(action);
        }

        public void forEachRemaining(java.util.function.LongConsumer action) {
            get().forEachRemaining(action);
        }
    }

    private static final class LazyDouble extends Lazy<Spliterator.OfDouble> implements Spliterator.OfDouble {
        LazyDouble(Supplier<? extends Spliterator.OfDouble> supplier, int characteristics) {
            super(supplier, characteristics);
        }

        public boolean tryAdvance(java.util.function.DoubleConsumer action) {
            return get().tryAdvance(action);
        }

        public void forEachRemaining(java.util.function.DoubleConsumer action) {
            get().forEachRemaining(action);
        }
    }

    private static <P extends AbstractPipeline> P withParallel(P pipeline, boolean parallel) {
        pipeline.parallel = parallel;
        return pipeline;
    }
}

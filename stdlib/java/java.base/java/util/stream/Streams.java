package java.util.stream;

import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/** Helpers for the stream factories: builders, concatenation, ranges, close handlers. */
final class Streams {
    private Streams() {
    }

    static Runnable composeWithExceptions(Runnable a, Runnable b) {
        return new Runnable() {
            @Override
            public void run() {
                try {
                    a.run();
                } catch (Throwable e1) {
                    try {
                        b.run();
                    } catch (Throwable e2) {
                        try {
                            e1.addSuppressed(e2);
                        } catch (Throwable ignore) {
                        }
                    }
                    throw e1;
                }
                b.run();
            }
        };
    }

    static Runnable composedClose(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        return new Runnable() {
            @Override
            public void run() {
                try {
                    a.close();
                } catch (Throwable e1) {
                    try {
                        b.close();
                    } catch (Throwable e2) {
                        try {
                            e1.addSuppressed(e2);
                        } catch (Throwable ignore) {
                        }
                    }
                    throw e1;
                }
                b.close();
            }
        };
    }

    static final class SupplierSpliterator<T> implements Spliterator<T> {
        private final Supplier<? extends Spliterator<T>> supplier;
        private final int characteristics;
        private Spliterator<T> s;

        SupplierSpliterator(Supplier<? extends Spliterator<T>> supplier, int characteristics) {
            this.supplier = supplier;
            this.characteristics = characteristics;
        }

        private Spliterator<T> get() {
            if (s == null)
                s = supplier.get();
            return s;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            return get().tryAdvance(action);
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            get().forEachRemaining(action);
        }

        @Override
        public Spliterator<T> trySplit() {
            return get().trySplit();
        }

        @Override
        public long estimateSize() {
            return get().estimateSize();
        }

        @Override
        public int characteristics() {
            return s == null ? characteristics : s.characteristics();
        }

        @Override
        public Comparator<? super T> getComparator() {
            return get().getComparator();
        }
    }

    static final class RefBuilder<T> implements Stream.Builder<T> {
        private final SpinedBuffer.OfRef<T> buffer = new SpinedBuffer.OfRef<>();
        private boolean built;

        @Override
        public void accept(T t) {
            if (built)
                throw new IllegalStateException();
            buffer.accept(t);
        }

        @Override
        public Stream<T> build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return buffer.stream();
        }
    }

    abstract static class ConcatSpliterator<T, T_SPLITR extends Spliterator<T>> implements Spliterator<T> {
        protected final T_SPLITR aSpliterator;
        protected final T_SPLITR bSpliterator;
        boolean beforeSplit;
        final boolean unsized;

        ConcatSpliterator(T_SPLITR aSpliterator, T_SPLITR bSpliterator) {
            this.aSpliterator = aSpliterator;
            this.bSpliterator = bSpliterator;
            beforeSplit = true;
            unsized = aSpliterator.estimateSize() + bSpliterator.estimateSize() < 0;
        }

        @Override
        public T_SPLITR trySplit() {
            return null;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> consumer) {
            boolean hasNext;
            if (beforeSplit) {
                hasNext = aSpliterator.tryAdvance(consumer);
                if (!hasNext) {
                    beforeSplit = false;
                    hasNext = bSpliterator.tryAdvance(consumer);
                }
            } else
                hasNext = bSpliterator.tryAdvance(consumer);
            return hasNext;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> consumer) {
            if (beforeSplit)
                aSpliterator.forEachRemaining(consumer);
            bSpliterator.forEachRemaining(consumer);
        }

        @Override
        public long estimateSize() {
            if (beforeSplit) {
                long size = aSpliterator.estimateSize() + bSpliterator.estimateSize();
                return (size >= 0) ? size : Long.MAX_VALUE;
            } else {
                return bSpliterator.estimateSize();
            }
        }

        @Override
        public int characteristics() {
            if (beforeSplit) {
                return aSpliterator.characteristics() & bSpliterator.characteristics()
                        & ~(Spliterator.DISTINCT | Spliterator.SORTED
                                | (unsized ? Spliterator.SIZED | Spliterator.SUBSIZED : 0));
            } else {
                return bSpliterator.characteristics();
            }
        }

        @Override
        public Comparator<? super T> getComparator() {
            if (beforeSplit)
                throw new IllegalStateException();
            return bSpliterator.getComparator();
        }

        static final class OfRef<T> extends ConcatSpliterator<T, Spliterator<T>> {
            OfRef(Spliterator<T> aSpliterator, Spliterator<T> bSpliterator) {
                super(aSpliterator, bSpliterator);
            }
        }

        static final class OfInt extends ConcatSpliterator<Integer, Spliterator.OfInt> implements Spliterator.OfInt {
            OfInt(Spliterator.OfInt aSpliterator, Spliterator.OfInt bSpliterator) {
                super(aSpliterator, bSpliterator);
            }

            @Override
            public Spliterator.OfInt trySplit() {
                return null;
            }

            @Override
            public boolean tryAdvance(Consumer<? super Integer> consumer) {
                return super.tryAdvance(consumer);
            }

            @Override
            public void forEachRemaining(Consumer<? super Integer> consumer) {
                super.forEachRemaining(consumer);
            }

            @Override
            public boolean tryAdvance(IntConsumer action) {
                boolean hasNext;
                if (beforeSplit) {
                    hasNext = aSpliterator.tryAdvance(action);
                    if (!hasNext) {
                        beforeSplit = false;
                        hasNext = bSpliterator.tryAdvance(action);
                    }
                } else
                    hasNext = bSpliterator.tryAdvance(action);
                return hasNext;
            }

            @Override
            public void forEachRemaining(IntConsumer action) {
                if (beforeSplit)
                    aSpliterator.forEachRemaining(action);
                bSpliterator.forEachRemaining(action);
            }
        }

        static final class OfLong extends ConcatSpliterator<Long, Spliterator.OfLong> implements Spliterator.OfLong {
            OfLong(Spliterator.OfLong aSpliterator, Spliterator.OfLong bSpliterator) {
                super(aSpliterator, bSpliterator);
            }

            @Override
            public Spliterator.OfLong trySplit() {
                return null;
            }

            @Override
            public boolean tryAdvance(Consumer<? super Long> consumer) {
                return super.tryAdvance(consumer);
            }

            @Override
            public void forEachRemaining(Consumer<? super Long> consumer) {
                super.forEachRemaining(consumer);
            }

            @Override
            public boolean tryAdvance(LongConsumer action) {
                boolean hasNext;
                if (beforeSplit) {
                    hasNext = aSpliterator.tryAdvance(action);
                    if (!hasNext) {
                        beforeSplit = false;
                        hasNext = bSpliterator.tryAdvance(action);
                    }
                } else
                    hasNext = bSpliterator.tryAdvance(action);
                return hasNext;
            }

            @Override
            public void forEachRemaining(LongConsumer action) {
                if (beforeSplit)
                    aSpliterator.forEachRemaining(action);
                bSpliterator.forEachRemaining(action);
            }
        }

        static final class OfDouble extends ConcatSpliterator<Double, Spliterator.OfDouble> implements Spliterator.OfDouble {
            OfDouble(Spliterator.OfDouble aSpliterator, Spliterator.OfDouble bSpliterator) {
                super(aSpliterator, bSpliterator);
            }

            @Override
            public Spliterator.OfDouble trySplit() {
                return null;
            }

            @Override
            public boolean tryAdvance(Consumer<? super Double> consumer) {
                return super.tryAdvance(consumer);
            }

            @Override
            public void forEachRemaining(Consumer<? super Double> consumer) {
                super.forEachRemaining(consumer);
            }

            @Override
            public boolean tryAdvance(DoubleConsumer action) {
                boolean hasNext;
                if (beforeSplit) {
                    hasNext = aSpliterator.tryAdvance(action);
                    if (!hasNext) {
                        beforeSplit = false;
                        hasNext = bSpliterator.tryAdvance(action);
                    }
                } else
                    hasNext = bSpliterator.tryAdvance(action);
                return hasNext;
            }

            @Override
            public void forEachRemaining(DoubleConsumer action) {
                if (beforeSplit)
                    aSpliterator.forEachRemaining(action);
                bSpliterator.forEachRemaining(action);
            }
        }
    }

    static final class IntBuilder implements IntStream.Builder {
        private final SpinedBuffer.OfInt buffer = new SpinedBuffer.OfInt();
        private boolean built;

        @Override
        public void accept(int t) {
            if (built)
                throw new IllegalStateException();
            buffer.accept(t);
        }

        @Override
        public IntStream build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return buffer.stream();
        }
    }

    static final class LongBuilder implements LongStream.Builder {
        private final SpinedBuffer.OfLong buffer = new SpinedBuffer.OfLong();
        private boolean built;

        @Override
        public void accept(long t) {
            if (built)
                throw new IllegalStateException();
            buffer.accept(t);
        }

        @Override
        public LongStream build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return buffer.stream();
        }
    }

    static final class DoubleBuilder implements DoubleStream.Builder {
        private final SpinedBuffer.OfDouble buffer = new SpinedBuffer.OfDouble();
        private boolean built;

        @Override
        public void accept(double t) {
            if (built)
                throw new IllegalStateException();
            buffer.accept(t);
        }

        @Override
        public DoubleStream build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return buffer.stream();
        }
    }

    /** Elements from, from + 1, ..., upTo - 1 (and upTo itself when closed). */
    static final class RangeIntSpliterator implements Spliterator.OfInt {
        private int from;
        private final int upTo;
        private int last;

        RangeIntSpliterator(int from, int upTo, boolean closed) {
            this.from = from;
            this.upTo = upTo;
            this.last = closed ? 1 : 0;
        }

        @Override
        public boolean tryAdvance(IntConsumer consumer) {
            Objects.requireNonNull(consumer);
            final int i = from;
            if (i < upTo) {
                from++;
                consumer.accept(i);
                return true;
            } else if (last > 0) {
                last = 0;
                consumer.accept(i);
                return true;
            }
            return false;
        }

        @Override
        public void forEachRemaining(IntConsumer consumer) {
            Objects.requireNonNull(consumer);
            int i = from;
            final int hUpTo = upTo;
            int hLast = last;
            from = upTo;
            last = 0;
            while (i < hUpTo) {
                consumer.accept(i++);
            }
            if (hLast > 0) {
                consumer.accept(i);
            }
        }

        @Override
        public long estimateSize() {
            long size = (long) upTo - from + last;
            return size < 0 ? Long.MAX_VALUE : size;
        }

        @Override
        public int characteristics() {
            int c = Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL | Spliterator.DISTINCT | Spliterator.SORTED;
            return ((long) upTo - from + last) < 0 ? c : c | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        @Override
        public Comparator<? super Integer> getComparator() {
            return null;
        }

        /** Splits off a prefix of half the range (an eighth from 2^24 elements on). */
        @Override
        public Spliterator.OfInt trySplit() {
            long size = estimateSize();
            return size <= 1 ? null : new RangeIntSpliterator(from, from = from + splitPoint(size), false);
        }
    }

    static int splitPoint(long size) {
        int d = (size < (1 << 24)) ? 2 : 8;
        return (int) (size / d);
    }

    /** Elements from, from + 1, ..., upTo - 1 (and upTo itself when closed). */
    static final class RangeLongSpliterator implements Spliterator.OfLong {
        private long from;
        private final long upTo;
        private int last;

        RangeLongSpliterator(long from, long upTo, boolean closed) {
            this.from = from;
            this.upTo = upTo;
            this.last = closed ? 1 : 0;
        }

        @Override
        public boolean tryAdvance(LongConsumer consumer) {
            Objects.requireNonNull(consumer);
            final long i = from;
            if (i < upTo) {
                from++;
                consumer.accept(i);
                return true;
            } else if (last > 0) {
                last = 0;
                consumer.accept(i);
                return true;
            }
            return false;
        }

        @Override
        public void forEachRemaining(LongConsumer consumer) {
            Objects.requireNonNull(consumer);
            long i = from;
            final long hUpTo = upTo;
            int hLast = last;
            from = upTo;
            last = 0;
            while (i < hUpTo) {
                consumer.accept(i++);
            }
            if (hLast > 0) {
                consumer.accept(i);
            }
        }

        @Override
        public long estimateSize() {
            long size = (long) upTo - from + last;
            return size < 0 ? Long.MAX_VALUE : size;
        }

        @Override
        public int characteristics() {
            int c = Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL | Spliterator.DISTINCT | Spliterator.SORTED;
            return ((long) upTo - from + last) < 0 ? c : c | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        @Override
        public Comparator<? super Long> getComparator() {
            return null;
        }

        @Override
        public Spliterator.OfLong trySplit() {
            long size = estimateSize();
            return size <= 1 ? null : new RangeLongSpliterator(from, from = from + size / (size < (1 << 24) ? 2 : 8), false);
        }
    }
}

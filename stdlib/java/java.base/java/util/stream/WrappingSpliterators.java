package java.util.stream;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Spliterators over the output of a pipeline with intermediate stages: elements are pushed
 * from the source through the stages' sinks into a small buffer, one source element at a time.
 */
final class WrappingSpliterators {
    private WrappingSpliterators() {
    }

    abstract static class Base extends Sink {
        final AbstractPipeline ph;
        final Spliterator<?> source;
        final int characteristics;
        Sink bufferSink;
        boolean started;
        boolean finished;
        int head, tail;

        Base(AbstractPipeline ph, Spliterator<?> source) {
            this.ph = ph;
            this.source = source;
            long exact = ph.exactOutputSize(source);
            this.characteristics = Spliterator.ORDERED | (exact >= 0 ? Spliterator.SIZED | Spliterator.SUBSIZED : 0);
        }

        /** Prepares for element-wise traversal; false when nothing is left. */
        final boolean advance() {
            if (!started) {
                if (finished)
                    return false;
                started = true;
                bufferSink = ph.wrapSink(this);
                bufferSink.begin(source.getExactSizeIfKnown());
            }
            while (head == tail) {
                head = tail = 0;
                if (bufferSink.cancellationRequested() || !ph.sourceStage.tryAdvance(source, bufferSink)) {
                    if (finished)
                        return false;
                    bufferSink.end();
                    finished = true;
                }
            }
            return true;
        }

        /** Whole traversal when nothing has been taken yet; false if the caller must iterate. */
        final boolean pushAll(Sink adapter) {
            if (started || finished)
                return false;
            started = finished = true;
            ph.copyInto(ph.wrapSink(adapter), source, false);
            return true;
        }

        public final long estimateSize() {
            long n = ph.exactOutputSize(source);
            return n >= 0 ? n : source.estimateSize();
        }

        public final int characteristics() {
            return characteristics;
        }
    }

    static final class OfRef<T> extends Base implements Spliterator<T> {
        private Object[] buf = new Object[8];

        OfRef(AbstractPipeline ph, Spliterator<?> source) {
            super(ph, source);
        }

        @Override
        public void accept(Object t) {
            if (tail == buf.length)
                buf = Arrays.copyOf(buf, tail * 2);
            buf[tail++] = t;
        }

        @SuppressWarnings("unchecked")
        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (!advance())
                return false;
            Object t = buf[head];
            buf[head++] = null;
            action.accept((T) t);
            return true;
        }

        @SuppressWarnings("unchecked")
        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (!pushAll(new Sink() {
                @Override
                public void accept(Object t) {
                    action.accept((T) t);
                }
            })) {
                while (tryAdvance(action)) {
                }
            }
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public Comparator<? super T> getComparator() {
            throw new IllegalStateException();
        }
    }

    static final class OfInt extends Base implements Spliterator.OfInt {
        private int[] buf = new int[8];

        OfInt(AbstractPipeline ph, Spliterator<?> source) {
            super(ph, source);
        }

        @Override
        public void accept(int t) {
            if (tail == buf.length)
                buf = Arrays.copyOf(buf, tail * 2);
            buf[tail++] = t;
        }

        @Override
        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            if (!advance())
                return false;
            action.accept(buf[head++]);
            return true;
        }

        @Override
        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            if (!pushAll(new Sink() {
                @Override
                public void accept(int t) {
                    action.accept(t);
                }
            })) {
                while (tryAdvance(action)) {
                }
            }
        }

        @Override
        public Spliterator.OfInt trySplit() {
            return null;
        }

        @Override
        public Comparator<? super Integer> getComparator() {
            throw new IllegalStateException();
        }
    }

    static final class OfLong extends Base implements Spliterator.OfLong {
        private long[] buf = new long[8];

        OfLong(AbstractPipeline ph, Spliterator<?> source) {
            super(ph, source);
        }

        @Override
        public void accept(long t) {
            if (tail == buf.length)
                buf = Arrays.copyOf(buf, tail * 2);
            buf[tail++] = t;
        }

        @Override
        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            if (!advance())
                return false;
            action.accept(buf[head++]);
            return true;
        }

        @Override
        public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            if (!pushAll(new Sink() {
                @Override
                public void accept(long t) {
                    action.accept(t);
                }
            })) {
                while (tryAdvance(action)) {
                }
            }
        }

        @Override
        public Spliterator.OfLong trySplit() {
            return null;
        }

        @Override
        public Comparator<? super Long> getComparator() {
            throw new IllegalStateException();
        }
    }

    static final class OfDouble extends Base implements Spliterator.OfDouble {
        private double[] buf = new double[8];

        OfDouble(AbstractPipeline ph, Spliterator<?> source) {
            super(ph, source);
        }

        @Override
        public void accept(double t) {
            if (tail == buf.length)
                buf = Arrays.copyOf(buf, tail * 2);
            buf[tail++] = t;
        }

        @Override
        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (!advance())
                return false;
            action.accept(buf[head++]);
            return true;
        }

        @Override
        public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (!pushAll(new Sink() {
                @Override
                public void accept(double t) {
                    action.accept(t);
                }
            })) {
                while (tryAdvance(action)) {
                }
            }
        }

        @Override
        public Spliterator.OfDouble trySplit() {
            return null;
        }

        @Override
        public Comparator<? super Double> getComparator() {
            throw new IllegalStateException();
        }
    }
}

package java.util.stream;

import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Growable element buffers (a plain doubling array, despite the name). */
final class SpinedBuffer {
    private SpinedBuffer() {
    }

    static final class OfRef<T> implements Consumer<T> {
        Object[] array = new Object[8];
        int count;

        @Override
        public void accept(T t) {
            if (count == array.length)
                array = Arrays.copyOf(array, count * 2);
            array[count++] = t;
        }

        Object[] toArray() {
            return Arrays.copyOf(array, count);
        }

        Stream<T> stream() {
            return new ReferencePipeline<T>(Spliterators.<T>spliterator(array, 0, count, Spliterator.ORDERED | Spliterator.IMMUTABLE));
        }
    }

    static final class OfInt implements IntConsumer {
        int[] array = new int[8];
        int count;

        @Override
        public void accept(int t) {
            if (count == array.length)
                array = Arrays.copyOf(array, count * 2);
            array[count++] = t;
        }

        int[] toArray() {
            return Arrays.copyOf(array, count);
        }

        IntStream stream() {
            return new IntPipeline(Spliterators.spliterator(array, 0, count, Spliterator.ORDERED | Spliterator.IMMUTABLE));
        }
    }

    static final class OfLong implements LongConsumer {
        long[] array = new long[8];
        int count;

        @Override
        public void accept(long t) {
            if (count == array.length)
                array = Arrays.copyOf(array, count * 2);
            array[count++] = t;
        }

        long[] toArray() {
            return Arrays.copyOf(array, count);
        }

        LongStream stream() {
            return new LongPipeline(Spliterators.spliterator(array, 0, count, Spliterator.ORDERED | Spliterator.IMMUTABLE));
        }
    }

    static final class OfDouble implements DoubleConsumer {
        double[] array = new double[8];
        int count;

        @Override
        public void accept(double t) {
            if (count == array.length)
                array = Arrays.copyOf(array, count * 2);
            array[count++] = t;
        }

        double[] toArray() {
            return Arrays.copyOf(array, count);
        }

        DoubleStream stream() {
            return new DoublePipeline(Spliterators.spliterator(array, 0, count, Spliterator.ORDERED | Spliterator.IMMUTABLE));
        }
    }
}

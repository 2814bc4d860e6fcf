package util;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/** Spliterators.Abstract*Spliterator split off growing array batches, as the JDK's do. */
public class AbstractSpliteratorSplits {
    static String d(Spliterator<?> s) {
        if (s == null)
            return "none";
        return s.characteristics() + "/" + s.estimateSize() + "/" + s.getExactSizeIfKnown();
    }

    static Spliterator<Integer> counting(long est, int characteristics, int n) {
        return new Spliterators.AbstractSpliterator<Integer>(est, characteristics) {
            int i = 0;

            public boolean tryAdvance(Consumer<? super Integer> c) {
                if (i < n) {
                    c.accept(i++);
                    return true;
                }
                return false;
            }
        };
    }

    public static void main(String[] args) {
        Spliterator<Integer> s = counting(10, Spliterator.SIZED, 10);
        System.out.println(d(s));
        Spliterator<Integer> s1 = s.trySplit();
        System.out.println(d(s) + " " + d(s1) + " " + d(s.trySplit()));

        Spliterator<Integer> big = counting(Long.MAX_VALUE, Spliterator.ORDERED, 3000);
        Spliterator<Integer> b1 = big.trySplit();
        Spliterator<Integer> b2 = big.trySplit();
        Spliterator<Integer> b3 = big.trySplit();
        System.out.println(d(big) + " " + d(b1) + " " + d(b2) + " " + d(b3) + " " + d(big.trySplit()));
        int[] sum = new int[1];
        b2.forEachRemaining(x -> sum[0] += x);
        System.out.println("b2 sum " + sum[0]);

        Spliterator.OfInt is = new Spliterators.AbstractIntSpliterator(5, 0) {
            int i = 0;

            public boolean tryAdvance(IntConsumer c) {
                if (i < 5) {
                    c.accept(i++ * 10);
                    return true;
                }
                return false;
            }
        };
        Spliterator.OfInt is1 = is.trySplit();
        StringBuilder sb = new StringBuilder();
        is1.forEachRemaining((IntConsumer) x -> sb.append(x).append(','));
        System.out.println(d(is) + " " + d(is1) + " " + sb);

        Spliterator.OfLong ls = new Spliterators.AbstractLongSpliterator(Long.MAX_VALUE, Spliterator.NONNULL) {
            long i = 0;

            public boolean tryAdvance(LongConsumer c) {
                if (i < 1500) {
                    c.accept(i++);
                    return true;
                }
                return false;
            }
        };
        System.out.println(d(ls.trySplit()) + " " + d(ls.trySplit()) + " " + d(ls));
        Spliterator.OfDouble ds = new Spliterators.AbstractDoubleSpliterator(2, Spliterator.SIZED) {
            int i = 0;

            public boolean tryAdvance(DoubleConsumer c) {
                if (i < 2) {
                    c.accept(i++ + 0.5);
                    return true;
                }
                return false;
            }
        };
        System.out.println(d(ds.trySplit()) + " " + d(ds));

        // Parallel reductions split such sources; a non-neutral identity counts the leaves.
        System.out.println(StreamSupport.stream(counting(Long.MAX_VALUE, 0, 5000), true).reduce(1_000_000, Integer::sum));
        System.out.println(StreamSupport.stream(counting(5000, Spliterator.SIZED, 5000), true).reduce(1_000_000, Integer::sum));
        System.out.println(Stream.iterate(0, x -> x < 4000, x -> x + 1).parallel().reduce(1_000_000, Integer::sum));
        System.out.println(IntStream.iterate(0, x -> x < 4000, x -> x + 1).parallel().reduce(1_000_000, Integer::sum));
        System.out.println(Stream.iterate(0, x -> x < 3000, x -> x + 1).parallel().map(x -> x * 2).collect(Collectors.toList()).size());
    }
}

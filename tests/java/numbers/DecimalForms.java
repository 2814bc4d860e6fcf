package numbers;

import java.util.Random;

/** Decimal forms of ints and longs through every path: toString, valueOf, concatenation, builders. */
public class DecimalForms {
    static final int[] INTS = {0, 1, -1, 9, 10, -10, 99, 100, 999_999_999, 1_000_000_000, -1_000_000_000,
            Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 65535, -65536};
    static final long[] LONGS = {0L, 1L, -1L, 2147483647L, 2147483648L, -2147483648L, -2147483649L,
            4294967295L, 4294967296L, 9_999_999_999L, 10_000_000_000L, -10_000_000_000L,
            999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MAX_VALUE - 1, Long.MIN_VALUE + 1};

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : INTS) {
            String s = Integer.toString(i);
            sb.setLength(0);
            sb.append('[').append(i).append(']');
            System.out.println(s + " " + String.valueOf(i) + " " + sb + " " + s.length() + " " + Integer.parseInt(s));
        }
        for (long l : LONGS) {
            String s = Long.toString(l);
            sb.setLength(0);
            sb.append('[').append(l).append(']');
            System.out.println(s + " " + String.valueOf(l) + " " + sb + " " + s.length() + " " + Long.parseLong(s));
        }
        // Every power of ten and its neighbours, both signs.
        long sum = 0;
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10 * 10; p *= 10) {
            for (long d = -1; d <= 1; d++) {
                for (long v : new long[] {p + d, -(p + d)}) {
                    String s = Long.toString(v);
                    if (Long.parseLong(s) != v || !s.equals("" + v)) {
                        System.out.println("mismatch " + v);
                    }
                    if (v == (int) v && !Integer.toString((int) v).equals(s)) {
                        System.out.println("int mismatch " + v);
                    }
                    sum += s.length();
                }
            }
        }
        System.out.println("lengths " + sum);
        Random random = new Random(42);
        StringBuilder all = new StringBuilder();
        for (int k = 0; k < 20000; k++) {
            int i = random.nextInt() >> random.nextInt(32);
            long l = random.nextLong() >> random.nextInt(64);
            all.append(i).append(',').append(l).append(';');
            if (Integer.parseInt(Integer.toString(i)) != i || Long.parseLong(Long.toString(l)) != l) {
                System.out.println("round trip failed " + i + " " + l);
            }
        }
        System.out.println("random " + all.length() + " " + all.toString().hashCode());
        StringBuffer buffer = new StringBuffer();
        buffer.append(Integer.MIN_VALUE).append(' ').append(Long.MIN_VALUE);
        System.out.println(buffer);
    }
}

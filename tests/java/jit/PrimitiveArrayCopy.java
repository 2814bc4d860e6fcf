package jit;

/**
 * System.arraycopy between primitive arrays in hot loops (which compiled code copies inline):
 * overlapping ranges in both directions, empty and whole-array copies, every kind of bad
 * argument (each must throw exactly as the real call does), mixed array types that take the
 * general path, and string building on top of it.
 */
public class PrimitiveArrayCopy {
    static int checksum(char[] a) {
        int h = 1;
        for (char c : a) {
            h = 31 * h + c;
        }
        return h;
    }

    static String attempt(Object src, int srcPos, Object dst, int dstPos, int length) {
        try {
            System.arraycopy(src, srcPos, dst, dstPos, length);
            return "ok";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    public static void main(String[] args) {
        char[] a = new char[64];
        char[] b = new char[64];
        long total = 0;
        for (int round = 0; round < 20000; round++) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (char) ('a' + (i + round) % 26);
            }
            int from = round % 17;
            int to = (round * 7) % 23;
            int length = round % 30;
            System.arraycopy(a, from, b, to, length);
            System.arraycopy(a, from, a, from + 3, length); // overlapping, forwards
            System.arraycopy(b, to + 2, b, to, length / 2); // overlapping, backwards
            System.arraycopy(a, 0, b, 0, 0);
            total += checksum(a) + 3L * checksum(b);
        }
        System.out.println("copies " + total);
        System.arraycopy(a, 0, b, 0, a.length);
        System.out.println("whole " + new String(b, 0, 10) + " " + checksum(b));

        String[] outcomes = new String[12];
        for (int round = 0; round < 3000; round++) {
            int k = 0;
            outcomes[k++] = attempt(a, 0, b, 0, 64);
            outcomes[k++] = attempt(a, -1, b, 0, 1);
            outcomes[k++] = attempt(a, 0, b, -1, 1);
            outcomes[k++] = attempt(a, 0, b, 0, -1);
            outcomes[k++] = attempt(a, 60, b, 0, 5);
            outcomes[k++] = attempt(a, 0, b, 60, 5);
            outcomes[k++] = attempt(null, 0, b, 0, 1);
            outcomes[k++] = attempt(a, 0, null, 0, 1);
            outcomes[k++] = attempt(a, 0, new int[64], 0, 1);
            outcomes[k++] = attempt(new int[8], 0, new int[8], 0, 8);
            outcomes[k++] = attempt(a, Integer.MAX_VALUE, b, 0, 1);
            outcomes[k++] = attempt(a, 1, b, 0, Integer.MAX_VALUE);
        }
        System.out.println(String.join(" ", outcomes));

        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append("ab").append(i % 10).append(' ');
            if (sb.length() > 200) {
                sb.delete(0, 100);
                sb.insert(3, "xyz");
            }
        }
        System.out.println(sb.length() + " " + sb.toString().hashCode() + " " + sb.substring(0, 20));

        // Every other element type, both directions of overlap.
        int[] ints = new int[50];
        long[] longs = new long[50];
        double[] doubles = new double[50];
        byte[] bytes = new byte[50];
        boolean[] flags = new boolean[50];
        short[] shorts = new short[50];
        float[] floats = new float[50];
        long mixed = 0;
        for (int round = 0; round < 20000; round++) {
            for (int i = 0; i < 50; i++) {
                ints[i] = i * round;
                longs[i] = (long) i << 33 | round;
                doubles[i] = i + round / 8.0;
                bytes[i] = (byte) (i ^ round);
                flags[i] = ((i + round) & 3) == 0;
                shorts[i] = (short) (i * 1000 + round);
                floats[i] = i * 0.5f - round;
            }
            int from = round % 13;
            int to = (round * 5) % 19;
            int length = round % 31;
            System.arraycopy(ints, from, ints, to, length);
            System.arraycopy(longs, to, longs, from, length);
            System.arraycopy(doubles, from, doubles, to, length);
            System.arraycopy(bytes, to, bytes, from, length);
            System.arraycopy(flags, from, flags, to, length);
            System.arraycopy(shorts, to, shorts, from, length);
            System.arraycopy(floats, from, floats, to, length);
            for (int i = 0; i < 50; i += 7) {
                mixed = mixed * 31 + ints[i] + longs[i] + (long) doubles[i] + bytes[i]
                        + (flags[i] ? 1 : 0) + shorts[i] + (long) floats[i];
            }
        }
        System.out.println("other types " + mixed);
        System.out.println(attempt(ints, 40, ints, 0, 11) + " " + attempt(longs, 0, ints, 0, 1)
                + " " + attempt(doubles, 0, doubles, 45, 6) + " " + attempt(bytes, 0, bytes, 0, 50));
    }
}

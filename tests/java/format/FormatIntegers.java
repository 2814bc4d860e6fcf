package format;

public class FormatIntegers {
    public static void main(String[] args) {
        int[] vals = {0, 7, -7, 42, -12345, 1234567, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : vals) {
            System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%,d] [%+d] [% d] [%(d] [%x] [%X] [%o] [%08X] [%#x] [%#o]", v, v, v, v, v, v, v, v, v, v, v, v, v, v));
        }
        long[] ls = {0L, -1L, 9_876_543_210L, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long l : ls) System.out.println(String.format("%d|%,d|%x|%o|%20d|%-20d|", l, l, l, l, l, l));
        byte b = -1;
        short s = -2;
        System.out.println(String.format("%d %x %d %x %c %c %c", b, b, s, s, 65, 'z', 0x1F600));
        System.out.println(String.format("%s %s %10s|%-10s|%.3s|%S", Integer.valueOf(5), Long.valueOf(6), 77, 88, "abcdef", "shout"));
        System.out.println(String.format("%b %b %b %B %b", true, null, "x", false, 0));
        System.out.println(String.format("100%% done%nnext line"));
        System.out.println(String.format("%2$s %1$s %2$s %<s", "a", "b"));
        System.out.println(String.format("%,d %,d %,d", 999, 1000, -1000000));
        System.out.println(String.format("%h %h %h", "hi", 42, null));
        System.out.println(String.format("|%10x|%-10o|%010d|", 255, 8, -42));
        System.out.println(String.format("%d%%", 50) + " " + String.format("%5s%5s", "ab", "cd") + " " + String.format("%-3s|", "toolong"));
        System.out.println(String.format("%x %x", (byte) 0x80, (short) 0x8000) + " " + Integer.toHexString((byte) 0x80));
        java.math.BigInteger big = new java.math.BigInteger("-123456789012345678901234567890");
        System.out.println(String.format("%d %,d %x", big, big, big));
    }
}

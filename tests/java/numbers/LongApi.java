package numbers;

public class LongApi {
    public static void main(String[] args) {
        long[] vals = {0L, 1L, -1L, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789ABCDEFL, -9876543210L};
        for (long v : vals) {
            System.out.println(v + ": hex=" + Long.toHexString(v) + " oct=" + Long.toOctalString(v) + " bin=" + Long.toBinaryString(v) + " r36=" + Long.toString(v, 36)
                + " bits=" + Long.bitCount(v) + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v) + " hi=" + Long.highestOneBit(v)
                + " rev=" + Long.reverse(v) + " unsigned=" + Long.toUnsignedString(v) + " hash=" + Long.hashCode(v));
        }
        System.out.println(Long.parseLong("9223372036854775807") + " " + Long.parseLong("-9223372036854775808") + " " + Long.parseLong("7fffffff", 16) + " " + Long.valueOf("-42") + " " + Long.decode("0x10") + " " + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println(Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.compareUnsigned(-1L, 1L) + " " + Long.toUnsignedString(-1L, 16) + " " + Long.SIZE + " " + Long.BYTES);
        System.out.println(Long.max(1L, 2L) + " " + Long.sum(Long.MAX_VALUE, 1L) + " " + Long.signum(-5L) + " " + Long.valueOf(1L << 35).intValue() + " " + Long.valueOf(123L).floatValue());
        long x = 0x00FF00FF00FF00FFL;
        System.out.println(Long.rotateLeft(x, 4) + " " + Long.rotateRight(x, 12) + " " + Long.reverseBytes(x) + " " + Long.lowestOneBit(x));
        System.out.println(Math.abs(Long.MIN_VALUE) + " " + Math.absExact(-5L) + " " + Math.floorMod(-13L, 5) + " " + Math.floorDiv(Long.MIN_VALUE, -1L));
    }
}

package arith;

public class Shifts {
    public static void main(String[] args) {
        int[] ivals = {1, -1, 0x80000000, 0x7fffffff, 0x12345678, -123456};
        int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, 100};
        for (int v : ivals) {
            StringBuilder sb = new StringBuilder(Integer.toHexString(v) + ":");
            for (int c : counts) {
                sb.append(' ').append(v << c).append('/').append(v >> c).append('/').append(v >>> c);
            }
            System.out.println(sb);
        }
        long[] lvals = {1L, -1L, Long.MIN_VALUE, 0x123456789abcdefL, -987654321987L};
        int[] lcounts = {0, 1, 31, 32, 33, 63, 64, 65, -1, 127};
        for (long v : lvals) {
            StringBuilder sb = new StringBuilder(Long.toHexString(v) + ":");
            for (int c : lcounts) {
                sb.append(' ').append(v << c).append('/').append(v >> c).append('/').append(v >>> c);
            }
            System.out.println(sb);
        }
        long shiftByLong = 1L << 40L;
        int shiftIntByLong = 1 << 33L;
        System.out.println(shiftByLong + " " + shiftIntByLong);
        byte b = -16;
        System.out.println((b >> 2) + " " + (b >>> 2) + " " + (byte) (b >>> 2) + " " + ((b & 0xff) >>> 2));
        short s = -2;
        s >>>= 1;
        System.out.println("short >>>= " + s);
        char c = '\uffff';
        c >>= 4;
        System.out.println("char >>= " + (int) c);
        int x = 1;
        x <<= 35;
        long y = 1;
        y <<= 35;
        System.out.println(x + " " + y);
        System.out.println(Integer.rotateLeft(0x12345678, 8) + " " + Integer.rotateRight(0x12345678, 4) + " " + Long.rotateLeft(1L, 65));
    }
}

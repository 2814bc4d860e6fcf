package arith;

public class LongArith {
    public static void main(String[] args) {
        long[] vals = {0L, 1L, -1L, 1234567890123L, -987654321L, 3037000500L, Long.MAX_VALUE, Long.MIN_VALUE, 0xAAAA_AAAA_AAAA_AAAAL};
        for (long a : vals) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(": neg=").append(-a).append(" not=").append(~a);
            for (long b : new long[]{7L, -3L, 1L << 32, Long.MIN_VALUE}) {
                sb.append(" | ").append(a + b)
                  .append(" ").append(a - b)
                  .append(" ").append(a * b)
                  .append(" ").append(a / b)
                  .append(" ").append(a % b)
                  .append(" ").append(a & b)
                  .append(" ").append(a | b)
                  .append(" ").append(a ^ b);
            }
            System.out.println(sb);
        }
        System.out.println(Long.MAX_VALUE + 1);
        System.out.println(Long.MIN_VALUE / -1);
        System.out.println(Long.MIN_VALUE % -1);
        System.out.println(3037000500L * 3037000500L);
        long f = 1;
        for (int i = 1; i <= 25; i++) { f *= i; System.out.print(f + " "); }
        System.out.println();
        long h = 1125899906842597L;
        for (char c : "long hashing".toCharArray()) h = 31 * h + c;
        System.out.println("hash=" + h);
        int i = 2_000_000_000;
        long wrong = i * 2;
        long right = i * 2L;
        System.out.println(wrong + " " + right);
        long mixed = i + 5L * i - (long) i / 3;
        System.out.println(mixed);
        System.out.println(Math.multiplyHigh(Long.MAX_VALUE, 3L) + " " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L));
        try {
            Math.multiplyExact(Long.MAX_VALUE, 2L);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.negateExact(Long.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }
}

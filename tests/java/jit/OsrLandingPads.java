package jit;

/**
 * Long loops in methods that run once, so that compiled code enters them at their headers
 * (on-stack replacement) through a landing pad that joins the entry's values with those from
 * before the loop: values computed from locals the loop does not change, locals changed only
 * by an outer loop, an inner loop entered while the outer one runs, a branch on an invariant
 * flag, and a loop whose invariant local is an object that the collector may move meanwhile.
 */
public class OsrLandingPads {
    static final class Box {
        final int scale;
        final long[] cells;

        Box(int scale) {
            this.scale = scale;
            this.cells = new long[8];
        }
    }

    static long invariants(int n, int m, double d) {
        int k = m * 3 + 1;
        long sum = 0;
        double acc = 0;
        for (int i = 0; i < n; i++) {
            sum += (long) (k * m) ^ i;
            acc += d / (m + 0.5) + i % 7;
        }
        return sum + (long) acc;
    }

    static long nested(int outer, int inner) {
        long total = 0;
        int shift = 0;
        for (int i = 0; i < outer; i++) {
            int base = i * 17 + shift;
            for (int j = 0; j < inner; j++) {
                total += (base ^ j) & 1023;
            }
            shift = (shift + 5) & 31;
        }
        return total;
    }

    static long objects(int n) {
        Box box = new Box(7);
        long garbage = 0;
        for (int i = 0; i < n; i++) {
            box.cells[i & 7] += box.scale * (long) i;
            if ((i & 1023) == 0) {
                // Allocation in the loop: the collector may move `box` at any poll.
                garbage += new int[64].length;
            }
        }
        long s = garbage;
        for (long c : box.cells) {
            s = s * 31 + c;
        }
        return s;
    }

    static int ternaryHeader(int n, boolean flag) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            x += flag ? (i & 3) : (i & 5);
        }
        return x;
    }

    public static void main(String[] args) {
        System.out.println(invariants(3_000_000, 11, 2.5));
        System.out.println(nested(2_000, 3_000));
        System.out.println(objects(4_000_000));
        System.out.println(ternaryHeader(5_000_000, true) + " " + ternaryHeader(100, false));
        long spin = 0;
        int limit = 1_000_000;
        int stride = limit / 1000;
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < limit; i++) {
                spin += (i % stride) * (r + 1);
            }
            stride += r;
        }
        System.out.println(spin);
    }
}

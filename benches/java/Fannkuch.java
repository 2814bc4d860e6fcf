/**
 * Fannkuch-redux: for every permutation of 0..N-1, count the prefix reversals ("pancake
 * flips") needed until 0 comes first; print an alternating checksum and the maximum.
 * Measures small int arrays and tight loops.
 * Usage: Fannkuch [N | small]
 */
public class Fannkuch {
    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int n = size(args, 11, 7);
        int[] perm = new int[n];    // the current permutation
        int[] work = new int[n];    // copy that gets flipped
        int[] count = new int[n];   // rotation counters (factorial number system)
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        long checksum = 0;
        int maxFlips = 0;
        long index = 0;
        while (true) {
            // count the flips of this permutation
            if (perm[0] != 0) {
                System.arraycopy(perm, 0, work, 0, n);
                int flips = 0;
                int head = work[0];
                while (head != 0) {
                    // reverse work[0..head]
                    for (int lo = 0, hi = head; lo < hi; lo++, hi--) {
                        int t = work[lo];
                        work[lo] = work[hi];
                        work[hi] = t;
                    }
                    flips++;
                    head = work[0];
                }
                if (flips > maxFlips) {
                    maxFlips = flips;
                }
                checksum += (index & 1) == 0 ? flips : -flips;
            }
            index++;
            // next permutation: rotate the first r+1 elements left for the lowest r whose
            // counter has not wrapped
            int r = 1;
            while (true) {
                if (r == n) {
                    System.out.println("permutations " + index);
                    System.out.println("checksum " + checksum);
                    System.out.println("Pfannkuchen(" + n + ") = " + maxFlips);
                    return;
                }
                int first = perm[0];
                for (int i = 0; i < r; i++) {
                    perm[i] = perm[i + 1];
                }
                perm[r] = first;
                count[r]++;
                if (count[r] <= r) {
                    break;
                }
                count[r] = 0;
                r++;
            }
        }
    }
}

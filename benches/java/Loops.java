/**
 * Nested integer loops: measures loop control, array indexing and integer arithmetic.
 * Usage: Loops [N | small]   (three nested loops of N iterations each)
 */
public class Loops {
    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int n = size(args, 1300, 60);
        int[] table = new int[n];
        for (int i = 0; i < n; i++) {
            table[i] = (i * 7919) % 1009;
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            int acc = i;
            for (int j = 0; j < n; j++) {
                int tj = table[j] ^ i;
                for (int k = 0; k < n; k++) {
                    // a loop-carried dependency keeps the loop from being folded away
                    acc = (acc * 31 + (tj ^ k)) & 0x7fffffff;
                    if ((acc & 1023) == 7) {
                        acc += table[k];
                    }
                }
            }
            total += acc;
            if (i % (n / 4 == 0 ? 1 : n / 4) == 0) {
                System.out.println("row " + i + " acc " + acc);
            }
        }
        System.out.println("checksum " + total);
    }
}

package gc;

/**
 * Young objects stored into a huge array in the old generation, far from its header: the
 * collector must find them (through the card of the element written) and keep them alive.
 */
public class LargeArrayCards {
    static Object[] big = new Object[70_000];

    static void store(Object[] array, int index, int round, int i) {
        array[index] = new Integer[] {round, i};
    }

    public static void main(String[] args) {
        long garbage = 0;
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 200; i++) {
                int index = (int) ((i * 7919L + round * 104729L) % big.length);
                store(big, index, round, i);
            }
            big[big.length - 1 - round] = "last-" + round;
            // Garbage, so that young collections run while the array holds young objects.
            for (int k = 0; k < 1000; k++) {
                garbage += new int[8].length;
            }
        }
        long check = 0;
        int arrays = 0;
        int strings = 0;
        for (Object o : big) {
            if (o instanceof Integer[] pair) {
                check += pair[0] * 31L + pair[1];
                arrays++;
            } else if (o instanceof String s) {
                check += s.length();
                strings++;
            }
        }
        System.out.println(arrays + " pairs, " + strings + " strings, check " + check + ", garbage " + garbage);
        System.out.println(big[big.length - 1] + " " + big[big.length - 40]);
    }
}

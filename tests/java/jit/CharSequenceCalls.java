package jit;

/**
 * `CharSequence.charAt` and `length` called through the interface on strings (compiled as
 * String's intrinsics behind the receiver's class guard, also inside inlined methods), on
 * other sequences, out of range and on null: the same results and exceptions as calls.
 */
public class CharSequenceCalls {
    static int sum(CharSequence seq) {
        int s = 0;
        for (int i = 0; i < seq.length(); i++) {
            s = s * 31 + seq.charAt(i);
        }
        return s;
    }

    static int at(CharSequence seq, int i) {
        return seq.charAt(i) + seq.length();
    }

    // Inlined into its callers, each call inside it an intrinsic behind its guard.
    static int firstAndLast(CharSequence seq) {
        return seq.charAt(0) * 7 + seq.charAt(seq.length() - 1);
    }

    static long scan(CharSequence[] items, int rounds) {
        long total = 0;
        for (int r = 0; r < rounds; r++) {
            CharSequence seq = items[r % items.length];
            total += firstAndLast(seq) + sum(seq);
        }
        return total;
    }

    public static void main(String[] args) {
        String[] words = {"alpha", "beta", "gamma", "\u00e9t\u00e9", "\ud83d\ude00 smile", "z"};
        long total = 0;
        for (int r = 0; r < 40000; r++) {
            total += sum(words[r % words.length]) + at(words[r % 5], r % 3);
        }
        System.out.println("strings " + total);

        CharSequence[] mixed = {"one", new StringBuilder("two"), "three", new StringBuffer("four"),
            java.nio.CharBuffer.wrap("five")};
        System.out.println("mixed " + scan(mixed, 50000));
        System.out.println("strings only " + scan(words, 50000));

        int thrown = 0;
        for (int r = 0; r < 30000; r++) {
            try {
                total += at(words[r % 6], r % 7);
            } catch (StringIndexOutOfBoundsException e) {
                if (thrown++ < 2) {
                    System.out.println(e.getMessage());
                }
            }
        }
        System.out.println("out of range " + thrown + " " + total);

        int npes = 0;
        for (int r = 0; r < 30000; r++) {
            try {
                total += firstAndLast(r % 10000 == 9999 ? null : words[r % 6]);
            } catch (NullPointerException e) {
                if (npes++ == 0) {
                    System.out.println(e.getMessage());
                }
            }
        }
        System.out.println("nulls " + npes + " " + total);

        try {
            firstAndLast("");
        } catch (StringIndexOutOfBoundsException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(e.getMessage() + " in " + top.getClassName() + "." + top.getMethodName());
        }
    }
}

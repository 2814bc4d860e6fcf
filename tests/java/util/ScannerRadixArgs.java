package util;

import java.util.Scanner;

/**
 * Scanner methods taking an explicit radix reject one outside 2..36 with
 * IllegalArgumentException("radix:N") before reading, and leave the default radix alone.
 */
public class ScannerRadixArgs {
    interface Op {
        Object apply(Scanner s);
    }

    static void run(String name, Op op) {
        Scanner s = new Scanner("10 ff z");
        try {
            System.out.println(name + " -> " + op.apply(s));
        } catch (RuntimeException e) {
            System.out.println(name + " -> " + e);
        }
        System.out.println("  radix=" + s.radix() + " hasNextInt=" + s.hasNextInt() + " next=" + s.next());
    }

    public static void main(String[] args) {
        for (int r : new int[] {-1, 0, 1, 2, 16, 36, 37}) {
            run("hasNextByte(" + r + ")", s -> s.hasNextByte(r));
            run("nextByte(" + r + ")", s -> s.nextByte(r));
            run("hasNextShort(" + r + ")", s -> s.hasNextShort(r));
            run("nextShort(" + r + ")", s -> s.nextShort(r));
            run("hasNextInt(" + r + ")", s -> s.hasNextInt(r));
            run("nextInt(" + r + ")", s -> s.nextInt(r));
            run("hasNextLong(" + r + ")", s -> s.hasNextLong(r));
            run("nextLong(" + r + ")", s -> s.nextLong(r));
            run("hasNextBigInteger(" + r + ")", s -> s.hasNextBigInteger(r));
            run("nextBigInteger(" + r + ")", s -> s.nextBigInteger(r));
            run("useRadix(" + r + ")", s -> s.useRadix(r).radix());
        }
        run("nextInt(16) twice", s -> s.nextInt(16) + " " + s.nextInt(16));
        Scanner closed = new Scanner("5");
        closed.close();
        try {
            closed.nextInt(99);
        } catch (RuntimeException e) {
            System.out.println("closed, bad radix: " + e);
        }
        try {
            closed.nextInt(10);
        } catch (RuntimeException e) {
            System.out.println("closed: " + e);
        }
    }
}

package util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class RandomSeeded {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println("nextInt(100): " + sb);
        System.out.println("nextInt: " + r.nextInt() + " " + r.nextInt());
        System.out.println("nextLong: " + r.nextLong());
        System.out.println("nextDouble: " + r.nextDouble() + " " + r.nextDouble());
        System.out.println("nextFloat: " + r.nextFloat());
        System.out.println("nextBoolean: " + r.nextBoolean() + " " + r.nextBoolean());
        System.out.println("nextGaussian: " + r.nextGaussian());
        byte[] bytes = new byte[8];
        r.nextBytes(bytes);
        System.out.println("bytes: " + java.util.Arrays.toString(bytes));
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 20; i++) deck.add(i);
        Collections.shuffle(deck, new Random(42));
        System.out.println("shuffled: " + deck);
        Collections.shuffle(deck, new Random(7));
        System.out.println("shuffled again: " + deck);
        Random dice = new Random(2024);
        int[] counts = new int[7];
        for (int i = 0; i < 6000; i++) counts[1 + dice.nextInt(6)]++;
        System.out.println("dice: " + java.util.Arrays.toString(counts));
        Random a = new Random(123), b = new Random(123);
        boolean same = true;
        for (int i = 0; i < 100; i++) same &= a.nextLong() == b.nextLong();
        System.out.println("same seed same sequence: " + same);
        Random bounded = new Random(99);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(bounded.nextInt(1 << 20)).append(' ').append(bounded.nextInt(1000000007)).append(' ');
        System.out.println(sb);
        r.setSeed(42);
        System.out.println("after setSeed: " + r.nextInt(100));
        Random walk = new Random(5);
        int pos = 0, max = 0;
        for (int i = 0; i < 1000; i++) { pos += walk.nextBoolean() ? 1 : -1; max = Math.max(max, pos); }
        System.out.println("walk end=" + pos + " max=" + max);
    }
}

package io;

import java.io.StringReader;
import java.util.Random;
import java.util.Scanner;

/**
 * Scanner over input much longer than its buffer: look-aheads (hasNextInt, hasNext, hasNextLine)
 * followed by the reads they announce, across the points where the buffer drops consumed input.
 */
public class ScannerLongInput {
    public static void main(String[] args) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 6000; line++) {
            for (int k = 0; k < 12; k++) {
                text.append(random.nextInt(2_000_001) - 1_000_000).append(k == 11 ? "" : " ");
            }
            text.append(line % 7 == 0 ? " word" + line : "").append('\n');
        }
        String input = text.toString();
        System.out.println("chars " + input.length());

        Scanner ints = new Scanner(new StringReader(input));
        long sum = 0;
        int count = 0;
        int words = 0;
        while (ints.hasNext()) {
            if (ints.hasNextInt()) {
                sum += ints.nextInt();
                count++;
            } else {
                ints.next();
                words++;
            }
        }
        System.out.println("ints " + count + " sum " + sum + " words " + words);

        Scanner lines = new Scanner(new StringReader(input));
        long lengths = 0;
        int n = 0;
        while (lines.hasNextLine()) {
            if (n % 5 == 0 && lines.hasNextLong()) {
                lengths += lines.nextLong();
            }
            lengths += lines.nextLine().length();
            n++;
        }
        System.out.println("lines " + n + " lengths " + lengths);

        Scanner mixed = new Scanner(new StringReader(input));
        int found = 0;
        while (mixed.hasNextLine()) {
            if (mixed.findInLine("word\\d+") != null) {
                found++;
            }
            mixed.nextLine();
        }
        System.out.println("findInLine " + found);
    }
}

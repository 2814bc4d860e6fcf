package io;

import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

public class ScannerInput {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        System.out.println("reading " + n + " students");
        List<String> names = new ArrayList<>();
        double total = 0;
        double best = -1;
        String bestName = null;
        for (int i = 0; i < n; i++) {
            String name = sc.next();
            int age = sc.nextInt();
            double score = Double.parseDouble(sc.next());
            names.add(name);
            total += score;
            if (score > best) { best = score; bestName = name; }
            System.out.printf("%-8s age %2d score %6.2f%n", name, age, score);
        }
        System.out.printf("average %.3f, best %s (%.1f)%n", total / n, bestName, best);
        sc.nextLine(); // rest of the line
        String title = sc.nextLine();
        System.out.println("title: [" + title + "]");
        long product = 1;
        while (sc.hasNextLong()) product *= sc.nextLong();
        System.out.println("product of longs: " + product);
        String word = sc.next();
        System.out.println("stopped at: " + word);
        boolean flag = sc.nextBoolean();
        System.out.println("flag: " + flag);
        List<String> rest = new ArrayList<>();
        while (sc.hasNext()) rest.add(sc.next());
        System.out.println("remaining tokens: " + rest);
        System.out.println("names: " + String.join(",", names));
        try {
            sc.next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("no more input: " + e.getClass().getSimpleName());
        }
    }
}

package io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.TreeMap;

public class ReadLines {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lineNo = 0, words = 0, chars = 0;
        long numericSum = 0;
        TreeMap<String, Integer> freq = new TreeMap<>();
        while ((line = in.readLine()) != null) {
            lineNo++;
            chars += line.length();
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                System.out.println(lineNo + ": <blank>");
                continue;
            }
            if (trimmed.startsWith("#")) {
                System.out.println(lineNo + ": comment '" + trimmed.substring(1).strip() + "'");
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            words += parts.length;
            StringBuilder nums = new StringBuilder();
            for (String p : parts) {
                try {
                    long v = Long.parseLong(p);
                    numericSum += v;
                    nums.append(v).append(' ');
                } catch (NumberFormatException e) {
                    freq.merge(p.toLowerCase(), 1, Integer::sum);
                }
            }
            System.out.println(lineNo + ": " + parts.length + " tokens, reversed: " + new StringBuilder(trimmed).reverse() + (nums.length() > 0 ? " numbers: " + nums.toString().trim() : ""));
        }
        System.out.println("lines=" + lineNo + " words=" + words + " chars=" + chars + " numericSum=" + numericSum);
        System.out.println(freq);
        System.out.println("read after EOF: " + in.readLine());
    }
}

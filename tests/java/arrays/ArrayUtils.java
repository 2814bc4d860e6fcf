package arrays;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;

public class ArrayUtils {
    public static void main(String[] args) {
        int[] nums = {42, -7, 19, 0, 3, 3, 88, -100, 15};
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted));
        System.out.println(Arrays.binarySearch(sorted, 19) + " " + Arrays.binarySearch(sorted, 20) + " " + Arrays.binarySearch(sorted, -1000));
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -1e10, Double.NEGATIVE_INFINITY, 2};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        String[] words = {"delta", "Alpha", "charlie", "bravo", "Echo"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        String[] w2 = words.clone();
        Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        String[] w3 = words.clone();
        Arrays.sort(w3, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        Integer[] boxed = {5, 1, 4, 1, 5, 9, 2, 6};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(w1) + Arrays.toString(w2) + Arrays.toString(w3) + Arrays.toString(boxed));
        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println(Arrays.toString(filled));
        long[] range = new long[5];
        Arrays.setAll(range, i -> (long) i * i * i);
        System.out.println(Arrays.toString(range));
        System.out.println(Arrays.equals(new int[]{1, 2}, new int[]{1, 2}) + " " + Arrays.equals(new int[]{1}, new int[]{2}) + " " + new int[]{1}.equals(new int[]{1}));
        System.out.println(Arrays.stream(nums).sum() + " " + Arrays.stream(nums).max().getAsInt() + " " + Arrays.stream(nums).filter(x -> x > 0).count());
        System.out.println(Arrays.asList(words).indexOf("bravo") + " " + Arrays.asList(boxed).contains(9));
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new Object[]{null, "x", 1.5}) + " " + Arrays.toString(new char[]{'a', 'b'}));
        int[] parts = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(parts, 2, 6);
        System.out.println(Arrays.toString(parts));
        System.out.println(Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}));
        int[] bigSort = new int[2000];
        for (int i = 0; i < bigSort.length; i++) bigSort[i] = (i * 7919) % 2003 - 1000;
        Arrays.sort(bigSort);
        System.out.println(bigSort[0] + " " + bigSort[999] + " " + bigSort[1999]);
        String[] objSort = new String[300];
        for (int i = 0; i < objSort.length; i++) objSort[i] = Integer.toString((i * 37) % 301, 36);
        Arrays.sort(objSort);
        System.out.println(objSort[0] + " " + objSort[150] + " " + objSort[299]);
    }
}

package gc;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

/** Allocates until OutOfMemoryError (under -Xmx32m), catches it, drops its data and goes on. */
public class OutOfMemory {
    static List<long[]> fill(SoftReference<long[]> soft) {
        List<long[]> hog = new ArrayList<>();
        try {
            while (true) {
                hog.add(new long[1 << 16]); // 512 KiB
            }
        } catch (OutOfMemoryError e) {
            int chunks = hog.size();
            hog = null;
            System.out.println(e.getMessage() + ", soft reference cleared: " + (soft.get() == null)
                    + ", more than 20 chunks: " + (chunks > 20));
        }
        return hog;
    }

    static List<Object> fillSmall() {
        List<Object> hog = new ArrayList<>();
        try {
            while (true) {
                long[] chunk = new long[128]; // 1 KiB
                chunk[0] = hog.size();
                hog.add(chunk);
            }
        } catch (OutOfMemoryError e) {
            int n = hog.size();
            hog = null;
            System.out.println("small objects: " + e.getMessage() + ", more than 10000: " + (n > 10000));
        }
        return hog;
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            SoftReference<long[]> soft = new SoftReference<>(new long[1 << 20]); // 8 MiB
            System.out.print("round " + round + ": ");
            fill(soft);
        }
        fillSmall();
        long[] big = new long[2 << 20]; // 16 MiB fits again
        big[big.length - 1] = 42;
        System.out.println("allocated " + big.length + " " + big[big.length - 1]);
        big = null;
        try {
            int[] huge = new int[Integer.MAX_VALUE];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println(e.getMessage());
        }
        try {
            long[] huge = new long[100 << 20];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println(e.getMessage());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append(i % 10);
        }
        System.out.println("still working: " + sb.length());
    }
}

package conform;
import java.util.*;
public class SortCompares {
    public static void main(String[] args) {
        Random r = new Random(1);
        for (int n : new int[]{0, 1, 2, 3, 5, 10, 31, 32, 33, 64, 100, 1000, 5000}) {
            Integer[] a = new Integer[n]; for (int i = 0; i < n; i++) a[i] = r.nextInt(n + 1);
            int[] cnt = {0}; Integer[] b = a.clone();
            Arrays.sort(b, (x, y) -> { cnt[0]++; return Integer.compare(x, y); });
            List<Integer> l = new ArrayList<>(Arrays.asList(a)); int[] c2 = {0};
            l.sort((x, y) -> { c2[0]++; return y - x; });
            int[] c3 = {0}; Integer[] c = a.clone(); Arrays.sort(c, 0, n / 2, (x, y) -> { c3[0]++; return x % 7 - y % 7; });
            int[] c4 = {0}; PriorityQueue<Integer> pq = new PriorityQueue<>((x, y) -> { c4[0]++; return x - y; }); for (Integer x : a) pq.add(x); while (!pq.isEmpty()) pq.poll();
            int[] c5 = {0}; TreeMap<Integer, Integer> tm = new TreeMap<>((x, y) -> { c5[0]++; return x - y; }); for (Integer x : a) tm.put(x, 1);
            int[] c6 = {0}; List<Integer> sorted = new ArrayList<>(Arrays.asList(b)); for (int i = 0; i < n; i += 7) Collections.binarySearch(sorted, i, (x, y) -> { c6[0]++; return x - y; });
            int[] c7 = {0}; if (n > 0) Collections.max(Arrays.asList(a), (x, y) -> { c7[0]++; return x - y; });
            int[] c8 = {0}; Arrays.asList(a).stream().sorted((x, y) -> { c8[0]++; return x - y; }).count();
            int[] c9 = {0}; Arrays.asList(a).stream().sorted((x, y) -> { c9[0]++; return x - y; }).toList();
            System.out.println(n + ": " + cnt[0] + " " + c2[0] + " " + c3[0] + " " + c4[0] + " " + c5[0] + " " + c6[0] + " " + c7[0] + " " + c8[0] + " " + c9[0] + " " + Arrays.toString(Arrays.copyOf(c, Math.min(n, 12))));
        }
    }
}

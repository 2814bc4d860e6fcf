package conform;
import java.util.*;
public class SortContract {
    public static void main(String[] args) {
        Random r = new Random(3);
        for (int n : new int[]{10, 50, 100, 1000, 3000}) {
            Integer[] a = new Integer[n]; for (int i = 0; i < n; i++) a[i] = i;
            try { Arrays.sort(a, (x, y) -> r.nextInt(3) - 1); System.out.println(n + " ok " + Arrays.toString(Arrays.copyOf(a, 8))); } catch (IllegalArgumentException e) { System.out.println(n + " " + e.getMessage()); }
            List<String> l = new ArrayList<>(); for (int i = 0; i < n; i++) l.add("s" + (i * 7919 % n));
            try { Collections.sort(l, (x, y) -> x.length() > 3 ? -1 : x.compareTo(y)); System.out.println(l.subList(0, 5)); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        }
    }
}

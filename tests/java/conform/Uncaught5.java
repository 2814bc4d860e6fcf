package conform;
import java.util.*;
public class Uncaught5 {
    public static void main(String[] args) throws Exception {
        List<Integer> l = new ArrayList<>();
        l.add(1);
        System.err.println("to stderr");
        System.out.print("no newline");
        Map<String, Integer> m = new HashMap<>();
        int v = m.get("missing");
    }
}

package conform;
public class Uncaught3 {
    static int d(int n) { return n <= 0 ? 0 : 1 + d(n - 1); }
    static void rec(int n) { rec(n + 1); }
    public static void main(String[] args) {
        System.out.println(d(100));
        rec(0);
    }
}

package conform;
public class Uncaught1 {
    static class Fail { static int x = init(); static int init() { throw new IllegalStateException("bad init"); } }
    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(Fail.x);
    }
}

package sweep;
public class ExitInFinally {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
        try { System.out.println("in try"); throw new RuntimeException("x"); }
        finally { System.out.println("finally"); System.exit(3); }
    }
}

package conform;
public class ExitCodes {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
        System.out.println("exiting");
        try { System.exit(42); } finally { System.out.println("never"); }
    }
}

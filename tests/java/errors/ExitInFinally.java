package errors;

public class ExitInFinally {
    public static void main(String[] args) {
        try {
            System.out.println("about to throw");
            throw new IllegalStateException("this exception is never reported");
        } finally {
            System.out.println("finally: exiting with 0");
            System.exit(0);
        }
    }
}

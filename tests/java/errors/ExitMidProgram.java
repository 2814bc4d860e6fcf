package errors;

public class ExitMidProgram {
    static void check(int v) {
        if (v > 3) {
            System.out.println("limit exceeded at " + v + ", exiting with 3");
            System.err.println("fatal: value " + v);
            System.exit(3);
        }
    }

    public static void main(String[] args) {
        try {
            for (int i = 0; i < 10; i++) {
                System.out.println("value " + i);
                check(i);
            }
        } finally {
            System.out.println("finally must not run after System.exit");
        }
    }
}

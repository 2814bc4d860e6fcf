package exceptions;

public class TryCatchFinally {
    static StringBuilder log = new StringBuilder();

    static void step(String s) { log.append(s).append(' '); }

    static void run(int mode) {
        log.setLength(0);
        try {
            step("try");
            if (mode == 1) throw new IllegalArgumentException("mode1");
            if (mode == 2) throw new IllegalStateException("mode2");
            if (mode == 3) throw new UnsupportedOperationException("mode3");
            step("try-end");
        } catch (IllegalArgumentException e) {
            step("catchIAE(" + e.getMessage() + ")");
        } catch (IllegalStateException e) {
            step("catchISE(" + e.getMessage() + ")");
            if (mode == 2) {
                try {
                    step("inner-try");
                    throw new ArithmeticException("inner");
                } catch (ArithmeticException ae) {
                    step("inner-catch(" + ae.getMessage() + ")");
                } finally {
                    step("inner-finally");
                }
            }
        } finally {
            step("finally");
        }
        step("after");
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            } finally {
                count++;
            }
        }
        return count;
    }

    static String tryFinallyNoCatch(boolean fail) {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                sb.append("a");
                if (fail) throw new RuntimeException("boom");
                sb.append("b");
            } finally {
                sb.append("F");
            }
            sb.append("c");
        } catch (RuntimeException e) {
            sb.append("[").append(e.getMessage()).append("]");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        for (int mode = 0; mode <= 3; mode++) {
            try {
                run(mode);
            } catch (RuntimeException e) {
                step("escaped(" + e.getClass().getSimpleName() + ")");
            }
            System.out.println("mode " + mode + ": " + log.toString().trim());
        }
        System.out.println("loopWithFinally=" + loopWithFinally());
        System.out.println(tryFinallyNoCatch(false) + " " + tryFinallyNoCatch(true));
        int x = 0;
        try {
            x = 1;
            x = 10 / (x - 1);
        } catch (ArithmeticException e) {
            x = -1;
        } finally {
            x *= 100;
        }
        System.out.println("x=" + x);
        try {
            throw new Error("custom error");
        } catch (Throwable t) {
            System.out.println("caught Throwable: " + t);
        }
        try {
            Object o = "s";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException | NullPointerException e) {
            System.out.println("multi: " + e.getClass().getSimpleName());
        }
    }
}

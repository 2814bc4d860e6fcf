package exceptions;

public class Causes {
    static class DataException extends Exception {
        DataException(String msg, Throwable cause) { super(msg, cause); }
    }

    static int parseDigit(char c) {
        if (c < '0' || c > '9') throw new IllegalArgumentException("not a digit: " + c);
        return c - '0';
    }

    static int parseAll(String s) throws DataException {
        try {
            int v = 0;
            for (int i = 0; i < s.length(); i++) v = v * 10 + parseDigit(s.charAt(i));
            return v;
        } catch (IllegalArgumentException e) {
            throw new DataException("cannot parse '" + s + "'", e);
        }
    }

    static int load(String s) {
        try {
            return parseAll(s);
        } catch (DataException e) {
            throw new IllegalStateException("load failed", e);
        }
    }

    public static void main(String[] args) {
        System.out.println(load("1234"));
        try {
            load("12a4");
        } catch (IllegalStateException e) {
            int depth = 0;
            for (Throwable t = e; t != null; t = t.getCause()) {
                System.out.println("  ".repeat(depth++) + t.getClass().getName() + ": " + t.getMessage());
            }
            System.out.println("root trace top: " + rootOf(e).getStackTrace()[0].getMethodName());
            e.printStackTrace();
        }
        Exception initCause = new Exception("outer");
        initCause.initCause(new ArithmeticException("root"));
        System.out.println(initCause.getCause().getMessage());
        try {
            initCause.initCause(new RuntimeException("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getClass().getSimpleName());
        }
        RuntimeException fromCause = new RuntimeException(new java.io.IOException("disk"));
        System.out.println(fromCause.getMessage() + " | " + fromCause);
    }

    static Throwable rootOf(Throwable t) {
        while (t.getCause() != null) t = t.getCause();
        return t;
    }
}

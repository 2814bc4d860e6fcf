package realworld;

import java.util.*;

public class BatchJob {
    static class JobFailedException extends RuntimeException {
        JobFailedException(String msg, Throwable cause) { super(msg, cause); }
    }

    static class ValidationException extends Exception {
        final int line;
        ValidationException(int line, String msg) {
            super("line " + line + ": " + msg);
            this.line = line;
        }
    }

    record Row(String id, int amount) {}

    static Row parse(int line, String text) throws ValidationException {
        String[] f = text.split(",");
        if (f.length != 2) throw new ValidationException(line, "expected 2 fields, got " + f.length);
        try {
            return new Row(f[0].trim(), Integer.parseInt(f[1].trim()));
        } catch (NumberFormatException e) {
            ValidationException ve = new ValidationException(line, "bad amount '" + f[1].trim() + "'");
            ve.initCause(e);
            throw ve;
        }
    }

    static int process(List<String> input) {
        int total = 0;
        int lineNo = 0;
        for (String s : input) {
            lineNo++;
            try {
                Row r = parse(lineNo, s);
                long sum = (long) total + r.amount();
                if (sum != (int) sum) throw new ArithmeticException("integer overflow at line " + lineNo);
                total = (int) sum;
                System.out.println("row " + r + " running total " + total);
            } catch (ValidationException e) {
                System.out.println("skip: " + e.getMessage() + (e.getCause() != null ? " (cause: " + e.getCause().getClass().getSimpleName() + ")" : ""));
            } finally {
                if (lineNo % 2 == 0) System.out.println("checkpoint after line " + lineNo);
            }
        }
        return total;
    }

    static int depth(int n) {
        if (n == 0) {
            try {
                process(List.of("a,1", "b," + Integer.MAX_VALUE));
            } catch (ArithmeticException e) {
                throw new JobFailedException("overflow while summing", e);
            }
            return 0;
        }
        return depth(n - 1) + 1;
    }

    static String tryFinallyOrder() {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                sb.append("try;");
                throw new IllegalStateException("inner");
            } finally {
                sb.append("finally1;");
            }
        } catch (IllegalStateException e) {
            sb.append("catch ").append(e.getMessage()).append(';');
        } finally {
            sb.append("finally2");
        }
        return sb.toString();
    }

    @SuppressWarnings("finally")
    static int finallyOverrides() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    public static void main(String[] args) {
        System.out.println("total = " + process(List.of("a, 10", "b,20", "c", "d, x1", "e,-5", "f,7,8")));
        System.out.println(tryFinallyOrder() + " " + finallyOverrides());
        Throwable t = new RuntimeException("outer", new IllegalArgumentException("middle", new NullPointerException("root")));
        for (Throwable c = t; c != null; c = c.getCause()) System.out.println(" chain: " + c);
        Exception withSupp = new Exception("main");
        withSupp.addSuppressed(new RuntimeException("s1"));
        withSupp.addSuppressed(new Error("s2"));
        System.out.println(withSupp.getSuppressed().length + " " + withSupp.getSuppressed()[1] + " " + new Throwable().getMessage() + " " + new Exception((String) null).toString()
            + " " + new RuntimeException(new Error("wrapped")).getMessage() + " " + new IllegalStateException("x").getLocalizedMessage());
        try {
            throw new ValidationException(7, "custom checked");
        } catch (Exception e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(e + " at " + top.getClassName() + "." + top.getMethodName() + " line>0=" + (top.getLineNumber() > 0) + " file=" + top.getFileName());
        }
        try {
            multi(3);
        } catch (IllegalArgumentException | ArithmeticException e) {
            System.out.println("multi-catch: " + e);
        }
        System.out.println("starting job");
        System.out.println(depth(3));
        System.out.println("unreachable");
    }

    static void multi(int k) {
        if (k > 2) throw new ArithmeticException("k too big: " + k);
        throw new IllegalArgumentException("k small");
    }
}

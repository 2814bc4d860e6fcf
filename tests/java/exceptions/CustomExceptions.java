package exceptions;

public class CustomExceptions {
    static class ValidationException extends Exception {
        final String field;
        ValidationException(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }
    }

    static class RangeException extends ValidationException {
        final int value;
        RangeException(String field, int value, int lo, int hi) {
            super(field, value + " not in [" + lo + ", " + hi + "]");
            this.value = value;
        }
    }

    static class AppException extends RuntimeException {
        AppException(String msg, Throwable cause) { super(msg, cause); }
    }

    static class QuietException extends RuntimeException {
        QuietException() { super("quiet", null, false, false); }
    }

    static class NoMessage extends Exception {}

    static class Custom extends RuntimeException {
        Custom(String m) { super(m); }
        @Override public String getMessage() { return "[custom] " + super.getMessage(); }
        @Override public String toString() { return "Custom{" + getMessage() + "}"; }
    }

    static void validateAge(int age) throws ValidationException {
        if (age < 0 || age > 150) throw new RangeException("age", age, 0, 150);
    }

    static void validateName(String name) throws ValidationException {
        if (name == null || name.isBlank()) throw new ValidationException("name", "must not be blank");
    }

    static String register(String name, int age) {
        try {
            validateName(name);
            validateAge(age);
            return "registered " + name;
        } catch (RangeException e) {
            return "range error on " + e.field + " value " + e.value + ": " + e.getMessage();
        } catch (ValidationException e) {
            return "validation error on " + e.field + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        System.out.println(register("Ann", 30));
        System.out.println(register("", 30));
        System.out.println(register("Bob", 200));
        System.out.println(register(null, -1));
        try {
            try {
                validateAge(-5);
            } catch (ValidationException e) {
                throw new AppException("wrapped", e);
            }
        } catch (AppException e) {
            System.out.println(e + " | cause: " + e.getCause());
            System.out.println(e.getCause() instanceof RangeException);
        }
        QuietException q = new QuietException();
        System.out.println(q.getMessage() + " trace length=" + q.getStackTrace().length);
        q.addSuppressed(new RuntimeException("ignored"));
        System.out.println("suppressed kept: " + q.getSuppressed().length);
        NoMessage nm = new NoMessage();
        System.out.println(nm + " | " + nm.getMessage() + " | " + nm.getLocalizedMessage());
        Custom c = new Custom("hello");
        System.out.println(c + " | " + c.getMessage());
        Exception plain = new Exception("plain");
        System.out.println(plain + " " + new RuntimeException((String) null) + " " + new RuntimeException(new Exception("inner")).getMessage());
        Throwable t = new Throwable();
        System.out.println(t + " " + new Error("err").toString());
    }
}

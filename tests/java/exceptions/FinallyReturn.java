package exceptions;

public class FinallyReturn {
    @SuppressWarnings("finally")
    static int overrideReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static String swallow() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return "finally wins over exception";
        }
    }

    static int valueCapturedBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20; // does not change the returned value
        }
    }

    static StringBuilder mutableCaptured() {
        StringBuilder sb = new StringBuilder("start");
        try {
            return sb;
        } finally {
            sb.append("+finally"); // mutation is visible
        }
    }

    @SuppressWarnings("finally")
    static String replaceException() {
        try {
            try {
                throw new IllegalStateException("first");
            } finally {
                throw new IllegalArgumentException("second");
            }
        } catch (RuntimeException e) {
            return e.getMessage() + " suppressed=" + e.getSuppressed().length;
        }
    }

    static long nestedFinally() {
        long r = 0;
        try {
            try {
                r += 1;
                return r;
            } finally {
                r += 10;
                System.out.println("inner finally r=" + r);
            }
        } finally {
            r += 100;
            System.out.println("outer finally r=" + r);
        }
    }

    static double doubleFinally(boolean b) {
        double d = 1.5;
        try {
            if (b) return d * 2;
            d = -1;
        } finally {
            d += 1000;
        }
        return d;
    }

    @SuppressWarnings("finally")
    static int breakInFinally() {
        int i = 0;
        while (true) {
            try {
                i++;
                throw new RuntimeException("discarded by break");
            } finally {
                if (i >= 3) break;
            }
        }
        return i;
    }

    public static void main(String[] args) {
        System.out.println(overrideReturn());
        System.out.println(swallow());
        System.out.println(valueCapturedBeforeFinally());
        System.out.println(mutableCaptured());
        System.out.println(replaceException());
        System.out.println(nestedFinally());
        System.out.println(doubleFinally(true) + " " + doubleFinally(false));
        try {
            System.out.println(breakInFinally());
        } catch (RuntimeException e) {
            System.out.println("escaped " + e.getMessage());
        }
    }
}

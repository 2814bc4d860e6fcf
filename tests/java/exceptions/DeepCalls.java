package exceptions;

public class DeepCalls {
    static int depth(int n) {
        if (n == 0) throw new IllegalStateException("bottom reached");
        return depth(n - 1) + 1;
    }

    static int guarded(int n, int catchAt) {
        try {
            if (n == 0) throw new UnsupportedOperationException("deep " + catchAt);
            return guarded(n - 1, catchAt) * 2;
        } catch (UnsupportedOperationException e) {
            if (n == catchAt) {
                System.out.println("caught at level " + n + ": " + e.getMessage());
                return 1;
            }
            throw e;
        }
    }

    static int recurse(int n) { return n <= 0 ? 0 : 1 + recurse(n - 1); }

    static int infinite(int n) { return infinite(n + 1) + 1; }

    public static void main(String[] args) {
        try {
            depth(50);
        } catch (IllegalStateException e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(e.getMessage() + ", frames in depth(): " + countFrames(st, "depth"));
            System.out.println("top: " + st[0].getClassName() + "." + st[0].getMethodName() + " line " + st[0].getLineNumber());
            System.out.println("last: " + st[st.length - 1].getMethodName() + " file " + st[st.length - 1].getFileName());
        }
        System.out.println(guarded(10, 3) + " " + guarded(5, 5) + " " + guarded(4, 0));
        System.out.println("recurse(5000)=" + recurse(5000));
        try {
            infinite(0);
        } catch (StackOverflowError e) {
            System.out.println("StackOverflowError caught");
        }
        System.out.println("still running: " + recurse(100));
    }

    static int countFrames(StackTraceElement[] st, String method) {
        int n = 0;
        for (StackTraceElement e : st) if (e.getMethodName().equals(method)) n++;
        return n;
    }
}

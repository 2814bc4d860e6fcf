package conform;
import java.util.*;
public class ExcChain {
    static class MyEx extends Exception {
        final int code;
        MyEx(String m, int code, Throwable cause) { super(m, cause); this.code = code; }
        @Override public String toString() { return "MyEx[" + code + "]: " + getMessage(); }
    }
    static class Res implements AutoCloseable {
        final String n; Res(String n) { this.n = n; System.out.println("open " + n); }
        public void close() throws Exception { System.out.println("close " + n); if (n.startsWith("bad")) throw new IllegalStateException("close failed " + n); }
    }
    static int depth = 0;
    static void recurse() { depth++; recurse(); }
    static int fin() { try { return 1; } finally { System.out.println("finally runs"); } }
    @SuppressWarnings("finally")
    static int fin2() { try { throw new RuntimeException("x"); } finally { return 2; } }
    static void level3(int x) throws MyEx {
        try { int[] a = new int[2]; a[x] = 1; }
        catch (ArrayIndexOutOfBoundsException e) { throw new MyEx("level3 failed", 3, e); }
    }
    static void level2() { try { level3(5); } catch (MyEx e) { throw new RuntimeException("wrapped", e); } }
    public static void main(String[] args) throws Exception {
        System.out.println(fin() + " " + fin2());
        try (Res a = new Res("a"); Res b = new Res("bad-b"); Res c = new Res("bad-c")) {
            throw new IllegalArgumentException("body");
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage() + " suppressed=" + Arrays.toString(e.getSuppressed()));
        }
        try { recurse(); } catch (StackOverflowError e) { System.out.println("SOE caught, depth>1000: " + (depth > 1000) + " msg=" + e.getMessage()); }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { Object[] arr = new String[1]; arr[0] = 1; } catch (ArrayStoreException e) { System.out.println(e); }
        try { int[] neg = new int[-1]; } catch (NegativeArraySizeException e) { System.out.println(e); }
        try { String s = null; s.length(); } catch (NullPointerException e) { System.out.println("NPE: " + e.getMessage()); }
        try { int[] a = null; int x = a[0]; } catch (NullPointerException e) { System.out.println("NPE: " + e.getMessage()); }
        try { "abc".substring(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".charAt(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<>(List.of(1)).get(3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { List.of(1).add(2); } catch (UnsupportedOperationException e) { System.out.println(e + " " + e.getMessage()); }
        try { new ArrayList<Integer>().iterator().next(); } catch (NoSuchElementException e) { System.out.println(e); }
        try { List<Integer> l = new ArrayList<>(List.of(1,2,3)); for (Integer i : l) l.remove(i); } catch (ConcurrentModificationException e) { System.out.println(e); }
        try { Objects.requireNonNull(null, "thing must not be null"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Enum.valueOf(Thread.State.class, "NOPE"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { throw new Error("custom error"); } catch (Throwable t) { System.out.println(t + " " + (t instanceof Exception)); }
        Throwable t = new RuntimeException("outer", new IllegalStateException("inner", new MyEx("root", 7, null)));
        Throwable r = t; while (r.getCause() != null) r = r.getCause();
        System.out.println(r + " / " + t.getCause().getMessage());
        Exception noMsg = new Exception(new RuntimeException("cause msg"));
        System.out.println(noMsg.getMessage() + " | " + noMsg);
        System.out.println(new Exception().getMessage() + " " + new Exception((String) null).getLocalizedMessage());
        StackTraceElement[] st = new Throwable().getStackTrace();
        System.out.println(st[0].getMethodName() + " " + st[0].getClassName() + " " + st[0].getFileName() + " " + (st[0].getLineNumber() > 0));
        try { level2(); } catch (RuntimeException e) {
            System.out.println(e + " <- " + e.getCause() + " <- " + e.getCause().getCause().getClass().getName());
            System.out.println(((MyEx) e.getCause()).code);
        }
        System.out.println("now uncaught");
        level2();
    }
}

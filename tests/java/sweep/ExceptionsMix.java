package sweep;
import java.util.*;

public class ExceptionsMix {
    static class AppException extends Exception {
        final int code;
        AppException(String m, int code) { super(m); this.code = code; }
        AppException(String m, Throwable cause) { super(m, cause); this.code = -1; }
        @Override public String toString() { return "AppException[" + code + "]: " + getMessage(); }
    }
    static class ValidationException extends AppException {
        ValidationException(String m) { super(m, 400); }
    }
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String n, boolean f) { name = n; failClose = f; System.out.println("open " + n); }
        public void close() throws Exception {
            System.out.println("close " + name);
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }
    static class Bad {
        static int v = init();
        static int init() { throw new IllegalArgumentException("boom in clinit"); }
    }
    static class Bad2 {
        static final Object o;
        static { if (true) o = null; String s = null; s.length(); }
    }
    @SuppressWarnings("finally")
    static int fin() { try { return 1; } finally { return 2; } }
    static int fin2() { int x = 1; try { return x; } finally { x = 5; } }
    static String fin3() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try { if (i == 1) continue; if (i == 3) break; sb.append(i); }
            finally { sb.append('f'); }
        }
        return sb.toString();
    }
    static void level3(int x) throws AppException {
        if (x > 2) throw new ValidationException("x too big: " + x);
    }
    static void level2(int x) throws AppException {
        try { level3(x); } catch (ValidationException e) { throw new AppException("level2 failed", e); }
    }
    public static void main(String[] args) throws Exception {
        try (Res a = new Res("a", false); Res b = new Res("b", true); Res c = new Res("c", true)) {
            System.out.println("body");
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println("caught " + e);
            for (Throwable s : e.getSuppressed()) System.out.println("  suppressed " + s);
        }
        try (Res a = new Res("x", true)) {
            System.out.println("ok body");
        } catch (Exception e) { System.out.println("caught " + e + " suppressed=" + e.getSuppressed().length); }
        System.out.println(fin() + " " + fin2() + " " + fin3());
        try { Bad.v++; } catch (Throwable t) { System.out.println(t + " cause=" + t.getCause()); }
        try { Bad.v++; } catch (Throwable t) { System.out.println(t + " cause=" + t.getCause()); }
        try { System.out.println(Bad2.o); } catch (Throwable t) { System.out.println(t.getClass().getName() + " cause=" + t.getCause().getClass().getName()); }
        try { System.out.println(Bad2.o); } catch (Throwable t) { System.out.println(t); }
        try { level2(5); } catch (AppException e) {
            System.out.println(e + " / " + e.getCause() + " / " + e.code);
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(st[0].getMethodName() + " " + st[0].getClassName() + " " + st[0].getLineNumber() + " " + st[0].getFileName());
        }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println(e.getMessage()); }
        try { int[] a = new int[3]; a[3] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new int[-1].clone(); } catch (NegativeArraySizeException e) { System.out.println(e.getMessage()); }
        try { Object[] a = new String[1]; a[0] = 1; } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".charAt(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<>(List.of(1)).get(2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { List.of(1).add(2); } catch (UnsupportedOperationException e) { System.out.println(e + ""); }
        try { Arrays.asList(1, 2).remove(0); } catch (UnsupportedOperationException e) { System.out.println(e + ""); }
        try { Collections.unmodifiableList(new ArrayList<>()).add(1); } catch (UnsupportedOperationException e) { System.out.println(e + ""); }
        try { new ArrayDeque<>().pop(); } catch (NoSuchElementException e) { System.out.println(e + ""); }
        try { new ArrayList<Integer>().iterator().next(); } catch (NoSuchElementException e) { System.out.println(e + ""); }
        try { new TreeMap<String, Integer>().firstKey(); } catch (NoSuchElementException e) { System.out.println(e + ""); }
        try { Optional.empty().get(); } catch (NoSuchElementException e) { System.out.println(e + ""); }
        try { Optional.empty().orElseThrow(); } catch (NoSuchElementException e) { System.out.println(e + ""); }
        try { List.of(1, null); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { Objects.requireNonNull(null, "thing must not be null"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Enum.valueOf(Thread.State.class, "NOPE"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); for (Integer i : l) if (i == 2) l.remove(i); } catch (ConcurrentModificationException e) { System.out.println(e); }
        try { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); for (Integer i : l) if (i == 2) l.remove(i); System.out.println("no CME " + l); } catch (ConcurrentModificationException e) { System.out.println(e); }
        try { Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2)); for (String k : m.keySet()) m.put(k + "x", 1); } catch (ConcurrentModificationException e) { System.out.println(e); }
        try { new PriorityQueue<Object>().add(new Object() {}); new PriorityQueue<Object>(List.of(new Object(), new Object())); } catch (ClassCastException e) { System.out.println("CCE"); }
        try { throw new Error("custom error", new RuntimeException("inner")); } catch (Error e) { System.out.println(e + " <- " + e.getCause()); }
        Throwable t = new Exception("top", new RuntimeException("mid", new IllegalStateException("root")));
        Throwable root = t; while (root.getCause() != null) root = root.getCause();
        System.out.println("root: " + root.getMessage());
        RuntimeException re = new RuntimeException();
        System.out.println(re.getMessage() + " " + re + " " + new RuntimeException(new IllegalStateException("x")).getMessage());
        try { recurse(0); } catch (StackOverflowError e) { System.out.println("SOE caught " + (e.getMessage() == null)); }
        System.err.println("about to fail");
        level2(10);
    }
    static int recurse(int n) { return recurse(n + 1) + 1; }
}

package sweep;
public class UncaughtChain {
    static class DataException extends Exception { DataException(String m, Throwable c) { super(m, c); } }
    static void parse(String s) { Integer.parseInt(s); }
    static void load(String s) throws DataException { try { parse(s); } catch (NumberFormatException e) { throw new DataException("cannot load '" + s + "'", e); } }
    static void run() { try { load("x1"); } catch (DataException e) { RuntimeException r = new RuntimeException("run failed", e); r.addSuppressed(new IllegalStateException("cleanup also failed")); throw r; } }
    public static void main(String[] args) { System.out.println("start"); run(); }
}

package conform;
public class Uncaught6 {
    static class Custom extends Exception { Custom(String m) { super(m); } }
    static void f() throws Custom { throw new Custom("checked\nmultiline"); }
    public static void main(String[] args) throws Exception {
        try { f(); } catch (Custom c) { throw new Exception(c); }
    }
}

package sweep;
public class PrintTraces {
    static void a(int n) { if (n == 0) throw new UnsupportedOperationException(); a(n - 1); }
    public static void main(String[] args) throws Exception {
        System.err.println("err line");
        try { a(3); } catch (UnsupportedOperationException e) { e.printStackTrace(); }
        Exception e = new Exception("outer", new Exception("inner", new Error("deep")));
        e.printStackTrace();
        new Throwable().printStackTrace(System.out);
        System.out.println(new Exception("msg").toString() + " | " + new Exception((String) null).getLocalizedMessage());
        throw new Exception();
    }
}

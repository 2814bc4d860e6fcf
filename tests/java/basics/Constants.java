package basics;

public class Constants {
    static final int BIG = 123456789;
    static final long LBIG = 0x7fff_ffff_ffffL;

    static int id(int x) { return x; }
    static long idl(long x) { return x; }
    static float idf(float x) { return x; }
    static double idd(double x) { return x; }

    public static void main(String[] args) {
        // iconst_m1 .. iconst_5
        System.out.println(id(-1) + " " + id(0) + " " + id(1) + " " + id(2) + " " + id(3) + " " + id(4) + " " + id(5));
        // bipush / sipush boundaries
        System.out.println(id(6) + " " + id(-2) + " " + id(127) + " " + id(-128) + " " + id(128) + " " + id(-129));
        System.out.println(id(32767) + " " + id(-32768) + " " + id(32768) + " " + id(-32769));
        // ldc int
        System.out.println(id(BIG) + " " + id(Integer.MAX_VALUE) + " " + id(Integer.MIN_VALUE) + " " + id(0x12345678));
        // lconst / ldc2_w long
        System.out.println(idl(0L) + " " + idl(1L) + " " + idl(2L) + " " + idl(-1L) + " " + idl(LBIG) + " " + idl(Long.MIN_VALUE) + " " + idl(Long.MAX_VALUE));
        // fconst / ldc float
        System.out.println(idf(0f) + " " + idf(1f) + " " + idf(2f) + " " + idf(3f) + " " + idf(-0.0f) + " " + idf(0.5f) + " " + idf(1.0e10f) + " " + idf(Float.MIN_VALUE) + " " + idf(Float.MAX_VALUE));
        System.out.println(idf(Float.NaN) + " " + idf(Float.POSITIVE_INFINITY) + " " + idf(Float.NEGATIVE_INFINITY));
        // dconst / ldc2_w double
        System.out.println(idd(0.0) + " " + idd(1.0) + " " + idd(-0.0) + " " + idd(2.5) + " " + idd(Math.PI) + " " + idd(Math.E) + " " + idd(Double.MAX_VALUE) + " " + idd(Double.MIN_NORMAL));
        System.out.println(idd(Double.NaN) + " " + idd(1.0 / 0.0) + " " + idd(-1.0 / 0.0));
        // ldc String and Class
        String s = "constant pool string";
        System.out.println(s + " length=" + s.length());
        Class<?> c = String.class;
        System.out.println(c.getName() + " " + int.class.getName() + " " + int[].class.getName() + " " + Constants.class.getName());
        System.out.println(long[][].class.getName() + " " + String[].class.getName() + " " + void.class.getName());
        // aconst_null
        Object nothing = null;
        System.out.println("null? " + (nothing == null) + " " + nothing);
        // char and short, byte constants
        char ch = 'A';
        char uni = '\u00e9';
        short sh = -300;
        byte by = -7;
        System.out.println(ch + " " + (int) ch + " " + (int) uni + " " + sh + " " + by);
        boolean t = true, f = false;
        System.out.println(t + " " + f + " " + (t ^ f) + " " + (t & f) + " " + (t | f));
    }
}

package basics;

public class Fields {
    static boolean sz;
    static byte sb;
    static char sc;
    static short ss;
    static int si;
    static long sl;
    static float sf;
    static double sd;
    static String sr;
    static int[] sarr;

    boolean z;
    byte b;
    char c;
    short s;
    int i;
    long l;
    float f;
    double d;
    String r;
    Fields next;

    static void printStatics() {
        System.out.println("statics: " + sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + sr + " " + (sarr == null ? "null" : sarr.length));
    }

    void printFields() {
        System.out.println("fields: " + z + " " + b + " " + (int) c + " " + s + " " + i + " " + l + " " + f + " " + d + " " + r + " " + (next != null));
    }

    public static void main(String[] args) {
        printStatics();
        sz = true; sb = (byte) 200; sc = 'q'; ss = (short) 70000; si = -42; sl = 1L << 40; sf = 1.25f; sd = -7.5; sr = "static"; sarr = new int[3];
        printStatics();
        sb++; sc++; ss--; si *= 3; sl >>= 3; sf /= 2; sd += 0.25; sr += "!"; sarr[1] = 9;
        printStatics();
        System.out.println("sarr[1]=" + sarr[1]);

        Fields o = new Fields();
        o.printFields();
        o.z = true; o.b = -1; o.c = '\u1234'; o.s = Short.MIN_VALUE; o.i = Integer.MAX_VALUE; o.l = Long.MIN_VALUE; o.f = 3e-5f; o.d = 1e300; o.r = "inst";
        o.next = new Fields();
        o.next.i = 77;
        o.printFields();
        o.i++; o.l--; o.b += 10; o.c -= 0x34; o.s >>= 1; o.f *= 1e10f; o.d *= 1e10; o.r = o.r.toUpperCase();
        o.printFields();
        o.next.next = o;
        System.out.println("cycle: " + o.next.next.next.i + " " + o.next.next.i);
        int total = 0;
        Fields cur = o;
        for (int k = 0; k < 6; k++) { total += cur.i % 1000; cur = cur.next; }
        System.out.println("total=" + total);
    }
}

package conform;
import java.io.*;
public class RevComp {
    static final byte[] MAP = new byte[128];
    static { String from = "ACBDGHKMNSRUTWVYacbdghkmnsrutwvy", to = "TGVHCDMKNSYAAWBRTGVHCDMKNSYAAWBR";
        for (int i = 0; i < 128; i++) MAP[i] = (byte) i; for (int i = 0; i < from.length(); i++) MAP[from.charAt(i)] = (byte) to.charAt(i); }
    public static void main(String[] args) throws IOException {
        DataInputStream din = new DataInputStream(System.in);
        ByteArrayOutputStream bo = new ByteArrayOutputStream(); byte[] buf = new byte[8192]; int r;
        while ((r = System.in.read(buf)) > 0) bo.write(buf, 0, r);
        byte[] data = bo.toByteArray();
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out), false);
        int i = 0; ByteArrayOutputStream seq = new ByteArrayOutputStream(); String header = null;
        while (i < data.length) {
            int e = i; while (e < data.length && data[e] != '\n') e++;
            String ln = new String(data, i, e - i, "ISO-8859-1");
            if (ln.startsWith(">")) { if (header != null) emit(header, seq.toByteArray(), out); header = ln; seq.reset(); }
            else seq.write(data, i, e - i);
            i = e + 1;
        }
        if (header != null) emit(header, seq.toByteArray(), out);
        out.flush();
        System.err.println("bytes=" + data.length + " available=" + din.available());
    }
    static void emit(String header, byte[] s, PrintStream out) {
        out.println(header);
        for (int a = 0, b = s.length - 1; a <= b; a++, b--) { byte t = MAP[s[a]]; s[a] = MAP[s[b]]; s[b] = t; }
        for (int k = 0; k < s.length; k += 60) { out.write(s, k, Math.min(60, s.length - k)); out.write('\n'); }
    }
}

package conform;
import java.io.*;
public class Fasta {
    static final int IM = 139968, IA = 3877, IC = 29573;
    static int last = 42;
    static final String ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";
    static final int LINE = 60;
    static double random(double max) { last = (last * IA + IC) % IM; return max * last / IM; }
    static void repeat(String id, String desc, String alu, int n, OutputStream out) throws IOException {
        out.write((">" + id + " " + desc + "\n").getBytes());
        int k = 0; byte[] b = alu.getBytes(); byte[] line = new byte[LINE + 1];
        while (n > 0) { int m = Math.min(n, LINE); for (int i = 0; i < m; i++) { if (k == b.length) k = 0; line[i] = b[k++]; } line[m] = '\n'; out.write(line, 0, m + 1); n -= m; }
    }
    static void random(String id, String desc, char[] chars, double[] probs, int n, OutputStream out) throws IOException {
        out.write((">" + id + " " + desc + "\n").getBytes());
        double cum = 0; double[] c = new double[probs.length]; for (int i = 0; i < probs.length; i++) { cum += probs[i]; c[i] = cum; }
        byte[] line = new byte[LINE + 1];
        while (n > 0) { int m = Math.min(n, LINE); for (int i = 0; i < m; i++) { double r = random(1.0); int j = 0; while (c[j] < r) j++; line[i] = (byte) chars[j]; } line[m] = '\n'; out.write(line, 0, m + 1); n -= m; }
    }
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2500;
        BufferedOutputStream out = new BufferedOutputStream(System.out);
        repeat("ONE", "Homo sapiens alu", ALU, n * 2, out);
        random("TWO", "IUB ambiguity codes", "acgtBDHKMNRSVWY".toCharArray(), new double[]{0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02}, n * 3, out);
        random("THREE", "Homo sapiens frequency", "acgt".toCharArray(), new double[]{0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008}, n * 5, out);
        out.flush();
    }
}

/**
 * Mandelbrot set on an N x N grid over [-1.5, 0.5] x [-1, 1], at most 50 iterations per
 * point; the bitmap (one bit per pixel) is hashed instead of printed. Measures double
 * arithmetic in tight loops.
 * Usage: Mandelbrot [N | small]
 */
public class Mandelbrot {
    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int n = size(args, 6000, 120);
        int rowBytes = (n + 7) / 8;
        byte[] row = new byte[rowBytes];
        long hash = 1125899906842597L;
        long inside = 0;
        for (int y = 0; y < n; y++) {
            double ci = 2.0 * y / n - 1.0;
            java.util.Arrays.fill(row, (byte) 0);
            for (int x = 0; x < n; x++) {
                double cr = 2.0 * x / n - 1.5;
                double zr = 0, zi = 0, zr2 = 0, zi2 = 0;
                int i = 0;
                while (i < 50 && zr2 + zi2 <= 4.0) {
                    zi = 2.0 * zr * zi + ci;
                    zr = zr2 - zi2 + cr;
                    zr2 = zr * zr;
                    zi2 = zi * zi;
                    i++;
                }
                if (zr2 + zi2 <= 4.0) {
                    row[x >> 3] |= (byte) (0x80 >>> (x & 7));
                    inside++;
                }
            }
            for (byte b : row) {
                hash = hash * 31 + (b & 0xff);
            }
        }
        System.out.println("P4 " + n + " x " + n);
        System.out.println("points inside " + inside);
        System.out.println("checksum " + Long.toHexString(hash));
    }
}

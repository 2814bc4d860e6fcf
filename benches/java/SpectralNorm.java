/**
 * Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
 * truncated to N x N, by the power method on A^T A: measures double loops and division.
 * Usage: SpectralNorm [N | small]
 */
public class SpectralNorm {
    static double a(int i, int j) {
        int s = i + j;
        return 1.0 / ((s * (s + 1) >>> 1) + i + 1);
    }

    /** out = A * v */
    static void times(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(i, j) * v[j];
            }
            out[i] = sum;
        }
    }

    /** out = A^T * v */
    static void timesTransposed(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(j, i) * v[j];
            }
            out[i] = sum;
        }
    }

    /** out = A^T * A * v */
    static void timesAtA(double[] v, double[] out, double[] tmp) {
        times(v, tmp);
        timesTransposed(tmp, out);
    }

    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int n = size(args, 4800, 100);
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < 10; i++) {
            timesAtA(u, v, tmp);
            timesAtA(v, u, tmp);
        }
        double uv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            uv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.printf("spectral norm (n=%d) = %.9f%n", n, Math.sqrt(uv / vv));
    }
}

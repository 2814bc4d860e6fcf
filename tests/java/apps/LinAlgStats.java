package apps;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.*;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.*;

/** Matrix / linear algebra and descriptive statistics, printing doubles in several ways. */
public class LinAlgStats {

    static final class Matrix {
        final int rows, cols;
        final double[][] a;

        Matrix(int rows, int cols) {
            this.rows = rows;
            this.cols = cols;
            this.a = new double[rows][cols];
        }

        Matrix(double[][] data) {
            this(data.length, data[0].length);
            for (int i = 0; i < rows; i++) a[i] = Arrays.copyOf(data[i], cols);
        }

        static Matrix identity(int n) {
            Matrix m = new Matrix(n, n);
            for (int i = 0; i < n; i++) m.a[i][i] = 1;
            return m;
        }

        Matrix times(Matrix o) {
            if (cols != o.rows) throw new IllegalArgumentException("shape mismatch: " + shape() + " x " + o.shape());
            Matrix r = new Matrix(rows, o.cols);
            for (int i = 0; i < rows; i++)
                for (int k = 0; k < cols; k++) {
                    double v = a[i][k];
                    for (int j = 0; j < o.cols; j++) r.a[i][j] += v * o.a[k][j];
                }
            return r;
        }

        Matrix transpose() {
            Matrix t = new Matrix(cols, rows);
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) t.a[j][i] = a[i][j];
            return t;
        }

        Matrix map(DoubleUnaryOperator f) {
            Matrix m = new Matrix(rows, cols);
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m.a[i][j] = f.applyAsDouble(a[i][j]);
            return m;
        }

        String shape() { return rows + "x" + cols; }

        /** LU decomposition with partial pivoting; returns determinant and solves. */
        record LU(double[][] lu, int[] perm, int sign) {
            double det() {
                double d = sign;
                for (int i = 0; i < lu.length; i++) d *= lu[i][i];
                return d;
            }
            double[] solve(double[] b) {
                int n = lu.length;
                double[] x = new double[n];
                for (int i = 0; i < n; i++) x[i] = b[perm[i]];
                for (int i = 0; i < n; i++) for (int k = 0; k < i; k++) x[i] -= lu[i][k] * x[k];
                for (int i = n - 1; i >= 0; i--) {
                    for (int k = i + 1; k < n; k++) x[i] -= lu[i][k] * x[k];
                    x[i] /= lu[i][i];
                }
                return x;
            }
        }

        LU lu() {
            if (rows != cols) throw new ArithmeticException("LU needs square matrix, got " + shape());
            int n = rows;
            double[][] m = new double[n][];
            for (int i = 0; i < n; i++) m[i] = a[i].clone();
            int[] perm = IntStream.range(0, n).toArray();
            int sign = 1;
            for (int c = 0; c < n; c++) {
                int piv = c;
                for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
                if (Math.abs(m[piv][c]) < 1e-12) throw new ArithmeticException("matrix is singular (column " + c + ")");
                if (piv != c) {
                    double[] t = m[piv]; m[piv] = m[c]; m[c] = t;
                    int ti = perm[piv]; perm[piv] = perm[c]; perm[c] = ti;
                    sign = -sign;
                }
                for (int r = c + 1; r < n; r++) {
                    m[r][c] /= m[c][c];
                    for (int k = c + 1; k < n; k++) m[r][k] -= m[r][c] * m[c][k];
                }
            }
            return new LU(m, perm, sign);
        }

        Matrix inverse() {
            LU lu = lu();
            int n = rows;
            Matrix inv = new Matrix(n, n);
            for (int j = 0; j < n; j++) {
                double[] e = new double[n];
                e[j] = 1;
                double[] col = lu.solve(e);
                for (int i = 0; i < n; i++) inv.a[i][j] = col[i];
            }
            return inv;
        }

        double maxAbsDiff(Matrix o) {
            double d = 0;
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) d = Math.max(d, Math.abs(a[i][j] - o.a[i][j]));
            return d;
        }

        String format(String fmt) {
            StringBuilder sb = new StringBuilder();
            for (double[] row : a) {
                sb.append('[');
                for (int j = 0; j < row.length; j++) {
                    double v = row[j];
                    if (v == 0) v = 0.0; // normalise -0.0
                    sb.append(String.format(fmt, v));
                    if (j + 1 < row.length) sb.append(' ');
                }
                sb.append("]\n");
            }
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------- statistics
    record Summary(int n, double mean, double median, double variance, double min, double max, double q1, double q3) {
        double sd() { return Math.sqrt(variance); }
        double iqr() { return q3 - q1; }
    }

    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos), hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    static Summary summarize(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).sum() / s.length;
        double m2 = 0;
        for (double x : s) m2 += (x - mean) * (x - mean);
        return new Summary(s.length, mean, quantile(s, 0.5), m2 / (s.length - 1), s[0], s[s.length - 1],
                quantile(s, 0.25), quantile(s, 0.75));
    }

    static double[] linearFit(double[] x, double[] y) {
        // least squares via normal equations: (X^T X) b = X^T y
        Matrix X = new Matrix(x.length, 2);
        for (int i = 0; i < x.length; i++) { X.a[i][0] = 1; X.a[i][1] = x[i]; }
        Matrix Y = new Matrix(y.length, 1);
        for (int i = 0; i < y.length; i++) Y.a[i][0] = y[i];
        Matrix xt = X.transpose();
        Matrix lhs = xt.times(X);
        Matrix rhs = xt.times(Y);
        return lhs.lu().solve(new double[]{rhs.a[0][0], rhs.a[1][0]});
    }

    static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow(), my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        return r;
    }

    static BigDecimal sqrt(BigDecimal v, int digits) {
        MathContext mc = new MathContext(digits + 5);
        BigDecimal x = new BigDecimal(Math.sqrt(v.doubleValue()), mc);
        BigDecimal two = BigDecimal.valueOf(2);
        for (int i = 0; i < 8; i++) x = x.add(v.divide(x, mc)).divide(two, mc);
        return x.round(new MathContext(digits));
    }

    public static void main(String[] args) {
        Matrix a = new Matrix(new double[][]{{4, -2, 1}, {-2, 4, -2}, {1, -2, 4}});
        Matrix b = new Matrix(new double[][]{{1, 2}, {3, 4}, {5, 6}});
        System.out.println("A =\n" + a.format("%6.2f"));
        System.out.println("A*B =\n" + a.times(b).format("%7.3f"));
        System.out.println("B^T =\n" + b.transpose().format("%4.1f"));
        Matrix.LU lu = a.lu();
        System.out.println("det(A) = " + lu.det());
        System.out.println("perm = " + Arrays.toString(lu.perm()) + " sign = " + lu.sign());
        double[] x = lu.solve(new double[]{11, -16, 17});
        System.out.println("solve A x = (11,-16,17): " + Arrays.toString(x));
        System.out.printf("rounded: %.10f %.10f %.10f%n", x[0], x[1], x[2]);
        Matrix inv = a.inverse();
        System.out.println("inv(A) =\n" + inv.format("%9.5f"));
        System.out.println("A*inv(A) - I max error < 1e-12: " + (a.times(inv).maxAbsDiff(Matrix.identity(3)) < 1e-12));

        Matrix hilbert = new Matrix(6, 6);
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) hilbert.a[i][j] = 1.0 / (i + j + 1);
        System.out.println("hilbert(6) =\n" + hilbert.format("%.4e"));
        System.out.printf("det(hilbert6) = %.6e%n", hilbert.lu().det());
        Matrix hinv = hilbert.inverse();
        System.out.printf("hilbert inverse corner = %.1f, %.1f%n", hinv.a[0][0], hinv.a[5][5]);
        System.out.printf("hilbert round-trip error = %s%n", hilbert.times(hinv).maxAbsDiff(Matrix.identity(6)) < 1e-6 ? "small" : "large");

        try {
            new Matrix(new double[][]{{1, 2}, {2, 4}}).inverse();
        } catch (ArithmeticException e) {
            System.out.println("singular: " + e.getMessage());
        }
        try {
            b.times(b);
        } catch (IllegalArgumentException e) {
            System.out.println("error: " + e.getMessage());
        }
        try {
            b.lu();
        } catch (ArithmeticException e) {
            System.out.println("error: " + e.getMessage());
        }

        // rotation matrices
        for (int deg = 0; deg <= 180; deg += 30) {
            double r = Math.toRadians(deg);
            Matrix rot = new Matrix(new double[][]{{Math.cos(r), -Math.sin(r)}, {Math.sin(r), Math.cos(r)}});
            Matrix p = rot.times(new Matrix(new double[][]{{1}, {0}}));
            System.out.printf("rot %3d: (%+.4f, %+.4f) det=%.3f%n", deg, p.a[0][0], p.a[1][0], rot.lu().det());
        }

        // power iteration for dominant eigenvalue
        double[] v = {1, 1, 1};
        double lambda = 0;
        for (int it = 0; it < 200; it++) {
            Matrix w = a.times(new Matrix(new double[][]{{v[0]}, {v[1]}, {v[2]}}));
            double norm = Math.sqrt(w.a[0][0] * w.a[0][0] + w.a[1][0] * w.a[1][0] + w.a[2][0] * w.a[2][0]);
            for (int i = 0; i < 3; i++) v[i] = w.a[i][0] / norm;
            lambda = norm;
        }
        System.out.printf("dominant eigenvalue ~ %.8f, vector (%.5f, %.5f, %.5f)%n", lambda, v[0], v[1], v[2]);

        // statistics on a seeded sample
        Random rnd = new Random(1234);
        double[] sample = new double[200];
        for (int i = 0; i < sample.length; i++) sample[i] = 50 + 10 * rnd.nextGaussian();
        Summary s = summarize(sample);
        System.out.printf("n=%d mean=%.4f median=%.4f sd=%.4f min=%.4f max=%.4f q1=%.4f q3=%.4f iqr=%.4f%n",
                s.n(), s.mean(), s.median(), s.sd(), s.min(), s.max(), s.q1(), s.q3(), s.iqr());
        int[] hist = new int[10];
        for (double d : sample) hist[Math.max(0, Math.min(9, (int) ((d - 20) / 6)))]++;
        for (int i = 0; i < hist.length; i++)
            System.out.printf("%5.1f-%5.1f | %-40s %d%n", 20 + i * 6.0, 26 + i * 6.0, "*".repeat(hist[i]), hist[i]);
        DoubleSummaryStatistics dss = Arrays.stream(sample).summaryStatistics();
        System.out.printf("stream stats: count=%d sum=%.6f avg=%.6f%n", dss.getCount(), dss.getSum(), dss.getAverage());

        double[] xs = new double[25], ys = new double[25];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i * 0.5;
            ys[i] = 3.0 + 2.5 * xs[i] + rnd.nextGaussian() * 0.8;
        }
        double[] fit = linearFit(xs, ys);
        System.out.printf("fit: y = %.4f + %.4f x, r = %.6f%n", fit[0], fit[1], correlation(xs, ys));
        double sse = 0;
        for (int i = 0; i < xs.length; i++) sse += Math.pow(ys[i] - (fit[0] + fit[1] * xs[i]), 2);
        System.out.printf("sse = %.5f, rmse = %.5f%n", sse, Math.sqrt(sse / xs.length));

        // plain println of doubles exercises shortest round-trip formatting
        double[] plain = {0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 1.0e-3, 9.999e-4, 123456789.123, 1e21, 1e-7,
                Math.PI, Math.E, Math.sqrt(2), -0.0, Double.MIN_VALUE, Double.MAX_VALUE, Float.MAX_VALUE, 5e-324 * 3,
                0.30000000000000004, 4.35, 2.675, 1.005, 1234567.0, 12345678.9, 0.5, 0.25, 1.1 * 1.1};
        for (double d : plain) System.out.println(d + "  " + (float) d + "  " + Double.toHexString(d).length());
        System.out.println(s.mean() + " " + s.median() + " " + lambda + " " + fit[0] + " " + fit[1]);
        System.out.println(Arrays.toString(Arrays.copyOf(sample, 6)));
        System.out.println(List.of(1.5, 2.25, -3.125) + " " + Double.valueOf("1e3") + " " + Double.parseDouble("-.5e-2"));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.rint(2.5) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2));

        // exact arithmetic
        System.out.println("C(50,25) = " + binomial(50, 25));
        System.out.println("C(100,50) = " + binomial(100, 50));
        BigInteger fact = IntStream.rangeClosed(1, 30).mapToObj(BigInteger::valueOf).reduce(BigInteger.ONE, BigInteger::multiply);
        System.out.println("30! = " + fact + " bits=" + fact.bitLength() + " mod 1e9+7 = " + fact.mod(BigInteger.valueOf(1_000_000_007)));
        System.out.println("2^100 = " + BigInteger.TWO.pow(100) + ", gcd(30!, 2^100) = " + fact.gcd(BigInteger.TWO.pow(100)));
        System.out.println("sqrt(2) to 40 digits = " + sqrt(BigDecimal.valueOf(2), 40));
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), 20, RoundingMode.HALF_UP);
        System.out.println("1/3 = " + third + " x3 = " + third.multiply(BigDecimal.valueOf(3)) + " scale=" + third.scale());
        BigDecimal price = new BigDecimal("19.995");
        for (RoundingMode rm : new RoundingMode[]{RoundingMode.UP, RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.CEILING, RoundingMode.FLOOR})
            System.out.println("  19.995 " + rm + " -> " + price.setScale(2, rm) + " / -> " + price.negate().setScale(2, rm));
        BigDecimal compound = new BigDecimal("1000.00");
        for (int year = 1; year <= 5; year++) {
            compound = compound.multiply(new BigDecimal("1.0425")).setScale(2, RoundingMode.HALF_EVEN);
            System.out.println("  year " + year + ": " + compound);
        }
        System.out.println("probable primes: " + IntStream.range(0, 40)
                .mapToObj(i -> BigInteger.TEN.pow(12).add(BigInteger.valueOf(i * 2L + 1)))
                .filter(n -> n.isProbablePrime(30)).map(BigInteger::toString).collect(Collectors.joining(", ")));
        System.out.println("nextProbablePrime(10^15) = " + BigInteger.TEN.pow(15).nextProbablePrime());
    }
}

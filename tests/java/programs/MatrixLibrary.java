package programs;

import java.util.Arrays;

public class MatrixLibrary {
    static final class Matrix {
        final int rows, cols;
        final double[][] a;

        Matrix(int rows, int cols) { this.rows = rows; this.cols = cols; this.a = new double[rows][cols]; }

        Matrix(double[][] data) {
            this(data.length, data[0].length);
            for (int r = 0; r < rows; r++) a[r] = Arrays.copyOf(data[r], cols);
        }

        static Matrix identity(int n) {
            Matrix m = new Matrix(n, n);
            for (int i = 0; i < n; i++) m.a[i][i] = 1;
            return m;
        }

        Matrix multiply(Matrix o) {
            if (cols != o.rows) throw new IllegalArgumentException("dimension mismatch: " + rows + "x" + cols + " * " + o.rows + "x" + o.cols);
            Matrix m = new Matrix(rows, o.cols);
            for (int i = 0; i < rows; i++)
                for (int k = 0; k < cols; k++) {
                    double v = a[i][k];
                    for (int j = 0; j < o.cols; j++) m.a[i][j] += v * o.a[k][j];
                }
            return m;
        }

        Matrix add(Matrix o) {
            Matrix m = new Matrix(rows, cols);
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m.a[i][j] = a[i][j] + o.a[i][j];
            return m;
        }

        Matrix scale(double k) {
            Matrix m = new Matrix(rows, cols);
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m.a[i][j] = a[i][j] * k;
            return m;
        }

        Matrix transpose() {
            Matrix m = new Matrix(cols, rows);
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m.a[j][i] = a[i][j];
            return m;
        }

        double determinant() {
            if (rows != cols) throw new IllegalStateException("not square");
            double[][] m = new double[rows][];
            for (int i = 0; i < rows; i++) m[i] = a[i].clone();
            double det = 1;
            for (int c = 0; c < rows; c++) {
                int pivot = c;
                for (int r = c + 1; r < rows; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
                if (m[pivot][c] == 0) return 0;
                if (pivot != c) { double[] t = m[pivot]; m[pivot] = m[c]; m[c] = t; det = -det; }
                det *= m[c][c];
                for (int r = c + 1; r < rows; r++) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k < rows; k++) m[r][k] -= f * m[c][k];
                }
            }
            return det;
        }

        Matrix inverse() {
            int n = rows;
            double[][] aug = new double[n][2 * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(a[i], 0, aug[i], 0, n);
                aug[i][n + i] = 1;
            }
            for (int c = 0; c < n; c++) {
                int pivot = c;
                for (int r = c + 1; r < n; r++) if (Math.abs(aug[r][c]) > Math.abs(aug[pivot][c])) pivot = r;
                if (Math.abs(aug[pivot][c]) < 1e-12) throw new ArithmeticException("matrix is singular");
                double[] t = aug[pivot]; aug[pivot] = aug[c]; aug[c] = t;
                double p = aug[c][c];
                for (int k = 0; k < 2 * n; k++) aug[c][k] /= p;
                for (int r = 0; r < n; r++) {
                    if (r == c) continue;
                    double f = aug[r][c];
                    for (int k = 0; k < 2 * n; k++) aug[r][k] -= f * aug[c][k];
                }
            }
            Matrix inv = new Matrix(n, n);
            for (int i = 0; i < n; i++) System.arraycopy(aug[i], n, inv.a[i], 0, n);
            return inv;
        }

        Matrix power(int e) {
            Matrix result = identity(rows), base = this;
            while (e > 0) {
                if ((e & 1) == 1) result = result.multiply(base);
                base = base.multiply(base);
                e >>= 1;
            }
            return result;
        }

        double frobenius() {
            double s = 0;
            for (double[] row : a) for (double v : row) s += v * v;
            return Math.sqrt(s);
        }

        @Override public String toString() {
            StringBuilder sb = new StringBuilder();
            for (double[] row : a) {
                sb.append("  [");
                for (int j = 0; j < cols; j++) sb.append(String.format("%10.4f", row[j] == 0 ? 0.0 : row[j]));
                sb.append(" ]\n");
            }
            return sb.toString();
        }

        String raw() { return Arrays.deepToString(a); }
    }

    public static void main(String[] args) {
        Matrix a = new Matrix(new double[][]{{4, -2, 1}, {3, 6, -4}, {2, 1, 8}});
        Matrix b = new Matrix(new double[][]{{1, 2}, {0, 1}, {-1, 0.5}});
        System.out.print("A =\n" + a);
        System.out.print("B =\n" + b);
        System.out.print("A*B =\n" + a.multiply(b));
        System.out.print("A^T =\n" + a.transpose());
        System.out.println("det(A) = " + a.determinant());
        Matrix inv = a.inverse();
        System.out.print("inv(A) =\n" + inv);
        System.out.print("A*inv(A) =\n" + a.multiply(inv));
        System.out.println("raw product: " + a.multiply(inv).raw());
        Matrix fib = new Matrix(new double[][]{{1, 1}, {1, 0}});
        for (int n : new int[]{1, 2, 10, 30, 70}) System.out.println("fib via matrix power " + n + ": " + (long) fib.power(n).a[0][1]);
        Matrix h = new Matrix(4, 4);
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) h.a[i][j] = 1.0 / (i + j + 1);
        System.out.println("hilbert det = " + h.determinant());
        System.out.println("hilbert inverse raw = " + h.inverse().raw());
        System.out.println("frobenius(A) = " + a.frobenius() + ", (2A + I) frob = " + a.scale(2).add(Matrix.identity(3)).frobenius());
        Matrix rot = new Matrix(new double[][]{{Math.cos(Math.PI / 6), -Math.sin(Math.PI / 6)}, {Math.sin(Math.PI / 6), Math.cos(Math.PI / 6)}});
        System.out.println("rotation^12 = " + rot.power(12).raw());
        try {
            b.multiply(b);
        } catch (IllegalArgumentException e) {
            System.out.println("error: " + e.getMessage());
        }
        try {
            new Matrix(new double[][]{{1, 2}, {2, 4}}).inverse();
        } catch (ArithmeticException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}

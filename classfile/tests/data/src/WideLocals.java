public class WideLocals {
    static long many(int p) {
        int a0 = p, a1 = a0 + 1, a2 = a1 + 1, a3 = a2 + 1, a4 = a3 + 1, a5 = a4 + 1, a6 = a5 + 1, a7 = a6 + 1;
        long b0 = a7, b1 = b0 + 1, b2 = b1 + 1, b3 = b2 + 1, b4 = b3 + 1, b5 = b4 + 1, b6 = b5 + 1, b7 = b6 + 1;
        double c0 = b7, c1 = c0 + 1, c2 = c1 + 1, c3 = c2 + 1, c4 = c3 + 1, c5 = c4 + 1, c6 = c5 + 1, c7 = c6 + 1;
        long d0 = a0, d1 = d0, d2 = d1, d3 = d2, d4 = d3, d5 = d4, d6 = d5, d7 = d6, d8 = d7, d9 = d8;
        long e0 = d9, e1 = e0, e2 = e1, e3 = e2, e4 = e3, e5 = e4, e6 = e5, e7 = e6, e8 = e7, e9 = e8;
        long f0 = e9, f1 = f0, f2 = f1, f3 = f2, f4 = f3, f5 = f4, f6 = f5, f7 = f6, f8 = f7, f9 = f8;
        long g0 = f9, g1 = g0, g2 = g1, g3 = g2, g4 = g3, g5 = g4, g6 = g5, g7 = g6, g8 = g7, g9 = g8;
        long h0 = g9, h1 = h0, h2 = h1, h3 = h2, h4 = h3, h5 = h4, h6 = h5, h7 = h6, h8 = h7, h9 = h8;
        long i0 = h9, i1 = i0, i2 = i1, i3 = i2, i4 = i3, i5 = i4, i6 = i5, i7 = i6, i8 = i7, i9 = i8;
        long j0 = i9, j1 = j0, j2 = j1, j3 = j2, j4 = j3, j5 = j4, j6 = j5, j7 = j6, j8 = j7, j9 = j8;
        long k0 = j9, k1 = k0, k2 = k1, k3 = k2, k4 = k3, k5 = k4, k6 = k5, k7 = k6, k8 = k7, k9 = k8;
        long l0 = k9, l1 = l0, l2 = l1, l3 = l2, l4 = l3, l5 = l4, l6 = l5, l7 = l6, l8 = l7, l9 = l8;
        long m0 = l9, m1 = m0, m2 = m1, m3 = m2, m4 = m3, m5 = m4, m6 = m5, m7 = m6, m8 = m7, m9 = m8;
        long n0 = m9, n1 = n0, n2 = n1, n3 = n2, n4 = n3, n5 = n4, n6 = n5, n7 = n6, n8 = n7, n9 = n8;
        long o0 = n9, o1 = o0, o2 = o1, o3 = o2, o4 = o3, o5 = o4, o6 = o5, o7 = o6, o8 = o7, o9 = o8;
        int w = (int) o9;
        float fl = w;
        Object ref = "x" + fl;
        w += 1000;
        w++;
        for (int i = 0; i < 3; i++) {
            w += i;
        }
        double dd = c7;
        return w + (long) dd + ref.hashCode() + b7;
    }

    static int small(int a) {
        a += 100;
        a -= 5;
        byte b = (byte) a;
        short s = (short) b;
        char c = (char) s;
        return a + b + s + c;
    }
}

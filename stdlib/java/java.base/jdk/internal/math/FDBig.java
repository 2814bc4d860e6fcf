package jdk.internal.math;

/**
 * Minimal mutable unsigned big integer (little-endian 32-bit words) used for exact
 * decimal/binary conversion. Operations mutate {@code this}; callers copy when needed.
 */
final class FDBig {
    int[] w;   // magnitude words, least significant first
    int n;     // number of words in use; w[n-1] != 0 unless n == 0

    FDBig(int capacity) {
        w = new int[capacity < 2 ? 2 : capacity];
    }

    static FDBig valueOf(long v) {
        FDBig b = new FDBig(4);
        b.w[0] = (int) v;
        b.w[1] = (int) (v >>> 32);
        b.n = 2;
        b.trim();
        return b;
    }

    /** 5^p5 * 2^p2. */
    static FDBig pow52(int p5, int p2) {
        FDBig b = valueOf(1);
        b.mulPow5(p5);
        b.shl(p2);
        return b;
    }

    FDBig copy() {
        FDBig b = new FDBig(n + 2);
        System.arraycopy(w, 0, b.w, 0, n);
        b.n = n;
        return b;
    }

    private void ensure(int cap) {
        if (w.length < cap) {
            int[] nw = new int[cap + (cap >> 1) + 2];
            System.arraycopy(w, 0, nw, 0, n);
            w = nw;
        }
    }

    private void trim() {
        while (n > 0 && w[n - 1] == 0) n--;
    }

    boolean isZero() {
        return n == 0;
    }

    /** this = this * m + a, with m and a treated as unsigned 32-bit. */
    void mulAdd(int m, int a) {
        long mm = m & 0xFFFFFFFFL;
        long carry = a & 0xFFFFFFFFL;
        for (int i = 0; i < n; i++) {
            long p = (w[i] & 0xFFFFFFFFL) * mm + carry;
            w[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(n + 1);
            w[n++] = (int) carry;
        }
    }

    void mulPow5(int e) {
        while (e >= 13) {
            mulAdd(1220703125, 0); // 5^13
            e -= 13;
        }
        int p = 1;
        while (e-- > 0) p *= 5;
        if (p != 1) mulAdd(p, 0);
    }

    void shl(int bits) {
        if (n == 0 || bits == 0) return;
        int words = bits >>> 5, r = bits & 31;
        ensure(n + words + 1);
        if (r == 0) {
            for (int i = n - 1; i >= 0; i--) w[i + words] = w[i];
        } else {
            w[n + words] = w[n - 1] >>> (32 - r);
            for (int i = n - 1; i > 0; i--) w[i + words] = (w[i] << r) | (w[i - 1] >>> (32 - r));
            w[words] = w[0] << r;
        }
        for (int i = 0; i < words; i++) w[i] = 0;
        n = n + words + 1;
        trim();
    }

    int cmp(FDBig o) {
        if (n != o.n) return n < o.n ? -1 : 1;
        for (int i = n - 1; i >= 0; i--) {
            if (w[i] != o.w[i]) return (w[i] + 0x80000000) < (o.w[i] + 0x80000000) ? -1 : 1;
        }
        return 0;
    }

    /** this -= o; requires this >= o. */
    void sub(FDBig o) {
        long borrow = 0;
        for (int i = 0; i < n; i++) {
            long d = (w[i] & 0xFFFFFFFFL) - (i < o.n ? (o.w[i] & 0xFFFFFFFFL) : 0) - borrow;
            w[i] = (int) d;
            borrow = (d >>> 63);
        }
        trim();
    }

    void add(FDBig o) {
        int m = n > o.n ? n : o.n;
        ensure(m + 1);
        for (int i = n; i <= m; i++) w[i] = 0;
        long carry = 0;
        for (int i = 0; i < m; i++) {
            long s = (w[i] & 0xFFFFFFFFL) + (i < o.n ? (o.w[i] & 0xFFFFFFFFL) : 0) + carry;
            w[i] = (int) s;
            carry = s >>> 32;
        }
        w[m] = (int) carry;
        n = m + 1;
        trim();
    }

    /** Compares a with b + c. */
    static int cmpSum(FDBig a, FDBig b, FDBig c) {
        FDBig s = b.copy();
        s.add(c);
        return a.cmp(s);
    }

    int bitLength() {
        return n == 0 ? 0 : 32 * (n - 1) + (32 - Integer.numberOfLeadingZeros(w[n - 1]));
    }

    /** Returns floor(this / s), which must be < 10, leaving the remainder times 10 in this. */
    int quoRemTimes10(FDBig s) {
        int q = 0;
        while (cmp(s) >= 0) {
            sub(s);
            q++;
        }
        mulAdd(10, 0);
        return q;
    }

    /** The lowest 64 bits. */
    long low64() {
        long lo = n > 0 ? (w[0] & 0xFFFFFFFFL) : 0;
        long hi = n > 1 ? (w[1] & 0xFFFFFFFFL) : 0;
        return lo | (hi << 32);
    }
}

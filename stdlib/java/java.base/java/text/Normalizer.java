package java.text;

import java.util.HashMap;

/**
 * Unicode normalization (UAX #15) in the four forms, with the tables of NormalizerData:
 * decomposition (full mappings, Hangul syllables arithmetically), canonical ordering of
 * combining marks by their combining class, and, for NFC and NFKC, canonical composition of
 * the primary composites. Unpaired surrogates pass through unchanged.
 */
public final class Normalizer {
    private Normalizer() {}

    public static enum Form {
        NFD,
        NFC,
        NFKD,
        NFKC
    }

    private static final int S_BASE = 0xAC00;
    private static final int L_BASE = 0x1100;
    private static final int V_BASE = 0x1161;
    private static final int T_BASE = 0x11A7;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;

    /** The lookup maps, built from the tables on first use. */
    private static final class Maps {
        static final HashMap<Integer, int[]> CANONICAL = entries(NormalizerData.CANONICAL);
        static final HashMap<Integer, int[]> COMPATIBILITY = entries(NormalizerData.COMPATIBILITY);
        static final HashMap<Long, Integer> COMPOSITIONS = new HashMap<>();

        static {
            int[] t = NormalizerData.COMPOSITIONS;
            for (int i = 0; i < t.length; i += 3) {
                COMPOSITIONS.put(pairKey(t[i], t[i + 1]), t[i + 2]);
            }
        }

        private static HashMap<Integer, int[]> entries(int[] t) {
            HashMap<Integer, int[]> m = new HashMap<>();
            int i = 0;
            while (i < t.length) {
                int cp = t[i];
                int len = t[i + 1];
                int[] d = new int[len];
                System.arraycopy(t, i + 2, d, 0, len);
                m.put(cp, d);
                i += 2 + len;
            }
            return m;
        }
    }

    public static String normalize(CharSequence src, Form form) {
        String s = src.toString();
        if (form == null) {
            throw new NullPointerException();
        }
        if (isLatinAsciiPrefixOnly(s)) {
            return s;
        }
        boolean compat = form == Form.NFKD || form == Form.NFKC;
        int[] buf = new int[s.length() + 8];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int[] d = decomposition(cp, compat);
            if (d == null) {
                buf = ensure(buf, n + 1);
                n = appendOrdered(buf, n, cp);
            } else {
                buf = ensure(buf, n + d.length);
                for (int c : d) {
                    n = appendOrdered(buf, n, c);
                }
            }
        }
        if (form == Form.NFC || form == Form.NFKC) {
            n = compose(buf, n);
        }
        return new String(buf, 0, n);
    }

    public static boolean isNormalized(CharSequence src, Form form) {
        return normalize(src, form).contentEquals(src);
    }

    /** Text below U+00C0 (and without a combining mark) is in all four forms already. */
    private static boolean isLatinAsciiPrefixOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xA0) {
                return false;
            }
        }
        return true;
    }

    private static int[] ensure(int[] buf, int size) {
        if (size <= buf.length) {
            return buf;
        }
        int[] bigger = new int[Math.max(size, buf.length * 2)];
        System.arraycopy(buf, 0, bigger, 0, buf.length);
        return bigger;
    }

    private static int[] decomposition(int cp, boolean compat) {
        if (cp < 0xA0) {
            return null;
        }
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int si = cp - S_BASE;
            int l = L_BASE + si / N_COUNT;
            int v = V_BASE + (si % N_COUNT) / T_COUNT;
            int t = T_BASE + si % T_COUNT;
            return t == T_BASE ? new int[] {l, v} : new int[] {l, v, t};
        }
        if (compat) {
            int[] d = Maps.COMPATIBILITY.get(cp);
            if (d != null) {
                return d;
            }
        }
        return Maps.CANONICAL.get(cp);
    }

    /** Appends cp, moving it in front of the marks of a higher combining class it follows. */
    private static int appendOrdered(int[] buf, int n, int cp) {
        int cc = combiningClass(cp);
        int i = n;
        if (cc != 0) {
            while (i > 0) {
                int prev = combiningClass(buf[i - 1]);
                if (prev <= cc) {
                    break;
                }
                buf[i] = buf[i - 1];
                i--;
            }
        }
        buf[i] = cp;
        return n + 1;
    }

    static int combiningClass(int cp) {
        return jdk.internal.util.CombiningClasses.of(cp);
    }

    private static long pairKey(int first, int second) {
        return ((long) first << 21) | second;
    }

    private static int composite(int first, int second) {
        if (first >= L_BASE && first < L_BASE + L_COUNT && second >= V_BASE && second < V_BASE + V_COUNT) {
            return S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT;
        }
        if (first >= S_BASE && first < S_BASE + S_COUNT && (first - S_BASE) % T_COUNT == 0
                && second > T_BASE && second < T_BASE + T_COUNT) {
            return first + (second - T_BASE);
        }
        Integer c = Maps.COMPOSITIONS.get(pairKey(first, second));
        return c == null ? -1 : c;
    }

    /**
     * Canonical composition in place: a character joins the last starter when no character
     * between them blocks it (one of the same or a higher combining class, or a starter).
     */
    private static int compose(int[] buf, int n) {
        if (n == 0) {
            return 0;
        }
        int starterPos = 0;
        int starter = buf[0];
        int lastClass = combiningClass(starter);
        if (lastClass != 0) {
            lastClass = 256; // text starting with a mark: nothing to compose it with
        }
        int out = 1;
        for (int i = 1; i < n; i++) {
            int cp = buf[i];
            int cc = combiningClass(cp);
            int comp = composite(starter, cp);
            if (comp >= 0 && (lastClass < cc || lastClass == 0)) {
                buf[starterPos] = comp;
                starter = comp;
            } else {
                if (cc == 0) {
                    starterPos = out;
                    starter = cp;
                }
                lastClass = cc;
                buf[out++] = cp;
            }
        }
        return out;
    }
}

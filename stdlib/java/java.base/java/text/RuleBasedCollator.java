package java.text;

/**
 * The collator of every locale: JDK 17's default collation rules, as the collation elements of
 * each char (CollationData), compared with the JDK's algorithm (all primary differences first,
 * then the first secondary, then the first tertiary difference). Unmapped chars sort after
 * every mapped one, by their code. Building a collator from rules is not supported.
 */
public class RuleBasedCollator extends Collator {
    private static final int UNMAPPED = 0x7FFF0000;
    private static final int NULLORDER = 0xffffffff;

    /** The mapped chars, ascending, and where each one's elements start in ELEMENTS. */
    private static final char[] CHARS;
    private static final int[] STARTS;
    private static final int[] ELEMENTS;

    static {
        String data = CollationData.DEFAULT;
        int count = 0;
        int elements = 0;
        for (int i = 0; i < data.length(); ) {
            int n = data.charAt(i + 1);
            count++;
            elements += n;
            i += 2 + 2 * n;
        }
        CHARS = new char[count];
        STARTS = new int[count + 1];
        ELEMENTS = new int[elements];
        int k = 0;
        int e = 0;
        for (int i = 0; i < data.length(); ) {
            CHARS[k] = data.charAt(i);
            int n = data.charAt(i + 1);
            STARTS[k++] = e;
            for (int j = 0; j < n; j++) {
                ELEMENTS[e++] = (data.charAt(i + 2 + 2 * j) << 16) | data.charAt(i + 3 + 2 * j);
            }
            i += 2 + 2 * n;
        }
        STARTS[k] = e;
    }

    RuleBasedCollator() {
    }

    /** The collation elements of a string at this collator's strength and decomposition. */
    private int[] elements(String s) {
        int decomposition = getDecomposition();
        if (decomposition == CANONICAL_DECOMPOSITION) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        } else if (decomposition == FULL_DECOMPOSITION) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        }
        int strength = getStrength();
        int mask = strength == PRIMARY ? 0xffff0000 : strength == SECONDARY ? 0xffffff00 : 0xffffffff;
        int[] out = new int[s.length() + 8];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length - n < 8) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 8);
            }
            int k = java.util.Arrays.binarySearch(CHARS, c);
            if (k >= 0) {
                for (int j = STARTS[k]; j < STARTS[k + 1]; j++) {
                    if (out.length == n) {
                        out = java.util.Arrays.copyOf(out, out.length * 2 + 8);
                    }
                    out[n++] = ELEMENTS[j] & mask;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                // An unmapped supplementary code point: its two chars, as the JDK's iterator.
                out[n++] = UNMAPPED;
                out[n++] = c << 16;
                out[n++] = s.charAt(++i) << 16;
            } else {
                out[n++] = UNMAPPED;
                out[n++] = c << 16;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int primary(int order) {
        return order >>> 16;
    }

    private static int secondary(int order) {
        return (order >> 8) & 0xff;
    }

    private static int tertiary(int order) {
        return order & 0xff;
    }

    @Override
    public synchronized int compare(String source, String target) {
        if (source == null || target == null) {
            throw new NullPointerException();
        }
        int[] s = elements(source);
        int[] t = elements(target);
        int result = EQUAL;
        boolean checkSecTer = getStrength() >= SECONDARY;
        boolean checkTertiary = getStrength() >= TERTIARY;
        int si = 0;
        int ti = 0;
        int sOrder = 0;
        int tOrder = 0;
        boolean nextS = true;
        boolean nextT = true;
        while (true) {
            if (nextS) {
                sOrder = si < s.length ? s[si++] : NULLORDER;
            }
            nextS = true;
            if (nextT) {
                tOrder = ti < t.length ? t[ti++] : NULLORDER;
            }
            nextT = true;
            if (sOrder == NULLORDER || tOrder == NULLORDER) {
                break;
            }
            if (sOrder == tOrder) {
                continue;
            }
            int ps = primary(sOrder);
            int pt = primary(tOrder);
            if (ps != pt) {
                if (sOrder == 0) { // ignorable: skip it, keep the other
                    nextT = false;
                    continue;
                }
                if (tOrder == 0) {
                    nextS = false;
                    continue;
                }
                if (ps == 0) { // a lone accent in the source: a secondary difference
                    if (checkSecTer) {
                        result = GREATER;
                        checkSecTer = false;
                    }
                    nextT = false;
                } else if (pt == 0) {
                    if (checkSecTer) {
                        result = LESS;
                        checkSecTer = false;
                    }
                    nextS = false;
                } else {
                    return ps < pt ? LESS : GREATER;
                }
            } else if (checkSecTer) {
                int ss = secondary(sOrder);
                int st = secondary(tOrder);
                if (ss != st) {
                    result = ss < st ? LESS : GREATER;
                    checkSecTer = false;
                } else if (checkTertiary) {
                    int ts = tertiary(sOrder);
                    int tt = tertiary(tOrder);
                    if (ts != tt) {
                        result = ts < tt ? LESS : GREATER;
                        checkTertiary = false;
                    }
                }
            }
        }
        if (sOrder != NULLORDER) {
            // The source has elements left: greater unless they are all ignorable or accents.
            while (true) {
                if (primary(sOrder) != 0) {
                    return GREATER;
                }
                if (secondary(sOrder) != 0 && checkSecTer) {
                    result = GREATER;
                    checkSecTer = false;
                }
                if (si >= s.length) {
                    break;
                }
                sOrder = s[si++];
            }
        } else if (tOrder != NULLORDER) {
            while (true) {
                if (primary(tOrder) != 0) {
                    return LESS;
                }
                if (secondary(tOrder) != 0 && checkSecTer) {
                    result = LESS;
                    checkSecTer = false;
                }
                if (ti >= t.length) {
                    break;
                }
                tOrder = t[ti++];
            }
        }
        if (result == EQUAL && getStrength() == IDENTICAL) {
            int mode = getDecomposition();
            if (mode == CANONICAL_DECOMPOSITION) {
                return Normalizer.normalize(source, Normalizer.Form.NFD)
                        .compareTo(Normalizer.normalize(target, Normalizer.Form.NFD));
            } else if (mode == FULL_DECOMPOSITION) {
                return Normalizer.normalize(source, Normalizer.Form.NFKD)
                        .compareTo(Normalizer.normalize(target, Normalizer.Form.NFKD));
            }
            return source.compareTo(target); // as the JDK: String.compareTo's value
        }
        return result;
    }

    /**
     * A key of the primary orders of the elements with one, then the secondary and the tertiary
     * orders of every element but the ignorable ones (the levels the strength compares), then,
     * at IDENTICAL strength, the string itself (decomposed as the decomposition mode says).
     */
    @Override
    public synchronized CollationKey getCollationKey(String source) {
        if (source == null) {
            return null;
        }
        int[] e = elements(source);
        StringBuilder key = new StringBuilder();
        for (int o : e) {
            if (primary(o) != 0) {
                key.append((char) (primary(o) + 1));
            }
        }
        if (getStrength() >= SECONDARY) {
            key.append('\0');
            for (int o : e) {
                if (o != 0) {
                    key.append((char) (secondary(o) + 1));
                }
            }
        }
        if (getStrength() >= TERTIARY) {
            key.append('\0');
            for (int o : e) {
                if (o != 0) {
                    key.append((char) (tertiary(o) + 1));
                }
            }
        }
        if (getStrength() == IDENTICAL) {
            int mode = getDecomposition();
            key.append('\0').append(mode == CANONICAL_DECOMPOSITION ? Normalizer.normalize(source, Normalizer.Form.NFD)
                    : mode == FULL_DECOMPOSITION ? Normalizer.normalize(source, Normalizer.Form.NFKD) : source);
        }
        return new Key(source, key.toString());
    }

    @Override
    public synchronized int hashCode() {
        return CollationData.DEFAULT.length();
    }

    private static final class Key extends CollationKey {
        private final String key;

        Key(String source, String key) {
            super(source);
            this.key = key;
        }

        @Override
        public int compareTo(CollationKey target) {
            return Integer.signum(key.compareTo(((Key) target).key));
        }

        @Override
        public boolean equals(Object target) {
            return target instanceof Key && key.equals(((Key) target).key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }

        @Override
        public byte[] toByteArray() {
            byte[] bytes = new byte[key.length() * 2];
            for (int i = 0; i < key.length(); i++) {
                bytes[2 * i] = (byte) (key.charAt(i) >> 8);
                bytes[2 * i + 1] = (byte) key.charAt(i);
            }
            return bytes;
        }
    }
}

package java.util;

/**
 * An immutable 128-bit universally unique identifier. randomUUID() draws its bits from a shared
 * java.util.Random (not a SecureRandom, which the class library lacks); nameUUIDFromBytes is
 * missing (no MD5 yet).
 */
public final class UUID implements java.io.Serializable, Comparable<UUID> {
    private static final long serialVersionUID = -4856846361193249489L;

    private final long mostSigBits;
    private final long leastSigBits;

    private static Random numberGenerator;

    private UUID(byte[] data) {
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (data[i] & 0xff);
        }
        for (int i = 8; i < 16; i++) {
            lsb = (lsb << 8) | (data[i] & 0xff);
        }
        this.mostSigBits = msb;
        this.leastSigBits = lsb;
    }

    public UUID(long mostSigBits, long leastSigBits) {
        this.mostSigBits = mostSigBits;
        this.leastSigBits = leastSigBits;
    }

    public static UUID randomUUID() {
        Random ng;
        synchronized (UUID.class) {
            ng = numberGenerator;
            if (ng == null) {
                numberGenerator = ng = new Random();
            }
        }
        byte[] randomBytes = new byte[16];
        ng.nextBytes(randomBytes);
        randomBytes[6] &= 0x0f; // clear version
        randomBytes[6] |= 0x40; // version 4
        randomBytes[8] &= 0x3f; // clear variant
        randomBytes[8] |= (byte) 0x80; // IETF variant
        return new UUID(randomBytes);
    }

    /** A version 3 (name-based, MD5) UUID of the bytes. */
    public static UUID nameUUIDFromBytes(byte[] name) {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException nsae) {
            throw new InternalError("MD5 not supported", nsae);
        }
        byte[] md5Bytes = md.digest(name);
        md5Bytes[6] &= 0x0f; // clear the version
        md5Bytes[6] |= 0x30; // version 3
        md5Bytes[8] &= 0x3f; // clear the variant
        md5Bytes[8] |= (byte) 0x80; // IETF variant
        return new UUID(md5Bytes);
    }

    public static UUID fromString(String name) {
        int len = name.length();
        if (len > 36) {
            throw new IllegalArgumentException("UUID string too large");
        }
        int dash1 = name.indexOf('-', 0);
        int dash2 = name.indexOf('-', dash1 + 1);
        int dash3 = name.indexOf('-', dash2 + 1);
        int dash4 = name.indexOf('-', dash3 + 1);
        int dash5 = name.indexOf('-', dash4 + 1);
        if (dash4 < 0 || dash5 >= 0) {
            throw new IllegalArgumentException("Invalid UUID string: " + name);
        }
        long mostSigBits = parseHex(name, 0, dash1) & 0xffffffffL;
        mostSigBits <<= 16;
        mostSigBits |= parseHex(name, dash1 + 1, dash2) & 0xffffL;
        mostSigBits <<= 16;
        mostSigBits |= parseHex(name, dash2 + 1, dash3) & 0xffffL;
        long leastSigBits = parseHex(name, dash3 + 1, dash4) & 0xffffL;
        leastSigBits <<= 48;
        leastSigBits |= parseHex(name, dash4 + 1, len) & 0xffffffffffffL;
        return new UUID(mostSigBits, leastSigBits);
    }

    /** Long.parseLong(s, begin, end, 16) with its exception messages. */
    private static long parseHex(String s, int begin, int end) {
        if (begin == end) {
            throw new NumberFormatException("");
        }
        boolean negative = false;
        int i = begin;
        long limit = -Long.MAX_VALUE;
        char firstChar = s.charAt(i);
        if (firstChar < '0') {
            if (firstChar == '-') {
                negative = true;
                limit = Long.MIN_VALUE;
            } else if (firstChar != '+') {
                throw error(s, begin, end, i);
            }
            i++;
        }
        if (i >= end) {
            throw error(s, begin, end, i);
        }
        long multmin = limit / 16;
        long result = 0;
        while (i < end) {
            int digit = Character.digit(s.charAt(i), 16);
            if (digit < 0 || result < multmin) {
                throw error(s, begin, end, i);
            }
            result *= 16;
            if (result < limit + digit) {
                throw error(s, begin, end, i);
            }
            i++;
            result -= digit;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException error(String s, int begin, int end, int at) {
        return new NumberFormatException("Error at index " + (at - begin) + " in: \"" + s.substring(begin, end) + "\"");
    }

    public long getLeastSignificantBits() {
        return leastSigBits;
    }

    public long getMostSignificantBits() {
        return mostSigBits;
    }

    public int version() {
        return (int) ((mostSigBits >> 12) & 0x0f);
    }

    public int variant() {
        return (int) ((leastSigBits >>> (64 - (leastSigBits >>> 62))) & (leastSigBits >> 63));
    }

    public long timestamp() {
        if (version() != 1) {
            throw new UnsupportedOperationException("Not a time-based UUID");
        }
        return (mostSigBits & 0x0FFFL) << 48 | ((mostSigBits >> 16) & 0x0FFFFL) << 32 | mostSigBits >>> 32;
    }

    public int clockSequence() {
        if (version() != 1) {
            throw new UnsupportedOperationException("Not a time-based UUID");
        }
        return (int) ((leastSigBits & 0x3FFF000000000000L) >>> 48);
    }

    public long node() {
        if (version() != 1) {
            throw new UnsupportedOperationException("Not a time-based UUID");
        }
        return leastSigBits & 0x0000FFFFFFFFFFFFL;
    }

    private static void hex(StringBuilder sb, long v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append("0123456789abcdef".charAt((int) ((v >>> shift) & 0xf)));
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(36);
        hex(sb, mostSigBits >>> 32, 8);
        sb.append('-');
        hex(sb, mostSigBits >>> 16, 4);
        sb.append('-');
        hex(sb, mostSigBits, 4);
        sb.append('-');
        hex(sb, leastSigBits >>> 48, 4);
        sb.append('-');
        hex(sb, leastSigBits, 12);
        return sb.toString();
    }

    @Override
    public int hashCode() {
        long hilo = mostSigBits ^ leastSigBits;
        return ((int) (hilo >> 32)) ^ (int) hilo;
    }

    @Override
    public boolean equals(Object obj) {
        if ((null == obj) || (obj.getClass() != UUID.class)) {
            return false;
        }
        UUID id = (UUID) obj;
        return (mostSigBits == id.mostSigBits && leastSigBits == id.leastSigBits);
    }

    @Override
    public int compareTo(UUID val) {
        return (this.mostSigBits < val.mostSigBits ? -1
                : (this.mostSigBits > val.mostSigBits ? 1
                : (this.leastSigBits < val.leastSigBits ? -1
                : (this.leastSigBits > val.leastSigBits ? 1 : 0))));
    }
}

package java.util.zip;

import static sun.util.calendar.CalendarDays.*;

/**
 * Helpers of the zip format. Cortado's VM keeps time in UTC (see java.util.Date), so DOS times
 * (which are local times) are UTC here.
 */
final class ZipUtils {
    private ZipUtils() {
    }

    static final long DOSTIME_BEFORE_1980 = (1 << 21) | (1 << 16);
    static final long UPPER_DOSTIME_BOUND = 128L * 365 * 24 * 60 * 60 * 1000;
    static final int USE_UTF8 = 0x800;
    static final long ZIP64_MAGICVAL = 0xFFFFFFFFL;
    static final int EXTID_ZIP64 = 0x0001;
    static final int EXTID_EXTT = 0x5455;

    static long year(long time) {
        return civilFromDays(Math.floorDiv(time, 86400000L))[0];
    }

    /** Java time to DOS time, with the milliseconds past the even second in the upper half. */
    static long javaToExtendedDosTime(long time) {
        long days = Math.floorDiv(time, 86400000L);
        long ms = Math.floorMod(time, 86400000L);
        long[] ymd = civilFromDays(days);
        if (ymd[0] < 1980) {
            return DOSTIME_BEFORE_1980;
        }
        int secs = (int) (ms / 1000);
        long dos = ((ymd[0] - 1980) << 25 | ymd[1] << 21 | ymd[2] << 16 | (secs / 3600) << 11
                | ((secs / 60) % 60) << 5 | (secs % 60) >> 1) & 0xffffffffL;
        return dos + ((time % 2000) << 32);
    }

    /** DOS time to Java time (fields out of range roll over, as LocalDateTime's plus does). */
    static long dosToJavaTime(long dtime) {
        int year = (int) (((dtime >> 25) & 0x7f) + 1980);
        int month = (int) ((dtime >> 21) & 0x0f);
        int day = (int) ((dtime >> 16) & 0x1f);
        int hour = (int) ((dtime >> 11) & 0x1f);
        int minute = (int) ((dtime >> 5) & 0x3f);
        int second = (int) ((dtime << 1) & 0x3e);
        if (month > 0 && month < 13 && day > 0 && hour < 24 && minute < 60 && second < 60
                && day <= monthLength(year, month)) {
            return (daysFromCivil(year, month, day) * 86400L + hour * 3600L + minute * 60L + second) * 1000L;
        }
        // Out-of-range fields: as ZipUtils.overflowDosToJavaTime (1980-01-01 plus each field).
        long days = daysFromCivil(year, 1, 1);
        long[] ymd = civilFromDays(days);
        long y = ymd[0];
        long m = 1 + (month - 1);
        y += Math.floorDiv(m - 1, 12);
        m = Math.floorMod(m - 1, 12) + 1;
        long base = daysFromCivil(y, (int) m, 1) + (day - 1);
        return (base * 86400L + hour * 3600L + minute * 60L + second) * 1000L;
    }

    static int monthLength(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    static long extendedDosToJavaTime(long xdostime) {
        long time = dosToJavaTime(xdostime);
        return time + (xdostime >> 32);
    }

    /**
     * Strict UTF-8, as the JDK decodes zip entry names: malformed input throws
     * IllegalArgumentException("malformed input off : <index>, length : <n>").
     */
    static String utf8(byte[] src, int off, int len) {
        StringBuilder dst = new StringBuilder(len);
        int sp = off;
        int sl = off + len;
        while (sp < sl) {
            int b1 = src[sp++];
            if (b1 >= 0) {
                dst.append((char) b1);
            } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
                if (sp < sl) {
                    int b2 = src[sp++];
                    if ((b2 & 0xc0) != 0x80) {
                        throw malformed(sp - 1, 1);
                    }
                    dst.append((char) (((b1 << 6) ^ b2) ^ (((byte) 0xC0 << 6) ^ ((byte) 0x80))));
                    continue;
                }
                throw malformed(sp, 1);
            } else if ((b1 >> 4) == -2) {
                if (sp + 1 < sl) {
                    int b2 = src[sp++];
                    int b3 = src[sp++];
                    if ((b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || (b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80) {
                        throw malformed(sp - 3, 3);
                    }
                    char c = (char) ((b1 << 12) ^ (b2 << 6)
                            ^ (b3 ^ (((byte) 0xE0 << 12) ^ ((byte) 0x80 << 6) ^ ((byte) 0x80))));
                    if (Character.isSurrogate(c)) {
                        throw malformed(sp - 3, 3);
                    }
                    dst.append(c);
                    continue;
                }
                if (sp < sl && ((b1 == (byte) 0xe0 && (src[sp] & 0xe0) == 0x80) || (src[sp] & 0xc0) != 0x80)) {
                    throw malformed(sp - 1, 2);
                }
                throw malformed(sp, 1);
            } else if ((b1 >> 3) == -2) {
                if (sp + 2 < sl) {
                    int b2 = src[sp++];
                    int b3 = src[sp++];
                    int b4 = src[sp++];
                    int uc = ((b1 << 18) ^ (b2 << 12) ^ (b3 << 6)
                            ^ (b4 ^ (((byte) 0xF0 << 18) ^ ((byte) 0x80 << 12) ^ ((byte) 0x80 << 6) ^ ((byte) 0x80))));
                    if ((b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80 || (b4 & 0xc0) != 0x80
                            || !Character.isSupplementaryCodePoint(uc)) {
                        throw malformed(sp - 4, 4);
                    }
                    dst.appendCodePoint(uc);
                    continue;
                }
                throw malformed(sp - 1, 1);
            } else {
                throw malformed(sp - 1, 1);
            }
        }
        return dst.toString();
    }

    private static IllegalArgumentException malformed(int off, int nb) {
        return new IllegalArgumentException("malformed input off : " + off + ", length : " + nb);
    }

    static boolean isUTF8(java.nio.charset.Charset cs) {
        return cs.name().equals("UTF-8");
    }

    static int get16(byte[] b, int off) {
        return (b[off] & 0xff) | ((b[off + 1] & 0xff) << 8);
    }

    static long get32(byte[] b, int off) {
        return (get16(b, off) | ((long) get16(b, off + 2) << 16)) & 0xffffffffL;
    }

    static long get64(byte[] b, int off) {
        return get32(b, off) | (get32(b, off + 4) << 32);
    }
}

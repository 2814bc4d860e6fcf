package jdk.internal.util;

import java.util.regex.Pattern;

/**
 * The patterns String.split, replaceAll, replaceFirst and matches (Pattern.matches) compiled
 * last, by regex: a small direct-mapped table, so that a loop splitting every input line on
 * "\\s+" compiles the pattern once instead of once per line (a Pattern is immutable and may
 * be shared between threads; an entry is published whole through its final fields, so a race
 * only misses).
 * Only successful compiles are kept: a bad regex throws from Pattern.compile every time.
 * Not part of the JDK API.
 */
public final class RegexCache {
    private RegexCache() {}

    private static final class Entry {
        final String regex;
        final Pattern pattern;

        Entry(String regex, Pattern pattern) {
            this.regex = regex;
            this.pattern = pattern;
        }
    }

    private static final Entry[] TABLE = new Entry[16];

    /** The cached pattern of regex, or null (also for a null regex). */
    public static Pattern get(String regex) {
        if (regex == null) {
            return null;
        }
        Entry e = TABLE[regex.hashCode() & (TABLE.length - 1)];
        return e != null && e.regex.equals(regex) ? e.pattern : null;
    }

    public static void put(String regex, Pattern pattern) {
        TABLE[regex.hashCode() & (TABLE.length - 1)] = new Entry(regex, pattern);
    }
}

package java.nio.file.attribute;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Conversions between permission sets and their "rwxr-x---" form, as the JDK's. */
public final class PosixFilePermissions {
    private PosixFilePermissions() {}

    private static final PosixFilePermission[] ALL = PosixFilePermission.values();
    private static final char[] LETTERS = {'r', 'w', 'x'};

    public static String toString(Set<PosixFilePermission> perms) {
        StringBuilder sb = new StringBuilder(9);
        for (PosixFilePermission p : ALL) {
            sb.append(perms.contains(p) ? LETTERS[p.ordinal() % 3] : '-');
        }
        return sb.toString();
    }

    public static Set<PosixFilePermission> fromString(String perms) {
        if (perms.length() != 9) {
            throw new IllegalArgumentException("Invalid mode");
        }
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < 9; i++) {
            char c = perms.charAt(i);
            if (c == LETTERS[i % 3]) {
                result.add(ALL[i]);
            } else if (c != '-') {
                throw new IllegalArgumentException("Invalid mode");
            }
        }
        return result;
    }

    public static FileAttribute<Set<PosixFilePermission>> asFileAttribute(Set<PosixFilePermission> perms) {
        Set<PosixFilePermission> copy = new HashSet<>(perms);
        for (PosixFilePermission p : copy) {
            if (p == null) {
                throw new NullPointerException();
            }
        }
        Set<PosixFilePermission> value = Collections.unmodifiableSet(copy);
        return new FileAttribute<>() {
            @Override
            public String name() {
                return "posix:permissions";
            }

            @Override
            public Set<PosixFilePermission> value() {
                return value;
            }
        };
    }
}

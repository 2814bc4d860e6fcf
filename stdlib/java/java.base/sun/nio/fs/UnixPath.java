package sun.nio.fs;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.internal.io.HostFiles;

/** java.nio.file.Path on Unix: a normalized path string and its name elements. */
public final class UnixPath implements Path {
    private final String path;
    /** Name elements; the empty path has one empty name, "/" has none. */
    private final String[] names;

    private UnixPath(String normalized) {
        this.path = normalized;
        if (normalized.isEmpty()) {
            names = new String[] {""};
        } else {
            String rest = normalized.startsWith("/") ? normalized.substring(1) : normalized;
            names = rest.isEmpty() ? new String[0] : rest.split("/");
        }
    }

    public static Path of(String first, String... more) {
        String path;
        if (more.length == 0) {
            path = first;
        } else {
            StringBuilder sb = new StringBuilder();
            sb.append(first);
            for (String segment : more) {
                if (!segment.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append('/');
                    }
                    sb.append(segment);
                }
            }
            path = sb.toString();
        }
        return new UnixPath(normalizeAndCheck(path));
    }

    static String normalizeAndCheck(String input) {
        int n = input.length();
        StringBuilder sb = new StringBuilder(n);
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (c == '\u0000') {
                throw new InvalidPathException(input, "Nul character not allowed");
            }
            if (c == '/' && prev == '/') {
                continue;
            }
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    private static UnixPath fromNames(boolean absolute, List<String> names) {
        String joined = String.join("/", names);
        return new UnixPath(absolute ? "/" + joined : joined);
    }

    @Override
    public java.nio.file.FileSystem getFileSystem() {
        return UnixFileSystem.INSTANCE;
    }

    private static UnixPath toUnixPath(Path obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        if (!(obj instanceof UnixPath)) {
            throw new java.nio.file.ProviderMismatchException();
        }
        return (UnixPath) obj;
    }

    private boolean isEmpty() {
        return path.isEmpty();
    }

    @Override
    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    @Override
    public Path getRoot() {
        return isAbsolute() ? new UnixPath("/") : null;
    }

    @Override
    public Path getFileName() {
        if (isEmpty()) {
            return this;
        }
        if (names.length == 0) {
            return null;
        }
        if (names.length == 1 && !isAbsolute()) {
            return this;
        }
        return new UnixPath(names[names.length - 1]);
    }

    @Override
    public Path getParent() {
        if (names.length == 0 || isEmpty()) {
            return null;
        }
        int last = path.lastIndexOf('/');
        if (last < 0) {
            return null;
        }
        if (last == 0) {
            return new UnixPath("/");
        }
        return new UnixPath(path.substring(0, last));
    }

    @Override
    public int getNameCount() {
        return names.length;
    }

    @Override
    public Path getName(int index) {
        if (index < 0 || index >= names.length) {
            throw new IllegalArgumentException();
        }
        return new UnixPath(names[index]);
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex >= names.length || endIndex > names.length || beginIndex >= endIndex) {
            throw new IllegalArgumentException();
        }
        return fromNames(false, Arrays.asList(names).subList(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
        UnixPath that = toUnixPath(other);
        if (that.isAbsolute() != this.isAbsolute()) {
            return false;
        }
        if (that.isEmpty()) {
            return this.isEmpty();
        }
        if (that.names.length > this.names.length) {
            return false;
        }
        for (int i = 0; i < that.names.length; i++) {
            if (!that.names[i].equals(this.names[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean endsWith(Path other) {
        UnixPath that = toUnixPath(other);
        if (that.isAbsolute()) {
            return this.equals(that);
        }
        if (that.isEmpty()) {
            return this.isEmpty();
        }
        if (that.names.length > this.names.length) {
            return false;
        }
        int offset = this.names.length - that.names.length;
        for (int i = 0; i < that.names.length; i++) {
            if (!that.names[i].equals(this.names[offset + i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path normalize() {
        if (isEmpty()) {
            return this;
        }
        boolean absolute = isAbsolute();
        ArrayList<String> out = new ArrayList<>();
        for (String name : names) {
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                    continue;
                }
                if (absolute) {
                    continue;
                }
            }
            out.add(name);
        }
        UnixPath result = fromNames(absolute, out);
        return result.path.equals(path) ? this : result;
    }

    @Override
    public Path resolve(Path obj) {
        UnixPath other = toUnixPath(obj);
        if (other.isAbsolute()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        if (path.equals("/")) {
            return new UnixPath("/" + other.path);
        }
        return new UnixPath(path + "/" + other.path);
    }

    @Override
    public Path relativize(Path obj) {
        UnixPath other = toUnixPath(obj);
        if (other.equals(this)) {
            return new UnixPath("");
        }
        if (this.isAbsolute() != other.isAbsolute()) {
            throw new IllegalArgumentException("'other' is different type of Path");
        }
        if (this.isEmpty()) {
            return other;
        }
        List<String> mine = this.names.length == 1 && this.names[0].isEmpty() ? List.of() : Arrays.asList(this.names);
        List<String> theirs = other.isEmpty() ? List.of() : Arrays.asList(other.names);
        int common = 0;
        while (common < mine.size() && common < theirs.size() && mine.get(common).equals(theirs.get(common))) {
            common++;
        }
        ArrayList<String> out = new ArrayList<>();
        for (int i = common; i < mine.size(); i++) {
            out.add("..");
        }
        out.addAll(theirs.subList(common, theirs.size()));
        return fromNames(false, out);
    }

    public static Path of(java.net.URI uri) {
        return UnixUris.fromUri(uri);
    }

    @Override
    public java.net.URI toUri() {
        return UnixUris.toUri(toAbsolutePath());
    }

    @Override
    public Path toAbsolutePath() {
        if (isAbsolute()) {
            return this;
        }
        return new UnixPath(normalizeAndCheck(jdk.internal.util.StaticProperty.get("user.dir"))).resolve(this);
    }

    /** The absolute, normalized path if it exists (symbolic links are not resolved). */
    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        boolean follow = true;
        for (LinkOption option : options) {
            if (option == LinkOption.NOFOLLOW_LINKS) {
                follow = false;
            } else if (option == null) {
                throw new NullPointerException();
            }
        }
        if (follow) {
            int[] err = new int[1];
            String resolved = HostFiles.realpath0(toAbsolutePath().toString(), err);
            if (resolved == null) {
                throw FileErrors.translate(err[0], path, null);
            }
            return getFileSystem().getPath(resolved);
        }
        Path real = toAbsolutePath().normalize();
        int r = HostFiles.stat0(real.toString(), true, new long[4]);
        if (r < 0) {
            throw FileErrors.translate(-r, path, null);
        }
        return real;
    }

    @Override
    public int compareTo(Path other) {
        return path.compareTo(((UnixPath) other).path);
    }

    @Override
    public boolean equals(Object ob) {
        return ob instanceof UnixPath && ((UnixPath) ob).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}

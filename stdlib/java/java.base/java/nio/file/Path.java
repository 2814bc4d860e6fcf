package java.nio.file;

import java.io.File;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** A Unix file path (the default file system is the only one). */
public interface Path extends Comparable<Path>, Iterable<Path> {
    static Path of(String first, String... more) {
        return sun.nio.fs.UnixPath.of(first, more);
    }

    /**
     * The path of a file: URI; a URI of another scheme throws FileSystemNotFoundException, as
     * the default file system is the only one.
     */
    static Path of(java.net.URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            throw new IllegalArgumentException("Missing scheme");
        }
        if (scheme.equalsIgnoreCase("file")) {
            return sun.nio.fs.UnixPath.of(uri);
        }
        if (scheme.equalsIgnoreCase("jar")) {
            // the zip file system provider: Cortado opens no zip file systems
            if (uri.getSchemeSpecificPart().indexOf("!/") < 0) {
                throw new IllegalArgumentException(
                        "URI: " + uri + " does not contain path info ex. jar:file:/c:/foo.zip!/BAR");
            }
            throw new FileSystemNotFoundException();
        }
        throw new FileSystemNotFoundException("Provider \"" + scheme + "\" not installed");
    }

    FileSystem getFileSystem();

    boolean isAbsolute();

    Path getRoot();

    Path getFileName();

    Path getParent();

    int getNameCount();

    Path getName(int index);

    Path subpath(int beginIndex, int endIndex);

    boolean startsWith(Path other);

    default boolean startsWith(String other) {
        return startsWith(Path.of(other));
    }

    boolean endsWith(Path other);

    default boolean endsWith(String other) {
        return endsWith(Path.of(other));
    }

    Path normalize();

    Path resolve(Path other);

    default Path resolve(String other) {
        return resolve(Path.of(other));
    }

    /** first, then each of more, resolved in turn against this path (Java 22). */
    default Path resolve(String first, String... more) {
        Path result = resolve(first);
        for (String s : more) {
            result = result.resolve(s);
        }
        return result;
    }

    /** first, then each of more, resolved in turn against this path (Java 22). */
    default Path resolve(Path first, Path... more) {
        Path result = resolve(first);
        for (Path p : more) {
            result = result.resolve(p);
        }
        return result;
    }

    default Path resolveSibling(Path other) {
        if (other == null) {
            throw new NullPointerException();
        }
        Path parent = getParent();
        return (parent == null) ? other : parent.resolve(other);
    }

    default Path resolveSibling(String other) {
        return resolveSibling(Path.of(other));
    }

    Path relativize(Path other);

    Path toAbsolutePath();

    /** A file:/// URI of the absolute path, with a trailing slash for an existing directory. */
    java.net.URI toUri();

    Path toRealPath(LinkOption... options) throws java.io.IOException;

    default File toFile() {
        return new File(toString());
    }

    @Override
    default Iterator<Path> iterator() {
        return new Iterator<>() {
            private int i = 0;

            @Override
            public boolean hasNext() {
                return (i < getNameCount());
            }

            @Override
            public Path next() {
                if (i < getNameCount()) {
                    Path result = getName(i);
                    i++;
                    return result;
                } else {
                    throw new NoSuchElementException();
                }
            }
        };
    }

    @Override
    int compareTo(Path other);

    @Override
    boolean equals(Object other);

    @Override
    int hashCode();

    @Override
    String toString();
}

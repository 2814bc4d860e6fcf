package java.nio.file;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import jdk.internal.io.HostFiles;
import sun.nio.cs.CortadoCharset;
import sun.nio.fs.FileErrors;

/**
 * Static file operations on the default (Unix) file system, with the JDK's exceptions.
 * {@code list}, {@code walk}, {@code find}, {@code walkFileTree} and {@code newDirectoryStream}
 * return entries in the host's directory order, as the JDK does (which is no particular order:
 * sort when order matters).
 * Attributes by name (getAttribute, readAttributes(Path, String)) cover the basic, posix and
 * owner views; owners and groups can be read, not changed.
 */
public final class Files {
    private Files() {}

    private static final int BUFFER_SIZE = 8192;

    // ---- metadata

    private static boolean follow(LinkOption... options) {
        for (LinkOption option : options) {
            if (option == LinkOption.NOFOLLOW_LINKS) {
                return false;
            } else if (option == null) {
                throw new NullPointerException();
            }
        }
        return true;
    }

    /** What stat0 fills: see StatAttributes. */
    private static final int STAT_LENGTH = 17;

    /** stat or the translated exception. */
    private static long[] stat(Path path, boolean follow) throws IOException {
        long[] out = new long[STAT_LENGTH];
        int r = HostFiles.stat0(path.toString(), follow, out);
        if (r < 0) {
            throw FileErrors.translate(-r, path.toString(), null);
        }
        return out;
    }

    private static long[] statOrNull(Path path, boolean follow) {
        long[] out = new long[STAT_LENGTH];
        return HostFiles.stat0(path.toString(), follow, out) == 0 ? out : null;
    }

    /** The file's permission bits as a set (a HashSet filled from owner read on, as the JDK's). */
    public static Set<PosixFilePermission> getPosixFilePermissions(Path path, LinkOption... options)
            throws IOException {
        long mode = stat(path, follow(options))[3];
        Set<PosixFilePermission> perms = new HashSet<>();
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((mode & (0400 >> p.ordinal())) != 0) {
                perms.add(p);
            }
        }
        return perms;
    }

    /** Sets the file's permission bits (chmod) to exactly perms. */
    public static Path setPosixFilePermissions(Path path, Set<PosixFilePermission> perms) throws IOException {
        int mode = 0;
        for (PosixFilePermission p : perms) {
            mode |= 0400 >> p.ordinal(); // NullPointerException for a null element, as the JDK
        }
        int r = HostFiles.setMode0(path.toString(), mode);
        if (r < 0) {
            throw FileErrors.translate(-r, path.toString(), null);
        }
        return path;
    }

    public static boolean exists(Path path, LinkOption... options) {
        return statOrNull(path, follow(options)) != null;
    }

    public static boolean notExists(Path path, LinkOption... options) {
        int r = HostFiles.stat0(path.toString(), follow(options), new long[4]);
        return r == -HostFiles.ENOENT;
    }

    public static boolean isDirectory(Path path, LinkOption... options) {
        long[] s = statOrNull(path, follow(options));
        return s != null && s[0] == HostFiles.DIRECTORY;
    }

    public static boolean isRegularFile(Path path, LinkOption... options) {
        long[] s = statOrNull(path, follow(options));
        return s != null && s[0] == HostFiles.REGULAR;
    }

    public static boolean isSymbolicLink(Path path) {
        long[] s = statOrNull(path, false);
        return s != null && s[0] == HostFiles.SYMLINK;
    }

    /** access(2), as the JDK's checkAccess: the kernel's answer for this process. */
    public static boolean isReadable(Path path) {
        return HostFiles.access0(path.toString(), 4) == 0;
    }

    public static boolean isWritable(Path path) {
        return HostFiles.access0(path.toString(), 2) == 0;
    }

    public static boolean isExecutable(Path path) {
        return HostFiles.access0(path.toString(), 1) == 0;
    }

    public static boolean isHidden(Path path) throws IOException {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    public static long size(Path path) throws IOException {
        return stat(path, true)[1];
    }

    public static java.nio.file.attribute.FileTime getLastModifiedTime(Path path, LinkOption... options)
            throws IOException {
        return new StatAttributes(stat(path, follow(options))).lastModifiedTime();
    }

    public static Path setLastModifiedTime(Path path, java.nio.file.attribute.FileTime time) throws IOException {
        java.util.Objects.requireNonNull(time, "time");
        stat(path, true);
        int r = HostFiles.setLastModified0(path.toString(), time.toMillis());
        if (r < 0) {
            throw FileErrors.translate(-r, path.toString(), null);
        }
        return path;
    }

    public static boolean isSameFile(Path path, Path path2) throws IOException {
        if (path.equals(path2)) {
            return true;
        }
        Objects.requireNonNull(path2);
        long[] a = stat(path, true);
        long[] b = stat(path2, true);
        return a[10] == b[10] && a[11] == b[11]; // same inode on the same device
    }

    // ---- opening

    private static int open(Path path, int flags) throws IOException {
        int fd = HostFiles.open0(path.toString(), flags);
        if (fd < 0) {
            if (-fd == HostFiles.EISDIR && (flags & HostFiles.WRITE) == 0) {
                throw new IOException("Is a directory");
            }
            throw FileErrors.translate(-fd, path.toString(), null);
        }
        return fd;
    }

    private static int outputFlags(OpenOption... options) {
        if (options.length == 0) {
            return HostFiles.WRITE | HostFiles.CREATE | HostFiles.TRUNCATE;
        }
        int flags = HostFiles.WRITE;
        for (OpenOption option : options) {
            if (option == StandardOpenOption.READ) {
                throw new IllegalArgumentException("READ not allowed");
            } else if (option == StandardOpenOption.APPEND) {
                flags |= HostFiles.APPEND;
            } else if (option == StandardOpenOption.TRUNCATE_EXISTING) {
                flags |= HostFiles.TRUNCATE;
            } else if (option == StandardOpenOption.CREATE) {
                flags |= HostFiles.CREATE;
            } else if (option == StandardOpenOption.CREATE_NEW) {
                flags |= HostFiles.CREATE_NEW;
            } else if (option == null) {
                throw new NullPointerException();
            }
        }
        if ((flags & HostFiles.APPEND) != 0 && (flags & HostFiles.TRUNCATE) != 0) {
            throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
        }
        return flags;
    }

    public static java.nio.channels.SeekableByteChannel newByteChannel(Path path,
            Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        return java.nio.channels.FileChannel.open(path, options, attrs);
    }

    public static java.nio.channels.SeekableByteChannel newByteChannel(Path path,
            OpenOption... options) throws IOException {
        return java.nio.channels.FileChannel.open(path, options);
    }

    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        for (OpenOption option : options) {
            if (option == StandardOpenOption.APPEND || option == StandardOpenOption.WRITE) {
                throw new UnsupportedOperationException("'" + option + "' not allowed");
            }
        }
        int fd = open(path, HostFiles.READ);
        deleteOnClose(path, options);
        return HostFiles.streamAccess().newInputStream(fd, path.toString());
    }

    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        int fd = open(path, outputFlags(options));
        deleteOnClose(path, options);
        return HostFiles.streamAccess().newOutputStream(fd, path.toString());
    }

    /** DELETE_ON_CLOSE, as the JDK on Unix: the name goes at once; the open descriptor keeps the file. */
    private static void deleteOnClose(Path path, OpenOption... options) {
        for (OpenOption option : options) {
            if (option == StandardOpenOption.DELETE_ON_CLOSE) {
                HostFiles.delete0(path.toString());
                return;
            }
        }
    }

    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        // A JDK CharsetDecoder reports malformed input.
        return new BufferedReader(new InputStreamReader(newInputStream(path), CortadoCharset.reporting(cs)));
    }

    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options) throws IOException {
        // A JDK CharsetEncoder reports malformed and unmappable input.
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(path, options), CortadoCharset.reporting(cs)));
    }

    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    // ---- reading and writing whole files

    public static byte[] readAllBytes(Path path) throws IOException {
        try (InputStream in = newInputStream(path)) {
            return in.readAllBytes();
        }
    }

    public static String readString(Path path) throws IOException {
        return readString(path, StandardCharsets.UTF_8);
    }

    public static String readString(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(cs);
        byte[] bytes = readAllBytes(path);
        int malformed = CortadoCharset.of(cs).malformedStringLength(bytes, 0, bytes.length);
        if (malformed > 0) {
            throw new MalformedInputException(malformed);
        }
        return new String(bytes, cs);
    }

    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        try (BufferedReader reader = newBufferedReader(path, cs)) {
            List<String> result = new ArrayList<>();
            for (;;) {
                String line = reader.readLine();
                if (line == null) {
                    break;
                }
                result.add(line);
            }
            return result;
        }
    }

    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    public static Stream<String> lines(Path path, Charset cs) throws IOException {
        long[] s = statOrNull(path, true);
        if (s != null && s[0] == HostFiles.DIRECTORY) {
            // the JDK opens a directory and fails reading it, in the terminal operation
            return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(
                    new java.util.Iterator<String>() {
                        public boolean hasNext() {
                            throw new UncheckedIOException(new IOException("Is a directory"));
                        }

                        public String next() {
                            throw new UncheckedIOException(new IOException("Is a directory"));
                        }
                    }, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false);
        }
        BufferedReader br = newBufferedReader(path, cs);
        try {
            return br.lines().onClose(() -> {
                try {
                    br.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (Error | RuntimeException e) {
            try {
                br.close();
            } catch (IOException ex) {
                e.addSuppressed(ex);
            }
            throw e;
        }
    }

    public static Stream<String> lines(Path path) throws IOException {
        return lines(path, StandardCharsets.UTF_8);
    }

    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        Objects.requireNonNull(bytes);
        try (OutputStream out = newOutputStream(path, options)) {
            out.write(bytes, 0, bytes.length);
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(lines);
        try (BufferedWriter writer = newBufferedWriter(path, cs, options)) {
            for (CharSequence line : lines) {
                writer.append(line);
                writer.newLine();
            }
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options)
            throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(csq);
        char[] chars = csq.toString().toCharArray();
        CharacterCodingException error = CortadoCharset.of(cs).stringEncodeError(chars, 0, chars.length);
        if (error != null) {
            throw error;
        }
        return write(path, csq.toString().getBytes(cs), options);
    }

    // ---- creating, deleting, moving

    /**
     * The mode that initial attributes ask for (the JDK's UnixFileModeAttribute.toUnixMode):
     * the last posix:permissions (or unix:permissions) attribute, or -1 if there is none.
     */
    @SuppressWarnings("unchecked")
    private static int initialMode(FileAttribute<?>... attrs) {
        int mode = -1;
        for (FileAttribute<?> attr : attrs) {
            String name = attr.name();
            if (!name.equals("posix:permissions") && !name.equals("unix:permissions")) {
                throw new UnsupportedOperationException("'" + attr.name() + "' not supported as initial attribute");
            }
            mode = 0;
            for (PosixFilePermission p : (Set<PosixFilePermission>) attr.value()) {
                mode |= 0400 >> p.ordinal();
            }
        }
        return mode;
    }

    /** Gives a file just created the mode its initial attributes asked for, less the umask. */
    private static void applyInitialMode(Path path, int mode) throws IOException {
        if (mode >= 0) {
            int r = HostFiles.setMode0(path.toString(), mode & ~HostFiles.umask0());
            if (r < 0) {
                throw FileErrors.translate(-r, path.toString(), null);
            }
        }
    }

    public static Path createFile(Path path, FileAttribute<?>... attrs) throws IOException {
        int mode = initialMode(attrs);
        int fd = open(path, HostFiles.WRITE | HostFiles.CREATE_NEW);
        HostFiles.streamAccess().newOutputStream(fd, path.toString()).close();
        applyInitialMode(path, mode);
        return path;
    }

    public static Path createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        int mode = initialMode(attrs);
        int r = HostFiles.mkdir0(dir.toString());
        if (r < 0) {
            throw FileErrors.translate(-r, dir.toString(), null);
        }
        applyInitialMode(dir, mode);
        return dir;
    }

    private static void createAndCheckIsDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        try {
            createDirectory(dir, attrs);
        } catch (FileAlreadyExistsException x) {
            if (!isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw x;
            }
        }
    }

    public static Path createDirectories(Path dir, FileAttribute<?>... attrs) throws IOException {
        try {
            createAndCheckIsDirectory(dir, attrs);
            return dir;
        } catch (FileAlreadyExistsException x) {
            throw x;
        } catch (IOException x) {
            // the parent may not exist or other reason
        }
        dir = dir.toAbsolutePath();
        Path parent = dir.getParent();
        while (parent != null) {
            if (exists(parent)) {
                break;
            }
            parent = parent.getParent();
        }
        if (parent == null) {
            throw new FileSystemException(dir.toString(), null, "Unable to determine if root directory exists");
        }
        Path child = parent;
        for (Path name : parent.relativize(dir)) {
            child = child.resolve(name);
            createAndCheckIsDirectory(child, attrs);
        }
        return dir;
    }

    /** Creates the symbolic link link to target (stored as given, not resolved). */
    public static Path createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        Objects.requireNonNull(target);
        if (attrs.length > 0) {
            Objects.requireNonNull(attrs[0]);
            // no space after "attributes": the JDK's message
            throw new UnsupportedOperationException("Initial file attributesnot supported when creating symbolic link");
        }
        int r = HostFiles.symlink0(target.toString(), link.toString());
        if (r < 0) {
            throw FileErrors.translate(-r, link.toString(), null);
        }
        return link;
    }

    /** Creates link as a new name (hard link) of the existing file. */
    public static Path createLink(Path link, Path existing) throws IOException {
        int r = HostFiles.link0(existing.toString(), link.toString());
        if (r < 0) {
            throw FileErrors.translate(-r, link.toString(), existing.toString());
        }
        return link;
    }

    /** The target of the symbolic link link, as it was stored. */
    public static Path readSymbolicLink(Path link) throws IOException {
        int[] err = new int[1];
        String target = HostFiles.readlink0(link.toString(), err);
        if (target == null) {
            if (err[0] == HostFiles.EINVAL) {
                throw new NotLinkException(link.toString());
            }
            throw FileErrors.translate(err[0], link.toString(), null);
        }
        return link.getFileSystem().getPath(target);
    }

    /**
     * The content type of the file from its name, as JDK 17 on Linux (installed detectors,
     * ~/.mime.types, /etc/mime.types, then URLConnection's file name map): see
     * sun.nio.fs.ContentTypeProbe. The file need not exist.
     */
    public static String probeContentType(Path path) throws IOException {
        return sun.nio.fs.ContentTypeProbe.probe(path);
    }

    public static void delete(Path path) throws IOException {
        stat(path, false);
        int r = HostFiles.delete0(path.toString());
        if (r < 0) {
            if (-r == HostFiles.ENOTEMPTY || -r == HostFiles.EEXIST) {
                throw new DirectoryNotEmptyException(path.toString());
            }
            throw FileErrors.translate(-r, path.toString(), null);
        }
    }

    public static boolean deleteIfExists(Path path) throws IOException {
        try {
            delete(path);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static boolean has(Object[] options, Object wanted) {
        for (Object option : options) {
            if (option == null) {
                throw new NullPointerException();
            }
            if (option == wanted) {
                return true;
            }
        }
        return false;
    }

    /** Prepares target for a copy or move: refuses or removes an existing target. */
    private static void clearTarget(Path target, CopyOption... options) throws IOException {
        if (statOrNull(target, false) != null) {
            if (!has(options, StandardCopyOption.REPLACE_EXISTING)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            delete(target);
        }
    }

    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        long[] s = stat(source, !has(options, LinkOption.NOFOLLOW_LINKS));
        if (source.equals(target)) {
            return target;
        }
        clearTarget(target, options);
        if (s[0] == HostFiles.SYMLINK) {
            createSymbolicLink(target, readSymbolicLink(source));
            return target;
        }
        if (s[0] == HostFiles.DIRECTORY) {
            createDirectory(target);
        } else {
            try (InputStream in = newInputStream(source);
                    OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                in.transferTo(out);
            }
        }
        // As the JDK's UnixCopyFile: the target is created with the source's permission bits
        // (less the umask); COPY_ATTRIBUTES sets them exactly and copies the modification time.
        boolean copyAttributes = has(options, StandardCopyOption.COPY_ATTRIBUTES);
        int mode = (int) s[3] & (copyAttributes ? 07777 : ~HostFiles.umask0() & 07777);
        int r = HostFiles.setMode0(target.toString(), mode);
        if (r == 0 && copyAttributes) {
            r = HostFiles.setLastModified0(target.toString(), s[2]);
        }
        if (r < 0) {
            throw FileErrors.translate(-r, target.toString(), null);
        }
        return target;
    }

    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        stat(source, false);
        if (source.equals(target)) {
            return target;
        }
        if (statOrNull(target, false) != null && !has(options, StandardCopyOption.REPLACE_EXISTING)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        int r = HostFiles.rename0(source.toString(), target.toString());
        if (r < 0) {
            if (-r == HostFiles.ENOTEMPTY || -r == HostFiles.EEXIST) {
                throw new DirectoryNotEmptyException(target.toString());
            }
            throw FileErrors.translate(-r, source.toString(), target.toString());
        }
        return target;
    }

    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        Objects.requireNonNull(in);
        clearTarget(target, options);
        try (OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            return in.transferTo(out);
        }
    }

    public static long copy(Path source, OutputStream out) throws IOException {
        Objects.requireNonNull(out);
        try (InputStream in = newInputStream(source)) {
            return in.transferTo(out);
        }
    }

    // ---- directories

    private static String[] names(Path dir) throws IOException {
        int[] err = new int[1];
        String[] names = HostFiles.list0(dir.toString(), err);
        if (names == null) {
            if (err[0] == HostFiles.ENOTDIR) {
                throw new NotDirectoryException(dir.toString());
            }
            throw FileErrors.translate(err[0], dir.toString(), null);
        }
        return names;
    }

    /** The entries of dir, in the host's directory order (as the JDK: no particular order). */
    public static Stream<Path> list(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String name : names(dir)) {
            entries.add(dir.resolve(name));
        }
        return entries.stream();
    }

    public static Stream<Path> walk(Path start, FileVisitOption... options) throws IOException {
        return walk(start, Integer.MAX_VALUE, options);
    }

    /**
     * start and everything below it, depth first, each directory before its entries; lazily, as
     * the JDK's FileTreeIterator: an I/O error below start comes as an UncheckedIOException.
     */
    public static Stream<Path> walk(Path start, int maxDepth, FileVisitOption... options) throws IOException {
        FindIterator iterator = new FindIterator(start, maxDepth, options);
        java.util.Spliterator<WalkEvent> spliterator = java.util.Spliterators.spliteratorUnknownSize(iterator,
                java.util.Spliterator.DISTINCT);
        return java.util.stream.StreamSupport.stream(spliterator, false).map(entry -> entry.file);
    }

    // ---- attributes

    /**
     * The attributes from stat0's {kind, size, mtime ms, mode, mtime s, ns, atime s, ns, ctime s,
     * ns, inode, device, links, uid, gid, birth s, ns}; owner and group are named when first asked for.
     */
    private static final class StatAttributes implements java.nio.file.attribute.PosixFileAttributes {
        private final long[] stat;
        private java.nio.file.attribute.UserPrincipal owner;
        private java.nio.file.attribute.GroupPrincipal group;

        StatAttributes(long[] stat) {
            this.stat = stat;
        }

        /** The JDK's toFileTime: seconds if there are no nanoseconds, else nanoseconds. */
        private static java.nio.file.attribute.FileTime time(long sec, long nsec) {
            if (nsec == 0) {
                return java.nio.file.attribute.FileTime.from(sec, java.util.concurrent.TimeUnit.SECONDS);
            }
            try {
                long nanos = Math.addExact(nsec, Math.multiplyExact(sec, 1_000_000_000L));
                return java.nio.file.attribute.FileTime.from(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (ArithmeticException ignore) {
                long micro = sec * 1_000_000L + nsec / 1_000;
                return java.nio.file.attribute.FileTime.from(micro, java.util.concurrent.TimeUnit.MICROSECONDS);
            }
        }

        public java.nio.file.attribute.FileTime lastModifiedTime() {
            return time(stat[4], stat[5]);
        }

        public java.nio.file.attribute.FileTime lastAccessTime() {
            return time(stat[6], stat[7]);
        }

        /** The birth time (statx), or the modification time where the system keeps none. */
        public java.nio.file.attribute.FileTime creationTime() {
            return time(stat[15], stat[16]);
        }

        public boolean isRegularFile() {
            return stat[0] == HostFiles.REGULAR;
        }

        public boolean isDirectory() {
            return stat[0] == HostFiles.DIRECTORY;
        }

        public boolean isSymbolicLink() {
            return stat[0] == HostFiles.SYMLINK;
        }

        public boolean isOther() {
            return stat[0] == HostFiles.OTHER;
        }

        public long size() {
            return stat[1];
        }

        public Object fileKey() {
            return new sun.nio.fs.UnixFileKey(stat[11], stat[10]);
        }

        public java.nio.file.attribute.UserPrincipal owner() {
            if (owner == null) {
                owner = sun.nio.fs.UnixUserPrincipals.fromUid((int) stat[13]);
            }
            return owner;
        }

        public java.nio.file.attribute.GroupPrincipal group() {
            if (group == null) {
                group = sun.nio.fs.UnixUserPrincipals.fromGid((int) stat[14]);
            }
            return group;
        }

        /** A HashSet filled from owner read on, as the JDK's. */
        public Set<PosixFilePermission> permissions() {
            Set<PosixFilePermission> perms = new HashSet<>();
            for (PosixFilePermission p : PosixFilePermission.values()) {
                if ((stat[3] & (0400 >> p.ordinal())) != 0) {
                    perms.add(p);
                }
            }
            return perms;
        }
    }

    /** The owner of the file, by its user name (the number if it has none). */
    public static java.nio.file.attribute.UserPrincipal getOwner(Path path, LinkOption... options) throws IOException {
        return new StatAttributes(stat(path, follow(options))).owner();
    }

    /**
     * A view of the file's attributes of the given type: the basic view (readAttributes, and
     * setTimes, which sets the modification time; this host layer cannot set access or creation
     * times), or null for a view type this file system does not offer.
     */
    @SuppressWarnings("unchecked")
    public static <V extends java.nio.file.attribute.FileAttributeView> V getFileAttributeView(Path path, Class<V> type,
            LinkOption... options) {
        Objects.requireNonNull(path);
        Objects.requireNonNull(type);
        final LinkOption[] opts = options.clone();
        if (type == java.nio.file.attribute.PosixFileAttributeView.class
                || type == java.nio.file.attribute.FileOwnerAttributeView.class) {
            return (V) new PosixView(path, type == java.nio.file.attribute.PosixFileAttributeView.class ? "posix" : "owner",
                    opts);
        }
        if (type != java.nio.file.attribute.BasicFileAttributeView.class) {
            return null;
        }
        return (V) new java.nio.file.attribute.BasicFileAttributeView() {
            @Override
            public String name() {
                return "basic";
            }

            @Override
            public java.nio.file.attribute.BasicFileAttributes readAttributes() throws IOException {
                return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class, opts);
            }

            @Override
            public void setTimes(java.nio.file.attribute.FileTime lastModifiedTime,
                    java.nio.file.attribute.FileTime lastAccessTime, java.nio.file.attribute.FileTime createTime)
                    throws IOException {
                setViewTimes(path, lastModifiedTime, opts);
            }
        };
    }

    /**
     * A view's setTimes: only the modification time is set (a null one leaves it, but the file
     * must exist).
     */
    private static void setViewTimes(Path path, java.nio.file.attribute.FileTime lastModifiedTime,
            LinkOption[] options) throws IOException {
        if (lastModifiedTime != null) {
            setLastModifiedTime(path, lastModifiedTime);
        } else {
            stat(path, follow(options));
        }
    }

    /**
     * The posix view (also the owner view, named "owner"): the basic view's operations, owner,
     * group and permissions; changing the owner or group is not supported here.
     */
    private static final class PosixView implements java.nio.file.attribute.PosixFileAttributeView {
        private final Path path;
        private final String name;
        private final LinkOption[] options;

        PosixView(Path path, String name, LinkOption[] options) {
            this.path = path;
            this.name = name;
            this.options = options;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public java.nio.file.attribute.PosixFileAttributes readAttributes() throws IOException {
            return Files.readAttributes(path, java.nio.file.attribute.PosixFileAttributes.class, options);
        }

        @Override
        public void setTimes(java.nio.file.attribute.FileTime lastModifiedTime,
                java.nio.file.attribute.FileTime lastAccessTime, java.nio.file.attribute.FileTime createTime)
                throws IOException {
            setViewTimes(path, lastModifiedTime, options);
        }

        @Override
        public java.nio.file.attribute.UserPrincipal getOwner() throws IOException {
            return Files.getOwner(path, options);
        }

        @Override
        public void setOwner(java.nio.file.attribute.UserPrincipal owner) throws IOException {
            Objects.requireNonNull(owner, "'owner' is null");
            throw new UnsupportedOperationException("changing the owner of a file");
        }

        @Override
        public void setPermissions(Set<PosixFilePermission> perms) throws IOException {
            setPosixFilePermissions(path, perms);
        }

        @Override
        public void setGroup(java.nio.file.attribute.GroupPrincipal group) throws IOException {
            Objects.requireNonNull(group, "'owner' is null");
            throw new UnsupportedOperationException("changing the group of a file");
        }
    }

    @SuppressWarnings("unchecked")
    public static <A extends java.nio.file.attribute.BasicFileAttributes> A readAttributes(Path path, Class<A> type,
            LinkOption... options) throws IOException {
        Objects.requireNonNull(type);
        if (type != java.nio.file.attribute.BasicFileAttributes.class
                && type != java.nio.file.attribute.PosixFileAttributes.class) {
            throw new UnsupportedOperationException();
        }
        return (A) new StatAttributes(stat(path, follow(options)));
    }

    /**
     * Attributes by name ("size", "basic:lastModifiedTime"; "posix:permissions"), as
     * getAttribute; IllegalArgumentException for a name the view does not have.
     */
    private static Object attribute(java.nio.file.attribute.BasicFileAttributes a, Path path, String view, String name,
            LinkOption... options) throws IOException {
        java.nio.file.attribute.PosixFileAttributes posix = (java.nio.file.attribute.PosixFileAttributes) a;
        if (view.equals("posix") || view.equals("owner")) {
            if (name.equals("owner")) {
                return posix.owner();
            }
            if (view.equals("owner")) {
                throw new IllegalArgumentException("'owner:" + name + "' not recognized");
            }
            if (name.equals("permissions")) {
                return posix.permissions();
            }
            if (name.equals("group")) {
                return posix.group();
            }
        }
        switch (name) {
            case "size": return a.size();
            case "lastModifiedTime": return a.lastModifiedTime();
            case "lastAccessTime": return a.lastAccessTime();
            case "creationTime": return a.creationTime();
            case "isRegularFile": return a.isRegularFile();
            case "isDirectory": return a.isDirectory();
            case "isSymbolicLink": return a.isSymbolicLink();
            case "isOther": return a.isOther();
            case "fileKey": return a.fileKey();
            default: throw new IllegalArgumentException("'" + name + "' not recognized");
        }
    }

    private static final String[] BASIC_NAMES = {
        "lastAccessTime", "lastModifiedTime", "size", "creationTime", "isSymbolicLink", "isRegularFile", "fileKey",
        "isOther", "isDirectory",
    };

    /** "view:name" split (the view defaults to "basic"); only basic and posix views exist here. */
    private static String[] viewAndNames(String attributes) {
        int colon = attributes.indexOf(':');
        String view = colon < 0 ? "basic" : attributes.substring(0, colon);
        String names = colon < 0 ? attributes : attributes.substring(colon + 1);
        if (!view.equals("basic") && !view.equals("posix") && !view.equals("owner")) {
            throw new UnsupportedOperationException("View '" + view + "' not available");
        }
        return new String[] {view, names};
    }

    public static Object getAttribute(Path path, String attribute, LinkOption... options) throws IOException {
        String[] vn = viewAndNames(attribute);
        if (vn[1].indexOf('*') >= 0 || vn[1].indexOf(',') >= 0) {
            throw new IllegalArgumentException(attribute);
        }
        java.nio.file.attribute.BasicFileAttributes a = readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                options);
        return attribute(a, path, vn[0], vn[1], options);
    }

    public static java.util.Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
            throws IOException {
        String[] vn = viewAndNames(attributes);
        java.nio.file.attribute.BasicFileAttributes a = readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                options);
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        for (String name : vn[1].split(",")) {
            if (name.equals("*")) {
                if (vn[0].equals("owner")) {
                    map.put("owner", attribute(a, path, "owner", "owner", options));
                    continue;
                }
                for (String n : BASIC_NAMES) {
                    map.put(n, attribute(a, path, "basic", n, options));
                }
                if (vn[0].equals("posix")) {
                    for (String n : new String[] {"permissions", "owner", "group"}) {
                        map.put(n, attribute(a, path, "posix", n, options));
                    }
                }
            } else {
                map.put(name, attribute(a, path, vn[0], name, options));
            }
        }
        return map;
    }

    /**
     * The position of the first byte where the files differ, the smaller size if one is a prefix
     * of the other, or -1 if they are the same file or have the same content.
     */
    public static long mismatch(Path path, Path path2) throws IOException {
        if (isSameFile(path, path2)) {
            return -1;
        }
        try (InputStream in1 = newInputStream(path); InputStream in2 = newInputStream(path2)) {
            byte[] b1 = new byte[8192];
            byte[] b2 = new byte[8192];
            long pos = 0;
            while (true) {
                int n1 = in1.readNBytes(b1, 0, b1.length);
                int n2 = in2.readNBytes(b2, 0, b2.length);
                int n = Math.min(n1, n2);
                for (int i = 0; i < n; i++) {
                    if (b1[i] != b2[i]) {
                        return pos + i;
                    }
                }
                if (n1 != n2) {
                    return pos + n;
                }
                if (n1 == 0) {
                    return -1;
                }
                pos += n;
            }
        }
    }

    // ---- walkFileTree (the JDK's FileTreeWalker: events for entries, directory starts and ends)

    /** A directory being walked: its remaining entries. */
    private static final class DirNode {
        final Path dir;
        final String[] names;
        final Object key;
        int next;
        boolean skipped;

        DirNode(Path dir, String[] names, Object key) {
            this.dir = dir;
            this.names = names;
            this.key = key;
        }
    }

    private static final int ENTRY = 0, START_DIRECTORY = 1, END_DIRECTORY = 2;

    private static final class WalkEvent {
        final int type;
        final Path file;
        final java.nio.file.attribute.BasicFileAttributes attrs;
        final IOException ioe;

        WalkEvent(int type, Path file, java.nio.file.attribute.BasicFileAttributes attrs, IOException ioe) {
            this.type = type;
            this.file = file;
            this.attrs = attrs;
            this.ioe = ioe;
        }
    }

    private static final class TreeWalker {
        final boolean followLinks;
        final int maxDepth;
        final java.util.ArrayDeque<DirNode> stack = new java.util.ArrayDeque<>();

        TreeWalker(boolean followLinks, int maxDepth) {
            this.followLinks = followLinks;
            this.maxDepth = maxDepth;
        }

        /** stat following links if asked; a broken link falls back to the link's own attributes. */
        private java.nio.file.attribute.BasicFileAttributes attributes(Path file) throws IOException {
            if (followLinks) {
                long[] out = new long[STAT_LENGTH];
                int r = HostFiles.stat0(file.toString(), true, out);
                if (r == 0) {
                    return new StatAttributes(out);
                }
                long[] link = statOrNull(file, false);
                if (link != null) {
                    return new StatAttributes(link);
                }
                throw FileErrors.translate(-r, file.toString(), null);
            }
            return new StatAttributes(stat(file, false));
        }

        private WalkEvent visit(Path entry) {
            java.nio.file.attribute.BasicFileAttributes attrs;
            try {
                attrs = attributes(entry);
            } catch (IOException ioe) {
                return new WalkEvent(ENTRY, entry, null, ioe);
            }
            if (stack.size() >= maxDepth || !attrs.isDirectory()) {
                return new WalkEvent(ENTRY, entry, attrs, null);
            }
            // following links, a directory that is one of its own ancestors is a loop (the
            // JDK's FileTreeWalker.wouldLoop, by file key)
            Object key = attrs.fileKey();
            if (followLinks) {
                for (DirNode ancestor : stack) {
                    if (key.equals(ancestor.key)) {
                        return new WalkEvent(ENTRY, entry, null, new FileSystemLoopException(entry.toString()));
                    }
                }
            }
            String[] names;
            try {
                names = names(entry);
            } catch (IOException ioe) {
                return new WalkEvent(ENTRY, entry, null, ioe);
            }
            stack.push(new DirNode(entry, names, key));
            return new WalkEvent(START_DIRECTORY, entry, attrs, null);
        }

        WalkEvent walk(Path start) {
            return visit(start);
        }

        WalkEvent next() {
            DirNode top = stack.peek();
            if (top == null) {
                return null;
            }
            if (top.skipped || top.next >= top.names.length) {
                stack.pop();
                return new WalkEvent(END_DIRECTORY, top.dir, null, null);
            }
            return visit(top.dir.resolve(top.names[top.next++]));
        }

        void pop() {
            stack.poll();
        }

        void skipRemainingSiblings() {
            DirNode top = stack.peek();
            if (top != null) {
                top.skipped = true;
            }
        }
    }

    public static Path walkFileTree(Path start, java.util.Set<FileVisitOption> options, int maxDepth,
            FileVisitor<? super Path> visitor) throws IOException {
        Objects.requireNonNull(start);
        Objects.requireNonNull(visitor);
        boolean followLinks = false;
        for (FileVisitOption option : options) {
            if (option == FileVisitOption.FOLLOW_LINKS) {
                followLinks = true;
            } else {
                throw new NullPointerException();
            }
        }
        if (maxDepth < 0) {
            throw new IllegalArgumentException("'maxDepth' is negative");
        }
        TreeWalker walker = new TreeWalker(followLinks, maxDepth);
        WalkEvent ev = walker.walk(start);
        do {
            FileVisitResult result;
            switch (ev.type) {
                case ENTRY:
                    if (ev.ioe == null) {
                        result = visitor.visitFile(ev.file, ev.attrs);
                    } else {
                        result = visitor.visitFileFailed(ev.file, ev.ioe);
                    }
                    break;
                case START_DIRECTORY:
                    result = visitor.preVisitDirectory(ev.file, ev.attrs);
                    if (result == FileVisitResult.SKIP_SUBTREE || result == FileVisitResult.SKIP_SIBLINGS) {
                        walker.pop();
                    }
                    break;
                default:
                    result = visitor.postVisitDirectory(ev.file, ev.ioe);
                    if (result == FileVisitResult.SKIP_SIBLINGS) {
                        result = FileVisitResult.CONTINUE;
                    }
                    break;
            }
            if (Objects.requireNonNull(result) != FileVisitResult.CONTINUE) {
                if (result == FileVisitResult.TERMINATE) {
                    break;
                } else if (result == FileVisitResult.SKIP_SIBLINGS) {
                    walker.skipRemainingSiblings();
                }
            }
            ev = walker.next();
        } while (ev != null);
        return start;
    }

    public static Path walkFileTree(Path start, FileVisitor<? super Path> visitor) throws IOException {
        return walkFileTree(start, java.util.EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, visitor);
    }

    /** The events of a walk as the JDK's FileTreeIterator gives them to find: no END_DIRECTORY. */
    private static final class FindIterator implements java.util.Iterator<WalkEvent> {
        private final TreeWalker walker;
        private WalkEvent next;

        FindIterator(Path start, int maxDepth, FileVisitOption... options) throws IOException {
            if (maxDepth < 0) {
                throw new IllegalArgumentException("'maxDepth' is negative");
            }
            boolean followLinks = false;
            for (FileVisitOption option : options) {
                if (option == FileVisitOption.FOLLOW_LINKS) {
                    followLinks = true;
                } else {
                    throw new NullPointerException();
                }
            }
            walker = new TreeWalker(followLinks, maxDepth);
            next = walker.walk(Objects.requireNonNull(start));
            if (next.ioe != null) {
                throw next.ioe;
            }
        }

        private void fetchNextIfNeeded() {
            if (next == null) {
                WalkEvent ev = walker.next();
                while (ev != null) {
                    if (ev.ioe != null) {
                        throw new UncheckedIOException(ev.ioe);
                    }
                    if (ev.type != END_DIRECTORY) {
                        next = ev;
                        return;
                    }
                    ev = walker.next();
                }
            }
        }

        public boolean hasNext() {
            fetchNextIfNeeded();
            return next != null;
        }

        public WalkEvent next() {
            fetchNextIfNeeded();
            if (next == null) {
                throw new java.util.NoSuchElementException();
            }
            WalkEvent result = next;
            next = null;
            return result;
        }
    }

    /** The paths below start (as walk, lazily) that the matcher accepts with their attributes. */
    public static Stream<Path> find(Path start, int maxDepth,
            java.util.function.BiPredicate<Path, java.nio.file.attribute.BasicFileAttributes> matcher,
            FileVisitOption... options) throws IOException {
        FindIterator iterator = new FindIterator(start, maxDepth, options);
        java.util.Spliterator<WalkEvent> spliterator = java.util.Spliterators.spliteratorUnknownSize(iterator,
                java.util.Spliterator.DISTINCT);
        return java.util.stream.StreamSupport.stream(spliterator, false)
                .filter(entry -> matcher.test(entry.file, entry.attrs))
                .map(entry -> entry.file);
    }

    // ---- directory streams

    private static final class NameStream implements DirectoryStream<Path> {
        private final Path dir;
        private final String[] names;
        private final DirectoryStream.Filter<? super Path> filter;
        private boolean closed;
        private boolean iterated;

        NameStream(Path dir, String[] names, DirectoryStream.Filter<? super Path> filter) {
            this.dir = dir;
            this.names = names;
            this.filter = filter;
        }

        @Override
        public synchronized java.util.Iterator<Path> iterator() {
            if (closed) {
                throw new IllegalStateException("Directory stream is closed");
            }
            if (iterated) {
                throw new IllegalStateException("Iterator already obtained");
            }
            iterated = true;
            return new java.util.Iterator<Path>() {
                private int index;
                private Path next;

                public boolean hasNext() {
                    while (next == null && !closed && index < names.length) {
                        Path entry = dir.resolve(names[index++]);
                        try {
                            if (filter == null || filter.accept(entry)) {
                                next = entry;
                            }
                        } catch (IOException ioe) {
                            throw new DirectoryIteratorException(ioe);
                        }
                    }
                    return next != null;
                }

                public Path next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Path result = next;
                    next = null;
                    return result;
                }

                public void remove() {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public synchronized void close() {
            closed = true;
        }
    }

    /** The entries of dir, in the host's directory order (as the JDK: no particular order). */
    public static DirectoryStream<Path> newDirectoryStream(Path dir) throws IOException {
        return new NameStream(dir, names(dir), null);
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        Objects.requireNonNull(filter);
        return new NameStream(dir, names(dir), filter);
    }

    /** Entries whose file name matches glob (the syntax of getPathMatcher's "glob:"). */
    public static DirectoryStream<Path> newDirectoryStream(Path dir, String glob) throws IOException {
        if (glob.equals("*")) {
            return newDirectoryStream(dir);
        }
        PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
        return newDirectoryStream(dir, entry -> matcher.matches(entry.getFileName()));
    }

    // ---- temporary files

    private static final class TempNames {
        static final java.util.Random random = new java.util.Random();
    }

    private static Path tempPath(Path dir, String prefix, String suffix) {
        if (dir == null) {
            dir = Path.of(jdk.internal.util.StaticProperty.get("java.io.tmpdir"));
        }
        String name = (prefix == null ? "" : prefix) + Long.toUnsignedString(TempNames.random.nextLong())
                + (suffix == null ? "" : suffix);
        Path result = dir.resolve(name);
        if (result.getParent() == null || !result.getParent().equals(dir.resolve("x").getParent())) {
            throw new IllegalArgumentException("Invalid prefix or suffix");
        }
        return result;
    }

    public static Path createTempFile(Path dir, String prefix, String suffix, FileAttribute<?>... attrs)
            throws IOException {
        Objects.requireNonNull(dir);
        return createTempFile0(dir, prefix, suffix, attrs);
    }

    public static Path createTempFile(String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        return createTempFile0(null, prefix, suffix, attrs);
    }

    /** The JDK's TempFileHelper: owner-only permissions (rw------- files, rwx------ directories) unless attrs say. */
    private static final FileAttribute<Set<PosixFilePermission>> TEMP_FILE_MODE =
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.util.EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    private static final FileAttribute<Set<PosixFilePermission>> TEMP_DIRECTORY_MODE =
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.util.EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE));

    private static Path createTempFile0(Path dir, String prefix, String suffix, FileAttribute<?>[] attrs)
            throws IOException {
        if (attrs.length == 0) {
            attrs = new FileAttribute<?>[] {TEMP_FILE_MODE};
        }
        if (suffix == null) {
            suffix = ".tmp";
        }
        while (true) {
            Path p = tempPath(dir, prefix, suffix);
            try {
                return createFile(p, attrs);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    public static Path createTempDirectory(Path dir, String prefix, FileAttribute<?>... attrs) throws IOException {
        Objects.requireNonNull(dir);
        return createTempDirectory0(dir, prefix, attrs);
    }

    public static Path createTempDirectory(String prefix, FileAttribute<?>... attrs) throws IOException {
        return createTempDirectory0(null, prefix, attrs);
    }

    private static Path createTempDirectory0(Path dir, String prefix, FileAttribute<?>[] attrs) throws IOException {
        if (attrs.length == 0) {
            attrs = new FileAttribute<?>[] {TEMP_DIRECTORY_MODE};
        }
        while (true) {
            Path p = tempPath(dir, prefix, "");
            try {
                return createDirectory(p, attrs);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }
}

package java.io;

import java.util.ArrayList;
import java.util.List;
import jdk.internal.io.HostFiles;

/**
 * A file or directory path name, with the JDK's Unix semantics: the path is normalized
 * (duplicate and trailing slashes removed) when the File is created; queries go to the host.
 */
public class File implements Serializable, Comparable<File> {
    private static final long serialVersionUID = 301077366599181567L;

    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    private File(String normalizedPath, boolean normalized) {
        this.path = normalizedPath;
    }

    public File(String pathname) {
        if (pathname == null) {
            throw new NullPointerException();
        }
        this.path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            if (parent.isEmpty()) {
                this.path = resolve("/", normalize(child));
            } else {
                this.path = resolve(normalize(parent), normalize(child));
            }
        } else {
            this.path = normalize(child);
        }
    }

    public File(File parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            if (parent.path.isEmpty()) {
                this.path = resolve("/", normalize(child));
            } else {
                this.path = resolve(parent.path, normalize(child));
            }
        } else {
            this.path = normalize(child);
        }
    }

    /** The file of a hierarchical file: URI without authority, query or fragment. */
    public File(java.net.URI uri) {
        sun.nio.fs.UnixUris.checkFileUri(uri);
        String p = uri.getPath();
        if (p.isEmpty()) {
            throw new IllegalArgumentException("URI path component is empty");
        }
        if (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        this.path = normalize(p);
    }

    /** Removes duplicate slashes and a trailing slash (the root stays "/"). */
    static String normalize(String pathname) {
        int n = pathname.length();
        StringBuilder sb = new StringBuilder(n);
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = pathname.charAt(i);
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

    static String resolve(String parent, String child) {
        if (child.isEmpty()) {
            return parent;
        }
        if (child.charAt(0) == '/') {
            if (parent.equals("/")) {
                return child;
            }
            return parent + child;
        }
        if (parent.equals("/")) {
            return parent + child;
        }
        return parent + '/' + child;
    }

    public String getName() {
        int index = path.lastIndexOf(separatorChar);
        int prefixLength = path.startsWith("/") ? 1 : 0;
        if (index < prefixLength) {
            return path.substring(prefixLength);
        }
        return path.substring(index + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf(separatorChar);
        int prefixLength = path.startsWith("/") ? 1 : 0;
        if (index < prefixLength) {
            if (prefixLength > 0 && path.length() > prefixLength) {
                return path.substring(0, prefixLength);
            }
            return null;
        }
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p, true);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public String getAbsolutePath() {
        if (isAbsolute()) {
            return path;
        }
        return resolve(jdk.internal.util.StaticProperty.get("user.dir"), path);
    }

    public File getAbsoluteFile() {
        return new File(getAbsolutePath(), true);
    }

    /** The absolute path with "." and ".." removed (lexically; symbolic links are kept). */
    /**
     * As the JDK on Unix (JDK_Canonicalize): realpath(3) of the absolute path; if that fails,
     * of its longest prefix that resolves (names that do not exist, are not directories or
     * cannot be read are dropped from the end), with the rest appended; then "." and ".."
     * collapsed by name.
     */
    public String getCanonicalPath() throws IOException {
        String abs = getAbsolutePath();
        int[] err = new int[1];
        String resolved = realPath(abs, err);
        if (resolved != null) {
            return collapse(resolved);
        }
        int end = abs.length();
        for (int p = end; p > 0; ) {
            do {
                p--;
            } while (p > 0 && abs.charAt(p) != '/');
            if (p == 0) {
                break;
            }
            resolved = realPath(abs.substring(0, p), err);
            if (resolved != null) {
                String rest = abs.substring(resolved.endsWith("/") ? p + 1 : p);
                return collapse(resolved + rest);
            }
            if (err[0] != HostFiles.ENOENT && err[0] != HostFiles.ENOTDIR && err[0] != HostFiles.EACCES) {
                throw new IOException(HostFiles.strerror0(err[0]));
            }
        }
        return collapse(abs);
    }

    /** realpath(3) or null with err[0] set; a path the sandbox does not show counts as EACCES. */
    private static String realPath(String path, int[] err) {
        try {
            return HostFiles.realpath0(path, err);
        } catch (SecurityException e) {
            err[0] = HostFiles.EACCES;
            return null;
        }
    }

    /** Drops "." and empty names and resolves ".." by name, from an absolute path. */
    private static String collapse(String abs) {
        ArrayList<String> names = new ArrayList<>();
        for (String name : abs.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
                continue;
            }
            names.add(name);
        }
        return "/" + String.join("/", names);
    }

    public File getCanonicalFile() throws IOException {
        return new File(getCanonicalPath(), true);
    }

    private static String slashify(String path, boolean isDirectory) {
        String p = path;
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        if (!p.endsWith("/") && isDirectory) {
            p = p + "/";
        }
        return p;
    }

    /** A file: URI of the absolute path, with a trailing slash if it is a directory. */
    public java.net.URI toURI() {
        File f = getAbsoluteFile();
        String sp = slashify(f.getPath(), f.isDirectory());
        if (sp.startsWith("//")) {
            sp = "//" + sp;
        }
        try {
            return new java.net.URI("file", null, sp, null);
        } catch (java.net.URISyntaxException e) {
            throw new Error(e);
        }
    }

    /** @deprecated does not escape illegal characters; use {@code toURI().toURL()}. */
    @Deprecated
    public java.net.URL toURL() throws java.net.MalformedURLException {
        return new java.net.URL("file", "", slashify(getAbsolutePath(), isDirectory()));
    }

    public java.nio.file.Path toPath() {
        return java.nio.file.Path.of(path);
    }

    private long[] stat() {
        long[] out = new long[4];
        return HostFiles.stat0(path, true, out) == 0 ? out : null;
    }

    public boolean exists() {
        return stat() != null;
    }

    public boolean isFile() {
        long[] s = stat();
        return s != null && s[0] == HostFiles.REGULAR;
    }

    public boolean isDirectory() {
        long[] s = stat();
        return s != null && s[0] == HostFiles.DIRECTORY;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public long length() {
        long[] s = stat();
        return s == null ? 0L : s[1];
    }

    public long lastModified() {
        long[] s = stat();
        return s == null ? 0L : s[2];
    }

    /** The size of the partition holding this file, in bytes; 0 if there is none (statvfs). */
    public long getTotalSpace() {
        return space(0);
    }

    /** The unallocated bytes of the partition holding this file; 0 if there is none. */
    public long getFreeSpace() {
        return space(1);
    }

    /** The bytes available to this user on the partition holding this file; 0 if there is none. */
    public long getUsableSpace() {
        return space(2);
    }

    private long space(int which) {
        long[] out = new long[3];
        return HostFiles.space0(path, out) == 0 ? out[which] : 0L;
    }

    public boolean setLastModified(long time) {
        if (time < 0) {
            throw new IllegalArgumentException("Negative time");
        }
        return HostFiles.setLastModified0(path, time) == 0;
    }

    public boolean canRead() {
        return HostFiles.access0(path, 4) == 0;
    }

    public boolean canWrite() {
        return HostFiles.access0(path, 2) == 0;
    }

    public boolean canExecute() {
        return HostFiles.access0(path, 1) == 0;
    }

    /**
     * Sets or clears the owner's permission bit (ownerBit) and, unless ownerOnly, the group's
     * and others' (otherBits) with chmod; false if the file cannot be stat'ed or changed.
     */
    private boolean setPermission(int ownerBit, int otherBits, boolean enable, boolean ownerOnly) {
        long[] s = stat();
        if (s == null) {
            return false;
        }
        int bits = ownerOnly ? ownerBit : ownerBit | otherBits;
        int mode = (int) s[3];
        mode = enable ? mode | bits : mode & ~bits;
        return HostFiles.setMode0(path, mode) == 0;
    }

    public boolean setReadable(boolean readable, boolean ownerOnly) {
        return setPermission(0400, 0044, readable, ownerOnly);
    }

    public boolean setReadable(boolean readable) {
        return setReadable(readable, true);
    }

    public boolean setWritable(boolean writable, boolean ownerOnly) {
        return setPermission(0200, 0022, writable, ownerOnly);
    }

    public boolean setWritable(boolean writable) {
        return setWritable(writable, true);
    }

    public boolean setExecutable(boolean executable, boolean ownerOnly) {
        return setPermission(0100, 0011, executable, ownerOnly);
    }

    public boolean setExecutable(boolean executable) {
        return setExecutable(executable, true);
    }

    /** Clears every write bit. */
    public boolean setReadOnly() {
        return setPermission(0200, 0022, false, false);
    }

    public boolean delete() {
        return HostFiles.delete0(path) == 0;
    }

    public void deleteOnExit() {
        synchronized (File.class) {
            if (deleteOnExit == null) {
                deleteOnExit = new ArrayList<>();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    List<String> paths = deleteOnExit;
                    for (int i = paths.size() - 1; i >= 0; i--) {
                        HostFiles.delete0(paths.get(i));
                    }
                }));
            }
            if (!deleteOnExit.contains(path)) {
                deleteOnExit.add(path);
            }
        }
    }

    private static List<String> deleteOnExit;

    public boolean mkdir() {
        return HostFiles.mkdir0(path) == 0;
    }

    public boolean mkdirs() {
        if (exists()) {
            return false;
        }
        if (mkdir()) {
            return true;
        }
        File canonFile;
        try {
            canonFile = getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canonFile.getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && canonFile.mkdir();
    }

    public boolean createNewFile() throws IOException {
        int fd = HostFiles.open0(path, HostFiles.WRITE | HostFiles.CREATE_NEW);
        if (fd >= 0) {
            FileDescriptor.closeFd(fd);
            return true;
        }
        if (-fd == HostFiles.EEXIST) {
            return false;
        }
        throw new IOException(HostFiles.strerror0(-fd));
    }

    public boolean renameTo(File dest) {
        if (dest == null) {
            throw new NullPointerException();
        }
        return HostFiles.rename0(path, dest.path) == 0;
    }

    public String[] list() {
        return HostFiles.list0(path, new int[1]);
    }

    public String[] list(FilenameFilter filter) {
        String[] names = list();
        if (names == null || filter == null) {
            return names;
        }
        List<String> v = new ArrayList<>();
        for (String name : names) {
            if (filter.accept(this, name)) {
                v.add(name);
            }
        }
        return v.toArray(new String[0]);
    }

    public File[] listFiles() {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        File[] fs = new File[ss.length];
        for (int i = 0; i < ss.length; i++) {
            fs[i] = new File(this, ss[i]);
        }
        return fs;
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        ArrayList<File> files = new ArrayList<>();
        for (String s : ss) {
            if (filter == null || filter.accept(this, s)) {
                files.add(new File(this, s));
            }
        }
        return files.toArray(new File[0]);
    }

    public File[] listFiles(FileFilter filter) {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        ArrayList<File> files = new ArrayList<>();
        for (String s : ss) {
            File f = new File(this, s);
            if (filter == null || filter.accept(f)) {
                files.add(f);
            }
        }
        return files.toArray(new File[0]);
    }

    public static File[] listRoots() {
        return new File[] {new File("/")};
    }

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        if (suffix == null) {
            suffix = ".tmp";
        }
        File dir = directory != null ? directory : new File(jdk.internal.util.StaticProperty.get("java.io.tmpdir"));
        while (true) {
            long n = TempNames.random.nextLong();
            String name = prefix + Long.toUnsignedString(n) + suffix;
            File f = new File(dir, name);
            int fd = HostFiles.open0(f.path, HostFiles.WRITE | HostFiles.CREATE_NEW);
            if (fd >= 0) {
                FileDescriptor.closeFd(fd);
                return f;
            }
            if (-fd != HostFiles.EEXIST) {
                throw new IOException(HostFiles.strerror0(-fd));
            }
        }
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    private static final class TempNames {
        static final java.util.Random random = new java.util.Random();
    }

    @Override
    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }

    @Override
    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    @Override
    public String toString() {
        return path;
    }
}

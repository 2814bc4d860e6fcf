package jdk.internal.io;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;

/**
 * The file-system natives behind java.io.File, the file streams, RandomAccessFile and
 * java.nio.file (see stdlib/NATIVES.md). Failures come back as negative error numbers
 * ({@code -errno}); callers turn them into the JDK's exceptions. Not part of the JDK API.
 */
public final class HostFiles {
    private HostFiles() {}

    // open0 flags
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final int APPEND = 4;
    public static final int CREATE = 8;
    public static final int CREATE_NEW = 16;
    public static final int TRUNCATE = 32;

    // stat kinds (stat0's out[0])
    public static final int REGULAR = 1;
    public static final int DIRECTORY = 2;
    public static final int SYMLINK = 3;
    public static final int OTHER = 4;

    // Linux error numbers used by the translations
    public static final int ENOENT = 2;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int EINVAL = 22;

    /** Opens path; returns a descriptor (>= 3) or -errno. */
    public static native int open0(String path, int flags);

    /** Moves fd's position (whence 0 set, 1 current, 2 end); returns it, or -errno. */
    public static native long seek0(int fd, long offset, int whence);

    /** Truncates or extends the file open as fd; 0 or -errno. */
    public static native int setLength0(int fd, long length);

    /** Metadata of path into out = {kind, size, mtime ms, mode}; 0 or -errno. */
    public static native int stat0(String path, boolean followLinks, long[] out);

    /** Space of the file system holding path into out = {total, free, usable bytes}; 0 or -errno. */
    public static native int space0(String path, long[] out);

    /** Names in directory path (directory order), or null with err[0] = errno. */
    public static native String[] list0(String path, int[] err);

    /** Creates a directory; 0 or -errno. */
    public static native int mkdir0(String path);

    /** Deletes a file, link or empty directory; 0 or -errno. */
    public static native int delete0(String path);

    /** Renames from to to; 0 or -errno. */
    public static native int rename0(String from, String to);

    /** Creates the symbolic link link holding target as given; 0 or -errno. */
    public static native int symlink0(String target, String link);

    /** Creates link as a hard link to the file existing; 0 or -errno. */
    public static native int link0(String existing, String link);

    /** The target of the symbolic link path as stored, or null with err[0] = errno. */
    public static native String readlink0(String path, int[] err);

    /** The absolute path of path without links, "." or "..", or null with err[0] = errno. */
    public static native String realpath0(String path, int[] err);

    /** The name of user id (or group id if group), or null if it has none or is hidden. */
    public static native String principalName0(int id, boolean group);

    /** The process's file mode creation mask (umask). */
    public static native int umask0();

    /** access(2) with mode 4 (read), 2 (write), 1 (execute) or'ed, 0 to test existence; 0 or -errno. */
    public static native int access0(String path, int mode);

    /** Sets the modification time; 0 or -errno. */
    public static native int setLastModified0(String path, long millis);

    /** Sets the permission bits of path (chmod, following links); 0 or -errno. */
    public static native int setMode0(String path, int mode);

    /** The OS's text for errno ("No such file or directory"). */
    public static native String strerror0(int errno);

    /** The kind of path (REGULAR, DIRECTORY...) or 0 if it cannot be stat'ed. */
    public static int kind(String path, boolean followLinks) {
        long[] out = new long[4];
        return stat0(path, followLinks, out) == 0 ? (int) out[0] : 0;
    }

    /** Creates java.io streams over descriptors (installed by java.io.FileDescriptor). */
    public interface StreamAccess {
        FileInputStream newInputStream(int fd, String path);

        FileOutputStream newOutputStream(int fd, String path);

        /** The host descriptor of d (-1 once closed). */
        int fd(FileDescriptor d);

        /** Closes d once (later operations on it fail). */
        void close(FileDescriptor d) throws java.io.IOException;

        /** FileInputStream.readBytes0: up to len bytes, -1 at end of file. */
        int read(int fd, byte[] b, int off, int len) throws java.io.IOException;

        /** FileOutputStream.writeBytes0: all len bytes. */
        void write(int fd, byte[] b, int off, int len) throws java.io.IOException;
    }

    private static StreamAccess streamAccess;

    /** Creates the buffer of a file mapping (installed by java.nio.MappedByteBuffer). */
    public interface MapAccess {
        java.nio.MappedByteBuffer map(byte[] data, boolean readOnly);
    }

    private static MapAccess mapAccess;

    public static void setMapAccess(MapAccess access) {
        mapAccess = access;
    }

    public static MapAccess mapAccess() {
        if (mapAccess == null) {
            try {
                // MappedByteBuffer's initializer installs it.
                Class.forName("java.nio.MappedByteBuffer", true, null);
            } catch (ClassNotFoundException e) {
                throw new InternalError(e);
            }
        }
        return mapAccess;
    }

    public static void setStreamAccess(StreamAccess access) {
        streamAccess = access;
    }

    public static StreamAccess streamAccess() {
        if (streamAccess == null) {
            FileDescriptor.in.valid(); // runs FileDescriptor's initializer, which installs it
        }
        return streamAccess;
    }
}

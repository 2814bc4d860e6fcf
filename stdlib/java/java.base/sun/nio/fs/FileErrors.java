package sun.nio.fs;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import jdk.internal.io.HostFiles;

/** The JDK's translation of an errno into a java.nio.file exception (UnixException). */
public final class FileErrors {
    private FileErrors() {}

    public static FileSystemException translate(int errno, String file, String other) {
        if (errno == HostFiles.EACCES) {
            return new AccessDeniedException(file, other, null);
        }
        if (errno == HostFiles.ENOENT) {
            return new NoSuchFileException(file, other, null);
        }
        if (errno == HostFiles.EEXIST) {
            return new FileAlreadyExistsException(file, other, null);
        }
        if (errno == HostFiles.ELOOP) {
            return new FileSystemException(file, other,
                    HostFiles.strerror0(errno) + " or unable to access attributes of symbolic link");
        }
        return new FileSystemException(file, other, HostFiles.strerror0(errno));
    }
}

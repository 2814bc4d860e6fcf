package java.nio.file.attribute;

import java.util.Set;

/** The attributes of a file on a POSIX file system: owner, group and permission bits. */
public interface PosixFileAttributes extends BasicFileAttributes {
    UserPrincipal owner();

    GroupPrincipal group();

    Set<PosixFilePermission> permissions();
}

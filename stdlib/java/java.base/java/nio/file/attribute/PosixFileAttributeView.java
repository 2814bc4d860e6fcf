package java.nio.file.attribute;

import java.io.IOException;
import java.util.Set;

/** The "posix" view: the basic attributes plus owner, group and permissions. */
public interface PosixFileAttributeView extends BasicFileAttributeView, FileOwnerAttributeView {
    @Override
    String name();

    @Override
    PosixFileAttributes readAttributes() throws IOException;

    void setPermissions(Set<PosixFilePermission> perms) throws IOException;

    void setGroup(GroupPrincipal group) throws IOException;
}

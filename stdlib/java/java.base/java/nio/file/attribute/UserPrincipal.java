package java.nio.file.attribute;

import java.security.Principal;

/** The owner of a file: a user of the file system. */
public interface UserPrincipal extends Principal {
}

package java.nio.file.attribute;

/** A group of users of the file system. */
public interface GroupPrincipal extends UserPrincipal {
}

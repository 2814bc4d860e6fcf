package java.nio.file;

/** Matches paths (FileSystem.getPathMatcher). */
@FunctionalInterface
public interface PathMatcher {
    boolean matches(Path path);
}

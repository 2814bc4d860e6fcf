package java.nio.file;

/** The result of a FileVisitor method: what Files.walkFileTree does next. */
public enum FileVisitResult {
    CONTINUE,
    TERMINATE,
    SKIP_SUBTREE,
    SKIP_SIBLINGS;
}

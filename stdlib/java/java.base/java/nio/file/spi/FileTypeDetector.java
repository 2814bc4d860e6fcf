package java.nio.file.spi;

import java.io.IOException;
import java.nio.file.Path;

/** A file type detector for {@link java.nio.file.Files#probeContentType}, as the JDK's. */
public abstract class FileTypeDetector {
    protected FileTypeDetector() {}

    /** The content type of path as a MIME type string, or null if it is not recognized. */
    public abstract String probeContentType(Path path) throws IOException;
}

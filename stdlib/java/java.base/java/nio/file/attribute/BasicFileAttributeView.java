package java.nio.file.attribute;

import java.io.IOException;

/** The "basic" view: the attributes every file system supports. */
public interface BasicFileAttributeView extends FileAttributeView {
    @Override
    String name();

    /** The file's basic attributes, read now (the view itself keeps none). */
    BasicFileAttributes readAttributes() throws IOException;

    /** Sets the given times; a null time is left as it is. */
    void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime) throws IOException;
}

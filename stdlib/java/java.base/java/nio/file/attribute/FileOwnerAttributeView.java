package java.nio.file.attribute;

import java.io.IOException;

/** The "owner" view: reads and sets the owner of a file. */
public interface FileOwnerAttributeView extends FileAttributeView {
    @Override
    String name();

    UserPrincipal getOwner() throws IOException;

    void setOwner(UserPrincipal owner) throws IOException;
}

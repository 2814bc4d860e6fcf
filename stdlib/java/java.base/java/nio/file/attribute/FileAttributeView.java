package java.nio.file.attribute;

/** An attribute view of the attributes of a file. */
public interface FileAttributeView extends AttributeView {
}

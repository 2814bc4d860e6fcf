package java.nio.file.attribute;

/** A read-only or updatable view of non-opaque values associated with an object. */
public interface AttributeView {
    /** The name of the view ("basic", "posix", ...). */
    String name();
}

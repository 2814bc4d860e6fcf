package java.security;

/** An opaque key: its algorithm, encoding format and encoded form. */
public interface Key extends java.io.Serializable {
    long serialVersionUID = 6603384152749567654L;

    String getAlgorithm();

    String getFormat();

    byte[] getEncoded();
}

package java.awt;

/** The transparency modes of a color or image. */
public interface Transparency {
    int OPAQUE = 1;
    int BITMASK = 2;
    int TRANSLUCENT = 3;

    int getTransparency();
}

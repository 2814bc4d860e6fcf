package java.util;

/** A class can implement the Observer interface when it wants to be informed of changes in observable objects. */
@Deprecated(since = "9")
public interface Observer {
    void update(Observable o, Object arg);
}

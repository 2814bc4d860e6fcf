package java.beans;

/** Told whenever a bean changes a bound property. */
@FunctionalInterface
public interface PropertyChangeListener extends java.util.EventListener {
    void propertyChange(PropertyChangeEvent evt);
}

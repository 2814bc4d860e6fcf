package java.beans;

/** java.desktop's bound-property listener (observer-pattern programs use it without beans). */
public interface PropertyChangeListener extends java.util.EventListener {
    void propertyChange(PropertyChangeEvent evt);
}

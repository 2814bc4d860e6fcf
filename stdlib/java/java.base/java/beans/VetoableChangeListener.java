package java.beans;

/** Asked before a bean changes a constrained property; may refuse by throwing. */
@FunctionalInterface
public interface VetoableChangeListener extends java.util.EventListener {
    void vetoableChange(PropertyChangeEvent evt) throws PropertyVetoException;
}

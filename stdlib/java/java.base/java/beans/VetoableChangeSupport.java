package java.beans;

/**
 * Keeps a bean's vetoable change listeners and asks them about proposed changes. When one
 * vetoes, those already asked are told of the reversal (old and new values swapped) and the
 * veto is rethrown.
 */
public class VetoableChangeSupport implements java.io.Serializable {
    private static final long serialVersionUID = -5090210921595982017L;

    private final Object source;
    private final transient ChangeListenerMap<VetoableChangeListener> map = new ChangeListenerMap<>() {
        @Override
        protected VetoableChangeListener[] newArray(int length) {
            return new VetoableChangeListener[length];
        }

        @Override
        protected VetoableChangeListener newProxy(String name, VetoableChangeListener listener) {
            return new VetoableChangeListenerProxy(name, listener);
        }

        @Override
        VetoableChangeListener extract(VetoableChangeListener listener) {
            while (listener instanceof VetoableChangeListenerProxy) {
                listener = ((VetoableChangeListenerProxy) listener).getListener();
            }
            return listener;
        }
    };

    public VetoableChangeSupport(Object sourceBean) {
        if (sourceBean == null) {
            throw new NullPointerException();
        }
        source = sourceBean;
    }

    public void addVetoableChangeListener(VetoableChangeListener listener) {
        if (listener == null) {
            return;
        }
        if (listener instanceof VetoableChangeListenerProxy) {
            VetoableChangeListenerProxy proxy = (VetoableChangeListenerProxy) listener;
            addVetoableChangeListener(proxy.getPropertyName(), proxy.getListener());
        } else {
            map.add(null, listener);
        }
    }

    public void removeVetoableChangeListener(VetoableChangeListener listener) {
        if (listener == null) {
            return;
        }
        if (listener instanceof VetoableChangeListenerProxy) {
            VetoableChangeListenerProxy proxy = (VetoableChangeListenerProxy) listener;
            removeVetoableChangeListener(proxy.getPropertyName(), proxy.getListener());
        } else {
            map.remove(null, listener);
        }
    }

    public VetoableChangeListener[] getVetoableChangeListeners() {
        return map.getListeners();
    }

    public void addVetoableChangeListener(String propertyName, VetoableChangeListener listener) {
        if (listener == null || propertyName == null) {
            return;
        }
        listener = map.extract(listener);
        if (listener != null) {
            map.add(propertyName, listener);
        }
    }

    public void removeVetoableChangeListener(String propertyName, VetoableChangeListener listener) {
        if (listener == null || propertyName == null) {
            return;
        }
        listener = map.extract(listener);
        if (listener != null) {
            map.remove(propertyName, listener);
        }
    }

    public VetoableChangeListener[] getVetoableChangeListeners(String propertyName) {
        return map.getListeners(propertyName);
    }

    public void fireVetoableChange(String propertyName, Object oldValue, Object newValue)
            throws PropertyVetoException {
        if (oldValue == null || newValue == null || !oldValue.equals(newValue)) {
            fireVetoableChange(new PropertyChangeEvent(source, propertyName, oldValue, newValue)); // hotspot-line: 276
        }
    }

    public void fireVetoableChange(String propertyName, int oldValue, int newValue)
            throws PropertyVetoException {
        if (oldValue != newValue) {
            fireVetoableChange(propertyName, Integer.valueOf(oldValue), Integer.valueOf(newValue)); // hotspot-line: 305
        }
    }

    public void fireVetoableChange(String propertyName, boolean oldValue, boolean newValue)
            throws PropertyVetoException {
        if (oldValue != newValue) {
            fireVetoableChange(propertyName, Boolean.valueOf(oldValue), Boolean.valueOf(newValue)); // hotspot-line: 334
        }
    }

    public void fireVetoableChange(PropertyChangeEvent event) throws PropertyVetoException {
        Object oldValue = event.getOldValue();
        Object newValue = event.getNewValue();
        if (oldValue != null && newValue != null && oldValue.equals(newValue)) {
            return;
        }
        String name = event.getPropertyName();
        VetoableChangeListener[] common = map.get(null);
        VetoableChangeListener[] named = name != null ? map.get(name) : null;
        VetoableChangeListener[] listeners;
        if (common == null) {
            listeners = named;
        } else if (named == null) {
            listeners = common;
        } else {
            listeners = new VetoableChangeListener[common.length + named.length];
            System.arraycopy(common, 0, listeners, 0, common.length);
            System.arraycopy(named, 0, listeners, common.length, named.length);
        }
        if (listeners == null) {
            return;
        }
        int current = 0;
        try {
            while (current < listeners.length) {
                listeners[current].vetoableChange(event); // hotspot-line: 383
                current++;
            }
        } catch (PropertyVetoException veto) {
            PropertyChangeEvent revert = new PropertyChangeEvent(source, name, newValue, oldValue);
            for (int i = 0; i < current; i++) {
                try {
                    listeners[i].vetoableChange(revert);
                } catch (PropertyVetoException ignored) {
                    // a reversal cannot be vetoed
                }
            }
            throw veto;
        }
    }

    public boolean hasListeners(String propertyName) {
        return map.hasListeners(propertyName);
    }
}

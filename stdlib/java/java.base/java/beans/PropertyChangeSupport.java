package java.beans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bound-property listeners of a bean, as java.desktop's: listeners for every property (a null
 * name) are told first, then those of the changed property, each group in registration order;
 * an event whose old and new values are equal and not null is not fired.
 */
public class PropertyChangeSupport implements java.io.Serializable {
    private static final long serialVersionUID = 6401253773779951803L;
    private final Object source;
    /** Listeners by property name (null: every property); null when there are none. */
    private transient Map<String, PropertyChangeListener[]> map;

    public PropertyChangeSupport(Object sourceBean) {
        if (sourceBean == null) {
            throw new NullPointerException();
        }
        source = sourceBean;
    }

    public void addPropertyChangeListener(PropertyChangeListener listener) {
        if (listener == null) {
            return;
        }
        if (listener instanceof PropertyChangeListenerProxy) {
            PropertyChangeListenerProxy proxy = (PropertyChangeListenerProxy) listener;
            addPropertyChangeListener(proxy.getPropertyName(), proxy.getListener());
        } else {
            add(null, listener);
        }
    }

    public void removePropertyChangeListener(PropertyChangeListener listener) {
        if (listener == null) {
            return;
        }
        if (listener instanceof PropertyChangeListenerProxy) {
            PropertyChangeListenerProxy proxy = (PropertyChangeListenerProxy) listener;
            removePropertyChangeListener(proxy.getPropertyName(), proxy.getListener());
        } else {
            remove(null, listener);
        }
    }

    /** Every listener: those of every property, then the named ones wrapped in proxies. */
    public synchronized PropertyChangeListener[] getPropertyChangeListeners() {
        if (map == null) {
            return new PropertyChangeListener[0];
        }
        List<PropertyChangeListener> list = new ArrayList<>();
        PropertyChangeListener[] common = map.get(null);
        if (common != null) {
            for (PropertyChangeListener l : common) {
                list.add(l);
            }
        }
        for (Map.Entry<String, PropertyChangeListener[]> e : map.entrySet()) {
            String name = e.getKey();
            if (name != null) {
                for (PropertyChangeListener l : e.getValue()) {
                    list.add(new PropertyChangeListenerProxy(name, l));
                }
            }
        }
        return list.toArray(new PropertyChangeListener[list.size()]);
    }

    public void addPropertyChangeListener(String propertyName, PropertyChangeListener listener) {
        if (listener == null || propertyName == null) {
            return;
        }
        listener = extract(listener);
        if (listener != null) {
            add(propertyName, listener);
        }
    }

    public void removePropertyChangeListener(String propertyName, PropertyChangeListener listener) {
        if (listener == null || propertyName == null) {
            return;
        }
        listener = extract(listener);
        if (listener != null) {
            remove(propertyName, listener);
        }
    }

    public synchronized PropertyChangeListener[] getPropertyChangeListeners(String propertyName) {
        if (map != null && propertyName != null) {
            PropertyChangeListener[] listeners = map.get(propertyName);
            if (listeners != null) {
                return listeners.clone();
            }
        }
        return new PropertyChangeListener[0];
    }

    public void firePropertyChange(String propertyName, Object oldValue, Object newValue) {
        if (oldValue == null || newValue == null || !oldValue.equals(newValue)) {
            firePropertyChange(new PropertyChangeEvent(this.source, propertyName, oldValue, newValue));
        }
    }

    public void firePropertyChange(String propertyName, int oldValue, int newValue) {
        if (oldValue != newValue) {
            firePropertyChange(propertyName, Integer.valueOf(oldValue), Integer.valueOf(newValue));
        }
    }

    public void firePropertyChange(String propertyName, boolean oldValue, boolean newValue) {
        if (oldValue != newValue) {
            firePropertyChange(propertyName, Boolean.valueOf(oldValue), Boolean.valueOf(newValue));
        }
    }

    public void firePropertyChange(PropertyChangeEvent event) {
        Object oldValue = event.getOldValue();
        Object newValue = event.getNewValue();
        if (oldValue == null || newValue == null || !oldValue.equals(newValue)) {
            String name = event.getPropertyName();
            PropertyChangeListener[] common;
            PropertyChangeListener[] named;
            synchronized (this) {
                common = map == null ? null : map.get(null);
                named = map == null || name == null ? null : map.get(name);
            }
            fire(common, event);
            fire(named, event);
        }
    }

    private static void fire(PropertyChangeListener[] listeners, PropertyChangeEvent event) {
        if (listeners != null) {
            for (PropertyChangeListener listener : listeners) {
                listener.propertyChange(event);
            }
        }
    }

    public void fireIndexedPropertyChange(String propertyName, int index, Object oldValue, Object newValue) {
        if (oldValue == null || newValue == null || !oldValue.equals(newValue)) {
            firePropertyChange(new IndexedPropertyChangeEvent(source, propertyName, oldValue, newValue, index));
        }
    }

    public void fireIndexedPropertyChange(String propertyName, int index, int oldValue, int newValue) {
        if (oldValue != newValue) {
            fireIndexedPropertyChange(propertyName, index, Integer.valueOf(oldValue), Integer.valueOf(newValue));
        }
    }

    public void fireIndexedPropertyChange(String propertyName, int index, boolean oldValue, boolean newValue) {
        if (oldValue != newValue) {
            fireIndexedPropertyChange(propertyName, index, Boolean.valueOf(oldValue), Boolean.valueOf(newValue));
        }
    }

    public synchronized boolean hasListeners(String propertyName) {
        if (map == null) {
            return false;
        }
        return map.get(null) != null || (propertyName != null && map.get(propertyName) != null);
    }

    // The listener arrays are copied on every change, so that firing works on a snapshot.
    private synchronized void add(String name, PropertyChangeListener listener) {
        if (map == null) {
            map = new HashMap<>();
        }
        PropertyChangeListener[] array = map.get(name);
        int size = array != null ? array.length : 0;
        PropertyChangeListener[] clone = new PropertyChangeListener[size + 1];
        clone[size] = listener;
        if (array != null) {
            System.arraycopy(array, 0, clone, 0, size);
        }
        map.put(name, clone);
    }

    private synchronized void remove(String name, PropertyChangeListener listener) {
        if (map == null) {
            return;
        }
        PropertyChangeListener[] array = map.get(name);
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.length; i++) {
            if (listener.equals(array[i])) {
                int size = array.length - 1;
                if (size > 0) {
                    PropertyChangeListener[] clone = new PropertyChangeListener[size];
                    System.arraycopy(array, 0, clone, 0, i);
                    System.arraycopy(array, i + 1, clone, i, size - i);
                    map.put(name, clone);
                } else {
                    map.remove(name);
                    if (map.isEmpty()) {
                        map = null;
                    }
                }
                break;
            }
        }
    }

    /** The listener inside any proxies. */
    private static PropertyChangeListener extract(PropertyChangeListener listener) {
        while (listener instanceof PropertyChangeListenerProxy) {
            listener = ((PropertyChangeListenerProxy) listener).getListener();
        }
        return listener;
    }
}

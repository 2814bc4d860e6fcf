package java.beans;

import java.util.ArrayList;
import java.util.EventListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The listeners of a change support, per property name (null: every property). Each name maps
 * to an array that is replaced, never changed, so firing iterates over a snapshot.
 */
abstract class ChangeListenerMap<L extends EventListener> {
    private Map<String, L[]> map;

    protected abstract L[] newArray(int length);

    protected abstract L newProxy(String name, L listener);

    /** The listener inside any proxies. */
    abstract L extract(L listener);

    final synchronized void add(String name, L listener) {
        if (map == null) {
            map = new HashMap<>();
        }
        L[] array = map.get(name);
        int size = array != null ? array.length : 0;
        L[] copy = newArray(size + 1);
        if (array != null) {
            System.arraycopy(array, 0, copy, 0, size);
        }
        copy[size] = listener;
        map.put(name, copy);
    }

    final synchronized void remove(String name, L listener) {
        if (map == null) {
            return;
        }
        L[] array = map.get(name);
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.length; i++) {
            if (listener.equals(array[i])) {
                int size = array.length - 1;
                if (size > 0) {
                    L[] copy = newArray(size);
                    System.arraycopy(array, 0, copy, 0, i);
                    System.arraycopy(array, i + 1, copy, i, size - i);
                    map.put(name, copy);
                } else {
                    map.remove(name);
                    if (map.isEmpty()) {
                        map = null;
                    }
                }
                return;
            }
        }
    }

    final synchronized L[] get(String name) {
        return map != null ? map.get(name) : null;
    }

    /** The listeners for every property, then proxies for the named ones. */
    final synchronized L[] getListeners() {
        if (map == null) {
            return newArray(0);
        }
        List<L> list = new ArrayList<>();
        L[] common = map.get(null);
        if (common != null) {
            for (L listener : common) {
                list.add(listener);
            }
        }
        for (Map.Entry<String, L[]> entry : map.entrySet()) {
            String name = entry.getKey();
            if (name != null) {
                for (L listener : entry.getValue()) {
                    list.add(newProxy(name, listener));
                }
            }
        }
        return list.toArray(newArray(list.size()));
    }

    final L[] getListeners(String name) {
        if (name != null) {
            L[] listeners = get(name);
            if (listeners != null) {
                return listeners.clone();
            }
        }
        return newArray(0);
    }

    final synchronized boolean hasListeners(String name) {
        if (map == null) {
            return false;
        }
        return map.get(null) != null || (name != null && map.get(name) != null);
    }
}

package java.lang;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * A value computed lazily for each class and kept while the class lives. When threads race
 * to compute it, the first value stored wins and every caller gets that one.
 */
public abstract class ClassValue<T> {

    /** Values by class name (not by identity hash, which would draw hashes), then by class. */
    private final HashMap<String, List<Entry>> values = new HashMap<>();
    /** Bumped by remove, so that a value computed before a removal is not stored after it. */
    private int version;

    private static final class Entry {
        final WeakReference<Class<?>> type;
        final Object value;

        Entry(Class<?> type, Object value) {
            this.type = new WeakReference<>(type);
            this.value = value;
        }
    }

    protected ClassValue() {}

    protected abstract T computeValue(Class<?> type);

    @SuppressWarnings("unchecked")
    public T get(Class<?> type) {
        Objects.requireNonNull(type);
        while (true) {
            int seen;
            synchronized (values) {
                Entry e = find(type);
                if (e != null) {
                    return (T) e.value;
                }
                seen = version;
            }
            T computed = computeValue(type);
            synchronized (values) {
                Entry e = find(type);
                if (e != null) {
                    return (T) e.value;
                }
                if (seen == version) {
                    values.computeIfAbsent(type.getName(), k -> new ArrayList<>())
                            .add(new Entry(type, computed));
                    return computed;
                }
            }
            // removed while computing: compute again
        }
    }

    public void remove(Class<?> type) {
        Objects.requireNonNull(type);
        synchronized (values) {
            List<Entry> list = values.get(type.getName());
            if (list != null) {
                list.removeIf(e -> e.type.get() == type || e.type.get() == null);
                if (list.isEmpty()) {
                    values.remove(type.getName());
                }
            }
            version++;
        }
    }

    private Entry find(Class<?> type) {
        List<Entry> list = values.get(type.getName());
        if (list == null) {
            return null;
        }
        for (Entry e : list) {
            if (e.type.get() == type) {
                return e;
            }
        }
        return null;
    }
}

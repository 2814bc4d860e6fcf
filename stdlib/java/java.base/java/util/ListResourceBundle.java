package java.util;

/** A resource bundle whose resources are the key/value pairs getContents returns. */
public abstract class ListResourceBundle extends ResourceBundle {
    private volatile Map<String, Object> lookup;

    public ListResourceBundle() {
    }

    protected abstract Object[][] getContents();

    @Override
    public final Object handleGetObject(String key) {
        if (key == null) {
            throw new NullPointerException();
        }
        return lookup().get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return new ResourceBundle.KeyEnumeration(lookup().keySet(), parent);
    }

    @Override
    protected Set<String> handleKeySet() {
        return lookup().keySet();
    }

    private Map<String, Object> lookup() {
        Map<String, Object> m = lookup;
        if (m == null) {
            synchronized (this) {
                m = lookup;
                if (m == null) {
                    Object[][] contents = getContents();
                    HashMap<String, Object> temp = new HashMap<>(contents.length);
                    for (Object[] content : contents) {
                        String key = (String) content[0];
                        Object value = content[1];
                        if (key == null || value == null) {
                            throw new NullPointerException();
                        }
                        temp.put(key, value);
                    }
                    lookup = m = temp;
                }
            }
        }
        return m;
    }
}

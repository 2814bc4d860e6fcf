package java.util;

/**
 * An immutable snapshot of a map entry that, unlike {@link KeyValueHolder}, allows null keys
 * and values: the SequencedMap default methods return these so that a later change to the map
 * does not show through the returned entry.
 */
final class NullableKeyValueHolder<K, V> implements Map.Entry<K, V> {
    final K key;
    final V value;

    NullableKeyValueHolder(K k, V v) {
        key = k;
        value = v;
    }

    NullableKeyValueHolder(Map.Entry<K, V> entry) {
        Objects.requireNonNull(entry);
        key = entry.getKey();
        value = entry.getValue();
    }

    public K getKey() {
        return key;
    }

    public V getValue() {
        return value;
    }

    public V setValue(V value) {
        throw new UnsupportedOperationException("not supported");
    }

    public boolean equals(Object o) {
        return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
    }

    public int hashCode() {
        return Objects.hashCode(key) ^ Objects.hashCode(value);
    }

    public String toString() {
        return key + "=" + value;
    }
}

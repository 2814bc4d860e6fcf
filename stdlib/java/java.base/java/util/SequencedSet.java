package java.util;

/** A set that is also a {@link SequencedCollection}; its reversed view is a set too. */
public interface SequencedSet<E> extends SequencedCollection<E>, Set<E> {
    SequencedSet<E> reversed();
}

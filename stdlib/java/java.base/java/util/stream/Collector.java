package java.util.stream;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

public interface Collector<T, A, R> {
    Supplier<A> supplier();

    BiConsumer<A, T> accumulator();

    BinaryOperator<A> combiner();

    Function<A, R> finisher();

    Set<Characteristics> characteristics();

    public static <T, R> Collector<T, R, R> of(Supplier<R> supplier, BiConsumer<R, T> accumulator,
            BinaryOperator<R> combiner, Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(characteristics);
        Set<Characteristics> cs = characteristicsSet(characteristics, Characteristics.IDENTITY_FINISH);
        return new Collectors.CollectorImpl<>(supplier, accumulator, combiner, cs);
    }

    public static <T, A, R> Collector<T, A, R> of(Supplier<A> supplier, BiConsumer<A, T> accumulator,
            BinaryOperator<A> combiner, Function<A, R> finisher, Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(finisher);
        Objects.requireNonNull(characteristics);
        Set<Characteristics> cs = characteristicsSet(characteristics, null);
        return new Collectors.CollectorImpl<>(supplier, accumulator, combiner, finisher, cs);
    }

    private static Set<Characteristics> characteristicsSet(Characteristics[] given, Characteristics extra) {
        boolean[] present = new boolean[Characteristics.values().length];
        for (Characteristics c : given)
            present[Objects.requireNonNull(c).ordinal()] = true;
        if (extra != null)
            present[extra.ordinal()] = true;
        LinkedHashSet<Characteristics> set = new LinkedHashSet<>();
        for (Characteristics c : Characteristics.values())
            if (present[c.ordinal()])
                set.add(c);
        return Collections.unmodifiableSet(set);
    }

    enum Characteristics {
        CONCURRENT,
        UNORDERED,
        IDENTITY_FINISH
    }
}

package java.util.stream;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * An intermediate operation of a stream, applied by Stream.gather (Java 24, JEP 485): each
 * element goes through the integrator, which pushes any number of results downstream and may
 * stop the stream; the finisher can push more at the end. This library runs gatherers
 * sequentially, so the combiner is only kept for the gatherer's own callers.
 */
public interface Gatherer<T, A, R> {
    default Supplier<A> initializer() {
        return defaultInitializer();
    }

    Integrator<A, T, R> integrator();

    default BinaryOperator<A> combiner() {
        return defaultCombiner();
    }

    default BiConsumer<A, Downstream<? super R>> finisher() {
        return defaultFinisher();
    }

    /** This gatherer followed by that one, as a single gatherer. */
    default <RR> Gatherer<T, ?, RR> andThen(Gatherer<? super R, ?, ? extends RR> that) {
        Objects.requireNonNull(that);
        return GatherSupport.compose(this, that);
    }

    /** The initializer of stateless gatherers (its state is null). */
    @SuppressWarnings("unchecked")
    static <A> Supplier<A> defaultInitializer() {
        return (Supplier<A>) GatherSupport.DEFAULT_INITIALIZER;
    }

    /** The combiner of sequential-only gatherers. */
    @SuppressWarnings("unchecked")
    static <A> BinaryOperator<A> defaultCombiner() {
        return (BinaryOperator<A>) GatherSupport.DEFAULT_COMBINER;
    }

    /** The finisher that pushes nothing. */
    @SuppressWarnings("unchecked")
    static <A, R> BiConsumer<A, Downstream<? super R>> defaultFinisher() {
        return (BiConsumer<A, Downstream<? super R>>) (Object) GatherSupport.DEFAULT_FINISHER;
    }

    static <T, R> Gatherer<T, Void, R> ofSequential(Integrator<Void, T, R> integrator) {
        return of(defaultInitializer(), integrator, defaultCombiner(), defaultFinisher());
    }

    static <T, R> Gatherer<T, Void, R> ofSequential(Integrator<Void, T, R> integrator,
            BiConsumer<Void, Downstream<? super R>> finisher) {
        return of(defaultInitializer(), integrator, defaultCombiner(), finisher);
    }

    static <T, A, R> Gatherer<T, A, R> ofSequential(Supplier<A> initializer, Integrator<A, T, R> integrator) {
        return of(initializer, integrator, defaultCombiner(), defaultFinisher());
    }

    static <T, A, R> Gatherer<T, A, R> ofSequential(Supplier<A> initializer, Integrator<A, T, R> integrator,
            BiConsumer<A, Downstream<? super R>> finisher) {
        return of(initializer, integrator, defaultCombiner(), finisher);
    }

    static <T, R> Gatherer<T, Void, R> of(Integrator<Void, T, R> integrator) {
        return of(defaultInitializer(), integrator, GatherSupport.voidCombiner(), defaultFinisher());
    }

    static <T, R> Gatherer<T, Void, R> of(Integrator<Void, T, R> integrator,
            BiConsumer<Void, Downstream<? super R>> finisher) {
        return of(defaultInitializer(), integrator, GatherSupport.voidCombiner(), finisher);
    }

    static <T, A, R> Gatherer<T, A, R> of(Supplier<A> initializer, Integrator<A, T, R> integrator,
            BinaryOperator<A> combiner, BiConsumer<A, Downstream<? super R>> finisher) {
        return new GatherSupport.GathererImpl<>(Objects.requireNonNull(initializer), Objects.requireNonNull(integrator),
                Objects.requireNonNull(combiner), Objects.requireNonNull(finisher));
    }

    /** Where a gatherer pushes its results; push returns false once no more are wanted. */
    interface Downstream<T> {
        boolean push(T element);

        default boolean isRejecting() {
            return false;
        }
    }

    /** Takes one element; returns false to stop the stream. */
    @FunctionalInterface
    interface Integrator<A, T, R> {
        boolean integrate(A state, T element, Downstream<? super R> downstream);

        static <A, T, R> Integrator<A, T, R> of(Integrator<A, T, R> integrator) {
            return integrator;
        }

        static <A, T, R> Greedy<A, T, R> ofGreedy(Greedy<A, T, R> greedy) {
            return greedy;
        }

        /** An integrator that never stops the stream by itself. */
        @FunctionalInterface
        interface Greedy<A, T, R> extends Integrator<A, T, R> {
        }
    }
}

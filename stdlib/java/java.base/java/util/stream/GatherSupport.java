package java.util.stream;

import java.util.Iterator;
import java.util.LinkedList;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/** The machinery behind Gatherer and Stream.gather: a pull-based, sequential evaluation. */
final class GatherSupport {
    private GatherSupport() {
    }

    static final Supplier<Object> DEFAULT_INITIALIZER = () -> null;
    static final BinaryOperator<Object> DEFAULT_COMBINER = (a, b) -> {
        throw new UnsupportedOperationException("This Gatherer is sequential-only");
    };
    static final BiConsumer<Object, Gatherer.Downstream<?>> DEFAULT_FINISHER = (a, d) -> {
    };

    @SuppressWarnings("unchecked")
    static <A> BinaryOperator<A> voidCombiner() {
        return (BinaryOperator<A>) (BinaryOperator<Object>) (a, b) -> null;
    }

    record GathererImpl<T, A, R>(Supplier<A> initializer, Gatherer.Integrator<A, T, R> integrator,
            BinaryOperator<A> combiner, BiConsumer<A, Gatherer.Downstream<? super R>> finisher)
            implements Gatherer<T, A, R> {
    }

    /**
     * first andThen second: the state holds both states; first's results feed second's
     * integrator, and first's end (and finisher) is followed by second's finisher.
     */
    @SuppressWarnings("unchecked")
    static <T, A1, R, A2, RR> Gatherer<T, ?, RR> compose(Gatherer<T, A1, R> first, Gatherer<? super R, A2, ? extends RR> second0) {
        Gatherer<R, A2, RR> second = (Gatherer<R, A2, RR>) second0;
        final class State {
            final A1 a1 = first.initializer().get();
            final A2 a2 = second.initializer().get();
            boolean secondDone;
        }
        Gatherer.Integrator<State, T, RR> integrator = (state, element, downstream) -> {
            Gatherer.Downstream<R> mid = r -> {
                if (state.secondDone) {
                    return false;
                }
                if (!second.integrator().integrate(state.a2, r, downstream)) {
                    state.secondDone = true;
                }
                return !state.secondDone;
            };
            return first.integrator().integrate(state.a1, element, mid) && !state.secondDone;
        };
        BiConsumer<State, Gatherer.Downstream<? super RR>> finisher = (state, downstream) -> {
            if (!state.secondDone) {
                Gatherer.Downstream<R> mid = r -> {
                    if (state.secondDone) {
                        return false;
                    }
                    if (!second.integrator().integrate(state.a2, r, downstream)) {
                        state.secondDone = true;
                    }
                    return !state.secondDone;
                };
                first.finisher().accept(state.a1, mid);
            }
            second.finisher().accept(state.a2, downstream);
        };
        return Gatherer.ofSequential(State::new, integrator, finisher);
    }

    /** The stream of upstream's elements gathered by gatherer, evaluated as it is pulled. */
    static <T, A, R> Stream<R> gather(Stream<T> upstream, Gatherer<? super T, A, R> gatherer) {
        Objects.requireNonNull(gatherer);
        Iterator<R> it = new GatherIterator<>(upstream, gatherer);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(upstream::close);
    }

    static final class GatherIterator<T, A, R> implements Iterator<R>, Gatherer.Downstream<R> {
        private final Stream<T> source;
        private final Gatherer<? super T, A, R> gatherer;
        private Iterator<T> upstream; // created at the first pull, as a terminal operation starts
        private A state;
        private final LinkedList<R> buffer = new LinkedList<>(); // allows null elements
        private boolean upstreamDone;
        private boolean finished;

        GatherIterator(Stream<T> source, Gatherer<? super T, A, R> gatherer) {
            this.source = source;
            this.gatherer = gatherer;
        }

        public boolean push(R element) {
            buffer.add(element);
            return true;
        }

        private void fill() {
            if (upstream == null && !finished) {
                upstream = source.iterator();
                state = gatherer.initializer().get();
            }
            while (buffer.isEmpty() && !finished) {
                if (!upstreamDone && upstream.hasNext()) {
                    if (!gatherer.integrator().integrate(state, upstream.next(), this)) {
                        upstreamDone = true;
                    }
                } else {
                    finished = true;
                    gatherer.finisher().accept(state, this);
                }
            }
        }

        public boolean hasNext() {
            fill();
            return !buffer.isEmpty();
        }

        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffer.removeFirst();
        }
    }
}

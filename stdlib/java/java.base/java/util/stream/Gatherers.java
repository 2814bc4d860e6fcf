package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Ready-made gatherers (Java 24, JEP 485). */
public final class Gatherers {
    private Gatherers() {
        throw new AssertionError("private constructor");
    }

    /** An unmodifiable list of the window's elements (nulls allowed, as the JDK's). */
    private static <T> List<T> window(Object[] elements, int size) {
        @SuppressWarnings("unchecked")
        T[] copy = (T[]) Arrays.copyOf(elements, size);
        return Collections.unmodifiableList(Arrays.asList(copy));
    }

    /** Consecutive windows of windowSize elements; the last may be shorter. */
    public static <TR> Gatherer<TR, ?, List<TR>> windowFixed(int windowSize) {
        if (windowSize < 1) {
            throw new IllegalArgumentException("'windowSize' must be greater than zero");
        }
        class FixedWindow {
            Object[] window = new Object[windowSize];
            int at = 0;

            boolean integrate(TR element, Gatherer.Downstream<? super List<TR>> downstream) {
                window[at++] = element;
                if (at < windowSize) {
                    return true;
                }
                List<TR> full = window(window, at);
                at = 0;
                return downstream.push(full);
            }

            void finish(Gatherer.Downstream<? super List<TR>> downstream) {
                if (at > 0 && !downstream.isRejecting()) {
                    List<TR> rest = window(window, at);
                    at = 0;
                    downstream.push(rest);
                }
            }
        }
        return Gatherer.<TR, FixedWindow, List<TR>>ofSequential(FixedWindow::new,
                Gatherer.Integrator.<FixedWindow, TR, List<TR>>ofGreedy(FixedWindow::integrate), FixedWindow::finish);
    }

    /** Windows of windowSize consecutive elements, each one element further than the last. */
    public static <TR> Gatherer<TR, ?, List<TR>> windowSliding(int windowSize) {
        if (windowSize < 1) {
            throw new IllegalArgumentException("'windowSize' must be greater than zero");
        }
        class SlidingWindow {
            Object[] window = new Object[windowSize];
            int at = 0;
            boolean firstWindow = true;

            boolean integrate(TR element, Gatherer.Downstream<? super List<TR>> downstream) {
                if (at == windowSize) {
                    System.arraycopy(window, 1, window, 0, windowSize - 1);
                    at--;
                }
                window[at++] = element;
                if (at < windowSize) {
                    return true;
                }
                firstWindow = false;
                return downstream.push(window(window, at));
            }

            void finish(Gatherer.Downstream<? super List<TR>> downstream) {
                // a stream shorter than the window still yields the one window it fills
                if (firstWindow && at > 0 && !downstream.isRejecting()) {
                    downstream.push(window(window, at));
                }
            }
        }
        return Gatherer.<TR, SlidingWindow, List<TR>>ofSequential(SlidingWindow::new,
                Gatherer.Integrator.<SlidingWindow, TR, List<TR>>ofGreedy(SlidingWindow::integrate), SlidingWindow::finish);
    }

    /** One result: initial folded with every element, pushed at the end. */
    public static <T, R> Gatherer<T, ?, R> fold(Supplier<R> initial, BiFunction<? super R, ? super T, ? extends R> folder) {
        Objects.requireNonNull(initial, "'initial' must not be null");
        Objects.requireNonNull(folder, "'folder' must not be null");
        class State {
            R value = initial.get();
        }
        return Gatherer.<T, State, R>ofSequential(State::new,
                Gatherer.Integrator.<State, T, R>ofGreedy((state, element, downstream) -> {
                    state.value = folder.apply(state.value, element);
                    return true;
                }),
                (state, downstream) -> downstream.push(state.value));
    }

    /** Every successive result of folding the elements into initial. */
    public static <T, R> Gatherer<T, ?, R> scan(Supplier<R> initial, BiFunction<? super R, ? super T, ? extends R> scanner) {
        Objects.requireNonNull(initial, "'initial' must not be null");
        Objects.requireNonNull(scanner, "'scanner' must not be null");
        class State {
            R current = initial.get();

            boolean integrate(T element, Gatherer.Downstream<? super R> downstream) {
                return downstream.push(current = scanner.apply(current, element));
            }
        }
        return Gatherer.<T, State, R>ofSequential(State::new,
                Gatherer.Integrator.<State, T, R>ofGreedy(State::integrate));
    }

    /**
     * mapper applied to each element, results in encounter order. The JDK runs up to
     * maxConcurrency mappings at once on virtual threads; here they run one after another on
     * the stream's thread, which gives the same results for mappers without timing effects.
     */
    public static <T, R> Gatherer<T, ?, R> mapConcurrent(int maxConcurrency, Function<? super T, ? extends R> mapper) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("'maxConcurrency' must be greater than 0");
        }
        Objects.requireNonNull(mapper, "'mapper' must not be null");
        return Gatherer.<T, R>ofSequential((state, element, downstream) -> downstream.push(mapper.apply(element)));
    }
}

package java.util.stream;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

@SuppressWarnings({"unchecked", "rawtypes"})
class ReferencePipeline<T> extends AbstractPipeline implements Stream<T> {
    ReferencePipeline(Spliterator<?> source) {
        super(source);
    }

    ReferencePipeline(AbstractPipeline previous, int sizeKind, Sink.Op op) {
        super(previous, sizeKind, op);
    }

    @Override
    final void forEachAll(Spliterator<?> spliterator, Sink sink) {
        ((Spliterator<Object>) spliterator).forEachRemaining(sink);
    }

    @Override
    final boolean tryAdvance(Spliterator<?> spliterator, Sink sink) {
        return ((Spliterator<Object>) spliterator).tryAdvance(sink);
    }

    // ---------------- BaseStream ----------------

    @Override
    public Iterator<T> iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override
    public Spliterator<T> spliterator() {
        Spliterator<?> s = consumeSource();
        if (depth == 0)
            return (Spliterator<T>) s;
        return new WrappingSpliterators.OfRef<T>(this, s);
    }

    @Override
    public Stream<T> sequential() {
        sourceStage.parallel = false;
        return this;
    }

    @Override
    public Stream<T> parallel() {
        sourceStage.parallel = true;
        return this;
    }

    @Override
    public Stream<T> unordered() {
        return new ReferencePipeline<T>(this, SIZE_PRESERVE, d -> d);
    }

    @Override
    public Stream<T> onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    // ---------------- stateless intermediate operations ----------------

    @Override
    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new ReferencePipeline<T>(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(Object t) {
                if (predicate.test((T) t))
                    downstream.accept(t);
            }
        });
    }

    @Override
    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<R>(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(Object t) {
                downstream.accept(mapper.apply((T) t));
            }
        });
    }

    @Override
    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(Object t) {
                downstream.accept(mapper.applyAsInt((T) t));
            }
        });
    }

    @Override
    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(Object t) {
                downstream.accept(mapper.applyAsLong((T) t));
            }
        });
    }

    @Override
    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(Object t) {
                downstream.accept(mapper.applyAsDouble((T) t));
            }
        });
    }

    /** Sink of the flatMap family: pushes each inner stream's elements downstream, then closes it. */
    abstract static class FlatMapSink extends Sink.ChainedUnsized {
        boolean cancellationRequestedCalled;

        FlatMapSink(Sink downstream) {
            super(downstream);
        }

        @Override
        public boolean cancellationRequested() {
            cancellationRequestedCalled = true;
            return downstream.cancellationRequested();
        }
    }

    @Override
    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<R>(this, SIZE_UNKNOWN, d -> new FlatMapSink(d) {
            @Override
            public void accept(Object u) {
                try (Stream<? extends R> result = mapper.apply((T) u)) {
                    if (result != null) {
                        if (!cancellationRequestedCalled) {
                            result.sequential().forEach(downstream);
                        } else {
                            Spliterator<? extends R> s = result.sequential().spliterator();
                            do {
                            } while (!downstream.cancellationRequested() && s.tryAdvance(downstream));
                        }
                    }
                }
            }
        });
    }

    @Override
    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_UNKNOWN, d -> new FlatMapSink(d) {
            @Override
            public void accept(Object u) {
                try (IntStream result = mapper.apply((T) u)) {
                    if (result != null) {
                        if (!cancellationRequestedCalled) {
                            result.sequential().forEach((IntConsumer) downstream);
                        } else {
                            Spliterator.OfInt s = result.sequential().spliterator();
                            do {
                            } while (!downstream.cancellationRequested() && s.tryAdvance((IntConsumer) downstream));
                        }
                    }
                }
            }
        });
    }

    @Override
    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_UNKNOWN, d -> new FlatMapSink(d) {
            @Override
            public void accept(Object u) {
                try (LongStream result = mapper.apply((T) u)) {
                    if (result != null) {
                        if (!cancellationRequestedCalled) {
                            result.sequential().forEach((LongConsumer) downstream);
                        } else {
                            Spliterator.OfLong s = result.sequential().spliterator();
                            do {
                            } while (!downstream.cancellationRequested() && s.tryAdvance((LongConsumer) downstream));
                        }
                    }
                }
            }
        });
    }

    @Override
    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_UNKNOWN, d -> new FlatMapSink(d) {
            @Override
            public void accept(Object u) {
                try (DoubleStream result = mapper.apply((T) u)) {
                    if (result != null) {
                        if (!cancellationRequestedCalled) {
                            result.sequential().forEach((DoubleConsumer) downstream);
                        } else {
                            Spliterator.OfDouble s = result.sequential().spliterator();
                            do {
                            } while (!downstream.cancellationRequested() && s.tryAdvance((DoubleConsumer) downstream));
                        }
                    }
                }
            }
        });
    }

    @Override
    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<R>(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(Object u) {
                ((BiConsumer<T, Consumer<R>>) (BiConsumer) mapper).accept((T) u, (Consumer<R>) downstream);
            }
        });
    }

    @Override
    public IntStream mapMultiToInt(BiConsumer<? super T, ? super IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(Object u) {
                mapper.accept((T) u, (IntConsumer) downstream);
            }
        });
    }

    @Override
    public LongStream mapMultiToLong(BiConsumer<? super T, ? super LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(Object u) {
                mapper.accept((T) u, (LongConsumer) downstream);
            }
        });
    }

    @Override
    public DoubleStream mapMultiToDouble(BiConsumer<? super T, ? super DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(Object u) {
                mapper.accept((T) u, (DoubleConsumer) downstream);
            }
        });
    }

    @Override
    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return new ReferencePipeline<T>(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(Object t) {
                action.accept((T) t);
                downstream.accept(t);
            }
        });
    }

    // ---------------- stateful intermediate operations ----------------

    @Override
    public Stream<T> distinct() {
        return stateful(new ReferencePipeline<T>(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            HashSet<Object> seen;

            @Override
            public void begin(long size) {
                seen = new HashSet<>();
                downstream.begin(-1);
            }

            @Override
            public void end() {
                seen = null;
                downstream.end();
            }

            @Override
            public void accept(Object t) {
                if (!seen.contains(t)) {
                    seen.add(t);
                    downstream.accept(t);
                }
            }
        }));
    }

    @Override
    public Stream<T> sorted() {
        return sorted0(null);
    }

    @Override
    public Stream<T> sorted(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return sorted0(comparator);
    }

    private Stream<T> sorted0(Comparator<? super T> comparator) {
        return stateful(new ReferencePipeline<T>(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            Object[] array;
            int count;
            boolean cancellationRequestedCalled;

            @Override
            public void begin(long size) {
                if (size >= Integer.MAX_VALUE - 8)
                    throw new IllegalArgumentException("Stream size exceeds max array size");
                array = new Object[size > 0 ? (int) size : 16];
                count = 0;
            }

            @Override
            public void accept(Object t) {
                if (count == array.length)
                    array = Arrays.copyOf(array, count * 2);
                array[count++] = t;
            }

            @Override
            public boolean cancellationRequested() {
                cancellationRequestedCalled = true;
                return false;
            }

            @Override
            public void end() {
                Object[] a = array;
                int n = count;
                array = null;
                if (comparator == null) {
                    // natural order: the elements must be Comparable
                    Arrays.sort(a, 0, n, (Comparator<Object>) (Comparator) Comparator.naturalOrder());
                } else {
                    Arrays.sort(a, 0, n, (Comparator<Object>) (Comparator) comparator);
                }
                downstream.begin(n);
                if (!cancellationRequestedCalled) {
                    for (int i = 0; i < n; i++)
                        downstream.accept(a[i]);
                } else {
                    for (int i = 0; i < n && !downstream.cancellationRequested(); i++)
                        downstream.accept(a[i]);
                }
                downstream.end();
            }
        }));
    }

    @Override
    public Stream<T> limit(long maxSize) {
        if (maxSize < 0)
            throw new IllegalArgumentException(Long.toString(maxSize));
        return slice(0, maxSize);
    }

    @Override
    public Stream<T> skip(long n) {
        if (n < 0)
            throw new IllegalArgumentException(Long.toString(n));
        if (n == 0)
            return this;
        return slice(n, -1);
    }

    private Stream<T> slice(long skip, long limit) {
        ReferencePipeline<T> p = new ReferencePipeline<T>(this, SIZE_SLICE, d -> new SliceSink(d, skip, limit) {
            @Override
            public void accept(Object t) {
                if (n == 0) {
                    if (m > 0) {
                        m--;
                        downstream.accept(t);
                    }
                } else {
                    n--;
                }
            }
        });
        p.setSlice(skip, limit);
        if (limit >= 0)
            p.setShortCircuit();
        return p;
    }

    abstract static class SliceSink extends Sink.Chained {
        long n, m;

        SliceSink(Sink downstream, long skip, long limit) {
            super(downstream);
            this.n = skip;
            this.m = limit >= 0 ? limit : Long.MAX_VALUE;
        }

        @Override
        public void begin(long size) {
            long s = -1;
            if (size >= 0) {
                s = Math.max(0, size - n);
                s = Math.min(s, m);
            }
            downstream.begin(s);
        }

        @Override
        public boolean cancellationRequested() {
            return m == 0 || downstream.cancellationRequested();
        }
    }

    @Override
    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        ReferencePipeline<T> p = new ReferencePipeline<T>(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            boolean take = true;

            @Override
            public void accept(Object t) {
                if (take && (take = predicate.test((T) t)))
                    downstream.accept(t);
            }

            @Override
            public boolean cancellationRequested() {
                return !take || downstream.cancellationRequested();
            }
        });
        p.setShortCircuit();
        return p;
    }

    @Override
    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return stateful(new ReferencePipeline<T>(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            boolean take;

            @Override
            public void accept(Object t) {
                if (take || (take = !predicate.test((T) t)))
                    downstream.accept(t);
            }
        }));
    }

    // ---------------- terminal operations ----------------

    @Override
    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @Override
            public void accept(Object t) {
                action.accept((T) t);
            }
        }, false);
    }

    @Override
    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    @Override
    public Object[] toArray() {
        SpinedBuffer.OfRef<Object> buffer = new SpinedBuffer.OfRef<>();
        evaluate(new Sink() {
            @Override
            public void accept(Object t) {
                buffer.accept(t);
            }
        }, false);
        return buffer.toArray();
    }

    @Override
    public <A> A[] toArray(IntFunction<A[]> generator) {
        Objects.requireNonNull(generator);
        Object[] elements = toArray();
        A[] result = generator.apply(elements.length);
        if (result.length != elements.length)
            throw new IllegalStateException("Begin size " + elements.length + " is not equal to fixed size " + result.length);
        Object[] dst = result;
        for (int i = 0; i < elements.length; i++)
            dst[i] = elements[i];
        return result;
    }

    @Override
    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        return evaluateReduction(() -> new Box<T>(identity) {
            @Override
            public void accept(Object t) {
                state = accumulator.apply(state, (T) t);
            }
        }, (l, r) -> {
            l.state = accumulator.apply(l.state, r.state);
            return l;
        }).state;
    }

    @Override
    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Box<T> result = evaluateReduction(() -> new Box<T>(null) {
            @Override
            public void accept(Object t) {
                if (empty) {
                    empty = false;
                    state = (T) t;
                } else {
                    state = accumulator.apply(state, (T) t);
                }
            }
        }, (l, r) -> {
            if (!r.empty)
                l.accept(r.state);
            return l;
        });
        return result.empty ? Optional.empty() : Optional.of(result.state);
    }

    @Override
    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluateReduction(() -> new Box<U>(identity) {
            @Override
            public void accept(Object t) {
                state = accumulator.apply(state, (T) t);
            }
        }, (l, r) -> {
            l.state = combiner.apply(l.state, r.state);
            return l;
        }).state;
    }

    @Override
    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluateReduction(() -> new Box<R>(supplier.get()) {
            @Override
            public void accept(Object t) {
                accumulator.accept(state, (T) t);
            }
        }, (l, r) -> {
            combiner.accept(l.state, r.state);
            return l;
        }).state;
    }

    @Override
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Objects.requireNonNull(collector);
        Supplier<A> supplier = collector.supplier();
        BiConsumer<A, ? super T> accumulator = collector.accumulator();
        A container;
        if (collector.characteristics().contains(Collector.Characteristics.CONCURRENT)) {
            // One shared container, as the JDK uses for concurrent collectors.
            A shared = supplier.get();
            evaluate(new Sink() {
                @Override
                public void accept(Object t) {
                    accumulator.accept(shared, (T) t);
                }
            }, false);
            container = shared;
        } else {
            BinaryOperator<A> combiner = collector.combiner();
            container = evaluateReduction(() -> new Box<A>(supplier.get()) {
                @Override
                public void accept(Object t) {
                    accumulator.accept(state, (T) t);
                }
            }, (l, r) -> {
                l.state = combiner.apply(l.state, r.state);
                return l;
            }).state;
        }
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container
                : collector.finisher().apply(container);
    }

    @Override
    public List<T> toList() {
        // The JDK's own pipelines give an ImmutableCollections.ListN that allows nulls.
        return jdk.internal.util.CollectionAccess.get().listFromTrustedArrayNullsAllowed(toArray());
    }

    @Override
    public Optional<T> min(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.minBy(comparator));
    }

    @Override
    public Optional<T> max(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.maxBy(comparator));
    }

    @Override
    public long count() {
        return evaluateCount();
    }

    private boolean match(Predicate<? super T> predicate, boolean stopWhen, boolean stopValue) {
        Objects.requireNonNull(predicate);
        boolean[] state = { !stopValue, false };
        evaluate(new Sink() {
            @Override
            public void accept(Object t) {
                if (!state[1] && predicate.test((T) t) == stopWhen) {
                    state[1] = true;
                    state[0] = stopValue;
                }
            }

            @Override
            public boolean cancellationRequested() {
                return state[1];
            }
        }, true);
        return state[0];
    }

    @Override
    public boolean anyMatch(Predicate<? super T> predicate) {
        return match(predicate, true, true);
    }

    @Override
    public boolean allMatch(Predicate<? super T> predicate) {
        return match(predicate, false, false);
    }

    @Override
    public boolean noneMatch(Predicate<? super T> predicate) {
        return match(predicate, true, false);
    }

    @Override
    public Optional<T> findFirst() {
        Object[] state = { null, null };
        evaluate(new Sink() {
            @Override
            public void accept(Object t) {
                if (state[1] == null) {
                    state[1] = Boolean.TRUE;
                    state[0] = t;
                }
            }

            @Override
            public boolean cancellationRequested() {
                return state[1] != null;
            }
        }, true);
        return state[1] == null ? Optional.empty() : Optional.of((T) state[0]);
    }

    @Override
    public Optional<T> findAny() {
        return findFirst();
    }
}

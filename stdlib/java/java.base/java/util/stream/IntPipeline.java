package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.IntSummaryStatistics;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.*;

@SuppressWarnings({"unchecked", "rawtypes"})
class IntPipeline extends AbstractPipeline implements IntStream {
    IntPipeline(Spliterator<?> source) {
        super(source);
    }

    IntPipeline(AbstractPipeline previous, int sizeKind, Sink.Op op) {
        super(previous, sizeKind, op);
    }

    @Override
    final void forEachAll(Spliterator<?> spliterator, Sink sink) {
        ((Spliterator.OfInt) spliterator).forEachRemaining((IntConsumer) sink);
    }

    @Override
    final boolean tryAdvance(Spliterator<?> spliterator, Sink sink) {
        return ((Spliterator.OfInt) spliterator).tryAdvance((IntConsumer) sink);
    }

    // ---------------- BaseStream ----------------

    @Override
    public PrimitiveIterator.OfInt iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override
    public Spliterator.OfInt spliterator() {
        Spliterator<?> s = consumeSource();
        if (depth == 0)
            return (Spliterator.OfInt) s;
        return new WrappingSpliterators.OfInt(this, s);
    }

    @Override
    public IntStream sequential() {
        sourceStage.parallel = false;
        return this;
    }

    @Override
    public IntStream parallel() {
        sourceStage.parallel = true;
        return this;
    }

    @Override
    public IntStream unordered() {
        return new IntPipeline(this, SIZE_PRESERVE, d -> d);
    }

    @Override
    public IntStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    // ---------------- stateless intermediate operations ----------------

    @Override
    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(int t) {
                if (predicate.test(t))
                    downstream.accept(t);
            }
        });
    }

    @Override
    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(int t) {
                downstream.accept(mapper.applyAsInt(t));
            }
        });
    }

    @Override
    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<U>(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(int t) {
                downstream.accept((Object) mapper.apply(t));
            }
        });
    }

    @Override
    public Stream<Integer> boxed() {
        return new ReferencePipeline<Integer>(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(int t) {
                downstream.accept((Object) Integer.valueOf(t));
            }
        });
    }

    @Override
    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(int t) {
                downstream.accept(mapper.applyAsLong(t));
            }
        });
    }

    @Override
    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(int t) {
                downstream.accept(mapper.applyAsDouble(t));
            }
        });
    }

    @Override
    public LongStream asLongStream() {
        return new LongPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(int t) {
                downstream.accept((long) t);
            }
        });
    }

    @Override
    public DoubleStream asDoubleStream() {
        return new DoublePipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(int t) {
                downstream.accept((double) t);
            }
        });
    }

    @Override
    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_UNKNOWN, d -> new ReferencePipeline.FlatMapSink(d) {
            @Override
            public void accept(int u) {
                try (IntStream result = mapper.apply(u)) {
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
    public IntStream mapMulti(IntStream.IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(int u) {
                mapper.accept(u, (IntConsumer) downstream);
            }
        });
    }

    @Override
    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return new IntPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(int t) {
                action.accept(t);
                downstream.accept(t);
            }
        });
    }

    // ---------------- stateful intermediate operations ----------------

    @Override
    public IntStream distinct() {
        return stateful(new IntPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            HashSet<Integer> seen;

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
            public void accept(int t) {
                if (seen.add(t))
                    downstream.accept(t);
            }
        }));
    }

    @Override
    public IntStream sorted() {
        return stateful(new IntPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            int[] array;
            int count;
            boolean cancellationRequestedCalled;

            @Override
            public void begin(long size) {
                if (size >= Integer.MAX_VALUE - 8)
                    throw new IllegalArgumentException("Stream size exceeds max array size");
                array = new int[size > 0 ? (int) size : 16];
                count = 0;
            }

            @Override
            public void accept(int t) {
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
                int[] a = array;
                int n = count;
                array = null;
                Arrays.sort(a, 0, n);
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
    public IntStream limit(long maxSize) {
        if (maxSize < 0)
            throw new IllegalArgumentException(Long.toString(maxSize));
        return slice(0, maxSize);
    }

    @Override
    public IntStream skip(long n) {
        if (n < 0)
            throw new IllegalArgumentException(Long.toString(n));
        if (n == 0)
            return this;
        return slice(n, -1);
    }

    private IntStream slice(long skip, long limit) {
        IntPipeline p = new IntPipeline(this, SIZE_SLICE, d -> new ReferencePipeline.SliceSink(d, skip, limit) {
            @Override
            public void accept(int t) {
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

    @Override
    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        IntPipeline p = new IntPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            boolean take = true;

            @Override
            public void accept(int t) {
                if (take && (take = predicate.test(t)))
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
    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return stateful(new IntPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            boolean take;

            @Override
            public void accept(int t) {
                if (take || (take = !predicate.test(t)))
                    downstream.accept(t);
            }
        }));
    }

    // ---------------- terminal operations ----------------

    @Override
    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @Override
            public void accept(int t) {
                action.accept(t);
            }
        }, false);
    }

    @Override
    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    @Override
    public int[] toArray() {
        SpinedBuffer.OfInt buffer = new SpinedBuffer.OfInt();
        evaluate(new Sink() {
            @Override
            public void accept(int t) {
                buffer.accept(t);
            }
        }, false);
        return buffer.toArray();
    }

    @Override
    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        return evaluateReduction(() -> new Box<int[]>(new int[] { identity }) {
            @Override
            public void accept(int t) {
                state[0] = op.applyAsInt(state[0], t);
            }
        }, (l, r) -> {
            l.state[0] = op.applyAsInt(l.state[0], r.state[0]);
            return l;
        }).state[0];
    }

    @Override
    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        Box<int[]> result = evaluateReduction(() -> new Box<int[]>(new int[1]) {
            @Override
            public void accept(int t) {
                if (empty) {
                    empty = false;
                    state[0] = t;
                } else {
                    state[0] = op.applyAsInt(state[0], t);
                }
            }
        }, (l, r) -> {
            if (!r.empty)
                l.accept(r.state[0]);
            return l;
        });
        return result.empty ? OptionalInt.empty() : OptionalInt.of(result.state[0]);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluateReduction(() -> new Box<R>(supplier.get()) {
            @Override
            public void accept(int t) {
                accumulator.accept(state, t);
            }
        }, (l, r) -> {
            combiner.accept(l.state, r.state);
            return l;
        }).state;
    }

    @Override
    public int sum() {
        int[] state = new int[1];
        evaluate(new Sink() {
            @Override
            public void accept(int t) {
                state[0] += t;
            }
        }, false);
        return state[0];
    }

    @Override
    public OptionalDouble average() {
        long[] avg = new long[2];
        evaluate(new Sink() {
            @Override
            public void accept(int t) {
                avg[0]++;
                avg[1] += t;
            }
        }, false);
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    @Override
    public OptionalInt min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalInt max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        return evaluateCount();
    }

    @Override
    public IntSummaryStatistics summaryStatistics() {
        IntSummaryStatistics stats = new IntSummaryStatistics();
        evaluate(new Sink() {
            @Override
            public void accept(int t) {
                stats.accept(t);
            }
        }, false);
        return stats;
    }

    private boolean match(IntPredicate predicate, boolean stopWhen, boolean stopValue) {
        Objects.requireNonNull(predicate);
        boolean[] state = { !stopValue, false };
        evaluate(new Sink() {
            @Override
            public void accept(int t) {
                if (!state[1] && predicate.test(t) == stopWhen) {
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
    public boolean anyMatch(IntPredicate predicate) {
        return match(predicate, true, true);
    }

    @Override
    public boolean allMatch(IntPredicate predicate) {
        return match(predicate, false, false);
    }

    @Override
    public boolean noneMatch(IntPredicate predicate) {
        return match(predicate, true, false);
    }

    @Override
    public OptionalInt findFirst() {
        int[] state = new int[1];
        boolean[] present = new boolean[1];
        evaluate(new Sink() {
            @Override
            public void accept(int t) {
                if (!present[0]) {
                    present[0] = true;
                    state[0] = t;
                }
            }

            @Override
            public boolean cancellationRequested() {
                return present[0];
            }
        }, true);
        return present[0] ? OptionalInt.of(state[0]) : OptionalInt.empty();
    }

    @Override
    public OptionalInt findAny() {
        return findFirst();
    }
}

package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.OptionalDouble;
import java.util.LongSummaryStatistics;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.*;

@SuppressWarnings({"unchecked", "rawtypes"})
class LongPipeline extends AbstractPipeline implements LongStream {
    LongPipeline(Spliterator<?> source) {
        super(source);
    }

    LongPipeline(AbstractPipeline previous, int sizeKind, Sink.Op op) {
        super(previous, sizeKind, op);
    }

    @Override
    final void forEachAll(Spliterator<?> spliterator, Sink sink) {
        ((Spliterator.OfLong) spliterator).forEachRemaining((LongConsumer) sink);
    }

    @Override
    final boolean tryAdvance(Spliterator<?> spliterator, Sink sink) {
        return ((Spliterator.OfLong) spliterator).tryAdvance((LongConsumer) sink);
    }

    // ---------------- BaseStream ----------------

    @Override
    public PrimitiveIterator.OfLong iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override
    public Spliterator.OfLong spliterator() {
        Spliterator<?> s = consumeSource();
        if (depth == 0)
            return (Spliterator.OfLong) s;
        return new WrappingSpliterators.OfLong(this, s);
    }

    @Override
    public LongStream sequential() {
        sourceStage.parallel = false;
        return this;
    }

    @Override
    public LongStream parallel() {
        sourceStage.parallel = true;
        return this;
    }

    @Override
    public LongStream unordered() {
        return new LongPipeline(this, SIZE_PRESERVE, d -> d);
    }

    @Override
    public LongStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    // ---------------- stateless intermediate operations ----------------

    @Override
    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(long t) {
                if (predicate.test(t))
                    downstream.accept(t);
            }
        });
    }

    @Override
    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(long t) {
                downstream.accept(mapper.applyAsLong(t));
            }
        });
    }

    @Override
    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<U>(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(long t) {
                downstream.accept((Object) mapper.apply(t));
            }
        });
    }

    @Override
    public Stream<Long> boxed() {
        return new ReferencePipeline<Long>(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(long t) {
                downstream.accept((Object) Long.valueOf(t));
            }
        });
    }

    @Override
    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(long t) {
                downstream.accept(mapper.applyAsInt(t));
            }
        });
    }

    @Override
    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(long t) {
                downstream.accept(mapper.applyAsDouble(t));
            }
        });
    }

    @Override
    public DoubleStream asDoubleStream() {
        return new DoublePipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(long t) {
                downstream.accept((double) t);
            }
        });
    }

    @Override
    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_UNKNOWN, d -> new ReferencePipeline.FlatMapSink(d) {
            @Override
            public void accept(long u) {
                try (LongStream result = mapper.apply(u)) {
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
    public LongStream mapMulti(LongStream.LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(long u) {
                mapper.accept(u, (LongConsumer) downstream);
            }
        });
    }

    @Override
    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return new LongPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(long t) {
                action.accept(t);
                downstream.accept(t);
            }
        });
    }

    // ---------------- stateful intermediate operations ----------------

    @Override
    public LongStream distinct() {
        return stateful(new LongPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            HashSet<Long> seen;

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
            public void accept(long t) {
                if (seen.add(t))
                    downstream.accept(t);
            }
        }));
    }

    @Override
    public LongStream sorted() {
        return stateful(new LongPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            long[] array;
            int count;
            boolean cancellationRequestedCalled;

            @Override
            public void begin(long size) {
                if (size >= Integer.MAX_VALUE - 8)
                    throw new IllegalArgumentException("Stream size exceeds max array size");
                array = new long[size > 0 ? (int) size : 16];
                count = 0;
            }

            @Override
            public void accept(long t) {
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
                long[] a = array;
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
    public LongStream limit(long maxSize) {
        if (maxSize < 0)
            throw new IllegalArgumentException(Long.toString(maxSize));
        return slice(0, maxSize);
    }

    @Override
    public LongStream skip(long n) {
        if (n < 0)
            throw new IllegalArgumentException(Long.toString(n));
        if (n == 0)
            return this;
        return slice(n, -1);
    }

    private LongStream slice(long skip, long limit) {
        LongPipeline p = new LongPipeline(this, SIZE_SLICE, d -> new ReferencePipeline.SliceSink(d, skip, limit) {
            @Override
            public void accept(long t) {
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
    public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        LongPipeline p = new LongPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            boolean take = true;

            @Override
            public void accept(long t) {
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
    public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return stateful(new LongPipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            boolean take;

            @Override
            public void accept(long t) {
                if (take || (take = !predicate.test(t)))
                    downstream.accept(t);
            }
        }));
    }

    // ---------------- terminal operations ----------------

    @Override
    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @Override
            public void accept(long t) {
                action.accept(t);
            }
        }, false);
    }

    @Override
    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    @Override
    public long[] toArray() {
        SpinedBuffer.OfLong buffer = new SpinedBuffer.OfLong();
        evaluate(new Sink() {
            @Override
            public void accept(long t) {
                buffer.accept(t);
            }
        }, false);
        return buffer.toArray();
    }

    @Override
    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        return evaluateReduction(() -> new Box<long[]>(new long[] { identity }) {
            @Override
            public void accept(long t) {
                state[0] = op.applyAsLong(state[0], t);
            }
        }, (l, r) -> {
            l.state[0] = op.applyAsLong(l.state[0], r.state[0]);
            return l;
        }).state[0];
    }

    @Override
    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        Box<long[]> result = evaluateReduction(() -> new Box<long[]>(new long[1]) {
            @Override
            public void accept(long t) {
                if (empty) {
                    empty = false;
                    state[0] = t;
                } else {
                    state[0] = op.applyAsLong(state[0], t);
                }
            }
        }, (l, r) -> {
            if (!r.empty)
                l.accept(r.state[0]);
            return l;
        });
        return result.empty ? OptionalLong.empty() : OptionalLong.of(result.state[0]);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluateReduction(() -> new Box<R>(supplier.get()) {
            @Override
            public void accept(long t) {
                accumulator.accept(state, t);
            }
        }, (l, r) -> {
            combiner.accept(l.state, r.state);
            return l;
        }).state;
    }

    @Override
    public long sum() {
        long[] state = new long[1];
        evaluate(new Sink() {
            @Override
            public void accept(long t) {
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
            public void accept(long t) {
                avg[0]++;
                avg[1] += t;
            }
        }, false);
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    @Override
    public OptionalLong min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalLong max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        return evaluateCount();
    }

    @Override
    public LongSummaryStatistics summaryStatistics() {
        LongSummaryStatistics stats = new LongSummaryStatistics();
        evaluate(new Sink() {
            @Override
            public void accept(long t) {
                stats.accept(t);
            }
        }, false);
        return stats;
    }

    private boolean match(LongPredicate predicate, boolean stopWhen, boolean stopValue) {
        Objects.requireNonNull(predicate);
        boolean[] state = { !stopValue, false };
        evaluate(new Sink() {
            @Override
            public void accept(long t) {
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
    public boolean anyMatch(LongPredicate predicate) {
        return match(predicate, true, true);
    }

    @Override
    public boolean allMatch(LongPredicate predicate) {
        return match(predicate, false, false);
    }

    @Override
    public boolean noneMatch(LongPredicate predicate) {
        return match(predicate, true, false);
    }

    @Override
    public OptionalLong findFirst() {
        long[] state = new long[1];
        boolean[] present = new boolean[1];
        evaluate(new Sink() {
            @Override
            public void accept(long t) {
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
        return present[0] ? OptionalLong.of(state[0]) : OptionalLong.empty();
    }

    @Override
    public OptionalLong findAny() {
        return findFirst();
    }
}

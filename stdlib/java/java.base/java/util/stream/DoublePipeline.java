package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalDouble;
import java.util.DoubleSummaryStatistics;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.*;

@SuppressWarnings({"unchecked", "rawtypes"})
class DoublePipeline extends AbstractPipeline implements DoubleStream {
    DoublePipeline(Spliterator<?> source) {
        super(source);
    }

    DoublePipeline(AbstractPipeline previous, int sizeKind, Sink.Op op) {
        super(previous, sizeKind, op);
    }

    @Override
    final void forEachAll(Spliterator<?> spliterator, Sink sink) {
        ((Spliterator.OfDouble) spliterator).forEachRemaining((DoubleConsumer) sink);
    }

    @Override
    final boolean tryAdvance(Spliterator<?> spliterator, Sink sink) {
        return ((Spliterator.OfDouble) spliterator).tryAdvance((DoubleConsumer) sink);
    }

    // ---------------- BaseStream ----------------

    @Override
    public PrimitiveIterator.OfDouble iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override
    public Spliterator.OfDouble spliterator() {
        Spliterator<?> s = consumeSource();
        if (depth == 0)
            return (Spliterator.OfDouble) s;
        return new WrappingSpliterators.OfDouble(this, s);
    }

    @Override
    public DoubleStream sequential() {
        sourceStage.parallel = false;
        return this;
    }

    @Override
    public DoubleStream parallel() {
        sourceStage.parallel = true;
        return this;
    }

    @Override
    public DoubleStream unordered() {
        return new DoublePipeline(this, SIZE_PRESERVE, d -> d);
    }

    @Override
    public DoubleStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    // ---------------- stateless intermediate operations ----------------

    @Override
    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(double t) {
                if (predicate.test(t))
                    downstream.accept(t);
            }
        });
    }

    @Override
    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(double t) {
                downstream.accept(mapper.applyAsDouble(t));
            }
        });
    }

    @Override
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<U>(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(double t) {
                downstream.accept((Object) mapper.apply(t));
            }
        });
    }

    @Override
    public Stream<Double> boxed() {
        return new ReferencePipeline<Double>(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(double t) {
                downstream.accept((Object) Double.valueOf(t));
            }
        });
    }

    @Override
    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(double t) {
                downstream.accept(mapper.applyAsInt(t));
            }
        });
    }

    @Override
    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(double t) {
                downstream.accept(mapper.applyAsLong(t));
            }
        });
    }

    @Override
    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_UNKNOWN, d -> new ReferencePipeline.FlatMapSink(d) {
            @Override
            public void accept(double u) {
                try (DoubleStream result = mapper.apply(u)) {
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
    public DoubleStream mapMulti(DoubleStream.DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            @Override
            public void accept(double u) {
                mapper.accept(u, (DoubleConsumer) downstream);
            }
        });
    }

    @Override
    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return new DoublePipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            @Override
            public void accept(double t) {
                action.accept(t);
                downstream.accept(t);
            }
        });
    }

    // ---------------- stateful intermediate operations ----------------

    @Override
    public DoubleStream distinct() {
        return stateful(new DoublePipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            HashSet<Double> seen;

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
            public void accept(double t) {
                if (seen.add(t))
                    downstream.accept(t);
            }
        }));
    }

    @Override
    public DoubleStream sorted() {
        return stateful(new DoublePipeline(this, SIZE_PRESERVE, d -> new Sink.Chained(d) {
            double[] array;
            int count;
            boolean cancellationRequestedCalled;

            @Override
            public void begin(long size) {
                if (size >= Integer.MAX_VALUE - 8)
                    throw new IllegalArgumentException("Stream size exceeds max array size");
                array = new double[size > 0 ? (int) size : 16];
                count = 0;
            }

            @Override
            public void accept(double t) {
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
                double[] a = array;
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
    public DoubleStream limit(long maxSize) {
        if (maxSize < 0)
            throw new IllegalArgumentException(Long.toString(maxSize));
        return slice(0, maxSize);
    }

    @Override
    public DoubleStream skip(long n) {
        if (n < 0)
            throw new IllegalArgumentException(Long.toString(n));
        if (n == 0)
            return this;
        return slice(n, -1);
    }

    private DoubleStream slice(long skip, long limit) {
        DoublePipeline p = new DoublePipeline(this, SIZE_SLICE, d -> new ReferencePipeline.SliceSink(d, skip, limit) {
            @Override
            public void accept(double t) {
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
    public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        DoublePipeline p = new DoublePipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            boolean take = true;

            @Override
            public void accept(double t) {
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
    public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return stateful(new DoublePipeline(this, SIZE_UNKNOWN, d -> new Sink.ChainedUnsized(d) {
            boolean take;

            @Override
            public void accept(double t) {
                if (take || (take = !predicate.test(t)))
                    downstream.accept(t);
            }
        }));
    }

    // ---------------- terminal operations ----------------

    @Override
    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @Override
            public void accept(double t) {
                action.accept(t);
            }
        }, false);
    }

    @Override
    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    @Override
    public double[] toArray() {
        SpinedBuffer.OfDouble buffer = new SpinedBuffer.OfDouble();
        evaluate(new Sink() {
            @Override
            public void accept(double t) {
                buffer.accept(t);
            }
        }, false);
        return buffer.toArray();
    }

    @Override
    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        return evaluateReduction(() -> new Box<double[]>(new double[] { identity }) {
            @Override
            public void accept(double t) {
                state[0] = op.applyAsDouble(state[0], t);
            }
        }, (l, r) -> {
            l.state[0] = op.applyAsDouble(l.state[0], r.state[0]);
            return l;
        }).state[0];
    }

    @Override
    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        Box<double[]> result = evaluateReduction(() -> new Box<double[]>(new double[1]) {
            @Override
            public void accept(double t) {
                if (empty) {
                    empty = false;
                    state[0] = t;
                } else {
                    state[0] = op.applyAsDouble(state[0], t);
                }
            }
        }, (l, r) -> {
            if (!r.empty)
                l.accept(r.state[0]);
            return l;
        });
        return result.empty ? OptionalDouble.empty() : OptionalDouble.of(result.state[0]);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluateReduction(() -> new Box<R>(supplier.get()) {
            @Override
            public void accept(double t) {
                accumulator.accept(state, t);
            }
        }, (l, r) -> {
            combiner.accept(l.state, r.state);
            return l;
        }).state;
    }

    @Override
    public double sum() {
        double[] summation = collect(() -> new double[3], (ll, d) -> {
            Collectors.sumWithCompensation(ll, d);
            ll[2] += d;
        }, (ll, rr) -> {
            Collectors.sumWithCompensation(ll, rr[0]);
            Collectors.sumWithCompensation(ll, -rr[1]);
            ll[2] += rr[2];
        });
        return Collectors.computeFinalSum(summation);
    }

    @Override
    public OptionalDouble average() {
        double[] avg = collect(() -> new double[4], (ll, d) -> {
            ll[2]++;
            Collectors.sumWithCompensation(ll, d);
            ll[3] += d;
        }, (ll, rr) -> {
            Collectors.sumWithCompensation(ll, rr[0]);
            Collectors.sumWithCompensation(ll, -rr[1]);
            ll[2] += rr[2];
            ll[3] += rr[3];
        });
        return avg[2] > 0 ? OptionalDouble.of(Collectors.computeFinalSum(avg) / avg[2]) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalDouble max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        return evaluateCount();
    }

    @Override
    public DoubleSummaryStatistics summaryStatistics() {
        return collect(DoubleSummaryStatistics::new, DoubleSummaryStatistics::accept, DoubleSummaryStatistics::combine);
    }

    private boolean match(DoublePredicate predicate, boolean stopWhen, boolean stopValue) {
        Objects.requireNonNull(predicate);
        boolean[] state = { !stopValue, false };
        evaluate(new Sink() {
            @Override
            public void accept(double t) {
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
    public boolean anyMatch(DoublePredicate predicate) {
        return match(predicate, true, true);
    }

    @Override
    public boolean allMatch(DoublePredicate predicate) {
        return match(predicate, false, false);
    }

    @Override
    public boolean noneMatch(DoublePredicate predicate) {
        return match(predicate, true, false);
    }

    @Override
    public OptionalDouble findFirst() {
        double[] state = new double[1];
        boolean[] present = new boolean[1];
        evaluate(new Sink() {
            @Override
            public void accept(double t) {
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
        return present[0] ? OptionalDouble.of(state[0]) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble findAny() {
        return findFirst();
    }
}

package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;

/**
 * Base of Cortado's sequential stream pipelines. A pipeline is a linked list of stages from
 * the source stage (which holds the source spliterator) to the last stage. A terminal
 * operation wraps its sink with every stage's Sink.Op (last stage first) and pushes the source
 * elements through: with forEachRemaining, or element by element checking
 * cancellationRequested() when some stage or the terminal operation short-circuits.
 */
abstract class AbstractPipeline {
    static final String MSG_CONSUMED = "stream has already been operated upon or closed";
    static final int SIZE_UNKNOWN = 0;
    static final int SIZE_PRESERVE = 1;
    static final int SIZE_SLICE = 2;

    final AbstractPipeline sourceStage;
    final AbstractPipeline previous;
    final int depth;
    final Sink.Op op;
    final int sizeKind;
    long sliceSkip;
    long sliceLimit = -1;

    // Only meaningful on the source stage.
    private Spliterator<?> sourceSpliterator;
    boolean shortCircuit;
    boolean parallel;
    Runnable closeAction;

    boolean linkedOrConsumed;
    /** Set on stages that are not stateless (sorted, distinct, dropWhile). */
    boolean stateful;

    AbstractPipeline(Spliterator<?> source) {
        this.sourceStage = this;
        this.previous = null;
        this.depth = 0;
        this.op = null;
        this.sizeKind = SIZE_PRESERVE;
        this.sourceSpliterator = source;
    }

    AbstractPipeline(AbstractPipeline previous, int sizeKind, Sink.Op op) {
        if (previous.linkedOrConsumed)
            throw new IllegalStateException(MSG_CONSUMED);
        previous.linkedOrConsumed = true;
        this.previous = previous;
        this.sourceStage = previous.sourceStage;
        this.depth = previous.depth + 1;
        this.sizeKind = sizeKind;
        this.op = op;
    }

    // ---- shape-specific traversal of the source spliterator (called on the source stage) ----

    abstract void forEachAll(Spliterator<?> spliterator, Sink sink);

    abstract boolean tryAdvance(Spliterator<?> spliterator, Sink sink);

    final void forEachWithCancel(Spliterator<?> spliterator, Sink sink) {
        do {
        } while (!sink.cancellationRequested() && tryAdvance(spliterator, sink));
    }

    // ---- evaluation ----

    final Sink wrapSink(Sink sink) {
        for (AbstractPipeline p = this; p.depth > 0; p = p.previous)
            sink = p.op.wrap(sink);
        return sink;
    }

    final Spliterator<?> consumeSource() {
        if (linkedOrConsumed)
            throw new IllegalStateException(MSG_CONSUMED);
        linkedOrConsumed = true;
        AbstractPipeline src = sourceStage;
        Spliterator<?> s = src.sourceSpliterator;
        if (s == null)
            throw new IllegalStateException("source already consumed or closed");
        src.sourceSpliterator = null;
        return s;
    }

    final <S extends Sink> S evaluate(S terminal, boolean terminalShortCircuit) {
        Spliterator<?> spliterator = consumeSource();
        copyInto(wrapSink(terminal), spliterator, terminalShortCircuit);
        return terminal;
    }

    static <P extends AbstractPipeline> P stateful(P stage) {
        stage.stateful = true;
        return stage;
    }

    /**
     * Evaluates a reduction (reduce, collect and what is built on them). A parallel stream of
     * stateless stages is reduced the way the JDK's ReduceTask does it: the source spliterator
     * is split while its estimate exceeds the root estimate / (common pool parallelism * 4),
     * every leaf gets a fresh sink (identity or supplied container), and the results are
     * combined left with right. The leaves run one after the other in this thread, but a
     * reduction whose identity or combiner is not neutral gives the JDK's result. Other streams
     * are reduced into a single sink.
     */
    final <S extends Sink> S evaluateReduction(java.util.function.Supplier<S> leaf,
            java.util.function.BinaryOperator<S> combine) {
        if (!reducesAsSplitTree()) {
            return evaluate(leaf.get(), false);
        }
        Spliterator<?> spliterator = consumeSource();
        long threshold = spliterator.estimateSize()
                / (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() << 2);
        return reduceTree(spliterator, threshold > 0L ? threshold : 1L, leaf, combine);
    }

    private boolean reducesAsSplitTree() {
        if (!sourceStage.parallel || sourceStage.shortCircuit)
            return false;
        for (AbstractPipeline p = this; p.depth > 0; p = p.previous) {
            if (p.stateful || p.sizeKind == SIZE_SLICE)
                return false;
        }
        return true;
    }

    private <S extends Sink> S reduceTree(Spliterator<?> rs, long threshold, java.util.function.Supplier<S> leaf,
            java.util.function.BinaryOperator<S> combine) {
        Spliterator<?> ls;
        if (rs.estimateSize() > threshold && (ls = rs.trySplit()) != null) {
            S left = reduceTree(ls, threshold, leaf, combine);
            S right = reduceTree(rs, threshold, leaf, combine);
            return combine.apply(left, right);
        }
        S sink = leaf.get();
        copyInto(wrapSink(sink), rs, false);
        return sink;
    }

    /** A reduction's leaf: a sink holding one partial result. */
    abstract static class Box<R> extends Sink {
        R state;
        /** For reductions without identity: no element seen yet. */
        boolean empty = true;

        Box(R state) {
            this.state = state;
        }
    }

    final void copyInto(Sink wrapped, Spliterator<?> spliterator, boolean terminalShortCircuit) {
        wrapped.begin(spliterator.getExactSizeIfKnown());
        if (terminalShortCircuit || sourceStage.shortCircuit)
            sourceStage.forEachWithCancel(spliterator, wrapped);
        else
            sourceStage.forEachAll(spliterator, wrapped);
        wrapped.end();
    }

    /** The exact number of elements this stage outputs, or -1, without traversing. */
    final long exactOutputSize(Spliterator<?> spliterator) {
        return outputSize(this, spliterator.getExactSizeIfKnown());
    }

    private static long outputSize(AbstractPipeline p, long sourceSize) {
        if (p.depth == 0)
            return sourceSize;
        long size = outputSize(p.previous, sourceSize);
        if (size < 0)
            return -1;
        switch (p.sizeKind) {
            case SIZE_PRESERVE:
                return size;
            case SIZE_SLICE: {
                size = Math.max(0, size - p.sliceSkip);
                if (p.sliceLimit >= 0)
                    size = Math.min(size, p.sliceLimit);
                return size;
            }
            default:
                return -1;
        }
    }

    /** The count terminal operation: elided when the size is known, as in the JDK. */
    final long evaluateCount() {
        Spliterator<?> spliterator = consumeSource();
        long size = exactOutputSize(spliterator);
        if (size >= 0)
            return size;
        long[] n = new long[1];
        copyInto(wrapSink(new Sink() {
            @Override
            public void accept(Object t) {
                n[0]++;
            }

            @Override
            public void accept(int t) {
                n[0]++;
            }

            @Override
            public void accept(long t) {
                n[0]++;
            }

            @Override
            public void accept(double t) {
                n[0]++;
            }
        }), spliterator, false);
        return n[0];
    }

    final void setShortCircuit() {
        sourceStage.shortCircuit = true;
    }

    final void setSlice(long skip, long limit) {
        this.sliceSkip = skip;
        this.sliceLimit = limit;
    }

    // ---- BaseStream plumbing ----

    final void addCloseHandler(Runnable closeHandler) {
        Objects.requireNonNull(closeHandler);
        if (linkedOrConsumed)
            throw new IllegalStateException(MSG_CONSUMED);
        Runnable existing = sourceStage.closeAction;
        sourceStage.closeAction = existing == null ? closeHandler : Streams.composeWithExceptions(existing, closeHandler);
    }

    public void close() {
        linkedOrConsumed = true;
        if (this == sourceStage)
            sourceSpliterator = null;
        Runnable action = sourceStage.closeAction;
        if (action != null) {
            sourceStage.closeAction = null;
            action.run();
        }
    }

    /**
     * Cortado runs every stream in the calling thread; a parallel one is split for reductions
     * as in the JDK (see evaluateReduction).
     */
    public boolean isParallel() {
        return sourceStage.parallel;
    }
}

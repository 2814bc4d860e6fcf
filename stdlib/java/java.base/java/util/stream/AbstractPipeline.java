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

    /** Cortado runs every stream sequentially; the flag is only reported, as the JDK does. */
    public boolean isParallel() {
        return sourceStage.parallel;
    }
}

package java.util.stream;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** A stage of a push-based pipeline; one class receives all four element shapes. */
abstract class Sink implements Consumer<Object>, IntConsumer, LongConsumer, DoubleConsumer {
    public void begin(long size) {
    }

    public void end() {
    }

    public boolean cancellationRequested() {
        return false;
    }

    @Override
    public void accept(Object t) {
        throw new IllegalStateException("called wrong accept method");
    }

    @Override
    public void accept(int value) {
        throw new IllegalStateException("called wrong accept method");
    }

    @Override
    public void accept(long value) {
        throw new IllegalStateException("called wrong accept method");
    }

    @Override
    public void accept(double value) {
        throw new IllegalStateException("called wrong accept method");
    }

    abstract static class Chained extends Sink {
        protected final Sink downstream;

        Chained(Sink downstream) {
            this.downstream = Objects.requireNonNull(downstream);
        }

        @Override
        public void begin(long size) {
            downstream.begin(size);
        }

        @Override
        public void end() {
            downstream.end();
        }

        @Override
        public boolean cancellationRequested() {
            return downstream.cancellationRequested();
        }
    }

    /** Chained sink whose output size is not known from its input size. */
    abstract static class ChainedUnsized extends Chained {
        ChainedUnsized(Sink downstream) {
            super(downstream);
        }

        @Override
        public void begin(long size) {
            downstream.begin(-1);
        }
    }

    /** Wraps a downstream sink of a pipeline stage. */
    interface Op {
        Sink wrap(Sink downstream);
    }
}

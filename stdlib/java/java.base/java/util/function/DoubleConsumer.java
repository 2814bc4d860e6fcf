package java.util.function;

import java.util.Objects;

public interface DoubleConsumer {
    void accept(double value);

    default DoubleConsumer andThen(DoubleConsumer after) {
        Objects.requireNonNull(after);
        return (v) -> {
            accept(v);
            after.accept(v);
        };
    }
}

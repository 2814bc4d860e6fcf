package java.util.logging;

/** Publishes records to System.err, flushing after each. */
public class ConsoleHandler extends StreamHandler {
    public ConsoleHandler() {
        super(Level.INFO, new SimpleFormatter(), null);
        setOutputStream(System.err);
    }

    @Override
    public void publish(LogRecord record) {
        super.publish(record);
        flush();
    }

    @Override
    public void close() {
        flush();
    }
}

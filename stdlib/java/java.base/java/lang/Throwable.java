package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;

public class Throwable implements java.io.Serializable {
    private static final long serialVersionUID = -3042686055658047285L;

    // Field names and types are fixed by stdlib/CONTRACT.md: the VM reads and writes them.
    /** Opaque VM data recorded by fillInStackTrace(int); decoded lazily by getStackTrace0. */
    private transient Object backtrace;
    private String detailMessage;
    private Throwable cause = this;
    private StackTraceElement[] stackTrace = UNASSIGNED_STACK;
    /** null when suppression is disabled. */
    private Throwable[] suppressedExceptions = NO_SUPPRESSED;
    private int suppressedCount;

    /** Sentinel: the stack trace has not been decoded from backtrace yet. */
    private static final StackTraceElement[] UNASSIGNED_STACK = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];
    private static final String CAUSE_CAPTION = "Caused by: ";
    private static final String SUPPRESSED_CAPTION = "Suppressed: ";

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = null;
        }
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) {
            suppressedExceptions = null;
        }
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException(
                    "Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    @Override
    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        printStackTrace(new Sink(s, null));
    }

    public void printStackTrace(PrintWriter s) {
        printStackTrace(new Sink(null, s));
    }

    /** Either a PrintStream or a PrintWriter. */
    private static final class Sink {
        private final PrintStream ps;
        private final PrintWriter pw;
        /** Throwables already printed, to detect cycles by identity. */
        private Throwable[] seen = new Throwable[8];
        private int seenCount;

        Sink(PrintStream ps, PrintWriter pw) {
            this.ps = ps;
            this.pw = pw;
        }

        Object lock() {
            return ps != null ? ps : pw;
        }

        void println(Object o) {
            if (ps != null) {
                ps.println(o);
            } else {
                pw.println(o);
            }
        }

        boolean seen(Throwable t) {
            for (int i = 0; i < seenCount; i++) {
                if (seen[i] == t) {
                    return true;
                }
            }
            return false;
        }

        void markSeen(Throwable t) {
            if (seenCount == seen.length) {
                Throwable[] n = new Throwable[seenCount * 2];
                System.arraycopy(seen, 0, n, 0, seenCount);
                seen = n;
            }
            seen[seenCount++] = t;
        }
    }

    private void printStackTrace(Sink s) {
        s.markSeen(this);
        synchronized (s.lock()) {
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (StackTraceElement element : trace) {
                s.println("\tat " + element);
            }
            for (Throwable se : getSuppressed()) {
                se.printEnclosedStackTrace(s, trace, SUPPRESSED_CAPTION, "\t");
            }
            Throwable ourCause = getCause();
            if (ourCause != null) {
                ourCause.printEnclosedStackTrace(s, trace, CAUSE_CAPTION, "");
            }
        }
    }

    /** Prints this throwable as the cause or a suppressed exception of one with enclosingTrace. */
    private void printEnclosedStackTrace(Sink s, StackTraceElement[] enclosingTrace, String caption,
            String prefix) {
        if (s.seen(this)) {
            s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
            return;
        }
        s.markSeen(this);
        StackTraceElement[] trace = getOurStackTrace();
        // Frames shared with the enclosing trace (at the bottom) are elided.
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        for (Throwable se : getSuppressed()) {
            se.printEnclosedStackTrace(s, trace, SUPPRESSED_CAPTION, prefix + "\t");
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, CAUSE_CAPTION, prefix);
        }
    }

    public synchronized Throwable fillInStackTrace() {
        if (stackTrace != null || backtrace != null) {
            fillInStackTrace(0);
            stackTrace = UNASSIGNED_STACK;
        }
        return this;
    }

    /**
     * Records the current Java stack into {@code backtrace}, omitting the frames of
     * fillInStackTrace and of the constructors of this throwable.
     */
    private native Throwable fillInStackTrace(int dummy);

    /** Decodes {@code backtrace} into a new array of stack trace elements. */
    private native StackTraceElement[] getStackTrace0();

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == UNASSIGNED_STACK || (stackTrace == null && backtrace != null)) {
            // backtrace stays: a NullPointerException's helpful message is computed from it
            // on demand, possibly after the stack trace was decoded (printStackTrace of a cause)
            stackTrace = backtrace == null ? UNASSIGNED_STACK : getStackTrace0();
            if (stackTrace == null) {
                stackTrace = UNASSIGNED_STACK;
            }
        } else if (stackTrace == null) {
            return UNASSIGNED_STACK;
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (this.stackTrace == null && backtrace == null) {
                return; // not writable
            }
            this.stackTrace = defensiveCopy;
            backtrace = null;
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressedExceptions == null) {
            return;
        }
        if (suppressedCount == suppressedExceptions.length) {
            Throwable[] n = new Throwable[Math.max(1, suppressedCount * 2)];
            System.arraycopy(suppressedExceptions, 0, n, 0, suppressedCount);
            suppressedExceptions = n;
        }
        suppressedExceptions[suppressedCount++] = exception;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressedExceptions == null || suppressedCount == 0) {
            return NO_SUPPRESSED;
        }
        Throwable[] result = new Throwable[suppressedCount];
        System.arraycopy(suppressedExceptions, 0, result, 0, suppressedCount);
        return result;
    }

    // The stack trace is computed on demand from the VM's backtrace, which is not serialized:
    // fill it in first, as the JDK does.
    private synchronized void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        getOurStackTrace();
        s.defaultWriteObject();
    }
}

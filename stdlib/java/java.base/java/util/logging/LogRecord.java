package java.util.logging;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** One logging request. */
public class LogRecord implements java.io.Serializable {
    private static final long serialVersionUID = 5372048053134512534L;
    private static final AtomicLong globalSequenceNumber = new AtomicLong(0);

    private Level level;
    private long sequenceNumber;
    private String sourceClassName;
    private String sourceMethodName;
    private String message;
    private int threadID;
    private long longThreadID;
    private long millis;
    private int nanoAdjustment;
    private Throwable thrown;
    private String loggerName;
    private String resourceBundleName;
    private transient boolean needToInferCaller;
    private transient Object[] parameters;

    public LogRecord(Level level, String msg) {
        this.level = Objects.requireNonNull(level);
        message = msg;
        sequenceNumber = globalSequenceNumber.getAndIncrement();
        long id = Thread.currentThread().getId();
        longThreadID = id;
        threadID = id > Integer.MAX_VALUE ? (int) (id ^ (id >>> 31)) : (int) id;
        millis = System.currentTimeMillis();
        needToInferCaller = true;
    }

    public String getLoggerName() {
        return loggerName;
    }

    public void setLoggerName(String name) {
        loggerName = name;
    }

    public String getResourceBundleName() {
        return resourceBundleName;
    }

    public void setResourceBundleName(String name) {
        resourceBundleName = name;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        if (level == null) {
            throw new NullPointerException();
        }
        this.level = level;
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public void setSequenceNumber(long seq) {
        sequenceNumber = seq;
    }

    public String getSourceClassName() {
        if (needToInferCaller) {
            inferCaller();
        }
        return sourceClassName;
    }

    public void setSourceClassName(String sourceClassName) {
        this.sourceClassName = sourceClassName;
        needToInferCaller = false;
    }

    public String getSourceMethodName() {
        if (needToInferCaller) {
            inferCaller();
        }
        return sourceMethodName;
    }

    public void setSourceMethodName(String sourceMethodName) {
        this.sourceMethodName = sourceMethodName;
        needToInferCaller = false;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Object[] getParameters() {
        return parameters;
    }

    public void setParameters(Object[] parameters) {
        this.parameters = parameters;
    }

    @Deprecated(since = "16")
    public int getThreadID() {
        return threadID;
    }

    @Deprecated(since = "16")
    public void setThreadID(int threadID) {
        this.threadID = threadID;
        this.longThreadID = threadID;
    }

    public long getLongThreadID() {
        return longThreadID;
    }

    public LogRecord setLongThreadID(long longThreadID) {
        this.threadID = longThreadID > Integer.MAX_VALUE ? (int) (longThreadID ^ (longThreadID >>> 31))
                : (int) longThreadID;
        this.longThreadID = longThreadID;
        return this;
    }

    @Deprecated(since = "9")
    public long getMillis() {
        return millis;
    }

    @Deprecated(since = "9")
    public void setMillis(long millis) {
        this.millis = millis;
        this.nanoAdjustment = 0;
    }

    public java.time.Instant getInstant() {
        return java.time.Instant.ofEpochMilli(millis).plusNanos(nanoAdjustment);
    }

    public void setInstant(java.time.Instant instant) {
        this.millis = instant.toEpochMilli(); // ArithmeticException when out of range, as the JDK's
        this.nanoAdjustment = instant.getNano() % 1_000_000;
    }

    public Throwable getThrown() {
        return thrown;
    }

    public void setThrown(Throwable thrown) {
        this.thrown = thrown;
    }

    /**
     * The caller: the first frame after the logger's own frames (java.util.logging.Logger and
     * its helpers), skipping reflection.
     */
    private void inferCaller() {
        needToInferCaller = false;
        StackTraceElement[] stack = new Throwable().getStackTrace();
        boolean lookingForLogger = true;
        for (StackTraceElement frame : stack) {
            String cname = frame.getClassName();
            boolean isLogger = cname.equals("java.util.logging.Logger")
                    || cname.startsWith("sun.util.logging.PlatformLogger");
            if (lookingForLogger) {
                if (isLogger) {
                    lookingForLogger = false;
                }
            } else if (!isLogger && !cname.startsWith("java.lang.reflect.")
                    && !cname.startsWith("jdk.internal.reflect.") && !cname.startsWith("java.lang.invoke.")) {
                sourceClassName = cname;
                sourceMethodName = frame.getMethodName();
                return;
            }
        }
    }
}

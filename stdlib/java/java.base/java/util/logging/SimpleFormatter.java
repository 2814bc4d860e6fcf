package java.util.logging;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Formats a record with the format of the `java.util.logging.SimpleFormatter.format` system
 * property (or logging property), else the JDK's default two-line format. The date argument is
 * the record's time in milliseconds (the VM's time zone is UTC).
 */
public class SimpleFormatter extends Formatter {
    static final String DEFAULT_FORMAT = "%1$tb %1$td, %1$tY %1$tl:%1$tM:%1$tS %1$Tp %2$s%n%4$s: %5$s%6$s%n";
    private static final String KEY = "java.util.logging.SimpleFormatter.format";

    private final String format = simpleFormat();

    static String simpleFormat() {
        String format = jdk.internal.util.StaticProperty.get(KEY);
        if (format == null) {
            format = LogManager.getLogManager().getProperty(KEY);
        }
        if (format != null) {
            try {
                String.format(format, System.currentTimeMillis(), "", "", "", "", "");
            } catch (IllegalArgumentException e) {
                format = DEFAULT_FORMAT;
            }
        } else {
            format = DEFAULT_FORMAT;
        }
        return format;
    }

    public SimpleFormatter() {
    }

    @Override
    @SuppressWarnings("deprecation")
    public String format(LogRecord record) {
        String source;
        if (record.getSourceClassName() != null) {
            source = record.getSourceClassName();
            if (record.getSourceMethodName() != null) {
                source += " " + record.getSourceMethodName();
            }
        } else {
            source = record.getLoggerName();
        }
        String message = formatMessage(record);
        String throwable = "";
        if (record.getThrown() != null) {
            StringWriter sw = new StringWriter();
            PrintWriter pw = new PrintWriter(sw);
            pw.println();
            record.getThrown().printStackTrace(pw);
            pw.close();
            throwable = sw.toString();
        }
        return String.format(format, record.getMillis(), source, record.getLoggerName(),
                record.getLevel().getLocalizedLevelName(), message, throwable);
    }
}

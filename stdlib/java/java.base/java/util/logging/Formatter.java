package java.util.logging;

/** Formats LogRecords. */
public abstract class Formatter {
    protected Formatter() {
    }

    public abstract String format(LogRecord record);

    public String getHead(Handler h) {
        return "";
    }

    public String getTail(Handler h) {
        return "";
    }

    /** The record's message with its parameters put in, when it has `{0}`-style placeholders. */
    public String formatMessage(LogRecord record) {
        String format = record.getMessage();
        try {
            Object[] parameters = record.getParameters();
            if (parameters == null || parameters.length == 0) {
                return format;
            }
            int index = -1;
            int fence = format.length() - 1;
            while ((index = format.indexOf('{', index + 1)) > -1) {
                if (index >= fence) {
                    break;
                }
                char digit = format.charAt(index + 1);
                if (digit >= '0' && digit <= '9') {
                    return MessageFormatter.format(format, parameters);
                }
            }
            return format;
        } catch (Exception ex) {
            return format;
        }
    }
}

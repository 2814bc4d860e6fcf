package java.util.logging;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Formats records as the JDK's logger.dtd XML (FileHandler's default formatter). */
public class XMLFormatter extends Formatter {

    public XMLFormatter() {}

    private static void escape(StringBuilder sb, String text) {
        if (text == null) {
            text = "null";
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '<') {
                sb.append("&lt;");
            } else if (ch == '>') {
                sb.append("&gt;");
            } else if (ch == '&') {
                sb.append("&amp;");
            } else {
                sb.append(ch);
            }
        }
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder sb = new StringBuilder(500);
        sb.append("<record>\n");
        Instant instant = record.getInstant();
        sb.append("  <date>");
        DateTimeFormatter.ISO_INSTANT.formatTo(instant, sb);
        sb.append("</date>\n");
        sb.append("  <millis>").append(instant.toEpochMilli()).append("</millis>\n");
        sb.append("  <nanos>").append(instant.getNano() % 1_000_000).append("</nanos>\n");
        sb.append("  <sequence>").append(record.getSequenceNumber()).append("</sequence>\n");
        String name = record.getLoggerName();
        if (name != null) {
            sb.append("  <logger>");
            escape(sb, name);
            sb.append("</logger>\n");
        }
        sb.append("  <level>");
        escape(sb, record.getLevel().toString());
        sb.append("</level>\n");
        if (record.getSourceClassName() != null) {
            sb.append("  <class>");
            escape(sb, record.getSourceClassName());
            sb.append("</class>\n");
        }
        if (record.getSourceMethodName() != null) {
            sb.append("  <method>");
            escape(sb, record.getSourceMethodName());
            sb.append("</method>\n");
        }
        sb.append("  <thread>").append(record.getLongThreadID()).append("</thread>\n");
        if (record.getMessage() != null) {
            sb.append("  <message>");
            escape(sb, formatMessage(record));
            sb.append("</message>\n");
        }
        if (record.getThrown() != null) {
            Throwable th = record.getThrown();
            sb.append("  <exception>\n");
            sb.append("    <message>");
            escape(sb, th.toString());
            sb.append("</message>\n");
            for (StackTraceElement frame : th.getStackTrace()) {
                sb.append("    <frame>\n");
                sb.append("      <class>");
                escape(sb, frame.getClassName());
                sb.append("</class>\n");
                sb.append("      <method>");
                escape(sb, frame.getMethodName());
                sb.append("</method>\n");
                if (frame.getLineNumber() >= 0) {
                    sb.append("      <line>").append(frame.getLineNumber()).append("</line>\n");
                }
                sb.append("    </frame>\n");
            }
            sb.append("  </exception>\n");
        }
        sb.append("</record>\n");
        return sb.toString();
    }

    @Override
    public String getHead(Handler h) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\"");
        String encoding = h != null ? h.getEncoding() : null;
        if (encoding == null) {
            encoding = Charset.defaultCharset().name();
        }
        try {
            encoding = Charset.forName(encoding).name();
        } catch (Exception ex) {
            // as given
        }
        sb.append(" encoding=\"").append(encoding).append("\"");
        sb.append(" standalone=\"no\"?>\n");
        sb.append("<!DOCTYPE log SYSTEM \"logger.dtd\">\n");
        sb.append("<log>\n");
        return sb.toString();
    }

    @Override
    public String getTail(Handler h) {
        return "</log>\n";
    }
}

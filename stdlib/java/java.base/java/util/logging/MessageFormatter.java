package java.util.logging;

import java.text.NumberFormat;

/**
 * The part of java.text.MessageFormat that log messages use: `{n}` and `{n,number}`
 * placeholders (numbers grouped as NumberFormat does), quotes with `'`.
 */
final class MessageFormatter {
    private MessageFormatter() {
    }

    static String format(String pattern, Object[] args) {
        StringBuilder out = new StringBuilder();
        int n = pattern.length();
        boolean quoted = false;
        for (int i = 0; i < n; i++) {
            char ch = pattern.charAt(i);
            if (ch == '\'') {
                if (i + 1 < n && pattern.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == '{' && !quoted) {
                int close = pattern.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("Unmatched braces in the pattern.");
                }
                String spec = pattern.substring(i + 1, close);
                String indexText = spec;
                String type = null;
                int comma = spec.indexOf(',');
                if (comma >= 0) {
                    indexText = spec.substring(0, comma).trim();
                    type = spec.substring(comma + 1).trim();
                }
                int index;
                try {
                    index = Integer.parseInt(indexText.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("can't parse argument number: " + indexText);
                }
                if (index < 0) {
                    throw new IllegalArgumentException("negative argument number: " + index);
                }
                if (index >= args.length) {
                    out.append('{').append(index).append('}');
                } else {
                    Object arg = args[index];
                    if (arg == null) {
                        out.append("null");
                    } else if (arg instanceof Number) {
                        if (type != null && type.startsWith("number") && type.endsWith("integer")) {
                            out.append(NumberFormat.getIntegerInstance().format(arg));
                        } else {
                            out.append(NumberFormat.getInstance().format(arg));
                        }
                    } else {
                        out.append(arg.toString());
                    }
                }
                i = close;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}

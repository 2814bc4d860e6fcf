package programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class JsonPrettyPrinter {
    static class JsonException extends RuntimeException {
        JsonException(String msg, int pos) { super(msg + " at offset " + pos); }
    }

    static class Parser {
        private final String s;
        private int i;
        Parser(String s) { this.s = s; }

        Object parse() {
            Object v = value();
            skipWs();
            if (i != s.length()) throw new JsonException("trailing data", i);
            return v;
        }

        private void skipWs() { while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++; }

        private char peek() {
            skipWs();
            if (i >= s.length()) throw new JsonException("unexpected end", i);
            return s.charAt(i);
        }

        private void expect(char c) {
            if (peek() != c) throw new JsonException("expected '" + c + "' but found '" + s.charAt(i) + "'", i);
            i++;
        }

        private Object value() {
            char c = peek();
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return string();
                case 't': literal("true"); return Boolean.TRUE;
                case 'f': literal("false"); return Boolean.FALSE;
                case 'n': literal("null"); return null;
                default:
                    if (c == '-' || Character.isDigit(c)) return number();
                    throw new JsonException("unexpected character '" + c + "'", i);
            }
        }

        private void literal(String word) {
            if (!s.startsWith(word, i)) throw new JsonException("bad literal", i);
            i += word.length();
        }

        private Map<String, Object> object() {
            expect('{');
            Map<String, Object> m = new LinkedHashMap<>();
            if (peek() == '}') { i++; return m; }
            while (true) {
                if (peek() != '"') throw new JsonException("expected key", i);
                String k = string();
                expect(':');
                m.put(k, value());
                char c = peek();
                i++;
                if (c == '}') return m;
                if (c != ',') throw new JsonException("expected ',' or '}'", i - 1);
            }
        }

        private List<Object> array() {
            expect('[');
            List<Object> l = new ArrayList<>();
            if (peek() == ']') { i++; return l; }
            while (true) {
                l.add(value());
                char c = peek();
                i++;
                if (c == ']') return l;
                if (c != ',') throw new JsonException("expected ',' or ']'", i - 1);
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) throw new JsonException("unterminated string", i);
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case '"': sb.append('"'); break;
                        case '\\': sb.append('\\'); break;
                        case '/': sb.append('/'); break;
                        case 'u': sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        default: throw new JsonException("bad escape \\" + e, i - 1);
                    }
                } else sb.append(c);
            }
        }

        private Number number() {
            int start = i;
            if (s.charAt(i) == '-') i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            boolean isDouble = false;
            if (i < s.length() && s.charAt(i) == '.') { isDouble = true; i++; while (i < s.length() && Character.isDigit(s.charAt(i))) i++; }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                isDouble = true;
                i++;
                if (s.charAt(i) == '+' || s.charAt(i) == '-') i++;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            }
            String num = s.substring(start, i);
            if (isDouble) return Double.parseDouble(num);
            long l = Long.parseLong(num);
            if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) return (int) l;
            return l;
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @SuppressWarnings("unchecked")
    static void pretty(Object v, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        if (v instanceof Map) {
            Map<String, Object> m = (Map<String, Object>) v;
            if (m.isEmpty()) { out.append("{}"); return; }
            out.append("{\n");
            int n = 0;
            for (Map.Entry<String, Object> e : m.entrySet()) {
                out.append(pad).append("  ").append(quote(e.getKey())).append(": ");
                pretty(e.getValue(), indent + 1, out);
                out.append(++n < m.size() ? ",\n" : "\n");
            }
            out.append(pad).append('}');
        } else if (v instanceof List) {
            List<Object> l = (List<Object>) v;
            if (l.isEmpty()) { out.append("[]"); return; }
            out.append("[\n");
            for (int k = 0; k < l.size(); k++) {
                out.append(pad).append("  ");
                pretty(l.get(k), indent + 1, out);
                out.append(k + 1 < l.size() ? ",\n" : "\n");
            }
            out.append(pad).append(']');
        } else if (v instanceof String) {
            out.append(quote((String) v));
        } else {
            out.append(v);
        }
    }

    @SuppressWarnings("unchecked")
    static int depth(Object v) {
        int d = 0;
        if (v instanceof Map) for (Object c : ((Map<String, Object>) v).values()) d = Math.max(d, depth(c));
        else if (v instanceof List) for (Object c : (List<Object>) v) d = Math.max(d, depth(c));
        else return 0;
        return d + 1;
    }

    public static void main(String[] args) {
        String doc = "{\"name\":\"Cortado\",\"version\":[0,1,2],\"stable\":false,\"ratio\":0.75,\"big\":12345678901,"
            + "\"exp\":1.5e3,\"neg\":-42,\"nothing\":null,\"nested\":{\"a\":{\"b\":{\"c\":[1,[2,[3,{}]]]}},\"empty\":[]},"
            + "\"text\":\"line1\\nline2 \\\"quoted\\\" tab\\tend \\u00e9\",\"authors\":[{\"n\":\"x\",\"roles\":[\"dev\",\"ops\"]},{\"n\":\"y\",\"roles\":[]}]}";
        Object parsed = new Parser(doc).parse();
        StringBuilder out = new StringBuilder();
        pretty(parsed, 0, out);
        System.out.println(out);
        Map<?, ?> root = (Map<?, ?>) parsed;
        System.out.println("keys: " + root.keySet());
        System.out.println("depth: " + depth(parsed));
        for (Map.Entry<?, ?> e : root.entrySet()) {
            Object v = e.getValue();
            System.out.println("  " + e.getKey() + " -> " + (v == null ? "null" : v.getClass().getSimpleName()));
        }
        String[] bad = {"{\"a\":1,}", "[1 2]", "{\"a\" 1}", "\"unterminated", "tru", "[1,2]x", "{\"k\":\"\\q\"}", ""};
        for (String b : bad) {
            try {
                new Parser(b).parse();
                System.out.println("parsed?! " + b);
            } catch (JsonException e) {
                System.out.println("error for " + b + ": " + e.getMessage());
            }
        }
    }
}

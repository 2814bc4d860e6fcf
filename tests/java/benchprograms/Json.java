package benchprograms;

// A copy of benches/java/Json.java (run with the small size); keep the two in sync.
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON: generates a JSON document of N records in memory, parses it with a recursive-descent
 * parser into maps and lists, walks the result for a checksum and writes it back out.
 * Repeated a few times. Measures strings, StringBuilder, collections and boxing.
 * Usage: Json [RECORDS | small]
 */
public class Json {
    static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
        "theta", "iota", "kappa", "lambda", "mu"};

    /** A small deterministic pseudo-random generator (linear congruential). */
    static long seed = 42;

    static int next(int bound) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (int) ((seed >>> 33) % bound);
    }

    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        String hex = Integer.toHexString(c);
                        out.append("\\u");
                        for (int k = hex.length(); k < 4; k++) {
                            out.append('0');
                        }
                        out.append(hex);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    static String generate(int records) {
        StringBuilder out = new StringBuilder();
        out.append("{\"version\": 3, \"records\": [\n");
        for (int i = 0; i < records; i++) {
            if (i > 0) {
                out.append(",\n");
            }
            out.append("  {\"id\": ").append(i);
            out.append(", \"name\": ");
            String name = WORDS[next(WORDS.length)] + " " + WORDS[next(WORDS.length)];
            if (i % 7 == 0) {
                name = name + " \"quoted\"\tand\\slashed\n\u00e9\u4e2d";
            }
            quote(out, name);
            out.append(", \"score\": ").append(next(100000) - 50000).append('.')
                    .append(next(1000));
            out.append(", \"ratio\": ").append(next(10)).append('.').append(next(100))
                    .append("e-").append(next(5));
            out.append(", \"active\": ").append(next(2) == 0);
            out.append(", \"tags\": [");
            int tags = next(5);
            for (int t = 0; t < tags; t++) {
                if (t > 0) {
                    out.append(", ");
                }
                quote(out, WORDS[next(WORDS.length)]);
            }
            out.append("], \"position\": {\"x\": ").append(next(2000) - 1000)
                    .append(", \"y\": ").append(next(2000) - 1000)
                    .append(", \"label\": ").append(i % 3 == 0 ? "null" : "\"p" + i + "\"")
                    .append("}}");
        }
        out.append("\n], \"complete\": true}\n");
        return out.toString();
    }

    static final class Parser {
        final String text;
        int pos;

        Parser(String text) {
            this.text = text;
        }

        RuntimeException error(String what) {
            return new IllegalArgumentException(what + " at " + pos);
        }

        void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return;
                }
                pos++;
            }
        }

        void expect(char c) {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        Object value() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return string();
                case 't': return literal("true", Boolean.TRUE);
                case 'f': return literal("false", Boolean.FALSE);
                case 'n': return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("unexpected '" + c + "'");
            }
        }

        Object literal(String word, Object result) {
            if (!text.startsWith(word, pos)) {
                throw error("bad literal");
            }
            pos += word.length();
            return result;
        }

        Map<String, Object> object() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            skipSpace();
            if (text.charAt(pos) == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                expect(':');
                map.put(key, value());
                skipSpace();
                char c = text.charAt(pos++);
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    throw error("expected ',' or '}'");
                }
            }
        }

        List<Object> array() {
            expect('[');
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (text.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                char c = text.charAt(pos++);
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    throw error("expected ',' or ']'");
                }
            }
        }

        String string() {
            if (text.charAt(pos) != '"') {
                throw error("expected a string");
            }
            pos++;
            StringBuilder sb = null;
            int start = pos;
            while (true) {
                char c = text.charAt(pos);
                if (c == '"') {
                    String s = sb == null ? text.substring(start, pos)
                            : sb.append(text, start, pos).toString();
                    pos++;
                    return s;
                }
                if (c == '\\') {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(text, start, pos);
                    char e = text.charAt(pos + 1);
                    pos += 2;
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case 'r': sb.append('\r'); break;
                        case 'b': sb.append('\b'); break;
                        case 'f': sb.append('\f'); break;
                        case 'u':
                            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                            break;
                        default: sb.append(e);
                    }
                    start = pos;
                } else {
                    pos++;
                }
            }
        }

        static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
            1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

        /**
         * A number: a Long if it has no fraction or exponent, else a Double. Decimal mantissas
         * of up to 15 digits with a small exponent are converted with one exact multiplication
         * or division (correctly rounded, as Double.parseDouble would); others go to
         * Double.parseDouble.
         */
        Object number() {
            int start = pos;
            boolean negative = text.charAt(pos) == '-';
            if (negative) {
                pos++;
            }
            long mantissa = 0;
            int digits = 0;
            int exponent = 0;
            boolean integral = true;
            char c = 0;
            while (pos < text.length() && (c = text.charAt(pos)) >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '.') {
                integral = false;
                pos++;
                while (pos < text.length() && (c = text.charAt(pos)) >= '0' && c <= '9') {
                    mantissa = mantissa * 10 + (c - '0');
                    digits++;
                    exponent--;
                    pos++;
                }
            }
            if (pos < text.length() && ((c = text.charAt(pos)) == 'e' || c == 'E')) {
                integral = false;
                pos++;
                boolean negativeExponent = false;
                c = text.charAt(pos);
                if (c == '+' || c == '-') {
                    negativeExponent = c == '-';
                    pos++;
                }
                int e = 0;
                while (pos < text.length() && (c = text.charAt(pos)) >= '0' && c <= '9') {
                    e = Math.min(e * 10 + (c - '0'), 100000);
                    pos++;
                }
                exponent += negativeExponent ? -e : e;
            }
            if (digits == 0) {
                throw error("bad number");
            }
            if (integral && digits <= 18) {
                return negative ? -mantissa : mantissa;
            }
            if (digits <= 15 && exponent >= -22 && exponent <= 22) {
                double d = mantissa;
                d = exponent < 0 ? d / POWERS_OF_TEN[-exponent] : d * POWERS_OF_TEN[exponent];
                return negative ? -d : d;
            }
            String s = text.substring(start, pos);
            return integral ? (Object) Long.parseLong(s) : (Object) Double.parseDouble(s);
        }
    }

    static long checksum(Object value) {
        if (value == null) {
            return 7;
        }
        if (value instanceof Map) {
            long h = 11;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                h = h * 31 + e.getKey().hashCode();
                h = h * 31 + checksum(e.getValue());
            }
            return h;
        }
        if (value instanceof List) {
            long h = 13;
            for (Object o : (List<?>) value) {
                h = h * 31 + checksum(o);
            }
            return h;
        }
        if (value instanceof Double) {
            return Double.doubleToLongBits((Double) value);
        }
        return value.hashCode();
    }

    static void write(StringBuilder out, Object value) {
        if (value instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(out, (String) e.getKey());
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object o : (List<?>) value) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, o);
            }
            out.append(']');
        } else if (value instanceof String) {
            quote(out, (String) value);
        } else {
            out.append(value);
        }
    }

    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int records = size(args, 20000, 60);
        long total = 0;
        for (int pass = 0; pass < 10; pass++) {
            seed = 42 + pass;
            String doc = generate(records);
            Object tree = new Parser(doc).value();
            long sum = checksum(tree);
            StringBuilder out = new StringBuilder();
            write(out, tree);
            String again = out.toString();
            long sum2 = checksum(new Parser(again).value());
            if (sum != sum2) {
                throw new IllegalStateException("round trip changed the document");
            }
            if (pass == 0) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) ((Map<String, Object>) tree).get("records");
                System.out.println("document " + doc.length() + " chars, " + list.size()
                        + " records, rewritten " + again.length() + " chars");
                System.out.println("record 7: " + list.get(7));
            }
            total = total * 1000003 + sum;
        }
        System.out.println("checksum " + Long.toHexString(total));
    }
}

package apps;

import java.math.BigDecimal;
import java.util.*;
import java.util.stream.Collectors;

/** JSON tokenizer + recursive-descent parser + pretty printer + path queries. */
public class JsonQuery {

    sealed interface Json permits JNull, JBool, JNum, JStr, JArr, JObj {}
    record JNull() implements Json {}
    record JBool(boolean value) implements Json {}
    record JNum(BigDecimal value) implements Json {}
    record JStr(String value) implements Json {}
    record JArr(List<Json> items) implements Json {}
    record JObj(LinkedHashMap<String, Json> fields) implements Json {}

    static final JNull NULL = new JNull();

    static class JsonSyntaxError extends Exception {
        final int line, col;
        JsonSyntaxError(String msg, int line, int col) {
            super(msg + " at " + line + ":" + col);
            this.line = line;
            this.col = col;
        }
    }

    static final class Parser {
        private final String s;
        private int pos, line = 1, col = 1;
        Parser(String s) { this.s = s; }

        static Json parse(String text) throws JsonSyntaxError {
            Parser p = new Parser(text);
            p.ws();
            Json v = p.value();
            p.ws();
            if (p.pos < p.s.length()) throw p.err("trailing characters");
            return v;
        }

        JsonSyntaxError err(String msg) { return new JsonSyntaxError(msg, line, col); }

        char peek() { return pos < s.length() ? s.charAt(pos) : '\0'; }
        char advance() {
            char c = s.charAt(pos++);
            if (c == '\n') { line++; col = 1; } else col++;
            return c;
        }
        void ws() { while (pos < s.length() && Character.isWhitespace(peek())) advance(); }
        void expect(char c) throws JsonSyntaxError {
            if (peek() != c) throw err("expected '" + c + "' but got " + (pos < s.length() ? "'" + peek() + "'" : "EOF"));
            advance();
        }

        Json value() throws JsonSyntaxError {
            char c = peek();
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return new JStr(string());
                case 't': word("true"); return new JBool(true);
                case 'f': word("false"); return new JBool(false);
                case 'n': word("null"); return NULL;
                default:
                    if (c == '-' || Character.isDigit(c)) return number();
                    throw err(pos >= s.length() ? "unexpected end of input" : "unexpected character '" + c + "'");
            }
        }

        void word(String w) throws JsonSyntaxError {
            for (int k = 0; k < w.length(); k++) {
                if (peek() != w.charAt(k)) throw err("invalid literal, expected " + w);
                advance();
            }
        }

        Json number() throws JsonSyntaxError {
            int start = pos;
            if (peek() == '-') advance();
            if (!Character.isDigit(peek())) throw err("digit expected");
            if (peek() == '0') advance(); else while (Character.isDigit(peek())) advance();
            if (peek() == '.') {
                advance();
                if (!Character.isDigit(peek())) throw err("digit expected after '.'");
                while (Character.isDigit(peek())) advance();
            }
            if (peek() == 'e' || peek() == 'E') {
                advance();
                if (peek() == '+' || peek() == '-') advance();
                if (!Character.isDigit(peek())) throw err("digit expected in exponent");
                while (Character.isDigit(peek())) advance();
            }
            return new JNum(new BigDecimal(s.substring(start, pos)));
        }

        String string() throws JsonSyntaxError {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) throw err("unterminated string");
                char c = advance();
                if (c == '"') return sb.toString();
                if (c == '\\') {
                    char e = advance();
                    switch (e) {
                        case '"', '\\', '/' -> sb.append(e);
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            if (pos + 4 > s.length()) throw err("bad unicode escape");
                            String hex = s.substring(pos, pos + 4);
                            try {
                                sb.append((char) Integer.parseInt(hex, 16));
                            } catch (NumberFormatException ex) {
                                throw err("bad unicode escape \\u" + hex);
                            }
                            for (int k = 0; k < 4; k++) advance();
                        }
                        default -> throw err("bad escape \\" + e);
                    }
                } else if (c < 0x20) {
                    throw err("control character in string");
                } else sb.append(c);
            }
        }

        Json array() throws JsonSyntaxError {
            expect('[');
            List<Json> items = new ArrayList<>();
            ws();
            if (peek() == ']') { advance(); return new JArr(items); }
            while (true) {
                ws();
                items.add(value());
                ws();
                if (peek() == ',') { advance(); continue; }
                expect(']');
                return new JArr(items);
            }
        }

        Json object() throws JsonSyntaxError {
            expect('{');
            LinkedHashMap<String, Json> fields = new LinkedHashMap<>();
            ws();
            if (peek() == '}') { advance(); return new JObj(fields); }
            while (true) {
                ws();
                if (peek() != '"') throw err("object key must be a string");
                String k = string();
                ws();
                expect(':');
                ws();
                if (fields.put(k, value()) != null) throw err("duplicate key \"" + k + "\"");
                ws();
                if (peek() == ',') { advance(); continue; }
                expect('}');
                return new JObj(fields);
            }
        }
    }

    // ---------------------------------------------------------------- printing
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static String compact(Json j) {
        if (j instanceof JNull) return "null";
        if (j instanceof JBool b) return String.valueOf(b.value());
        if (j instanceof JNum n) return n.value().toString();
        if (j instanceof JStr s) return quote(s.value());
        if (j instanceof JArr a) return a.items().stream().map(JsonQuery::compact).collect(Collectors.joining(",", "[", "]"));
        JObj o = (JObj) j;
        return o.fields().entrySet().stream().map(e -> quote(e.getKey()) + ":" + compact(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    static void pretty(Json j, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        if (j instanceof JArr a && !a.items().isEmpty()) {
            boolean simple = a.items().stream().noneMatch(x -> x instanceof JArr || x instanceof JObj);
            if (simple && a.items().size() <= 6) { out.append(compact(a)); return; }
            out.append("[\n");
            for (Iterator<Json> it = a.items().iterator(); it.hasNext(); ) {
                out.append(pad).append("  ");
                pretty(it.next(), indent + 1, out);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            out.append(pad).append(']');
        } else if (j instanceof JObj o && !o.fields().isEmpty()) {
            out.append("{\n");
            int k = 0;
            for (Map.Entry<String, Json> e : o.fields().entrySet()) {
                out.append(pad).append("  ").append(quote(e.getKey())).append(": ");
                pretty(e.getValue(), indent + 1, out);
                out.append(++k < o.fields().size() ? ",\n" : "\n");
            }
            out.append(pad).append('}');
        } else {
            out.append(compact(j));
        }
    }

    // ---------------------------------------------------------------- queries
    /** Path syntax: .key  [index]  [*]  ..key (recursive)  [?key=value] */
    static List<Json> query(Json root, String path) {
        List<Json> current = List.of(root);
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            List<Json> next = new ArrayList<>();
            if (path.startsWith("..", i)) {
                int end = nameEnd(path, i + 2);
                String key = path.substring(i + 2, end);
                for (Json j : current) collectRecursive(j, key, next);
                i = end;
            } else if (c == '.') {
                int end = nameEnd(path, i + 1);
                String key = path.substring(i + 1, end);
                for (Json j : current) if (j instanceof JObj o && o.fields().containsKey(key)) next.add(o.fields().get(key));
                i = end;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                String sel = path.substring(i + 1, close);
                for (Json j : current) {
                    if (!(j instanceof JArr a)) continue;
                    if (sel.equals("*")) next.addAll(a.items());
                    else if (sel.startsWith("?")) {
                        String[] kv = sel.substring(1).split("=", 2);
                        for (Json item : a.items())
                            if (item instanceof JObj o && o.fields().containsKey(kv[0])
                                    && scalarText(o.fields().get(kv[0])).equals(kv[1])) next.add(item);
                    } else {
                        int idx = Integer.parseInt(sel);
                        if (idx < 0) idx += a.items().size();
                        if (idx >= 0 && idx < a.items().size()) next.add(a.items().get(idx));
                    }
                }
                i = close + 1;
            } else {
                throw new IllegalArgumentException("bad path at " + i + ": " + path);
            }
            current = next;
        }
        return current;
    }

    static int nameEnd(String p, int from) {
        int k = from;
        while (k < p.length() && (Character.isLetterOrDigit(p.charAt(k)) || p.charAt(k) == '_')) k++;
        return k;
    }

    static void collectRecursive(Json j, String key, List<Json> out) {
        if (j instanceof JObj o) {
            for (Map.Entry<String, Json> e : o.fields().entrySet()) {
                if (e.getKey().equals(key)) out.add(e.getValue());
                collectRecursive(e.getValue(), key, out);
            }
        } else if (j instanceof JArr a) {
            for (Json x : a.items()) collectRecursive(x, key, out);
        }
    }

    static String scalarText(Json j) {
        if (j == null) return "?";
        return j instanceof JStr s ? s.value() : compact(j);
    }

    static BigDecimal sum(List<Json> xs) {
        BigDecimal total = BigDecimal.ZERO;
        for (Json x : xs) if (x instanceof JNum n) total = total.add(n.value());
        return total;
    }

    static int depth(Json j) {
        if (j instanceof JArr a) return 1 + a.items().stream().mapToInt(JsonQuery::depth).max().orElse(0);
        if (j instanceof JObj o) return 1 + o.fields().values().stream().mapToInt(JsonQuery::depth).max().orElse(0);
        return 0;
    }

    static Map<String, Integer> typeCounts(Json j, Map<String, Integer> acc) {
        acc.merge(j.getClass().getSimpleName(), 1, Integer::sum);
        if (j instanceof JArr a) a.items().forEach(x -> typeCounts(x, acc));
        if (j instanceof JObj o) o.fields().values().forEach(x -> typeCounts(x, acc));
        return acc;
    }

    public static void main(String[] args) throws Exception {
        String doc = """
            {
              "store": "Corner Books",
              "open": true,
              "rating": 4.75,
              "address": {"street": "12 Elm St", "city": "Springfield", "zip": "01101"},
              "tags": ["books", "coffee", "caf\\u00e9", "used"],
              "books": [
                {"id": 1, "title": "Dune", "author": "Herbert", "price": 9.99, "year": 1965, "stock": 3,
                 "genres": ["sf", "classic"]},
                {"id": 2, "title": "Neuromancer", "author": "Gibson", "price": 7.50, "year": 1984, "stock": 0,
                 "genres": ["sf", "cyberpunk"]},
                {"id": 3, "title": "Emma", "author": "Austen", "price": 5.25, "year": 1815, "stock": 12,
                 "genres": ["classic", "romance"]},
                {"id": 4, "title": "The \\"Quoted\\" Book", "author": "Anon", "price": 1e2, "year": 2001, "stock": 1,
                 "genres": []},
                {"id": 5, "title": "Tabs\\tand\\nlines", "author": null, "price": -0.0, "year": 2020, "stock": 7,
                 "genres": ["misc"], "extra": {"signed": false, "notes": [1, [2, [3, [4]]]]}}
              ],
              "staff": [{"name": "Ann", "role": "owner"}, {"name": "Raj", "role": "barista"}, {"name": "Li", "role": "barista"}],
              "empty": {},
              "nothing": []
            }
            """;
        Json root = Parser.parse(doc);
        StringBuilder sb = new StringBuilder();
        pretty(root, 0, sb);
        System.out.println(sb);
        System.out.println("compact length: " + compact(root).length());
        System.out.println("depth: " + depth(root));
        System.out.println("types: " + typeCounts(root, new TreeMap<>()));
        System.out.println("round trip equal: " + Parser.parse(compact(root)).equals(root));
        System.out.println("pretty round trip equal: " + Parser.parse(sb.toString()).equals(root));

        String[] queries = {
            ".store", ".address.city", ".tags[2]", ".tags[-1]", ".tags[9]", ".books[*].title",
            ".books[?author=Gibson].title", ".books[?stock=0].id", "..genres", "..signed", "..notes[1][1]",
            ".staff[?role=barista].name", ".books[*].price", ".empty", ".nothing[*]", ".missing.key",
            "..name", ".books[0]", ".books[4].extra"
        };
        for (String q : queries) {
            List<Json> r = query(root, q);
            System.out.println(q + " => " + r.stream().map(JsonQuery::compact).collect(Collectors.toList()));
        }
        System.out.println("total price: " + sum(query(root, ".books[*].price")));
        System.out.println("total stock: " + sum(query(root, ".books[*].stock")).intValueExact());
        BigDecimal avgYear = sum(query(root, ".books[*].year")).divide(BigDecimal.valueOf(5));
        System.out.println("avg year: " + avgYear);
        Map<String, Long> genreCounts = query(root, ".books[*].genres[*]").stream()
                .map(JsonQuery::scalarText)
                .collect(Collectors.groupingBy(g -> g, TreeMap::new, Collectors.counting()));
        System.out.println("genres: " + genreCounts);
        List<String> inStock = query(root, ".books[*]").stream()
                .map(b -> (JObj) b)
                .filter(b -> ((JNum) b.fields().get("stock")).value().signum() > 0)
                .sorted(Comparator.comparing((JObj b) -> ((JNum) b.fields().get("price")).value()).reversed())
                .map(b -> scalarText(b.fields().get("title")))
                .toList();
        System.out.println("in stock by price desc: " + inStock);

        String[] bad = {
            "", "{", "[1, 2", "{\"a\" 1}", "{\"a\": 1,}", "[01]", "[1.]", "[-]", "\"abc", "tru", "nul",
            "{\"a\":1, \"a\":2}", "[1e]", "\"\\x\"", "\"\\u12G4\"", "[1] 2", "{1: 2}", "[\"a\nb\"]",
            "{\n  \"ok\": [1, 2,\n    3,, 4]\n}", "@"
        };
        for (String b : bad) {
            try {
                Json j = Parser.parse(b);
                System.out.println("parsed?! " + compact(j));
            } catch (JsonSyntaxError e) {
                System.out.printf("%-28s -> %s (line %d)%n", quote(b), e.getMessage(), e.line);
            }
        }
        String[] good = {"0", "-12.5e-3", "1E+2", "\"\\/\\\\\\b\\f\"", "[[],{},[{}]]", " true ", "123456789012345678901234567890"};
        for (String g : good) {
            Json j = Parser.parse(g);
            System.out.println(quote(g) + " -> " + compact(j) + " " + j.getClass().getSimpleName()
                    + (j instanceof JNum n ? " scale=" + n.value().scale() + " plain=" + n.value().toPlainString() : ""));
        }
        try {
            query(root, "books");
        } catch (IllegalArgumentException e) {
            System.out.println("query error: " + e.getMessage());
        }
    }
}

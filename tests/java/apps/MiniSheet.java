package apps;

import java.util.*;
import java.util.stream.*;

/** A mini spreadsheet: formulas, ranges, functions, dependency tracking, cycle detection. */
public class MiniSheet {

    static final class FormulaError extends Exception {
        final String code;
        FormulaError(String code, String detail) {
            super(code + " " + detail);
            this.code = code;
        }
    }

    record Ref(int col, int row) implements Comparable<Ref> {
        static Ref parse(String s) {
            int i = 0;
            int col = 0;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                col = col * 26 + (Character.toUpperCase(s.charAt(i)) - 'A' + 1);
                i++;
            }
            if (i == 0 || i == s.length()) throw new IllegalArgumentException("bad reference: " + s);
            int row = Integer.parseInt(s.substring(i));
            return new Ref(col - 1, row - 1);
        }
        String name() {
            StringBuilder sb = new StringBuilder();
            int c = col + 1;
            while (c > 0) {
                int rem = (c - 1) % 26;
                sb.insert(0, (char) ('A' + rem));
                c = (c - 1) / 26;
            }
            return sb.append(row + 1).toString();
        }
        @Override public int compareTo(Ref o) {
            return row != o.row ? Integer.compare(row, o.row) : Integer.compare(col, o.col);
        }
        @Override public String toString() { return name(); }
    }

    /** Cell value: either a number, a string, or an error code. */
    record Value(Double num, String text, String error) {
        static Value of(double d) { return new Value(d, null, null); }
        static Value text(String s) { return new Value(null, s, null); }
        static Value err(String e) { return new Value(null, null, e); }
        static final Value EMPTY = new Value(null, "", null);
        String display() {
            if (error != null) return error;
            if (text != null) return text;
            double d = num;
            if (d == Math.floor(d) && Math.abs(d) < 1e12) return String.valueOf((long) d);
            return String.format("%.4f", d).replaceAll("0+$", "");
        }
    }

    final Map<Ref, String> raw = new TreeMap<>();
    final Map<Ref, Value> values = new TreeMap<>();
    final Map<Ref, Set<Ref>> deps = new TreeMap<>();
    int evaluations;

    void set(String ref, String content) {
        Ref r = Ref.parse(ref);
        if (content == null || content.isEmpty()) raw.remove(r); else raw.put(r, content);
        recalc();
    }

    // ---- formula parsing (recursive descent directly evaluating) ----
    final class Eval {
        final String src;
        int p;
        final Set<Ref> refs = new TreeSet<>();
        final boolean collectOnly;
        Eval(String src, boolean collectOnly) { this.src = src; this.collectOnly = collectOnly; }

        void ws() { while (p < src.length() && src.charAt(p) == ' ') p++; }
        boolean eat(char c) {
            ws();
            if (p < src.length() && src.charAt(p) == c) { p++; return true; }
            return false;
        }

        double expr() throws FormulaError {
            double v = term();
            while (true) {
                if (eat('+')) v += term();
                else if (eat('-')) v -= term();
                else return v;
            }
        }
        double term() throws FormulaError {
            double v = factor();
            while (true) {
                if (eat('*')) v *= factor();
                else if (eat('/')) {
                    double d = factor();
                    if (d == 0 && !collectOnly) throw new FormulaError("#DIV/0!", "at " + p);
                    v = d == 0 ? 0 : v / d;
                } else return v;
            }
        }
        double factor() throws FormulaError {
            if (eat('-')) return -factor();
            double base = atom();
            if (eat('^')) return Math.pow(base, factor());
            return base;
        }
        double atom() throws FormulaError {
            ws();
            if (eat('(')) {
                double v = expr();
                if (!eat(')')) throw new FormulaError("#PARSE!", "missing ) at " + p);
                return v;
            }
            if (p >= src.length()) throw new FormulaError("#PARSE!", "unexpected end");
            char c = src.charAt(p);
            if (Character.isDigit(c) || c == '.') {
                int s = p;
                while (p < src.length() && (Character.isDigit(src.charAt(p)) || src.charAt(p) == '.')) p++;
                try {
                    return Double.parseDouble(src.substring(s, p));
                } catch (NumberFormatException e) {
                    throw new FormulaError("#NUM!", src.substring(s, p));
                }
            }
            if (Character.isLetter(c)) {
                int s = p;
                while (p < src.length() && Character.isLetterOrDigit(src.charAt(p))) p++;
                String word = src.substring(s, p).toUpperCase();
                if (eat('(')) return function(word);
                if (eat(':')) {
                    throw new FormulaError("#VALUE!", "range outside function");
                }
                Ref r;
                try {
                    r = Ref.parse(word);
                } catch (IllegalArgumentException e) {
                    throw new FormulaError("#NAME?", word);
                }
                return cellNumber(r);
            }
            throw new FormulaError("#PARSE!", "unexpected '" + c + "' at " + p);
        }

        double cellNumber(Ref r) throws FormulaError {
            refs.add(r);
            if (collectOnly) return 1;
            Value v = values.getOrDefault(r, Value.EMPTY);
            if (v.error() != null) throw new FormulaError(v.error(), "via " + r);
            if (v.num() != null) return v.num();
            if (v.text().isEmpty()) return 0;
            throw new FormulaError("#VALUE!", r + " is text");
        }

        List<Double> args() throws FormulaError {
            List<Double> out = new ArrayList<>();
            if (eat(')')) return out;
            do {
                ws();
                int save = p;
                int s = p;
                while (p < src.length() && Character.isLetterOrDigit(src.charAt(p))) p++;
                if (p > s && p < src.length() && src.charAt(p) == ':') {
                    Ref a = Ref.parse(src.substring(s, p).toUpperCase());
                    p++;
                    int s2 = p;
                    while (p < src.length() && Character.isLetterOrDigit(src.charAt(p))) p++;
                    Ref b = Ref.parse(src.substring(s2, p).toUpperCase());
                    for (int row = Math.min(a.row(), b.row()); row <= Math.max(a.row(), b.row()); row++)
                        for (int col = Math.min(a.col(), b.col()); col <= Math.max(a.col(), b.col()); col++) {
                            Ref r = new Ref(col, row);
                            refs.add(r);
                            if (collectOnly) continue;
                            Value v = values.getOrDefault(r, Value.EMPTY);
                            if (v.error() != null) throw new FormulaError(v.error(), "via " + r);
                            if (v.num() != null) out.add(v.num());
                        }
                } else {
                    p = save;
                    out.add(expr());
                }
            } while (eat(','));
            if (!eat(')')) throw new FormulaError("#PARSE!", "missing ) in call");
            return out;
        }

        double function(String name) throws FormulaError {
            List<Double> a = args();
            if (collectOnly) return 1;
            DoubleSummaryStatistics st = a.stream().mapToDouble(Double::doubleValue).summaryStatistics();
            return switch (name) {
                case "SUM" -> st.getSum();
                case "AVG", "AVERAGE" -> {
                    if (a.isEmpty()) throw new FormulaError("#DIV/0!", "AVG of nothing");
                    yield st.getAverage();
                }
                case "MIN" -> a.isEmpty() ? 0 : st.getMin();
                case "MAX" -> a.isEmpty() ? 0 : st.getMax();
                case "COUNT" -> a.size();
                case "ABS" -> Math.abs(one(name, a));
                case "ROUND" -> {
                    if (a.size() != 2) throw new FormulaError("#ARGS!", name);
                    double f = Math.pow(10, a.get(1));
                    yield Math.round(a.get(0) * f) / f;
                }
                case "IF" -> {
                    if (a.size() != 3) throw new FormulaError("#ARGS!", name);
                    yield a.get(0) != 0 ? a.get(1) : a.get(2);
                }
                case "SQRT" -> {
                    double x = one(name, a);
                    if (x < 0) throw new FormulaError("#NUM!", "sqrt of negative");
                    yield Math.sqrt(x);
                }
                default -> throw new FormulaError("#NAME?", name);
            };
        }

        double one(String name, List<Double> a) throws FormulaError {
            if (a.size() != 1) throw new FormulaError("#ARGS!", name + " wants 1 argument");
            return a.get(0);
        }
    }

    void recalc() {
        values.clear();
        deps.clear();
        for (Map.Entry<String, String> unused : Collections.<String, String>emptyMap().entrySet()) throw new AssertionError();
        // collect dependencies
        for (Map.Entry<Ref, String> e : raw.entrySet()) {
            String s = e.getValue();
            Set<Ref> d = new TreeSet<>();
            if (s.startsWith("=")) {
                Eval ev = new Eval(s.substring(1), true);
                try {
                    ev.expr();
                } catch (FormulaError | RuntimeException ignored) {
                    // syntax errors reported during real evaluation
                }
                d.addAll(ev.refs);
            }
            deps.put(e.getKey(), d);
        }
        // topological order (Kahn), cells in cycles are left over
        Map<Ref, Integer> indeg = new TreeMap<>();
        Map<Ref, List<Ref>> users = new TreeMap<>();
        for (Ref r : raw.keySet()) indeg.put(r, 0);
        for (Map.Entry<Ref, Set<Ref>> e : deps.entrySet()) {
            for (Ref d : e.getValue()) {
                if (!raw.containsKey(d)) continue;
                indeg.merge(e.getKey(), 1, Integer::sum);
                users.computeIfAbsent(d, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        Deque<Ref> ready = indeg.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(ArrayDeque::new));
        List<Ref> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Ref r = ready.poll();
            order.add(r);
            for (Ref u : users.getOrDefault(r, List.of())) if (indeg.merge(u, -1, Integer::sum) == 0) ready.add(u);
        }
        for (Ref r : order) values.put(r, evaluate(raw.get(r)));
        for (Ref r : raw.keySet()) if (!values.containsKey(r)) values.put(r, Value.err("#CYCLE!"));
    }

    Value evaluate(String content) {
        evaluations++;
        if (!content.startsWith("=")) {
            try {
                return Value.of(Double.parseDouble(content));
            } catch (NumberFormatException e) {
                return Value.text(content.startsWith("'") ? content.substring(1) : content);
            }
        }
        Eval ev = new Eval(content.substring(1), false);
        try {
            double v = ev.expr();
            ev.ws();
            if (ev.p != ev.src.length()) return Value.err("#PARSE!");
            if (Double.isNaN(v) || Double.isInfinite(v)) return Value.err("#NUM!");
            return Value.of(v);
        } catch (FormulaError e) {
            return Value.err(e.code);
        } catch (IllegalArgumentException e) {
            return Value.err("#REF!");
        }
    }

    String render() {
        int maxCol = raw.keySet().stream().mapToInt(Ref::col).max().orElse(0);
        int maxRow = raw.keySet().stream().mapToInt(Ref::row).max().orElse(0);
        int[] widths = new int[maxCol + 1];
        for (int c = 0; c <= maxCol; c++) {
            widths[c] = 3;
            for (int r = 0; r <= maxRow; r++) {
                Value v = values.get(new Ref(c, r));
                if (v != null) widths[c] = Math.max(widths[c], Math.min(14, v.display().length()));
            }
        }
        StringBuilder sb = new StringBuilder("    |");
        for (int c = 0; c <= maxCol; c++) {
            String h = new Ref(c, 0).name().replaceAll("\\d", "");
            sb.append(' ').append(center(h, widths[c])).append(" |");
        }
        sb.append('\n').append("-".repeat(sb.length() - 1)).append('\n');
        for (int r = 0; r <= maxRow; r++) {
            sb.append(String.format("%3d |", r + 1));
            for (int c = 0; c <= maxCol; c++) {
                Value v = values.get(new Ref(c, r));
                String s = v == null ? "" : v.display();
                if (s.length() > widths[c]) s = s.substring(0, widths[c] - 1) + "~";
                boolean right = v != null && v.num() != null;
                sb.append(' ').append(right ? String.format("%" + widths[c] + "s", s) : String.format("%-" + widths[c] + "s", s)).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String center(String s, int w) {
        int left = (w - s.length()) / 2;
        return " ".repeat(Math.max(0, left)) + s + " ".repeat(Math.max(0, w - s.length() - left));
    }

    public static void main(String[] args) {
        MiniSheet sh = new MiniSheet();
        String[][] init = {
            {"A1", "Item"}, {"B1", "Qty"}, {"C1", "Price"}, {"D1", "Total"},
            {"A2", "Widget"}, {"B2", "4"}, {"C2", "2.50"}, {"D2", "=B2*C2"},
            {"A3", "Gadget"}, {"B3", "10"}, {"C3", "1.25"}, {"D3", "=B3*C3"},
            {"A4", "Doohickey"}, {"B4", "3"}, {"C4", "7.99"}, {"D4", "=b4 * c4"},
            {"A5", "Sum"}, {"B5", "=SUM(B2:B4)"}, {"D5", "=SUM(D2:D4)"},
            {"A6", "Avg price"}, {"C6", "=ROUND(AVG(C2:C4), 3)"},
            {"A7", "Tax 8%"}, {"D7", "=D5*0.08"},
            {"A8", "Grand"}, {"D8", "=D5+D7"},
            {"A9", "Max qty"}, {"B9", "=MAX(B2:B4)"}, {"C9", "=IF(B9 - 5, 1, 0)"},
            {"A10", "'12345"}, {"B10", "=2^10 - (3 + 4) * -2"}, {"C10", "=SQRT(D8)"}, {"D10", "=COUNT(A1:D4)"},
        };
        for (String[] kv : init) sh.raw.put(Ref.parse(kv[0]), kv[1]);
        sh.recalc();
        System.out.print(sh.render());
        System.out.println("evaluations: " + sh.evaluations);
        System.out.println("deps of D8: " + sh.deps.get(Ref.parse("D8")));
        System.out.println("deps of D10: " + sh.deps.get(Ref.parse("D10")).size() + " cells");

        String[][] edits = {
            {"B3", "12"},
            {"C2", "=C3*2"},
            {"E1", "=E2+1"}, {"E2", "=E3+1"}, {"E3", "=E1+1"},
            {"F1", "=E1*2"},
            {"E3", "5"},
            {"G1", "=1/0"}, {"G2", "=G1+1"}, {"G3", "=SUM(G1:G2)"},
            {"H1", "=FOO(1)"}, {"H2", "=A1+1"}, {"H3", "=SQRT(-4)"}, {"H4", "=(1+2"},
            {"H5", "=1 2"}, {"H6", "=ABS(1,2)"}, {"H7", "=AVG()"}, {"H8", "=ZZZ"}, {"H9", "=10^400"},
            {"G1", "=1/4"},
            {"I1", "=I1"},
            {"B4", ""},
            {"AA1", "=SUM(A1:Z1) + COUNT(B2:D10)"},
        };
        for (String[] kv : edits) {
            sh.set(kv[0], kv[1]);
            Ref r = Ref.parse(kv[0]);
            Value v = sh.values.get(r);
            System.out.printf("%-4s <- %-28s = %s%n", kv[0], kv[1].isEmpty() ? "(cleared)" : kv[1], v == null ? "(empty)" : v.display());
        }
        System.out.print(sh.render());
        Map<String, List<String>> errorsByCode = sh.values.entrySet().stream()
                .filter(e -> e.getValue().error() != null)
                .collect(Collectors.groupingBy(e -> e.getValue().error(), TreeMap::new,
                        Collectors.mapping(e -> e.getKey().name(), Collectors.toList())));
        System.out.println("errors: " + errorsByCode);
        double numericTotal = sh.values.values().stream().filter(v -> v.num() != null).mapToDouble(Value::num).sum();
        System.out.printf("sum of all numeric cells: %.6f%n", numericTotal);
        for (String name : List.of("A1", "Z9", "AA1", "AZ10", "BA3", "ZZ100", "AAA1")) {
            Ref r = Ref.parse(name);
            System.out.println(name + " -> col " + r.col() + " row " + r.row() + " -> " + r.name());
        }
        for (String bad : List.of("1A", "A", "")) {
            try {
                Ref.parse(bad);
            } catch (IllegalArgumentException e) {
                System.out.println("'" + bad + "': " + e.getMessage());
            }
        }
        System.out.println("evaluations: " + sh.evaluations);
    }
}

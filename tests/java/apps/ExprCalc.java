package apps;

import java.util.*;
import java.util.function.*;

/** Expression calculator with variables, user functions, built-ins and error reporting. */
public class ExprCalc {

    static class CalcException extends RuntimeException {
        final int position;
        CalcException(String msg, int position) {
            super(msg);
            this.position = position;
        }
        CalcException(String msg, int position, Throwable cause) {
            super(msg, cause);
            this.position = position;
        }
    }

    enum TokType { NUM, IDENT, OP, LPAREN, RPAREN, COMMA, ASSIGN, EOF }

    record Token(TokType type, String text, int pos) {
        @Override public String toString() {
            return type + (text.isEmpty() ? "" : "(" + text + ")") + "@" + pos;
        }
    }

    static final class Lexer {
        private final String src;
        private int i = 0;
        Lexer(String src) { this.src = src; }

        List<Token> tokenize() {
            List<Token> out = new ArrayList<>();
            while (true) {
                while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
                if (i >= src.length()) { out.add(new Token(TokType.EOF, "", i)); return out; }
                char c = src.charAt(i);
                int start = i;
                if (Character.isDigit(c) || c == '.') {
                    boolean seenDot = false, seenExp = false;
                    while (i < src.length()) {
                        char d = src.charAt(i);
                        if (Character.isDigit(d)) i++;
                        else if (d == '.' && !seenDot && !seenExp) { seenDot = true; i++; }
                        else if ((d == 'e' || d == 'E') && !seenExp) {
                            seenExp = true; i++;
                            if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '-')) i++;
                        } else break;
                    }
                    out.add(new Token(TokType.NUM, src.substring(start, i), start));
                } else if (Character.isLetter(c) || c == '_') {
                    while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
                    out.add(new Token(TokType.IDENT, src.substring(start, i), start));
                } else {
                    i++;
                    switch (c) {
                        case '(' -> out.add(new Token(TokType.LPAREN, "(", start));
                        case ')' -> out.add(new Token(TokType.RPAREN, ")", start));
                        case ',' -> out.add(new Token(TokType.COMMA, ",", start));
                        case '=' -> {
                            if (i < src.length() && src.charAt(i) == '=') { i++; out.add(new Token(TokType.OP, "==", start)); }
                            else out.add(new Token(TokType.ASSIGN, "=", start));
                        }
                        case '<', '>', '!' -> {
                            if (i < src.length() && src.charAt(i) == '=') { i++; out.add(new Token(TokType.OP, c + "=", start)); }
                            else if (c == '!') throw new CalcException("unexpected '!'", start);
                            else out.add(new Token(TokType.OP, String.valueOf(c), start));
                        }
                        case '+', '-', '*', '/', '%', '^' -> out.add(new Token(TokType.OP, String.valueOf(c), start));
                        default -> throw new CalcException("unexpected character '" + c + "' (U+"
                                + String.format("%04X", (int) c) + ")", start);
                    }
                }
            }
        }
    }

    interface Node {
        double eval(Env env);
        String show();
    }

    record Num(double v) implements Node {
        public double eval(Env env) { return v; }
        public String show() { return fmt(v); }
    }

    record Var(String name, int pos) implements Node {
        public double eval(Env env) { return env.lookup(name, pos); }
        public String show() { return name; }
    }

    record Unary(char op, Node arg) implements Node {
        public double eval(Env env) { return op == '-' ? -arg.eval(env) : arg.eval(env); }
        public String show() { return "(" + op + arg.show() + ")"; }
    }

    record Binary(String op, Node l, Node r, int pos) implements Node {
        public double eval(Env env) {
            double a = l.eval(env);
            double b = r.eval(env);
            return switch (op) {
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                case "/" -> {
                    if (b == 0) throw new CalcException("division by zero", pos);
                    yield a / b;
                }
                case "%" -> a % b;
                case "^" -> Math.pow(a, b);
                case "<" -> a < b ? 1 : 0;
                case ">" -> a > b ? 1 : 0;
                case "<=" -> a <= b ? 1 : 0;
                case ">=" -> a >= b ? 1 : 0;
                case "==" -> a == b ? 1 : 0;
                case "!=" -> a != b ? 1 : 0;
                default -> throw new IllegalStateException("bad op " + op);
            };
        }
        public String show() { return "(" + l.show() + " " + op + " " + r.show() + ")"; }
    }

    record Call(String name, List<Node> args, int pos) implements Node {
        public double eval(Env env) {
            if (name.equals("if") && args.size() == 3 && !env.fns.containsKey("if")) {
                return args.get(0).eval(env) != 0 ? args.get(1).eval(env) : args.get(2).eval(env);
            }
            double[] vals = new double[args.size()];
            for (int k = 0; k < vals.length; k++) vals[k] = args.get(k).eval(env);
            return env.call(name, vals, pos);
        }
        public String show() {
            StringJoiner sj = new StringJoiner(", ", name + "(", ")");
            for (Node n : args) sj.add(n.show());
            return sj.toString();
        }
    }

    record UserFn(List<String> params, Node body) {}

    static final class Env {
        final Map<String, Double> vars = new TreeMap<>();
        final Map<String, UserFn> fns = new TreeMap<>();
        final Map<String, Function<double[], Double>> builtins = new HashMap<>();
        final Map<String, Integer> arity = new HashMap<>();
        final Deque<Map<String, Double>> frames = new ArrayDeque<>();
        int depth = 0;

        Env() {
            unary("sqrt", Math::sqrt);
            unary("abs", Math::abs);
            unary("floor", Math::floor);
            unary("ceil", Math::ceil);
            unary("exp", Math::exp);
            unary("ln", Math::log);
            unary("sin", Math::sin);
            unary("cos", Math::cos);
            builtin("max", -1, a -> Arrays.stream(a).max().orElse(Double.NaN));
            builtin("min", -1, a -> Arrays.stream(a).min().orElse(Double.NaN));
            builtin("sum", -1, a -> Arrays.stream(a).sum());
            builtin("avg", -1, a -> Arrays.stream(a).average().orElseThrow());
            builtin("hypot", 2, a -> Math.hypot(a[0], a[1]));
            builtin("if", 3, a -> a[0] != 0 ? a[1] : a[2]);
            vars.put("pi", Math.PI);
            vars.put("e", Math.E);
        }

        private void unary(String name, DoubleUnaryOperator f) {
            builtin(name, 1, a -> f.applyAsDouble(a[0]));
        }
        private void builtin(String name, int n, Function<double[], Double> f) {
            builtins.put(name, f);
            arity.put(name, n);
        }

        double lookup(String name, int pos) {
            Map<String, Double> top = frames.peek();
            if (top != null && top.containsKey(name)) return top.get(name);
            Double v = vars.get(name);
            if (v == null) throw new CalcException("undefined variable '" + name + "'", pos);
            return v;
        }

        double call(String name, double[] args, int pos) {
            UserFn uf = fns.get(name);
            if (uf != null) {
                if (uf.params().size() != args.length)
                    throw new CalcException(name + " expects " + uf.params().size() + " argument(s), got " + args.length, pos);
                if (depth > 200) throw new CalcException("recursion too deep in " + name, pos);
                Map<String, Double> frame = new HashMap<>();
                for (int k = 0; k < args.length; k++) frame.put(uf.params().get(k), args[k]);
                frames.push(frame);
                depth++;
                try {
                    return uf.body().eval(this);
                } finally {
                    depth--;
                    frames.pop();
                }
            }
            Function<double[], Double> b = builtins.get(name);
            if (b == null) throw new CalcException("unknown function '" + name + "'", pos);
            int n = arity.get(name);
            if (n >= 0 && n != args.length)
                throw new CalcException(name + " expects " + n + " argument(s), got " + args.length, pos);
            try {
                return b.apply(args);
            } catch (NoSuchElementException ex) {
                throw new CalcException(name + " of nothing", pos, ex);
            }
        }
    }

    static final class Parser {
        private final List<Token> toks;
        private int p = 0;
        Parser(List<Token> toks) { this.toks = toks; }

        Token peek() { return toks.get(p); }
        Token next() { return toks.get(p++); }
        boolean isOp(String... ops) {
            Token t = peek();
            if (t.type() != TokType.OP) return false;
            for (String o : ops) if (o.equals(t.text())) return true;
            return false;
        }
        Token expect(TokType type, String what) {
            Token t = next();
            if (t.type() != type) throw new CalcException("expected " + what + " but found " + describe(t), t.pos());
            return t;
        }
        static String describe(Token t) {
            return t.type() == TokType.EOF ? "end of input" : "'" + t.text() + "'";
        }

        Node parseExpr() { return comparison(); }

        Node comparison() {
            Node l = additive();
            while (isOp("<", ">", "<=", ">=", "==", "!=")) {
                Token op = next();
                l = new Binary(op.text(), l, additive(), op.pos());
            }
            return l;
        }
        Node additive() {
            Node l = term();
            while (isOp("+", "-")) {
                Token op = next();
                l = new Binary(op.text(), l, term(), op.pos());
            }
            return l;
        }
        Node term() {
            Node l = unary();
            while (isOp("*", "/", "%")) {
                Token op = next();
                l = new Binary(op.text(), l, unary(), op.pos());
            }
            return l;
        }
        Node unary() {
            if (isOp("-", "+")) {
                Token op = next();
                return new Unary(op.text().charAt(0), unary());
            }
            return power();
        }
        Node power() {
            Node base = primary();
            if (isOp("^")) {
                Token op = next();
                return new Binary("^", base, unary(), op.pos());
            }
            return base;
        }
        Node primary() {
            Token t = next();
            switch (t.type()) {
                case NUM:
                    try {
                        return new Num(Double.parseDouble(t.text()));
                    } catch (NumberFormatException ex) {
                        throw new CalcException("bad number '" + t.text() + "'", t.pos(), ex);
                    }
                case IDENT:
                    if (peek().type() == TokType.LPAREN) {
                        next();
                        List<Node> args = new ArrayList<>();
                        if (peek().type() != TokType.RPAREN) {
                            do { args.add(parseExpr()); } while (peek().type() == TokType.COMMA && next() != null);
                        }
                        expect(TokType.RPAREN, "')'");
                        return new Call(t.text(), args, t.pos());
                    }
                    return new Var(t.text(), t.pos());
                case LPAREN:
                    Node e = parseExpr();
                    expect(TokType.RPAREN, "')'");
                    return e;
                default:
                    throw new CalcException("unexpected " + describe(t), t.pos());
            }
        }
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format("%.10g", v);
        int ePos = s.indexOf('e');
        String mant = ePos >= 0 ? s.substring(0, ePos) : s;
        String exp = ePos >= 0 ? s.substring(ePos) : "";
        if (mant.indexOf('.') >= 0) {
            StringBuilder sb = new StringBuilder(mant);
            while (sb.charAt(sb.length() - 1) == '0') sb.setLength(sb.length() - 1);
            if (sb.charAt(sb.length() - 1) == '.') sb.setLength(sb.length() - 1);
            mant = sb.toString();
        }
        return mant + exp;
    }

    static void run(Env env, String line, int lineNo) {
        System.out.println("> " + line);
        try {
            List<Token> toks = new Lexer(line).tokenize();
            if (lineNo % 7 == 0) System.out.println("  tokens: " + toks);
            // definitions: def name(a, b) = expr
            if (toks.get(0).type() == TokType.IDENT && toks.get(0).text().equals("def")) {
                Parser ps = new Parser(toks.subList(1, toks.size()));
                Token name = ps.expect(TokType.IDENT, "function name");
                ps.expect(TokType.LPAREN, "'('");
                List<String> params = new ArrayList<>();
                if (ps.peek().type() != TokType.RPAREN) {
                    params.add(ps.expect(TokType.IDENT, "parameter").text());
                    while (ps.peek().type() == TokType.COMMA) {
                        ps.next();
                        params.add(ps.expect(TokType.IDENT, "parameter").text());
                    }
                }
                ps.expect(TokType.RPAREN, "')'");
                ps.expect(TokType.ASSIGN, "'='");
                Node body = ps.parseExpr();
                ps.expect(TokType.EOF, "end of input");
                env.fns.put(name.text(), new UserFn(List.copyOf(params), body));
                System.out.println("  defined " + name.text() + params + " = " + body.show());
                return;
            }
            if (toks.size() > 2 && toks.get(0).type() == TokType.IDENT && toks.get(1).type() == TokType.ASSIGN) {
                Parser ps = new Parser(toks.subList(2, toks.size()));
                Node e = ps.parseExpr();
                ps.expect(TokType.EOF, "end of input");
                double v = e.eval(env);
                env.vars.put(toks.get(0).text(), v);
                System.out.println("  " + toks.get(0).text() + " := " + fmt(v));
                return;
            }
            Parser ps = new Parser(toks);
            Node e = ps.parseExpr();
            ps.expect(TokType.EOF, "end of input");
            System.out.println("  ast: " + e.show());
            System.out.println("  = " + fmt(e.eval(env)));
        } catch (CalcException ex) {
            int col = Math.min(ex.position, line.length());
            System.out.println("  " + " ".repeat(col) + "^");
            System.out.println("  error at " + ex.position + ": " + ex.getMessage()
                    + (ex.getCause() != null ? " [cause: " + ex.getCause().getClass().getSimpleName() + "]" : ""));
        }
    }

    public static void main(String[] args) {
        String script = """
                1 + 2 * 3
                (1 + 2) * 3
                2 ^ 3 ^ 2
                -2 ^ 2
                10 / 4
                10 % 4 + 0.5
                x = 42
                y = x / 8
                x * y - 1
                sqrt(2)
                max(3, 9, -1, 4.5)
                min()
                avg()
                sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
                hypot(3, 4)
                def sq(a) = a * a
                def fact(n) = if(n <= 1, 1, n * fact(n - 1))
                fact(10)
                fact(20)
                def fib(n) = if(n < 2, n, fib(n - 1) + fib(n - 2))
                fib(15)
                def loop(n) = loop(n + 1)
                loop(0)
                sq(3) + sq(4) == sq(5)
                sq(1, 2)
                hypot(1)
                foo(1)
                z + 1
                1 / 0
                1 / (x - 42)
                3 $ 4
                (1 + 2
                1 + * 2
                1.5e3 + 2.5E-1
                1e400
                -1e400 * 0
                ln(0)
                sqrt(-1)
                floor(-2.5) + ceil(-2.5)
                cos(pi) + sin(0)
                exp(1) == e
                def area(w, h) = w * h
                area(2.5, 4)
                area(x, y) / 3
                def clamp(v, lo, hi) = max(lo, min(v, hi))
                clamp(15, 0, 10)
                clamp(-5, 0, 10)
                clamp(7.25, 0, 10)
                1 < 2
                3 >= 4
                5 != 5
                def (x) = 1
                def g(x = 1
                1 ! 2
                0.1 + 0.2
                1/3
                2^0.5 * 2^0.5
                100000 * 100000 * 100000 * 100000
                """;
        Env env = new Env();
        int n = 0;
        for (String line : script.split("\n")) {
            if (line.isBlank()) continue;
            run(env, line.strip(), ++n);
        }
        System.out.println("variables:");
        env.vars.forEach((k, v) -> System.out.println("  " + k + " = " + fmt(v)));
        System.out.println("functions:");
        for (Map.Entry<String, UserFn> en : env.fns.entrySet()) {
            System.out.println("  " + en.getKey() + "(" + String.join(",", en.getValue().params()) + ") -> " + en.getValue().body().show());
        }
        List<String> names = new ArrayList<>(env.builtins.keySet());
        Collections.sort(names);
        System.out.println("builtins: " + names);
        System.out.println("evaluated " + n + " lines");
    }
}

package realworld;

import java.util.*;
import java.util.function.*;

public class MiniLang {
    // ---- lexer ----
    enum Kind { NUM, STR, IDENT, OP, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, SEMI, EOF }

    record Token(Kind kind, String text, int line, int col) {
        @Override public String toString() { return kind + (text.isEmpty() ? "" : "'" + text + "'") + "@" + line + ":" + col; }
    }

    static class SyntaxError extends RuntimeException {
        SyntaxError(String msg, Token at) { super(msg + " at line " + at.line() + ", column " + at.col() + " (" + at + ")"); }
    }

    static List<Token> lex(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0, line = 1, col = 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            int startCol = col;
            if (c == '\n') { line++; col = 1; i++; continue; }
            if (Character.isWhitespace(c)) { i++; col++; continue; }
            if (c == '#') { while (i < src.length() && src.charAt(i) != '\n') i++; continue; }
            if (Character.isDigit(c)) {
                int j = i;
                while (j < src.length() && (Character.isDigit(src.charAt(j)) || src.charAt(j) == '.')) j++;
                out.add(new Token(Kind.NUM, src.substring(i, j), line, startCol));
                col += j - i; i = j; continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < src.length() && Character.isJavaIdentifierPart(src.charAt(j))) j++;
                out.add(new Token(Kind.IDENT, src.substring(i, j), line, startCol));
                col += j - i; i = j; continue;
            }
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != '"') {
                    char d = src.charAt(j);
                    if (d == '\\' && j + 1 < src.length()) {
                        char e = src.charAt(++j);
                        sb.append(switch (e) { case 'n' -> '\n'; case 't' -> '\t'; default -> e; });
                    } else sb.append(d);
                    j++;
                }
                out.add(new Token(Kind.STR, sb.toString(), line, startCol));
                col += j + 1 - i; i = j + 1; continue;
            }
            Kind k = switch (c) {
                case '(' -> Kind.LPAREN; case ')' -> Kind.RPAREN; case '{' -> Kind.LBRACE; case '}' -> Kind.RBRACE;
                case ',' -> Kind.COMMA; case ';' -> Kind.SEMI; default -> Kind.OP;
            };
            String text = String.valueOf(c);
            if (k == Kind.OP && i + 1 < src.length() && "=!<>&|".indexOf(c) >= 0 && "=&|".indexOf(src.charAt(i + 1)) >= 0) text = src.substring(i, i + 2);
            out.add(new Token(k, k == Kind.OP ? text : "", line, startCol));
            i += text.length(); col += text.length();
        }
        out.add(new Token(Kind.EOF, "", line, col));
        return out;
    }

    // ---- AST ----
    sealed interface Node permits Num, Str, Var, Bin, Unary, Call, Assign, If, While, Block, Fn, Ret {}
    record Num(double v) implements Node {}
    record Str(String s) implements Node {}
    record Var(String name) implements Node {}
    record Bin(String op, Node l, Node r) implements Node {}
    record Unary(String op, Node e) implements Node {}
    record Call(Node fn, List<Node> args) implements Node {}
    record Assign(String name, Node value) implements Node {}
    record If(Node cond, Node then, Node otherwise) implements Node {}
    record While(Node cond, Node body) implements Node {}
    record Block(List<Node> body) implements Node {}
    record Fn(List<String> params, Node body) implements Node {}
    record Ret(Node value) implements Node {}

    static final class Parser {
        final List<Token> toks;
        int pos;
        Parser(List<Token> toks) { this.toks = toks; }
        Token peek() { return toks.get(pos); }
        Token next() { return toks.get(pos++); }
        boolean at(Kind k, String text) { return peek().kind() == k && (text == null || peek().text().equals(text)); }
        Token expect(Kind k, String text) {
            if (!at(k, text)) throw new SyntaxError("expected " + k + (text != null ? " '" + text + "'" : ""), peek());
            return next();
        }
        Block program() {
            List<Node> body = new ArrayList<>();
            while (!at(Kind.EOF, null)) body.add(statement());
            return new Block(body);
        }
        Node statement() {
            if (at(Kind.IDENT, "if")) {
                next(); expect(Kind.LPAREN, null); Node c = expr(); expect(Kind.RPAREN, null);
                Node t = statement(); Node e = null;
                if (at(Kind.IDENT, "else")) { next(); e = statement(); }
                return new If(c, t, e);
            }
            if (at(Kind.IDENT, "while")) {
                next(); expect(Kind.LPAREN, null); Node c = expr(); expect(Kind.RPAREN, null);
                return new While(c, statement());
            }
            if (at(Kind.IDENT, "return")) { next(); Node v = expr(); expect(Kind.SEMI, null); return new Ret(v); }
            if (at(Kind.LBRACE, null)) {
                next(); List<Node> body = new ArrayList<>();
                while (!at(Kind.RBRACE, null)) body.add(statement());
                next(); return new Block(body);
            }
            Node e = expr(); expect(Kind.SEMI, null); return e;
        }
        static final List<List<String>> LEVELS = List.of(List.of("||"), List.of("&&"), List.of("==", "!="), List.of("<", ">", "<=", ">="), List.of("+", "-"), List.of("*", "/", "%"));
        Node expr() {
            if (peek().kind() == Kind.IDENT && toks.get(pos + 1).kind() == Kind.OP && toks.get(pos + 1).text().equals("=")) {
                String name = next().text(); next();
                return new Assign(name, expr());
            }
            return binary(0);
        }
        Node binary(int level) {
            if (level == LEVELS.size()) return unary();
            Node l = binary(level + 1);
            while (peek().kind() == Kind.OP && LEVELS.get(level).contains(peek().text())) {
                String op = next().text();
                l = new Bin(op, l, binary(level + 1));
            }
            return l;
        }
        Node unary() {
            if (at(Kind.OP, "-") || at(Kind.OP, "!")) { String op = next().text(); return new Unary(op, unary()); }
            Node e = primary();
            while (at(Kind.LPAREN, null)) {
                next(); List<Node> args = new ArrayList<>();
                if (!at(Kind.RPAREN, null)) {
                    do { args.add(expr()); } while (at(Kind.COMMA, null) && next() != null);
                }
                expect(Kind.RPAREN, null);
                e = new Call(e, args);
            }
            return e;
        }
        Node primary() {
            Token t = next();
            switch (t.kind()) {
                case NUM: return new Num(Double.parseDouble(t.text()));
                case STR: return new Str(t.text());
                case LPAREN: { Node e = expr(); expect(Kind.RPAREN, null); return e; }
                case IDENT:
                    if (t.text().equals("fn")) {
                        expect(Kind.LPAREN, null); List<String> ps = new ArrayList<>();
                        if (!at(Kind.RPAREN, null)) {
                            do { ps.add(expect(Kind.IDENT, null).text()); } while (at(Kind.COMMA, null) && next() != null);
                        }
                        expect(Kind.RPAREN, null);
                        return new Fn(ps, statement());
                    }
                    return new Var(t.text());
                default: throw new SyntaxError("unexpected token", t);
            }
        }
    }

    // ---- interpreter ----
    static final class ReturnSignal extends RuntimeException {
        final Object value;
        ReturnSignal(Object value) { super(null, null, false, false); this.value = value; }
    }

    interface Callable { Object call(List<Object> args); }

    record Closure(Fn fn, Env env) implements Callable {
        public Object call(List<Object> args) {
            Env local = new Env(env);
            for (int i = 0; i < fn.params().size(); i++) local.define(fn.params().get(i), i < args.size() ? args.get(i) : null);
            try {
                return eval(fn.body(), local);
            } catch (ReturnSignal r) {
                return r.value;
            }
        }
        @Override public String toString() { return "<fn/" + fn.params().size() + ">"; }
    }

    static final class Env {
        final Map<String, Object> vars = new HashMap<>();
        final Env parent;
        Env(Env parent) { this.parent = parent; }
        void define(String n, Object v) { vars.put(n, v); }
        Object get(String n) {
            for (Env e = this; e != null; e = e.parent) if (e.vars.containsKey(n)) return e.vars.get(n);
            throw new NoSuchElementException("undefined variable " + n);
        }
        void set(String n, Object v) {
            for (Env e = this; e != null; e = e.parent) if (e.vars.containsKey(n)) { e.vars.put(n, v); return; }
            vars.put(n, v);
        }
    }

    static int steps = 0;

    static boolean truthy(Object o) {
        return o != null && !(o instanceof Boolean b && !b) && !(o instanceof Double d && d == 0);
    }

    static String show(Object o) {
        if (o instanceof Double d) return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString();
        return String.valueOf(o);
    }

    static Object eval(Node n, Env env) {
        steps++;
        if (n instanceof Num num) return num.v();
        if (n instanceof Str s) return s.s();
        if (n instanceof Var v) return env.get(v.name());
        if (n instanceof Assign a) {
            Object val = eval(a.value(), env);
            env.set(a.name(), val);
            return val;
        }
        if (n instanceof Unary u) {
            Object v = eval(u.e(), env);
            return u.op().equals("-") ? (Object) (-(Double) v) : (Object) !truthy(v);
        }
        if (n instanceof Bin b) return binop(b, env);
        if (n instanceof Call c) {
            Object f = eval(c.fn(), env);
            List<Object> args = new ArrayList<>();
            for (Node a : c.args()) args.add(eval(a, env));
            if (!(f instanceof Callable fn)) throw new ClassCastException("not callable: " + show(f));
            return fn.call(args);
        }
        if (n instanceof If i) return truthy(eval(i.cond(), env)) ? eval(i.then(), env) : i.otherwise() != null ? eval(i.otherwise(), env) : null;
        if (n instanceof While w) {
            Object last = null;
            while (truthy(eval(w.cond(), env))) last = eval(w.body(), env);
            return last;
        }
        if (n instanceof Block bl) {
            Object last = null;
            for (Node st : bl.body()) last = eval(st, env);
            return last;
        }
        if (n instanceof Fn f) return new Closure(f, env);
        if (n instanceof Ret r) throw new ReturnSignal(eval(r.value(), env));
        throw new IllegalStateException("unknown node " + n);
    }

    static Object binop(Bin b, Env env) {
        if (b.op().equals("&&")) return truthy(eval(b.l(), env)) && truthy(eval(b.r(), env));
        if (b.op().equals("||")) return truthy(eval(b.l(), env)) || truthy(eval(b.r(), env));
        Object l = eval(b.l(), env), r = eval(b.r(), env);
        if (b.op().equals("+") && (l instanceof String || r instanceof String)) return show(l) + show(r);
        if (b.op().equals("==")) return Objects.equals(l, r);
        if (b.op().equals("!=")) return !Objects.equals(l, r);
        double x = (Double) l, y = (Double) r;
        return switch (b.op()) {
            case "+" -> x + y; case "-" -> x - y; case "*" -> x * y; case "/" -> x / y; case "%" -> x % y;
            case "<" -> x < y; case ">" -> x > y; case "<=" -> x <= y; case ">=" -> x >= y;
            default -> throw new IllegalStateException("bad op " + b.op());
        };
    }

    static Env globals(StringBuilder out) {
        Env g = new Env(null);
        g.define("print", (Callable) args -> {
            StringJoiner sj = new StringJoiner(" ");
            for (Object a : args) sj.add(show(a));
            out.append(sj).append('\n');
            return null;
        });
        g.define("sqrt", (Callable) args -> Math.sqrt((Double) args.get(0)));
        g.define("len", (Callable) args -> (double) show(args.get(0)).length());
        g.define("str", (Callable) args -> show(args.get(0)));
        return g;
    }

    static void run(String name, String src) {
        StringBuilder out = new StringBuilder();
        steps = 0;
        try {
            Block prog = new Parser(lex(src)).program();
            Object result = eval(prog, globals(out));
            System.out.print(out);
            System.out.println("[" + name + "] => " + show(result) + " (" + prog.body().size() + " statements, " + steps + " steps)");
        } catch (SyntaxError | NoSuchElementException | ClassCastException e) {
            System.out.print(out);
            System.out.println("[" + name + "] " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println(lex("x = 3.5 * (y + 2); # comment\nprint(\"hi\\n\", x >= 2 && !done);"));
        run("arith", "1 + 2 * 3 - 4 / 8 % 3;");
        run("fib", "fib = fn(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }; print(\"fib(15) =\", fib(15)); fib(20);");
        run("loop", "i = 0; s = 0; while (i < 100) { i = i + 1; if (i % 3 == 0 || i % 5 == 0) s = s + i; } print(\"sum\", s); s;");
        run("closure", "mk = fn(start) { c = start; return fn() { c = c + 1; return c; }; }; a = mk(10); b = mk(100); a(); a(); b(); print(a(), b()); str(a) + \"!\";");
        run("strings", "greet = fn(n) { return \"Hello, \" + n + \"!\"; }; print(greet(\"world\"), len(greet(\"x\"))); \"n=\" + 1.5 + \",\" + 2;");
        run("higher", "twice = fn(f, x) { return f(f(x)); }; sq = fn(x) { return x * x; }; twice(sq, 3) + sqrt(16);");
        run("div", "print(1 / 0, -1 / 0, 0 / 0 == 0 / 0, 7 % -3, -7 % 3); 2 / 3;");
        run("undefined", "x = 1; print(x); y + 1;");
        run("syntax", "x = (1 + 2;");
        run("notfn", "f = 3; f(1);");
        run("badtok", "x = 1; } ");
    }
}

package apps;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/** Interpreter for a small language: lexer, parser, AST (sealed records), visitors, closures. */
public class ToyInterp {

    // ---------------------------------------------------------------- lexer
    enum Kind { NUM, STR, ID, KW, SYM, EOF }

    record Tok(Kind kind, String text, int line) {}

    static final Set<String> KEYWORDS = new TreeSet<>(List.of("let", "fn", "if", "else", "while", "return", "print", "true", "false", "nil", "and", "or", "not"));

    static List<Tok> lex(String src) {
        List<Tok> out = new ArrayList<>();
        int i = 0, line = 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') { line++; i++; continue; }
            if (Character.isWhitespace(c)) { i++; continue; }
            if (c == '#') { while (i < src.length() && src.charAt(i) != '\n') i++; continue; }
            int s = i;
            if (Character.isDigit(c)) {
                while (i < src.length() && Character.isDigit(src.charAt(i))) i++;
                out.add(new Tok(Kind.NUM, src.substring(s, i), line));
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < src.length() && Character.isJavaIdentifierPart(src.charAt(i))) i++;
                String w = src.substring(s, i);
                out.add(new Tok(KEYWORDS.contains(w) ? Kind.KW : Kind.ID, w, line));
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < src.length() && src.charAt(i) != '"') {
                    char d = src.charAt(i++);
                    if (d == '\\' && i < src.length()) {
                        char e = src.charAt(i++);
                        sb.append(e == 'n' ? '\n' : e);
                    } else sb.append(d);
                }
                if (i >= src.length()) throw new SyntaxError("unterminated string", line);
                i++;
                out.add(new Tok(Kind.STR, sb.toString(), line));
            } else {
                String two = i + 1 < src.length() ? src.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "->").contains(two)) {
                    out.add(new Tok(Kind.SYM, two, line));
                    i += 2;
                } else if ("+-*/%<>=(){},;[]".indexOf(c) >= 0) {
                    out.add(new Tok(Kind.SYM, String.valueOf(c), line));
                    i++;
                } else throw new SyntaxError("unexpected character '" + c + "'", line);
            }
        }
        out.add(new Tok(Kind.EOF, "<eof>", line));
        return out;
    }

    static class SyntaxError extends RuntimeException {
        SyntaxError(String msg, int line) { super("line " + line + ": " + msg); }
    }

    static class RuntimeFault extends RuntimeException {
        RuntimeFault(String msg) { super(msg); }
    }

    // ---------------------------------------------------------------- AST
    sealed interface Expr permits Lit, Name, Bin, Un, CallE, FnE, ListE, Index {}
    record Lit(Object value) implements Expr {}
    record Name(String id, int line) implements Expr {}
    record Bin(String op, Expr l, Expr r, int line) implements Expr {}
    record Un(String op, Expr e) implements Expr {}
    record CallE(Expr fn, List<Expr> args, int line) implements Expr {}
    record FnE(List<String> params, List<Stmt> body) implements Expr {}
    record ListE(List<Expr> items) implements Expr {}
    record Index(Expr target, Expr idx, int line) implements Expr {}

    sealed interface Stmt permits Let, Assign, ExprS, If, While, Return, Print, Block {}
    record Let(String name, Expr init) implements Stmt {}
    record Assign(String name, Expr value, int line) implements Stmt {}
    record ExprS(Expr e) implements Stmt {}
    record If(Expr cond, Stmt then, Stmt otherwise) implements Stmt {}
    record While(Expr cond, Stmt body) implements Stmt {}
    record Return(Expr value) implements Stmt {}
    record Print(List<Expr> args) implements Stmt {}
    record Block(List<Stmt> stmts) implements Stmt {}

    // ---------------------------------------------------------------- parser
    static final class Parser {
        final List<Tok> t;
        int p;
        Parser(List<Tok> t) { this.t = t; }

        Tok peek() { return t.get(p); }
        boolean at(String s) { return (peek().kind() == Kind.SYM || peek().kind() == Kind.KW) && peek().text().equals(s); }
        boolean match(String s) { if (at(s)) { p++; return true; } return false; }
        Tok expect(String s) {
            if (!at(s)) throw new SyntaxError("expected '" + s + "' but found '" + peek().text() + "'", peek().line());
            return t.get(p++);
        }

        List<Stmt> program() {
            List<Stmt> out = new ArrayList<>();
            while (peek().kind() != Kind.EOF) out.add(statement());
            return out;
        }

        Stmt statement() {
            if (match("let")) {
                Tok name = t.get(p++);
                if (name.kind() != Kind.ID) throw new SyntaxError("expected name after let", name.line());
                expect("=");
                Expr e = expr();
                expect(";");
                return new Let(name.text(), e);
            }
            if (match("if")) {
                Expr c = expr();
                Stmt th = block();
                Stmt el = null;
                if (match("else")) el = at("if") ? statement() : block();
                return new If(c, th, el);
            }
            if (match("while")) return new While(expr(), block());
            if (match("return")) {
                Expr e = at(";") ? new Lit(null) : expr();
                expect(";");
                return new Return(e);
            }
            if (match("print")) {
                List<Expr> args = new ArrayList<>();
                args.add(expr());
                while (match(",")) args.add(expr());
                expect(";");
                return new Print(args);
            }
            if (at("{")) return block();
            if (peek().kind() == Kind.ID && t.get(p + 1).text().equals("=") && t.get(p + 1).kind() == Kind.SYM) {
                Tok name = t.get(p);
                p += 2;
                Expr v = expr();
                expect(";");
                return new Assign(name.text(), v, name.line());
            }
            Expr e = expr();
            expect(";");
            return new ExprS(e);
        }

        Block block() {
            expect("{");
            List<Stmt> body = new ArrayList<>();
            while (!at("}")) {
                if (peek().kind() == Kind.EOF) throw new SyntaxError("unclosed block", peek().line());
                body.add(statement());
            }
            expect("}");
            return new Block(body);
        }

        static final List<List<String>> LEVELS = List.of(List.of("or"), List.of("and"), List.of("==", "!="),
                List.of("<", ">", "<=", ">="), List.of("+", "-"), List.of("*", "/", "%"));

        Expr expr() { return binary(0); }

        Expr binary(int level) {
            if (level == LEVELS.size()) return unary();
            Expr l = binary(level + 1);
            while (true) {
                Tok op = peek();
                if ((op.kind() == Kind.SYM || op.kind() == Kind.KW) && LEVELS.get(level).contains(op.text())) {
                    p++;
                    l = new Bin(op.text(), l, binary(level + 1), op.line());
                } else return l;
            }
        }

        Expr unary() {
            if (match("-")) return new Un("-", unary());
            if (match("not")) return new Un("not", unary());
            return postfix(primary());
        }

        Expr postfix(Expr e) {
            while (true) {
                if (at("(")) {
                    int line = peek().line();
                    p++;
                    List<Expr> args = new ArrayList<>();
                    if (!at(")")) { args.add(expr()); while (match(",")) args.add(expr()); }
                    expect(")");
                    e = new CallE(e, args, line);
                } else if (at("[")) {
                    int line = peek().line();
                    p++;
                    Expr idx = expr();
                    expect("]");
                    e = new Index(e, idx, line);
                } else return e;
            }
        }

        Expr primary() {
            Tok k = t.get(p++);
            switch (k.kind()) {
                case NUM: return new Lit(Long.parseLong(k.text()));
                case STR: return new Lit(k.text());
                case ID: return new Name(k.text(), k.line());
                default: break;
            }
            switch (k.text()) {
                case "true": return new Lit(Boolean.TRUE);
                case "false": return new Lit(Boolean.FALSE);
                case "nil": return new Lit(null);
                case "(": { Expr e = expr(); expect(")"); return e; }
                case "[": {
                    List<Expr> items = new ArrayList<>();
                    if (!at("]")) { items.add(expr()); while (match(",")) items.add(expr()); }
                    expect("]");
                    return new ListE(items);
                }
                case "fn": {
                    expect("(");
                    List<String> ps = new ArrayList<>();
                    if (!at(")")) {
                        ps.add(t.get(p++).text());
                        while (match(",")) ps.add(t.get(p++).text());
                    }
                    expect(")");
                    if (match("->")) {
                        Expr body = expr();
                        return new FnE(ps, List.of(new Return(body)));
                    }
                    return new FnE(ps, block().stmts());
                }
                default: throw new SyntaxError("unexpected '" + k.text() + "'", k.line());
            }
        }
    }

    // ---------------------------------------------------------------- pretty printer (a "visitor" via switch)
    static String show(Expr e) {
        if (e instanceof Lit l) return l.value() instanceof String s ? '"' + s.replace("\n", "\\n") + '"' : String.valueOf(l.value());
        if (e instanceof Name n) return n.id();
        if (e instanceof Bin b) return "(" + show(b.l()) + " " + b.op() + " " + show(b.r()) + ")";
        if (e instanceof Un u) return u.op().equals("not") ? "(not " + show(u.e()) + ")" : "(-" + show(u.e()) + ")";
        if (e instanceof CallE c) return show(c.fn()) + c.args().stream().map(ToyInterp::show).collect(Collectors.joining(", ", "(", ")"));
        if (e instanceof FnE f) return "fn(" + String.join(", ", f.params()) + ") {" + f.body().size() + " stmts}";
        if (e instanceof ListE l) return l.items().stream().map(ToyInterp::show).collect(Collectors.joining(", ", "[", "]"));
        if (e instanceof Index i) return show(i.target()) + "[" + show(i.idx()) + "]";
        throw new AssertionError();
    }

    /** Generic fold over statements: counts node kinds. */
    interface StmtVisitor<R> {
        R visitLeaf(Stmt s);
        R combine(Stmt parent, List<R> children);
        default R walk(Stmt s) {
            List<Stmt> kids;
            if (s instanceof Block b) kids = b.stmts();
            else if (s instanceof If i) kids = i.otherwise() == null ? List.of(i.then()) : List.of(i.then(), i.otherwise());
            else if (s instanceof While w) kids = List.of(w.body());
            else kids = List.of();
            if (kids.isEmpty()) return visitLeaf(s);
            List<R> rs = new ArrayList<>();
            for (Stmt k : kids) rs.add(walk(k));
            return combine(s, rs);
        }
    }

    // ---------------------------------------------------------------- interpreter
    static final class Env {
        final Map<String, Object> vars = new HashMap<>();
        final Env parent;
        Env(Env parent) { this.parent = parent; }
        Object get(String n, int line) {
            for (Env e = this; e != null; e = e.parent) if (e.vars.containsKey(n)) return e.vars.get(n);
            throw new RuntimeFault("line " + line + ": undefined name '" + n + "'");
        }
        void assign(String n, Object v, int line) {
            for (Env e = this; e != null; e = e.parent) if (e.vars.containsKey(n)) { e.vars.put(n, v); return; }
            throw new RuntimeFault("line " + line + ": assignment to undeclared '" + n + "'");
        }
    }

    interface Callable { Object call(Interp in, List<Object> args); int arity(); }

    record Closure(FnE fn, Env env, String name) implements Callable {
        public int arity() { return fn.params().size(); }
        public Object call(Interp in, List<Object> args) {
            Env local = new Env(env);
            for (int i = 0; i < args.size(); i++) local.vars.put(fn.params().get(i), args.get(i));
            try {
                in.execAll(fn.body(), local);
            } catch (ReturnSignal r) {
                return r.value;
            }
            return null;
        }
        @Override public String toString() { return "<fn " + name + "/" + arity() + ">"; }
    }

    record Native(String name, int arity, Function<List<Object>, Object> f) implements Callable {
        public Object call(Interp in, List<Object> args) { return f.apply(args); }
        @Override public String toString() { return "<native " + name + ">"; }
    }

    static final class ReturnSignal extends RuntimeException {
        final transient Object value;
        ReturnSignal(Object value) { super(null, null, false, false); this.value = value; }
    }

    static final class Interp {
        final Env globals = new Env(null);
        final StringBuilder out = new StringBuilder();
        int steps, depth, maxDepth;

        Interp() {
            def("len", 1, a -> (long) (a.get(0) instanceof String s ? s.length() : asList(a.get(0)).size()));
            def("str", 1, a -> stringify(a.get(0)));
            def("push", 2, a -> { asList(a.get(0)).add(a.get(1)); return a.get(0); });
            def("range", 2, a -> LongStream.range((Long) a.get(0), (Long) a.get(1)).boxed().collect(Collectors.toCollection(ArrayList::new)));
            def("abs", 1, a -> Math.abs((Long) a.get(0)));
            def("upper", 1, a -> ((String) a.get(0)).toUpperCase());
        }

        void def(String n, int arity, Function<List<Object>, Object> f) { globals.vars.put(n, new Native(n, arity, f)); }

        @SuppressWarnings("unchecked")
        static List<Object> asList(Object o) {
            if (o instanceof List<?> l) return (List<Object>) l;
            throw new RuntimeFault("not a list: " + stringify(o));
        }

        static String stringify(Object o) {
            if (o == null) return "nil";
            if (o instanceof List<?> l) return l.stream().map(Interp::stringify).collect(Collectors.joining(", ", "[", "]"));
            return o.toString();
        }

        static boolean truthy(Object o) {
            return o != null && !Boolean.FALSE.equals(o) && !(o instanceof Long l && l == 0);
        }

        void execAll(List<Stmt> stmts, Env env) { for (Stmt s : stmts) exec(s, env); }

        void exec(Stmt s, Env env) {
            if (++steps > 200_000) throw new RuntimeFault("step limit exceeded");
            if (s instanceof Let l) {
                env.vars.put(l.name(), l.init() instanceof FnE f ? new Closure(f, env, l.name()) : eval(l.init(), env));
            } else if (s instanceof Assign a) {
                env.assign(a.name(), eval(a.value(), env), a.line());
            } else if (s instanceof ExprS e) {
                eval(e.e(), env);
            } else if (s instanceof If i) {
                if (truthy(eval(i.cond(), env))) exec(i.then(), env);
                else if (i.otherwise() != null) exec(i.otherwise(), env);
            } else if (s instanceof While w) {
                while (truthy(eval(w.cond(), env))) exec(w.body(), env);
            } else if (s instanceof Return r) {
                throw new ReturnSignal(eval(r.value(), env));
            } else if (s instanceof Print p) {
                StringJoiner sj = new StringJoiner(" ");
                for (Expr e : p.args()) sj.add(stringify(eval(e, env)));
                out.append(sj).append('\n');
            } else if (s instanceof Block b) {
                execAll(b.stmts(), new Env(env));
            }
        }

        Object eval(Expr e, Env env) {
            if (e instanceof Lit l) return l.value();
            if (e instanceof Name n) return env.get(n.id(), n.line());
            if (e instanceof Un u) {
                Object v = eval(u.e(), env);
                if (u.op().equals("not")) return !truthy(v);
                if (v instanceof Long x) return -x;
                throw new RuntimeFault("cannot negate " + stringify(v));
            }
            if (e instanceof Bin b) return binary(b, env);
            if (e instanceof ListE l) {
                List<Object> items = new ArrayList<>();
                for (Expr x : l.items()) items.add(eval(x, env));
                return items;
            }
            if (e instanceof Index ix) {
                Object target = eval(ix.target(), env);
                Object idx = eval(ix.idx(), env);
                if (!(idx instanceof Long k)) throw new RuntimeFault("line " + ix.line() + ": index must be a number");
                if (target instanceof String s) {
                    if (k < 0 || k >= s.length()) throw new RuntimeFault("line " + ix.line() + ": string index " + k + " out of range");
                    return String.valueOf(s.charAt(k.intValue()));
                }
                List<Object> list = asList(target);
                if (k < 0 || k >= list.size()) throw new RuntimeFault("line " + ix.line() + ": index " + k + " out of range for length " + list.size());
                return list.get(k.intValue());
            }
            if (e instanceof FnE f) return new Closure(f, env, "lambda");
            CallE c = (CallE) e;
            Object fn = eval(c.fn(), env);
            if (!(fn instanceof Callable callable)) throw new RuntimeFault("line " + c.line() + ": " + stringify(fn) + " is not callable");
            List<Object> args = new ArrayList<>();
            for (Expr a : c.args()) args.add(eval(a, env));
            if (args.size() != callable.arity())
                throw new RuntimeFault("line " + c.line() + ": " + callable + " expects " + callable.arity() + " args, got " + args.size());
            if (++depth > 400) { depth = 0; throw new RuntimeFault("line " + c.line() + ": stack overflow"); }
            maxDepth = Math.max(maxDepth, depth);
            try {
                return callable.call(this, args);
            } finally {
                if (depth > 0) depth--;
            }
        }

        Object binary(Bin b, Env env) {
            if (b.op().equals("and")) { Object l = eval(b.l(), env); return truthy(l) ? eval(b.r(), env) : l; }
            if (b.op().equals("or")) { Object l = eval(b.l(), env); return truthy(l) ? l : eval(b.r(), env); }
            Object l = eval(b.l(), env), r = eval(b.r(), env);
            switch (b.op()) {
                case "==": return Objects.equals(l, r);
                case "!=": return !Objects.equals(l, r);
                case "+":
                    if (l instanceof String || r instanceof String) return stringify(l) + stringify(r);
                    if (l instanceof List<?> && r instanceof List<?>) {
                        List<Object> joined = new ArrayList<>(asList(l));
                        joined.addAll(asList(r));
                        return joined;
                    }
                    break;
                default:
                    break;
            }
            if (!(l instanceof Long x) || !(r instanceof Long y))
                throw new RuntimeFault("line " + b.line() + ": bad operands for " + b.op() + ": " + stringify(l) + ", " + stringify(r));
            return switch (b.op()) {
                case "+" -> Math.addExact(x, y);
                case "-" -> x - y;
                case "*" -> Math.multiplyExact(x, y);
                case "/" -> {
                    if (y == 0) throw new RuntimeFault("line " + b.line() + ": division by zero");
                    yield x / y;
                }
                case "%" -> x % y;
                case "<" -> x < y;
                case ">" -> x > y;
                case "<=" -> x <= y;
                case ">=" -> x >= y;
                default -> throw new IllegalStateException(b.op());
            };
        }
    }

    static void runProgram(String title, String src) {
        System.out.println("==== " + title + " ====");
        Interp in = new Interp();
        try {
            List<Stmt> prog = new Parser(lex(src)).program();
            int[] counts = new StmtVisitor<int[]>() {
                public int[] visitLeaf(Stmt s) { return new int[]{1, 1}; }
                public int[] combine(Stmt parent, List<int[]> ch) {
                    int n = 1, d = 0;
                    for (int[] c : ch) { n += c[0]; d = Math.max(d, c[1]); }
                    return new int[]{n, d + 1};
                }
            }.walk(new Block(prog));
            System.out.println("statements=" + counts[0] + " nesting=" + counts[1]);
            for (Stmt s : prog) if (s instanceof Let l) System.out.println("  let " + l.name() + " = " + show(l.init()));
            in.execAll(prog, in.globals);
        } catch (SyntaxError e) {
            in.out.append("syntax error: ").append(e.getMessage()).append('\n');
        } catch (RuntimeFault e) {
            in.out.append("runtime error: ").append(e.getMessage()).append('\n');
        } catch (ArithmeticException e) {
            in.out.append("arithmetic error: ").append(e.getMessage()).append('\n');
        } catch (ClassCastException e) {
            in.out.append("type error: ClassCastException\n");
        }
        System.out.print(in.out);
        System.out.println("-- steps=" + in.steps + " maxDepth=" + in.maxDepth);
    }

    public static void main(String[] args) {
        runProgram("basics", """
            let x = 10;
            let y = x * 3 + 2;   # comment
            print "x =", x, "y =", y, "y % 7 =", y % 7;
            print -x + 4 * (2 - 5), not true, not 0, 1 < 2 and 3 > 4, nil or "fallback";
            let s = "Hello" + ", " + "world" + "!";
            print s, len(s), upper(s), s[0] + s[7];
            let i = 0; let acc = "";
            while i < 5 { acc = acc + str(i * i) + " "; i = i + 1; }
            print acc;
            if x > 5 { print "big"; } else if x > 2 { print "medium"; } else { print "small"; }
            """);
        runProgram("functions and closures", """
            let fib = fn(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); };
            let i = 0;
            let out = [];
            while i <= 20 { push(out, fib(i)); i = i + 1; }
            print out;
            let makeCounter = fn() { let c = 0; return fn() { c = c + 1; return c; }; };
            let c1 = makeCounter(); let c2 = makeCounter();
            print c1(), c1(), c1(), c2(), c1();
            let compose = fn(f, g) -> fn(x) -> f(g(x));
            let inc = fn(x) -> x + 1;
            let dbl = fn(x) -> x * 2;
            print compose(inc, dbl)(5), compose(dbl, inc)(5);
            let map = fn(xs, f) { let r = []; let k = 0; while k < len(xs) { push(r, f(xs[k])); k = k + 1; } return r; };
            let filter = fn(xs, p) { let r = []; let k = 0; while k < len(xs) { if p(xs[k]) { push(r, xs[k]); } k = k + 1; } return r; };
            let reduce = fn(xs, f, init) { let a = init; let k = 0; while k < len(xs) { a = f(a, xs[k]); k = k + 1; } return a; };
            let nums = range(1, 16);
            print map(nums, fn(x) -> x * x);
            print filter(nums, fn(x) -> x % 3 == 0);
            print reduce(nums, fn(a, b) -> a + b, 0), reduce(nums, fn(a, b) -> a * b, 1);
            print fib, len, [1, [2, [3, nil]], "s"] + [true];
            """);
        runProgram("sorting and primes", """
            let sort = fn(xs) {
              let a = xs + [];
              let n = len(a); let i = 1;
              while i < n {
                let j = i;
                while j > 0 and a[j - 1] > a[j] {
                  let t = a[j]; a = swap(a, j, j - 1); j = j - 1;
                }
                i = i + 1;
              }
              return a;
            };
            let swap = fn(a, i, j) {
              let r = []; let k = 0;
              while k < len(a) { if k == i { push(r, a[j]); } else if k == j { push(r, a[i]); } else { push(r, a[k]); } k = k + 1; }
              return r;
            };
            print sort([5, 3, 9, 1, 7, 2, 8, 2, 0, -4]);
            let isPrime = fn(n) { if n < 2 { return false; } let d = 2; while d * d <= n { if n % d == 0 { return false; } d = d + 1; } return true; };
            let ps = []; let n = 0;
            while len(ps) < 25 { if isPrime(n) { push(ps, n); } n = n + 1; }
            print ps;
            let gcd = fn(a, b) { while b != 0 { let t = b; b = a % b; a = t; } return a; };
            print gcd(1071, 462), gcd(17, 5), gcd(0, 9);
            """);
        runProgram("undefined name", "let a = 1;\nprint a;\nprint b;\n");
        runProgram("bad call", "let f = fn(a, b) -> a + b;\nprint f(1);\n");
        runProgram("not callable", "let x = 3;\nx(1);\n");
        runProgram("index", "let xs = [1, 2, 3];\nprint xs[2];\nprint xs[3];\n");
        runProgram("division", "print 7 / 2, -7 / 2, 7 % -3;\nprint 1 / 0;\n");
        runProgram("overflow", "let big = 9223372036854775807;\nprint big;\nprint big + 1;\n");
        runProgram("deep recursion", "let down = fn(n) { return down(n + 1); };\ndown(0);\n");
        runProgram("infinite loop", "let i = 0;\nwhile true { i = i + 1; }\n");
        runProgram("syntax 1", "let = 5;");
        runProgram("syntax 2", "print (1 + 2;");
        runProgram("syntax 3", "if true { print 1;");
        runProgram("syntax 4", "let s = \"open;");
        runProgram("syntax 5", "let x = 1 $ 2;");
        runProgram("type mix", "print \"n=\" + 5, 5 + \"!\";\nprint -\"x\";\n");
        runProgram("assign undeclared", "z = 4;");
        runProgram("cast", "print abs(\"x\");");
    }
}

package programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ExprEvaluator {
    enum TokenType { NUMBER, IDENT, PLUS, MINUS, STAR, SLASH, PERCENT, CARET, LPAREN, RPAREN, COMMA, ASSIGN, EOF }

    static final class Token {
        final TokenType type;
        final String text;
        final int pos;
        Token(TokenType type, String text, int pos) { this.type = type; this.text = text; this.pos = pos; }
        @Override public String toString() { return type + (type == TokenType.NUMBER || type == TokenType.IDENT ? "(" + text + ")" : ""); }
    }

    static class ParseException extends Exception {
        ParseException(String msg, int pos) { super(msg + " at position " + pos); }
    }

    static class Lexer {
        private final String src;
        private int i;
        Lexer(String src) { this.src = src; }

        List<Token> tokenize() throws ParseException {
            List<Token> out = new ArrayList<>();
            while (i < src.length()) {
                char c = src.charAt(i);
                if (Character.isWhitespace(c)) { i++; continue; }
                int start = i;
                if (Character.isDigit(c) || c == '.') {
                    while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.')) i++;
                    out.add(new Token(TokenType.NUMBER, src.substring(start, i), start));
                } else if (Character.isLetter(c)) {
                    while (i < src.length() && Character.isLetterOrDigit(src.charAt(i))) i++;
                    out.add(new Token(TokenType.IDENT, src.substring(start, i), start));
                } else {
                    TokenType t;
                    switch (c) {
                        case '+': t = TokenType.PLUS; break;
                        case '-': t = TokenType.MINUS; break;
                        case '*': t = TokenType.STAR; break;
                        case '/': t = TokenType.SLASH; break;
                        case '%': t = TokenType.PERCENT; break;
                        case '^': t = TokenType.CARET; break;
                        case '(': t = TokenType.LPAREN; break;
                        case ')': t = TokenType.RPAREN; break;
                        case ',': t = TokenType.COMMA; break;
                        case '=': t = TokenType.ASSIGN; break;
                        default: throw new ParseException("unexpected character '" + c + "'", i);
                    }
                    i++;
                    out.add(new Token(t, String.valueOf(c), start));
                }
            }
            out.add(new Token(TokenType.EOF, "", i));
            return out;
        }
    }

    interface Node {
        double eval(Map<String, Double> env);
        String show();
    }

    static final class Num implements Node {
        final double v;
        Num(double v) { this.v = v; }
        public double eval(Map<String, Double> env) { return v; }
        public String show() { return v == Math.floor(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v); }
    }

    static final class Var implements Node {
        final String name;
        Var(String name) { this.name = name; }
        public double eval(Map<String, Double> env) {
            Double v = env.get(name);
            if (v == null) throw new IllegalStateException("undefined variable " + name);
            return v;
        }
        public String show() { return name; }
    }

    static final class Unary implements Node {
        final Node operand;
        Unary(Node operand) { this.operand = operand; }
        public double eval(Map<String, Double> env) { return -operand.eval(env); }
        public String show() { return "(-" + operand.show() + ")"; }
    }

    static final class Binary implements Node {
        final char op;
        final Node l, r;
        Binary(char op, Node l, Node r) { this.op = op; this.l = l; this.r = r; }
        public double eval(Map<String, Double> env) {
            double a = l.eval(env), b = r.eval(env);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                case '%': return a % b;
                case '^': return Math.pow(a, b);
                default: throw new IllegalStateException("bad op " + op);
            }
        }
        public String show() { return "(" + l.show() + " " + op + " " + r.show() + ")"; }
    }

    static final class Call implements Node {
        final String fn;
        final List<Node> args;
        Call(String fn, List<Node> args) { this.fn = fn; this.args = args; }
        public double eval(Map<String, Double> env) {
            double[] v = new double[args.size()];
            for (int i = 0; i < v.length; i++) v[i] = args.get(i).eval(env);
            switch (fn) {
                case "max": { double m = v[0]; for (double d : v) m = Math.max(m, d); return m; }
                case "min": { double m = v[0]; for (double d : v) m = Math.min(m, d); return m; }
                case "abs": return Math.abs(v[0]);
                case "sqrt": return Math.sqrt(v[0]);
                case "sum": { double s = 0; for (double d : v) s += d; return s; }
                default: throw new IllegalStateException("unknown function " + fn);
            }
        }
        public String show() {
            StringBuilder sb = new StringBuilder(fn).append('(');
            for (int i = 0; i < args.size(); i++) sb.append(i > 0 ? ", " : "").append(args.get(i).show());
            return sb.append(')').toString();
        }
    }

    static class Parser {
        private final List<Token> toks;
        private int p;
        Parser(List<Token> toks) { this.toks = toks; }

        private Token peek() { return toks.get(p); }
        private Token next() { return toks.get(p++); }
        private boolean accept(TokenType t) { if (peek().type == t) { p++; return true; } return false; }
        private Token expect(TokenType t) throws ParseException {
            if (peek().type != t) throw new ParseException("expected " + t + " but found " + peek(), peek().pos);
            return next();
        }

        // statement := IDENT '=' expr | expr
        String[] assignmentTarget() {
            if (peek().type == TokenType.IDENT && toks.get(p + 1).type == TokenType.ASSIGN) {
                String name = next().text;
                p++;
                return new String[]{name};
            }
            return null;
        }

        Node parseAll() throws ParseException {
            Node n = expr();
            expect(TokenType.EOF);
            return n;
        }

        Node expr() throws ParseException {
            Node n = term();
            while (peek().type == TokenType.PLUS || peek().type == TokenType.MINUS) {
                char op = next().text.charAt(0);
                n = new Binary(op, n, term());
            }
            return n;
        }

        Node term() throws ParseException {
            Node n = factor();
            while (peek().type == TokenType.STAR || peek().type == TokenType.SLASH || peek().type == TokenType.PERCENT) {
                char op = next().text.charAt(0);
                n = new Binary(op, n, factor());
            }
            return n;
        }

        Node factor() throws ParseException {
            Node base = unary();
            if (accept(TokenType.CARET)) return new Binary('^', base, factor()); // right associative
            return base;
        }

        Node unary() throws ParseException {
            if (accept(TokenType.MINUS)) return new Unary(unary());
            if (accept(TokenType.PLUS)) return unary();
            return primary();
        }

        Node primary() throws ParseException {
            Token t = next();
            switch (t.type) {
                case NUMBER:
                    try {
                        return new Num(Double.parseDouble(t.text));
                    } catch (NumberFormatException e) {
                        throw new ParseException("malformed number " + t.text, t.pos);
                    }
                case IDENT:
                    if (accept(TokenType.LPAREN)) {
                        List<Node> args = new ArrayList<>();
                        if (!accept(TokenType.RPAREN)) {
                            do { args.add(expr()); } while (accept(TokenType.COMMA));
                            expect(TokenType.RPAREN);
                        }
                        return new Call(t.text, args);
                    }
                    return new Var(t.text);
                case LPAREN: {
                    Node n = expr();
                    expect(TokenType.RPAREN);
                    return n;
                }
                default:
                    throw new ParseException("unexpected " + t, t.pos);
            }
        }
    }

    public static void main(String[] args) {
        String[] program = {
            "1 + 2 * 3",
            "(1 + 2) * 3",
            "2 ^ 3 ^ 2",
            "-2 ^ 2",
            "x = 10",
            "y = x * 2.5 - 3",
            "r = sqrt(x * x + y * y)",
            "max(1, x, y, 7) - min(3, -4)",
            "sum(1, 2, 3, 4) % 4",
            "abs(-x) / 4",
            "1 / 0",
            "z + 1",
            "3 + * 4",
            "(1 + 2",
            "4 $ 4",
            "1.2.3 + 1",
            "foo(1)",
            "x = x + 1",
            "x * -(-x)",
        };
        Map<String, Double> env = new HashMap<>();
        for (String line : program) {
            try {
                List<Token> tokens = new Lexer(line).tokenize();
                Parser parser = new Parser(tokens);
                String[] target = parser.assignmentTarget();
                Node ast = parser.parseAll();
                double v = ast.eval(env);
                if (target != null) {
                    env.put(target[0], v);
                    System.out.println(target[0] + " := " + ast.show() + " = " + v);
                } else {
                    System.out.println(ast.show() + " = " + v);
                }
            } catch (ParseException e) {
                System.out.println("parse error in '" + line + "': " + e.getMessage());
            } catch (IllegalStateException e) {
                System.out.println("runtime error in '" + line + "': " + e.getMessage());
            }
        }
        System.out.println("tokens: " + safeTokens("max(a1, 2.5) ^ -b"));
    }

    static List<Token> safeTokens(String s) {
        try {
            return new Lexer(s).tokenize();
        } catch (ParseException e) {
            return List.of();
        }
    }
}

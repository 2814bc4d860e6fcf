package sweep;
import java.util.*;
import java.util.function.*;

public class CourseworkMix {
    static class Matrix {
        final double[][] a; final int n, m;
        Matrix(int n, int m) { this.n = n; this.m = m; a = new double[n][m]; }
        Matrix mul(Matrix o) {
            if (m != o.n) throw new IllegalArgumentException("dimension mismatch: " + n + "x" + m + " * " + o.n + "x" + o.m);
            Matrix r = new Matrix(n, o.m);
            for (int i = 0; i < n; i++) for (int j = 0; j < o.m; j++) { double s = 0; for (int k = 0; k < m; k++) s += a[i][k] * o.a[k][j]; r.a[i][j] = s; }
            return r;
        }
        @Override public String toString() { StringBuilder sb = new StringBuilder(); for (double[] row : a) { for (double v : row) sb.append(String.format("%8.3f", v)); sb.append('\n'); } return sb.toString(); }
    }
    static class Parser {
        final String s; int pos;
        Parser(String s) { this.s = s.replace(" ", ""); }
        double parse() { double v = expr(); if (pos != s.length()) throw new IllegalStateException("Unexpected '" + s.charAt(pos) + "' at " + pos); return v; }
        double expr() { double v = term(); while (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) { char op = s.charAt(pos++); double t = term(); v = op == '+' ? v + t : v - t; } return v; }
        double term() { double v = factor(); while (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/' || s.charAt(pos) == '%')) { char op = s.charAt(pos++); double f = factor(); v = op == '*' ? v * f : op == '/' ? v / f : v % f; } return v; }
        double factor() {
            if (pos < s.length() && s.charAt(pos) == '-') { pos++; return -factor(); }
            if (pos < s.length() && s.charAt(pos) == '(') { pos++; double v = expr(); if (pos >= s.length() || s.charAt(pos) != ')') throw new IllegalStateException("missing )"); pos++; return v; }
            int st = pos; while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) pos++;
            if (st == pos) throw new IllegalStateException("number expected at " + pos);
            double base = Double.parseDouble(s.substring(st, pos));
            if (pos < s.length() && s.charAt(pos) == '^') { pos++; return Math.pow(base, factor()); }
            return base;
        }
    }
    static class GenericStack<T> implements Iterable<T> {
        private Object[] data = new Object[2]; private int size;
        void push(T t) { if (size == data.length) data = Arrays.copyOf(data, size * 2); data[size++] = t; }
        @SuppressWarnings("unchecked") T pop() { if (size == 0) throw new RuntimeException("stack underflow"); T t = (T) data[--size]; data[size] = null; return t; }
        public Iterator<T> iterator() { return new Iterator<T>() { int i = size; public boolean hasNext() { return i > 0; } @SuppressWarnings("unchecked") public T next() { if (i == 0) throw new NoSuchElementException(); return (T) data[--i]; } }; }
    }
    static abstract class Employee implements Comparable<Employee>, Cloneable {
        private static int nextId = 1000;
        final int id; String name; double baseSalary;
        Employee(String name, double s) { this.id = nextId++; this.name = name; this.baseSalary = s; }
        abstract double pay();
        public int compareTo(Employee o) { return Double.compare(o.pay(), pay()); }
        @Override public String toString() { return String.format("%-10s #%d %,12.2f (%s)", name, id, pay(), getClass().getSimpleName()); }
        @Override public Employee clone() { try { return (Employee) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
    }
    static class Manager extends Employee { final List<Employee> reports = new ArrayList<>(); Manager(String n, double s) { super(n, s); } double pay() { return baseSalary * 1.1 + reports.size() * 1000; } }
    static class Engineer extends Employee { int level; Engineer(String n, double s, int level) { super(n, s); this.level = level; } double pay() { return baseSalary + level * 5000; } }
    static class Intern extends Employee { Intern(String n) { super(n, 20000); } double pay() { return baseSalary; } }
    static long hanoiMoves; static StringBuilder moves = new StringBuilder();
    static void hanoi(int n, char from, char to, char via) { if (n == 0) return; hanoi(n - 1, from, via, to); hanoiMoves++; if (n >= 3) moves.append(n).append(from).append(to).append(' '); hanoi(n - 1, via, to, from); }
    static Map<Long, Long> memo = new HashMap<>();
    static long collatzLen(long n) { if (n == 1) return 1; Long c = memo.get(n); if (c != null) return c; long r = 1 + collatzLen(n % 2 == 0 ? n / 2 : 3 * n + 1); memo.put(n, r); return r; }
    static boolean solveQueens(int[] q, int row, int n) { if (row == n) return true; for (int c = 0; c < n; c++) { boolean ok = true; for (int r = 0; r < row; r++) if (q[r] == c || Math.abs(q[r] - c) == row - r) { ok = false; break; } if (ok) { q[row] = c; if (solveQueens(q, row + 1, n)) return true; } } return false; }
    static void permute(String prefix, String rest, List<String> out) { if (rest.isEmpty()) { out.add(prefix); return; } for (int i = 0; i < rest.length(); i++) permute(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out); }
    public static void main(String[] args) {
        Matrix a = new Matrix(2, 3), b = new Matrix(3, 2);
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) { a.a[i][j] = i + j * 0.5; b.a[j][i] = (i + 1) * (j - 1.25); }
        System.out.print(a.mul(b));
        try { a.mul(a); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        for (String e : List.of("1 + 2 * 3", "(1 + 2) * 3", "2 ^ 10 - 1", "10 / 4", "-3 * -(2 + 1)", "7 % 3 + 0.5", "1 / 0", "0 / 0", "2 * (3 + 4", "3 + x", "1.5e3")) {
            try { System.out.println(e + " = " + new Parser(e).parse()); } catch (IllegalStateException ex) { System.out.println(e + " -> error: " + ex.getMessage()); }
        }
        GenericStack<String> st = new GenericStack<>(); for (String s : "a b c d e".split(" ")) st.push(s);
        StringJoiner sj = new StringJoiner(","); for (String s : st) sj.add(s); System.out.println(sj + " pop=" + st.pop() + st.pop());
        try { new GenericStack<Integer>().pop(); } catch (RuntimeException e) { System.out.println(e.getMessage()); }
        Manager m = new Manager("Alice", 150000); Engineer e1 = new Engineer("Bob", 110000, 3), e2 = new Engineer("Carol", 120000, 1); Intern in = new Intern("Dave");
        m.reports.addAll(List.of(e1, e2, in));
        List<Employee> staff = new ArrayList<>(List.of(in, e1, m, e2)); Collections.sort(staff); staff.forEach(System.out::println);
        Employee copy = e1.clone(); copy.name = "Bobby"; System.out.println(copy + " | " + e1.name + " " + (copy.id == e1.id));
        double total = 0; for (Employee emp : staff) total += emp.pay(); System.out.printf("Total payroll: $%,.2f, average %.1f%n", total, total / staff.size());
        hanoi(10, 'A', 'C', 'B'); System.out.println(hanoiMoves + " " + moves.length() + " " + moves.substring(0, 40));
        long best = 0, arg = 0; for (long i = 1; i < 30000; i++) { long l = collatzLen(i); if (l > best) { best = l; arg = i; } } System.out.println("collatz " + arg + " " + best + " memo " + memo.size());
        for (int n : new int[]{4, 6, 8}) { int[] q = new int[n]; System.out.println(n + "-queens " + solveQueens(q, 0, n) + " " + Arrays.toString(q)); }
        List<String> perms = new ArrayList<>(); permute("", "abcd", perms); System.out.println(perms.size() + " " + perms.subList(0, 8) + " " + new TreeSet<>(perms).last());
        int[] arr = {5, 2, 9, 1, 5, 6, -3, 0}; int[] sorted = arr.clone();
        for (int i = 1; i < sorted.length; i++) { int k = sorted[i], j = i - 1; while (j >= 0 && sorted[j] > k) { sorted[j + 1] = sorted[j]; j--; } sorted[j + 1] = k; }
        System.out.println(Arrays.toString(arr) + " -> " + Arrays.toString(sorted));
        int[] src = {1, 2, 3, 4, 5, 6}; System.arraycopy(src, 0, src, 2, 4); System.out.println(Arrays.toString(src));
        try { System.arraycopy(src, 0, new long[6], 0, 1); } catch (ArrayStoreException ex) { System.out.println(ex.getMessage()); }
        try { System.arraycopy(src, 4, src, 0, 5); } catch (ArrayIndexOutOfBoundsException ex) { System.out.println(ex.getMessage()); }
        try { System.arraycopy(new Object[]{"s", 1}, 0, new String[2], 0, 2); } catch (ArrayStoreException ex) { System.out.println(ex.getMessage()); }
        Map<String, Double> grades = new HashMap<>(); String[] students = {"Zoe", "Adam", "Maria", "John", "Li", "Olga", "Sam", "Eve"};
        Random r = new Random(99); for (String s : students) grades.put(s, Math.round(r.nextDouble() * 1000) / 10.0);
        for (Map.Entry<String, Double> en : grades.entrySet()) System.out.printf("%-6s %5.1f %s%n", en.getKey(), en.getValue(), en.getValue() >= 90 ? "A" : en.getValue() >= 80 ? "B" : en.getValue() >= 70 ? "C" : "F");
        BiFunction<Double, Double, Double> power = Math::pow; Supplier<List<String>> sup = ArrayList::new; Function<String, Integer> len = String::length;
        System.out.println(power.apply(2.0, 0.5) + " " + sup.get().size() + " " + len.andThen(x -> x * x).apply("abcd"));
        char[] cs = "hello world".toCharArray(); Arrays.sort(cs); System.out.println(new String(cs).trim() + "|" + String.valueOf(cs, 0, 3) + "|");
        System.out.println(Integer.MAX_VALUE + 1 + " " + (Long.MAX_VALUE + 1) + " " + (0.1 + 0.7) * 10 + " " + (int) ((0.1 + 0.7) * 10) + " " + 3 / 2 + " " + 3 / 2.0 + " " + 'a' + 'b' + " " + (char) ('a' + 'b' - 'a') + " " + 1e300 * 1e10 + " " + -1.0 / 0 + " " + 0.0 / 0 + " " + (float) 1 / 3);
    }
}

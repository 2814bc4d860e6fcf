package lambdas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

public class Capturing {
    private int field = 10;
    private static int staticField = 100;

    Supplier<String> captureThis() {
        return () -> "field=" + field + " via this=" + this.field;
    }

    Runnable mutateField() {
        return () -> field++;
    }

    List<IntSupplier> makeCounters(int n) {
        List<IntSupplier> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int captured = i;
            int[] box = {0};
            out.add(() -> captured * 100 + ++box[0]);
        }
        return out;
    }

    public static void main(String[] args) {
        Capturing c = new Capturing();
        Supplier<String> s = c.captureThis();
        System.out.println(s.get());
        Runnable r = c.mutateField();
        r.run();
        r.run();
        System.out.println(s.get());
        List<IntSupplier> counters = c.makeCounters(3);
        for (int round = 0; round < 2; round++) {
            StringBuilder sb = new StringBuilder();
            for (IntSupplier is : counters) sb.append(is.getAsInt()).append(' ');
            System.out.println(sb.toString().trim());
        }
        long big = 1L << 40;
        double d = 2.5;
        char ch = 'k';
        boolean flag = true;
        String str = "s";
        byte b = 3;
        Supplier<String> many = () -> big + "|" + d + "|" + ch + "|" + flag + "|" + str + "|" + b + "|" + staticField;
        System.out.println(many.get());
        staticField = 200;
        System.out.println(many.get());
        List<Runnable> tasks = new ArrayList<>();
        for (String name : new String[]{"alpha", "beta", "gamma"}) tasks.add(() -> System.out.println("task " + name));
        tasks.forEach(Runnable::run);
        StringBuilder shared = new StringBuilder();
        Runnable appender = () -> shared.append(shared.length());
        for (int i = 0; i < 5; i++) appender.run();
        System.out.println("shared=" + shared);
        int base = 7;
        class Local {
            int times(int x) { return x * base; }
        }
        Local l = new Local();
        java.util.function.IntUnaryOperator op = x -> l.times(x) + base;
        System.out.println(op.applyAsInt(6));
    }
}

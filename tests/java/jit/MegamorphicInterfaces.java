package jit;

import java.util.ArrayList;
import java.util.List;

/**
 * Interface calls whose receivers' classes vary more than any cache holds: compiled code
 * finds the method in the receiver class's interface method table. Default methods,
 * methods inherited from a superclass, methods of several interfaces of one class, a
 * generic interface (through its bridge), classes loaded after the caller was compiled,
 * and a null receiver.
 */
public class MegamorphicInterfaces {
    interface Op {
        int apply(int x);

        default int twice(int x) {
            return apply(apply(x));
        }
    }

    interface Named {
        String name();
    }

    interface Mapper<T> {
        T map(T value);
    }

    static class Base implements Op {
        public int apply(int x) {
            return x + 1;
        }
    }

    static final class A extends Base {}

    static final class B implements Op, Named {
        public int apply(int x) {
            return x ^ 3;
        }

        public String name() {
            return "B";
        }
    }

    static final class C implements Op {
        public int apply(int x) {
            return x * 3;
        }

        public int twice(int x) {
            return x * 9 + 1;
        }
    }

    static final class D implements Named, Op {
        public int apply(int x) {
            return x - 7;
        }

        public String name() {
            return "D";
        }
    }

    static final class E implements Op {
        public int apply(int x) {
            return x >>> 1;
        }
    }

    static final class F implements Op {
        public int apply(int x) {
            return x | 5;
        }
    }

    static final class G extends Base {
        public int apply(int x) {
            return super.apply(x) * 2;
        }
    }

    static final class H implements Op {
        public int apply(int x) {
            return ~x;
        }
    }

    static final class Late1 implements Op {
        public int apply(int x) {
            return x + 1000;
        }
    }

    static final class Late2 implements Op, Mapper<String> {
        public int apply(int x) {
            return x % 1000;
        }

        public String map(String s) {
            return s + "!";
        }
    }

    static final class Upper implements Mapper<String> {
        public String map(String s) {
            return s.toUpperCase();
        }
    }

    static final class Rev implements Mapper<String> {
        public String map(String s) {
            return new StringBuilder(s).reverse().toString();
        }
    }

    static int run(Op[] ops, int rounds) {
        int x = 1;
        for (int i = 0; i < rounds; i++) {
            Op op = ops[i % ops.length];
            x = op.apply(x) + op.twice(i & 15);
        }
        return x;
    }

    static String names(Object[] things) {
        StringBuilder sb = new StringBuilder();
        for (Object o : things) {
            if (o instanceof Named n) {
                sb.append(n.name());
            }
        }
        return sb.toString();
    }

    static <T> T chain(List<Mapper<T>> mappers, T value, int rounds) {
        for (int i = 0; i < rounds; i++) {
            value = mappers.get(i % mappers.size()).map(value);
        }
        return value;
    }

    public static void main(String[] args) {
        Op[] ops = {new A(), new B(), new C(), new D(), new E(), new F(), new G(), new H()};
        for (int round = 0; round < 6; round++) {
            System.out.println("round " + round + ": " + run(ops, 20000 + round));
        }
        System.out.println(names(ops));
        Op[] more = {new A(), new Late1(), new B(), new Late2(), new C(), new D(), new E(), new F(), new G(), new H()};
        for (int round = 0; round < 3; round++) {
            System.out.println("later " + round + ": " + run(more, 30000 + round));
        }
        List<Mapper<String>> mappers = new ArrayList<>();
        mappers.add(new Upper());
        mappers.add(new Rev());
        mappers.add(new Late2());
        mappers.add(s -> s.length() > 12 ? s.substring(3) : s);
        mappers.add(String::strip);
        System.out.println(chain(mappers, " cortado ", 1999));
        Op[] withNull = {new A(), new B(), null, new C()};
        try {
            run(withNull, 100);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
    }
}

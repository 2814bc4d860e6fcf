package lang;

/** `assert` under `-ea -da:lang.AssertionsQuiet` (see Assertions.flags). */
public class Assertions {
    static int checks;

    static boolean check() {
        checks++;
        return true;
    }

    static int divide(int a, int b) {
        assert b != 0 : "divisor is zero for " + a;
        return b == 0 ? 0 : a / b;
    }

    public static void main(String[] args) {
        assert check();
        System.out.println("checks " + checks + " status " + Assertions.class.desiredAssertionStatus());
        System.out.println("quiet " + AssertionsQuiet.enabled() + " status "
                + AssertionsQuiet.class.desiredAssertionStatus());
        System.out.println(divide(10, 2));
        try {
            divide(7, 0);
        } catch (AssertionError e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            assert args.length > 0;
        } catch (AssertionError e) {
            System.out.println("no message: " + e.getMessage());
        }
        ClassLoader loader = Assertions.class.getClassLoader();
        loader.setClassAssertionStatus("lang.AssertionsLate", false);
        System.out.println("late " + AssertionsLate.enabled());
        assert false : new StringBuilder("uncaught, with an object message");
    }
}

class AssertionsQuiet {
    static boolean enabled() {
        boolean on = false;
        assert on = true;
        return on;
    }
}

class AssertionsLate {
    static boolean enabled() {
        boolean on = false;
        assert on = true;
        return on;
    }
}

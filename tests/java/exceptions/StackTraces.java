package exceptions;

public class StackTraces {
    static class Service {
        void handle(String req) {
            validate(req);
        }

        private void validate(String req) {
            if (req.isEmpty()) throw new IllegalArgumentException("empty request");
            Helper.process(req);
        }
    }

    static class Helper {
        static void process(String req) {
            int[] buf = new int[req.length()];
            buf[req.length()] = 1;
        }
    }

    public static void main(String[] args) {
        Service s = new Service();
        try {
            s.handle("");
        } catch (IllegalArgumentException e) {
            System.out.println("caught: " + e);
            e.printStackTrace();
        }
        try {
            s.handle("abc");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught: " + e);
            e.printStackTrace();
        }
        try {
            new Object() {
                void run() { throw new UnsupportedOperationException("from anonymous"); }
            }.run();
        } catch (UnsupportedOperationException e) {
            e.printStackTrace();
        }
        try {
            int zero = args.length;
            System.out.println(10 / zero);
        } catch (ArithmeticException e) {
            e.printStackTrace(System.out);
        }
        System.out.println("end");
    }
}

package init;

public class InitErrorUncaught {
    static class Config {
        static final int PORT = parse("80x");

        static int parse(String s) {
            int v = 0;
            for (char c : s.toCharArray()) {
                if (c < '0' || c > '9') throw new IllegalArgumentException("bad digit '" + c + "' in " + s);
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }

    public static void main(String[] args) {
        System.out.println("reading config");
        System.out.println("port " + Config.PORT);
        System.out.println("unreachable");
    }
}

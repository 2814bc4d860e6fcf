public class Switches {
    enum Day { MON, TUE, WED }

    static int dense(int x) {
        switch (x) {
            case 1: return 10;
            case 2: return 20;
            case 3: return 30;
            case 5: return 50;
            default: return -1;
        }
    }

    static int sparse(int x) {
        switch (x) {
            case -1000: return 1;
            case 7: return 2;
            case 100000: return 3;
            default: return 0;
        }
    }

    static int strings(String s) {
        switch (s) {
            case "alpha": return 1;
            case "beta": return 2;
            default: return 3;
        }
    }

    static String days(Day d) {
        switch (d) {
            case MON: return "monday";
            case WED: return "wednesday";
            default: return "other";
        }
    }

    static int arrow(int x) {
        return switch (x) {
            case 0, 1 -> x * 2;
            case 2 -> { int y = x + 1; yield y; }
            default -> throw new IllegalArgumentException("bad " + x);
        };
    }
}

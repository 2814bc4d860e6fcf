package control;

public class SwitchExpressions {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    static int letters(Day d) {
        return switch (d) {
            case MON, FRI, SUN -> 6;
            case TUE -> 7;
            case THU, SAT -> 8;
            case WED -> 9;
        };
    }

    static String classify(int n) {
        return switch (n % 5) {
            case 0 -> "fizz-ish";
            case 1, -1 -> "one-off";
            case 2 -> {
                String t = "two";
                yield t.toUpperCase();
            }
            default -> {
                if (n < 0) yield "negative " + n;
                yield "plain " + n;
            }
        };
    }

    static double weight(String unit) {
        return switch (unit) {
            case "kg" -> 1.0;
            case "g" -> 0.001;
            case "lb" -> 0.45359237;
            default -> throw new IllegalArgumentException("unknown unit: " + unit);
        };
    }

    static int oldStyleYield(char c) {
        int v = switch (c) {
            case 'x':
                yield 10;
            case 'y':
            case 'z':
                System.out.println("  (y or z)");
                yield 20;
            default:
                yield -1;
        };
        return v;
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.print(d + "=" + letters(d) + " ");
        System.out.println();
        for (int i = -7; i <= 7; i++) System.out.println(i + ": " + classify(i));
        for (String u : new String[]{"kg", "g", "lb", "stone"}) {
            try {
                System.out.println(u + " -> " + weight(u));
            } catch (IllegalArgumentException e) {
                System.out.println("error: " + e.getMessage());
            }
        }
        System.out.println(oldStyleYield('x') + " " + oldStyleYield('z') + " " + oldStyleYield('q'));
        long big = 5_000_000_000L;
        String size = switch ((int) (big >> 30)) {
            case 4 -> "four";
            case 5 -> "five";
            default -> "other " + (big >> 30);
        };
        System.out.println(size);
    }
}

package control;

public class EnumSwitch {
    enum Color { RED, GREEN, BLUE, YELLOW, BLACK }

    enum Op { ADD, SUB, MUL, DIV }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case YELLOW: return "bright";
            case GREEN:
            case BLUE: return "cool";
            default: return "dark";
        }
    }

    static int apply(Op op, int a, int b) {
        switch (op) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV: return a / b;
        }
        throw new AssertionError(op);
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " (" + c.ordinal() + ") is " + describe(c));
        for (Op op : Op.values()) System.out.println(op.name() + " 17,5 = " + apply(op, 17, 5));
        Color c = Color.valueOf("BLUE");
        int score;
        switch (c) {
            case BLUE: score = 3; break;
            case RED: score = 1; break;
            default: score = 0;
        }
        System.out.println("score=" + score);
        try {
            Color none = null;
            describe(none);
        } catch (NullPointerException e) {
            System.out.println("NPE on null enum switch");
        }
        String s = switch (Color.values()[4]) {
            case BLACK -> "black!";
            case RED, GREEN -> "rg";
            default -> "something";
        };
        System.out.println(s);
    }
}

package modern21;

import java.util.List;

/** Qualified enum labels and record patterns in pattern switches, as javac emits them for Java 21. */
public class QualifiedEnumSwitch {
    enum Color { RED, GREEN, BLUE }
    enum Suit { CLUBS, HEARTS { @Override public String toString() { return "hearts!"; } } }
    sealed interface Card permits Suit2, Tarot {}
    enum Suit2 implements Card { SPADES, DIAMONDS }
    enum Tarot implements Card { FOOL, MAGICIAN }

    sealed interface Shape permits Circle, Square, Pair, Line {}
    record Circle(double r) implements Shape {}
    record Square(double side) implements Shape {}
    record Pair(Shape a, Shape b) implements Shape {}
    record Line(long length, boolean dashed, char mark, int width, float weight) implements Shape {}

    static String mixed(Object o) {
        return switch (o) {
            case Color.RED -> "red!";
            case Color c when c.ordinal() == 2 -> "blue-ish " + c;
            case Color c -> "color " + c;
            case Suit.HEARTS -> "hearts label";
            case Suit s -> "suit " + s.name();
            case String x when x.isEmpty() -> "empty";
            case String x -> "string " + x;
            case Integer i when i > 100 -> "big int";
            case Integer i -> "int " + i;
            case null -> "null!";
            default -> "other " + o.getClass().getSimpleName();
        };
    }

    static String card(Card c) {
        return switch (c) {
            case Suit2.SPADES -> "spades";
            case Tarot.FOOL -> "fool";
            case Suit2 s -> "suit " + s;
            case Tarot t -> "tarot " + t;
        };
    }

    static String shape(Shape s) {
        return switch (s) {
            case Circle(double r) when r == 0 -> "point";
            case Circle(double r) -> "circle " + r;
            case Square(double side) when side > 10 -> "big square " + side;
            case Square(double side) -> "square " + side;
            case Pair(Circle(double a), Square(double b)) -> "circle+square " + a + " " + b;
            case Pair(Circle(var a), Circle(var b)) when a == b -> "twins " + a;
            case Pair(Shape a, Pair(Shape b, Shape c)) -> "nested(" + shape(a) + ", " + shape(b) + ", " + shape(c) + ")";
            case Pair(Shape a, Shape b) -> "pair " + shape(a) + " / " + shape(b);
            case Line(long len, boolean dashed, char mark, int width, float weight) when dashed ->
                    "dashed " + len + mark + width + "@" + weight;
            case Line(var len, var dashed, var mark, var width, var weight) -> "line " + len + mark + width + "@" + weight;
        };
    }

    static String color(Color c) {
        return switch (c) {
            case RED -> "r";
            case Color x when x.ordinal() == 1 -> "g";
            case null, default -> "other " + c;
        };
    }

    static String qualified(Color c) {
        return switch (c) {
            case Color.GREEN -> "qualified green";
            case Color.RED, Color.BLUE -> "red or blue";
        };
    }

    static String boxed(Integer i) {
        return switch (i) {
            case 1 -> "one";
            case Integer x when x > 10 -> "big";
            case null -> "null";
            default -> "small";
        };
    }

    static String chars(Character c) {
        return switch (c) {
            case 'a' -> "letter a";
            case Character x when Character.isDigit(x) -> "digit";
            default -> "char " + c;
        };
    }

    static String strings(String s) {
        return switch (s) {
            case "x", "y" -> "axis";
            case String t when t.length() > 3 -> "long";
            case null -> "null string";
            default -> "short " + s;
        };
    }

    public static void main(String[] args) {
        for (Object o : new Object[] {Color.RED, Color.GREEN, Color.BLUE, Suit.HEARTS, Suit.CLUBS, "", "hi", 500, 7, null, 2.5, List.of()}) {
            System.out.println(mixed(o));
        }
        for (Card c : new Card[] {Suit2.SPADES, Suit2.DIAMONDS, Tarot.FOOL, Tarot.MAGICIAN}) System.out.println(card(c));
        Shape[] shapes = {
            new Circle(0), new Circle(2), new Square(12), new Square(3),
            new Pair(new Circle(1), new Square(2)), new Pair(new Circle(4), new Circle(4)),
            new Pair(new Circle(4), new Circle(5)), new Pair(new Square(1), new Pair(new Circle(1), new Square(20))),
            new Line(10, true, '#', 2, 0.5f), new Line(3, false, '-', 1, 1.25f)
        };
        for (Shape s : shapes) System.out.println(shape(s));
        for (Color c : new Color[] {Color.RED, Color.GREEN, Color.BLUE, null}) System.out.println(color(c));
        for (Color c : Color.values()) System.out.println(qualified(c));
        try {
            qualified(null);
        } catch (NullPointerException e) {
            System.out.println("qualified(null): NullPointerException");
        }
        for (Integer i : new Integer[] {1, 20, 3, null}) System.out.println(boxed(i));
        for (Character c : new Character[] {'a', '7', 'z'}) System.out.println(chars(c));
        for (String s : new String[] {"x", "y", "long!", null, "ab"}) System.out.println(strings(s));
        // The same switch again and again (call sites are linked once).
        int reds = 0;
        for (int i = 0; i < 3000; i++) {
            if (mixed(Color.values()[i % 3]).equals("red!")) reds++;
        }
        System.out.println("reds " + reds);
    }
}

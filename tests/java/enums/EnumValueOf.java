package enums;

public class EnumValueOf {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    public static void main(String[] args) {
        for (String s : new String[]{"HEARTS", "hearts", "JOKER", "", " SPADES"}) {
            try {
                System.out.println(s + " -> " + Suit.valueOf(s));
            } catch (IllegalArgumentException e) {
                System.out.println("'" + s + "' -> IllegalArgumentException: " + e.getMessage());
            }
        }
        try {
            Suit.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("null -> NullPointerException: " + e.getMessage());
        }
        try {
            Enum.valueOf(Suit.class, "NOPE");
        } catch (IllegalArgumentException e) {
            System.out.println("Enum.valueOf -> " + e.getMessage());
        }
        Suit s = Suit.valueOf("CLUBS");
        System.out.println(s + " " + s.ordinal() + " " + Suit.values().length);
    }
}

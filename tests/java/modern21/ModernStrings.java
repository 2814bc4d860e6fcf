package modern21;

import java.util.ArrayList;
import java.util.List;

public class ModernStrings {
    enum Suit { HEARTS, DIAMONDS, CLUBS, SPADES }

    sealed interface Card permits NumberCard, FaceCard {}
    record NumberCard(Suit suit, int rank) implements Card {}
    record FaceCard(Suit suit, String face) implements Card {}

    static String color(Suit s) {
        return switch (s) {
            case HEARTS, DIAMONDS -> "red";
            case CLUBS, SPADES -> "black";
        };
    }

    static int points(Card c) {
        return switch (c) {
            case NumberCard(Suit s, int r) when s == Suit.HEARTS -> r * 2;
            case NumberCard(var s, var r) -> r;
            case FaceCard(var s, var f) when f.equals("K") -> 13;
            case FaceCard(var s, var f) -> switch (f) {
                case "Q" -> 12;
                case "J" -> 11;
                default -> 0;
            };
        };
    }

    static String command(String input) {
        return switch (input) {
            case null -> "no input";
            case "help", "?" -> """
                commands:
                  help  show this text
                  quit  leave""";
            case "quit" -> "bye";
            case String s when s.startsWith("echo ") -> s.substring(5);
            case String s -> "unknown: " + s;
        };
    }

    public static void main(String[] args) {
        List<Card> hand = new ArrayList<>();
        Suit[] suits = Suit.values();
        for (int i = 0; i < 8; i++) hand.add(i % 3 == 0 ? new FaceCard(suits[i % 4], "JQKA".substring(i % 4, i % 4 + 1)) : new NumberCard(suits[i % 4], i + 2));
        int total = 0;
        for (Card c : hand) {
            int p = points(c);
            total += p;
            Suit s = switch (c) { case NumberCard n -> n.suit(); case FaceCard f -> f.suit(); };
            System.out.println(c + " color=" + color(s) + " points=" + p);
        }
        System.out.println("total=" + total);
        for (String in : new String[]{"help", "quit", "echo hello world", "dance", null}) System.out.println(command(in));
        String report = """
            Report
            ------
            cards: %d
            total: %d
            """.formatted(hand.size(), total);
        System.out.print(report);
    }
}

package numbers;

public class ParseErrors {
    interface Parser { Object parse(String s); }

    static void tryParse(String label, Parser p, String input) {
        try {
            System.out.println(label + "(" + quote(input) + ") = " + p.parse(input));
        } catch (NumberFormatException e) {
            System.out.println(label + "(" + quote(input) + ") -> NumberFormatException: " + e.getMessage());
        }
    }

    static String quote(String s) { return s == null ? "null" : "\"" + s + "\""; }

    public static void main(String[] args) {
        String[] inputs = {"42", "-17", "+5", "", " 1", "1 ", "abc", "12a", "2147483648", "-2147483649", "9223372036854775808", "0x10", "1_000", "--1", "+", "-", null, "3.0", "1e3", "٣"};
        for (String in : inputs) {
            tryParse("parseInt", Integer::parseInt, in);
            tryParse("parseLong", Long::parseLong, in);
        }
        tryParse("parseInt radix 16", s -> Integer.parseInt(s, 16), "fffffffff");
        tryParse("parseInt radix 2", s -> Integer.parseInt(s, 2), "102");
        tryParse("valueOf", Integer::valueOf, "x");
        tryParse("parseByte", Byte::parseByte, "200");
        tryParse("parseShort", Short::parseShort, "40000");
        tryParse("parseUnsignedInt", Integer::parseUnsignedInt, "-1");
        String[] dbls = {"3.14", "-0", "1e10", "  2.5  ", "NaN", "-Infinity", "0x1p3", "1.5f", "2d", "abc", "", "1..2", ".5", "5.", "1e", "+.e1"};
        for (String in : dbls) {
            tryParse("parseDouble", Double::parseDouble, in);
            tryParse("parseFloat", Float::parseFloat, in);
        }
        tryParse("decode", Integer::decode, "0xZZ");
        tryParse("decode", Integer::decode, "-#10");
    }
}

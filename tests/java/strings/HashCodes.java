package strings;

public class HashCodes {
    public static void main(String[] args) {
        String[] samples = {"", "a", "ab", "hello", "Hello, World!", "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES",
            "The quick brown fox jumps over the lazy dog", "\u00e9t\u00e9", "\uD83D\uDE00", "0123456789", "Aa", "BB"};
        for (String s : samples) System.out.println(s.length() + " " + s.hashCode() + " " + s);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append((char) (i % 94 + 33));
        System.out.println("long: " + sb.toString().hashCode());
        int manual = 0;
        for (char c : "manual hash".toCharArray()) manual = 31 * manual + c;
        System.out.println(manual == "manual hash".hashCode());
        System.out.println(Character.hashCode('x') + " " + Integer.hashCode(-5) + " " + Long.hashCode(1L << 32) + " " + Double.hashCode(0.1) + " " + Float.hashCode(0.1f) + " " + Boolean.hashCode(true) + " " + Short.hashCode((short) -1) + " " + Byte.hashCode((byte) -1));
        System.out.println(java.util.Arrays.hashCode(new long[]{1, 2}) + " " + java.util.Arrays.hashCode(new double[]{0.5}) + " " + java.util.Arrays.hashCode(new boolean[]{true, false}) + " " + java.util.Arrays.hashCode(new char[]{'a'}));
        System.out.println(java.util.Map.entry("k", "v").hashCode() + " " + new java.util.AbstractMap.SimpleEntry<>("k", 1).hashCode() + " " + java.util.Optional.of("x").hashCode() + " " + java.util.Optional.empty().hashCode());
    }
}

package strings;

public class CharsAndCodePoints {
    public static void main(String[] args) {
        String s = "aé中\uD83D\uDE00z";
        System.out.println("length=" + s.length() + " codePoints=" + s.codePointCount(0, s.length()));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            System.out.println(i + ": " + (int) c + " high=" + Character.isHighSurrogate(c) + " low=" + Character.isLowSurrogate(c) + " letter=" + Character.isLetter(c));
        }
        s.codePoints().forEach(cp -> System.out.println("cp " + cp + " hex " + Integer.toHexString(cp) + " chars " + Character.charCount(cp) + " name-ish " + Character.getType(cp)));
        System.out.println(s.codePointAt(3) + " " + s.codePointBefore(5) + " " + s.offsetByCodePoints(0, 4));
        System.out.println(new String(Character.toChars(0x1F601)) .length() + " " + Character.toString(0x41) + " " + Character.toString('b') + " " + new String(new int[]{72, 105, 0x1F600}, 0, 3).length());
        char c = 'A';
        c += 2;
        c++;
        System.out.println(c + " " + (int) c + " " + (char) (c | 0x20) + " " + Character.getNumericValue('7') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16));
        int upper = 0, lower = 0, digits = 0, spaces = 0, other = 0;
        for (char ch : "Hello World 2024! ÀÉÎ ñ _".toCharArray()) {
            if (Character.isUpperCase(ch)) upper++;
            else if (Character.isLowerCase(ch)) lower++;
            else if (Character.isDigit(ch)) digits++;
            else if (Character.isWhitespace(ch)) spaces++;
            else other++;
        }
        System.out.println(upper + " " + lower + " " + digits + " " + spaces + " " + other);
        System.out.println(Character.toUpperCase('ß') + " " + Character.toUpperCase('é') + " " + Character.toLowerCase('Σ') + " " + Character.isJavaIdentifierStart('$') + " " + Character.isJavaIdentifierPart('-') + " " + Character.isLetterOrDigit('_'));
        System.out.println((int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " " + Character.MIN_SUPPLEMENTARY_CODE_POINT + " " + Character.MAX_CODE_POINT + " " + Character.isValidCodePoint(0x110000));
        char[] caesar = "attack at dawn".toCharArray();
        for (int i = 0; i < caesar.length; i++) if (Character.isLetter(caesar[i])) caesar[i] = (char) ('a' + (caesar[i] - 'a' + 13) % 26);
        System.out.println(new String(caesar));
        StringBuilder sb = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch += 5) sb.append(ch).append((int) ch).append(' ');
        System.out.println(sb);
        System.out.println(Character.isSurrogatePair('\uD83D', '\uDE00') + " " + Character.toCodePoint('\uD83D', '\uDE00') + " " + Character.highSurrogate(0x1F600) + Character.lowSurrogate(0x1F600));
    }
}

package strings;

public class Directionality {
    static boolean isRightToLeft(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    public static void main(String[] args) {
        String[] samples = {"hello", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "123 abc", "  \u05D0", "(\u0661\u0662)", "", "\uD83D\uDE00 x"};
        for (String s : samples) {
            StringBuilder sb = new StringBuilder();
            s.codePoints().forEach(cp -> sb.append(Character.getDirectionality(cp)).append(' '));
            System.out.println("[" + s + "] rtl=" + isRightToLeft(s) + " " + sb);
        }
        long h = 0;
        int[] counts = new int[24];
        for (int cp = -2; cp <= Character.MAX_CODE_POINT + 2; cp++) {
            byte d = Character.getDirectionality(cp);
            counts[d + 1]++;
            h = h * 31 + d;
        }
        System.out.println(java.util.Arrays.toString(counts) + " " + h);
        System.out.println(Character.getDirectionality('\u202E') == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE);
        System.out.println(Character.getDirectionality((char) 0x2067) + " " + Character.getDirectionality('\u0300') + " " + Character.getDirectionality('\t')
            + " " + Character.getDirectionality('\n') + " " + Character.getDirectionality('$') + " " + Character.getDirectionality(','));
    }
}

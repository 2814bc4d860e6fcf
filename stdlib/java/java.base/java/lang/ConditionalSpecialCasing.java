package java.lang;

import java.text.BreakIterator;
import java.util.Locale;
import jdk.internal.util.CombiningClasses;

/**
 * The context conditions of Unicode's SpecialCasing.txt as JDK 17 applies them in
 * String.toLowerCase/toUpperCase: Final_Sigma (within a word, as the word BreakIterator sees
 * it), and for Lithuanian, Turkish and Azeri After_Soft_Dotted, More_Above, After_I and
 * Before_Dot.
 */
final class ConditionalSpecialCasing {
    private ConditionalSpecialCasing() {}

    private static final int ABOVE = 230;

    /** Final_Sigma: a cased letter before index and none after it, both in the same word. */
    static boolean isFinalCased(String src, int index, Locale locale) {
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(src);
        int ch;
        for (int i = index; i >= 0 && !words.isBoundary(i); i -= Character.charCount(ch)) {
            ch = src.codePointBefore(i);
            if (isCased(ch)) {
                int len = src.length();
                for (i = index + Character.charCount(src.codePointAt(index));
                        i < len && !words.isBoundary(i); i += Character.charCount(ch)) {
                    ch = src.codePointAt(i);
                    if (isCased(ch)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** After_I: the last preceding base character is I, with no class-230 mark between. */
    static boolean isAfterI(String src, int index) {
        int ch;
        for (int i = index; i > 0; i -= Character.charCount(ch)) {
            ch = src.codePointBefore(i);
            if (ch == 'I') {
                return true;
            }
            int cc = CombiningClasses.of(ch);
            if (cc == 0 || cc == ABOVE) {
                return false;
            }
        }
        return false;
    }

    /** After_Soft_Dotted: like After_I, for the soft-dotted letters (i, j, ...). */
    static boolean isAfterSoftDotted(String src, int index) {
        int ch;
        for (int i = index; i > 0; i -= Character.charCount(ch)) {
            ch = src.codePointBefore(i);
            if (isSoftDotted(ch)) {
                return true;
            }
            int cc = CombiningClasses.of(ch);
            if (cc == 0 || cc == ABOVE) {
                return false;
            }
        }
        return false;
    }

    /** More_Above: followed by a class-230 mark in the same combining sequence. */
    static boolean isMoreAbove(String src, int index) {
        int ch;
        int len = src.length();
        for (int i = index + Character.charCount(src.codePointAt(index)); i < len; i += Character.charCount(ch)) {
            ch = src.codePointAt(i);
            int cc = CombiningClasses.of(ch);
            if (cc == ABOVE) {
                return true;
            }
            if (cc == 0) {
                return false;
            }
        }
        return false;
    }

    /** Before_Dot: followed by U+0307, with only marks of classes other than 0 and 230 between. */
    static boolean isBeforeDot(String src, int index) {
        int ch;
        int len = src.length();
        for (int i = index + Character.charCount(src.codePointAt(index)); i < len; i += Character.charCount(ch)) {
            ch = src.codePointAt(i);
            if (ch == '\u0307') {
                return true;
            }
            int cc = CombiningClasses.of(ch);
            if (cc == 0 || cc == ABOVE) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCased(int ch) {
        int type = Character.getType(ch);
        if (type == Character.LOWERCASE_LETTER || type == Character.UPPERCASE_LETTER
                || type == Character.TITLECASE_LETTER) {
            return true;
        }
        // Other_Lowercase and Other_Uppercase, as the JDK lists them
        return (ch >= 0x02B0 && ch <= 0x02B8) || (ch >= 0x02C0 && ch <= 0x02C1)
                || (ch >= 0x02E0 && ch <= 0x02E4) || ch == 0x0345
                || (ch >= 0x2160 && ch <= 0x217F) || (ch >= 0x24B6 && ch <= 0x24E9);
    }

    private static boolean isSoftDotted(int ch) {
        switch (ch) {
            case 0x0069: case 0x006A: case 0x012F: case 0x0268: case 0x0456:
            case 0x0458: case 0x1D62: case 0x1E2D: case 0x1ECB: case 0x2071:
                return true;
            default:
                return false;
        }
    }
}

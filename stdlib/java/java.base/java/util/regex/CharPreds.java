package java.util.regex;

import java.util.Locale;

/** Named character properties for {@code \p{...}}. */
final class CharPreds {
    private CharPreds() {
    }

    static final Pattern.CharPred ALPHABETIC = Character::isAlphabetic;
    static final Pattern.CharPred JOIN_CONTROL = ch -> ch == 0x200C || ch == 0x200D;
    static final Pattern.CharPred WHITE_SPACE = ch ->
            ((((1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                    | (1 << Character.PARAGRAPH_SEPARATOR)) >> Character.getType(ch)) & 1) != 0
            || (ch >= 0x9 && ch <= 0xd) || (ch == 0x85);
    static final Pattern.CharPred WORD = ch -> ALPHABETIC.is(ch)
            || ((((1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
                    | (1 << Character.COMBINING_SPACING_MARK) | (1 << Character.DECIMAL_DIGIT_NUMBER)
                    | (1 << Character.CONNECTOR_PUNCTUATION)) >> Character.getType(ch)) & 1) != 0
            || JOIN_CONTROL.is(ch);

    private static Pattern.CharPred category(int mask) {
        return ch -> (mask & (1 << Character.getType(ch))) != 0;
    }

    private static boolean hexDigit(int ch) {
        return Character.isDigit(ch) || (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x46)
                || (ch >= 0x61 && ch <= 0x66) || (ch >= 0xFF10 && ch <= 0xFF19)
                || (ch >= 0xFF21 && ch <= 0xFF26) || (ch >= 0xFF41 && ch <= 0xFF46);
    }

    private static boolean punctuation(int ch) {
        return ((((1 << Character.CONNECTOR_PUNCTUATION) | (1 << Character.DASH_PUNCTUATION)
                | (1 << Character.START_PUNCTUATION) | (1 << Character.END_PUNCTUATION)
                | (1 << Character.OTHER_PUNCTUATION) | (1 << Character.INITIAL_QUOTE_PUNCTUATION)
                | (1 << Character.FINAL_QUOTE_PUNCTUATION)) >> Character.getType(ch)) & 1) != 0;
    }

    private static boolean graph(int ch) {
        return ((((1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                | (1 << Character.PARAGRAPH_SEPARATOR) | (1 << Character.CONTROL)
                | (1 << Character.SURROGATE) | (1 << Character.UNASSIGNED)) >> Character.getType(ch)) & 1) == 0;
    }

    private static boolean blank(int ch) {
        return Character.getType(ch) == Character.SPACE_SEPARATOR || ch == 0x9;
    }

    private static boolean anyCase(int ch) {
        return Character.isUpperCase(ch) || Character.isLowerCase(ch) || Character.isTitleCase(ch);
    }

    static Pattern.CharPred forUnicodeProperty(String name, boolean caseIns) {
        switch (name.toUpperCase(Locale.ROOT)) {
            case "ALPHABETIC": return ALPHABETIC;
            case "ASSIGNED": return ch -> Character.getType(ch) != Character.UNASSIGNED;
            case "CONTROL": return ch -> Character.getType(ch) == Character.CONTROL;
            case "HEXDIGIT":
            case "HEX_DIGIT": return CharPreds::hexDigit;
            case "IDEOGRAPHIC": return Character::isIdeographic;
            case "JOINCONTROL":
            case "JOIN_CONTROL": return JOIN_CONTROL;
            case "LETTER": return Character::isLetter;
            case "LOWERCASE": return caseIns ? CharPreds::anyCase : Character::isLowerCase;
            case "UPPERCASE": return caseIns ? CharPreds::anyCase : Character::isUpperCase;
            case "TITLECASE": return caseIns ? CharPreds::anyCase : Character::isTitleCase;
            case "NONCHARACTERCODEPOINT":
            case "NONCHARACTER_CODE_POINT": return ch -> (ch & 0xfffe) == 0xfffe || (ch >= 0xfdd0 && ch <= 0xfdef);
            case "PUNCTUATION": return CharPreds::punctuation;
            case "WHITESPACE":
            case "WHITE_SPACE": return WHITE_SPACE;
            case "WORD": return WORD;
            case "ALNUM": return ch -> ALPHABETIC.is(ch) || Character.isDigit(ch);
            case "BLANK": return CharPreds::blank;
            case "GRAPH": return CharPreds::graph;
            case "PRINT": return ch -> (graph(ch) || blank(ch)) && Character.getType(ch) != Character.CONTROL;
            default: return null;
        }
    }

    /** Characters of the block (any name Character.UnicodeBlock.forName takes); null if none. */
    static Pattern.CharPred forUnicodeBlock(String name) {
        final Character.UnicodeBlock block;
        try {
            block = Character.UnicodeBlock.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ch -> Character.UnicodeBlock.of(ch) == block;
    }

    /** Characters of the script (a name or alias Character.UnicodeScript.forName takes); null if none. */
    static Pattern.CharPred forUnicodeScript(String name) {
        final Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ch -> Character.UnicodeScript.of(ch) == script;
    }

    static Pattern.CharPred forPOSIXName(String name, boolean caseIns) {
        switch (name.toUpperCase(Locale.ENGLISH)) {
            case "ALPHA": return ALPHABETIC;
            case "LOWER": return caseIns ? CharPreds::anyCase : Character::isLowerCase;
            case "UPPER": return caseIns ? CharPreds::anyCase : Character::isUpperCase;
            case "SPACE": return WHITE_SPACE;
            case "PUNCT": return CharPreds::punctuation;
            case "XDIGIT": return CharPreds::hexDigit;
            case "ALNUM": return ch -> ALPHABETIC.is(ch) || Character.isDigit(ch);
            case "CNTRL": return ch -> Character.getType(ch) == Character.CONTROL;
            case "DIGIT": return Character::isDigit;
            case "BLANK": return CharPreds::blank;
            case "GRAPH": return CharPreds::graph;
            case "PRINT": return ch -> (graph(ch) || blank(ch)) && Character.getType(ch) != Character.CONTROL;
            default: return null;
        }
    }

    private static final int L = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER);
    private static final int LC = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER);

    private static int categoryMask(String name) {
        switch (name) {
            case "Cn": return 1 << Character.UNASSIGNED;
            case "Lu": return 1 << Character.UPPERCASE_LETTER;
            case "Ll": return 1 << Character.LOWERCASE_LETTER;
            case "Lt": return 1 << Character.TITLECASE_LETTER;
            case "Lm": return 1 << Character.MODIFIER_LETTER;
            case "Lo": return 1 << Character.OTHER_LETTER;
            case "Mn": return 1 << Character.NON_SPACING_MARK;
            case "Me": return 1 << Character.ENCLOSING_MARK;
            case "Mc": return 1 << Character.COMBINING_SPACING_MARK;
            case "Nd": return 1 << Character.DECIMAL_DIGIT_NUMBER;
            case "Nl": return 1 << Character.LETTER_NUMBER;
            case "No": return 1 << Character.OTHER_NUMBER;
            case "Zs": return 1 << Character.SPACE_SEPARATOR;
            case "Zl": return 1 << Character.LINE_SEPARATOR;
            case "Zp": return 1 << Character.PARAGRAPH_SEPARATOR;
            case "Cc": return 1 << Character.CONTROL;
            case "Cf": return 1 << Character.FORMAT;
            case "Co": return 1 << Character.PRIVATE_USE;
            case "Cs": return 1 << Character.SURROGATE;
            case "Pd": return 1 << Character.DASH_PUNCTUATION;
            case "Ps": return 1 << Character.START_PUNCTUATION;
            case "Pe": return 1 << Character.END_PUNCTUATION;
            case "Pc": return 1 << Character.CONNECTOR_PUNCTUATION;
            case "Po": return 1 << Character.OTHER_PUNCTUATION;
            case "Sm": return 1 << Character.MATH_SYMBOL;
            case "Sc": return 1 << Character.CURRENCY_SYMBOL;
            case "Sk": return 1 << Character.MODIFIER_SYMBOL;
            case "So": return 1 << Character.OTHER_SYMBOL;
            case "Pi": return 1 << Character.INITIAL_QUOTE_PUNCTUATION;
            case "Pf": return 1 << Character.FINAL_QUOTE_PUNCTUATION;
            case "L": return L;
            case "M": return (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
                    | (1 << Character.COMBINING_SPACING_MARK);
            case "N": return (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER)
                    | (1 << Character.OTHER_NUMBER);
            case "Z": return (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                    | (1 << Character.PARAGRAPH_SEPARATOR);
            case "C": return (1 << Character.CONTROL) | (1 << Character.FORMAT) | (1 << Character.PRIVATE_USE)
                    | (1 << Character.SURROGATE) | (1 << Character.UNASSIGNED);
            case "P": return (1 << Character.DASH_PUNCTUATION) | (1 << Character.START_PUNCTUATION)
                    | (1 << Character.END_PUNCTUATION) | (1 << Character.CONNECTOR_PUNCTUATION)
                    | (1 << Character.OTHER_PUNCTUATION) | (1 << Character.INITIAL_QUOTE_PUNCTUATION)
                    | (1 << Character.FINAL_QUOTE_PUNCTUATION);
            case "S": return (1 << Character.MATH_SYMBOL) | (1 << Character.CURRENCY_SYMBOL)
                    | (1 << Character.MODIFIER_SYMBOL) | (1 << Character.OTHER_SYMBOL);
            case "LC": return LC;
            case "LD": return L | (1 << Character.DECIMAL_DIGIT_NUMBER);
            default: return 0;
        }
    }

    static Pattern.CharPred forProperty(String name, boolean caseIns) {
        if (caseIns && (name.equals("Lu") || name.equals("Ll") || name.equals("Lt"))) {
            return category(LC);
        }
        int mask = categoryMask(name);
        if (mask != 0) {
            return category(mask);
        }
        switch (name) {
            case "L1": return ch -> ch < 256;
            case "all": return ch -> true;
            case "ASCII": return ch -> ch < 0x80;
            case "Alnum": return ch -> ch < 0x80 && (Pattern.isAsciiAlpha(ch) || Pattern.isAsciiDigit(ch));
            case "Alpha": return Pattern::isAsciiAlpha;
            case "Blank": return ch -> ch == ' ' || ch == '\t';
            case "Cntrl": return ch -> ch < 0x20 || ch == 0x7f;
            case "Digit": return Pattern::isAsciiDigit;
            case "Graph": return ch -> ch >= 0x21 && ch <= 0x7e;
            case "Lower": return caseIns ? Pattern::isAsciiAlpha : ch -> ch >= 'a' && ch <= 'z';
            case "Upper": return caseIns ? Pattern::isAsciiAlpha : ch -> ch >= 'A' && ch <= 'Z';
            case "Print": return ch -> ch >= 0x20 && ch <= 0x7e;
            case "Punct": return ch -> ch >= 0x21 && ch <= 0x7e && !Pattern.isAsciiAlpha(ch) && !Pattern.isAsciiDigit(ch);
            case "Space": return Pattern::isAsciiSpace;
            case "XDigit": return Pattern::isHex;
            case "javaLowerCase": return caseIns ? CharPreds::anyCase : Character::isLowerCase;
            case "javaUpperCase": return caseIns ? CharPreds::anyCase : Character::isUpperCase;
            case "javaAlphabetic": return Character::isAlphabetic;
            case "javaIdeographic": return Character::isIdeographic;
            case "javaTitleCase": return caseIns ? CharPreds::anyCase : Character::isTitleCase;
            case "javaDigit": return Character::isDigit;
            case "javaDefined": return Character::isDefined;
            case "javaLetter": return Character::isLetter;
            case "javaLetterOrDigit": return Character::isLetterOrDigit;
            case "javaJavaIdentifierStart": return Character::isJavaIdentifierStart;
            case "javaJavaIdentifierPart": return Character::isJavaIdentifierPart;
            case "javaUnicodeIdentifierStart": return Character::isUnicodeIdentifierStart;
            case "javaUnicodeIdentifierPart": return Character::isUnicodeIdentifierPart;
            case "javaIdentifierIgnorable": return Character::isIdentifierIgnorable;
            case "javaSpaceChar": return Character::isSpaceChar;
            case "javaWhitespace": return Character::isWhitespace;
            case "javaISOControl": return Character::isISOControl;
            case "javaMirrored": return Character::isMirrored;
            default: return null;
        }
    }
}

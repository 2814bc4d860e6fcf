package lang;

import java.util.*;

public class CharacterNames {
    public static void main(String[] args) {
        int[] cps = {0, 9, 10, 0x1F, ' ', 'A', 'z', '~', 0x7F, 0x80, 0x9F, 0xA0, 0xE9, 0xFF, 0x100, 0x1C5, 0x2028, 0x20AC, 0x2603, 0x3000, 0x3042, 0x4E00, 0x4E2D, 0x9FFC, 0x9FFD, 0xAC00, 0xD7A3, 0xD800, 0xDFFF, 0xE000, 0xF8FF, 0xF900, 0xFA6E, 0xFB01, 0xFDD0, 0xFEFF, 0xFFFD, 0xFFFE, 0x10000, 0x1D11E, 0x1F600, 0x1F9FF, 0x1FAD6, 0x20000, 0x2A6DD, 0x2A6DE, 0x30000, 0xE0001, 0xE01EF, 0xF0000, 0x10FFFD, 0x10FFFF, 0x17000, 0x18B00, 0x1B170, 0x0378, 0x0E3F, 0x1100, 0x11A8, 0x13000};
        for (int cp : cps) System.out.println(Integer.toHexString(cp) + " " + Character.getName(cp));
        long hash = 0; int named = 0, nulls = 0;
        for (int cp = 0; cp < 0x30000; cp += 7) {
            String n = Character.getName(cp);
            if (n == null) { nulls++; continue; }
            named++;
            hash = hash * 31 + n.hashCode();
        }
        System.out.println(named + " " + nulls + " " + hash);
        for (String n : new String[]{"latin small letter a", "  GRINNING FACE ", "CJK UNIFIED IDEOGRAPHS 4E2D", "cjk unified ideographs 4e2d", "HANGUL SYLLABLES AC00", "NULL", "LINE FEED (LF)", "SNOWMAN", "EURO SIGN", "BYTE ORDER MARK", "ZERO WIDTH NO-BREAK SPACE", "MUSICAL SYMBOL G CLEF", "PRIVATE USE AREA E000", "TANGUT IDEOGRAPH 17000"}) {
            try { System.out.println(n + " -> " + Integer.toHexString(Character.codePointOf(n))); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        }
        for (String bad : new String[]{"NO SUCH CHARACTER", "CJK UNIFIED IDEOGRAPHS 0041", "LATIN SMALL LETTER", ""}) {
            try { Character.codePointOf(bad); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        }
        try { Character.getName(0x110000); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Character.getName(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Character.codePointOf(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        StringBuilder sb = new StringBuilder();
        "Héllo ☃ 😀".codePoints().forEach(c -> sb.append(String.format("U+%04X %s%n", c, Character.getName(c))));
        System.out.print(sb);
    }
}

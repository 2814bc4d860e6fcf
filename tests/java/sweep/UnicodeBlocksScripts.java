package sweep;
import java.util.*;

public class UnicodeBlocksScripts {
    public static void main(String[] args) {
        String text = "Hello 世界! Привет мир. こんにちは 안녕 مرحبا שלום Γειά σου 😀 ñ 123 ก";
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        Map<String, Integer> blocks = new TreeMap<>();
        text.codePoints().forEach(cp -> {
            scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            blocks.merge(String.valueOf(b), 1, Integer::sum);
        });
        System.out.println(scripts);
        System.out.println(blocks);
        int cjk = 0;
        for (char c : text.toCharArray()) if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) cjk++;
        System.out.println("cjk " + cjk + " " + Character.UnicodeScript.of('世') + " " + (Character.UnicodeScript.of('a') == Character.UnicodeScript.LATIN));
        for (int cp : new int[]{0, 0x7F, 0x80, 0x370, 0x378, 0xD800, 0xDC00, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x20000, 0xE0001, 0xF0000, 0x10FFFF, 0x30000, 0x2FFFF})
            System.out.println(Integer.toHexString(cp) + " " + Character.UnicodeBlock.of(cp) + " " + Character.UnicodeScript.of(cp));
        for (String n : new String[]{"Basic Latin", "BASIC_LATIN", "basiclatin", "Greek", "Greek and Coptic", "CJK Unified Ideographs", "Latin-1 Supplement", "LATIN_1_SUPPLEMENT", "SURROGATES_AREA", "nope"}) {
            try { System.out.println(n + " -> " + Character.UnicodeBlock.forName(n)); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        }
        for (String n : new String[]{"Latin", "latn", "HAN", "Hani", "zyyy", "cyrillic", "Nope"}) {
            try { System.out.println(n + " -> " + Character.UnicodeScript.forName(n)); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        }
        try { Character.UnicodeBlock.of(0x110000); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Character.UnicodeScript.of(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(Character.UnicodeScript.values().length + " " + Character.UnicodeScript.valueOf("GREEK").ordinal() + " " + Character.UnicodeBlock.SURROGATES_AREA + " " + Character.UnicodeBlock.GREEK + " " + Character.UnicodeBlock.GREEK.equals(Character.UnicodeBlock.forName("Greek")));
        int changes = 0; Character.UnicodeBlock prev = null; Character.UnicodeScript ps = null; int sc = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += 7) { Character.UnicodeBlock b = Character.UnicodeBlock.of(cp); if (b != prev) { changes++; prev = b; } Character.UnicodeScript s = Character.UnicodeScript.of(cp); if (s != ps) { sc++; ps = s; } }
        System.out.println("block changes " + changes + " script changes " + sc);
    }
}

package modern25;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

// java.lang.IO (JEP 512), emoji properties and other small Java 18-25 additions.
public class Java25Io {
    public static void main(String[] args) {
        IO.println("hello from IO");
        IO.print("no newline, ");
        IO.println(42);
        IO.println();
        IO.println(null);
        String line;
        int n = 0;
        while ((line = IO.readln(n == 0 ? "> " : "")) != null) {
            n++;
            IO.println("[" + n + "] " + line.toUpperCase());
        }
        IO.println("lines: " + n);

        int[] samples = {'A', '#', '*', '0', 0x00A9, 0x203C, 0x231A, 0x2764, 0x1F600, 0x1F3FB, 0x1F44D, 0x1F9D1, 0x200D, 0xFE0F, 0x1F1E6, 0x1FAE8, 0xE0020, 0x1F004, 0x10FFFF};
        for (int cp : samples) {
            IO.println(String.format("U+%04X emoji=%b presentation=%b modifier=%b modifierBase=%b component=%b pictographic=%b", cp,
                    Character.isEmoji(cp), Character.isEmojiPresentation(cp), Character.isEmojiModifier(cp),
                    Character.isEmojiModifierBase(cp), Character.isEmojiComponent(cp), Character.isExtendedPictographic(cp)));
        }
        int emoji = 0, pict = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isEmoji(cp)) emoji++;
            if (Character.isExtendedPictographic(cp)) pict++;
        }
        IO.println("emoji code points " + emoji + ", extended pictographic " + pict);

        IO.println("isPositive " + Duration.ofNanos(1).isPositive() + " " + Duration.ZERO.isPositive() + " " + Duration.ofSeconds(-1, 5).isPositive() + " " + Duration.ofSeconds(3).isPositive());
        Instant a = Instant.ofEpochSecond(1000, 500);
        Instant b = Instant.ofEpochSecond(1003, 100);
        IO.println("until " + a.until(b) + " " + b.until(a) + " " + a.until(a));
        StringBuilder sb = new StringBuilder("abcdef");
        char[] dst = new char[8];
        CharSequence cs = sb;
        cs.getChars(1, 4, dst, 2);
        IO.println("getChars " + new String(dst).replace('\0', '.'));
        CharSequence cb = java.nio.CharBuffer.wrap("xyz");
        char[] d2 = new char[3];
        cb.getChars(0, 3, d2, 0);
        IO.println("CharBuffer getChars " + new String(d2));
        try {
            cb.getChars(0, 3, new char[2], 0);
        } catch (IndexOutOfBoundsException e) {
            IO.println(e.getClass().getName() + ": " + e.getMessage());
        }
        IO.println("toIdentityString " + Objects.toIdentityString("s").startsWith("java.lang.String@"));
    }
}

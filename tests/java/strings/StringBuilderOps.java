package strings;

public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append(' ').append(2L).append(' ').append(3.5f).append(' ').append(4.25).append(' ')
          .append(true).append(' ').append('c').append(' ').append("str").append(' ').append((Object) null).append(' ')
          .append((String) null).append(' ').append(new char[]{'x', 'y'}).append(' ').append(Integer.valueOf(7))
          .append(' ').append((short) 8).append(' ').append((byte) -9).append(' ').append(1e20).append(' ').append(1e-5f);
        System.out.println(sb);
        System.out.println("len=" + sb.length());
        StringBuilder b = new StringBuilder("hello world");
        b.insert(0, ">> ").insert(b.length(), " <<").insert(8, 123).insert(3, 'c').insert(4, 2.5).insert(0, true);
        System.out.println(b);
        b.delete(0, 4).deleteCharAt(0);
        System.out.println(b);
        b.reverse();
        System.out.println(b);
        b.reverse();
        b.setCharAt(0, '#');
        b.replace(1, 4, "REPLACED");
        System.out.println(b + " idx=" + b.indexOf("o") + " last=" + b.lastIndexOf("o") + " char5=" + b.charAt(5));
        b.setLength(5);
        System.out.println("[" + b + "] " + b.length());
        b.setLength(8);
        System.out.println("[" + b.toString().replace('\0', '0') + "] " + b.length());
        StringBuilder pal = new StringBuilder("A man a plan");
        System.out.println(pal.reverse() + " | " + pal.reverse());
        StringBuilder emoji = new StringBuilder("ab\uD83D\uDE00cd");
        System.out.println(emoji.length() + " " + emoji.codePointCount(0, emoji.length()) + " " + emoji.reverse().codePointAt(2));
        StringBuilder nums = new StringBuilder();
        for (int i = 0; i < 20; i++) nums.append(i).append(i % 5 == 4 ? "\n" : ",");
        System.out.print(nums);
        StringBuilder cap = new StringBuilder(2);
        for (int i = 0; i < 100; i++) cap.append((char) ('a' + i % 26));
        System.out.println(cap.length() + " " + cap.substring(20, 30) + " " + cap.subSequence(0, 3));
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("x").equals(new StringBuilder("x")));
        StringBuffer buf = new StringBuffer("sync");
        buf.append('-').append(42).insert(0, "[").append("]");
        System.out.println(buf + " " + buf.length());
        StringBuilder cp = new StringBuilder();
        cp.appendCodePoint(0x1F600).appendCodePoint(65);
        System.out.println(cp.length() + " " + cp.codePointAt(0) + " " + (int) cp.charAt(1));
        StringBuilder ch = new StringBuilder("chain");
        ch.append(ch);
        System.out.println(ch);
        System.out.println(new StringBuilder().append(Long.MIN_VALUE).append(Integer.MIN_VALUE).append(Double.MIN_VALUE).append(Float.MAX_VALUE));
    }
}

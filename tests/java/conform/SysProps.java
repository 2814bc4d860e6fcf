package conform;
import java.util.*;
import java.nio.charset.*;
public class SysProps {
    static { try { RtVersion.main(null); } catch (Exception e) { throw new RuntimeException(e); } }
    public static void main(String[] args) throws Exception {
        for (String k : new String[]{"java.version", "java.specification.version", "java.vm.specification.version", "java.class.version", "line.separator", "file.separator", "path.separator", "os.name", "os.arch", "file.encoding", "sun.jnu.encoding", "user.language", "native.encoding", "java.version.date", "java.specification.name", "sun.arch.data.model", "java.io.tmpdir", "stdout.encoding", "stderr.encoding", "nope"})
            System.out.println(k + "=" + String.valueOf(System.getProperty(k)).replace("\n", "\\n"));
        System.out.println(System.getProperty("nope", "fallback") + " " + System.lineSeparator().length() + " " + Charset.defaultCharset() + " " + Locale.getDefault() + " " + Runtime.version().feature() + " " + StandardCharsets.UTF_8.name() + " " + Charset.forName("latin1") + " " + Charset.isSupported("UTF-16"));
        System.setProperty("my.prop", "v"); System.out.println(System.getProperty("my.prop") + " " + Boolean.getBoolean("my.prop") + " " + Integer.getInteger("my.int", 7) + " " + Long.getLong("none", 3L));
        long t0 = System.nanoTime(), m0 = System.currentTimeMillis(); Thread.sleep(20); System.out.println((System.nanoTime() - t0 >= 20_000_000) + " " + (System.currentTimeMillis() - m0 >= 19) + " " + (m0 > 1_600_000_000_000L));
        Runtime rt = Runtime.getRuntime(); System.out.println((rt.availableProcessors() > 0) + " " + (rt.maxMemory() > rt.totalMemory() / 2) + " " + (rt.freeMemory() <= rt.totalMemory()));
        System.gc(); System.runFinalization();
        byte[] u = "héllo €𝄞".getBytes(StandardCharsets.UTF_8); System.out.println(u.length + " " + Arrays.toString(u) + " " + new String(u, StandardCharsets.UTF_8) + " " + new String(u, StandardCharsets.ISO_8859_1).length() + " " + "héllo".getBytes("UTF-16").length + " " + "héllo".getBytes(StandardCharsets.US_ASCII)[1] + " " + new String(new byte[]{(byte) 0xff, 0x41, (byte) 0xc3}, StandardCharsets.UTF_8) + " " + "€".getBytes(StandardCharsets.UTF_16LE).length);
        System.out.println("unicode out: \u00e9 \u4e2d\u6587 \ud83d\ude00 \u0000end".length());
        System.out.println("unicode out: é 中文 😀 ü");
        System.out.print('\u00e9'); System.out.print('\n'); System.out.write(0xc3); System.out.write(0xa9); System.out.println(); System.out.println((Object) null); System.out.println(new char[]{'c', 'h'}); System.out.print(1.5f); System.out.print(2L); System.out.println(true);
        System.out.println(System.getenv("CORTADO_SURELY_UNSET") + " " + (System.getenv() != null));
        System.out.println(Integer.toHexString(Character.codePointAt("😀", 0)) + " " + "😀".length() + " " + "😀".codePointCount(0, 2) + " " + new StringBuilder("a😀b").reverse() + " " + "😀x".substring(1).length() + " " + Character.isHighSurrogate("😀".charAt(0)) + " " + "AbC😀".toLowerCase() + " " + "İ".toLowerCase().length() + " " + "ǅ".toUpperCase() + "ǅ".toLowerCase() + " " + "ﬃ".toUpperCase() + " " + "ΣΑΣ".toLowerCase());
    }
static class RtVersion {
    static void main(String[] args) {
        Runtime.Version v = Runtime.version();
        System.out.println(v.feature() + " " + v.interim() + " " + v.update() + " " + v.patch() + " " + v.version().subList(0, 1));
        for (String s : new String[]{"9", "11.0.2", "17.0.1+12", "9-ea+7-abc", "10.0.0.1", "11-ea", "1.8", "9+-opt", "+1", "09", "9.0", "9.1+"}) {
            try { Runtime.Version x = Runtime.Version.parse(s); System.out.println(s + " -> " + x + " pre=" + x.pre() + " build=" + x.build() + " opt=" + x.optional() + " " + x.compareTo(Runtime.Version.parse("11")) + " " + x.hashCode()); }
            catch (IllegalArgumentException e) { System.out.println(s + " -> " + e.getMessage()); }
        }
        System.out.println(Runtime.Version.parse("9-ea").compareTo(Runtime.Version.parse("9")) + " " + Runtime.Version.parse("9-1").compareTo(Runtime.Version.parse("9-a")) + " " + Runtime.Version.parse("9+1").compareTo(Runtime.Version.parse("9")) + " " + Runtime.Version.parse("9+1-x").equals(Runtime.Version.parse("9+1-y")) + " " + Runtime.Version.parse("9+1-x").equalsIgnoreOptional(Runtime.Version.parse("9+1-y")));
    }
}
}

package nio;

import java.io.*;
import java.nio.*;
import java.nio.charset.*;
import java.util.*;
public class CoderStreams {
  interface Act { Object run() throws Exception; }
  static void t(String label, Act a) {
    try { System.out.println(label + " -> " + a.run()); }
    catch (Throwable e) { System.out.println(label + " !! " + e); }
  }
  static String esc(String s) { StringBuilder sb = new StringBuilder(); for (char c : s.toCharArray()) { if (c >= 0x20 && c < 0x7f) sb.append(c); else sb.append(String.format("\\u%04x", (int) c)); } return sb.toString(); }
  static String readAll(Reader r) throws IOException { StringBuilder sb = new StringBuilder(); char[] buf = new char[3]; int n; while ((n = r.read(buf)) > 0) sb.append(buf, 0, n); return esc(sb.toString()); }
  static String readPartial(Reader r) { StringBuilder sb = new StringBuilder(); try { int c; while ((c = r.read()) >= 0) sb.append((char) c); return esc(sb.toString()); } catch (IOException e) { return esc(sb.toString()) + " then " + e; } }
  static String hex(byte[] b) { StringBuilder sb = new StringBuilder(); for (byte x : b) sb.append(String.format("%02x", x)); return sb.toString(); }

  /** Upper-casing ASCII charset of the program's own; bytes >= 0x80 malformed, chars >= 0x80 unmappable. */
  static final class Upper extends Charset {
    Upper() { super("X-UPPER", null); }
    public boolean contains(Charset cs) { return cs == this; }
    public CharsetDecoder newDecoder() {
      return new CharsetDecoder(this, 1.0f, 1.0f) {
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
          while (in.hasRemaining()) {
            if (!out.hasRemaining()) return CoderResult.OVERFLOW;
            byte b = in.get();
            if (b < 0) { in.position(in.position() - 1); return CoderResult.malformedForLength(1); }
            out.put(Character.toUpperCase((char) b));
          }
          return CoderResult.UNDERFLOW;
        }
      };
    }
    public CharsetEncoder newEncoder() {
      return new CharsetEncoder(this, 1.0f, 1.0f) {
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
          while (in.hasRemaining()) {
            char c = in.get();
            if (c >= 0x80) { in.position(in.position() - 1); return CoderResult.unmappableForLength(1); }
            if (!out.hasRemaining()) { in.position(in.position() - 1); return CoderResult.OVERFLOW; }
            out.put((byte) Character.toUpperCase(c));
          }
          return CoderResult.UNDERFLOW;
        }
      };
    }
  }

  public static void main(String[] args) throws Exception {
    byte[] bad = {0x61, (byte) 0xe2, (byte) 0x82, 0x62, (byte) 0xc3, (byte) 0xa9, (byte) 0xff, 0x63, (byte) 0xe2};
    Charset utf8 = StandardCharsets.UTF_8;
    t("charset reader", () -> readAll(new InputStreamReader(new ByteArrayInputStream(bad), utf8)));
    t("decoder reader report", () -> readPartial(new InputStreamReader(new ByteArrayInputStream(bad), utf8.newDecoder())));
    t("decoder reader replace", () -> readAll(new InputStreamReader(new ByteArrayInputStream(bad), utf8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).replaceWith("#"))));
    t("decoder reader ignore", () -> readAll(new InputStreamReader(new ByteArrayInputStream(bad), utf8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE))));
    t("decoder reader ok", () -> readAll(new InputStreamReader(new ByteArrayInputStream("h\u00e9llo \u20ac \ud83d\ude00".getBytes(utf8)), utf8.newDecoder())));
    t("decoder reader utf16", () -> readAll(new InputStreamReader(new ByteArrayInputStream("h\u00e9llo \ud83d\ude00".getBytes(StandardCharsets.UTF_16)), StandardCharsets.UTF_16.newDecoder())));
    t("decoder getEncoding", () -> new InputStreamReader(new ByteArrayInputStream(bad), utf8.newDecoder()).getEncoding() + " " + new InputStreamReader(new ByteArrayInputStream(bad), StandardCharsets.ISO_8859_1.newDecoder()).getEncoding());
    t("ascii decoder", () -> readPartial(new InputStreamReader(new ByteArrayInputStream(new byte[] {0x41, 0x42, (byte) 0xc0}), StandardCharsets.US_ASCII.newDecoder())));
    t("1252 unmappable", () -> readPartial(new InputStreamReader(new ByteArrayInputStream(new byte[] {0x41, (byte) 0x81}), Charset.forName("windows-1252").newDecoder())));
    t("1252 charset", () -> readAll(new InputStreamReader(new ByteArrayInputStream(new byte[] {0x41, (byte) 0x81, (byte) 0x80}), Charset.forName("windows-1252"))));
    t("big", () -> { StringBuilder sb = new StringBuilder(); for (int i = 0; i < 5000; i++) sb.append("\u00e9\u20ac\ud83d\ude00x"); byte[] b = sb.toString().getBytes(utf8); Reader r = new InputStreamReader(new ByteArrayInputStream(b), utf8.newDecoder()); StringBuilder o = new StringBuilder(); int c; while ((c = r.read()) >= 0) o.append((char) c); return o.toString().equals(sb.toString()) + " " + o.length(); });

    // writers
    t("encoder writer", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); Writer w = new OutputStreamWriter(bo, utf8.newEncoder()); w.write("h\u00e9 \ud83d"); w.write("\ude00!"); w.close(); return hex(bo.toByteArray()); });
    t("encoder writer unpaired", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); Writer w = new OutputStreamWriter(bo, utf8.newEncoder()); w.write("ab\udc00cd"); try { w.flush(); } catch (IOException e) { return e + " " + hex(bo.toByteArray()); } return hex(bo.toByteArray()); });
    t("encoder writer unmappable", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); Writer w = new OutputStreamWriter(bo, StandardCharsets.US_ASCII.newEncoder()); w.write("caf\u00e9"); try { w.flush(); } catch (IOException e) { return e.toString(); } return hex(bo.toByteArray()); });
    t("encoder writer replace", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); Writer w = new OutputStreamWriter(bo, StandardCharsets.US_ASCII.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[] {'*'})); w.write("caf\u00e9 \ud83d\ude00"); w.close(); return hex(bo.toByteArray()); });
    t("encoder writer utf16", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); Writer w = new OutputStreamWriter(bo, StandardCharsets.UTF_16.newEncoder()); w.write("ab"); w.flush(); w.write("c"); w.close(); return hex(bo.toByteArray()); });
    t("charset writer utf16", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); Writer w = new OutputStreamWriter(bo, StandardCharsets.UTF_16); w.write("ab"); w.flush(); w.write("c"); w.close(); return hex(bo.toByteArray()); });
    t("encoder getEncoding", () -> new OutputStreamWriter(new ByteArrayOutputStream(), utf8.newEncoder()).getEncoding() + " " + new OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.UTF_16LE.newEncoder()).getEncoding());
    t("trailing high at close", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); Writer w = new OutputStreamWriter(bo, utf8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)); w.write("x\ud800"); w.close(); return hex(bo.toByteArray()); });

    // a charset of the program's own
    Charset up = new Upper();
    t("string", () -> esc(new String(new byte[] {0x61, (byte) 0x80, 0x62}, up)) + " " + hex("ab\u00e9c".getBytes(up)));
    t("reader", () -> readAll(new InputStreamReader(new ByteArrayInputStream(new byte[] {0x61, (byte) 0x80, 0x62, 0x63}), up)));
    t("reader getEncoding", () -> new InputStreamReader(new ByteArrayInputStream(new byte[0]), up).getEncoding());
    t("writer", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); Writer w = new OutputStreamWriter(bo, up); w.write("hi \u00e9!"); w.close(); return hex(bo.toByteArray()) + " " + new OutputStreamWriter(bo, up).getEncoding(); });
    t("printstream", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); PrintStream ps = new PrintStream(bo, true, up); ps.print("ok \u00e9"); ps.flush(); return hex(bo.toByteArray()) ; });
    t("utf16le bom long", () -> { StringBuilder sb = new StringBuilder(); for (int i = 0; i < 3000; i++) sb.append("line \u00e9 " + i + "\n"); byte[] b = ("\ufeff" + sb).getBytes(StandardCharsets.UTF_16LE); BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_16)); int lines = 0; String l, last = null; while ((l = r.readLine()) != null) { lines++; last = l; } return lines + " " + esc(last); });
    t("utf32 reader", () -> { StringBuilder sb = new StringBuilder(); for (int i = 0; i < 3000; i++) sb.append("\ud83d\ude00" + i); byte[] b = sb.toString().getBytes(Charset.forName("UTF-32LE")); String got = readAll(new InputStreamReader(new ByteArrayInputStream(b), Charset.forName("UTF-32LE"))); return got.length() + " " + got.substring(got.length() - 20); });
    t("utf32 bom reader", () -> readAll(new InputStreamReader(new ByteArrayInputStream(new byte[] {0, 0, (byte) 0xfe, (byte) 0xff, 0, 0, 0, 0x41, 0, 0, (byte) 0xfe, (byte) 0xff, 0, 0}), Charset.forName("UTF-32"))));
    t("utf16 odd reader", () -> readAll(new InputStreamReader(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41, 0, (byte) 0xd8}), StandardCharsets.UTF_16)));
    t("utf16 printstream", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); PrintStream ps = new PrintStream(bo, true, "UTF-16"); ps.print("a"); ps.print("b"); ps.println(); ps.printf("%d", 5); return hex(bo.toByteArray()); });
    t("utf16 writer chunks", () -> { ByteArrayOutputStream bo = new ByteArrayOutputStream(); Writer w = new OutputStreamWriter(bo, "UTF-16"); for (int i = 0; i < 5000; i++) w.write("xy"); w.close(); byte[] b = bo.toByteArray(); return b.length + " " + new String(b, StandardCharsets.UTF_16).length(); });
    t("ready", () -> { Reader r = new InputStreamReader(new ByteArrayInputStream(new byte[] {0x41, 0x42, 0x43}), utf8.newDecoder()); boolean a = r.ready(); r.read(); boolean b = r.ready(); r.read(); r.read(); return a + " " + b + " " + r.ready() + " " + r.read(); });
    t("decoder reader custom", () -> readPartial(new InputStreamReader(new ByteArrayInputStream(new byte[] {0x61, 0x62, (byte) 0x80}), up.newDecoder())));
  }
}

package nio;

import java.nio.*;
import java.nio.charset.*;
import java.util.*;
public class CharsetApi {
  interface Act { Object run() throws Exception; }
  static void t(String label, Act a) {
    try { System.out.println(label + " -> " + a.run()); }
    catch (Throwable e) { System.out.println(label + " !! " + e + (e.getCause() != null ? " cause " + e.getCause() : "")); }
  }
  static String hex(ByteBuffer b) { StringBuilder sb = new StringBuilder(); ByteBuffer d = b.duplicate(); while (d.hasRemaining()) sb.append(String.format("%02x", d.get())); return sb.toString(); }

  /** A charset of the program's own: ROT13 over ASCII, '?' for others. */
  static final class Rot13 extends Charset {
    Rot13() { super("X-ROT13", new String[] {"rot13"}); }
    public boolean contains(Charset cs) { return cs == this; }
    public CharsetDecoder newDecoder() {
      return new CharsetDecoder(this, 1.0f, 1.0f) {
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
          while (in.hasRemaining()) {
            if (!out.hasRemaining()) return CoderResult.OVERFLOW;
            byte b = in.get();
            if (b < 0) { in.position(in.position() - 1); return CoderResult.malformedForLength(1); }
            out.put(rot((char) b));
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
            out.put((byte) rot(c));
          }
          return CoderResult.UNDERFLOW;
        }
      };
    }
    static char rot(char c) {
      if (c >= 'a' && c <= 'z') return (char) ('a' + (c - 'a' + 13) % 26);
      if (c >= 'A' && c <= 'Z') return (char) ('A' + (c - 'A' + 13) % 26);
      return c;
    }
  }

  public static void main(String[] args) throws Exception {
    System.out.println(CoderResult.UNDERFLOW + " " + CoderResult.OVERFLOW + " " + CoderResult.malformedForLength(2) + " " + CoderResult.unmappableForLength(7));
    System.out.println((CoderResult.malformedForLength(3) == CoderResult.malformedForLength(3)) + " " + (CoderResult.unmappableForLength(300) == CoderResult.unmappableForLength(300)) + " " + CoderResult.malformedForLength(1).isError() + CoderResult.malformedForLength(1).isMalformed() + CoderResult.malformedForLength(1).isUnmappable() + CoderResult.OVERFLOW.isOverflow() + CoderResult.UNDERFLOW.isUnderflow());
    t("len underflow", () -> CoderResult.UNDERFLOW.length());
    t("len 0", () -> CoderResult.malformedForLength(0));
    t("unm -1", () -> CoderResult.unmappableForLength(-1));
    for (CoderResult cr : new CoderResult[] {CoderResult.UNDERFLOW, CoderResult.OVERFLOW, CoderResult.malformedForLength(2), CoderResult.unmappableForLength(3)}) {
      t("throw " + cr, () -> { cr.throwException(); return "none"; });
    }
    System.out.println(CodingErrorAction.IGNORE + " " + CodingErrorAction.REPLACE + " " + CodingErrorAction.REPORT);
    System.out.println(new MalformedInputException(5).getMessage() + " " + new UnmappableCharacterException(2).getInputLength());

    Charset utf8 = StandardCharsets.UTF_8;
    CharsetDecoder d = utf8.newDecoder();
    CharsetEncoder e = utf8.newEncoder();
    t("null action", () -> d.onMalformedInput(null));
    t("null repl", () -> d.replaceWith(null));
    t("empty repl", () -> d.replaceWith(""));
    t("long repl", () -> d.replaceWith("ab"));
    t("dec repl", () -> d.replaceWith("?").replacement());
    t("enc null repl", () -> e.replaceWith(null));
    t("enc empty repl", () -> e.replaceWith(new byte[0]));
    t("enc long repl", () -> e.replaceWith(new byte[4]));
    t("enc bad repl", () -> e.replaceWith(new byte[] {(byte) 0xc3}));
    t("enc ok repl", () -> Arrays.toString(e.replaceWith(new byte[] {(byte) 0xc3, (byte) 0xa9}).replacement()));
    t("legal", () -> e.isLegalReplacement(new byte[] {(byte) 0xff}) + " " + e.isLegalReplacement(new byte[] {0x41}));
    e.onMalformedInput(CodingErrorAction.REPLACE);
    t("enc replaced", () -> hex(e.encode(CharBuffer.wrap("a\udc00b"))));
    d.onMalformedInput(CodingErrorAction.REPLACE);
    t("dec replaced", () -> d.decode(ByteBuffer.wrap(new byte[] {0x61, (byte) 0x80, 0x62})));
    t("utf16 repl", () -> Arrays.toString(StandardCharsets.UTF_16LE.newEncoder().replaceWith(new byte[] {0x3f, 0}).replacement()));
    t("utf16 bad repl", () -> StandardCharsets.UTF_16.newEncoder().replaceWith(new byte[] {0x3f}));

    // state machine
    CharsetDecoder sd = utf8.newDecoder();
    t("flush in reset", () -> sd.flush(CharBuffer.allocate(4)));
    CharBuffer out = CharBuffer.allocate(8);
    t("decode part", () -> sd.decode(ByteBuffer.wrap(new byte[] {0x41}), out, false));
    t("flush in coding", () -> sd.flush(out));
    t("decode end", () -> sd.decode(ByteBuffer.wrap(new byte[] {0x42}), out, true));
    t("decode end again", () -> sd.decode(ByteBuffer.wrap(new byte[] {0x43}), out, true));
    t("decode after end", () -> sd.decode(ByteBuffer.wrap(new byte[] {0x43}), out, false));
    t("flush", () -> sd.flush(out));
    t("flush again", () -> sd.flush(out));
    t("decode after flush", () -> sd.decode(ByteBuffer.wrap(new byte[] {0x44}), out, true));
    t("reset and decode", () -> sd.reset().decode(ByteBuffer.wrap(new byte[] {0x44}), out, true) + " " + out.flip());
    CharsetEncoder se = utf8.newEncoder();
    t("enc part", () -> se.encode(CharBuffer.wrap("x"), ByteBuffer.allocate(4), false));
    t("canEncode mid", () -> se.canEncode("abc"));
    t("canEncode char mid", () -> se.canEncode('a'));
    t("enc flush mid", () -> se.flush(ByteBuffer.allocate(4)));

    // overflow and convenience paths
    CharsetEncoder oe = utf8.newEncoder();
    ByteBuffer small = ByteBuffer.allocate(2);
    CharBuffer src = CharBuffer.wrap("\u20ac\u20ac");
    t("overflow", () -> oe.encode(src, small, true) + " " + src.position() + " " + small.position());
    t("convenience", () -> hex(utf8.newEncoder().encode(CharBuffer.wrap("h\u00e9"))));
    t("conv unmappable", () -> StandardCharsets.US_ASCII.newEncoder().encode(CharBuffer.wrap("caf\u00e9")));
    t("conv malformed", () -> StandardCharsets.US_ASCII.newDecoder().decode(ByteBuffer.wrap(new byte[] {0x41, (byte) 0xe9})));
    t("conv empty", () -> utf8.newDecoder().decode(ByteBuffer.allocate(0)) + "|" + utf8.newEncoder().encode(CharBuffer.allocate(0)));
    t("latin1 unmappable pair", () -> StandardCharsets.ISO_8859_1.newEncoder().encode(CharBuffer.wrap("\ud83d\ude00")));
    t("1252 unmappable byte", () -> Charset.forName("windows-1252").newDecoder().decode(ByteBuffer.wrap(new byte[] {(byte) 0x81})));
    t("1252 ignore", () -> Charset.forName("windows-1252").newDecoder().onUnmappableCharacter(CodingErrorAction.IGNORE).decode(ByteBuffer.wrap(new byte[] {0x41, (byte) 0x81, (byte) 0x80})));
    t("read-only dst", () -> utf8.newDecoder().decode(ByteBuffer.wrap(new byte[] {0x41}), CharBuffer.wrap("xyz"), true));
    t("dec position", () -> { ByteBuffer in = ByteBuffer.wrap(new byte[] {0x41, (byte) 0xe2, (byte) 0x82}); CharBuffer o = CharBuffer.allocate(4); CoderResult cr = utf8.newDecoder().decode(in, o, false); return cr + " " + in.position() + " " + o.position(); });
    t("charset", () -> e.charset() + " " + d.charset().name() + " " + d.isAutoDetecting());
    t("detected", () -> d.isCharsetDetected());
    t("detectedCharset", () -> d.detectedCharset());
    // canEncode
    for (String n : new String[] {"UTF-8", "US-ASCII", "ISO-8859-1", "UTF-16", "windows-1252", "KOI8-R", "UTF-32"}) {
      CharsetEncoder ce = Charset.forName(n).newEncoder();
      StringBuilder sb = new StringBuilder(n + ":");
      for (char c : new char[] {'a', '\u00e9', '\u20ac', '\u0416', '\ud800', '\udc00', '\uffff'}) sb.append(ce.canEncode(c) ? '1' : '0');
      sb.append(' ').append(ce.canEncode("\ud83d\ude00")).append(' ').append(ce.canEncode("a\ud800")).append(' ').append(ce.canEncode(CharBuffer.wrap("\u20ac")));
      sb.append(' ').append(Charset.forName(n).canEncode());
      System.out.println(sb);
    }
    // user-defined charset
    Charset rot = new Rot13();
    t("rot encode", () -> hex(rot.encode("Hello, World")));
    t("rot encode repl", () -> { ByteBuffer b = rot.encode("caf\u00e9"); return hex(b) + " " + b; });
    t("rot decode", () -> rot.decode(ByteBuffer.wrap("Uryyb".getBytes(StandardCharsets.US_ASCII))));
    t("rot decode repl", () -> { CharBuffer c = rot.decode(ByteBuffer.wrap(new byte[] {0x41, (byte) 0x80, 0x42})); return c + " " + c.capacity(); });
    t("rot strict", () -> rot.newEncoder().encode(CharBuffer.wrap("\u00e9")));
    t("rot names", () -> rot.name() + " " + rot.aliases() + " " + rot.displayName() + " " + rot.isRegistered() + " " + rot.canEncode());
    // capacities of Charset.encode/decode as the JDK's
    for (String n : new String[] {"UTF-8", "UTF-16", "UTF-32", "ISO-8859-1"}) {
      Charset cs = Charset.forName(n);
      for (String s : new String[] {"", "a", "\u20ac\u20ac\u20ac", "abcdefghij\u00e9", "\ud83d\ude00\ud83d\ude00"}) {
        ByteBuffer b = cs.encode(s);
        CharBuffer c = cs.decode(b.duplicate());
        ByteBuffer b2 = cs.encode(CharBuffer.wrap(s));
        System.out.println(n + " " + s.length() + " " + b + " " + b2.capacity() + " " + c.length() + "/" + c.capacity() + " " + c.toString().equals(s) + " " + c.position());
      }
    }
    CharBuffer part = CharBuffer.wrap("xxabcxx"); part.position(2).limit(5);
    ByteBuffer pb = utf8.encode(part);
    System.out.println(hex(pb) + " " + part.position() + " " + pb);
    ByteBuffer bin = ByteBuffer.wrap("..hello..".getBytes(utf8)); bin.position(2).limit(7);
    CharBuffer cbin = utf8.decode(bin);
    System.out.println(cbin + " " + bin.position() + " " + cbin.capacity());
  }
}

package nio;

import java.nio.*;
import java.nio.charset.*;
public class BufferViews {
  interface Act { Object run() throws Exception; }
  static void t(String label, Act a) { try { System.out.println(label + " -> " + a.run()); } catch (Throwable e) { System.out.println(label + " !! " + e); } }
  public static void main(String[] args) throws Exception {
    ByteBuffer bb = ByteBuffer.allocate(16);
    for (int i = 0; i < 16; i++) bb.put(i, (byte) (0x41 + i));
    CharBuffer cv = bb.asReadOnlyBuffer().asCharBuffer();
    t("cv", () -> cv + " " + cv.isReadOnly() + " " + cv.subSequence(1, 3) + " " + cv.subSequence(1, 3).position() + " " + cv.slice(2, 2) + " " + cv.duplicate().position(3) + " " + cv.length() + " " + cv.charAt(2));
    t("cv put", () -> cv.put('x'));
    t("cv array", () -> cv.array());
    t("cv chars", () -> cv.chars().count());
    IntBuffer iv = bb.asIntBuffer();
    t("overlap put", () -> { IntBuffer a = iv.duplicate(); a.position(1); IntBuffer src = iv.duplicate(); src.limit(3); a.put(src); return a + " " + iv.get(0) + "," + iv.get(1) + "," + iv.get(2) + "," + iv.get(3); });
    t("eq view heap", () -> LongBuffer.wrap(new long[]{bb.getLong(0)}).equals(bb.asLongBuffer().limit(1)) + " " + bb.asLongBuffer().compareTo(LongBuffer.allocate(2)));
    t("view after order change", () -> { IntBuffer v = bb.asIntBuffer(); bb.order(ByteOrder.LITTLE_ENDIAN); return v.order() + " " + bb.asIntBuffer().order() + " " + Integer.toHexString(v.get(0)) + " " + Integer.toHexString(bb.asIntBuffer().get(0)); });
    t("short view", () -> bb.asShortBuffer().get(3) + " " + bb.order(ByteOrder.BIG_ENDIAN).asShortBuffer().get(3));
    t("float view", () -> { FloatBuffer f = ByteBuffer.allocate(8).asFloatBuffer(); f.put(Float.NaN).put(-0.0f); f.flip(); return f + " " + f.get(0) + " " + f.get(1) + " " + f.hashCode(); });
    t("double get bulk", () -> { DoubleBuffer d = DoubleBuffer.wrap(new double[]{1, 2, 3}); double[] out = new double[2]; d.get(1, out); return out[0] + " " + out[1] + " " + d.position(); });
    t("heap char subseq", () -> { CharBuffer c = CharBuffer.wrap(new char[]{'a','b','c','d','e'}, 1, 3); return c.subSequence(1, 2) + " " + c.subSequence(1, 2).arrayOffset() + " " + c.slice().arrayOffset() + " " + c.subSequence(0, 3).capacity(); });
    t("wrap cs sub", () -> { CharBuffer c = CharBuffer.wrap("hello", 1, 4); c.get(); return c.subSequence(0, 2) + " " + c.slice() + " " + c.slice().capacity() + " " + c.duplicate().clear(); });
    t("decoder on view", () -> StandardCharsets.UTF_16BE.newDecoder().decode(ByteBuffer.wrap(new byte[]{0, 0x41, 0, 0x42})));
    t("encode into view", () -> { CharsetEncoder e = StandardCharsets.UTF_8.newEncoder(); ByteBuffer out = ByteBuffer.allocate(10).asReadOnlyBuffer(); return e.encode(CharBuffer.wrap("ab"), out, true); });
    t("decode into char view", () -> { CharBuffer out = ByteBuffer.allocate(8).asCharBuffer(); CoderResult r = StandardCharsets.ISO_8859_1.newDecoder().decode(ByteBuffer.wrap(new byte[]{0x41, (byte) 0xe9}), out, true); out.flip(); return r + " " + out; });
    t("latin1 enc overflow", () -> { CharsetEncoder e = StandardCharsets.ISO_8859_1.newEncoder(); ByteBuffer out = ByteBuffer.allocate(2); CharBuffer in = CharBuffer.wrap(new char[]{'a','b','\u0100'}); return e.encode(in, out, true) + " " + in.position(); });
    t("latin1 enc overflow2", () -> { CharsetEncoder e = StandardCharsets.ISO_8859_1.newEncoder(); ByteBuffer out = ByteBuffer.allocate(2); CharBuffer in = CharBuffer.wrap("ab\u0100"); return e.encode(in, out, true) + " " + in.position(); });
    t("1252 dec overflow", () -> { CharsetDecoder d = Charset.forName("windows-1252").newDecoder(); CharBuffer out = CharBuffer.allocate(1); ByteBuffer in = ByteBuffer.wrap(new byte[]{0x41, (byte) 0x81}); return d.decode(in, out, true) + " " + in.position(); });
    t("1252 dec overflow ro", () -> { CharsetDecoder d = Charset.forName("windows-1252").newDecoder(); CharBuffer out = CharBuffer.allocate(1); ByteBuffer in = ByteBuffer.wrap(new byte[]{0x41, (byte) 0x81}).asReadOnlyBuffer(); return d.decode(in, out, true) + " " + in.position(); });
  }
}

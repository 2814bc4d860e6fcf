package nio;

import java.nio.*;
import java.util.*;
import java.util.function.*;
public class TypedBuffers {
  static void t(String label, Supplier<Object> s) {
    try { Object o = s.get(); System.out.println(label + " -> " + str(o)); }
    catch (Throwable e) { System.out.println(label + " !! " + e); }
  }
  static void r(String label, Runnable s) { t(label, () -> { s.run(); return "ok"; }); }
  static String str(Object o) {
    if (o instanceof int[]) return Arrays.toString((int[]) o);
    if (o instanceof long[]) return Arrays.toString((long[]) o);
    if (o instanceof short[]) return Arrays.toString((short[]) o);
    if (o instanceof float[]) return Arrays.toString((float[]) o);
    if (o instanceof double[]) return Arrays.toString((double[]) o);
    if (o instanceof char[]) return Arrays.toString((char[]) o);
    if (o instanceof byte[]) return Arrays.toString((byte[]) o);
    return String.valueOf(o);
  }
  static String dump(Buffer b) {
    StringBuilder sb = new StringBuilder(b.toString()).append(" {");
    for (int i = 0; i < b.limit(); i++) {
      if (i > 0) sb.append(',');
      if (b instanceof IntBuffer) sb.append(((IntBuffer) b).get(i));
      else if (b instanceof LongBuffer) sb.append(((LongBuffer) b).get(i));
      else if (b instanceof ShortBuffer) sb.append(((ShortBuffer) b).get(i));
      else if (b instanceof FloatBuffer) sb.append(((FloatBuffer) b).get(i));
      else if (b instanceof DoubleBuffer) sb.append(((DoubleBuffer) b).get(i));
      else if (b instanceof CharBuffer) sb.append((int) ((CharBuffer) b).get(i));
      else if (b instanceof ByteBuffer) sb.append(((ByteBuffer) b).get(i));
    }
    return sb.append("} ro=" + b.isReadOnly() + " direct=" + b.isDirect() + " array=" + b.hasArray()).toString();
  }
  public static void main(String[] args) {
    ints(); longs(); shorts(); floats(); doubles(); views(); chars(); bytes();
  }
  static void ints() {
    System.out.println("== IntBuffer");
    IntBuffer b = IntBuffer.allocate(6);
    System.out.println(dump(b) + " " + b.order() + " " + b.arrayOffset());
    b.put(1).put(2).put(3);
    System.out.println(dump(b));
    b.flip(); System.out.println(dump(b) + " " + b.get() + " " + b.remaining());
    b.mark(); b.get(); b.reset(); System.out.println(b.position());
    r("reset no mark", () -> IntBuffer.allocate(2).reset());
    t("get past", () -> { IntBuffer x = IntBuffer.allocate(1); x.get(); return x.get(); });
    t("put past", () -> { IntBuffer x = IntBuffer.allocate(1); x.put(1); return x.put(2); });
    t("abs get", () -> b.get(3));
    t("abs get neg", () -> b.get(-1));
    t("abs put lim", () -> b.put(3, 9));
    t("pos>lim", () -> b.position(4));
    t("lim>cap", () -> b.limit(7));
    t("lim<0", () -> b.limit(-1));
    t("alloc neg", () -> IntBuffer.allocate(-3));
    int[] arr = {10, 20, 30, 40, 50, 60, 70};
    IntBuffer w = IntBuffer.wrap(arr, 2, 3);
    System.out.println(dump(w) + " off=" + w.arrayOffset() + " " + (w.array() == arr));
    t("wrap bad", () -> IntBuffer.wrap(arr, 5, 3));
    t("wrap neg", () -> IntBuffer.wrap(arr, -1, 3));
    IntBuffer s = w.slice();
    System.out.println(dump(s) + " off=" + s.arrayOffset());
    s.put(0, 33);
    System.out.println(arr[2] + " " + dump(w.duplicate()));
    IntBuffer s2 = w.slice(1, 4); System.out.println(dump(s2) + " off=" + s2.arrayOffset());
    t("slice bad", () -> w.slice(5, 3));
    IntBuffer ro = w.asReadOnlyBuffer();
    System.out.println(dump(ro) + " " + ro.equals(w) + " " + ro.compareTo(w) + " " + ro.hashCode() + " " + w.hashCode());
    t("ro put", () -> ro.put(1));
    t("ro put abs", () -> ro.put(0, 1));
    t("ro array", () -> ro.array());
    t("ro arrayOffset", () -> ro.arrayOffset());
    t("ro compact", () -> ro.compact());
    t("ro put arr", () -> ro.put(new int[0]));
    t("ro put buf", () -> ro.put(IntBuffer.allocate(0)));
    t("ro slice", () -> dump(ro.slice()));
    int[] dst = new int[5];
    t("bulk get", () -> { IntBuffer d = w.duplicate(); d.get(dst, 1, 2); return dump(d) + str(dst); });
    t("bulk get under", () -> w.duplicate().get(new int[4]));
    t("bulk get range", () -> w.duplicate().get(dst, 4, 2));
    t("bulk get abs", () -> { w.get(1, dst, 0, 2); return str(dst); });
    t("bulk get abs bad", () -> w.get(4, dst, 0, 2));
    t("bulk get abs bad2", () -> w.get(0, dst, 4, 2));
    IntBuffer big = IntBuffer.allocate(10);
    t("bulk put", () -> dump(big.put(new int[]{1,2,3}, 1, 2)));
    t("bulk put over", () -> IntBuffer.allocate(1).put(new int[]{1,2}));
    t("bulk put range", () -> big.put(new int[]{1,2}, 1, 2));
    t("bulk put abs", () -> dump(big.put(5, new int[]{7,8,9})));
    t("bulk put abs bad", () -> big.put(9, new int[]{7,8,9}));
    t("put buf", () -> dump(big.put(IntBuffer.wrap(new int[]{4,5,6}))));
    t("put self", () -> big.put(big));
    t("put buf over", () -> IntBuffer.allocate(1).put(IntBuffer.allocate(2)));
    t("put buf abs", () -> dump(big.put(0, IntBuffer.wrap(new int[]{11,12,13}), 1, 2)));
    t("put buf abs bad", () -> big.put(0, IntBuffer.wrap(new int[]{11,12,13}), 2, 2));
    big.position(2).limit(7);
    t("compact", () -> dump(big.compact()));
    t("clear", () -> dump(big.clear()));
    t("rewind", () -> dump(big.position(3).rewind()));
    t("flip", () -> dump(big.position(3).flip()));
    IntBuffer a1 = IntBuffer.wrap(new int[]{1,2,3,4}), a2 = IntBuffer.wrap(new int[]{1,2,5});
    System.out.println(a1.equals(a2) + " " + a1.compareTo(a2) + " " + a2.compareTo(a1) + " " + a1.mismatch(a2) + " " + a1.mismatch(a1.duplicate()) + " " + a1.hashCode());
    a2.limit(2); a1.limit(2);
    System.out.println(a1.equals(a2) + " " + a1.compareTo(a2) + " " + a1.mismatch(a2) + " " + a1.equals("x"));
    a1.limit(4);
    System.out.println(a1.compareTo(a2) + " " + a1.mismatch(a2) + " " + a2.mismatch(a1));
    IntBuffer m = IntBuffer.wrap(new int[]{Integer.MIN_VALUE, -1}), m2 = IntBuffer.wrap(new int[]{Integer.MAX_VALUE, 1});
    System.out.println(m.compareTo(m2) + " " + m.hashCode());
  }
  static void longs() {
    System.out.println("== LongBuffer");
    LongBuffer b = LongBuffer.allocate(4);
    b.put(Long.MAX_VALUE).put(-5L).put(1L << 40);
    System.out.println(dump(b) + " " + b.order() + " " + b.hashCode());
    b.flip();
    System.out.println(dump(b.slice()) + " " + b.get(2));
    LongBuffer c = LongBuffer.wrap(new long[]{Long.MAX_VALUE, -5L, 1L << 40});
    System.out.println(b.equals(c) + " " + b.compareTo(c) + " " + c.compareTo(LongBuffer.wrap(new long[]{Long.MIN_VALUE})) + " " + b.mismatch(c));
    long[] d = new long[3]; b.get(d); System.out.println(str(d));
    t("ro", () -> b.asReadOnlyBuffer().put(1L));
    System.out.println(dump(b.asReadOnlyBuffer()));
  }
  static void shorts() {
    System.out.println("== ShortBuffer");
    ShortBuffer b = ShortBuffer.allocate(5);
    b.put((short) -1).put((short) 300).put(Short.MIN_VALUE);
    System.out.println(dump(b) + " " + b.hashCode());
    b.flip();
    ShortBuffer c = ShortBuffer.wrap(new short[]{-1, 300, 7});
    System.out.println(b.equals(c) + " " + b.compareTo(c) + " " + b.mismatch(c) + " " + dump(b.duplicate().compact()));
    System.out.println(dump(b.asReadOnlyBuffer()));
  }
  static void floats() {
    System.out.println("== FloatBuffer");
    FloatBuffer b = FloatBuffer.wrap(new float[]{1.5f, Float.NaN, -0.0f, 0.0f, Float.NEGATIVE_INFINITY});
    System.out.println(dump(b) + " " + b.hashCode());
    float[][] cases = { {0.0f}, {-0.0f}, {0.0f, 1}, {-0.0f, 1}, {1, 0.0f}, {1, -0.0f}, {1, 2, 0.0f}, {1, 2, -0.0f}, {Float.NaN, 1}, {Float.intBitsToFloat(0x7fc00001), 1}, {1, Float.NaN}, {1, Float.intBitsToFloat(0x7fc00001)}, {0.0f, 0.0f, 0.0f}, {-0.0f, -0.0f, -0.0f}, {1, 2, Float.NaN}, {1, 2, Float.intBitsToFloat(0x7fc00001)} };
    for (int i = 0; i < cases.length; i++) for (int j = 0; j < cases.length; j++) {
      if (cases[i].length != cases[j].length) continue;
      FloatBuffer x = FloatBuffer.wrap(cases[i]), y = FloatBuffer.wrap(cases[j]);
      System.out.print(i + "," + j + ":" + x.equals(y) + "/" + x.compareTo(y) + "/" + x.mismatch(y) + " ");
    }
    System.out.println();
    FloatBuffer n1 = FloatBuffer.wrap(new float[]{Float.NaN}), n2 = FloatBuffer.wrap(new float[]{1f});
    System.out.println(n1.compareTo(n2) + " " + n2.compareTo(n1) + " " + n1.compareTo(n1.duplicate()));
  }
  static void doubles() {
    System.out.println("== DoubleBuffer");
    DoubleBuffer b = DoubleBuffer.allocate(3).put(Math.PI).put(-0.0).put(Double.NaN);
    b.flip();
    System.out.println(dump(b) + " " + b.hashCode());
    double[][] cases = { {0.0}, {-0.0}, {0.0, 1}, {-0.0, 1}, {1, 0.0}, {1, -0.0}, {Double.NaN, 1}, {Double.longBitsToDouble(0x7ff8000000000001L), 1}, {1, Double.NaN}, {1, Double.longBitsToDouble(0x7ff8000000000001L)} };
    for (int i = 0; i < cases.length; i++) for (int j = 0; j < cases.length; j++) {
      if (cases[i].length != cases[j].length) continue;
      DoubleBuffer x = DoubleBuffer.wrap(cases[i]), y = DoubleBuffer.wrap(cases[j]);
      System.out.print(i + "," + j + ":" + x.equals(y) + "/" + x.compareTo(y) + "/" + x.mismatch(y) + " ");
    }
    System.out.println();
  }
  static void views() {
    System.out.println("== views");
    byte[] raw = new byte[24];
    for (int i = 0; i < raw.length; i++) raw[i] = (byte) (i * 17 + 3);
    for (ByteOrder o : new ByteOrder[]{ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      ByteBuffer bb = ByteBuffer.wrap(raw.clone()).order(o);
      bb.position(3);
      System.out.println(o + " " + dump(bb.asIntBuffer()) + " " + bb.asIntBuffer().order());
      System.out.println(dump(bb.asLongBuffer()));
      System.out.println(dump(bb.asShortBuffer()));
      System.out.println(dump(bb.asFloatBuffer()));
      System.out.println(dump(bb.asDoubleBuffer()));
      System.out.println(dump(bb.asCharBuffer()) + " " + bb.asCharBuffer().order());
      System.out.println(bb.getInt() + " " + bb.getLong() + " " + bb.getShort() + " " + bb.getChar() + " " + bb.getFloat(0) + " " + bb.getDouble(8) + " " + bb.getInt(20));
      bb.position(3); IntBuffer iv = bb.asIntBuffer();
      t("view array", () -> iv.array());
      t("view hasArray", () -> iv.hasArray());
      t("view arrayOffset", () -> iv.arrayOffset());
      iv.put(0, 0x01020304); iv.put(-2);
      System.out.println(dump(bb.duplicate().clear()));
      IntBuffer sl = iv.slice(); sl.put(0, 77);
      System.out.println(dump(sl) + " " + dump(iv) + " " + dump(iv.duplicate()) + " " + dump(iv.asReadOnlyBuffer()));
      iv.position(1); iv.compact();
      System.out.println(dump(iv));
      LongBuffer lv = bb.asReadOnlyBuffer().asLongBuffer();
      t("ro view put", () -> lv.put(1L));
      System.out.println(dump(lv) + " " + dump(lv.slice()));
      FloatBuffer fv = bb.asFloatBuffer(); fv.put(1, 2.5f); DoubleBuffer dv = bb.asDoubleBuffer(); dv.put(1, -1e300);
      System.out.println(dump(bb.duplicate().clear()));
      System.out.println(iv.equals(IntBuffer.wrap(new int[]{iv.get(1)})) + " " + fv.asReadOnlyBuffer().hashCode());
      CharBuffer cv = bb.asCharBuffer(); cv.put("AB"); cv.put(3, 'z');
      System.out.println(dump(cv) + " " + cv.flip() + "|" + dump(bb.duplicate().clear()));
      ByteBuffer db = ByteBuffer.allocateDirect(16).order(o);
      System.out.println(db.asIntBuffer() + " " + db.asReadOnlyBuffer().asLongBuffer() + " " + db.asShortBuffer().isDirect() + " " + db.asCharBuffer().isDirect());
      IntBuffer empty = ByteBuffer.allocate(3).asIntBuffer();
      System.out.println(empty);
      t("abs view bad", () -> bb.asIntBuffer().get(5));
    }
    ByteBuffer bb = ByteBuffer.allocate(8);
    t("getLong past", () -> bb.getLong(1));
    t("putInt past", () -> { bb.position(6); return bb.putInt(1); });
    t("getInt under", () -> { bb.position(6); return bb.getInt(); });
    t("putDouble ro", () -> bb.asReadOnlyBuffer().putDouble(0, 1.0));
    t("order default", () -> ByteBuffer.allocate(2).order() + " " + ByteOrder.nativeOrder() + " " + ByteOrder.BIG_ENDIAN);
    t("slice order", () -> bb.order(ByteOrder.LITTLE_ENDIAN).slice().order() + " " + bb.duplicate().order() + " " + bb.asReadOnlyBuffer().order());
  }
  static void chars() {
    System.out.println("== CharBuffer");
    CharBuffer w = CharBuffer.wrap("hello world");
    System.out.println(w + " " + w.isReadOnly() + " " + w.hasArray() + " " + w.length() + " " + w.charAt(4) + " " + w.subSequence(2, 5) + " " + w.order());
    t("wrap put", () -> w.put('x'));
    t("wrap array", () -> w.array());
    CharBuffer w2 = CharBuffer.wrap(new StringBuilder("abcdef"), 1, 4);
    System.out.println(w2 + " " + w2.position() + " " + w2.limit() + " " + w2.capacity() + " " + w2.subSequence(1, 2) + " " + w2.slice());
    t("wrap bad", () -> CharBuffer.wrap("abc", 2, 1));
    t("subSeq bad", () -> w2.subSequence(2, 5));
    t("subSeq bad2", () -> w2.subSequence(-1, 1));
    t("charAt bad", () -> w2.charAt(3));
    CharBuffer c = CharBuffer.allocate(12);
    c.put("abc").put("xyz", 1, 3).append("!").append('?').append(null).append("12345", 1, 2);
    t("put(String) over", () -> CharBuffer.allocate(2).put("abc"));
    t("put range bad", () -> CharBuffer.allocate(9).put("abc", 2, 1));
    System.out.println(c.position() + " " + c.flip() + " " + c.toString().length());
    CharBuffer sub = c.subSequence(1, 4); t("heap subSeq bad", () -> c.subSequence(3, 2)); t("heap subSeq bad2", () -> c.subSequence(0, 40));
    System.out.println(sub + " " + sub.position() + " " + sub.limit() + " " + sub.arrayOffset());
    CharBuffer ro = c.asReadOnlyBuffer();
    t("ro put", () -> ro.put("a"));
    t("ro append", () -> ro.append('a'));
    System.out.println(ro + " " + ro.equals(c) + " " + ro.compareTo(CharBuffer.wrap("abd")) + " " + c.mismatch(CharBuffer.wrap("abz")) + " " + c.hashCode() + " " + CharBuffer.wrap("abc").hashCode());
    System.out.println(CharBuffer.wrap("b").compareTo(CharBuffer.wrap("abc")) + " " + CharBuffer.wrap("ab").equals(CharBuffer.wrap(new char[]{'a', 'b'})) + " " + CharBuffer.wrap("abc").chars().sum());
    CharBuffer d = CharBuffer.allocate(4); d.put("wxyz"); d.position(1); d.compact(); System.out.println(d.position() + " " + d.flip());
    StringBuilder sb = new StringBuilder(); CharBuffer e = CharBuffer.allocate(3); t("read", () -> { try { return CharBuffer.wrap("hello").read(e) + " " + e.flip(); } catch (java.io.IOException x) { return x; } });
  }
  static void bytes() {
    System.out.println("== ByteBuffer");
    t("wrap bad", () -> ByteBuffer.wrap(new byte[3], 2, 2));
    t("char wrap bad", () -> CharBuffer.wrap(new char[3], 2, 2));
    ByteBuffer b = ByteBuffer.wrap(new byte[]{1, 2, 3, 4, 5});
    t("get past", () -> b.get(5));
    t("bulk get under", () -> b.get(new byte[6]));
    t("slice", () -> dump(b.slice(1, 3)));
    t("slice bad", () -> b.slice(3, 3));
    t("ro hash", () -> b.asReadOnlyBuffer().hashCode() + " " + b.hashCode() + " " + b.asReadOnlyBuffer());
    t("compact", () -> { ByteBuffer x = ByteBuffer.wrap(new byte[]{1, 2, 3}); x.get(); return dump(x.compact()); });
    t("alignment", () -> b.alignmentOffset(3, 4) + " " + ByteBuffer.allocateDirect(8).alignmentOffset(1, 2));
  }
}

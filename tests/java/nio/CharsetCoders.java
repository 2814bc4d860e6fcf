package nio;

import java.nio.*;
import java.nio.charset.*;
import java.util.*;
public class CharsetCoders {
  static String hex(ByteBuffer b) { StringBuilder sb = new StringBuilder(); ByteBuffer d = b.duplicate(); while (d.hasRemaining()) sb.append(String.format("%02x", d.get())); return sb.toString(); }
  static String chars(CharBuffer c) { StringBuilder sb = new StringBuilder(); CharBuffer d = c.duplicate(); while (d.hasRemaining()) { char ch = d.get(); if (ch >= 0x20 && ch < 0x7f) sb.append(ch); else sb.append(String.format("\\u%04x", (int) ch)); } return sb.toString(); }
  static final String[] NAMES = {"UTF-8","ISO-8859-1","US-ASCII","UTF-16","UTF-16BE","UTF-16LE","UTF-32","UTF-32BE","UTF-32LE","windows-1252","KOI8-R","ISO-8859-7","IBM437"};
  static byte[][] INPUTS = {
    {}, {0x41}, {(byte)0xc3,(byte)0xa9}, {(byte)0xc3}, {(byte)0xe2,(byte)0x82,(byte)0xac}, {(byte)0xe2,(byte)0x82}, {(byte)0xe2,0x41}, {(byte)0xed,(byte)0xa0,(byte)0x80},
    {(byte)0xf0,(byte)0x9f,(byte)0x98,(byte)0x80}, {(byte)0xf0,(byte)0x9f,(byte)0x98}, {(byte)0xf0,(byte)0x80,(byte)0x80,(byte)0x80}, {(byte)0xf5,0x41}, {(byte)0x80,0x41,(byte)0xff},
    {(byte)0xfe,(byte)0xff,0,0x41}, {(byte)0xff,(byte)0xfe,0x41,0}, {(byte)0xd8,0,0,0x41}, {(byte)0xdc,0,0,0x41,0}, {0,0,(byte)0xfe,(byte)0xff,0,0,0,0x41}, {0,0x11,0,0,0,0,0,0x42},
    {(byte)0xff,(byte)0xfe,0,0,0x41,0,0,0}, {(byte)0x81,(byte)0x8d,(byte)0xa0}, {(byte)0xd8,0x3d,(byte)0xde,0x00}, {(byte)0xff,(byte)0xfe}, {0x41,0x42,0x43}
  };
  static String[] STRS = {"", "abc", "h\u00e9llo", "\u20ac5", "\ud83d\ude00", "a\ud800b", "x\udc00", "end\ud800", "\u0416\u044f", "\u00ff\u0100", "\ufffe\ufeff"};
  public static void main(String[] a) throws Exception {
    for (String n : NAMES) {
      Charset cs = Charset.forName(n);
      System.out.println("== " + cs);
      CharsetDecoder d = cs.newDecoder(); CharsetEncoder e = cs.newEncoder();
      System.out.println(e.averageBytesPerChar()+" "+e.maxBytesPerChar()+" "+Arrays.toString(e.replacement())+" "+d.averageCharsPerByte()+" "+d.maxCharsPerByte()+" "+chars(CharBuffer.wrap(d.replacement()))+" "+e.malformedInputAction()+" "+e.unmappableCharacterAction()+" "+d.charset()+" "+e.charset()+" "+d.isAutoDetecting());
      for (byte[] in : INPUTS) {
        StringBuilder sb = new StringBuilder(hex(ByteBuffer.wrap(in)) + ":");
        try { sb.append(" R=").append(chars(d.decode(ByteBuffer.wrap(in)))); } catch (CharacterCodingException x) { sb.append(" R!").append(x); }
        d.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer rc = d.decode(ByteBuffer.wrap(in)); sb.append(" P=").append(chars(rc)).append(" cap=" + rc.capacity());
        d.onMalformedInput(CodingErrorAction.IGNORE).onUnmappableCharacter(CodingErrorAction.IGNORE);
        sb.append(" I=").append(chars(d.decode(ByteBuffer.wrap(in))));
        d.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer cd = cs.decode(ByteBuffer.wrap(in));
        sb.append(" cs=").append(chars(cd)).append(" cap=" + cd.capacity());
        sb.append(" str=").append(chars(CharBuffer.wrap(new String(in, cs))));
        // step by step, one byte at a time
        d.reset(); CharBuffer out = CharBuffer.allocate(16); ByteBuffer bb = ByteBuffer.allocate(16); bb.flip();
        List<String> steps = new ArrayList<>();
        for (int i = 0; i <= in.length; i++) {
          bb.compact(); if (i < in.length) bb.put(in[i]); bb.flip();
          CoderResult cr = d.decode(bb, out, i == in.length);
          steps.add(cr + "@" + bb.position());
          if (cr.isError()) { bb.position(bb.position() + cr.length()); }
        }
        steps.add("F" + d.flush(out));
        out.flip(); sb.append(" step=").append(chars(out)).append(steps);
        System.out.println(sb);
      }
      for (String s : STRS) {
        StringBuilder sb = new StringBuilder(chars(CharBuffer.wrap(s)) + ":");
        try { sb.append(" R=").append(hex(e.encode(CharBuffer.wrap(s)))); } catch (CharacterCodingException x) { sb.append(" R!").append(x.getClass().getSimpleName()+":"+x.getMessage()); }
        e.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer rb = e.encode(CharBuffer.wrap(s)); sb.append(" P=").append(hex(rb)).append(" cap=" + rb.capacity());
        e.onMalformedInput(CodingErrorAction.IGNORE).onUnmappableCharacter(CodingErrorAction.IGNORE);
        sb.append(" I=").append(hex(e.encode(CharBuffer.wrap(s))));
        e.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer ce = cs.encode(s);
        sb.append(" cs=").append(hex(ce)).append(" cap=" + ce.capacity()).append(" gb=" + hex(ByteBuffer.wrap(s.getBytes(cs))));
        sb.append(" can=" + e.canEncode(s));
        StringBuilder cc = new StringBuilder(); for (char c : s.toCharArray()) cc.append(e.canEncode(c) ? '1' : '0');
        sb.append(" " + cc);
        e.reset(); ByteBuffer out = ByteBuffer.allocate(3); CharBuffer src = CharBuffer.wrap(s); List<String> steps = new ArrayList<>(); ByteBuffer all = ByteBuffer.allocate(64);
        for (int k = 0; k < 20; k++) {
          CoderResult cr = e.encode(src, out, true); steps.add(cr + "@" + src.position());
          out.flip(); all.put(out); out.clear();
          if (cr.isError()) src.position(src.position() + cr.length());
          else if (cr.isUnderflow()) break;
        }
        steps.add("F" + e.flush(out));
        all.flip(); sb.append(" step=").append(hex(all)).append(steps);
        System.out.println(sb);
      }
    }
  }
}

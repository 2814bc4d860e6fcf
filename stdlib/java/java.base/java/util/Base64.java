package java.util;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Base64 encoders and decoders: the basic and URL-safe alphabets of RFC 4648 and the MIME
 * variant of RFC 2045 (76-char lines separated by CRLF; the decoder ignores foreign bytes).
 * The stream wrappers (wrap) are not implemented.
 */
public class Base64 {
    private Base64() {
    }

    public static Encoder getEncoder() {
        return Encoder.RFC4648;
    }

    public static Encoder getUrlEncoder() {
        return Encoder.RFC4648_URLSAFE;
    }

    public static Encoder getMimeEncoder() {
        return Encoder.RFC2045;
    }

    public static Encoder getMimeEncoder(int lineLength, byte[] lineSeparator) {
        Objects.requireNonNull(lineSeparator);
        int[] base64 = Decoder.fromBase64;
        for (byte b : lineSeparator) {
            if (base64[b & 0xff] != -1) {
                throw new IllegalArgumentException("Illegal base64 line separator character 0x" + Integer.toString(b, 16));
            }
        }
        lineLength &= ~0b11;
        if (lineLength <= 0) {
            return Encoder.RFC4648;
        }
        return new Encoder(false, lineSeparator, lineLength, true);
    }

    public static Decoder getDecoder() {
        return Decoder.RFC4648;
    }

    public static Decoder getUrlDecoder() {
        return Decoder.RFC4648_URLSAFE;
    }

    public static Decoder getMimeDecoder() {
        return Decoder.RFC2045;
    }

    public static class Encoder {
        private final byte[] newline;
        private final int linemax;
        private final boolean isURL;
        private final boolean doPadding;

        private Encoder(boolean isURL, byte[] newline, int linemax, boolean doPadding) {
            this.isURL = isURL;
            this.newline = newline;
            this.linemax = linemax;
            this.doPadding = doPadding;
        }

        private static final char[] toBase64 = {
            'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M',
            'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z',
            'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
            'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
            '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '/'
        };

        private static final char[] toBase64URL = {
            'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M',
            'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z',
            'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
            'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
            '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '_'
        };

        private static final int MIMELINEMAX = 76;
        private static final byte[] CRLF = new byte[] {'\r', '\n'};

        static final Encoder RFC4648 = new Encoder(false, null, -1, true);
        static final Encoder RFC4648_URLSAFE = new Encoder(true, null, -1, true);
        static final Encoder RFC2045 = new Encoder(false, CRLF, MIMELINEMAX, true);

        private int outLength(int srclen) {
            long len;
            if (doPadding) {
                len = 4L * ((srclen + 2) / 3);
            } else {
                int n = srclen % 3;
                len = 4L * (srclen / 3) + (n == 0 ? 0 : n + 1);
            }
            if (linemax > 0 && len > 0) {
                len += (len - 1) / linemax * newline.length;
            }
            if (len > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("Encoded size is too large");
            }
            return (int) len;
        }

        public byte[] encode(byte[] src) {
            int len = outLength(src.length);
            byte[] dst = new byte[len];
            int ret = encode0(src, 0, src.length, dst);
            if (ret != dst.length) {
                return Arrays.copyOf(dst, ret);
            }
            return dst;
        }

        public int encode(byte[] src, byte[] dst) {
            int len = outLength(src.length);
            if (dst.length < len || len == -1) {
                throw new IllegalArgumentException("Output byte array is too small for encoding all input bytes");
            }
            return encode0(src, 0, src.length, dst);
        }

        public String encodeToString(byte[] src) {
            byte[] encoded = encode(src);
            return new String(encoded, StandardCharsets.ISO_8859_1);
        }

        public Encoder withoutPadding() {
            if (!doPadding) {
                return this;
            }
            return new Encoder(isURL, newline, linemax, false);
        }

        /** The remaining bytes of buffer, encoded; the buffer's position moves to its limit. */
        public ByteBuffer encode(ByteBuffer buffer) {
            byte[] src = new byte[buffer.remaining()];
            buffer.get(src);
            return ByteBuffer.wrap(encode(src));
        }

        /**
         * An output stream that encodes what is written to it onto os. Closing it writes the
         * last, partial unit (with its padding) and closes os.
         */
        public OutputStream wrap(OutputStream os) {
            Objects.requireNonNull(os);
            final char[] base64 = isURL ? toBase64URL : toBase64;
            return new FilterOutputStream(os) {
                private final int[] pending = new int[2];
                private int npending;
                private int lineChars;
                private boolean closed;

                private void unit(int nbytes, int bits) throws IOException {
                    if (linemax > 0 && lineChars == linemax) {
                        out.write(newline);
                        lineChars = 0;
                    }
                    out.write(base64[(bits >>> 18) & 0x3f]);
                    out.write(base64[(bits >>> 12) & 0x3f]);
                    if (nbytes > 1) {
                        out.write(base64[(bits >>> 6) & 0x3f]);
                    } else if (doPadding) {
                        out.write('=');
                    }
                    if (nbytes > 2) {
                        out.write(base64[bits & 0x3f]);
                    } else if (doPadding) {
                        out.write('=');
                    }
                    lineChars += 4;
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (closed) {
                        throw new IOException("Stream is closed");
                    }
                    Objects.checkFromIndexSize(off, len, b.length);
                    for (int i = off; i < off + len; i++) {
                        if (npending < 2) {
                            pending[npending++] = b[i] & 0xff;
                        } else {
                            unit(3, pending[0] << 16 | pending[1] << 8 | (b[i] & 0xff));
                            npending = 0;
                        }
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (closed) {
                        throw new IOException("Stream is closed");
                    }
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    if (npending == 1) {
                        unit(1, pending[0] << 16);
                    } else if (npending == 2) {
                        unit(2, pending[0] << 16 | pending[1] << 8);
                    }
                    npending = 0;
                    out.close();
                }
            };
        }

        private int encode0(byte[] src, int off, int end, byte[] dst) {
            char[] base64 = isURL ? toBase64URL : toBase64;
            int sp = off;
            int dp = 0;
            int lineChars = 0;
            while (end - sp >= 3) {
                if (linemax > 0 && lineChars == linemax) {
                    for (byte b : newline) {
                        dst[dp++] = b;
                    }
                    lineChars = 0;
                }
                int bits = (src[sp++] & 0xff) << 16 | (src[sp++] & 0xff) << 8 | (src[sp++] & 0xff);
                dst[dp++] = (byte) base64[(bits >>> 18) & 0x3f];
                dst[dp++] = (byte) base64[(bits >>> 12) & 0x3f];
                dst[dp++] = (byte) base64[(bits >>> 6) & 0x3f];
                dst[dp++] = (byte) base64[bits & 0x3f];
                lineChars += 4;
            }
            if (sp < end) {
                if (linemax > 0 && lineChars == linemax) {
                    for (byte b : newline) {
                        dst[dp++] = b;
                    }
                }
                int b0 = src[sp++] & 0xff;
                dst[dp++] = (byte) base64[b0 >> 2];
                if (sp == end) {
                    dst[dp++] = (byte) base64[(b0 << 4) & 0x3f];
                    if (doPadding) {
                        dst[dp++] = '=';
                        dst[dp++] = '=';
                    }
                } else {
                    int b1 = src[sp++] & 0xff;
                    dst[dp++] = (byte) base64[(b0 << 4) & 0x3f | (b1 >> 4)];
                    dst[dp++] = (byte) base64[(b1 << 2) & 0x3f];
                    if (doPadding) {
                        dst[dp++] = '=';
                    }
                }
            }
            return dp;
        }
    }

    public static class Decoder {
        private final boolean isURL;
        private final boolean isMIME;

        private Decoder(boolean isURL, boolean isMIME) {
            this.isURL = isURL;
            this.isMIME = isMIME;
        }

        /** Alphabet index of each byte; -1 for a foreign byte, -2 for the pad '='. */
        static final int[] fromBase64 = new int[256];
        static final int[] fromBase64URL = new int[256];

        static {
            Arrays.fill(fromBase64, -1);
            Arrays.fill(fromBase64URL, -1);
            String std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            String url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            for (int i = 0; i < 64; i++) {
                fromBase64[std.charAt(i)] = i;
                fromBase64URL[url.charAt(i)] = i;
            }
            fromBase64['='] = -2;
            fromBase64URL['='] = -2;
        }

        static final Decoder RFC4648 = new Decoder(false, false);
        static final Decoder RFC4648_URLSAFE = new Decoder(true, false);
        static final Decoder RFC2045 = new Decoder(false, true);

        public byte[] decode(byte[] src) {
            byte[] dst = new byte[decodedOutLength(src, 0, src.length)];
            int ret = decode0(src, 0, src.length, dst);
            if (ret != dst.length) {
                dst = Arrays.copyOf(dst, ret);
            }
            return dst;
        }

        public byte[] decode(String src) {
            return decode(src.getBytes(StandardCharsets.ISO_8859_1));
        }

        public int decode(byte[] src, byte[] dst) {
            int len = decodedOutLength(src, 0, src.length);
            if (dst.length < len || len == -1) {
                throw new IllegalArgumentException("Output byte array is too small for decoding all input bytes");
            }
            return decode0(src, 0, src.length, dst);
        }

        /** The remaining bytes of buffer, decoded; the buffer's position moves to its limit. */
        public ByteBuffer decode(ByteBuffer buffer) {
            int pos = buffer.position();
            byte[] src = new byte[buffer.remaining()];
            buffer.get(src);
            try {
                return ByteBuffer.wrap(decode(src));
            } catch (IllegalArgumentException e) {
                buffer.position(pos);
                throw e;
            }
        }

        /**
         * An input stream that decodes the Base64 bytes of is. A character outside the alphabet
         * is an IOException (skipped by MIME decoders); a stream may end without its padding.
         */
        public InputStream wrap(InputStream is) {
            Objects.requireNonNull(is);
            final int[] base64 = isURL ? fromBase64URL : fromBase64;
            return new InputStream() {
                private final byte[] decoded = new byte[3];
                private int dpos;
                private int dlen;
                private boolean eof;
                private boolean closed;

                /** Decodes the next unit into decoded; false at the end of the data. */
                private boolean fill() throws IOException {
                    if (eof) {
                        return false;
                    }
                    int bits = 0;
                    int n = 0;
                    while (n < 4) {
                        int c = is.read();
                        if (c == -1) {
                            eof = true;
                            break;
                        }
                        int v = base64[c];
                        if (v == -2) {
                            // padding: "xx==" or "xxx=" ends the data
                            if (n < 2 || (n == 2 && is.read() != '=')) {
                                throw new IOException("Illegal base64 ending sequence:" + n);
                            }
                            eof = true;
                            break;
                        }
                        if (v < 0) {
                            if (isMIME) {
                                continue;
                            }
                            throw new IOException("Illegal base64 character 0x" + Integer.toString(c, 16));
                        }
                        bits |= v << (18 - 6 * n);
                        n++;
                    }
                    if (n == 1) {
                        throw new IOException("Base64 stream has one un-decoded dangling byte.");
                    }
                    dpos = 0;
                    dlen = n == 0 ? 0 : n - 1;
                    decoded[0] = (byte) (bits >> 16);
                    decoded[1] = (byte) (bits >> 8);
                    decoded[2] = (byte) bits;
                    return dlen > 0;
                }

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (closed) {
                        throw new IOException("Stream is closed");
                    }
                    Objects.checkFromIndexSize(off, len, b.length);
                    if (len == 0) {
                        return 0;
                    }
                    int count = 0;
                    while (count < len) {
                        if (dpos == dlen && !fill()) {
                            break;
                        }
                        b[off + count++] = decoded[dpos++];
                    }
                    return count == 0 ? -1 : count;
                }

                @Override
                public int available() throws IOException {
                    if (closed) {
                        throw new IOException("Stream is closed");
                    }
                    return is.available();
                }

                @Override
                public void close() throws IOException {
                    if (!closed) {
                        closed = true;
                        is.close();
                    }
                }
            };
        }

        private int decodedOutLength(byte[] src, int sp, int sl) {
            int[] base64 = isURL ? fromBase64URL : fromBase64;
            int paddings = 0;
            int len = sl - sp;
            if (len == 0) {
                return 0;
            }
            if (len < 2) {
                if (isMIME && base64[0] == -1) {
                    return 0;
                }
                throw new IllegalArgumentException("Input byte[] should at least have 2 bytes for base64 bytes");
            }
            if (isMIME) {
                int n = 0;
                while (sp < sl) {
                    int b = src[sp++] & 0xff;
                    if (b == '=') {
                        len -= (sl - sp + 1);
                        break;
                    }
                    if (base64[b] == -1) {
                        n++;
                    }
                }
                len -= n;
            } else {
                if (src[sl - 1] == '=') {
                    paddings++;
                    if (src[sl - 2] == '=') {
                        paddings++;
                    }
                }
            }
            if (paddings == 0 && (len & 0x3) != 0) {
                paddings = 4 - (len & 0x3);
            }
            return 3 * (int) ((len + 3L) / 4) - paddings;
        }

        private int decode0(byte[] src, int sp, int sl, byte[] dst) {
            int[] base64 = isURL ? fromBase64URL : fromBase64;
            int dp = 0;
            int bits = 0;
            int shiftto = 18;
            while (sp < sl) {
                int b = src[sp++] & 0xff;
                if ((b = base64[b]) < 0) {
                    if (b == -2) {
                        // "xx=" missing the last '=', "xx=y", or "=" at a unit's start
                        if (shiftto == 6 && (sp == sl || src[sp++] != '=') || shiftto == 18) {
                            throw new IllegalArgumentException("Input byte array has wrong 4-byte ending unit");
                        }
                        break;
                    }
                    if (isMIME) {
                        continue;
                    }
                    throw new IllegalArgumentException("Illegal base64 character " + Integer.toString(src[sp - 1], 16));
                }
                bits |= (b << shiftto);
                shiftto -= 6;
                if (shiftto < 0) {
                    dst[dp++] = (byte) (bits >> 16);
                    dst[dp++] = (byte) (bits >> 8);
                    dst[dp++] = (byte) (bits);
                    shiftto = 18;
                    bits = 0;
                }
            }
            if (shiftto == 6) {
                dst[dp++] = (byte) (bits >> 16);
            } else if (shiftto == 0) {
                dst[dp++] = (byte) (bits >> 16);
                dst[dp++] = (byte) (bits >> 8);
            } else if (shiftto == 12) {
                throw new IllegalArgumentException("Last unit does not have enough valid bits");
            }
            while (sp < sl) {
                if (isMIME && base64[src[sp++] & 0xff] < 0) {
                    continue;
                }
                throw new IllegalArgumentException("Input byte array has incorrect ending byte at " + sp);
            }
            return dp;
        }
    }
}

package java.nio.channels;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.spi.AbstractInterruptibleChannel;
import java.nio.charset.Charset;
import java.util.Objects;

/** Utility methods between channels and streams. */
public final class Channels {
    private Channels() {}

    public static InputStream newInputStream(ReadableByteChannel ch) {
        Objects.requireNonNull(ch, "ch");
        return new ChannelInputStream(ch);
    }

    public static OutputStream newOutputStream(WritableByteChannel ch) {
        Objects.requireNonNull(ch, "ch");
        return new ChannelOutputStream(ch);
    }

    public static ReadableByteChannel newChannel(InputStream in) {
        Objects.requireNonNull(in, "in");
        if (in.getClass() == FileInputStream.class) {
            return ((FileInputStream) in).getChannel();
        }
        return new ReadableByteChannelImpl(in);
    }

    public static WritableByteChannel newChannel(OutputStream out) {
        Objects.requireNonNull(out, "out");
        if (out.getClass() == FileOutputStream.class) {
            return ((FileOutputStream) out).getChannel();
        }
        return new WritableByteChannelImpl(out);
    }

    public static Reader newReader(ReadableByteChannel ch, String csName) {
        Objects.requireNonNull(csName, "csName");
        return newReader(ch, Charset.forName(csName));
    }

    public static Reader newReader(ReadableByteChannel ch, Charset charset) {
        Objects.requireNonNull(charset, "charset");
        return new InputStreamReader(newInputStream(ch), charset);
    }

    public static Writer newWriter(WritableByteChannel ch, String csName) {
        Objects.requireNonNull(csName, "csName");
        return newWriter(ch, Charset.forName(csName));
    }

    public static Writer newWriter(WritableByteChannel ch, Charset charset) {
        Objects.requireNonNull(charset, "charset");
        return new OutputStreamWriter(newOutputStream(ch), charset);
    }

    private static final class ChannelInputStream extends InputStream {
        private final ReadableByteChannel ch;
        private byte[] one;

        ChannelInputStream(ReadableByteChannel ch) {
            this.ch = ch;
        }

        @Override
        public synchronized int read() throws IOException {
            if (one == null) {
                one = new byte[1];
            }
            int n = read(one, 0, 1);
            return n == 1 ? one[0] & 0xff : -1;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            int n;
            do {
                n = ch.read(bb);
            } while (n == 0);
            return n;
        }

        @Override
        public int available() throws IOException {
            if (ch instanceof SeekableByteChannel) {
                SeekableByteChannel sbc = (SeekableByteChannel) ch;
                long rem = Math.max(0, sbc.size() - sbc.position());
                return (int) Math.min(rem, Integer.MAX_VALUE);
            }
            return 0;
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    private static final class ChannelOutputStream extends OutputStream {
        private final WritableByteChannel ch;

        ChannelOutputStream(WritableByteChannel ch) {
            this.ch = ch;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            while (bb.hasRemaining()) {
                ch.write(bb);
            }
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    private static final class ReadableByteChannelImpl extends AbstractInterruptibleChannel
            implements ReadableByteChannel {
        private final InputStream in;

        ReadableByteChannelImpl(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (!isOpen()) {
                throw new ClosedChannelException();
            }
            int len = dst.remaining();
            if (len == 0) {
                return 0;
            }
            byte[] buf = new byte[Math.min(len, 8192)];
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                return -1;
            }
            dst.put(buf, 0, n);
            return n;
        }

        @Override
        protected void implCloseChannel() throws IOException {
            in.close();
        }
    }

    private static final class WritableByteChannelImpl extends AbstractInterruptibleChannel
            implements WritableByteChannel {
        private final OutputStream out;

        WritableByteChannelImpl(OutputStream out) {
            this.out = out;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (!isOpen()) {
                throw new ClosedChannelException();
            }
            int len = src.remaining();
            byte[] buf = new byte[len];
            src.get(buf);
            out.write(buf, 0, len);
            return len;
        }

        @Override
        protected void implCloseChannel() throws IOException {
            out.close();
        }
    }
}

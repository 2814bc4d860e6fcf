package javax.crypto;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes what a cipher makes of the bytes written to it; `close` finishes the cipher. */
public class CipherOutputStream extends FilterOutputStream {
    private final Cipher cipher;
    private boolean closed;

    public CipherOutputStream(OutputStream os, Cipher c) {
        super(os);
        this.cipher = c;
    }

    protected CipherOutputStream(OutputStream os) {
        this(os, null);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        byte[] part = cipher.update(b, off, len);
        if (part != null) {
            out.write(part);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        try {
            out.write(cipher.doFinal());
        } catch (IllegalBlockSizeException | BadPaddingException e) {
            failure = new IOException(e);
        }
        try {
            flush();
        } catch (IOException e) {
            failure = failure == null ? e : failure;
        }
        out.close();
        if (failure != null) {
            throw failure;
        }
    }
}

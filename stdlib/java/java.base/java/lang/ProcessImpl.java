package java.lang;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import jdk.internal.io.HostProcess;

/** A process started through the VM's host door. */
final class ProcessImpl extends Process {
    private final int handle;
    private final OutputStream stdin;
    private final InputStream stdout;
    private final InputStream stderr;

    private ProcessImpl(int handle, boolean pipeIn, boolean pipeOut, boolean pipeErr) {
        this.handle = handle;
        this.stdin = pipeIn ? new BufferedOutputStream(new PipeOutputStream()) : NullOutputStream.INSTANCE;
        this.stdout = pipeOut ? new BufferedInputStream(new PipeInputStream(1)) : NullInputStream.INSTANCE;
        this.stderr = pipeErr ? new BufferedInputStream(new PipeInputStream(2)) : NullInputStream.INSTANCE;
    }

    static Process start(String[] command, String[] environment, String directory,
            ProcessBuilder.Redirect[] redirects, boolean redirectErrorStream) throws IOException {
        int[] kinds = new int[3];
        String[] files = new String[3];
        for (int i = 0; i < 3; i++) {
            ProcessBuilder.Redirect r = redirects[i];
            switch (r.type()) {
                case PIPE -> kinds[i] = HostProcess.PIPE;
                case INHERIT -> kinds[i] = HostProcess.INHERIT;
                case READ -> kinds[i] = HostProcess.READ;
                case WRITE -> kinds[i] = r == ProcessBuilder.Redirect.DISCARD ? HostProcess.DISCARD : HostProcess.WRITE;
                case APPEND -> kinds[i] = HostProcess.APPEND;
            }
            files[i] = r.file() == null ? null : r.file().getPath();
        }
        int handle = HostProcess.start0(command, environment, directory, kinds, files, redirectErrorStream);
        return new ProcessImpl(handle, kinds[0] == HostProcess.PIPE, kinds[1] == HostProcess.PIPE,
                kinds[2] == HostProcess.PIPE && !redirectErrorStream);
    }

    @Override
    public OutputStream getOutputStream() {
        return stdin;
    }

    @Override
    public InputStream getInputStream() {
        return stdout;
    }

    @Override
    public InputStream getErrorStream() {
        return stderr;
    }

    @Override
    public int waitFor() throws InterruptedException {
        return HostProcess.waitFor0(handle, -1);
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        long millis = Math.max(0, unit.toMillis(timeout));
        return HostProcess.waitFor0(handle, millis) != Integer.MIN_VALUE;
    }

    @Override
    public int exitValue() {
        int value = HostProcess.exitValue0(handle);
        if (value == Integer.MIN_VALUE) {
            throw new IllegalThreadStateException("process hasn't exited");
        }
        return value;
    }

    @Override
    public void destroy() {
        HostProcess.destroy0(handle, false);
    }

    @Override
    public Process destroyForcibly() {
        HostProcess.destroy0(handle, true);
        return this;
    }

    @Override
    public long pid() {
        return HostProcess.pid0(handle);
    }

    @Override
    public ProcessHandle toHandle() {
        return ProcessHandleImpl.of(this);
    }

    @Override
    public boolean supportsNormalTermination() {
        return true;
    }

    @Override
    public String toString() {
        int value = HostProcess.exitValue0(handle);
        return "Process[pid=" + pid() + ", exitValue=" + (value == Integer.MIN_VALUE ? "\"not exited\"" : value) + "]";
    }

    private final class PipeInputStream extends InputStream {
        private final int which;
        private boolean closed;

        PipeInputStream(int which) {
            this.which = which;
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            int n = read(b, 0, 1);
            return n <= 0 ? -1 : (b[0] & 0xff);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new IOException("Stream closed");
            }
            if (len == 0) {
                return 0;
            }
            return HostProcess.read0(handle, which, b, off, len);
        }

        @Override
        public int available() throws IOException {
            if (closed) {
                throw new IOException("Stream closed");
            }
            return HostProcess.available0(handle, which);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final class PipeOutputStream extends OutputStream {
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new IOException("Stream closed");
            }
            if (len > 0) {
                HostProcess.write0(handle, b, off, len);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                HostProcess.closeStdin0(handle);
            }
        }
    }

    /** The stream of a redirected child output: always at its end. */
    static final class NullInputStream extends InputStream {
        static final NullInputStream INSTANCE = new NullInputStream();

        @Override
        public int read() {
            return -1;
        }

        @Override
        public int available() {
            return 0;
        }
    }

    /** The stream of a redirected child input: refuses every write. */
    static final class NullOutputStream extends OutputStream {
        static final NullOutputStream INSTANCE = new NullOutputStream();

        @Override
        public void write(int b) throws IOException {
            throw new IOException("Stream closed");
        }
    }
}

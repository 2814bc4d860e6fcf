package java.util.zip;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.HashSet;

/**
 * The VM's zlib streams (natives, see stdlib/NATIVES.md): the state of Deflater and Inflater,
 * named by a handle. A stream whose owner became unreachable without end() is ended the next
 * time a stream is made (as the JDK's Cleaner would end it).
 */
final class ZLib {
    private ZLib() {
    }

    static native long init(boolean deflate, int level, int strategy, boolean nowrap);

    static native long deflate(long handle, byte[] in, int inOff, int inLen, byte[] out, int outOff,
            int outLen, int flush, int params);

    /** On a DataFormatException, `consumed` holds the input used and output written before it. */
    static native long inflate(long handle, byte[] in, int inOff, int inLen, byte[] out, int outOff,
            int outLen, int[] consumed) throws DataFormatException;

    static native void setDictionary(long handle, byte[] b, int off, int len);

    static native int getAdler(long handle);

    static native void reset(long handle);

    static native void end(long handle);

    /** Ends its stream once the owner is unreachable. */
    static final class Owner extends PhantomReference<Object> {
        final long handle;

        Owner(Object owner, long handle) {
            super(owner, QUEUE);
            this.handle = handle;
        }

        /** Ends the stream now (Deflater.end, Inflater.end). */
        void end() {
            synchronized (LIVE) {
                if (!LIVE.remove(this)) {
                    return;
                }
            }
            ZLib.end(handle);
        }
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final HashSet<Owner> LIVE = new HashSet<>();

    /** A new stream for `owner`: ends the streams of owners collected meanwhile first. */
    static Owner open(Object owner, boolean deflate, int level, int strategy, boolean nowrap) {
        Reference<?> r;
        while ((r = QUEUE.poll()) != null) {
            ((Owner) r).end();
        }
        Owner o = new Owner(owner, init(deflate, level, strategy, nowrap));
        synchronized (LIVE) {
            LIVE.add(o);
        }
        return o;
    }
}

package java.util.zip;

/**
 * The VM's zlib streams (natives, see stdlib/NATIVES.md): the state of Deflater and Inflater,
 * named by a handle.
 */
final class ZLib {
    private ZLib() {
    }

    static native long init(boolean deflate, int level, int strategy, boolean nowrap);

    static native long deflate(long handle, byte[] in, int inOff, int inLen, byte[] out, int outOff,
            int outLen, int flush, int params);

    static native long inflate(long handle, byte[] in, int inOff, int inLen, byte[] out, int outOff,
            int outLen) throws DataFormatException;

    static native void setDictionary(long handle, byte[] b, int off, int len);

    static native int getAdler(long handle);

    static native void reset(long handle);

    static native void end(long handle);
}

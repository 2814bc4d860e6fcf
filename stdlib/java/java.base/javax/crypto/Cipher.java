package javax.crypto;

import java.io.ByteArrayOutputStream;
import java.security.AlgorithmParameters;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.InvalidParameterSpecException;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption and decryption: AES in ECB, CBC (with PKCS5Padding or NoPadding), CTR and GCM
 * (NoPadding), with the SunJCE provider's defaults, checks and messages.
 */
public class Cipher {
    public static final int ENCRYPT_MODE = 1;
    public static final int DECRYPT_MODE = 2;
    public static final int WRAP_MODE = 3;
    public static final int UNWRAP_MODE = 4;
    public static final int PUBLIC_KEY = 1;
    public static final int PRIVATE_KEY = 2;
    public static final int SECRET_KEY = 3;

    private static final int BLOCK = 16;

    private enum Mode { ECB, CBC, CTR, GCM }

    private final String transformation;
    private final Mode mode;
    private final boolean padded;

    private int opmode;
    private AesBlock aes;
    private byte[] keyBytes;
    private byte[] iv;
    /** Input not yet processed (less than a block, or everything for GCM decryption). */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** CBC's previous ciphertext block; CTR's and GCM's counter block. */
    private byte[] chain;
    /** CTR's unused key stream bytes (at the end of `stream`). */
    private byte[] stream = new byte[BLOCK];
    private int streamUsed = BLOCK;
    // GCM.
    private int tagBytes = 16;
    private Ghash ghash;
    /** GCM's J0 (the tag's mask). */
    private byte[] preCounter;
    private final ByteArrayOutputStream aad = new ByteArrayOutputStream();
    private long processedBytes;
    private boolean updated;
    private boolean aadAbsorbed;
    private boolean gcmUsed;
    private byte[] lastGcmKey;
    private byte[] lastGcmIv;

    private Cipher(String transformation, Mode mode, boolean padded) {
        this.transformation = transformation;
        this.mode = mode;
        this.padded = padded;
    }

    public static final Cipher getInstance(String transformation)
            throws NoSuchAlgorithmException, NoSuchPaddingException {
        if (transformation == null || transformation.isEmpty()) {
            throw new NoSuchAlgorithmException("Null or empty transformation");
        }
        String[] parts = transformation.split("/", -1);
        NoSuchAlgorithmException none = new NoSuchAlgorithmException(
                "Cannot find any provider supporting " + transformation);
        if (parts.length != 1 && parts.length != 3) {
            throw new NoSuchAlgorithmException("Invalid transformation format:" + transformation);
        }
        String algorithm = parts[0].trim().toUpperCase(Locale.ENGLISH);
        if (!algorithm.equals("AES") && !algorithm.equals("RIJNDAEL")) {
            throw none;
        }
        if (parts.length == 1) {
            return new Cipher(transformation, Mode.ECB, true);
        }
        Mode mode;
        try {
            mode = Mode.valueOf(parts[1].trim().toUpperCase(Locale.ENGLISH));
        } catch (IllegalArgumentException e) {
            throw none;
        }
        String padding = parts[2].trim().toUpperCase(Locale.ENGLISH);
        boolean padded;
        if (padding.equals("NOPADDING")) {
            padded = false;
        } else if (padding.equals("PKCS5PADDING") && (mode == Mode.ECB || mode == Mode.CBC)) {
            padded = true;
        } else {
            throw none;
        }
        return new Cipher(transformation, mode, padded);
    }

    public static final Cipher getInstance(String transformation, String provider)
            throws NoSuchAlgorithmException, NoSuchPaddingException,
            java.security.NoSuchProviderException {
        if (provider == null || provider.isEmpty()) {
            throw new IllegalArgumentException("Missing provider");
        }
        if (!provider.equals("SunJCE")) {
            throw new java.security.NoSuchProviderException("No such provider: " + provider);
        }
        return getInstance(transformation);
    }

    public final String getAlgorithm() {
        return transformation;
    }

    public final int getBlockSize() {
        return BLOCK;
    }

    private void checkInitialized() {
        if (aes == null) {
            throw new IllegalStateException("Cipher not initialized");
        }
    }

    private boolean encrypting() {
        return opmode == ENCRYPT_MODE || opmode == WRAP_MODE;
    }

    public final int getOutputSize(int inputLen) {
        checkInitialized();
        if (inputLen < 0) {
            throw new IllegalArgumentException("Input size must be equal to or greater than zero");
        }
        int total = pending.size() + inputLen;
        if (mode == Mode.GCM) {
            return encrypting() ? total + tagBytes : Math.max(0, total - tagBytes);
        }
        if (padded && encrypting()) {
            return total / BLOCK * BLOCK + BLOCK;
        }
        return total;
    }

    public final byte[] getIV() {
        return iv == null ? null : iv.clone();
    }

    public final AlgorithmParameters getParameters() {
        if (mode == Mode.ECB || iv == null) {
            return null;
        }
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance(
                    mode == Mode.GCM ? "GCM" : "AES");
            parameters.init(mode == Mode.GCM ? new GCMParameterSpec(tagBytes * 8, iv)
                    : new IvParameterSpec(iv));
            return parameters;
        } catch (NoSuchAlgorithmException | InvalidParameterSpecException e) {
            throw new AssertionError(e);
        }
    }

    public final void init(int opmode, Key key) throws InvalidKeyException {
        init(opmode, key, new SecureRandom());
    }

    public final void init(int opmode, Key key, SecureRandom random) throws InvalidKeyException {
        try {
            init(opmode, key, (AlgorithmParameterSpec) null, random);
        } catch (InvalidAlgorithmParameterException e) {
            throw new InvalidKeyException(e.getMessage(), e);
        }
    }

    public final void init(int opmode, Key key, AlgorithmParameterSpec params)
            throws InvalidKeyException, InvalidAlgorithmParameterException {
        init(opmode, key, params, new SecureRandom());
    }

    public final void init(int opmode, Key key, AlgorithmParameters params)
            throws InvalidKeyException, InvalidAlgorithmParameterException {
        AlgorithmParameterSpec spec = null;
        if (params != null) {
            try {
                spec = mode == Mode.GCM ? params.getParameterSpec(GCMParameterSpec.class)
                        : params.getParameterSpec(IvParameterSpec.class);
            } catch (InvalidParameterSpecException e) {
                throw new InvalidAlgorithmParameterException("Wrong parameter type: "
                        + (mode == Mode.GCM ? "GCM" : "IV") + " expected");
            }
        }
        init(opmode, key, spec, new SecureRandom());
    }

    public final void init(int opmode, Key key, AlgorithmParameterSpec params, SecureRandom random)
            throws InvalidKeyException, InvalidAlgorithmParameterException {
        if (opmode < ENCRYPT_MODE || opmode > UNWRAP_MODE) {
            throw new java.security.InvalidParameterException("Invalid operation mode");
        }
        if (key == null) {
            throw new InvalidKeyException("No key given");
        }
        String algorithm = key.getAlgorithm();
        if (algorithm == null
                || !(algorithm.equalsIgnoreCase("AES") || algorithm.equalsIgnoreCase("Rijndael"))) {
            throw new InvalidKeyException("Wrong algorithm: AES or Rijndael required");
        }
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new InvalidKeyException("Key encoding must not be null");
        }
        if (encoded.length != 16 && encoded.length != 24 && encoded.length != 32) {
            throw new InvalidKeyException("Invalid AES key length: " + encoded.length + " bytes");
        }
        boolean encrypt = opmode == ENCRYPT_MODE || opmode == WRAP_MODE;
        byte[] newIv = null;
        int newTagBytes = 16;
        if (mode == Mode.ECB) {
            if (params != null) {
                throw new InvalidAlgorithmParameterException("ECB mode cannot use IV");
            }
        } else if (params == null) {
            if (!encrypt) {
                throw new InvalidKeyException("Parameters missing");
            }
            newIv = new byte[mode == Mode.GCM ? 12 : BLOCK];
            (random == null ? new SecureRandom() : random).nextBytes(newIv);
        } else if (mode == Mode.GCM) {
            if (!(params instanceof GCMParameterSpec gcm)) {
                throw new InvalidAlgorithmParameterException("Unsupported parameter: " + params);
            }
            int bits = gcm.getTLen();
            if (bits < 96 || bits > 128 || (bits & 7) != 0) {
                throw new InvalidAlgorithmParameterException(
                        "Unsupported TLen value.  Must be one of {128, 120, 112, 104, 96}");
            }
            newTagBytes = bits / 8;
            newIv = gcm.getIV();
            if (newIv.length == 0) {
                throw new InvalidAlgorithmParameterException("IV is empty");
            }
        } else {
            if (!(params instanceof IvParameterSpec ivSpec)) {
                throw new InvalidAlgorithmParameterException("Wrong parameter type: IV expected");
            }
            newIv = ivSpec.getIV();
            if (newIv.length != BLOCK) {
                throw new InvalidAlgorithmParameterException("Wrong IV length: must be 16 bytes long");
            }
        }
        if (mode == Mode.GCM && encrypt && lastGcmKey != null
                && Arrays.equals(lastGcmKey, encoded) && Arrays.equals(lastGcmIv, newIv)) {
            throw new InvalidAlgorithmParameterException("Cannot reuse iv for GCM encryption");
        }
        this.opmode = opmode;
        this.aes = new AesBlock(encoded);
        this.keyBytes = encoded;
        this.iv = newIv;
        this.tagBytes = newTagBytes;
        if (mode == Mode.GCM && encrypt) {
            lastGcmKey = encoded;
            lastGcmIv = newIv;
        }
        reset();
    }

    /** Back to the state right after `init`: the IV's chain, nothing pending. */
    private void reset() {
        pending.reset();
        aad.reset();
        processedBytes = 0;
        updated = false;
        aadAbsorbed = false;
        gcmUsed = false;
        streamUsed = BLOCK;
        if (mode == Mode.CBC || mode == Mode.CTR) {
            chain = iv.clone();
        } else if (mode == Mode.GCM) {
            byte[] h = new byte[BLOCK];
            aes.encrypt(h, 0, h, 0);
            ghash = new Ghash(h);
            if (iv.length == 12) {
                chain = Arrays.copyOf(iv, BLOCK);
                chain[15] = 1;
            } else {
                Ghash j = new Ghash(h);
                j.update(iv, 0, iv.length);
                j.pad();
                byte[] lengths = new byte[BLOCK];
                putLong(lengths, 8, (long) iv.length * 8);
                j.update(lengths, 0, BLOCK);
                chain = j.digest();
            }
            preCounter = chain.clone();
            increment32(chain);
        }
    }

    public final void updateAAD(byte[] src) {
        if (src == null) {
            throw new IllegalArgumentException("src buffer is null");
        }
        updateAAD(src, 0, src.length);
    }

    public final void updateAAD(byte[] src, int offset, int len) {
        checkInitialized();
        if (mode != Mode.GCM) {
            throw new IllegalStateException("AAD is not supported");
        }
        if (updated) {
            throw new IllegalStateException("Update has been called; no more AAD data");
        }
        aad.write(src, offset, len);
    }

    public final byte[] update(byte[] input) {
        checkInitialized();
        if (input == null) {
            throw new IllegalArgumentException("Null input buffer");
        }
        return update(input, 0, input.length);
    }

    public final byte[] update(byte[] input, int inputOffset, int inputLen) {
        checkInitialized();
        if (input == null || inputOffset < 0 || inputLen > (input.length - inputOffset) || inputLen < 0) {
            throw new IllegalArgumentException("Bad arguments");
        }
        checkGcmReuse();
        if (inputLen == 0) {
            return null;
        }
        return process(input, inputOffset, inputLen, false);
    }

    public final int update(byte[] input, int inputOffset, int inputLen, byte[] output)
            throws ShortBufferException {
        return update(input, inputOffset, inputLen, output, 0);
    }

    public final int update(byte[] input, int inputOffset, int inputLen, byte[] output, int outputOffset)
            throws ShortBufferException {
        byte[] result = update(input, inputOffset, inputLen);
        return copyOut(result, output, outputOffset);
    }

    private static int copyOut(byte[] result, byte[] output, int outputOffset) throws ShortBufferException {
        if (result == null) {
            return 0;
        }
        if (output == null || output.length - outputOffset < result.length) {
            throw new ShortBufferException("Output buffer too short: "
                    + (output == null ? 0 : output.length - outputOffset) + " bytes given, "
                    + result.length + " bytes needed");
        }
        System.arraycopy(result, 0, output, outputOffset, result.length);
        return result.length;
    }

    public final byte[] doFinal() throws IllegalBlockSizeException, BadPaddingException {
        checkInitialized();
        return doFinal(new byte[0], 0, 0);
    }

    public final byte[] doFinal(byte[] input) throws IllegalBlockSizeException, BadPaddingException {
        checkInitialized();
        if (input == null) {
            throw new IllegalArgumentException("Null input buffer");
        }
        return doFinal(input, 0, input.length);
    }

    public final byte[] doFinal(byte[] input, int inputOffset, int inputLen)
            throws IllegalBlockSizeException, BadPaddingException {
        checkInitialized();
        if (input == null || inputOffset < 0 || inputLen > (input.length - inputOffset) || inputLen < 0) {
            throw new IllegalArgumentException("Bad arguments");
        }
        checkGcmReuse();
        try {
            byte[] body = process(input, inputOffset, inputLen, true);
            byte[] rest = finish();
            if (padded && !encrypting() && body.length > 0) {
                body = unpad(body);
            }
            byte[] all = Arrays.copyOf(body, body.length + rest.length);
            System.arraycopy(rest, 0, all, body.length, rest.length);
            return all;
        } finally {
            boolean gcmEncrypted = mode == Mode.GCM && encrypting();
            reset();
            gcmUsed = gcmEncrypted;
        }
    }

    public final int doFinal(byte[] output, int outputOffset)
            throws IllegalBlockSizeException, ShortBufferException, BadPaddingException {
        return copyOut(doFinal(), output, outputOffset);
    }

    public final int doFinal(byte[] input, int inputOffset, int inputLen, byte[] output)
            throws ShortBufferException, IllegalBlockSizeException, BadPaddingException {
        return doFinal(input, inputOffset, inputLen, output, 0);
    }

    public final int doFinal(byte[] input, int inputOffset, int inputLen, byte[] output, int outputOffset)
            throws ShortBufferException, IllegalBlockSizeException, BadPaddingException {
        checkInitialized();
        int needed = getOutputSize(inputLen);
        if (output == null || output.length - outputOffset < needed) {
            throw new ShortBufferException("Output buffer too short: "
                    + (output == null ? 0 : output.length - outputOffset) + " bytes given, "
                    + needed + " bytes needed");
        }
        return copyOut(doFinal(input, inputOffset, inputLen), output, outputOffset);
    }

    public final byte[] wrap(Key key) throws IllegalBlockSizeException, InvalidKeyException {
        checkInitialized();
        if (opmode != WRAP_MODE) {
            throw new IllegalStateException("Cipher not initialized for wrapping keys");
        }
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length == 0) {
            throw new InvalidKeyException("Cannot get an encoding of the key to be wrapped");
        }
        try {
            return doFinal(encoded);
        } catch (BadPaddingException e) {
            throw new InvalidKeyException(e.getMessage(), e);
        }
    }

    public final Key unwrap(byte[] wrappedKey, String wrappedKeyAlgorithm, int wrappedKeyType)
            throws InvalidKeyException, NoSuchAlgorithmException {
        checkInitialized();
        if (opmode != UNWRAP_MODE) {
            throw new IllegalStateException("Cipher not initialized for unwrapping keys");
        }
        if (wrappedKeyType != SECRET_KEY) {
            throw new InvalidKeyException("Unsupported key type: " + wrappedKeyType);
        }
        try {
            return new SecretKeySpec(doFinal(wrappedKey), wrappedKeyAlgorithm);
        } catch (IllegalBlockSizeException | BadPaddingException e) {
            throw new InvalidKeyException("The wrapped key is not padded correctly", e);
        }
    }

    private void checkGcmReuse() {
        if (gcmUsed) {
            throw new IllegalStateException("Must use either different key or  iv for GCM encryption");
        }
    }

    /** Takes `len` bytes of input; gives the output they complete (`last`: the final call's). */
    private byte[] process(byte[] input, int offset, int len, boolean last) {
        if (mode == Mode.GCM && !encrypting()) {
            pending.write(input, offset, len);
            updated |= len > 0;
            return new byte[0];
        }
        if (mode == Mode.GCM) {
            startGcm();
        }
        if (mode == Mode.CTR || mode == Mode.GCM) {
            byte[] out = new byte[len];
            keyStream(input, offset, out, 0, len);
            if (mode == Mode.GCM) {
                ghash.update(out, 0, len);
                processedBytes += len;
            }
            return out;
        }
        pending.write(input, offset, len);
        byte[] all = pending.toByteArray();
        // Decrypting with padding keeps the last whole block until the end: it holds the padding.
        int keep = all.length % BLOCK;
        if (!last && keep == 0 && padded && !encrypting() && all.length > 0) {
            keep = BLOCK;
        }
        if (last) {
            keep = all.length % BLOCK;
        }
        int whole = all.length - keep;
        byte[] out = new byte[whole];
        for (int i = 0; i < whole; i += BLOCK) {
            block(all, i, out, i);
        }
        pending.reset();
        pending.write(all, whole, keep);
        return out;
    }

    /** The final block(s) once all input is in: padding, GCM's tag. */
    private byte[] finish() throws IllegalBlockSizeException, BadPaddingException {
        if (mode == Mode.GCM) {
            return encrypting() ? finishGcmEncryption() : finishGcmDecryption();
        }
        if (mode == Mode.CTR) {
            return new byte[0];
        }
        byte[] rest = pending.toByteArray();
        if (!padded) {
            if (rest.length != 0) {
                throw new IllegalBlockSizeException("Input length not multiple of 16 bytes");
            }
            return rest;
        }
        if (encrypting()) {
            int n = BLOCK - rest.length;
            byte[] block = Arrays.copyOf(rest, BLOCK);
            Arrays.fill(block, rest.length, BLOCK, (byte) n);
            block(block, 0, block, 0);
            return block;
        }
        if (rest.length != 0) {
            throw new IllegalBlockSizeException(
                    "Input length must be multiple of 16 when decrypting with padded cipher");
        }
        return new byte[0];
    }

    /** Decrypting with padding: strips the padding of the plaintext's last block. */
    private static byte[] unpad(byte[] plain) throws BadPaddingException {
        int n = plain.length == 0 ? 0 : plain[plain.length - 1] & 0xff;
        boolean ok = n >= 1 && n <= BLOCK && n <= plain.length;
        for (int i = 0; ok && i < n; i++) {
            ok = (plain[plain.length - 1 - i] & 0xff) == n;
        }
        if (!ok) {
            throw new BadPaddingException("Given final block not properly padded. Such issues can arise"
                    + " if a bad key is used during decryption.");
        }
        return Arrays.copyOf(plain, plain.length - n);
    }

    private void block(byte[] in, int inOff, byte[] out, int outOff) {
        switch (mode) {
            case ECB -> {
                if (encrypting()) {
                    aes.encrypt(in, inOff, out, outOff);
                } else {
                    aes.decrypt(in, inOff, out, outOff);
                }
            }
            case CBC -> {
                if (encrypting()) {
                    byte[] x = new byte[BLOCK];
                    for (int i = 0; i < BLOCK; i++) {
                        x[i] = (byte) (in[inOff + i] ^ chain[i]);
                    }
                    aes.encrypt(x, 0, out, outOff);
                    System.arraycopy(out, outOff, chain, 0, BLOCK);
                } else {
                    byte[] c = Arrays.copyOfRange(in, inOff, inOff + BLOCK);
                    aes.decrypt(c, 0, out, outOff);
                    for (int i = 0; i < BLOCK; i++) {
                        out[outOff + i] ^= chain[i];
                    }
                    chain = c;
                }
            }
            default -> throw new AssertionError(mode);
        }
    }

    /** XORs `len` bytes of CTR's (or GCM's) key stream with the input. */
    private void keyStream(byte[] in, int inOff, byte[] out, int outOff, int len) {
        for (int i = 0; i < len; i++) {
            if (streamUsed == BLOCK) {
                aes.encrypt(chain, 0, stream, 0);
                if (mode == Mode.GCM) {
                    increment32(chain);
                } else {
                    for (int j = BLOCK - 1; j >= 0 && ++chain[j] == 0; j--) {
                        // carries into the next byte
                    }
                }
                streamUsed = 0;
            }
            out[outOff + i] = (byte) (in[inOff + i] ^ stream[streamUsed++]);
        }
    }

    private static void increment32(byte[] counter) {
        for (int j = BLOCK - 1; j >= BLOCK - 4 && ++counter[j] == 0; j--) {
            // carries within the last 32 bits
        }
    }

    private static void putLong(byte[] b, int at, long v) {
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (v >>> (56 - 8 * i));
        }
    }

    /** GCM: the additional data into GHASH, once, before the first text. */
    private void startGcm() {
        updated = true;
        if (!aadAbsorbed) {
            aadAbsorbed = true;
            byte[] a = aad.toByteArray();
            ghash.update(a, 0, a.length);
            ghash.pad();
        }
    }

    private byte[] gcmTag() {
        ghash.pad();
        byte[] lengths = new byte[BLOCK];
        putLong(lengths, 0, (long) aad.size() * 8);
        putLong(lengths, 8, processedBytes * 8);
        ghash.update(lengths, 0, BLOCK);
        byte[] s = ghash.digest();
        byte[] mask = new byte[BLOCK];
        aes.encrypt(preCounter, 0, mask, 0);
        for (int i = 0; i < BLOCK; i++) {
            s[i] ^= mask[i];
        }
        return Arrays.copyOf(s, tagBytes);
    }

    private byte[] finishGcmEncryption() {
        startGcm();
        return gcmTag();
    }

    private byte[] finishGcmDecryption() throws AEADBadTagException {
        byte[] all = pending.toByteArray();
        if (all.length < tagBytes) {
            throw new AEADBadTagException("Input data too short to contain an expected tag length of "
                    + tagBytes + "bytes");
        }
        int textLength = all.length - tagBytes;
        startGcm();
        ghash.update(all, 0, textLength);
        processedBytes = textLength;
        byte[] expected = gcmTag();
        if (!java.security.MessageDigest.isEqual(expected,
                Arrays.copyOfRange(all, textLength, all.length))) {
            throw new AEADBadTagException("Tag mismatch!");
        }
        byte[] plain = new byte[textLength];
        keyStream(all, 0, plain, 0, textLength);
        return plain;
    }

    /** GHASH over GF(2^128) with the hash key H, fed 16 bytes at a time (pad() ends a part). */
    private static final class Ghash {
        private final long h0;
        private final long h1;
        private long y0;
        private long y1;
        private final byte[] partial = new byte[BLOCK];
        private int partialLength;

        Ghash(byte[] h) {
            h0 = getLong(h, 0);
            h1 = getLong(h, 8);
        }

        private static long getLong(byte[] b, int at) {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (b[at + i] & 0xff);
            }
            return v;
        }

        void update(byte[] data, int offset, int len) {
            for (int i = 0; i < len; i++) {
                partial[partialLength++] = data[offset + i];
                if (partialLength == BLOCK) {
                    absorb();
                }
            }
        }

        /** Completes a partial block with zeros. */
        void pad() {
            if (partialLength > 0) {
                Arrays.fill(partial, partialLength, BLOCK, (byte) 0);
                absorb();
            }
        }

        private void absorb() {
            y0 ^= getLong(partial, 0);
            y1 ^= getLong(partial, 8);
            partialLength = 0;
            // Y = Y * H in GCM's bit order.
            long z0 = 0;
            long z1 = 0;
            long v0 = h0;
            long v1 = h1;
            for (int i = 0; i < 128; i++) {
                long bit = i < 64 ? (y0 >>> (63 - i)) & 1 : (y1 >>> (127 - i)) & 1;
                if (bit != 0) {
                    z0 ^= v0;
                    z1 ^= v1;
                }
                boolean carry = (v1 & 1) != 0;
                v1 = (v1 >>> 1) | (v0 << 63);
                v0 >>>= 1;
                if (carry) {
                    v0 ^= 0xe100000000000000L;
                }
            }
            y0 = z0;
            y1 = z1;
        }

        byte[] digest() {
            byte[] out = new byte[BLOCK];
            putLong(out, 0, y0);
            putLong(out, 8, y1);
            return out;
        }
    }
}

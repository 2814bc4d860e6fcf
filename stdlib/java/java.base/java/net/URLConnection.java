package java.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection to the resource of a URL. Cortado connects file: URLs (through the host's
 * files) and jar: URLs of class-path jars; a connection of another protocol can be set up but
 * fails to connect with UnknownServiceException (Cortado opens no network connections).
 */
public abstract class URLConnection {
    private static boolean defaultAllowUserInteraction;
    private static boolean defaultUseCaches = true;
    private static FileNameMap fileNameMap;

    protected URL url;
    protected boolean doInput = true;
    protected boolean doOutput;
    protected boolean allowUserInteraction = defaultAllowUserInteraction;
    protected boolean useCaches;
    protected long ifModifiedSince;
    protected boolean connected;
    private int connectTimeout;
    private int readTimeout;
    /** Request properties, each key with its values (the last added first). */
    private LinkedHashMap<String, List<String>> requests;

    protected URLConnection(URL url) {
        this.url = url;
        this.useCaches = defaultUseCaches;
    }

    public abstract void connect() throws IOException;

    public URL getURL() {
        return url;
    }

    public InputStream getInputStream() throws IOException {
        throw new UnknownServiceException("protocol doesn't support input");
    }

    public OutputStream getOutputStream() throws IOException {
        throw new UnknownServiceException("protocol doesn't support output");
    }

    private void checkConnected() {
        if (connected) {
            throw new IllegalStateException("Already connected");
        }
    }

    // --- response headers (none unless a subclass has them)

    public String getHeaderField(String name) {
        return null;
    }

    public Map<String, List<String>> getHeaderFields() {
        return Collections.emptyMap();
    }

    public String getHeaderFieldKey(int n) {
        return null;
    }

    public String getHeaderField(int n) {
        return null;
    }

    public int getHeaderFieldInt(String name, int defaultValue) {
        try {
            return Integer.parseInt(getHeaderField(name));
        } catch (Exception e) {
            return defaultValue;
        }
    }

    public long getHeaderFieldLong(String name, long defaultValue) {
        try {
            return Long.parseLong(getHeaderField(name));
        } catch (Exception e) {
            return defaultValue;
        }
    }

    /** The header as an HTTP date ("Tue, 14 Nov 2023 22:13:20 GMT"), or defaultValue. */
    public long getHeaderFieldDate(String name, long defaultValue) {
        String value = getHeaderField(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            java.text.SimpleDateFormat format =
                    new java.text.SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US);
            format.setTimeZone(java.util.TimeZone.getTimeZone("GMT"));
            return format.parse(value).getTime();
        } catch (Exception e) {
            return defaultValue;
        }
    }

    public String getContentType() {
        return getHeaderField("content-type");
    }

    public String getContentEncoding() {
        return getHeaderField("content-encoding");
    }

    public int getContentLength() {
        long length = getContentLengthLong();
        return length > Integer.MAX_VALUE ? -1 : (int) length;
    }

    public long getContentLengthLong() {
        return getHeaderFieldLong("content-length", -1);
    }

    public long getExpiration() {
        return getHeaderFieldDate("expires", 0);
    }

    public long getDate() {
        return getHeaderFieldDate("date", 0);
    }

    public long getLastModified() {
        return getHeaderFieldDate("last-modified", 0);
    }

    public Object getContent() throws IOException {
        return getInputStream();
    }

    // --- request settings

    public void setDoInput(boolean doInput) {
        checkConnected();
        this.doInput = doInput;
    }

    public boolean getDoInput() {
        return doInput;
    }

    public void setDoOutput(boolean doOutput) {
        checkConnected();
        this.doOutput = doOutput;
    }

    public boolean getDoOutput() {
        return doOutput;
    }

    public void setAllowUserInteraction(boolean allow) {
        checkConnected();
        this.allowUserInteraction = allow;
    }

    public boolean getAllowUserInteraction() {
        return allowUserInteraction;
    }

    public static void setDefaultAllowUserInteraction(boolean allow) {
        defaultAllowUserInteraction = allow;
    }

    public static boolean getDefaultAllowUserInteraction() {
        return defaultAllowUserInteraction;
    }

    public void setUseCaches(boolean useCaches) {
        checkConnected();
        this.useCaches = useCaches;
    }

    public boolean getUseCaches() {
        return useCaches;
    }

    public void setDefaultUseCaches(boolean useCaches) {
        defaultUseCaches = useCaches;
    }

    public boolean getDefaultUseCaches() {
        return defaultUseCaches;
    }

    public static void setDefaultUseCaches(String protocol, boolean useCaches) {
        defaultUseCaches = useCaches;
    }

    public static boolean getDefaultUseCaches(String protocol) {
        return defaultUseCaches;
    }

    public void setIfModifiedSince(long ifModifiedSince) {
        checkConnected();
        this.ifModifiedSince = ifModifiedSince;
    }

    public long getIfModifiedSince() {
        return ifModifiedSince;
    }

    public void setConnectTimeout(int timeout) {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeouts can't be negative");
        }
        connectTimeout = timeout;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setReadTimeout(int timeout) {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeouts can't be negative");
        }
        readTimeout = timeout;
    }

    public int getReadTimeout() {
        return readTimeout;
    }

    public void setRequestProperty(String key, String value) {
        checkConnected();
        if (key == null) {
            throw new NullPointerException("key is null");
        }
        if (requests == null) {
            requests = new LinkedHashMap<>();
        }
        List<String> values = new ArrayList<>();
        values.add(value);
        requests.put(key, values);
    }

    public void addRequestProperty(String key, String value) {
        checkConnected();
        if (key == null) {
            throw new NullPointerException("key is null");
        }
        if (requests == null) {
            requests = new LinkedHashMap<>();
        }
        requests.computeIfAbsent(key, k -> new ArrayList<>()).add(0, value);
    }

    public String getRequestProperty(String key) {
        checkConnected();
        if (requests == null || key == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : requests.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    public Map<String, List<String>> getRequestProperties() {
        checkConnected();
        if (requests == null) {
            return Collections.emptyMap();
        }
        Map<String, List<String>> copy = new HashMap<>();
        for (Map.Entry<String, List<String>> e : requests.entrySet()) {
            copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
        }
        return Collections.unmodifiableMap(copy);
    }

    // --- content types

    public static FileNameMap getFileNameMap() {
        FileNameMap map = fileNameMap;
        return map != null ? map : ContentTypes.INSTANCE;
    }

    public static void setFileNameMap(FileNameMap map) {
        fileNameMap = map;
    }

    public static String guessContentTypeFromName(String fname) {
        return getFileNameMap().getContentTypeFor(fname);
    }

    @Override
    public String toString() {
        return getClass().getName() + ":" + url;
    }
}

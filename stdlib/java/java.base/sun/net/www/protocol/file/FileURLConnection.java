package sun.net.www.protocol.file;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file: URL's connection, as the JDK's: headers content-type (by the name's extension),
 * content-length and last-modified for a file; a directory reads as its sorted names, one a
 * line, typed text/plain.
 */
public class FileURLConnection extends URLConnection {
    private final File file;
    private InputStream in;
    private boolean directory;
    /** Header names and values, in the order the JDK adds them. */
    private final List<String[]> headers = new ArrayList<>();
    private boolean headersKnown;

    public FileURLConnection(URL url, File file) {
        super(url);
        this.file = file;
    }

    @Override
    public void connect() throws IOException {
        if (connected) {
            return;
        }
        directory = file.isDirectory();
        if (directory) {
            String[] names = file.list();
            if (names == null) {
                throw new FileNotFoundException(file.getPath() + " exists, but is not accessible");
            }
            Arrays.sort(names);
            StringBuilder sb = new StringBuilder();
            for (String name : names) {
                sb.append(name).append('\n');
            }
            in = new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            in = new FileInputStream(file.getPath());
        }
        connected = true;
    }

    private void initializeHeaders() {
        boolean exists = false;
        try {
            connect();
            exists = file.exists();
        } catch (IOException e) {
            // headers of what is there
        }
        if (headersKnown) {
            return;
        }
        if (!directory) {
            String type = URLConnection.getFileNameMap().getContentTypeFor(file.getPath());
            if (type != null) {
                headers.add(new String[] {"content-type", type});
            }
            headers.add(new String[] {"content-length", String.valueOf(file.length())});
            long modified = file.lastModified();
            if (modified != 0) {
                java.text.SimpleDateFormat format =
                        new java.text.SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US);
                format.setTimeZone(java.util.TimeZone.getTimeZone("GMT"));
                headers.add(new String[] {"last-modified", format.format(new java.util.Date(modified))});
            }
        } else {
            headers.add(new String[] {"content-type", "text/plain"});
        }
        headersKnown = true;
    }

    // request properties are the JDK's for local connections: set ones join the headers,
    // added ones are dropped, and none are reported

    @Override
    public void setRequestProperty(String key, String value) {
        if (connected) {
            throw new IllegalStateException("Already connected");
        }
        if (key == null) {
            throw new NullPointerException("key cannot be null");
        }
        for (int i = headers.size() - 1; i >= 0; i--) {
            if (headers.get(i)[0].equalsIgnoreCase(key)) {
                headers.get(i)[1] = value;
                return;
            }
        }
        headers.add(new String[] {key, value});
    }

    @Override
    public void addRequestProperty(String key, String value) {
        if (connected) {
            throw new IllegalStateException("Already connected");
        }
        if (key == null) {
            throw new NullPointerException("key is null");
        }
    }

    @Override
    public String getRequestProperty(String key) {
        if (connected) {
            throw new IllegalStateException("Already connected");
        }
        return null;
    }

    @Override
    public Map<String, List<String>> getRequestProperties() {
        if (connected) {
            throw new IllegalStateException("Already connected");
        }
        return Collections.emptyMap();
    }

    @Override
    public String getHeaderField(String name) {
        initializeHeaders();
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return h[1];
            }
        }
        return null;
    }

    @Override
    public String getHeaderField(int n) {
        initializeHeaders();
        return n >= 0 && n < headers.size() ? headers.get(n)[1] : null;
    }

    @Override
    public String getHeaderFieldKey(int n) {
        initializeHeaders();
        return n >= 0 && n < headers.size() ? headers.get(n)[0] : null;
    }

    @Override
    public Map<String, List<String>> getHeaderFields() {
        initializeHeaders();
        if (!connected) {
            return Collections.emptyMap();
        }
        // the JDK's map: filled from the last header to the first
        Map<String, List<String>> map = new HashMap<>();
        for (int i = headers.size() - 1; i >= 0; i--) {
            String[] h = headers.get(i);
            List<String> values = map.get(h[0]);
            if (values == null) {
                values = new ArrayList<>();
                map.put(h[0], values);
            }
            values.add(h[1]);
        }
        map.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String getContentType() {
        String type = getHeaderField("content-type");
        if (type == null) {
            type = URLConnection.guessContentTypeFromName(url.getFile());
        }
        return type != null ? type : "content/unknown";
    }

    @Override
    public long getContentLengthLong() {
        initializeHeaders();
        return file.length();
    }

    @Override
    public long getLastModified() {
        initializeHeaders();
        return file.lastModified();
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        connect();
        return in;
    }
}

package java.net;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The connection of a URL that is not a local file: a jar: URL's entry (read whole when
 * connecting, so its content length is known), or a protocol Cortado does not connect to.
 */
final class UrlStreamConnection extends URLConnection {
    private byte[] content;

    UrlStreamConnection(URL url) {
        super(url);
    }

    @Override
    public void connect() throws IOException {
        if (connected) {
            return;
        }
        if (!url.getProtocol().equals("jar")) {
            throw new UnknownServiceException("no " + url.getProtocol() + " connections in Cortado: " + url);
        }
        try (InputStream in = url.openStream()) {
            content = in.readAllBytes();
        }
        connected = true;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        connect();
        return new ByteArrayInputStream(content);
    }

    @Override
    public String getHeaderField(String name) {
        try {
            connect();
        } catch (IOException e) {
            return null;
        }
        if (name != null && name.equalsIgnoreCase("content-length")) {
            return String.valueOf(content.length);
        }
        if (name != null && name.equalsIgnoreCase("content-type")) {
            String type = guessContentTypeFromName(url.getFile());
            return type != null ? type : "content/unknown";
        }
        return null;
    }
}

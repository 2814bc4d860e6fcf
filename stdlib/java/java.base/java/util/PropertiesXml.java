package java.util;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The XML form of Properties (storeToXML, loadFromXML), as the JDK's PropertiesDefaultHandler:
 * the properties DTD's document written with the JDK's layout and escapes, and read by a small
 * parser for that document type (the DOCTYPE is required, as in the JDK; comments, processing
 * instructions, CDATA sections and character references are understood).
 */
final class PropertiesXml {
    private PropertiesXml() {}

    static final String PROPS_DTD_URI = "http://java.sun.com/dtd/properties.dtd";

    static void store(Properties props, OutputStream os, String comment, Charset charset)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"").append(charset.name()).append("\"?>\n");
        sb.append("<!DOCTYPE properties SYSTEM \"").append(PROPS_DTD_URI).append("\">\n");
        sb.append("<properties>\n");
        if (comment != null && !comment.isEmpty()) {
            sb.append("<comment>");
            escape(sb, comment, false, charset);
            sb.append("</comment>\n");
        }
        synchronized (props) {
            for (Map.Entry<Object, Object> e : props.entrySet()) {
                Object k = e.getKey();
                Object v = e.getValue();
                if (k instanceof String && v instanceof String) {
                    sb.append("<entry key=\"");
                    escape(sb, (String) k, true, charset);
                    sb.append("\">");
                    escape(sb, (String) v, false, charset);
                    sb.append("</entry>\n");
                } else {
                    throw new ClassCastException("Keys and values in Properties must be Strings");
                }
            }
        }
        sb.append("</properties>\n");
        Writer w = new OutputStreamWriter(os, charset);
        w.write(sb.toString());
        w.flush();
    }

    /** The JDK writer's escapes: markup characters, and chars the charset cannot encode alone. */
    private static void escape(StringBuilder sb, String s, boolean attribute, Charset charset) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append(attribute ? "&quot;" : "\"");
                    break;
                default:
                    if (!canEncode(charset, c)) {
                        sb.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        sb.append(c);
                    }
            }
        }
    }

    /** Whether the charset encodes c on its own (never a surrogate, as the JDK's encoders). */
    private static boolean canEncode(Charset charset, char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        String name = charset.name();
        if (name.startsWith("UTF-") || c < 0x80 && !name.startsWith("IBM") && !name.startsWith("x-IBM")) {
            return true;
        }
        String one = String.valueOf(c);
        return new String(one.getBytes(charset), charset).equals(one);
    }

    // ---- loading ----

    private static InvalidPropertiesFormatException error(String message) {
        return new InvalidPropertiesFormatException(
                "jdk.internal.org.xml.sax.SAXParseException; " + message);
    }

    /** A document that is not well-formed: the JDK's parser gives no message. */
    private static InvalidPropertiesFormatException syntaxError() {
        return error("");
    }

    static void load(Properties props, InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        new Parser(decode(bytes)).parse(props);
    }

    /** The document's text: the encoding of its XML declaration (or a byte order mark), else UTF-8. */
    private static String decode(byte[] b) throws IOException {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)) {
            return new String(b, StandardCharsets.UTF_16);
        }
        int start = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb
                && (b[2] & 0xff) == 0xbf ? 3 : 0;
        String head = new String(b, start, Math.min(b.length - start, 200), StandardCharsets.ISO_8859_1);
        Charset cs = StandardCharsets.UTF_8;
        if (head.startsWith("<?xml")) {
            int end = head.indexOf("?>");
            int enc = head.indexOf("encoding");
            if (end > 0 && enc > 0 && enc < end) {
                int q = enc + 8;
                while (q < end && (head.charAt(q) == ' ' || head.charAt(q) == '=')) q++;
                if (q < end && (head.charAt(q) == '"' || head.charAt(q) == '\'')) {
                    int close = head.indexOf(head.charAt(q), q + 1);
                    if (close > 0 && close < end) {
                        try {
                            cs = Charset.forName(head.substring(q + 1, close));
                        } catch (RuntimeException e) {
                            throw syntaxError();
                        }
                    }
                }
            }
        }
        return new String(b, start, b.length - start, cs);
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        private static final String DTD_MESSAGE = "An XML properties document must contain"
                + " the DOCTYPE declaration as defined by java.util.Properties.";

        // the JDK handler's state (PropertiesDefaultHandler)
        private Properties props;
        private String rootElm;
        private boolean sawRoot;
        private boolean sawComment;
        private boolean validEntry;
        private String key;
        private final StringBuilder buf = new StringBuilder();

        void parse(Properties props) throws IOException {
            this.props = props;
            // prolog: declaration, comments, processing instructions, the DOCTYPE
            while (true) {
                skipSpace();
                if (s.startsWith("<?", pos)) {
                    skipPast("?>");
                } else if (s.startsWith("<!--", pos)) {
                    skipPast("-->");
                } else if (s.startsWith("<!DOCTYPE", pos)) {
                    pos += 9;
                    skipSpace();
                    String name = name();
                    skipSpace();
                    String sysid = null;
                    if (s.startsWith("SYSTEM", pos)) {
                        pos += 6;
                        skipSpace();
                        sysid = quoted();
                    } else if (s.startsWith("PUBLIC", pos)) {
                        pos += 6;
                        skipSpace();
                        quoted();
                        skipSpace();
                        sysid = quoted();
                    }
                    if (!name.equals("properties") || !PROPS_DTD_URI.equals(sysid)) {
                        throw error(DTD_MESSAGE);
                    }
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == '[') {
                        throw error("Internal DTD subset is not allowed. The Properties XML document"
                                + " must have the following DOCTYPE declaration: \n<!DOCTYPE properties SYSTEM \""
                                + PROPS_DTD_URI + "\">");
                    }
                    expect('>');
                    rootElm = name;
                } else {
                    break;
                }
            }
            if (pos >= s.length() || s.charAt(pos) != '<') {
                throw syntaxError();
            }
            element();
            skipMisc();
            if (pos < s.length()) {
                throw syntaxError();
            }
        }

        /** An element and its content, at its '<', as SAX events to the handler logic. */
        private void element() throws IOException {
            pos++;
            String name = name();
            Map<String, String> attrs = attributes();
            boolean empty = emptyTag();
            startElement(name, attrs);
            if (!empty) {
                while (true) {
                    content(validEntry ? buf : null);
                    if (s.startsWith("</", pos)) {
                        pos += 2;
                        String end = name();
                        skipSpace();
                        expect('>');
                        if (!end.equals(name)) {
                            throw syntaxError();
                        }
                        break;
                    }
                    element();
                }
            }
            endElement(name);
        }

        private void startElement(String qName, Map<String, String> attributes) throws IOException {
            if (sawRoot) {
                if (!"comment, entry".contains(qName)) {
                    throw error("Element type \"" + qName + "\" must be declared.");
                }
            } else {
                if (rootElm == null) {
                    throw error(DTD_MESSAGE);
                }
                if (!rootElm.equals(qName)) {
                    throw error("Document root element \"" + qName + "\", must match DOCTYPE root \""
                            + rootElm + "\"");
                }
                sawRoot = true;
            }
            if (qName.equals("entry")) {
                validEntry = true;
                key = attributes.get("key");
                if (key == null) {
                    throw error("Attribute \"key\" is required and must be specified for element type \"entry\"");
                }
            } else if (qName.equals("comment")) {
                if (sawComment) {
                    throw error("Only one comment element may be allowed. The content of element type"
                            + " \"properties\" must match \"(comment?,entry*)\"");
                }
                sawComment = true;
            }
        }

        private void endElement(String qName) throws IOException {
            if (!"comment, entry".contains(qName) && !"properties".equals(qName)) {
                throw error("Element: " + qName + " is invalid, must match  \"(comment?,entry*)\".");
            }
            if (validEntry) {
                props.setProperty(key, buf.toString());
                buf.setLength(0);
                validEntry = false;
            }
        }

        /** Character data, references, CDATA and comments up to the next tag (into sb if not null). */
        private void content(StringBuilder sb) throws IOException {
            while (true) {
                if (pos >= s.length()) {
                    throw syntaxError();
                }
                char c = s.charAt(pos);
                if (c == '<') {
                    if (s.startsWith("<!--", pos)) {
                        skipPast("-->");
                    } else if (s.startsWith("<![CDATA[", pos)) {
                        int end = s.indexOf("]]>", pos + 9);
                        if (end < 0) throw syntaxError();
                        if (sb != null) sb.append(s, pos + 9, end);
                        pos = end + 3;
                    } else if (s.startsWith("<?", pos)) {
                        skipPast("?>");
                    } else {
                        return;
                    }
                } else if (c == '&') {
                    int ch = reference();
                    if (sb != null) sb.appendCodePoint(ch);
                } else {
                    if (sb != null) {
                        sb.append(c == '\r' ? '\n' : c);
                    }
                    if (c == '\r' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n') pos++;
                    pos++;
                }
            }
        }

        private int reference() throws IOException {
            int semi = s.indexOf(';', pos);
            if (semi < 0) throw syntaxError();
            String ref = s.substring(pos + 1, semi);
            pos = semi + 1;
            switch (ref) {
                case "lt": return '<';
                case "gt": return '>';
                case "amp": return '&';
                case "quot": return '"';
                case "apos": return '\'';
                default:
                    try {
                        int c = -1;
                        if (ref.startsWith("#x")) c = Integer.parseInt(ref.substring(2), 16);
                        else if (ref.startsWith("#")) c = Integer.parseInt(ref.substring(1));
                        if (c > 0xffff) {
                            // the JDK's parser keeps a reference in one char: beyond it, an error
                            throw syntaxError();
                        }
                        if (c >= 0) return c;
                    } catch (NumberFormatException e) {
                        throw syntaxError();
                    }
                    throw syntaxError();
            }
        }

        private Map<String, String> attributes() throws IOException {
            Map<String, String> attrs = new HashMap<>();
            while (true) {
                skipSpace();
                if (pos >= s.length()) throw syntaxError();
                char c = s.charAt(pos);
                if (c == '>' || c == '/') return attrs;
                String n = name();
                skipSpace();
                expect('=');
                skipSpace();
                char q = pos < s.length() ? s.charAt(pos) : 0;
                if (q != '"' && q != '\'') throw syntaxError();
                pos++;
                StringBuilder v = new StringBuilder();
                while (pos < s.length() && s.charAt(pos) != q) {
                    char ch = s.charAt(pos);
                    if (ch == '&') {
                        v.appendCodePoint(reference());
                    } else {
                        v.append(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
                        pos++;
                    }
                }
                expect(q);
                attrs.put(n, v.toString());
            }
        }

        /** Whether the start tag just read ends with "/>" (else ">"). */
        private boolean emptyTag() throws IOException {
            if (s.startsWith("/>", pos)) {
                pos += 2;
                return true;
            }
            expect('>');
            return false;
        }

        private String name() throws IOException {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (isSpace(c) || c == '>' || c == '/' || c == '=' || c == '<' || c == '[') break;
                pos++;
            }
            if (start == pos) throw syntaxError();
            return s.substring(start, pos);
        }

        private String quoted() throws IOException {
            char q = pos < s.length() ? s.charAt(pos) : 0;
            if (q != '"' && q != '\'') throw syntaxError();
            int end = s.indexOf(q, pos + 1);
            if (end < 0) throw syntaxError();
            String v = s.substring(pos + 1, end);
            pos = end + 1;
            return v;
        }

        private void expect(char c) throws IOException {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw syntaxError();
            }
            pos++;
        }

        private void skipPast(String end) throws IOException {
            int i = s.indexOf(end, pos);
            if (i < 0) throw syntaxError();
            pos = i + end.length();
        }

        private void skipMisc() throws IOException {
            while (true) {
                skipSpace();
                if (s.startsWith("<!--", pos)) {
                    skipPast("-->");
                } else if (s.startsWith("<?", pos)) {
                    skipPast("?>");
                } else {
                    return;
                }
            }
        }

        private void skipSpace() {
            while (pos < s.length() && isSpace(s.charAt(pos))) pos++;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }
    }
}

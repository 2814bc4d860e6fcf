package sun.nio.fs;

import java.io.IOException;
import java.net.FileNameMap;
import java.net.URLConnection;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.spi.FileTypeDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Files.probeContentType} as JDK 17 on Linux: the installed {@link FileTypeDetector}s
 * (service providers of the system class loader) first, then the default detector, which looks
 * the file name's extension up in {@code ~/.mime.types} and then {@code /etc/mime.types}
 * (extensions tried from the first dot on: "tar.gz", then "gz"), and last in
 * {@link URLConnection#getFileNameMap()}; its answer is reduced to a lower-case
 * "type/subtype" (parameters dropped, null if it is not one). The file is never opened.
 * Not part of the JDK API.
 */
public final class ContentTypeProbe {
    private ContentTypeProbe() {}

    private static List<FileTypeDetector> installed;
    private static Map<String, String> userTypes;
    private static Map<String, String> etcTypes;

    public static String probe(Path path) throws IOException {
        for (FileTypeDetector detector : installed()) {
            String result = detector.probeContentType(path);
            if (result != null) {
                return result;
            }
        }
        return probeDefault(path);
    }

    private static synchronized List<FileTypeDetector> installed() {
        if (installed == null) {
            List<FileTypeDetector> list = new ArrayList<>();
            for (FileTypeDetector detector
                    : ServiceLoader.load(FileTypeDetector.class, ClassLoader.getSystemClassLoader())) {
                list.add(detector);
            }
            installed = list;
        }
        return installed;
    }

    private static String probeDefault(Path path) {
        if (path == null) {
            throw new NullPointerException("'file' is null");
        }
        String result = null;
        Path name = path.getFileName();
        if (name != null) {
            result = lookUp(userTypes(), name.toString());
            if (result == null || result.isEmpty()) {
                result = lookUp(etcTypes(), name.toString());
            }
            if (result == null || result.isEmpty()) {
                FileNameMap map = URLConnection.getFileNameMap();
                result = map.getContentTypeFor(name.toString());
            }
        }
        return result == null ? null : parse(result);
    }

    private static synchronized Map<String, String> userTypes() {
        if (userTypes == null) {
            userTypes = load(Path.of(System.getProperty("user.home", ""), ".mime.types"));
        }
        return userTypes;
    }

    private static synchronized Map<String, String> etcTypes() {
        if (etcTypes == null) {
            etcTypes = load(Path.of("/etc/mime.types"));
        }
        return etcTypes;
    }

    /** The JDK's extension: what follows the first dot, if anything does. */
    private static String extension(String name) {
        int dot = name.indexOf('.');
        return dot >= 0 && dot < name.length() - 1 ? name.substring(dot + 1) : "";
    }

    private static String lookUp(Map<String, String> types, String fileName) {
        String ext = extension(fileName);
        if (ext.isEmpty() || types.isEmpty()) {
            return null;
        }
        String type;
        do {
            type = types.get(ext);
            if (type == null) {
                ext = extension(ext);
            }
        } while (type == null && !ext.isEmpty());
        return type;
    }

    /** A mime.types file (extension → type, first entry wins); empty if it cannot be read. */
    private static Map<String, String> load(Path file) {
        Map<String, String> types = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, Charset.defaultCharset());
        } catch (IOException | SecurityException e) {
            return types;
        }
        for (String line : lines) {
            parseEntry(types, line);
        }
        return types;
    }

    // Entries are "type ext1 ext2 ..." or Netscape's "type=text/html exts=htm,html".
    private static void parseEntry(Map<String, String> types, String entry) {
        entry = entry.trim();
        if (entry.isEmpty() || entry.charAt(0) == '#') {
            return;
        }
        entry = entry.replaceAll("\\s*#.*", "");
        if (entry.indexOf('=') > 0) {
            Matcher typeMatcher = Pattern.compile(
                    "\\btype=(\"\\p{Graph}+?/\\p{Graph}+?\"|\\p{Graph}+/\\p{Graph}+\\b)").matcher(entry);
            if (typeMatcher.find()) {
                String type = typeMatcher.group().substring("type=".length());
                if (type.charAt(0) == '"') {
                    type = type.substring(1, type.length() - 1);
                }
                Matcher extMatcher = Pattern.compile(
                        "\\bexts=(\"[\\p{Graph}\\p{Blank}&&[^\"]]+?\"|\\p{Graph}+)").matcher(entry);
                if (extMatcher.find()) {
                    String exts = extMatcher.group().substring("exts=".length());
                    if (exts.charAt(0) == '"') {
                        exts = exts.substring(1, exts.length() - 1);
                    }
                    for (String ext : exts.split("[\\p{Blank}\\p{Punct}]+")) {
                        types.putIfAbsent(ext, type);
                    }
                }
            }
        } else {
            String[] elements = entry.split("\\s+");
            for (int i = 1; i < elements.length; i++) {
                types.putIfAbsent(elements[i], elements[0]);
            }
        }
    }

    private static String parse(String s) {
        int slash = s.indexOf('/');
        int semicolon = s.indexOf(';');
        if (slash < 0) {
            return null;
        }
        String type = s.substring(0, slash).trim().toLowerCase(Locale.ENGLISH);
        if (!isValidToken(type)) {
            return null;
        }
        String subtype = (semicolon < 0) ? s.substring(slash + 1) : s.substring(slash + 1, semicolon);
        subtype = subtype.trim().toLowerCase(Locale.ENGLISH);
        if (!isValidToken(subtype)) {
            return null;
        }
        return type + '/' + subtype;
    }

    private static boolean isValidToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\"/[]?=".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}

package java.net;

import java.util.HashMap;
import java.util.Map;

/** The JDK 17 table of content types by file extension (its content-types.properties). */
final class ContentTypes implements FileNameMap {
    static final ContentTypes INSTANCE = new ContentTypes();

    private final Map<String, String> byExtension = new HashMap<>();

    private ContentTypes() {
        add("text/plain", "txt text java c cc c++ h pl");
        add("text/html", "htm html");
        add("application/xml", "xml");
        add("text/css", "css");
        add("text/javascript", "js");
        add("application/json", "json");
        add("text/csv", "csv");
        add("text/markdown", "md");
        add("application/rtf", "rtf");
        add("application/x-tex", "tex");
        add("application/x-latex", "latex");
        add("application/x-texinfo", "texi texinfo");
        add("application/postscript", "ps eps ai");
        add("application/pdf", "pdf");
        add("application/msword", "doc");
        add("application/vnd.ms-excel", "xls");
        add("application/vnd.ms-powerpoint", "ppt");
        add("application/zip", "zip");
        add("application/java-archive", "jar");
        add("application/gzip", "gz");
        add("application/x-tar", "tar");
        add("application/bz2", "bz2");
        add("application/x-7z-compressed", "7z");
        add("application/vnd.rar", "rar");
        add("image/gif", "gif");
        add("image/jpeg", "jpg jpeg jpe jfif jfif-tbnl");
        add("image/png", "png");
        add("image/bmp", "bmp");
        add("image/tiff", "tif tiff");
        add("image/svg+xml", "svg");
        add("image/x-xbitmap", "xbm xpm");
        add("image/x-xwindowdump", "xwd");
        add("image/x-portable-bitmap", "pbm");
        add("image/x-portable-graymap", "pgm");
        add("image/x-portable-pixmap", "ppm");
        add("image/x-portable-anymap", "pnm");
        add("image/x-cmu-rast", "ras");
        add("image/x-rgb", "rgb");
        add("image/ief", "ief");
        add("image/webp", "webp");
        add("audio/basic", "au snd");
        add("audio/x-aiff", "aif aiff aifc");
        add("audio/x-wav", "wav");
        add("audio/mpeg", "mp3");
        add("audio/ogg", "ogg");
        add("audio/flac", "flac");
        add("video/mp4", "mp4");
        add("video/mpeg", "mpg mpeg mpe");
        add("video/quicktime", "mov qt");
        add("video/webm", "webm");
        add("application/x-troff-msvideo", "avi");
        add("video/x-sgi-movie", "movie");
        add("application/octet-stream", "exe bin o a hqx saveme dump arc z");
        add("application/x-shar", "sh shar");
        add("application/x-gtar", "gtar");
        add("application/x-dvi", "dvi");
        add("application/x-troff", "tr t roff");
        add("application/x-troff-man", "man");
        add("application/x-troff-me", "me");
        add("application/x-troff-ms", "ms");
        add("application/x-wais-source", "src wsrc");
        add("text/x-setext", "etx");
        add("text/tab-separated-values", "tsv");
        add("message/rfc822", "mime");
        add("application/x-bcpio", "bcpio");
        add("application/x-cpio", "cpio");
        add("application/x-sv4cpio", "sv4cpio");
        add("application/x-sv4crc", "sv4crc");
        add("application/x-ustar", "ustar");
        add("application/oda", "oda");
    }

    private void add(String type, String extensions) {
        for (String e : extensions.split(" ")) {
            byExtension.put("." + e, type);
        }
    }

    /** The type of the name's extension (after a '#' the JDK also drops the char before it). */
    @Override
    public String getContentTypeFor(String name) {
        int hash = name.lastIndexOf('#');
        if (hash > 0) {
            name = name.substring(0, hash - 1);
        }
        int i = Math.max(name.lastIndexOf('.'), Math.max(name.lastIndexOf('/'), name.lastIndexOf('?')));
        if (i < 0 || name.charAt(i) != '.') {
            return null;
        }
        return byExtension.get(name.substring(i).toLowerCase());
    }
}

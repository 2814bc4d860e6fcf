package logging;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.logging.*;
import java.util.stream.*;

/** Logging to files with FileHandler: patterns, lock files, appending, rotation, XML records. */
public class FileLogs {
    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s|%3$s|%5$s%6$s%n");
        Path dir = Files.createTempDirectory("filelogs");
        String base = dir.toString().replace(File.separatorChar, '/');
        Logger log = Logger.getLogger("app.orders");
        log.setUseParentHandlers(false);
        FileHandler fh = new FileHandler(base + "/orders%u.log");
        fh.setFormatter(new SimpleFormatter());
        log.addHandler(fh);
        System.out.println("level " + fh.getLevel() + ", formatter " + fh.getFormatter().getClass().getSimpleName());
        log.info("order 1 placed");
        log.warning("order 2 delayed");
        log.fine("not logged: logger level is INFO");
        System.out.println("while open: " + listing(dir));
        FileHandler second = new FileHandler(base + "/orders%u.log");
        System.out.println("second handler: " + listing(dir));
        second.close();
        fh.close();
        System.out.println("after close: " + listing(dir));
        System.out.print(Files.readString(dir.resolve("orders0.log")));
        FileHandler app = new FileHandler(base + "/orders%u.log", true);
        app.setFormatter(new SimpleFormatter());
        log.addHandler(app);
        log.removeHandler(fh);
        log.severe("order 3 failed");
        app.close();
        System.out.print(Files.readString(dir.resolve("orders0.log")));
        Logger rot = Logger.getLogger("app.rotating");
        rot.setUseParentHandlers(false);
        FileHandler rh = new FileHandler(base + "/rot-%g.log", 60, 3);
        rh.setFormatter(new SimpleFormatter());
        rot.addHandler(rh);
        for (int i = 1; i <= 8; i++) rot.info("rotating message number " + i);
        rh.close();
        System.out.println("rotated: " + listing(dir));
        for (int g = 0; g < 3; g++) System.out.print("rot-" + g + ": " + Files.readString(dir.resolve("rot-" + g + ".log")));
        Logger xml = Logger.getLogger("app.xml");
        xml.setUseParentHandlers(false);
        FileHandler xh = new FileHandler(base + "/x.xml");
        System.out.println("xml formatter " + xh.getFormatter().getClass().getName() + " level " + xh.getLevel());
        xml.addHandler(xh);
        xml.log(Level.INFO, "price <{0}> & {1}", new Object[]{42, "more"});
        xml.logp(Level.WARNING, "Shop", "checkout", "careful", new IllegalStateException("empty cart"));
        xh.close();
        for (String line : Files.readAllLines(dir.resolve("x.xml"))) {
            if (line.contains("<date>") || line.contains("<millis>") || line.contains("<nanos>") || line.contains("<sequence>") || line.contains("<line>") || line.contains("<thread>") || line.contains("<frame>") || line.contains("</frame>") || line.contains("<class>") || line.contains("<method>")) continue;
            System.out.println(line);
        }
        System.out.println("classes/methods: " + Files.readAllLines(dir.resolve("x.xml")).stream().filter(l -> l.startsWith("  <class>") || l.startsWith("  <method>")).collect(Collectors.toList()));
        try { new FileHandler(""); } catch (IllegalArgumentException e) { System.out.println("empty pattern: " + e); }
        try { new FileHandler(base + "/y.log", -1, 1); } catch (IllegalArgumentException e) { System.out.println("negative limit: " + e); }
        try { new FileHandler(base + "/missing/z.log"); } catch (IOException e) { System.out.println("missing directory: " + e.getClass().getSimpleName()); }
        System.out.println("left: " + listing(dir));
        try (Stream<Path> s = Files.list(dir)) { for (Path p : s.collect(Collectors.toList())) Files.delete(p); }
        Files.delete(dir);
    }
}

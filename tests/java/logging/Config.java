package logging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

public class Config {
    public static class Short extends Formatter {
        @Override
        public String format(LogRecord r) {
            return r.getLevel() + " " + r.getLoggerName() + ": " + formatMessage(r) + "\n";
        }
    }

    public static class Tagged extends ConsoleHandler {
        public Tagged() {
            setFormatter(new Formatter() {
                @Override
                public String format(LogRecord r) {
                    return "tagged " + r.getLevel() + " " + r.getMessage() + "\n";
                }
            });
        }
    }

    public static class NoFine implements java.util.logging.Filter {
        @Override
        public boolean isLoggable(LogRecord r) {
            return r.getLevel() != Level.FINE;
        }
    }

    public static void main(String[] args) throws Exception {
        LogManager m = LogManager.getLogManager();
        for (String p : new String[] { "handlers", ".level", "java.util.logging.ConsoleHandler.level",
                "java.util.logging.ConsoleHandler.formatter", "java.util.logging.FileHandler.pattern",
                "com.xyz.foo.level", "nothing" }) {
            System.out.println(p + " = " + m.getProperty(p));
        }
        System.out.println("com.xyz.foo level " + Logger.getLogger("com.xyz.foo").getLevel());
        Logger existing = Logger.getLogger("app.sub");
        String config = "handlers = java.util.logging.ConsoleHandler\n"
                + ".level = WARNING\n"
                + "java.util.logging.ConsoleHandler.level = ALL\n"
                + "java.util.logging.ConsoleHandler.formatter = logging.Config$Short\n"
                + "java.util.logging.ConsoleHandler.filter = logging.Config$NoFine\n"
                + "app.level = FINE\n"
                + "app.sub.level = FINEST\n"
                + "quiet.useParentHandlers = false\n"
                + "tagged.handlers = logging.Config$Tagged\n"
                + "tagged.useParentHandlers = false\n"
                + "deep.a.level = SEVERE\n"
                + "bad.level = LOUD\n";
        m.readConfiguration(new ByteArrayInputStream(config.getBytes()));
        System.out.println("after config: root " + Logger.getLogger("").getLevel() + " app.sub " + existing.getLevel()
                + " com.xyz.foo " + Logger.getLogger("com.xyz.foo").getLevel() + " foo prop " + m.getProperty("com.xyz.foo.level"));
        Handler[] hs = Logger.getLogger("").getHandlers();
        System.out.println("root handlers " + hs.length + " " + hs[0].getClass().getName() + " level " + hs[0].getLevel()
                + " formatter " + hs[0].getFormatter().getClass().getName() + " filter "
                + hs[0].getFilter().getClass().getName());
        Logger app = Logger.getLogger("app");
        System.out.println("app " + app.getLevel() + " app.sub parent " + existing.getParent().getName());
        app.fine("fine from app (filtered by the handler)");
        app.info("info from app");
        existing.finest("finest from app.sub");
        Logger.getLogger("other").info("info from other (below WARNING)");
        Logger.getLogger("other").warning("warning from other");
        Logger quiet = Logger.getLogger("quiet");
        System.out.println("quiet uses parent handlers " + quiet.getUseParentHandlers());
        quiet.severe("not shown");
        Logger tagged = Logger.getLogger("tagged");
        System.out.println("tagged handlers " + tagged.getHandlers().length + " " + tagged.getHandlers()[0].getClass().getName());
        tagged.warning("through the tagged handler");
        Logger deep = Logger.getLogger("deep.a.b.c");
        System.out.println("deep.a made " + (m.getLogger("deep.a") != null) + " level " + m.getLogger("deep.a").getLevel()
                + " parent of deep.a.b.c " + deep.getParent().getName());
        System.out.println("bad level ignored: " + Logger.getLogger("bad").getLevel());
        m.reset();
        System.out.println("after reset: handlers " + Logger.getLogger("").getHandlers().length + " root level "
                + Logger.getLogger("").getLevel() + " app " + app.getLevel() + " handlers prop " + m.getProperty("handlers"));
        Logger.getLogger("other").severe("nothing prints after reset");
    }
}

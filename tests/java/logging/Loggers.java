package logging;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

public class Loggers {
    static class Collect extends Handler {
        final List<String> seen = new ArrayList<>();
        final String tag;

        Collect(String tag) {
            this.tag = tag;
        }

        @Override
        public void publish(LogRecord r) {
            if (!isLoggable(r)) {
                return;
            }
            seen.add(r.getLevel() + ":" + r.getMessage());
            System.out.println("  [" + tag + "] " + r.getLoggerName() + " " + r.getLevel() + " " + r.getMessage()
                    + " params " + (r.getParameters() == null ? "null" : String.valueOf(r.getParameters().length))
                    + " thrown " + r.getThrown() + " source " + r.getSourceClassName() + "." + r.getSourceMethodName());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            System.out.println("  [" + tag + "] closed");
        }
    }

    static class Plain extends Formatter {
        @Override
        public String format(LogRecord r) {
            return "<" + r.getLevel().getName() + "|" + r.getLoggerName() + "|" + formatMessage(r) + ">\n";
        }

        @Override
        public String getHead(Handler h) {
            return "HEAD\n";
        }

        @Override
        public String getTail(Handler h) {
            return "TAIL\n";
        }
    }

    static void helper(Logger log) {
        log.info("from helper");
    }

    public static void main(String[] args) {
        Logger root = Logger.getLogger("");
        System.out.println("root name '" + root.getName() + "' level " + root.getLevel() + " parent " + root.getParent());
        Handler[] rh = root.getHandlers();
        System.out.println("root handlers " + rh.length + " " + rh[0].getClass().getName() + " level " + rh[0].getLevel()
                + " formatter " + rh[0].getFormatter().getClass().getName() + " encoding " + rh[0].getEncoding());
        Logger global = Logger.getGlobal();
        System.out.println("global " + global.getName() + " same " + (global == Logger.getLogger("global"))
                + " parent root " + (global.getParent() == root) + " level " + global.getLevel());
        System.out.println("manager has global " + (LogManager.getLogManager().getLogger("global") == global)
                + " root " + (LogManager.getLogManager().getLogger("") == root));
        // the root's console handler gets a custom formatter: stderr output is deterministic
        rh[0].setFormatter(new Plain());

        Logger abc = Logger.getLogger("a.b.c");
        System.out.println("a.b.c parent is root " + (abc.getParent() == root) + " same instance "
                + (abc == Logger.getLogger("a.b.c")));
        Logger a = Logger.getLogger("a");
        System.out.println("a.b.c parent now " + abc.getParent().getName());
        Logger ab = Logger.getLogger("a.b");
        System.out.println("a.b.c parent now " + abc.getParent().getName() + ", a.b parent " + ab.getParent().getName());
        Logger abcd = Logger.getLogger("a.b.c.d");
        System.out.println("a.b.c.d parent " + abcd.getParent().getName());
        Logger ax = Logger.getLogger("ax");
        System.out.println("ax parent '" + ax.getParent().getName() + "'");

        Collect ca = new Collect("a");
        Collect cabc = new Collect("abc");
        a.addHandler(ca);
        abc.addHandler(cabc);
        System.out.println("levels: " + a.getLevel() + " " + abc.getLevel() + " loggable fine " + abc.isLoggable(Level.FINE)
                + " info " + abc.isLoggable(Level.INFO));
        abc.info("info to abc");
        abc.fine("fine to abc (dropped)");
        a.setLevel(Level.FINE);
        abc.fine("fine to abc (now passes)");
        abcd.finer("finer (dropped)");
        ab.setLevel(Level.ALL);
        abcd.finest("finest through ab's ALL");
        abc.setLevel(Level.OFF);
        abcd.severe("severe, but abc is OFF");
        System.out.println("OFF loggable severe " + abc.isLoggable(Level.SEVERE) + " off " + abc.isLoggable(Level.OFF));
        abc.setLevel(null);
        abc.setUseParentHandlers(false);
        abc.warning("warning, only abc's handler");
        abc.setUseParentHandlers(true);
        cabc.setLevel(Level.WARNING);
        abc.info("info: abc's handler drops it, a's and the root's console take it");
        cabc.setFilter(r -> !r.getMessage().contains("secret"));
        abc.severe("severe secret");
        abc.severe("severe public");
        abc.setFilter(r -> r.getLevel() != Level.WARNING);
        abc.warning("warning filtered at the logger");
        abc.setFilter(null);
        System.out.println("handlers of abc " + abc.getHandlers().length + " filter " + (cabc.getFilter() != null));
        abc.removeHandler(cabc);
        abc.removeHandler(null);
        System.out.println("handlers of abc after remove " + abc.getHandlers().length);
        try {
            abc.addHandler(null);
        } catch (NullPointerException e) {
            System.out.println("addHandler(null): NPE");
        }

        // message parameters, suppliers, throwables, logp, entering/exiting
        a.log(Level.INFO, "one param {0} and {1}", "x");
        a.log(Level.INFO, "params {0}, {1}, {2} and {0}", new Object[] { "first", 12345, null });
        a.log(Level.INFO, "number {0,number,integer} and '{0}' and ''{1}''", new Object[] { 1234567, "q" });
        a.log(Level.INFO, "no placeholders", new Object[] { "ignored" });
        a.log(Level.INFO, "brace at end {", "p");
        a.log(Level.WARNING, () -> "from a supplier");
        a.log(Level.FINEST, () -> { throw new IllegalStateException("never evaluated"); });
        a.log(Level.SEVERE, "with throwable", new IllegalStateException("bad state"));
        a.log(Level.SEVERE, new RuntimeException("rt"), () -> "supplier and throwable");
        a.logp(Level.INFO, "some.Class", "someMethod", "logp message");
        a.logp(Level.INFO, "some.Class", "someMethod", "logp {0}", 42);
        a.logp(Level.INFO, "some.Class", "someMethod", "logp {0} {1}", new Object[] { 1, 2 });
        a.logp(Level.INFO, "some.Class", "someMethod", "logp thrown", new Error("err"));
        a.setLevel(Level.FINER);
        a.entering("some.Class", "m");
        a.entering("some.Class", "m", "arg");
        a.entering("some.Class", "m", new Object[] { "x", 2 });
        a.exiting("some.Class", "m");
        a.exiting("some.Class", "m", 3.5);
        a.throwing("some.Class", "m", new Exception("thrown"));
        a.setLevel(Level.INFO);
        a.config("config dropped");
        a.severe(() -> "severe supplier");
        a.warning(() -> "warning supplier");
        a.info(() -> "info supplier");
        helper(a);
        LogRecord lr = new LogRecord(Level.WARNING, "a record {0}");
        lr.setParameters(new Object[] { "param" });
        lr.setLoggerName("custom");
        a.log(lr);
        System.out.println("record: " + lr.getSourceClassName() + " " + lr.getSourceMethodName() + " seq>=0 "
                + (lr.getSequenceNumber() >= 0) + " thread " + lr.getLongThreadID());
        LogRecord lr2 = new LogRecord(Level.INFO, "x");
        System.out.println("sequence increases " + (lr2.getSequenceNumber() > lr.getSequenceNumber()));
        System.out.println("collected by a: " + ca.seen.size());

        // StreamHandler with a custom formatter into a buffer
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        StreamHandler sh = new StreamHandler(bos, new Plain());
        System.out.println("stream handler level " + sh.getLevel());
        Logger s = Logger.getLogger("stream");
        s.setUseParentHandlers(false);
        s.addHandler(sh);
        s.info("first");
        s.fine("not published: the handler is at INFO");
        System.out.println("before flush: " + bos.size());
        sh.flush();
        System.out.print("after flush:\n" + bos);
        sh.setLevel(Level.ALL);
        s.setLevel(Level.ALL);
        s.fine("now fine passes");
        sh.close();
        System.out.print("after close:\n" + bos);
        s.info("after close: dropped");
        sh.flush();
        System.out.println("size unchanged " + bos.size());
        try {
            sh.setLevel(null);
        } catch (NullPointerException e) {
            System.out.println("setLevel(null): NPE");
        }
        try {
            sh.setFormatter(null);
        } catch (NullPointerException e) {
            System.out.println("setFormatter(null): NPE");
        }

        // SimpleFormatter with the format property (set in Loggers.flags): no date
        ByteArrayOutputStream sb = new ByteArrayOutputStream();
        StreamHandler simple = new StreamHandler(sb, new SimpleFormatter());
        Logger sl = Logger.getLogger("simple.logger");
        sl.setUseParentHandlers(false);
        sl.addHandler(simple);
        sl.warning("simple warning");
        sl.log(Level.INFO, "simple {0}", "param");
        sl.logp(Level.SEVERE, "the.Source", "method", "explicit source");
        Exception boom = new Exception("boom");
        boom.setStackTrace(new StackTraceElement[] { new StackTraceElement("x.Y", "z", "Y.java", 7) });
        sl.log(Level.SEVERE, "with exception", boom);
        simple.flush();
        System.out.print(sb);

        // the console handler: stderr
        Logger.getLogger("console").info("to the console");
        Logger.getLogger("console").fine("not to the console");
        rh[0].setLevel(Level.ALL);
        Logger.getLogger("console").setLevel(Level.ALL);
        Logger.getLogger("console").fine("fine to the console");
        rh[0].setFormatter(new SimpleFormatter());
        Logger.getLogger("console").warning("simple format on the console");
        System.out.println("anonymous " + Logger.getAnonymousLogger().getName() + " parent is root "
                + (Logger.getAnonymousLogger().getParent() == root));
        List<String> names = java.util.Collections.list(LogManager.getLogManager().getLoggerNames());
        java.util.Collections.sort(names);
        System.out.println("names " + names);
    }
}

package logging;

import static java.lang.System.Logger.Level.*;
public class PlatformLoggers {
    static final System.Logger LOG = System.getLogger(PlatformLoggers.class.getName());
    static void work() { LOG.log(WARNING, "careful {0} and {1}", "x", 42); }
    public static void main(String[] args) {
        LOG.log(INFO, "starting");
        LOG.log(DEBUG, "not shown");
        LOG.log(ERROR, "failed", new IllegalStateException("bad"));
        LOG.log(INFO, () -> "supplied");
        LOG.log(INFO, (Object) java.util.List.of(1, 2));
        work();
        System.out.println(LOG.getName() + " " + LOG.isLoggable(TRACE) + " " + LOG.isLoggable(INFO) + " " + ERROR.getSeverity() + " " + ALL.getName());
        new Runnable() { public void run() { LOG.log(INFO, "from anon"); } }.run();
        java.util.logging.Logger.getLogger("logging.PlatformLoggers").setLevel(java.util.logging.Level.WARNING);
        LOG.log(INFO, "now hidden"); LOG.log(WARNING, "still shown");
        try { LOG.log(null, "x"); } catch (NullPointerException e) { System.out.println("npe"); }
    }
}

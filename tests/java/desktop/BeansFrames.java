package desktop;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeSupport;
import java.beans.PropertyVetoException;
import java.beans.VetoableChangeSupport;

/** The library frames (module, method, HotSpot's line) between a bean and a failing listener. */
public class BeansFrames {
    interface Action {
        void run() throws Exception;
    }

    static void show(String what, Action action) {
        try {
            action.run();
            System.out.println(what + " no exception");
        } catch (Exception e) {
            StringBuilder sb = new StringBuilder(what).append(' ').append(e.getClass().getSimpleName());
            for (StackTraceElement el : e.getStackTrace()) {
                if (el.getClassName().startsWith("java.beans")) {
                    sb.append(' ').append(el.getModuleName()).append('/').append(el.getMethodName()).append(':')
                        .append(el.getLineNumber());
                }
            }
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        PropertyChangeSupport all = new PropertyChangeSupport("s");
        all.addPropertyChangeListener(e -> {
            throw new IllegalStateException("listener failed");
        });
        PropertyChangeSupport named = new PropertyChangeSupport("s");
        named.addPropertyChangeListener("x", e -> {
            throw new UnsupportedOperationException();
        });
        show("obj", () -> all.firePropertyChange("x", 1, (Object) 2));
        show("int", () -> all.firePropertyChange("x", 1, 2));
        show("bool", () -> all.firePropertyChange("x", false, true));
        show("event", () -> all.firePropertyChange(new PropertyChangeEvent("s", "x", 1, 2)));
        show("named", () -> named.firePropertyChange("x", 1, (Object) 2));
        show("named other", () -> named.firePropertyChange("y", 1, (Object) 2));
        show("idxobj", () -> all.fireIndexedPropertyChange("x", 0, 1, (Object) 2));
        show("idxint", () -> all.fireIndexedPropertyChange("x", 0, 1, 2));
        show("idxbool", () -> all.fireIndexedPropertyChange("x", 0, false, true));
        VetoableChangeSupport v = new VetoableChangeSupport("s");
        v.addVetoableChangeListener(e -> {
            throw new PropertyVetoException("no", e);
        });
        show("vint", () -> v.fireVetoableChange("x", 1, 2));
        show("vobj", () -> v.fireVetoableChange("x", (Object) 1, (Object) 2));
        show("vbool", () -> v.fireVetoableChange("x", false, true));
        VetoableChangeSupport rt = new VetoableChangeSupport("s");
        rt.addVetoableChangeListener(e -> {
            throw new ArithmeticException();
        });
        show("vrt", () -> rt.fireVetoableChange("x", 1, 2));
        show("sql", () -> java.sql.Timestamp.valueOf("nope"));
    }
}

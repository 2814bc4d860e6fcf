package desktop;

import java.beans.IndexedPropertyChangeEvent;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeListenerProxy;
import java.beans.PropertyChangeSupport;
import java.beans.PropertyVetoException;
import java.beans.VetoableChangeListener;
import java.beans.VetoableChangeListenerProxy;
import java.beans.VetoableChangeSupport;
import java.util.ArrayList;
import java.util.EventListener;
import java.util.EventListenerProxy;
import java.util.EventObject;
import java.util.List;

public class Beans {
    static final List<String> log = new ArrayList<>();

    static class Person {
        private final PropertyChangeSupport pcs = new PropertyChangeSupport(this);
        private final VetoableChangeSupport vcs = new VetoableChangeSupport(this);
        private String name;
        private int age;
        private boolean active;
        private final String[] tags = new String[3];

        Person(String name) {
            this.name = name;
        }

        void setName(String name) {
            String old = this.name;
            this.name = name;
            pcs.firePropertyChange("name", old, name);
        }

        void setAge(int age) throws PropertyVetoException {
            vcs.fireVetoableChange("age", this.age, age);
            int old = this.age;
            this.age = age;
            pcs.firePropertyChange("age", old, age);
        }

        void setActive(boolean active) {
            boolean old = this.active;
            this.active = active;
            pcs.firePropertyChange("active", old, active);
        }

        void setTag(int i, String tag) {
            String old = tags[i];
            tags[i] = tag;
            pcs.fireIndexedPropertyChange("tags", i, old, tag);
        }

        @Override
        public String toString() {
            return "Person(" + name + "," + age + "," + active + ")";
        }
    }

    static class Named implements PropertyChangeListener {
        final String id;

        Named(String id) {
            this.id = id;
        }

        @Override
        public void propertyChange(PropertyChangeEvent evt) {
            String idx = evt instanceof IndexedPropertyChangeEvent ? "[" + ((IndexedPropertyChangeEvent) evt).getIndex() + "]" : "";
            log.add(id + ":" + evt.getPropertyName() + idx + " " + evt.getOldValue() + "->" + evt.getNewValue());
        }

        @Override
        public String toString() {
            return "Named(" + id + ")";
        }
    }

    static void flush(String title) {
        System.out.println(title + " " + log);
        log.clear();
    }

    public static void main(String[] args) throws Exception {
        Person p = new Person("Ann");
        PropertyChangeEvent ev = new PropertyChangeEvent(p, "name", "Ann", "Bob");
        System.out.println(ev);
        ev.setPropagationId("pid");
        System.out.println(ev.getPropagationId() + " " + ev.getSource() + " " + ev.getOldValue() + " " + ev.getNewValue());
        System.out.println(new IndexedPropertyChangeEvent(p, "tags", null, "x", 2));
        System.out.println(new PropertyChangeEvent(p, null, null, null));
        System.out.println(new EventObject("src") + " " + (ev instanceof EventObject));
        try {
            new PropertyChangeEvent(null, "x", 1, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            new PropertyChangeSupport(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }

        Named all = new Named("all");
        Named nameOnly = new Named("nameOnly");
        Named ageOnly = new Named("ageOnly");
        p.pcs.addPropertyChangeListener(all);
        p.pcs.addPropertyChangeListener("name", nameOnly);
        p.pcs.addPropertyChangeListener(new PropertyChangeListenerProxy("age", ageOnly));
        p.pcs.addPropertyChangeListener(null);
        p.pcs.addPropertyChangeListener(null, all);
        p.pcs.addPropertyChangeListener(evt -> log.add("lambda:" + evt.getPropertyName()));
        System.out.println(p.pcs.hasListeners("name") + " " + p.pcs.hasListeners("zzz") + " " + p.pcs.hasListeners(null));
        p.setName("Bob");
        p.setName("Bob");
        p.setName(null);
        p.setName(null);
        p.setAge(30);
        p.setAge(30);
        p.setActive(true);
        p.setActive(true);
        p.setTag(1, "x");
        p.setTag(1, "x");
        p.setTag(1, null);
        flush("fired");
        p.pcs.firePropertyChange(new PropertyChangeEvent(p, null, 1, 2));
        p.pcs.firePropertyChange("age", Integer.valueOf(7), Integer.valueOf(7));
        p.pcs.fireIndexedPropertyChange("tags", 0, 5, 6);
        p.pcs.fireIndexedPropertyChange("tags", 0, true, true);
        flush("direct");

        PropertyChangeListener[] ls = p.pcs.getPropertyChangeListeners();
        System.out.println("listeners " + ls.length);
        for (PropertyChangeListener l : ls) {
            if (l instanceof PropertyChangeListenerProxy) {
                PropertyChangeListenerProxy proxy = (PropertyChangeListenerProxy) l;
                System.out.println("  proxy " + proxy.getPropertyName() + " -> " + proxy.getListener());
            } else if (l instanceof Named) {
                System.out.println("  " + l);
            } else {
                System.out.println("  other");
            }
        }
        System.out.println("name listeners " + p.pcs.getPropertyChangeListeners("name").length + " "
            + p.pcs.getPropertyChangeListeners("nope").length + " " + p.pcs.getPropertyChangeListeners(null).length);
        p.pcs.addPropertyChangeListener("name", all);
        p.pcs.addPropertyChangeListener("name", all);
        p.setName("Cy");
        flush("dup");
        p.pcs.removePropertyChangeListener("name", all);
        p.pcs.removePropertyChangeListener(new PropertyChangeListenerProxy("name", nameOnly));
        p.pcs.removePropertyChangeListener(ageOnly);
        p.setName("Dee");
        p.setAge(40);
        flush("removed");
        p.pcs.removePropertyChangeListener(all);
        p.pcs.removePropertyChangeListener("name", all);
        p.pcs.removePropertyChangeListener("age", ageOnly);
        p.setName("Eve");
        flush("removed more");
        System.out.println(p.pcs.getPropertyChangeListeners().length + " " + p.pcs.hasListeners("age"));
        for (String n : new String[] {"zeta", "alpha", "name", "b", "age", "Z"}) {
            p.pcs.addPropertyChangeListener(n, new Named(n));
        }
        for (PropertyChangeListener l : p.pcs.getPropertyChangeListeners()) {
            System.out.print(l instanceof PropertyChangeListenerProxy ? ((PropertyChangeListenerProxy) l).getPropertyName() + " " : "- ");
        }
        System.out.println();
        EventListenerProxy<PropertyChangeListener> elp = new PropertyChangeListenerProxy("q", all);
        System.out.println(elp.getListener() + " " + (elp instanceof EventListener));

        // vetoes
        VetoableChangeListener noNegative = evt -> {
            log.add("noNegative " + evt.getOldValue() + "->" + evt.getNewValue());
            if ((Integer) evt.getNewValue() < 0) {
                throw new PropertyVetoException("negative age " + evt.getNewValue(), evt);
            }
        };
        VetoableChangeListener watcher = evt -> log.add("watcher " + evt.getPropertyName() + " " + evt.getOldValue() + "->" + evt.getNewValue());
        p.vcs.addVetoableChangeListener(watcher);
        p.vcs.addVetoableChangeListener("age", noNegative);
        p.vcs.addVetoableChangeListener(new VetoableChangeListenerProxy("age", watcher));
        p.pcs.addPropertyChangeListener(all);
        p.setAge(41);
        flush("accepted");
        try {
            p.setAge(-5);
        } catch (PropertyVetoException e) {
            System.out.println(e + " | " + e.getMessage() + " | " + e.getPropertyChangeEvent().getNewValue() + " " + p);
        }
        flush("vetoed");
        System.out.println(p.vcs.getVetoableChangeListeners().length + " " + p.vcs.getVetoableChangeListeners("age").length
            + " " + p.vcs.hasListeners("age") + " " + p.vcs.hasListeners("name"));
        p.vcs.removeVetoableChangeListener("age", noNegative);
        p.setAge(-6);
        flush("no veto");
        try {
            p.vcs.fireVetoableChange("x", false, true);
            p.vcs.fireVetoableChange("x", 1, 1);
            p.vcs.fireVetoableChange(new PropertyChangeEvent(p, "x", null, null));
        } catch (PropertyVetoException e) {
            System.out.println("unexpected " + e);
        }
        flush("vcs direct");
        try {
            new VetoableChangeSupport(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}

package util;

import java.util.Observable;
import java.util.Observer;

@SuppressWarnings("deprecation")
public class Observers {
    static class Source extends Observable {
        void change(Object arg) {
            setChanged();
            System.out.println("changed=" + hasChanged());
            notifyObservers(arg);
            System.out.println("after notify changed=" + hasChanged());
        }
    }

    static class Watcher implements Observer {
        final String name;

        Watcher(String name) {
            this.name = name;
        }

        @Override
        public void update(Observable o, Object arg) {
            System.out.println(name + " got " + arg + " from " + o.getClass().getSimpleName());
        }
    }

    public static void main(String[] args) {
        Source s = new Source();
        Watcher a = new Watcher("a");
        Watcher b = new Watcher("b");
        s.addObserver(a);
        s.addObserver(b);
        s.addObserver(a);
        System.out.println("count=" + s.countObservers());
        s.change("first");
        s.notifyObservers("ignored: not changed");
        s.deleteObserver(a);
        s.change(42);
        s.deleteObservers();
        s.change("nobody");
        System.out.println("count=" + s.countObservers());
        try {
            s.addObserver(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
    }
}

package modern25;

// JEP 512: an instance main(String[]) inherited from a superclass; the launcher instantiates
// the named class, so overridden methods are the subclass's.
public class InheritedMain extends InheritedMainBase {
    @Override
    String greeting() {
        return "hello from the subclass";
    }
}

abstract class InheritedMainBase {
    abstract String greeting();

    public void main(String[] args) {
        IO.println(greeting() + " via " + getClass().getSimpleName() + ", args=" + args.length + " " + String.join("|", args));
    }
}

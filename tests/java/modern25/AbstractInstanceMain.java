package modern25;

// JEP 512: the launcher refuses to instantiate an abstract class for its instance main.
public abstract class AbstractInstanceMain {
    void main() {
        IO.println("never printed");
    }
}

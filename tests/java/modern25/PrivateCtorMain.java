package modern25;

// JEP 512: an instance main needs a non-private no-argument constructor.
public class PrivateCtorMain {
    private PrivateCtorMain() {
    }

    void main() {
        IO.println("never printed");
    }
}

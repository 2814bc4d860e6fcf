package errors;

import java.io.IOException;

public class UncaughtChecked {
    static String readConfig(String name) throws IOException {
        if (!name.endsWith(".conf")) throw new IOException("unsupported config file: " + name);
        return "config:" + name;
    }

    public static void main(String[] args) throws IOException {
        System.out.println(readConfig("app.conf"));
        System.out.println(readConfig("app.yaml"));
    }
}

package io;

import java.io.IOException;

/** System.in.available(): bytes are reported before reading, none at the end of input. */
public class StdinAvailable {
    public static void main(String[] args) throws IOException {
        System.out.println("available before reading: " + (System.in.available() > 0));
        int first = System.in.read();
        System.out.println("first byte: " + (char) first);
        StringBuilder rest = new StringBuilder();
        while (System.in.available() > 0) {
            int c = System.in.read();
            rest.append((char) c);
        }
        System.out.println("rest while available: [" + rest.toString().replace("\n", "|") + "]");
        System.out.println("available at the end: " + System.in.available());
        System.out.println("read at the end: " + System.in.read());
    }
}

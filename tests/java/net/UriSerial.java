package net;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.net.URISyntaxException;

public class UriSerial {
    public static void main(String[] args) throws Exception {
        String[] inputs = {"http://u@h:8080/p?q#f", "mailto:a@b", "rel/a%20b", ""};
        for (String s : inputs) {
            URI u = new URI(s);
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
                out.writeObject(u);
                out.writeObject(u.resolve("x/../y"));
            }
            byte[] bytes = bos.toByteArray();
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes) {
                hex.append(String.format("%02x", b & 0xff));
            }
            System.out.println(s + " " + bytes.length + " " + hex);
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                URI back = (URI) in.readObject();
                URI second = (URI) in.readObject();
                System.out.println("  " + back + " " + back.equals(u) + " " + back.getHost() + " " + back.getPort()
                        + " " + back.getPath() + " | " + second + " " + second.getRawSchemeSpecificPart());
            }
        }
        URISyntaxException e = new URISyntaxException("in put", "bad", 2);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) {
            URISyntaxException back = (URISyntaxException) in.readObject();
            System.out.println(back.getMessage() + " " + back.getIndex() + " " + back.getInput());
        }
    }
}

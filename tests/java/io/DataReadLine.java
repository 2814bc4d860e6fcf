package io;

import java.io.*;

/**
 * DataInputStream.readLine: lines end at
 * "\n", "\r" or "\r\n"; the byte after a lone "\r" is pushed back, not lost; bytes are Latin-1
 * chars; an empty last line at the end of input is null.
 */
public class DataReadLine {
    @SuppressWarnings("deprecation")
    static String lines(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            sb.append('[').append(line).append(']');
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        String[] inputs = {"a\r\nb\rc\n", "one\ntwo", "\r\r\n\n", "x\r", "\n", "", "tail\r\rz", "caf\u00e9\r\n"};
        for (String s : inputs) {
            System.out.println(s.replace("\r", "\\r").replace("\n", "\\n") + " -> " + lines(s.getBytes("ISO-8859-1")));
        }
        System.out.println(lines(new byte[] {'a', (byte) 0xE9, (byte) 0xFF, '\r', 'b'}).length());
        @SuppressWarnings("deprecation")
        String mixed = mixed();
        System.out.println(mixed);
    }

    @SuppressWarnings("deprecation")
    static String mixed() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bos);
        out.writeBytes("header\r");
        out.writeInt(0x41424344);
        out.writeBytes("\rnext\n");
        out.writeUTF("utf");
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bos.toByteArray()));
        return in.readLine() + " " + Integer.toHexString(in.readInt()) + " [" + in.readLine() + "] " + in.readLine() + " "
                + in.readUTF() + " " + in.readLine();
    }
}

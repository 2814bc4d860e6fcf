package zip;

import java.io.*;
import java.util.zip.*;
/** Entry names that are not UTF-8: ZipInputStream and ZipFile reject them as the JDK does. */
public class BadNames {
    public static void main(String[] a) throws Exception {
        byte[][] names = { {'a', (byte)0x80, 'b'}, {'a', (byte)0xC3, 'b'}, {'a', (byte)0xC3}, {'a', (byte)0xE2, (byte)0x82}, {(byte)0xE2, (byte)0x82, 'x', 'y'}, {'x', (byte)0xF0, (byte)0x90, (byte)0x80}, {(byte)0xF5, 'a'}, {'a', (byte)0xED, (byte)0xA0, (byte)0x80, 'b'}, {(byte)0xF0, (byte)0x80, 'a', 'b', 'c'}, {'q', (byte)0xE0, (byte)0x80, (byte)0x80} };
        for (byte[] n : names) {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bos)) {
                ZipEntry e = new ZipEntry("NAMEXYZ".substring(0, n.length));
                e.setTime(1500000000000L);
                z.putNextEntry(e);
                z.write(1);
            }
            byte[] zip = bos.toByteArray();
            // patch names in LOC (offset 30) and CEN
            System.arraycopy(n, 0, zip, 30, n.length);
            for (int i = zip.length - 100; i < zip.length - 4; i++) if (zip[i]=='P'&&zip[i+1]=='K'&&zip[i+2]==1&&zip[i+3]==2) System.arraycopy(n, 0, zip, i + 46, n.length);
            try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(zip))) {
                System.out.println("zis " + zis.getNextEntry());
            } catch (Exception e) { System.out.println("zis " + e); }
            File f = File.createTempFile("bad", ".zip"); 
            try (FileOutputStream o = new FileOutputStream(f)) { o.write(zip); }
            try (ZipFile zf = new ZipFile(f)) { System.out.println("zf " + zf.entries().nextElement()); } catch (Exception e) { System.out.println("zf " + e); }
            f.delete();
        }
    }
}

package files;

import java.io.File;
import java.io.IOException;

/** File.getTotalSpace, getFreeSpace and getUsableSpace: the partition's figures, 0 without one. */
public class FileSpace {
    public static void main(String[] args) throws IOException {
        String tmpdir = System.getProperty("java.io.tmpdir");
        for (String p : new String[] {"/", tmpdir, ".", "/nonexistent/x", "", "relative/missing"}) {
            File f = new File(p);
            long total = f.getTotalSpace();
            long free = f.getFreeSpace();
            long usable = f.getUsableSpace();
            String label = p.equals(tmpdir) ? "tmpdir" : p;
            System.out.println("[" + label + "] total>0=" + (total > 0) + " free>0=" + (free > 0)
                    + " usable>0=" + (usable > 0) + " free<=total=" + (free <= total)
                    + " usable<=free=" + (usable <= free) + " zero=" + (total == 0 && free == 0 && usable == 0));
        }
        File tmp = File.createTempFile("space", ".tmp");
        try {
            File parent = tmp.getParentFile();
            System.out.println("same partition as its directory: "
                    + (tmp.getTotalSpace() == parent.getTotalSpace()));
            System.out.println("a file's partition is the root's or another: "
                    + (tmp.getTotalSpace() > 0));
        } finally {
            System.out.println("deleted " + tmp.delete());
        }
        System.out.println("deleted file: " + tmp.getTotalSpace() + " " + tmp.getFreeSpace() + " " + tmp.getUsableSpace());
    }
}

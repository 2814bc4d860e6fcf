package frames;

import java.io.*;
import java.util.Scanner;

/**
 * FileNotFoundException from the file streams, printed whole: thrown by the native open0, as
 * in the JDK, through open and the constructors (and FileReader, Scanner, PrintWriter).
 */
public class FileThrows {
    interface Action {
        void run() throws Exception;
    }

    static void show(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            System.out.println(what + ": " + e.getClass().getName());
            e.printStackTrace();
        }
    }

    public static void main(String[] args) {
        show("FileInputStream(String)", () -> new FileInputStream("/nonexistent/input.txt"));
        show("FileInputStream(File)", () -> new FileInputStream(new File("/nonexistent/input.txt")));
        show("FileInputStream directory", () -> new FileInputStream("/"));
        show("FileReader", () -> new FileReader("/nonexistent/data.csv"));
        show("Scanner(File)", () -> new Scanner(new File("/nonexistent/numbers.txt")));
        show("FileOutputStream(String)", () -> new FileOutputStream("/nonexistent/dir/out.txt"));
        show("FileOutputStream(File)", () -> new FileOutputStream(new File("/nonexistent/dir/out.txt")));
        show("PrintWriter(String)", () -> new PrintWriter("/nonexistent/dir/report.txt"));
    }
}

package sweep;
import java.io.*;
import java.util.*;

public class ConsoleFallback {
    public static void main(String[] args) throws IOException {
        Console console = System.console();
        String name;
        if (console == null) {
            System.out.println("No console available, falling back to stdin");
            BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
            System.out.print("Enter your name: ");
            name = br.readLine();
            System.out.print("Enter numbers: ");
            String line = br.readLine();
            int sum = Arrays.stream(line.trim().split("\\s+")).mapToInt(Integer::parseInt).sum();
            System.out.println();
            System.out.printf("Hello, %s! Sum = %d%n", name, sum);
            int c; int rest = 0; while ((c = br.read()) != -1) rest++;
            System.out.println("rest chars " + rest);
        } else {
            name = console.readLine("Name: ");
            console.printf("Hello %s%n", name);
        }
    }
}

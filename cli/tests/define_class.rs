//! Malformed bytes given to `ClassLoader.defineClass` never take the host down: a guest
//! defines every single-byte corruption and every truncation of a small class through fresh
//! loaders, initializing what defines (so it is verified), and must end normally with each
//! attempt answered by a Java outcome. Needs `javac` (JDK 17).

use std::path::PathBuf;
use std::process::Command;

const PROGRAM: &str = r#"
import java.util.*;
public class Mutate {
    static class Loader extends ClassLoader {
        Class<?> define(byte[] b, int len) { return defineClass(null, b, 0, len); }
    }
    public static void main(String[] args) throws Exception {
        byte[] original;
        try (var in = Mutate.class.getResourceAsStream("Target.class")) { original = in.readAllBytes(); }
        Map<String, Integer> outcomes = new TreeMap<>();
        int attempts = 0;
        for (int i = 0; i <= original.length; i++) {
            for (int variant = 0; variant < 3; variant++) {
                byte[] b = original.clone();
                int len = b.length;
                if (variant == 0 && i < b.length) b[i] ^= (byte) 0xFF;
                else if (variant == 1 && i < b.length) b[i] = (byte) (b[i] + 1);
                else if (variant == 2) len = i;
                else continue;
                attempts++;
                String outcome;
                try {
                    Class<?> c = new Loader().define(b, len);
                    Class.forName(c.getName(), true, c.getClassLoader());
                    c.getDeclaredMethods();
                    outcome = "defined";
                } catch (Throwable t) {
                    outcome = t.getClass().getName();
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
        int total = 0;
        for (int n : outcomes.values()) total += n;
        System.out.println(outcomes);
        System.out.println("attempts " + attempts + " outcomes " + total);
    }
}
class Target implements Comparable<Target> {
    int x; long y; String name = "t";
    Target() {}
    Target(int x) { this.x = x; }
    public int compareTo(Target o) { return Integer.compare(x, o.x); }
    int sum(int[] values) { int s = 0; for (int v : values) s += v * x; return s; }
    static String describe(Object o) { return o instanceof Target t ? t.name + t.y : String.valueOf(o); }
}
"#;

#[test]
fn malformed_definitions_are_java_errors() {
    let dir = std::env::temp_dir().join(format!("cortado-define-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Mutate.java"), PROGRAM).unwrap();
    let javac = std::env::var("JAVA_HOME")
        .map(|h| PathBuf::from(h).join("bin/javac"))
        .ok()
        .filter(|p| p.exists())
        .unwrap_or_else(|| PathBuf::from("javac"));
    let status = Command::new(javac)
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Mutate.java"))
        .status()
        .expect("javac runs");
    assert!(status.success());
    let output = Command::new(env!("CARGO_BIN_EXE_cortado"))
        .args(["run", "--fuel=200000000", "-cp"])
        .arg(&dir)
        .arg("Mutate")
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stdout}\n{stderr}");
    let last = stdout.lines().last().unwrap_or("");
    let numbers: Vec<&str> = last.split(' ').collect();
    assert!(
        numbers.len() == 4 && numbers[1] == numbers[3] && numbers[1] != "0",
        "{stdout}"
    );
    assert!(stdout.contains("java.lang.ClassFormatError"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

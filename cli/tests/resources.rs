//! Class-path resources from jars and directories, compared with HotSpot (`-cp app.jar`,
//! `-jar app.jar`, a directory), and the sandbox hiding directory resources the guest may not
//! read. Needs `javac`, `jar` and `java` (JDK 17).

use std::path::{Path, PathBuf};
use std::process::Command;

const PROGRAM: &str = r#"
import java.io.*;
import java.net.URL;
public class Res {
    static String read(InputStream in) throws IOException {
        if (in == null) return "null";
        try (in) { return new String(in.readAllBytes(), "UTF-8").trim(); }
    }
    static String where(URL url) {
        if (url == null) return "null";
        String s = url.toString();
        int bang = s.indexOf("!/");
        return url.getProtocol() + " " + (bang >= 0 ? s.substring(bang) : s.substring(s.lastIndexOf('/')));
    }
    public static void main(String[] args) throws Exception {
        System.out.println(read(Res.class.getResourceAsStream("data.txt")));
        System.out.println(read(Res.class.getResourceAsStream("/sub/inner.txt")));
        System.out.println(read(ClassLoader.getSystemResourceAsStream("sub/inner.txt")));
        System.out.println(Res.class.getResourceAsStream("missing.txt"));
        System.out.println(where(Res.class.getResource("data.txt")));
        System.out.println(read(Res.class.getResource("/sub/inner.txt").openStream()));
        System.out.println(Res.class.getResourceAsStream("Res.class") != null);
    }
}
"#;

fn jdk_tool(name: &str) -> PathBuf {
    let home = std::env::var("JAVA_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("/usr/lib/jvm/java-17-openjdk-amd64"));
    let tool = home.join("bin").join(name);
    if tool.exists() {
        tool
    } else {
        PathBuf::from(name)
    }
}

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cortado-resources-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("classes/sub")).unwrap();
    std::fs::write(dir.join("Res.java"), PROGRAM).unwrap();
    let status = Command::new(jdk_tool("javac"))
        .arg("-d")
        .arg(dir.join("classes"))
        .arg(dir.join("Res.java"))
        .status()
        .expect("javac runs");
    assert!(status.success());
    std::fs::write(dir.join("classes/data.txt"), "top-level data\n").unwrap();
    std::fs::write(dir.join("classes/sub/inner.txt"), "inner data\n").unwrap();
    let status = Command::new(jdk_tool("jar"))
        .arg("--create")
        .arg("--file")
        .arg(dir.join("app.jar"))
        .arg("--main-class")
        .arg("Res")
        .arg("-C")
        .arg(dir.join("classes"))
        .arg(".")
        .status()
        .expect("jar runs");
    assert!(status.success());
    dir
}

fn run(program: &Path, args: &[&str], dir: &Path) -> (String, i32) {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn resources_match_hotspot() {
    let dir = scratch();
    let cortado = PathBuf::from(env!("CARGO_BIN_EXE_cortado"));
    let java = jdk_tool("java");
    for args in [
        &["-cp", "app.jar", "Res"][..],
        &["-jar", "app.jar"][..],
        &["-cp", "classes", "Res"][..],
    ] {
        let expected = run(&java, args, &dir);
        let got = run(
            &cortado,
            &["run"].iter().chain(args).copied().collect::<Vec<_>>(),
            &dir,
        );
        assert_eq!(got, expected, "cortado run {args:?}");
        assert!(expected.0.contains("inner data"), "{expected:?}");
    }
    // The sandbox hides directory resources the guest may not read; jar entries are read
    // from the jar the class path opened, like classes.
    let (out, status) = run(
        &cortado,
        &["run", "--sandbox", "-cp", "classes", "Res"],
        &dir,
    );
    assert_eq!(status, 1, "{out}");
    assert!(out.starts_with("null\nnull\nnull\nnull\nnull\n"), "{out}");
    let classes = dir.join("classes").display().to_string();
    let allowed = run(
        &cortado,
        &[
            "run",
            "--sandbox",
            &format!("--allow-read={classes}"),
            "-cp",
            "classes",
            "Res",
        ],
        &dir,
    );
    assert_eq!(allowed, run(&java, &["-cp", "classes", "Res"], &dir));
    let jar = run(
        &cortado,
        &["run", "--sandbox", "-cp", "app.jar", "Res"],
        &dir,
    );
    assert_eq!(jar, run(&java, &["-cp", "app.jar", "Res"], &dir));
    let _ = std::fs::remove_dir_all(&dir);
}

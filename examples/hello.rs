//! Builds a tiny Java program with javac (when one is installed) and runs it on an embedded
//! Cortado VM: the smallest use of the embedding API.

use cortado_runtime::{Error, Output, Vm, VmOptions};

const SOURCE: &str = r#"
public class HelloCortado {
    public static void main(String[] args) {
        StringBuilder greeting = new StringBuilder("Hello from Cortado");
        java.util.List<Integer> squares = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) squares.add(i * i);
        System.out.println(greeting + ", squares " + squares);
    }
}
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::temp_dir().join(format!("cortado-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("HelloCortado.java"), SOURCE)?;
    let status = std::process::Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("HelloCortado.java"))
        .status()?;
    if !status.success() {
        return Err("javac failed".into());
    }
    let mut options = VmOptions::default();
    // Guests get nothing of the host unless granted: let this one print.
    options.capabilities.stdout = Output::Inherit;
    options.capabilities.stderr = Output::Inherit;
    options.class_path.push(dir.clone());
    let vm = Vm::new(options)?;
    let result = vm.run_main("HelloCortado", &[]);
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(()) | Err(Error::Exit(0)) => Ok(()),
        Err(error) => Err(error.into()),
    }
}

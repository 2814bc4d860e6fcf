//! Embedding Cortado in a Rust host: load classes from a directory, call a static method with
//! Rust values, implement a guest `native` method in Rust, and handle a guest exception.
//! Run with `cargo run --release --example embed` (needs javac to compile the guest code).

use cortado_runtime::{Error, JavaThrow, Output, Value, Vm, VmOptions};

const GUEST: &str = r#"
public class Pricing {
    /** Implemented by the host. */
    static native double exchangeRate(String currency);

    public static String quote(String item, int cents, String currency) {
        double converted = cents / 100.0 * exchangeRate(currency);
        return String.format("%s costs %.2f %s", item, converted, currency);
    }

    public static int checkedTotal(int[] prices) {
        int total = 0;
        for (int p : prices) {
            if (p < 0) throw new IllegalArgumentException("negative price " + p);
            total += p;
        }
        return total;
    }
}
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::temp_dir().join(format!("cortado-embed-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("Pricing.java"), GUEST)?;
    let status = std::process::Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Pricing.java"))
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

    vm.register_native(
        "Pricing",
        "exchangeRate",
        "(Ljava/lang/String;)D",
        true,
        |args| match args {
            [Value::String(currency)] if currency == "EUR" => Ok(Value::Double(0.92)),
            [Value::String(currency)] if currency == "CHF" => Ok(Value::Double(0.88)),
            [Value::String(currency)] => Err(JavaThrow {
                class: "java.lang.IllegalArgumentException".into(),
                message: Some(format!("no rate for {currency}")),
            }),
            _ => Ok(Value::Double(1.0)),
        },
    )?;

    let descriptor = "(Ljava/lang/String;ILjava/lang/String;)Ljava/lang/String;";
    for currency in ["EUR", "CHF", "XYZ"] {
        let args = [
            Value::String("coffee".into()),
            Value::Int(350),
            Value::String(currency.into()),
        ];
        match vm.call_static("Pricing", "quote", descriptor, &args) {
            Ok(Value::String(text)) => println!("{text}"),
            Ok(other) => println!("unexpected result {other:?}"),
            Err(Error::Exception(e)) => println!(
                "guest threw {}: {}",
                e.class_name,
                e.message.unwrap_or_default()
            ),
            Err(other) => return Err(other.into()),
        }
    }

    let prices = Value::Array(vec![Value::Int(120), Value::Int(-5)]);
    if let Err(Error::Exception(e)) = vm.call_static("Pricing", "checkedTotal", "([I)I", &[prices])
    {
        print!("guest stack trace:\n{}", e.stack_trace);
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

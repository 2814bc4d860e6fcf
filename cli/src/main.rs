//! The `cortado` command. `cortado run` is a drop-in for `java`; `cortado javap` disassembles
//! class files. Only this crate reads process arguments and decides exit statuses.

mod bench;
mod java_options;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "cortado",
    version,
    about = "Cortado: a JVM-style runtime written in Rust"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Java program, with the options `java` takes: `cortado run [options] MainClass [args]`,
    /// `cortado run -jar app.jar [args]` or `cortado run Hello.java [args]`.
    #[command(disable_help_flag = true)]
    Run {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run benchmark programs on Cortado and HotSpot in several modes and compare wall times:
    /// `cortado bench [--runs N] [--modes M,...] [--baseline M] [--size S] [--svg FILE] PROGRAM...`
    /// (`cortado bench --help` for details).
    #[command(disable_help_flag = true)]
    Bench {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Disassemble class files, like `javap -c -p`.
    Javap {
        /// Class files to disassemble.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { args } => java_options::run(&args),
        Command::Bench { args } => bench::main(&args),
        Command::Javap { files } => javap(&files),
    }
}

fn javap(files: &[PathBuf]) -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for file in files {
        let result = std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                cortado_classfile::ClassFile::parse(&bytes).map_err(|e| e.to_string())
            });
        match result {
            Ok(class) => print!("{}", cortado_classfile::disasm::disassemble(&class)),
            Err(error) => {
                eprintln!("Error: {}: {error}", file.display());
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}

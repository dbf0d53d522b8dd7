//! `weft-ref`: the command-line front end of the reference interpreter.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use weft_reference_interp::{Completion, RunOptions, run_source};

#[derive(Parser)]
#[command(
    name = "weft-ref",
    version,
    about = "Weft's reference interpreter for JavaScript"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script and print what it prints; exit 1 on an uncaught exception.
    Run {
        /// The script to run.
        file: PathBuf,
        /// Stop after this many evaluation steps (exit code 3).
        #[arg(long)]
        fuel: Option<u64>,
        /// Maximum depth of nested calls before a RangeError.
        #[arg(long, default_value_t = 10_000)]
        max_call_depth: usize,
        /// Chooses the schedule of a threaded program (one sequentially consistent
        /// execution).
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            file,
            fuel,
            max_call_depth,
            seed,
        } => {
            let source = match std::fs::read(&file) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(s) => s,
                    Err(_) => {
                        eprintln!("weft-ref: {} is not valid UTF-8", file.display());
                        return ExitCode::from(2);
                    }
                },
                Err(e) => {
                    eprintln!("weft-ref: cannot read {}: {e}", file.display());
                    return ExitCode::from(2);
                }
            };
            let options = RunOptions {
                fuel,
                max_call_depth,
                seed,
            };
            let out = run_source(&source, &file.display().to_string(), &options);
            print!("{}", out.printed);
            match out.completion {
                Completion::Normal => ExitCode::SUCCESS,
                Completion::Uncaught(e) => {
                    eprintln!("{e}");
                    ExitCode::from(1)
                }
                Completion::FuelExhausted => {
                    eprintln!("weft-ref: fuel exhausted");
                    ExitCode::from(3)
                }
                Completion::Deadlock => {
                    eprintln!("weft-ref: deadlock: every unfinished thread is blocked");
                    ExitCode::from(4)
                }
            }
        }
    }
}

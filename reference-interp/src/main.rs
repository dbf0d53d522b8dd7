//! `weft-ref`: the command-line front end of the reference interpreter.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use weft_memory_model::online::OnlineModel;
use weft_reference_interp::threads::explore::{ExploreOptions, ExploreReport};
use weft_reference_interp::{Completion, RunOptions, explore_source, run_source};

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
    /// Explore every execution the memory model allows and print each distinct
    /// outcome with its count; exit 1 on a syntax error, 5 when the search is not
    /// complete.
    Explore {
        /// The script to explore.
        file: PathBuf,
        /// The model: weft (Weft's contract), ecma (the repaired ECMAScript model: load
        /// buffering through speculative reads) or sc (sequential consistency).
        #[arg(long, default_value = "weft")]
        model: String,
        /// Stop after this many executions.
        #[arg(long, default_value_t = 1_000_000)]
        max_executions: u64,
        /// Steps allowed per execution (longer ones are cut and counted).
        #[arg(long, default_value_t = 20_000)]
        max_steps: u64,
        /// Explore every interleaving (no partial-order reduction).
        #[arg(long)]
        no_reduction: bool,
        /// Keep the partial-order reduction but without sleep sets (more executions;
        /// a cross-check of the sleep sets).
        #[arg(long)]
        no_sleep_sets: bool,
        /// Spurious wake-ups of Condition.wait allowed per execution (the contract
        /// allows any number; correct programs wait in a predicate loop).
        #[arg(long, default_value_t = 0)]
        spurious_wakeups: u32,
        /// Print a JSON report.
        #[arg(long)]
        json: bool,
    },
}

fn read_source(file: &std::path::Path) -> Result<String, ExitCode> {
    match std::fs::read(file) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
            eprintln!("weft-ref: {} is not valid UTF-8", file.display());
            ExitCode::from(2)
        }),
        Err(e) => {
            eprintln!("weft-ref: cannot read {}: {e}", file.display());
            Err(ExitCode::from(2))
        }
    }
}

/// Writes to standard output; a closed pipe (`weft-ref explore ... | head`) ends the
/// output quietly instead of panicking.
fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

fn print_report(file: &str, model: &str, r: &ExploreReport, json: bool) {
    if json {
        let outcomes: Vec<serde_json::Value> = r
            .outcomes
            .iter()
            .map(|(o, n)| serde_json::json!({"outcome": o, "count": n}))
            .collect();
        let v = serde_json::json!({
            "file": file,
            "model": model,
            "complete": r.complete,
            "executions": r.executions,
            "infeasible": r.infeasible,
            "cut": r.cut,
            "redundant": r.redundant,
            "millis": r.millis,
            "outcomes": outcomes,
        });
        emit(&format!(
            "{}\n",
            serde_json::to_string_pretty(&v).unwrap_or_default()
        ));
        return;
    }
    let mut text = format!(
        "{file}: model {model}, {}, {} executions ({} infeasible, {} cut at the step bound, {} redundant) in {:.3} s\n",
        if r.complete { "complete" } else { "INCOMPLETE" },
        r.executions,
        r.infeasible,
        r.cut,
        r.redundant,
        r.millis as f64 / 1000.0
    );
    text.push_str(&format!("{} outcomes:\n", r.outcomes.len()));
    for (o, n) in &r.outcomes {
        text.push_str(&format!("{n:>8}  {o}\n"));
    }
    emit(&text);
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Explore {
            file,
            model,
            max_executions,
            max_steps,
            no_reduction,
            no_sleep_sets,
            spurious_wakeups,
            json,
        } => {
            let model_id = match model.as_str() {
                "weft" => OnlineModel::Weft,
                "sc" => OnlineModel::Sc,
                "ecma" => OnlineModel::Ecma,
                "x86-tso" => {
                    eprintln!(
                        "weft-ref: explore answers for weft, ecma and sc; x86-tso is a model of the engine's instruction mapping, not of programs: use weft-litmus --model x86-tso"
                    );
                    return ExitCode::from(2);
                }
                other => {
                    eprintln!("weft-ref: unknown model {other} (weft, ecma, sc)");
                    return ExitCode::from(2);
                }
            };
            let source = match read_source(&file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let options = ExploreOptions {
                model: model_id,
                max_executions,
                max_steps,
                reduce: !no_reduction,
                sleep_sets: !no_sleep_sets,
                spurious_wakeups,
                ..ExploreOptions::default()
            };
            let name = file.display().to_string();
            match explore_source(&source, &name, &options) {
                Ok(report) => {
                    print_report(&name, &model, &report, json);
                    if report.complete {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::from(5)
                    }
                }
                Err(out) => {
                    if let Completion::Uncaught(e) = out.completion {
                        eprintln!("{e}");
                    }
                    ExitCode::from(1)
                }
            }
        }
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
            emit(&out.printed);
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

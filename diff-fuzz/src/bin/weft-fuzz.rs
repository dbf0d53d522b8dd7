//! `weft-fuzz`: the differential-fuzzing campaign runner (no libFuzzer needed).
//!
//! - `weft-fuzz run --oracle seq|conc|parse|all --seconds N --seed S [--jobs J] [--out DIR]`
//! - `weft-fuzz replay FILE...` — re-runs reproducers; exit status 1 when one diverges
//! - `weft-fuzz gen --oracle seq|conc|parse --seed S --index I` — prints an input

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use weft_diff_fuzz::campaign::{self, Options};
use weft_diff_fuzz::known::{self, KnownList};
use weft_diff_fuzz::oracle::OracleKind;
use weft_diff_fuzz::reduce::Budget;

#[derive(Parser)]
#[command(name = "weft-fuzz", about = "Differential fuzzing of Weft")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs a campaign.
    Run {
        /// seq, conc, parse or all (round robin).
        #[arg(long, default_value = "all")]
        oracle: String,
        #[arg(long, default_value_t = 60)]
        seconds: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where reproducers are written.
        #[arg(long, default_value = "target/fuzz-findings")]
        out: PathBuf,
        /// The known-divergence list.
        #[arg(long)]
        known: Option<PathBuf>,
        /// Seconds the reducer may spend on one divergence.
        #[arg(long, default_value_t = 60)]
        reduce_seconds: u64,
        /// Reproducers saved per divergence kind.
        #[arg(long, default_value_t = 3)]
        save_per_kind: usize,
        /// Exit with status 1 when a new (unknown) divergence was found.
        #[arg(long)]
        fail_on_new: bool,
        /// Worker threads (each runs whole checks).
        #[arg(long, default_value_t = 1)]
        jobs: usize,
    },
    /// Replays reproducer files.
    Replay {
        files: Vec<PathBuf>,
        /// The oracle, overriding the file's header (for plain .js files).
        #[arg(long)]
        oracle: Option<String>,
        /// Engine runs per threaded program.
        #[arg(long, default_value_t = 20)]
        runs: usize,
    },
    /// Prints input INDEX of the campaign with SEED.
    Gen {
        #[arg(long, default_value = "seq")]
        oracle: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, default_value_t = 0)]
        index: u64,
    },
}

fn oracles(name: &str) -> Option<Vec<OracleKind>> {
    if name == "all" {
        return Some(vec![OracleKind::Seq, OracleKind::Conc, OracleKind::Parse]);
    }
    OracleKind::from_name(name).map(|o| vec![o])
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            oracle,
            seconds,
            seed,
            out,
            known,
            reduce_seconds,
            save_per_kind,
            fail_on_new,
            jobs,
        } => {
            let Some(oracles) = oracles(&oracle) else {
                eprintln!("unknown oracle {oracle:?} (seq, conc, parse, all)");
                return ExitCode::from(2);
            };
            let known_path = known.unwrap_or_else(known::default_path);
            let list = match KnownList::load(&known_path) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            quiet_panics();
            let options = Options {
                oracles,
                seconds,
                seed,
                out_dir: out,
                reduce_budget: Budget {
                    max_tests: 2000,
                    max_time: Duration::from_secs(reduce_seconds),
                },
                save_per_kind,
                progress: true,
                jobs,
            };
            let stats = campaign::run(&options, &list);
            let mut new = 0;
            for (o, s) in &stats {
                println!(
                    "{}: {} execs, {:.1} exec/s ({} jobs), {} new and {} known divergences, {:.1}% ran without throwing, {} skipped, {} features: {}",
                    o.name(),
                    s.execs,
                    s.exec_per_sec(),
                    s.jobs,
                    s.new_divergences,
                    s.known_divergences,
                    100.0 * s.clean_share(),
                    s.skipped,
                    s.features.len(),
                    s.features.labels().join(",")
                );
                for (k, n) in &s.kinds {
                    println!("  {k}: {n}");
                }
                for p in &s.saved {
                    println!("  saved {}", p.display());
                }
                new += s.new_divergences;
            }
            if fail_on_new && new > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Replay {
            files,
            oracle: forced,
            runs,
        } => {
            let forced = match forced.as_deref().map(OracleKind::from_name) {
                None => None,
                Some(Some(o)) => Some(o),
                Some(None) => {
                    eprintln!("unknown oracle (seq, conc, parse)");
                    return ExitCode::from(2);
                }
            };
            quiet_panics();
            let mut failed = false;
            for f in files {
                match campaign::read_reproducer(&f) {
                    Err(e) => {
                        eprintln!("{}: {e}", f.display());
                        failed = true;
                    }
                    Ok((oracle, input)) => {
                        let oracle = forced.unwrap_or(oracle);
                        let v = campaign::check(oracle, &input, runs);
                        match &v.divergence {
                            Some(d) => {
                                failed = true;
                                println!(
                                    "{}: {} diverges: {}\n{}",
                                    f.display(),
                                    oracle.name(),
                                    d.kind,
                                    d.detail
                                );
                            }
                            None => match &v.skipped {
                                Some(why) => {
                                    println!("{}: {} skipped: {why}", f.display(), oracle.name())
                                }
                                None => println!("{}: {} agrees", f.display(), oracle.name()),
                            },
                        }
                    }
                }
            }
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Gen {
            oracle,
            seed,
            index,
        } => {
            let Some(o) = OracleKind::from_name(&oracle) else {
                eprintln!("unknown oracle {oracle:?}");
                return ExitCode::from(2);
            };
            let input = campaign::make_input(o, seed, index);
            print!("{}", input.text);
            ExitCode::SUCCESS
        }
    }
}

/// Panics inside the implementations are findings, reported by the oracles; the default
/// hook's message would break the progress line.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|_| {}));
}

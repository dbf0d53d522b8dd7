//! `weft-fuzz`: the differential-fuzzing campaign runner (no libFuzzer needed).
//!
//! - `weft-fuzz run --oracle seq|conc|parse|all --seconds N --seed S [--jobs J] [--out DIR]`
//! - `weft-fuzz replay FILE...` — re-runs reproducers; exit status 1 when one diverges
//! - `weft-fuzz gen --oracle seq|conc|parse --seed S --index I` — prints an input

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use mimalloc::MiMalloc;
use weft_diff_fuzz::campaign::{self, Options};
use weft_diff_fuzz::known::{self, KnownList};
use weft_diff_fuzz::oracle::OracleKind;
use weft_diff_fuzz::reduce::Budget;

/// The three implementations allocate heavily (the parser above all) and a campaign
/// runs them back to back on a few threads: mimalloc takes about a tenth off the CPU
/// time per sequential input compared with glibc's allocator.
#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

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
        /// Make the sequential oracle's GC-stress run on one input in this many (1 = all).
        #[arg(long, default_value_t = campaign::GC_STRESS_SAMPLE)]
        gc_stress_sample: u64,
        /// Run boa_engine on one sequential input in this many (1 = all); it also runs
        /// whenever the engine and the reference disagree.
        #[arg(long, default_value_t = campaign::BOA_SAMPLE)]
        boa_sample: u64,
        /// Stop after this many inputs (before --seconds if they are done sooner).
        #[arg(long)]
        inputs: Option<u64>,
        /// Print machine-readable statistics (JSON) instead of the table.
        #[arg(long)]
        json: bool,
    },
    /// Replays reproducer files (a shuttle reproducer with the failing schedule saved
    /// next to it, FILE with the extension `.schedule`, runs exactly that schedule).
    Replay {
        files: Vec<PathBuf>,
        /// The oracle, overriding the file's header (for plain .js files).
        #[arg(long)]
        oracle: Option<String>,
        /// Engine runs per threaded program.
        #[arg(long, default_value_t = 20)]
        runs: usize,
        /// The known-divergence list a divergence is looked up in.
        #[arg(long)]
        known: Option<PathBuf>,
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
        let mut all = vec![OracleKind::Seq, OracleKind::Conc, OracleKind::Parse];
        if campaign::HAS_SHUTTLE {
            all.push(OracleKind::Shuttle);
        }
        return Some(all);
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
            gc_stress_sample,
            boa_sample,
            inputs,
            json,
        } => {
            let Some(oracles) = oracles(&oracle) else {
                eprintln!("unknown oracle {oracle:?} (seq, conc, parse, shuttle, all)");
                return ExitCode::from(2);
            };
            if oracles.contains(&OracleKind::Shuttle) && !campaign::HAS_SHUTTLE {
                eprintln!(
                    "the shuttle oracle needs a weft-fuzz built with the `shuttle` feature:\n  cargo run --release -p weft-diff-fuzz --features shuttle --bin weft-fuzz -- run --oracle shuttle"
                );
                return ExitCode::from(2);
            }
            let list = match load_known(known) {
                Ok(l) => l,
                Err(code) => return code,
            };
            quiet_panics();
            let options = Options {
                out_dir: out,
                reduce_budget: Budget {
                    max_tests: 2000,
                    max_time: Duration::from_secs(reduce_seconds),
                },
                save_per_kind,
                progress: true,
                jobs,
                gc_stress_sample,
                boa_sample,
                max_inputs: inputs,
                ..Options::new(oracles, seconds, seed)
            };
            let stats = campaign::run(&options, &list);
            let new: u64 = stats.values().map(|s| s.new_divergences).sum();
            if json {
                println!("{}", stats_json(&stats));
            } else {
                print_stats(&stats);
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
            known,
        } => {
            let list = match load_known(known) {
                Ok(l) => l,
                Err(code) => return code,
            };
            let forced = match forced.as_deref().map(OracleKind::from_name) {
                None => None,
                Some(Some(o)) => Some(o),
                Some(None) => {
                    eprintln!("unknown oracle (seq, conc, parse, shuttle)");
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
                        // A shuttle reproducer's failing schedule is saved next to it.
                        let schedule = std::fs::read_to_string(campaign::schedule_path(&f)).ok();
                        if let Some(s) = schedule.as_ref().filter(|_| oracle == OracleKind::Shuttle)
                        {
                            println!(
                                "{}: replaying the schedule saved next to it ({} lines)",
                                f.display(),
                                s.lines().count()
                            );
                        }
                        let v = campaign::replay(oracle, &input, schedule.as_deref(), runs);
                        match &v.divergence {
                            Some(d) => {
                                failed = true;
                                let status = match list.matching(oracle, &input, d) {
                                    Some(k) => format!("known ({})", k.name),
                                    None => "new (not in the known-divergence list)".to_string(),
                                };
                                println!(
                                    "{}: {} diverges: {}, {status}\n{}",
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

fn print_stats(stats: &std::collections::BTreeMap<OracleKind, campaign::Stats>) {
    for (o, s) in stats {
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
        let phases: Vec<String> = s
            .phase_millis()
            .iter()
            .map(|(p, ms)| format!("{p} {ms:.2} ms ({} runs)", s.phase_runs[p]))
            .collect();
        println!("  time per run: {}", phases.join(", "));
        for (k, n) in &s.kinds {
            match s.new_kinds.get(k) {
                Some((new, first)) => println!(
                    "  {k}: {n} ({new} new; first at indices {})",
                    first
                        .iter()
                        .map(u64::to_string)
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                None => println!("  {k}: {n}"),
            }
        }
        for p in &s.saved {
            println!("  saved {}", p.display());
        }
    }
}

fn stats_json(stats: &std::collections::BTreeMap<OracleKind, campaign::Stats>) -> String {
    let all: serde_json::Map<String, serde_json::Value> = stats
        .iter()
        .map(|(o, s)| {
            let v = serde_json::json!({
                "execs": s.execs,
                "exec_per_sec": s.exec_per_sec(),
                "jobs": s.jobs,
                "new_divergences": s.new_divergences,
                "known_divergences": s.known_divergences,
                "clean_share": s.clean_share(),
                "skipped": s.skipped,
                "features": s.features.labels(),
                "kinds": s.kinds,
                "new_kinds": s.new_kinds,
                "phase_millis": s.phase_millis().into_iter().collect::<std::collections::BTreeMap<_, _>>(),
                "saved": s.saved.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            });
            (o.name().to_owned(), v)
        })
        .collect();
    serde_json::Value::Object(all).to_string()
}

/// Panics inside the implementations are findings, reported by the oracles; the default
/// hook's message would break the progress line.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|_| {}));
}

/// The known-divergence list at `path` (default: the crate's own), or the exit code of
/// a list that does not load (the reason is printed).
fn load_known(path: Option<PathBuf>) -> Result<KnownList, ExitCode> {
    let path = path.unwrap_or_else(known::default_path);
    KnownList::load(&path).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(2)
    })
}

//! The `weft` command: run JavaScript on the production engine — `weft run FILE.js`,
//! `weft eval 'code'`, or a REPL when run alone.

use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

#[path = "weft/repl.rs"]
mod repl;
use weft_engine::{Options, Runtime, Vm};

#[derive(Parser)]
#[command(
    name = "weft",
    version,
    about = "Run JavaScript on Weft's production engine"
)]
struct Cli {
    /// Heap limit in megabytes (0 = none).
    #[arg(long, default_value_t = 0, global = true)]
    heap_limit: usize,
    /// Most threads alive at once.
    #[arg(long, default_value_t = 64, global = true)]
    max_threads: usize,
    /// Collect every N allocations (0 = off).
    #[arg(long, default_value_t = 0, global = true)]
    gc_stress: usize,
    /// Run the heap verifier after the program.
    #[arg(long, global = true)]
    verify_heap: bool,
    /// Print GC and inline-cache statistics to stderr at the end.
    #[arg(long, global = true)]
    stats: bool,
    /// REPL: neither read nor write the history file (`$HOME/.weft_history`).
    #[arg(long)]
    no_history: bool,
    #[command(subcommand)]
    cmd: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run a script file.
    Run { file: String },
    /// Evaluate a script given on the command line.
    Eval { code: String },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (src, file) = match &cli.cmd {
        Some(Cmd::Run { file }) => match std::fs::read_to_string(file) {
            Ok(s) => (s, file.clone()),
            Err(e) => {
                eprintln!("weft: cannot read {file}: {e}");
                return ExitCode::from(2);
            }
        },
        Some(Cmd::Eval { code }) => (code.clone(), "<eval>".to_string()),
        None => (String::new(), String::new()),
    };
    let repl_mode = cli.cmd.is_none();
    let history = (!cli.no_history)
        .then(|| {
            std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".weft_history"))
        })
        .flatten();
    let options = Options {
        heap_limit: cli.heap_limit << 20,
        gc_stress: cli.gc_stress,
        max_threads: cli.max_threads,
        ..Options::default()
    };
    let verify = cli.verify_heap;
    let stats = cli.stats;
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let rt = Runtime::new(options);
            let mut vm = Vm::new_main(Arc::clone(&rt));
            let mut code = if repl_mode {
                repl::run(&mut vm, history)
            } else {
                run_script(&mut vm, &src, &file)
            };
            if verify {
                vm.collect_now();
                let problems = vm.verify_heap();
                for p in &problems {
                    eprintln!("heap verifier: {p}");
                }
                if !problems.is_empty() {
                    code = 3;
                } else {
                    eprintln!("heap verifier: clean");
                }
            }
            if stats {
                let s = rt.heap.stats();
                let hits = rt.ic_hits.load(std::sync::atomic::Ordering::Relaxed);
                let misses = rt.ic_misses.load(std::sync::atomic::Ordering::Relaxed);
                let max_pause = s.pause_ns.iter().max().copied().unwrap_or(0);
                let total: u64 = s.pause_ns.iter().sum();
                eprintln!(
                    "gc: {} collections, total pause {:.3} ms, max pause {:.3} ms; allocated {} bytes; live after last {} bytes; ic hit rate {:.1}% ({hits}/{})",
                    s.collections,
                    total as f64 / 1e6,
                    max_pause as f64 / 1e6,
                    s.allocated_bytes,
                    s.live_bytes_after_last,
                    if hits + misses == 0 { 0.0 } else { 100.0 * hits as f64 / (hits + misses) as f64 },
                    hits + misses
                );
            }
            code
        });
    match h.map(|h| h.join()) {
        Ok(Ok(c)) => ExitCode::from(c),
        _ => {
            eprintln!("weft: internal error");
            ExitCode::from(70)
        }
    }
}

/// Runs a script: an uncaught error exits with 1, a deadlock with 4.
fn run_script(vm: &mut Vm, src: &str, file: &str) -> u8 {
    let end = vm.run_script(src, file);
    let mut code = 0u8;
    if let Some(Err(u)) = &end.result {
        eprintln!("Uncaught {}", u.describe());
        if let Some(l) = &u.location {
            eprintln!("    at {}:{}:{}", l.file, l.line, l.column);
        }
        code = 1;
    }
    if let Some(d) = &end.deadlock {
        eprintln!("deadlock: {d}");
        code = 4;
    }
    code
}

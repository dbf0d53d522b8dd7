//! The `weft` REPL: line editing and history (rustyline), multi-line entries while the
//! input is cut short, results shown like node's REPL, errors shown and survived.

use std::io::Write;
use std::path::PathBuf;

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;
use weft_engine::Vm;
use weft_engine::repl::{eval_entry, inspect, is_incomplete};

/// Runs the REPL on `vm` until end of input; the exit code.
pub fn run(vm: &mut Vm, history: Option<PathBuf>) -> u8 {
    let mut rl = match DefaultEditor::new() {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("weft: cannot start the REPL: {e}");
            return 2;
        }
    };
    if let Some(h) = &history {
        // A missing history file is the normal first run.
        let _ = rl.load_history(h);
    }
    let mut entry = String::new();
    let mut n = 0u32;
    loop {
        let prompt = if entry.is_empty() { "> " } else { "... " };
        match rl.readline(prompt) {
            Ok(line) => {
                if !entry.is_empty() {
                    entry.push('\n');
                }
                entry.push_str(&line);
                if entry.trim().is_empty() {
                    entry.clear();
                    continue;
                }
                if is_incomplete(&entry) {
                    continue;
                }
                let _ = rl.add_history_entry(entry.as_str());
                n += 1;
                let (end, value) = eval_entry(vm, &entry, &format!("<repl:{n}>"));
                entry.clear();
                let text = match &end.result {
                    Some(Ok(_)) => inspect(vm, value),
                    Some(Err(u)) => format!("Uncaught {}", u.describe()),
                    None => String::new(),
                };
                let mut out = std::io::stdout().lock();
                if !text.is_empty() {
                    let _ = writeln!(out, "{text}");
                }
                if let Some(d) = &end.deadlock {
                    let _ = writeln!(out, "deadlock: {d}");
                }
                let _ = out.flush();
            }
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C drops the entry being typed.
                entry.clear();
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("weft: {e}");
                break;
            }
        }
    }
    if !entry.trim().is_empty() {
        // Input ended inside an entry: show its syntax error.
        let (end, _) = eval_entry(vm, &entry, "<repl>");
        if let Some(Err(u)) = &end.result {
            println!("Uncaught {}", u.describe());
        }
    }
    if let Some(h) = &history {
        let _ = rl.save_history(h);
    }
    0
}

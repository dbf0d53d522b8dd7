//! The campaign runner that needs no libFuzzer: inputs from a seeded generator, the
//! oracles, a live progress line, minimized reproducers, the known-divergence list.
//!
//! Input `i` of a campaign with seed `S` is a pure function of `(S, i)`, so every
//! reproducer names the seed and index that made it (`weft-fuzz gen` prints the
//! unreduced program again).

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use arbitrary::Unstructured;

use crate::ast::Program;
use crate::generate::{self, Feature, FeatureSet};
use crate::known::KnownList;
use crate::oracle::{self, OracleKind, Verdict};
use crate::reduce::{self, Budget};

/// The sentinel line after which a reproducer file holds the input itself.
pub const INPUT_MARK: &str = "// ---- input ----";

/// A splitmix64 step: the campaign's deterministic byte source.
pub fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The raw bytes of input `index` of a campaign with `seed`.
pub fn input_bytes(seed: u64, index: u64, len_max: usize) -> Vec<u8> {
    let mut st = seed ^ index.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    let len = 16 + (splitmix(&mut st) as usize % len_max.max(1));
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        out.extend_from_slice(&splitmix(&mut st).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// One generated input, ready for its oracle.
#[derive(Clone, Debug)]
pub struct Input {
    pub oracle: OracleKind,
    /// The program tree (absent for raw parse inputs).
    pub program: Option<Program>,
    /// The text given to the implementations.
    pub text: String,
    pub used: FeatureSet,
    pub swarm: String,
}

/// Builds input `index` of campaign `seed` for `oracle`.
pub fn make_input(oracle: OracleKind, seed: u64, index: u64) -> Input {
    match oracle {
        OracleKind::Seq => {
            let bytes = input_bytes(seed, index, 4096);
            let g = generate::generate_seq(&mut Unstructured::new(&bytes));
            Input {
                oracle,
                text: g.program.to_js(),
                program: Some(g.program),
                used: g.used,
                swarm: g.swarm.describe(),
            }
        }
        OracleKind::Conc => {
            let bytes = input_bytes(seed, index, 256);
            let g = generate::generate_conc(&mut Unstructured::new(&bytes));
            Input {
                oracle,
                text: g.program.to_js(),
                program: Some(g.program),
                used: g.used,
                swarm: g.swarm.describe(),
            }
        }
        OracleKind::Parse => {
            let bytes = input_bytes(seed, index, 1024);
            let mut st = seed ^ index;
            let text = if splitmix(&mut st).is_multiple_of(2) {
                oracle::parse::text_of(&bytes)
            } else {
                mutate(
                    &generate::generate_seq(&mut Unstructured::new(&bytes))
                        .program
                        .to_js(),
                    &mut st,
                )
            };
            Input {
                oracle,
                program: None,
                text,
                used: FeatureSet::default(),
                swarm: String::new(),
            }
        }
    }
}

/// A few byte-level edits of a valid program: deletions, duplications and inserted
/// punctuation, to reach the parsers' error paths from near-valid text.
pub fn mutate(src: &str, st: &mut u64) -> String {
    const INSERTS: &[&str] = &[
        "{", "}", "(", ")", "[", "]", ";", ",", ".", "=", "=>", "`", "${", "\"", "'", "/", "*",
        "?.", "...", "async ", "yield ", "#", "\\u", "0x", "\n", "function", "class ", "new ",
    ];
    let mut s: Vec<char> = src.chars().collect();
    let edits = 1 + splitmix(st) % 4;
    for _ in 0..edits {
        if s.is_empty() {
            break;
        }
        let at = (splitmix(st) as usize) % s.len();
        match splitmix(st) % 3 {
            0 => {
                let len = 1 + (splitmix(st) as usize % 8);
                let end = (at + len).min(s.len());
                s.drain(at..end);
            }
            1 => {
                let len = 1 + (splitmix(st) as usize % 16);
                let end = (at + len).min(s.len());
                let dup: Vec<char> = s[at..end].to_vec();
                s.splice(at..at, dup);
            }
            _ => {
                let ins = INSERTS[(splitmix(st) as usize) % INSERTS.len()];
                s.splice(at..at, ins.chars());
            }
        }
    }
    s.into_iter().collect()
}

/// Conc oracle: real engine runs per program.
pub const CONC_RUNS: usize = 3;

/// Runs the oracle on a text.
pub fn check(oracle: OracleKind, text: &str, conc_runs: usize) -> Verdict {
    match oracle {
        OracleKind::Seq => oracle::seq::check(text),
        OracleKind::Conc => oracle::conc::check(text, conc_runs),
        OracleKind::Parse => oracle::parse::check(text),
    }
}

/// Options of a campaign.
#[derive(Clone, Debug)]
pub struct Options {
    pub oracles: Vec<OracleKind>,
    pub seconds: u64,
    pub seed: u64,
    pub out_dir: PathBuf,
    pub reduce_budget: Budget,
    /// Saved reproducers per divergence kind (later ones are only counted).
    pub save_per_kind: usize,
    pub progress: bool,
    /// Worker threads.
    pub jobs: usize,
}

/// Counters of a campaign, per oracle.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub execs: u64,
    pub clean: u64,
    pub skipped: u64,
    pub new_divergences: u64,
    pub known_divergences: u64,
    pub kinds: BTreeMap<String, u64>,
    pub features: FeatureSet,
    /// Time spent generating and checking (not reducing), summed over workers.
    pub busy: Duration,
    /// Workers that shared the work.
    pub jobs: usize,
    pub saved: Vec<PathBuf>,
}

impl Stats {
    /// Executions per second of wall-clock time (busy time over the workers).
    pub fn exec_per_sec(&self) -> f64 {
        let s = self.busy.as_secs_f64() / self.jobs.max(1) as f64;
        if s > 0.0 { self.execs as f64 / s } else { 0.0 }
    }
    pub fn clean_share(&self) -> f64 {
        let judged = self.execs - self.skipped;
        if judged > 0 {
            self.clean as f64 / judged as f64
        } else {
            0.0
        }
    }
}

fn features_total(oracle: OracleKind) -> usize {
    let threads = Feature::ALL
        .iter()
        .position(|f| *f == Feature::Threads)
        .unwrap_or(0);
    match oracle {
        OracleKind::Seq => threads,
        OracleKind::Conc => Feature::ALL.len() - threads,
        OracleKind::Parse => 0,
    }
}

/// The progress line.
pub fn progress_line(elapsed: Duration, stats: &BTreeMap<OracleKind, Stats>) -> String {
    let parts: Vec<String> = stats
        .iter()
        .map(|(o, s)| {
            format!(
                "{} {} execs {:.0}/s div {} new/{} known, clean {:.0}%, skipped {}, features {}/{}",
                o.name(),
                s.execs,
                s.exec_per_sec(),
                s.new_divergences,
                s.known_divergences,
                100.0 * s.clean_share(),
                s.skipped,
                s.features.len(),
                features_total(*o),
            )
        })
        .collect();
    format!("[{:>4}s] {}", elapsed.as_secs(), parts.join(" | "))
}

/// Runs a campaign on `options.jobs` worker threads; returns its statistics per oracle.
/// Input indices are handed out from one counter, so the inputs are those of a
/// one-worker campaign with the same seed (their order of completion differs).
pub fn run(options: &Options, known: &KnownList) -> BTreeMap<OracleKind, Stats> {
    let start = Instant::now();
    let jobs = options.jobs.max(1);
    let stats: Mutex<BTreeMap<OracleKind, Stats>> = Mutex::new(
        options
            .oracles
            .iter()
            .map(|o| {
                (
                    *o,
                    Stats {
                        jobs,
                        ..Stats::default()
                    },
                )
            })
            .collect(),
    );
    let next = AtomicU64::new(0);
    let limit = Duration::from_secs(options.seconds);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                while start.elapsed() < limit {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    one_input(options, known, index, &stats);
                }
            });
        }
        if options.progress {
            while start.elapsed() < limit {
                std::thread::sleep(Duration::from_millis(500));
                let line = progress_line(start.elapsed(), &lock(&stats));
                eprint!("\r{line}");
                let _ = std::io::stderr().flush();
            }
        }
    });
    let stats = stats.into_inner().unwrap_or_else(|e| e.into_inner());
    if options.progress {
        eprintln!("\r{}", progress_line(start.elapsed(), &stats));
    }
    stats
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Generates, checks and records input `index`.
fn one_input(
    options: &Options,
    known: &KnownList,
    index: u64,
    stats: &Mutex<BTreeMap<OracleKind, Stats>>,
) {
    let oracle = options.oracles[(index as usize) % options.oracles.len()];
    let t0 = Instant::now();
    let input = make_input(oracle, options.seed, index);
    let verdict = check(oracle, &input.text, CONC_RUNS);
    let busy = t0.elapsed();
    let mut save_it = false;
    {
        let mut all = lock(stats);
        let st = all.entry(oracle).or_default();
        st.busy += busy;
        st.execs += 1;
        st.features = st.features.union(input.used);
        if verdict.skipped.is_some() {
            st.skipped += 1;
        } else if verdict.ran_clean {
            st.clean += 1;
        }
        if let Some(d) = &verdict.divergence {
            *st.kinds.entry(d.kind.clone()).or_default() += 1;
            if known.matching(oracle, &input.text, d).is_some() {
                st.known_divergences += 1;
            } else {
                st.new_divergences += 1;
                let same_kind = st.kinds.get(&d.kind).copied().unwrap_or(0);
                save_it = same_kind as usize <= options.save_per_kind;
            }
        }
    }
    if let (true, Some(d)) = (save_it, &verdict.divergence) {
        if options.progress {
            eprintln!(
                "\n{} divergence {} at index {index}; reducing",
                oracle.name(),
                d.kind
            );
        }
        match save(options, &input, index, &verdict) {
            Ok(p) => lock(stats).entry(oracle).or_default().saved.push(p),
            Err(e) => eprintln!("cannot save a reproducer: {e}"),
        }
    }
}

/// Reduces (when there is a tree) and writes the reproducer; returns its path.
fn save(
    options: &Options,
    input: &Input,
    index: u64,
    verdict: &Verdict,
) -> std::io::Result<PathBuf> {
    let Some(d) = &verdict.divergence else {
        return Err(std::io::Error::other("no divergence"));
    };
    let oracle = input.oracle;
    let mut text = input.text.clone();
    let mut final_verdict = verdict.clone();
    if let Some(program) = &input.program {
        let runs = if oracle == OracleKind::Conc { 20 } else { 1 };
        let reduced = reduce::reduce(program, options.reduce_budget, |candidate| {
            let js = candidate.to_js();
            let v = check(oracle, &js, runs);
            v.divergence.as_ref().is_some_and(|e| e.kind == d.kind)
        });
        text = reduced.program.to_js();
        let v = check(oracle, &text, runs);
        if v.divergence.is_some() {
            final_verdict = v;
        }
    }
    std::fs::create_dir_all(&options.out_dir)?;
    let path = options.out_dir.join(format!(
        "{}-{}-s{}-i{}.js",
        oracle.name(),
        d.kind,
        options.seed,
        index
    ));
    std::fs::write(
        &path,
        reproducer_text(
            oracle,
            options.seed,
            index,
            &input.swarm,
            &final_verdict,
            &text,
        ),
    )?;
    Ok(path)
}

/// The text of a reproducer file: a header of `//` lines, the mark, the input.
pub fn reproducer_text(
    oracle: OracleKind,
    seed: u64,
    index: u64,
    swarm: &str,
    verdict: &Verdict,
    input: &str,
) -> String {
    let mut out = String::from("// weft-fuzz reproducer (replay: weft-fuzz replay FILE)\n");
    out.push_str(&format!("// oracle: {}\n", oracle.name()));
    if let Some(d) = &verdict.divergence {
        out.push_str(&format!("// kind: {}\n", d.kind));
    }
    out.push_str(&format!("// seed: {seed} index: {index}\n"));
    if !swarm.is_empty() {
        out.push_str(&format!("// {swarm}\n"));
    }
    if let Some(d) = &verdict.divergence {
        for l in d.detail.lines().take(60) {
            out.push_str(&format!("//   {l}\n"));
        }
    }
    out.push_str(INPUT_MARK);
    out.push('\n');
    out.push_str(input);
    out
}

/// A reproducer file read back: its oracle (from the header; `seq` when absent) and input.
pub fn read_reproducer(path: &Path) -> std::io::Result<(OracleKind, String)> {
    let text = std::fs::read_to_string(path)?;
    let oracle = text
        .lines()
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix("// oracle: "))
        .and_then(|o| OracleKind::from_name(o.trim()))
        .unwrap_or(OracleKind::Seq);
    let input = match text.find(INPUT_MARK) {
        Some(at) => text[at + INPUT_MARK.len()..]
            .trim_start_matches('\n')
            .to_owned(),
        None => text,
    };
    Ok((oracle, input))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_deterministic_and_differ() {
        assert_eq!(input_bytes(1, 2, 100), input_bytes(1, 2, 100));
        assert_ne!(input_bytes(1, 2, 100), input_bytes(1, 3, 100));
        let a = make_input(OracleKind::Seq, 7, 11);
        let b = make_input(OracleKind::Seq, 7, 11);
        assert_eq!(a.text, b.text);
    }

    #[test]
    fn reproducer_round_trips() {
        let v = Verdict::diverged("boa-only", "a\nb".into());
        let text = reproducer_text(OracleKind::Parse, 3, 4, "", &v, "// not a header\n{(");
        let dir = std::env::temp_dir().join(format!("weft-fuzz-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("r.js");
        std::fs::write(&path, text).expect("write");
        let (oracle, input) = read_reproducer(&path).expect("read");
        assert_eq!(oracle, OracleKind::Parse);
        assert_eq!(input, "// not a header\n{(");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn mutation_changes_the_text() {
        let mut st = 5;
        let src = "let a = 1;\nprint(a);\n";
        let m = mutate(src, &mut st);
        assert_ne!(m, src);
    }
}

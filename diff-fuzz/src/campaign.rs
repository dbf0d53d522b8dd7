//! The campaign runner that needs no libFuzzer: inputs from a seeded generator, the
//! oracles, a live progress line, minimized reproducers, the known-divergence list.
//!
//! Input `i` of a campaign with seed `S` is a pure function of `(S, i)`, so every
//! reproducer names the seed and index that made it (`weft-fuzz gen` prints the
//! unreduced program again).

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arbitrary::Unstructured;

use crate::ast::Program;
use crate::generate::{self, Feature, FeatureSet};
use crate::known::KnownList;
use crate::oracle::{self, OracleKind, Stage, Verdict};
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
        OracleKind::Conc | OracleKind::Shuttle => {
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
        OracleKind::Shuttle => check_shuttle(text, false),
    }
}

/// Whether this build has the shuttle oracle (the `shuttle` feature).
pub const HAS_SHUTTLE: bool = cfg!(feature = "shuttle");

/// The shuttle oracle, in place (a campaign worker) or on a watchdog thread.
/// The verdict of a shuttle check in a weft-fuzz built without the feature.
#[cfg(not(feature = "shuttle"))]
fn built_without_shuttle() -> Verdict {
    Verdict {
        skipped: Some("weft-fuzz was built without the `shuttle` feature".into()),
        ..Verdict::default()
    }
}

fn check_shuttle(text: &str, in_place: bool) -> Verdict {
    #[cfg(feature = "shuttle")]
    {
        let o = oracle::shuttle::ShuttleOptions::default();
        if in_place {
            oracle::shuttle::check_here(text, &o)
        } else {
            oracle::shuttle::check(text, &o)
        }
    }
    #[cfg(not(feature = "shuttle"))]
    {
        let _ = (text, in_place);
        built_without_shuttle()
    }
}

/// Replays a reproducer: a shuttle one with a saved schedule (`schedule_text`) runs
/// exactly that schedule; everything else runs its oracle again.
pub fn replay(oracle: OracleKind, text: &str, schedule_text: Option<&str>, runs: usize) -> Verdict {
    match (oracle, schedule_text) {
        (OracleKind::Shuttle, Some(st)) => {
            let schedule = match oracle::schedule::RecordedSchedule::decode(st) {
                Ok(s) => s,
                Err(e) => return Verdict::diverged("bad-schedule", e),
            };
            #[cfg(feature = "shuttle")]
            {
                oracle::shuttle::replay_checked(text, &schedule)
            }
            #[cfg(not(feature = "shuttle"))]
            {
                let _ = (text, schedule);
                built_without_shuttle()
            }
        }
        _ => check(oracle, text, runs),
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
    /// The sequential oracle's GC-stress run is made on one input in this many (1 = every
    /// input; replay and reduction always make it).
    pub gc_stress_sample: u64,
    /// The sequential oracle's boa_engine run is made on one input in this many (1 =
    /// every input), and on every input where the engine and the reference disagree.
    pub boa_sample: u64,
    /// How long one input may run before it counts as a hang.
    pub hang_limit: Duration,
    /// Stop after this many inputs (all oracles together), even before `seconds`.
    pub max_inputs: Option<u64>,
}

impl Options {
    /// A campaign of `seconds` on `oracles` with the defaults of `weft-fuzz run`.
    pub fn new(oracles: Vec<OracleKind>, seconds: u64, seed: u64) -> Options {
        Options {
            oracles,
            seconds,
            seed,
            out_dir: PathBuf::from("target/fuzz-findings"),
            reduce_budget: Budget {
                max_tests: 2000,
                max_time: Duration::from_secs(60),
            },
            save_per_kind: 3,
            progress: false,
            jobs: 1,
            gc_stress_sample: GC_STRESS_SAMPLE,
            boa_sample: BOA_SAMPLE,
            hang_limit: oracle::seq::ENGINE_LIMIT,
            max_inputs: None,
        }
    }
}

/// The default of [`Options::gc_stress_sample`].
pub const GC_STRESS_SAMPLE: u64 = 8;

/// The default of [`Options::boa_sample`].
pub const BOA_SAMPLE: u64 = 4;

/// Counters of a campaign, per oracle.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub execs: u64,
    pub clean: u64,
    pub skipped: u64,
    pub new_divergences: u64,
    pub known_divergences: u64,
    pub kinds: BTreeMap<String, u64>,
    /// New (unknown) divergences per kind: (count, the first input indices).
    pub new_kinds: BTreeMap<String, (u64, Vec<u64>)>,
    pub features: FeatureSet,
    /// Time spent generating and checking (not reducing), summed over workers.
    pub busy: Duration,
    /// Workers that shared the work.
    pub jobs: usize,
    pub saved: Vec<PathBuf>,
    /// Busy time per phase (implementation), summed over workers.
    pub phases: BTreeMap<&'static str, Duration>,
    /// How many inputs ran each phase.
    pub phase_runs: BTreeMap<&'static str, u64>,
}

impl Stats {
    /// Executions per second of wall-clock time (busy time over the workers).
    pub fn exec_per_sec(&self) -> f64 {
        let s = self.busy.as_secs_f64() / self.jobs.max(1) as f64;
        if s > 0.0 { self.execs as f64 / s } else { 0.0 }
    }
    /// Mean time per run of each phase, in milliseconds.
    pub fn phase_millis(&self) -> Vec<(&'static str, f64)> {
        self.phases
            .iter()
            .map(|(p, d)| {
                let n = self.phase_runs.get(p).copied().unwrap_or(1).max(1);
                (*p, d.as_secs_f64() * 1000.0 / n as f64)
            })
            .collect()
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
        OracleKind::Conc | OracleKind::Shuttle => Feature::ALL.len() - threads,
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

/// What the workers of a campaign share.
struct Shared {
    options: Options,
    known: KnownList,
    start: Instant,
    next: AtomicU64,
    stats: Mutex<BTreeMap<OracleKind, Stats>>,
}

impl Shared {
    /// The campaign's time is up, or its inputs are all handed out.
    fn over(&self) -> bool {
        self.start.elapsed() >= Duration::from_secs(self.options.seconds)
            || self
                .options
                .max_inputs
                .is_some_and(|m| self.next.load(Ordering::Relaxed) >= m)
    }
}

/// One worker thread, as the campaign's monitor sees it.
#[derive(Default)]
struct Worker {
    /// The input it is checking now: (index, oracle, since when). `None` between inputs
    /// and while it reduces a divergence (each reduction step has its own watchdog).
    current: Mutex<Option<(u64, OracleKind, Instant)>>,
    /// Which implementation runs now.
    stage: Stage,
    /// The monitor gave up on it (a hang): whatever it finds later is not counted.
    abandoned: AtomicBool,
    /// It left its loop.
    finished: AtomicBool,
}

/// Runs a campaign on `options.jobs` worker threads; returns its statistics per oracle.
/// Input indices are handed out from one counter, so the inputs are those of a
/// one-worker campaign with the same seed (their order of completion differs).
///
/// Each worker checks its inputs in place, on its own large stack, with no thread per
/// implementation run (thread start-up and hand-off cost more than a small program's
/// run on a loaded machine). The calling thread is the monitor: it prints progress and,
/// when an input has run longer than `options.hang_limit`, records a hang of the
/// implementation that was running (saving the input unreduced), leaves that worker
/// behind and starts a fresh one. A worker through which a panic unwound retires and is
/// replaced too, so no damaged thread-local state outlives its input.
pub fn run(options: &Options, known: &KnownList) -> BTreeMap<OracleKind, Stats> {
    let jobs = options.jobs.max(1);
    let shared = Arc::new(Shared {
        options: options.clone(),
        known: known.clone(),
        start: Instant::now(),
        next: AtomicU64::new(0),
        stats: Mutex::new(
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
        ),
    });
    let mut workers: Vec<Arc<Worker>> = Vec::new();
    let mut handles = Vec::new();
    for _ in 0..jobs {
        spawn_worker(&shared, &mut workers, &mut handles);
    }
    let mut last_progress = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(50));
        let mut live = 0;
        for i in 0..workers.len() {
            let w = Arc::clone(&workers[i]);
            if w.abandoned.load(Ordering::Acquire) {
                continue;
            }
            if w.finished.load(Ordering::Acquire) {
                // Retired after a panic: replace it while the campaign runs.
                if !shared.over() && !w.abandoned.swap(true, Ordering::AcqRel) {
                    spawn_worker(&shared, &mut workers, &mut handles);
                    live += 1;
                }
                continue;
            }
            live += 1;
            if let Some((index, oracle)) = hung(&w, options) {
                record_hang(&shared, &w, index, oracle);
                spawn_worker(&shared, &mut workers, &mut handles);
            }
        }
        if options.progress && last_progress.elapsed() >= Duration::from_millis(500) {
            last_progress = Instant::now();
            let line = progress_line(shared.start.elapsed(), &lock(&shared.stats));
            eprint!("\r{line}");
            let _ = std::io::stderr().flush();
        }
        if live == 0 && shared.over() {
            break;
        }
    }
    // Every worker still counted has left its loop; the abandoned ones are left running.
    for (w, h) in workers.iter().zip(handles) {
        if w.finished.load(Ordering::Acquire) {
            let _ = h.join();
        }
    }
    let stats = lock(&shared.stats).clone();
    if options.progress {
        eprintln!("\r{}", progress_line(shared.start.elapsed(), &stats));
    }
    stats
}

fn spawn_worker(
    shared: &Arc<Shared>,
    workers: &mut Vec<Arc<Worker>>,
    handles: &mut Vec<std::thread::JoinHandle<()>>,
) {
    let w = Arc::new(Worker::default());
    let (s, me) = (Arc::clone(shared), Arc::clone(&w));
    let spawned = std::thread::Builder::new()
        .name("weft-fuzz-worker".into())
        .stack_size(oracle::WORKER_STACK)
        .spawn(move || worker_loop(&s, &me));
    match spawned {
        Ok(h) => {
            workers.push(w);
            handles.push(h);
        }
        Err(e) => eprintln!("cannot start a worker: {e}"),
    }
}

fn worker_loop(shared: &Shared, me: &Worker) {
    while !shared.over() && !me.abandoned.load(Ordering::Acquire) {
        let index = shared.next.fetch_add(1, Ordering::Relaxed);
        if shared.options.max_inputs.is_some_and(|m| index >= m) {
            break;
        }
        if one_input(shared, me, index) {
            break;
        }
    }
    me.finished.store(true, Ordering::Release);
}

/// How long one input of `oracle` may run: a shuttle input runs a search of many
/// executions, so it gets six times the limit.
fn hang_limit(options: &Options, oracle: OracleKind) -> Duration {
    if oracle == OracleKind::Shuttle {
        options.hang_limit * 6
    } else {
        options.hang_limit
    }
}

/// The input `w` has been checking for longer than its limit, if any; marks `w`
/// abandoned.
fn hung(w: &Worker, options: &Options) -> Option<(u64, OracleKind)> {
    let cur = lock(&w.current);
    let (index, oracle, since) = (*cur)?;
    if since.elapsed() < hang_limit(options, oracle) {
        return None;
    }
    w.abandoned.store(true, Ordering::Release);
    Some((index, oracle))
}

/// Whether a verdict is a time-out (a hang, or a watchdog that gave up).
fn is_timeout(v: &Verdict) -> bool {
    v.divergence.as_ref().is_some_and(|d| {
        d.kind.ends_with("-hang") || d.detail.contains("did not end") || d.detail == "Timeout"
    })
}

/// A time-out counts only if a second run, on a watchdog thread, times out the same
/// way: on a loaded machine a slow moment is not a hang (a campaign on this machine saw
/// dozens of such time-outs while other jobs starved it, none of which recurred).
fn confirm_timeout(oracle: OracleKind, text: &str, v: Verdict) -> Verdict {
    if !is_timeout(&v) {
        return v;
    }
    let again = check(oracle, text, CONC_RUNS);
    let same = again
        .divergence
        .as_ref()
        .zip(v.divergence.as_ref())
        .is_some_and(|(a, b)| a.kind == b.kind);
    if same {
        v
    } else if again.divergence.is_some() && !is_timeout(&again) {
        again
    } else {
        Verdict {
            skipped: Some("a time-out that did not recur on a second run".into()),
            divergence: None,
            ..again
        }
    }
}

fn record_hang(shared: &Shared, w: &Worker, index: u64, oracle: OracleKind) {
    let options = &shared.options;
    let input = make_input(oracle, options.seed, index);
    let verdict = Verdict::diverged(
        &w.stage.hang_kind(),
        format!(
            "the check did not end in {:?} ({} was running; not reduced)",
            hang_limit(options, oracle),
            w.stage.get()
        ),
    );
    let verdict = confirm_timeout(oracle, &input.text, verdict);
    let save_it = record(shared, &input, index, &verdict, hang_limit(options, oracle));
    if save_it {
        if options.progress {
            eprintln!("\n{} hang at index {index}", oracle.name());
        }
        let path = reproducer_path(options, oracle, &verdict, index);
        let text = reproducer_text(
            oracle,
            options.seed,
            index,
            &input.swarm,
            &verdict,
            &input.text,
        );
        match std::fs::create_dir_all(&options.out_dir).and_then(|_| std::fs::write(&path, text)) {
            Ok(()) => lock(&shared.stats)
                .entry(oracle)
                .or_default()
                .saved
                .push(path),
            Err(e) => eprintln!("cannot save a reproducer: {e}"),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs the oracle on input `index` in a campaign worker: the sequential oracle in
/// place (the campaign watches for hangs; the GC-stress run on a sample of the inputs),
/// the others through their own watchdogs.
pub fn check_in_worker(
    options: &Options,
    oracle: OracleKind,
    index: u64,
    text: &str,
    stage: &Stage,
) -> Verdict {
    match oracle {
        OracleKind::Seq => {
            // Input indices of one oracle step by the number of oracles.
            let k = index / options.oracles.len().max(1) as u64;
            let plan = oracle::seq::SeqPlan {
                gc_stress: k.is_multiple_of(options.gc_stress_sample.max(1)),
                boa: k.is_multiple_of(options.boa_sample.max(1)),
            };
            oracle::seq::check_here(text, plan, stage)
        }
        OracleKind::Shuttle => check_shuttle(text, true),
        _ => check(oracle, text, CONC_RUNS),
    }
}

/// Counts a verdict; returns whether its divergence should be saved.
fn record(shared: &Shared, input: &Input, index: u64, verdict: &Verdict, busy: Duration) -> bool {
    let oracle = input.oracle;
    let mut all = lock(&shared.stats);
    let st = all.entry(oracle).or_default();
    st.busy += busy;
    st.execs += 1;
    st.features = st.features.union(input.used);
    if verdict.phases.is_empty() {
        *st.phases.entry("check").or_default() += busy;
        *st.phase_runs.entry("check").or_default() += 1;
    }
    for (p, d) in &verdict.phases {
        *st.phases.entry(p).or_default() += *d;
        *st.phase_runs.entry(p).or_default() += 1;
    }
    if verdict.skipped.is_some() {
        st.skipped += 1;
    } else if verdict.ran_clean {
        st.clean += 1;
    }
    let Some(d) = &verdict.divergence else {
        return false;
    };
    *st.kinds.entry(d.kind.clone()).or_default() += 1;
    if shared.known.matching(oracle, &input.text, d).is_some() {
        st.known_divergences += 1;
        return false;
    }
    st.new_divergences += 1;
    // Known divergences of the same kind do not count against the reproducers saved.
    let new = st.new_kinds.entry(d.kind.clone()).or_default();
    new.0 += 1;
    if new.1.len() < 20 {
        new.1.push(index);
    }
    new.0 as usize <= shared.options.save_per_kind
}

/// Generates, checks and records input `index`; returns whether the worker must retire
/// (a panic unwound through it).
fn one_input(shared: &Shared, me: &Worker, index: u64) -> bool {
    let options = &shared.options;
    let oracle = options.oracles[(index as usize) % options.oracles.len()];
    let t0 = Instant::now();
    *lock(&me.current) = Some((index, oracle, t0));
    me.stage.set("");
    let input = make_input(oracle, options.seed, index);
    let verdict = check_in_worker(options, oracle, index, &input.text, &me.stage);
    let verdict = confirm_timeout(oracle, &input.text, verdict);
    let busy = t0.elapsed();
    {
        let mut cur = lock(&me.current);
        if me.abandoned.load(Ordering::Acquire) {
            // Counted as a hang by the monitor already.
            return true;
        }
        *cur = None;
    }
    let save_it = record(shared, &input, index, &verdict, busy);
    if let (true, Some(d)) = (save_it, &verdict.divergence) {
        if options.progress {
            eprintln!(
                "\n{} divergence {} at index {index}; reducing",
                oracle.name(),
                d.kind
            );
        }
        match save(options, &input, index, &verdict) {
            Ok(p) => lock(&shared.stats).entry(oracle).or_default().saved.push(p),
            Err(e) => eprintln!("cannot save a reproducer: {e}"),
        }
    }
    verdict.tainted
}

/// Where the failing schedule of the reproducer at `path` is saved: next to it, with the
/// extension `.schedule`.
pub fn schedule_path(path: &Path) -> PathBuf {
    path.with_extension("schedule")
}

fn reproducer_path(
    options: &Options,
    oracle: OracleKind,
    verdict: &Verdict,
    index: u64,
) -> PathBuf {
    let kind = verdict
        .divergence
        .as_ref()
        .map(|d| d.kind.as_str())
        .unwrap_or("none");
    options.out_dir.join(format!(
        "{}-{}-s{}-i{}.js",
        oracle.name(),
        kind,
        options.seed,
        index
    ))
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
        let reduced = reduced.program.to_js();
        let v = check(oracle, &reduced, runs);
        if v.divergence.as_ref().is_some_and(|e| e.kind == d.kind) {
            // The reduced program, with the verdict (and schedule) of its own run.
            text = reduced;
            final_verdict = v;
        }
    }
    std::fs::create_dir_all(&options.out_dir)?;
    let path = reproducer_path(options, oracle, verdict, index);
    if let Some(schedule) = &final_verdict.schedule {
        std::fs::write(schedule_path(&path), schedule)?;
    }
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

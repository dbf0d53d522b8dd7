//! The oracles: what "the implementations agree" means for each kind of input.
//!
//! - [`seq`]: a sequential program prints the same and completes the same way (normally,
//!   or with an uncaught error of the same name) on the engine, the engine under GC
//!   stress, the reference interpreter and boa_engine; the engine's heap verifier is
//!   clean after the run.
//! - [`conc`]: every outcome line of repeated real runs of a threaded program on the
//!   engine is in the set the reference interpreter's `explore` computes, and the heap
//!   verifier is clean after each run.
//! - [`parse`]: arbitrary bytes (and generated programs with bytes spliced in) never
//!   panic or hang the engine, the reference interpreter or the litmus parser.
//! - `shuttle` (with the `shuttle` feature): threaded programs on the engine under
//!   shuttle's PCT and random schedulers, each execution's outcome in the reference's
//!   set and the heap verifier clean; failing schedules are recorded
//!   ([`schedule::RecordedSchedule`]) and replay exactly.
//!
//! In a build with the `shuttle` feature the engine's synchronisation is shuttle's, so
//! every engine run of the other oracles goes through [`in_engine_context`], which runs
//! it inside one shuttle execution.

pub mod conc;
pub mod parse;
pub mod schedule;
pub mod seq;
#[cfg(feature = "shuttle")]
pub mod shuttle;

use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

/// Which oracle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OracleKind {
    Seq,
    Conc,
    Parse,
    /// Threaded programs under shuttle's schedulers (needs the `shuttle` feature).
    Shuttle,
}

impl OracleKind {
    pub fn name(self) -> &'static str {
        match self {
            OracleKind::Seq => "seq",
            OracleKind::Conc => "conc",
            OracleKind::Parse => "parse",
            OracleKind::Shuttle => "shuttle",
        }
    }

    pub fn from_name(s: &str) -> Option<OracleKind> {
        match s {
            "seq" => Some(OracleKind::Seq),
            "conc" => Some(OracleKind::Conc),
            "parse" => Some(OracleKind::Parse),
            "shuttle" => Some(OracleKind::Shuttle),
            _ => None,
        }
    }
}

/// A disagreement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Divergence {
    /// A short, stable classification (`engine-vs-reference`, `gc-stress`, `heap`,
    /// `boa-only`, `outcome-not-allowed`, `engine-hang`, `panic`, …). The reducer keeps
    /// a candidate only when it shows a divergence of the same kind.
    pub kind: String,
    /// What each side did.
    pub detail: String,
}

/// What one check found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verdict {
    pub divergence: Option<Divergence>,
    /// The program completed without an uncaught exception (on the reference).
    pub ran_clean: bool,
    /// The check could not be made (why), e.g. an incomplete exploration.
    pub skipped: Option<String>,
    /// A panic unwound through the calling thread during the check, so thread-local
    /// state of an implementation (boa_engine's collector, say) may be damaged: a
    /// campaign worker that ran the check in place retires and a fresh one takes over.
    pub tainted: bool,
    /// Where the time went: (phase, time) in the order the phases ran.
    pub phases: Vec<(&'static str, Duration)>,
    /// The failing shuttle schedule ([`schedule::RecordedSchedule::encode`]), saved
    /// next to the reproducer.
    pub schedule: Option<String>,
}

impl Verdict {
    pub fn diverged(kind: &str, detail: String) -> Verdict {
        Verdict {
            divergence: Some(Divergence {
                kind: kind.to_owned(),
                detail,
            }),
            ..Verdict::default()
        }
    }
}

/// Which implementation a check is running now, so that a watchdog that gives up on
/// the check can say who hung (see [`Stage::hang_kind`]).
#[derive(Debug, Default)]
pub struct Stage(Mutex<&'static str>);

impl Stage {
    pub fn set(&self, phase: &'static str) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = phase;
    }

    pub fn get(&self) -> &'static str {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The divergence kind of a check that did not end: `engine-hang` while the engine
    /// (or nothing yet) ran, otherwise `<phase>-hang`.
    pub fn hang_kind(&self) -> String {
        match self.get() {
            "" | "engine" | "engine-gc" => "engine-hang".into(),
            p => format!("{p}-hang"),
        }
    }
}

/// Times the phases of a check and tells its [`Stage`] which one runs.
#[derive(Debug)]
pub struct PhaseClock<'a> {
    stage: &'a Stage,
    current: &'static str,
    since: Instant,
    pub phases: Vec<(&'static str, Duration)>,
}

impl<'a> PhaseClock<'a> {
    pub fn new(stage: &'a Stage) -> PhaseClock<'a> {
        PhaseClock {
            stage,
            current: "",
            since: Instant::now(),
            phases: Vec::new(),
        }
    }

    /// Ends the current phase (if any) and starts `phase`.
    pub fn enter(&mut self, phase: &'static str) {
        self.end();
        self.current = phase;
        self.since = Instant::now();
        self.stage.set(phase);
    }

    /// Ends the current phase.
    pub fn end(&mut self) {
        if !self.current.is_empty() {
            self.phases.push((self.current, self.since.elapsed()));
            self.current = "";
        }
    }
}

/// Runs `f`, which runs the engine, where the engine can run. Without the `shuttle`
/// feature that is anywhere: `f` is called. With it, the engine's atomics, locks and
/// threads are shuttle's and work only inside a shuttle execution, so `f` runs in one
/// (under a seeded random schedule); a panic in it propagates to the caller.
pub fn in_engine_context<T: Send + 'static>(f: impl Fn() -> T + Send + Sync + 'static) -> T {
    #[cfg(feature = "shuttle")]
    {
        use weft_engine::shuttle_check::shuttle::scheduler::RandomScheduler;
        let slot = std::sync::Arc::new(Mutex::new(None));
        let out = std::sync::Arc::clone(&slot);
        let mut cfg = weft_engine::shuttle_check::config();
        cfg.max_steps = weft_engine::shuttle_check::shuttle::MaxSteps::ContinueAfter(50_000_000);
        weft_engine::shuttle_check::run_with(
            RandomScheduler::new_from_seed(1, 1),
            cfg,
            move || {
                let v = f();
                *out.lock().unwrap_or_else(|e| e.into_inner()) = Some(v);
            },
        );
        let v = slot.lock().unwrap_or_else(|e| e.into_inner()).take();
        match v {
            Some(v) => v,
            None => panic!("the engine run was cut short by shuttle's step bound"),
        }
    }
    #[cfg(not(feature = "shuttle"))]
    {
        f()
    }
}

/// Why [`with_timeout`] has no result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failed {
    /// Still running after the limit (the thread is left running: it cannot be stopped).
    Timeout,
    /// It panicked, with this message.
    Panic(String),
}

/// The native stack of every thread that runs the implementations (the watchdog's and a
/// campaign's workers): the parsers, the compiler and the evaluators recurse, and the
/// engine's and the reference interpreter's own entry points give them this much.
pub const WORKER_STACK: usize = 256 << 20;

/// Runs `f` on its own thread and waits at most `limit` for it, catching a panic.
pub fn with_timeout<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Failed> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("weft-fuzz-watchdog".into())
        .stack_size(WORKER_STACK)
        .spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let _ = tx.send(r.map_err(|p| weft_conformance::boa_runner::panic_message(&*p)));
        });
    if let Err(e) = spawned {
        return Err(Failed::Panic(format!("cannot start a thread: {e}")));
    }
    match rx.recv_timeout(limit) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(msg)) => Err(Failed::Panic(msg)),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(Failed::Timeout),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(Failed::Panic("the thread vanished".into()))
        }
    }
}

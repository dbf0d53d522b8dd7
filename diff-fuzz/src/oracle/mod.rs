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

pub mod conc;
pub mod parse;
pub mod seq;

use std::sync::mpsc;
use std::time::Duration;

/// Which oracle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OracleKind {
    Seq,
    Conc,
    Parse,
}

impl OracleKind {
    pub fn name(self) -> &'static str {
        match self {
            OracleKind::Seq => "seq",
            OracleKind::Conc => "conc",
            OracleKind::Parse => "parse",
        }
    }

    pub fn from_name(s: &str) -> Option<OracleKind> {
        match s {
            "seq" => Some(OracleKind::Seq),
            "conc" => Some(OracleKind::Conc),
            "parse" => Some(OracleKind::Parse),
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

/// Why [`with_timeout`] has no result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failed {
    /// Still running after the limit (the thread is left running: it cannot be stopped).
    Timeout,
    /// It panicked, with this message.
    Panic(String),
}

/// Runs `f` on its own thread and waits at most `limit` for it, catching a panic.
pub fn with_timeout<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Failed> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("weft-fuzz-watchdog".into())
        .stack_size(64 << 20)
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

//! The parse oracle: arbitrary bytes into the litmus parser, the reference interpreter
//! and the engine — no panic, no hang.
//!
//! The reference interpreter runs with fuel, so it always ends; the engine has no fuel,
//! so it only runs text on which the reference ended without running out of fuel (a
//! program that loops forever there is no finding), under a watchdog.

use std::time::Duration;

use weft_conformance::CorpusCompletion;

use crate::oracle::{Failed, Verdict, with_timeout};

const LIMIT: Duration = Duration::from_secs(10);

/// Turns bytes into source text: lossy UTF-8.
pub fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Checks one input.
pub fn check(src: &str) -> Verdict {
    let owned = src.to_owned();
    if let Err(f) = with_timeout(LIMIT, move || {
        let _ = weft_memory_model::litmus::parse(&owned);
    }) {
        return Verdict::diverged("litmus-parser", format!("{f:?}"));
    }
    let owned = src.to_owned();
    let reference = with_timeout(LIMIT, move || {
        let options = weft_reference_interp::RunOptions {
            fuel: Some(200_000),
            ..Default::default()
        };
        weft_reference_interp::run_source(&owned, "fuzz.js", &options)
    });
    let reference = match reference {
        Ok(out) => out,
        Err(f) => return Verdict::diverged("reference-parse", format!("{f:?}")),
    };
    let reference = weft_conformance::CorpusOutput::from_reference(&reference);
    let ran_clean = reference.completion == CorpusCompletion::Normal;
    if reference.completion == CorpusCompletion::FuelExhausted
        || src.contains("Thread")
        || src.contains("wait")
    {
        // Possibly endless (or blocking, which the engine cannot detect yet).
        return Verdict {
            ran_clean,
            skipped: Some("not run on the engine: may not end".into()),
            ..Verdict::default()
        };
    }
    let owned = src.to_owned();
    let engine = with_timeout(LIMIT, move || {
        let src: std::sync::Arc<str> = std::sync::Arc::from(owned);
        crate::oracle::in_engine_context(move || {
            weft_engine::run_source(&src, "fuzz.js", weft_engine::Options::default(), false)
        })
    });
    match engine {
        Ok(out) => match out.result {
            Err(u) if u.name.as_deref() == Some("InternalError") => {
                Verdict::diverged("engine-parse", u.describe())
            }
            _ => Verdict {
                ran_clean,
                ..Verdict::default()
            },
        },
        Err(Failed::Timeout) => Verdict::diverged(
            "engine-parse",
            format!("the engine did not end in {LIMIT:?} (the reference did)"),
        ),
        Err(Failed::Panic(m)) => Verdict::diverged("engine-parse", format!("panic: {m}")),
    }
}

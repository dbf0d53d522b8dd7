//! What the cargo-fuzz targets (`diff-fuzz/fuzz/`) call: bytes → input → oracle, and a
//! panic (which libFuzzer reports as a crash, saving the input) on a divergence that the
//! known-divergence list does not explain.

use std::sync::OnceLock;

use arbitrary::Unstructured;

use crate::campaign::CONC_RUNS;
use crate::generate;
use crate::known::{self, KnownList};
use crate::oracle::{self, OracleKind};

/// Which target.
#[derive(Clone, Copy, Debug)]
pub enum Which {
    Seq,
    Conc,
    Parse,
}

fn known_list() -> &'static KnownList {
    static LIST: OnceLock<KnownList> = OnceLock::new();
    LIST.get_or_init(|| KnownList::load(&known::default_path()).unwrap_or_default())
}

/// Runs one fuzz input; panics on an unexplained divergence.
pub fn check_generated(which: Which, data: &[u8]) {
    let (kind, text) = match which {
        Which::Seq => (
            OracleKind::Seq,
            generate::generate_seq(&mut Unstructured::new(data))
                .program
                .to_js(),
        ),
        Which::Conc => (
            OracleKind::Conc,
            generate::generate_conc(&mut Unstructured::new(data))
                .program
                .to_js(),
        ),
        Which::Parse => (OracleKind::Parse, oracle::parse::text_of(data)),
    };
    let verdict = crate::campaign::check(kind, &text, CONC_RUNS);
    if let Some(d) = verdict.divergence
        && known_list().matching(kind, &text, &d).is_none()
    {
        panic!(
            "{} divergence {}:\n{}\n--- program\n{}",
            kind.name(),
            d.kind,
            d.detail,
            text
        );
    }
}

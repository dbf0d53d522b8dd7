//! The known-divergence list (`diff-fuzz/known-divergences.toml`): divergences that are
//! understood, each with its reason, so a campaign counts them apart instead of saving
//! them again. An entry matches a divergence when the oracle and kind are equal, every
//! `program_contains` string occurs in the program and every `detail_contains` string in
//! the divergence's detail. An entry with a `reproducer` must still diverge on it (the
//! crate's tests check this, so the list stays honest).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::oracle::{Divergence, OracleKind};

/// One understood divergence.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownDivergence {
    pub name: String,
    pub oracle: String,
    pub kind: String,
    #[serde(default)]
    pub program_contains: Vec<String>,
    #[serde(default)]
    pub detail_contains: Vec<String>,
    /// Why it diverges, and who is right (citing the spec).
    pub reason: String,
    /// A reproducer, relative to the repository root.
    #[serde(default)]
    pub reproducer: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownList {
    #[serde(default)]
    pub divergence: Vec<KnownDivergence>,
}

impl KnownList {
    /// Parses the list.
    pub fn parse(text: &str) -> Result<KnownList, String> {
        let list: KnownList = toml::from_str(text).map_err(|e| e.to_string())?;
        for d in &list.divergence {
            if OracleKind::from_name(&d.oracle).is_none() {
                return Err(format!("{}: unknown oracle {:?}", d.name, d.oracle));
            }
            if d.reason.trim().is_empty() {
                return Err(format!("{}: no reason", d.name));
            }
        }
        Ok(list)
    }

    /// Reads the list from a file (a missing file is an empty list).
    pub fn load(path: &Path) -> Result<KnownList, String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(&text).map_err(|e| format!("{}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(KnownList::default()),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    /// The entry that explains this divergence, if any.
    pub fn matching(
        &self,
        oracle: OracleKind,
        program: &str,
        d: &Divergence,
    ) -> Option<&KnownDivergence> {
        self.divergence.iter().find(|k| {
            k.oracle == oracle.name()
                && k.kind == d.kind
                && k.program_contains
                    .iter()
                    .all(|s| program.contains(s.as_str()))
                && k.detail_contains
                    .iter()
                    .all(|s| d.detail.contains(s.as_str()))
        })
    }
}

/// The default location of the list.
pub fn default_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("known-divergences.toml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_on_every_condition() {
        let list = KnownList::parse(
            r#"
[[divergence]]
name = "x"
oracle = "seq"
kind = "boa-only"
program_contains = ["**"]
detail_contains = ["NaN"]
reason = "boa computes 1 ** NaN as 1"
"#,
        )
        .expect("parses");
        let d = Divergence {
            kind: "boa-only".into(),
            detail: "NaN vs 1".into(),
        };
        assert!(list.matching(OracleKind::Seq, "1 ** NaN", &d).is_some());
        assert!(list.matching(OracleKind::Seq, "1 + NaN", &d).is_none());
        assert!(list.matching(OracleKind::Conc, "1 ** NaN", &d).is_none());
        let other = Divergence {
            kind: "gc-stress".into(),
            detail: "NaN".into(),
        };
        assert!(list.matching(OracleKind::Seq, "1 ** NaN", &other).is_none());
    }

    #[test]
    fn rejects_entries_without_reason_or_with_bad_oracle() {
        let bad = "[[divergence]]\nname = \"x\"\noracle = \"nope\"\nkind = \"k\"\nreason = \"r\"\n";
        assert!(KnownList::parse(bad).is_err());
        let empty =
            "[[divergence]]\nname = \"x\"\noracle = \"seq\"\nkind = \"k\"\nreason = \" \"\n";
        assert!(KnownList::parse(empty).is_err());
    }
}

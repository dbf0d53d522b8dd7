//! The JavaScript implementations the conformance runner can hold to the suites.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One implementation under test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Implementation {
    /// The production engine (`weft-engine`), run with its heap verifier after each
    /// script.
    Engine,
    /// The reference interpreter (`weft-reference-interp`).
    Reference,
    /// boa_engine, the third-party oracle.
    Boa,
}

impl Implementation {
    /// Every implementation, in report order.
    pub const ALL: [Implementation; 3] = [
        Implementation::Engine,
        Implementation::Reference,
        Implementation::Boa,
    ];

    /// The name used on the command line, in reports and in baseline file names.
    pub fn as_str(self) -> &'static str {
        match self {
            Implementation::Engine => "engine",
            Implementation::Reference => "reference",
            Implementation::Boa => "boa",
        }
    }

    /// Parses a name as [`Implementation::as_str`] writes it.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.as_str() == name)
    }

    /// Why this implementation cannot run scripts, or `None` when it can. Every
    /// implementation can today (the engine since issue 5); an implementation that is
    /// being replaced or rebuilt answers here, and the runner reports its tests as
    /// skipped with this reason (and refuses a run that has nothing else to run).
    pub fn unavailable_reason(self) -> Option<&'static str> {
        match self {
            Implementation::Engine | Implementation::Reference | Implementation::Boa => None,
        }
    }

    /// Whether it can run scripts now.
    pub fn is_available(self) -> bool {
        self.unavailable_reason().is_none()
    }

    /// Which `$262` host hooks the runner provides on this implementation (beyond
    /// `$262.global`, which every implementation gets).
    pub fn host_hooks(self) -> &'static [&'static str] {
        match self {
            // boa_engine evaluates a second script in the same realm for us.
            Implementation::Boa => &["evalScript"],
            // run_source (both crates) takes one script and no host functions: only what
            // a JavaScript prelude can define.
            Implementation::Reference | Implementation::Engine => &[],
        }
    }
}

impl fmt::Display for Implementation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for i in Implementation::ALL {
            assert_eq!(Implementation::parse(i.as_str()), Some(i));
        }
        assert_eq!(Implementation::parse("v8"), None);
        assert!(Implementation::ALL.iter().all(|i| i.is_available()));
        assert_eq!(Implementation::Boa.host_hooks(), ["evalScript"]);
        assert!(Implementation::Engine.host_hooks().is_empty());
    }
}

//! Running a checkout of tc39/test262: discovery, the claimed subset, composing each
//! test with its harness files into one script per mode, and judging what a run did.
//!
//! A test runs in the modes its flags allow (test262's `INTERPRETING.md`): once as
//! sloppy code and once with a `"use strict";` prologue by default, only strict with
//! `onlyStrict`, only sloppy with `noStrict`, and exactly as written (no harness, no
//! prologue) with `raw`. It passes when every mode passes.

pub mod baseline;
pub mod claims;
pub mod frontmatter;
pub mod run;
pub mod scan;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use crate::implementation::Implementation;
use crate::worker::{ScriptCompletion, ScriptOutcome};
use crate::{CorpusError, read_text};
use claims::Claim;
use frontmatter::{Frontmatter, Phase};

/// `$262` hooks a test may use, as written in test text.
pub const HOST_HOOKS: &[&str] = &[
    "evalScript",
    "createRealm",
    "detachArrayBuffer",
    "gc",
    "agent",
    "IsHTMLDDA",
    "AbstractModuleSource",
];

/// What the reference interpreter's message says when it rejects a construct outside
/// the subset ([language.unsupported.error]); such a `SyntaxError` is never a pass.
pub const UNSUPPORTED_MARKER: &str = "is not supported by the reference interpreter";

/// The `$262` object for implementations without a native one: only `global`.
const PRELUDE_262: &str = "Object.defineProperty(globalThis, \"$262\", { value: { global: globalThis }, writable: true, enumerable: false, configurable: true });\n";

/// How one scenario of a test is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    /// Sloppy code with the harness.
    NonStrict,
    /// `"use strict";` before the harness.
    Strict,
    /// The file alone, as written (`raw` flag).
    Raw,
}

impl Mode {
    /// `non-strict`, `strict` or `raw`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::NonStrict => "non-strict",
            Mode::Strict => "strict",
            Mode::Raw => "raw",
        }
    }
}

/// The modes a test's flags ask for.
pub fn modes(meta: &Frontmatter) -> Vec<Mode> {
    if meta.has_flag("raw") {
        vec![Mode::Raw]
    } else if meta.has_flag("onlyStrict") {
        vec![Mode::Strict]
    } else if meta.has_flag("noStrict") {
        vec![Mode::NonStrict]
    } else {
        vec![Mode::NonStrict, Mode::Strict]
    }
}

/// A test262 checkout: `<root>/test` and `<root>/harness`.
#[derive(Debug)]
pub struct Checkout {
    root: PathBuf,
    harness: RwLock<HashMap<String, Arc<str>>>,
}

impl Checkout {
    /// Checks that `root` looks like a test262 checkout.
    pub fn open(root: &Path) -> Result<Self, CorpusError> {
        for sub in ["test", "harness"] {
            if !root.join(sub).is_dir() {
                return Err(CorpusError::Invalid {
                    path: root.to_path_buf(),
                    message: format!("not a test262 checkout: no `{sub}` directory"),
                });
            }
        }
        Ok(Self {
            root: root.to_path_buf(),
            harness: RwLock::new(HashMap::new()),
        })
    }

    /// The checkout's root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The checked-out commit (`git rev-parse HEAD`), if the checkout is the top of a
    /// git work tree (not a directory inside another repository).
    pub fn commit(&self) -> Option<String> {
        let git = |args: &[&str]| -> Option<String> {
            let out = std::process::Command::new("git")
                .arg("-C")
                .arg(&self.root)
                .args(args)
                .output()
                .ok()?;
            let text = String::from_utf8(out.stdout).ok()?;
            (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
        };
        let top = std::fs::canonicalize(git(&["rev-parse", "--show-toplevel"])?).ok()?;
        if top != std::fs::canonicalize(&self.root).ok()? {
            return None;
        }
        git(&["rev-parse", "HEAD"])
    }

    /// Every test file under `test/` (paths relative to it, `/`-separated, sorted)
    /// whose path contains `filter`. Module fixtures (`*_FIXTURE.js`) are not tests.
    pub fn discover(&self, filter: Option<&str>) -> Result<Vec<String>, CorpusError> {
        let base = self.root.join("test");
        let mut out = Vec::new();
        for entry in walkdir::WalkDir::new(&base).sort_by_file_name() {
            let entry = entry.map_err(CorpusError::Walk)?;
            let name = entry.file_name().to_string_lossy();
            if !entry.file_type().is_file()
                || !name.ends_with(".js")
                || name.ends_with("_FIXTURE.js")
            {
                continue;
            }
            let rel = crate::relative_name(&base, entry.path())?;
            if filter.is_none_or(|f| rel.contains(f)) {
                out.push(rel);
            }
        }
        out.sort();
        Ok(out)
    }

    /// The text of a test file.
    pub fn read_test(&self, rel: &str) -> Result<String, CorpusError> {
        read_text(&self.root.join("test").join(rel))
    }

    /// A harness file's text, read once per run.
    pub fn harness_file(&self, name: &str) -> Result<Arc<str>, String> {
        if let Ok(cache) = self.harness.read()
            && let Some(text) = cache.get(name)
        {
            return Ok(Arc::clone(text));
        }
        if name.contains("..") || name.starts_with('/') {
            return Err(format!("bad harness include {name:?}"));
        }
        let text: Arc<str> = read_text(&self.root.join("harness").join(name))
            .map_err(|e| format!("harness include: {e}"))?
            .into();
        if let Ok(mut cache) = self.harness.write() {
            cache.insert(name.to_owned(), Arc::clone(&text));
        }
        Ok(text)
    }
}

/// What to do with one test on one implementation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// Do not run it; the reason names what is not claimed or not provided.
    Skip(String),
    /// The runner cannot set it up (bad frontmatter, a missing include): a failure.
    Broken(String),
    /// Run these composed scripts, in order.
    Run {
        /// One composed script per mode.
        scenarios: Vec<(Mode, String)>,
        /// The text the built-ins check reads: the test and its includes, except
        /// harness files whose uses of unclaimed built-ins are guarded
        /// ([`GUARDED_HARNESS`]).
        builtin_scan: String,
    },
}

/// Harness files that mention unclaimed built-ins only behind `typeof` guards, so
/// including one does not make a test depend on them.
pub const GUARDED_HARNESS: &[&str] = &["deepEqual.js"];

/// Options that change which tests run.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlanOptions {
    /// Run tests outside the claimed subset too (directories, features, flags and
    /// syntax); modules and missing host hooks are still skipped.
    pub include_unclaimed: bool,
}

/// The `$262.<hook>` uses in `text` that `implementation` does not provide.
pub fn missing_hooks(text: &str, implementation: Implementation) -> Vec<&'static str> {
    HOST_HOOKS
        .iter()
        .copied()
        .filter(|hook| {
            !implementation.host_hooks().contains(hook)
                && (text.contains(&format!("$262.{hook}"))
                    || text.contains(&format!("$262[\"{hook}\"]")))
        })
        .collect()
}

/// Decides how to run the test `rel` (its text `text`, its metadata `meta`) on
/// `implementation`, composing one script per mode.
pub fn plan(
    checkout: &Checkout,
    rel: &str,
    text: &str,
    meta: &Frontmatter,
    implementation: Implementation,
    options: PlanOptions,
) -> Plan {
    if meta.has_flag("module") {
        return Plan::Skip("modules (never)".into());
    }
    if let Some(n) = &meta.negative
        && n.phase == Phase::Resolution
    {
        return Plan::Skip("module resolution (modules: never)".into());
    }
    if !options.include_unclaimed {
        if let Claim::NotClaimed(reason) = claims::directory_claim(rel) {
            return Plan::Skip(reason.into());
        }
        for flag in &meta.flags {
            if let Claim::NotClaimed(reason) = claims::flag_claim(flag) {
                return Plan::Skip(format!("flag {flag}: {reason}"));
            }
        }
        for feature in &meta.features {
            if let Claim::NotClaimed(reason) = claims::feature_claim(feature) {
                return Plan::Skip(format!("feature {feature}: {reason}"));
            }
        }
    }
    let mut includes: Vec<&str> = Vec::new();
    if !meta.has_flag("raw") {
        includes.extend(["assert.js", "sta.js"]);
        if meta.has_flag("async") {
            includes.push("doneprintHandle.js");
        }
        for inc in &meta.includes {
            if !includes.contains(&inc.as_str()) {
                includes.push(inc);
            }
        }
    }
    let mut harness = String::new();
    let mut builtin_scan = String::new();
    for inc in &includes {
        match checkout.harness_file(inc) {
            Ok(t) => {
                harness.push_str(&t);
                harness.push('\n');
                if !GUARDED_HARNESS.contains(inc) {
                    builtin_scan.push_str(&t);
                    builtin_scan.push('\n');
                }
            }
            Err(e) => return Plan::Broken(e),
        }
    }
    builtin_scan.push_str(text);
    let missing = missing_hooks(&format!("{harness}{text}"), implementation);
    if let Some(hook) = missing.first() {
        return Plan::Skip(format!(
            "host hook $262.{hook} is not provided for {implementation}"
        ));
    }
    let needs_prelude = implementation != Implementation::Boa
        && (text.contains("$262") || harness.contains("$262"));
    let scenarios = modes(meta)
        .into_iter()
        .map(|mode| {
            let mut source = String::new();
            match mode {
                Mode::Raw => source.push_str(text),
                Mode::NonStrict | Mode::Strict => {
                    if mode == Mode::Strict {
                        source.push_str("\"use strict\";\n");
                    }
                    if needs_prelude {
                        source.push_str(PRELUDE_262);
                    }
                    source.push_str(&harness);
                    source.push_str(text);
                }
            }
            (mode, source)
        })
        .collect();
    Plan::Run {
        scenarios,
        builtin_scan,
    }
}

/// How one scenario went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// As the test expects.
    Pass,
    /// Not as the test expects; why.
    Fail(String),
    /// The execution budget ran out.
    Timeout(String),
}

/// The error's constructor name as far as a run reports it: the `name` property, or
/// for values without one (test262's `Test262Error` instances) the word before `:` of
/// their string form.
pub fn error_name(name: Option<&str>, message: &str) -> String {
    if let Some(n) = name {
        return n.to_owned();
    }
    let head = message.split(':').next().unwrap_or("").trim();
    if !head.is_empty()
        && head
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
    {
        head.to_owned()
    } else {
        message.to_owned()
    }
}

fn one_line(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() > max {
        let cut: String = line.chars().take(max).collect();
        format!("{cut}…")
    } else {
        line.to_owned()
    }
}

/// Judges one scenario's outcome against the test's metadata.
pub fn judge(meta: &Frontmatter, outcome: &ScriptOutcome) -> Verdict {
    let printed_failure = outcome
        .printed
        .lines()
        .find(|l| l.starts_with("Test262:AsyncTestFailure"));
    match (&outcome.completion, &meta.negative) {
        (ScriptCompletion::EngineFailure { message }, _) => {
            Verdict::Fail(format!("engine failure: {}", one_line(message, 200)))
        }
        (ScriptCompletion::FuelExhausted, _) => Verdict::Timeout("fuel exhausted".into()),
        (ScriptCompletion::Normal, Some(n)) => Verdict::Fail(format!(
            "negative test: expected {} ({}), but the script completed normally",
            n.error_type,
            phase_word(n.phase)
        )),
        (ScriptCompletion::Uncaught { name, message }, Some(n)) => {
            let got = error_name(name.as_deref(), message);
            if message.contains(UNSUPPORTED_MARKER) {
                Verdict::Fail(format!(
                    "negative test: expected {}, got the unsupported-feature error: {}",
                    n.error_type,
                    one_line(message, 200)
                ))
            } else if got != n.error_type {
                Verdict::Fail(format!(
                    "negative test: expected {} ({}), got {got}: {}",
                    n.error_type,
                    phase_word(n.phase),
                    one_line(message, 200)
                ))
            } else if n.phase == Phase::Parse && !outcome.printed.is_empty() {
                Verdict::Fail(format!(
                    "negative test: expected a {} before evaluation, but the script printed first",
                    n.error_type
                ))
            } else {
                Verdict::Pass
            }
        }
        (ScriptCompletion::Normal, None) => {
            if meta.has_flag("async") {
                if let Some(line) = printed_failure {
                    Verdict::Fail(one_line(line, 200))
                } else if outcome
                    .printed
                    .lines()
                    .any(|l| l == "Test262:AsyncTestComplete")
                {
                    Verdict::Pass
                } else {
                    Verdict::Fail("asynchronous test: $DONE was never called".into())
                }
            } else {
                Verdict::Pass
            }
        }
        (ScriptCompletion::Uncaught { name, message }, None) => {
            let got = error_name(name.as_deref(), message);
            let text = if name.is_some() && !message.is_empty() {
                format!("{got}: {message}")
            } else if name.is_some() {
                got
            } else {
                message.clone()
            };
            Verdict::Fail(format!("uncaught {}", one_line(&text, 200)))
        }
    }
}

fn phase_word(phase: Phase) -> &'static str {
    match phase {
        Phase::Parse => "at parse time",
        Phase::Resolution => "at module resolution",
        Phase::Runtime => "at run time",
    }
}

/// The directory a test is counted under in per-directory tables: its first two
/// path components (`built-ins/Array`, `language/expressions`).
pub fn directory_of(rel: &str) -> String {
    let mut parts = rel.split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), Some(_)) => format!("{a}/{b}"),
        (Some(a), Some(_), None) | (Some(a), None, None) => a.to_owned(),
        _ => rel.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> Frontmatter {
        frontmatter::parse(text).unwrap()
    }

    fn out(completion: ScriptCompletion, printed: &str) -> ScriptOutcome {
        ScriptOutcome {
            printed: printed.into(),
            completion,
        }
    }

    fn uncaught(name: Option<&str>, message: &str) -> ScriptCompletion {
        ScriptCompletion::Uncaught {
            name: name.map(str::to_owned),
            message: message.into(),
        }
    }

    #[test]
    fn modes_follow_flags() {
        assert_eq!(modes(&meta("")), [Mode::NonStrict, Mode::Strict]);
        assert_eq!(
            modes(&meta("/*---\nflags: [onlyStrict]\n---*/")),
            [Mode::Strict]
        );
        assert_eq!(
            modes(&meta("/*---\nflags: [noStrict]\n---*/")),
            [Mode::NonStrict]
        );
        assert_eq!(
            modes(&meta("/*---\nflags: [raw, noStrict]\n---*/")),
            [Mode::Raw]
        );
    }

    #[test]
    fn negative_classification() {
        let parse = meta("/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/");
        let runtime = meta("/*---\nnegative:\n  phase: runtime\n  type: TypeError\n---*/");
        let t262 = meta("/*---\nnegative:\n  phase: runtime\n  type: Test262Error\n---*/");
        let syntax = uncaught(Some("SyntaxError"), "unexpected token");
        assert_eq!(judge(&parse, &out(syntax.clone(), "")), Verdict::Pass);
        assert!(matches!(
            judge(&parse, &out(syntax.clone(), "x\n")),
            Verdict::Fail(_)
        ));
        assert!(
            matches!(judge(&runtime, &out(syntax, "")), Verdict::Fail(r) if r.contains("expected TypeError"))
        );
        assert!(
            matches!(judge(&parse, &out(ScriptCompletion::Normal, "")), Verdict::Fail(r) if r.contains("completed normally"))
        );
        let unsupported = uncaught(
            Some("SyntaxError"),
            "generator functions is not supported by the reference interpreter yet",
        );
        assert!(
            matches!(judge(&parse, &out(unsupported, "")), Verdict::Fail(r) if r.contains("unsupported"))
        );
        assert_eq!(
            judge(&runtime, &out(uncaught(Some("TypeError"), "x"), "")),
            Verdict::Pass
        );
        assert_eq!(
            judge(&t262, &out(uncaught(None, "Test262Error: boom"), "")),
            Verdict::Pass
        );
        let not_evaluated = uncaught(None, "Test262: This statement should not be evaluated.");
        assert!(matches!(
            judge(&parse, &out(not_evaluated, "")),
            Verdict::Fail(_)
        ));
    }

    #[test]
    fn positive_and_async_classification() {
        let plain = meta("");
        assert_eq!(
            judge(&plain, &out(ScriptCompletion::Normal, "")),
            Verdict::Pass
        );
        assert!(
            matches!(judge(&plain, &out(uncaught(None, "Test262Error: Expected SameValue(«1», «2») to be true"), "")), Verdict::Fail(r) if r.starts_with("uncaught Test262Error: Expected"))
        );
        assert!(matches!(
            judge(&plain, &out(ScriptCompletion::FuelExhausted, "")),
            Verdict::Timeout(_)
        ));
        assert!(
            matches!(judge(&plain, &out(ScriptCompletion::EngineFailure { message: "panic".into() }, "")), Verdict::Fail(r) if r.contains("engine failure"))
        );
        let asynchronous = meta("/*---\nflags: [async]\n---*/");
        assert_eq!(
            judge(
                &asynchronous,
                &out(ScriptCompletion::Normal, "Test262:AsyncTestComplete\n")
            ),
            Verdict::Pass
        );
        assert!(
            matches!(judge(&asynchronous, &out(ScriptCompletion::Normal, "Test262:AsyncTestFailure:Test262Error: no\n")), Verdict::Fail(r) if r.contains("no"))
        );
        assert!(
            matches!(judge(&asynchronous, &out(ScriptCompletion::Normal, "")), Verdict::Fail(r) if r.contains("$DONE"))
        );
    }

    #[test]
    fn error_names_and_directories() {
        assert_eq!(error_name(Some("TypeError"), "m"), "TypeError");
        assert_eq!(error_name(None, "Test262Error: m: n"), "Test262Error");
        assert_eq!(error_name(None, "42"), "42");
        assert_eq!(error_name(None, "a b"), "a b");
        assert_eq!(
            directory_of("built-ins/Array/prototype/map/x.js"),
            "built-ins/Array"
        );
        assert_eq!(directory_of("language/asi/x.js"), "language/asi");
        assert_eq!(directory_of("harness/x.js"), "harness");
    }

    #[test]
    fn hooks_by_implementation() {
        let text = "$262.evalScript('1'); $262.global";
        assert_eq!(
            missing_hooks(text, Implementation::Reference),
            ["evalScript"]
        );
        assert!(missing_hooks(text, Implementation::Boa).is_empty());
        assert_eq!(
            missing_hooks("$262.createRealm()", Implementation::Boa),
            ["createRealm"]
        );
    }
}

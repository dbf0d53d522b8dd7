//! What `spec/language.md` claims, in test262's terms: which directories, feature tags
//! and flags are in the claimed subset. Everything else is *skipped* with the reason
//! (the table row's status, or "not in spec/language.md"), never run and never counted
//! as a pass. Syntax the table marks *not yet*/*never* is found by [`super::scan`].
//!
//! The lists follow the table of `spec/language.md`; when a row changes status, change
//! the matching entry here (and the per-directory figures in the spec).

/// A path's, a feature's or a flag's place in the subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// In the claimed subset: the test runs.
    Claimed,
    /// Not claimed; the test is skipped with this reason.
    NotClaimed(&'static str),
}

const NOT_IN_SPEC: &str = "not in spec/language.md";

/// Directory rules, relative to `test/` (a directory ending in `/`, or a single test
/// file singled out of a claimed directory); the longest matching prefix decides, and a
/// path no rule matches is not claimed.
const DIRECTORIES: &[(&str, Claim)] = {
    use Claim::{Claimed as C, NotClaimed as N};
    &[
        ("harness/", C),
        ("language/", C),
        (
            "language/arguments-object/mapped/",
            N("sloppy-mode mapped arguments (not yet)"),
        ),
        ("language/eval-code/", N("eval (not yet)")),
        ("language/module-code/", N("modules (never)")),
        ("language/import/", N("modules (never)")),
        ("language/export/", N("modules (never)")),
        ("language/expressions/async-arrow-function/", C),
        ("language/expressions/async-function/", C),
        (
            "language/expressions/async-generator/",
            N("async generators (not yet)"),
        ),
        ("language/expressions/await/", C),
        ("language/expressions/dynamic-import/", N("modules (never)")),
        (
            "language/expressions/generators/",
            N("generators (not yet)"),
        ),
        ("language/expressions/import.meta/", N("modules (never)")),
        ("language/expressions/yield/", N("generators (not yet)")),
        ("language/literals/regexp/", N("RegExp (not yet)")),
        ("language/literals/bigint/", N("BigInt (not yet)")),
        ("language/statements/async-function/", C),
        (
            "language/statements/async-generator/",
            N("async generators (not yet)"),
        ),
        ("language/statements/await-using/", N(NOT_IN_SPEC)),
        (
            "language/statements/for-await-of/",
            N("async iteration (not yet)"),
        ),
        ("language/statements/generators/", N("generators (not yet)")),
        ("language/statements/using/", N(NOT_IN_SPEC)),
        ("language/statements/with/", N("with (not yet)")),
        ("built-ins/Array/", C),
        ("built-ins/Array/fromAsync/", N(NOT_IN_SPEC)),
        (
            "built-ins/Array/prototype/toReversed/",
            N("change-array-by-copy (not yet)"),
        ),
        (
            "built-ins/Array/prototype/toSorted/",
            N("change-array-by-copy (not yet)"),
        ),
        (
            "built-ins/Array/prototype/toSpliced/",
            N("change-array-by-copy (not yet)"),
        ),
        (
            "built-ins/Array/prototype/with/",
            N("change-array-by-copy (not yet)"),
        ),
        (
            "built-ins/Array/prototype/Symbol.unscopables/",
            N("with (not yet)"),
        ),
        ("built-ins/ArrayIteratorPrototype/", C),
        ("built-ins/Boolean/", C),
        ("built-ins/Date/now/", C),
        ("built-ins/Error/", C),
        ("built-ins/NativeErrors/", C),
        ("built-ins/Function/prototype/", C),
        (
            "built-ins/Function/prototype/toString/",
            N("Function.prototype.toString (not yet)"),
        ),
        ("built-ins/Infinity/", C),
        ("built-ins/NaN/", C),
        ("built-ins/undefined/", C),
        ("built-ins/isFinite/", C),
        ("built-ins/isNaN/", C),
        ("built-ins/parseFloat/", C),
        ("built-ins/parseInt/", C),
        ("built-ins/global/", C),
        ("built-ins/JSON/", C),
        ("built-ins/Map/", C),
        ("built-ins/Map/groupBy/", N("Map.groupBy (not yet)")),
        ("built-ins/MapIteratorPrototype/", C),
        ("built-ins/Set/", C),
        ("built-ins/SetIteratorPrototype/", C),
        ("built-ins/Math/", C),
        ("built-ins/Number/", C),
        ("built-ins/Object/", C),
        ("built-ins/Object/groupBy/", N("Object.groupBy (not yet)")),
        ("built-ins/String/", C),
        (
            "built-ins/String/prototype/match/",
            N("String methods that take a RegExp (not yet)"),
        ),
        (
            "built-ins/String/prototype/matchAll/",
            N("String methods that take a RegExp (not yet)"),
        ),
        (
            "built-ins/String/prototype/search/",
            N("String methods that take a RegExp (not yet)"),
        ),
        (
            "built-ins/String/prototype/normalize/",
            N("String.prototype.normalize (not yet)"),
        ),
        ("built-ins/String/prototype/isWellFormed/", N(NOT_IN_SPEC)),
        ("built-ins/String/prototype/toWellFormed/", N(NOT_IN_SPEC)),
        ("built-ins/StringIteratorPrototype/", C),
        ("built-ins/Symbol/", C),
        (
            "built-ins/Symbol/asyncIterator/",
            N("async iteration (not yet)"),
        ),
        (
            "built-ins/Symbol/isConcatSpreadable/",
            N("Symbol.isConcatSpreadable (not yet)"),
        ),
        ("built-ins/Symbol/match/", N("RegExp (not yet)")),
        ("built-ins/Symbol/matchAll/", N("RegExp (not yet)")),
        ("built-ins/Symbol/replace/", N("RegExp (not yet)")),
        ("built-ins/Symbol/search/", N("RegExp (not yet)")),
        ("built-ins/Symbol/species/", N("Symbol.species (not yet)")),
        ("built-ins/Symbol/split/", N("RegExp (not yet)")),
        ("built-ins/Symbol/unscopables/", N("with (not yet)")),
        ("built-ins/ThrowTypeError/", C),
        ("built-ins/WeakMap/", C),
        ("built-ins/Promise/", C),
        ("built-ins/Promise/allKeyed/", N(NOT_IN_SPEC)),
        ("built-ins/Promise/allSettledKeyed/", N(NOT_IN_SPEC)),
        ("built-ins/Promise/try/", N(NOT_IN_SPEC)),
        ("built-ins/Promise/withResolvers/", N(NOT_IN_SPEC)),
        ("built-ins/AggregateError/", C),
        ("built-ins/Proxy/", N("Proxy (not yet)")),
        ("built-ins/Reflect/", N("Reflect (not yet)")),
        ("built-ins/RegExp/", N("RegExp (not yet)")),
        (
            "built-ins/RegExpStringIteratorPrototype/",
            N("RegExp (not yet)"),
        ),
        ("built-ins/BigInt/", N("BigInt (not yet)")),
        ("built-ins/Date/", N("Date beyond Date.now() (not yet)")),
        ("built-ins/TypedArray/", N("typed arrays (not yet)")),
        (
            "built-ins/TypedArrayConstructors/",
            N("typed arrays (not yet)"),
        ),
        ("built-ins/ArrayBuffer/", N("typed arrays (not yet)")),
        ("built-ins/SharedArrayBuffer/", N("typed arrays (not yet)")),
        ("built-ins/DataView/", N("typed arrays (not yet)")),
        ("built-ins/Atomics/", N("typed arrays (not yet)")),
        ("built-ins/Uint8Array/", N("typed arrays (not yet)")),
        ("built-ins/GeneratorFunction/", N("generators (not yet)")),
        ("built-ins/GeneratorPrototype/", N("generators (not yet)")),
        ("built-ins/AsyncFunction/", C),
        // These two exist to call the AsyncFunction constructor, which builds a function
        // from source text like the Function constructor (dynamic functions: not yet).
        (
            "built-ins/AsyncFunction/AsyncFunction-construct.js",
            N("the AsyncFunction constructor (not yet)"),
        ),
        (
            "built-ins/AsyncFunction/instance-construct-throws.js",
            N("the AsyncFunction constructor (not yet)"),
        ),
        (
            "built-ins/AsyncGeneratorFunction/",
            N("async generators (not yet)"),
        ),
        (
            "built-ins/AsyncGeneratorPrototype/",
            N("async generators (not yet)"),
        ),
        (
            "built-ins/AsyncIteratorPrototype/",
            N("async iteration (not yet)"),
        ),
        (
            "built-ins/AsyncFromSyncIteratorPrototype/",
            N("async iteration (not yet)"),
        ),
        ("built-ins/eval/", N("eval (not yet)")),
        (
            "built-ins/Function/",
            N("the Function constructor (not yet)"),
        ),
        ("intl402/", N("Intl (never)")),
        ("annexB/", N("Annex B (not claimed)")),
        ("staging/", N("staging proposals (not claimed)")),
    ]
};

/// The claim on a test path relative to `test/` (`/`-separated).
pub fn directory_claim(path: &str) -> Claim {
    DIRECTORIES
        .iter()
        .filter(|(prefix, _)| path.starts_with(prefix))
        .max_by_key(|(prefix, _)| prefix.len())
        .map_or(Claim::NotClaimed(NOT_IN_SPEC), |(_, claim)| *claim)
}

/// Feature tags in the claimed subset (each covered by a *supported* row of the table).
const CLAIMED_FEATURES: &[&str] = &[
    "__proto__",
    "AggregateError",
    "Array.prototype.at",
    "Array.prototype.flat",
    "Array.prototype.flatMap",
    "Array.prototype.includes",
    "Array.prototype.values",
    "array-find-from-last",
    "arrow-function",
    "async-functions",
    "class",
    "class-fields-public",
    "class-static-fields-public",
    "coalesce-expression",
    "computed-property-names",
    "const",
    "default-parameters",
    "destructuring-assignment",
    "destructuring-binding",
    "error-cause",
    "exponentiation",
    "for-in-order",
    "for-of",
    "globalThis",
    "json-superset",
    "let",
    "logical-assignment-operators",
    "Map",
    "new.target",
    "numeric-separator-literal",
    "Object.fromEntries",
    "Object.hasOwn",
    "Object.is",
    "object-rest",
    "object-spread",
    "optional-catch-binding",
    "optional-chaining",
    "Promise",
    "Promise.allSettled",
    "Promise.any",
    "Promise.prototype.finally",
    "rest-parameters",
    "Set",
    "stable-array-sort",
    "String.fromCodePoint",
    "String.prototype.at",
    "String.prototype.endsWith",
    "String.prototype.includes",
    "String.prototype.replaceAll",
    "String.prototype.trimEnd",
    "String.prototype.trimStart",
    "string-trimming",
    "super",
    "Symbol",
    "Symbol.hasInstance",
    "Symbol.iterator",
    "Symbol.prototype.description",
    "Symbol.toPrimitive",
    "Symbol.toStringTag",
    "template",
    "u180e",
    "WeakMap",
    "well-formed-json-stringify",
];

/// Feature tags whose row says *not yet* or *never*, with that row.
const UNCLAIMED_FEATURES: &[(&str, &str)] = &[
    ("async-iteration", "async iteration (not yet)"),
    ("generators", "generators (not yet)"),
    ("BigInt", "BigInt (not yet)"),
    ("Proxy", "Proxy (not yet)"),
    ("Reflect", "Reflect (not yet)"),
    ("Reflect.construct", "Reflect (not yet)"),
    ("Reflect.set", "Reflect (not yet)"),
    ("Reflect.setPrototypeOf", "Reflect (not yet)"),
    ("class-fields-private", "private class members (not yet)"),
    ("class-fields-private-in", "private class members (not yet)"),
    ("class-methods-private", "private class members (not yet)"),
    (
        "class-static-fields-private",
        "private class members (not yet)",
    ),
    (
        "class-static-methods-private",
        "private class members (not yet)",
    ),
    ("class-static-block", "class static blocks (not yet)"),
    ("change-array-by-copy", "change-array-by-copy (not yet)"),
    ("array-grouping", "Object.groupBy/Map.groupBy (not yet)"),
    ("Symbol.species", "Symbol.species (not yet)"),
    (
        "Symbol.isConcatSpreadable",
        "Symbol.isConcatSpreadable (not yet)",
    ),
    ("Symbol.unscopables", "with (not yet)"),
    ("Symbol.asyncIterator", "async iteration (not yet)"),
    ("Symbol.match", "RegExp (not yet)"),
    ("Symbol.matchAll", "RegExp (not yet)"),
    ("Symbol.replace", "RegExp (not yet)"),
    ("Symbol.search", "RegExp (not yet)"),
    ("Symbol.split", "RegExp (not yet)"),
    ("String.prototype.matchAll", "RegExp (not yet)"),
    ("TypedArray", "typed arrays (not yet)"),
    ("ArrayBuffer", "typed arrays (not yet)"),
    ("SharedArrayBuffer", "typed arrays (not yet)"),
    ("DataView", "typed arrays (not yet)"),
    ("Atomics", "typed arrays (not yet)"),
    ("Atomics.waitAsync", "typed arrays (not yet)"),
    ("Atomics.pause", "typed arrays (not yet)"),
    ("Float16Array", "typed arrays (not yet)"),
    ("Float32Array", "typed arrays (not yet)"),
    ("Float64Array", "typed arrays (not yet)"),
    ("Int8Array", "typed arrays (not yet)"),
    ("Int16Array", "typed arrays (not yet)"),
    ("Int32Array", "typed arrays (not yet)"),
    ("Uint8Array", "typed arrays (not yet)"),
    ("Uint8ClampedArray", "typed arrays (not yet)"),
    ("Uint16Array", "typed arrays (not yet)"),
    ("Uint32Array", "typed arrays (not yet)"),
    ("TypedArray.prototype.at", "typed arrays (not yet)"),
    ("resizable-arraybuffer", "typed arrays (not yet)"),
    ("arraybuffer-transfer", "typed arrays (not yet)"),
    ("dynamic-import", "modules (never)"),
    ("import.meta", "modules (never)"),
    ("top-level-await", "modules (never)"),
    ("json-modules", "modules (never)"),
    ("import-attributes", "modules (never)"),
    ("export-star-as-namespace-from-module", "modules (never)"),
    ("arbitrary-module-namespace-names", "modules (never)"),
    (
        "cross-realm",
        "one realm per script ([language.host.script])",
    ),
];

/// The claim on a feature tag. Tags that no row of the table covers are not claimed.
pub fn feature_claim(feature: &str) -> Claim {
    if CLAIMED_FEATURES.contains(&feature) {
        return Claim::Claimed;
    }
    if feature.starts_with("regexp-") || feature == "legacy-regexp" || feature == "RegExp.escape" {
        return Claim::NotClaimed("RegExp (not yet)");
    }
    if feature.starts_with("Intl") || feature.starts_with("intl") {
        return Claim::NotClaimed("Intl (never)");
    }
    if feature.starts_with("DataView.") {
        return Claim::NotClaimed("typed arrays (not yet)");
    }
    UNCLAIMED_FEATURES
        .iter()
        .find(|(name, _)| *name == feature)
        .map_or(Claim::NotClaimed(NOT_IN_SPEC), |(_, reason)| {
            Claim::NotClaimed(reason)
        })
}

/// The claim on a frontmatter flag.
pub fn flag_claim(flag: &str) -> Claim {
    match flag {
        "module" => Claim::NotClaimed("modules (never)"),
        "CanBlockIsFalse" | "CanBlockIsTrue" => {
            Claim::NotClaimed("blocking Atomics.wait on typed arrays (not yet)")
        }
        _ => Claim::Claimed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_prefix_decides() {
        assert_eq!(
            directory_claim("built-ins/Array/prototype/map/x.js"),
            Claim::Claimed
        );
        assert!(matches!(
            directory_claim("built-ins/Array/prototype/toSorted/x.js"),
            Claim::NotClaimed(r) if r.contains("not yet")
        ));
        assert_eq!(
            directory_claim("built-ins/Function/prototype/call/x.js"),
            Claim::Claimed
        );
        assert!(matches!(
            directory_claim("built-ins/Function/x.js"),
            Claim::NotClaimed(_)
        ));
        assert!(matches!(
            directory_claim("built-ins/Function/prototype/toString/a.js"),
            Claim::NotClaimed(_)
        ));
        assert!(matches!(
            directory_claim("built-ins/AsyncFunction/AsyncFunction-construct.js"),
            Claim::NotClaimed(_)
        ));
        assert_eq!(
            directory_claim("built-ins/AsyncFunction/AsyncFunction-length.js"),
            Claim::Claimed
        );
        assert_eq!(
            directory_claim("built-ins/Date/now/name.js"),
            Claim::Claimed
        );
        assert!(matches!(
            directory_claim("built-ins/Date/parse/x.js"),
            Claim::NotClaimed(_)
        ));
        assert!(matches!(
            directory_claim("intl402/x.js"),
            Claim::NotClaimed("Intl (never)")
        ));
        assert!(matches!(
            directory_claim("built-ins/Temporal/x.js"),
            Claim::NotClaimed(NOT_IN_SPEC)
        ));
        assert_eq!(
            directory_claim("built-ins/Promise/all/x.js"),
            Claim::Claimed
        );
        assert_eq!(
            directory_claim("built-ins/Promise/try/x.js"),
            Claim::NotClaimed(NOT_IN_SPEC)
        );
        assert_eq!(
            directory_claim("language/statements/async-function/x.js"),
            Claim::Claimed
        );
        assert!(matches!(
            directory_claim("language/statements/async-generator/x.js"),
            Claim::NotClaimed("async generators (not yet)")
        ));
        assert!(matches!(
            directory_claim("somewhere/else.js"),
            Claim::NotClaimed(_)
        ));
    }

    #[test]
    fn features_and_flags() {
        assert_eq!(feature_claim("let"), Claim::Claimed);
        assert_eq!(
            feature_claim("generators"),
            Claim::NotClaimed("generators (not yet)")
        );
        assert_eq!(
            feature_claim("regexp-dotall"),
            Claim::NotClaimed("RegExp (not yet)")
        );
        assert_eq!(
            feature_claim("Intl.Locale"),
            Claim::NotClaimed("Intl (never)")
        );
        assert_eq!(
            feature_claim("made-up-feature"),
            Claim::NotClaimed(NOT_IN_SPEC)
        );
        assert_eq!(flag_claim("onlyStrict"), Claim::Claimed);
        assert!(matches!(flag_claim("module"), Claim::NotClaimed(_)));
        assert_eq!(flag_claim("async"), Claim::Claimed);
        assert_eq!(feature_claim("Promise.any"), Claim::Claimed);
        assert_eq!(feature_claim("async-functions"), Claim::Claimed);
        assert_eq!(
            feature_claim("promise-with-resolvers"),
            Claim::NotClaimed(NOT_IN_SPEC)
        );
    }

    #[test]
    fn lists_have_no_duplicates_or_overlaps() {
        let mut seen = std::collections::BTreeSet::new();
        for f in CLAIMED_FEATURES {
            assert!(seen.insert(*f), "{f} twice");
        }
        for (f, _) in UNCLAIMED_FEATURES {
            assert!(seen.insert(*f), "{f} claimed and unclaimed");
        }
        let mut dirs = std::collections::BTreeSet::new();
        for (d, _) in DIRECTORIES {
            // A directory, or one test file singled out of a claimed directory.
            assert!(
                (d.ends_with('/') || d.ends_with(".js")) && dirs.insert(*d),
                "{d}"
            );
        }
    }
}

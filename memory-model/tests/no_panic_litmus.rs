//! The litmus parser never panics: mutated litmus files (tokens and lines deleted,
//! duplicated and swapped, random bytes inserted, truncation) are parsed, and the ones
//! that still parse are run through the explicit checker with small limits.
//!
//! The seeds are the files of `conformance/litmus/` (whatever exists when the test runs)
//! plus a few written here, so the test means something with no suite at all.

use std::path::Path;

use proptest::prelude::*;
use proptest::sample::Index;
use weft_memory_model::explicit::{self, Limits};
use weft_memory_model::litmus;
use weft_memory_model::program::ModelName;

const BUILT_IN: &[&str] = &[
    "// Litmus: SB+plain
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Sometimes
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  return o.y;
});
const T1 = new Thread(() => {
  o.y = 1;
  return o.x;
});
T0.join();
T1.join();
",
    "// Litmus: MP+mixed
// Condition: ~exists (T1[0] === 1 && T1[1] === 0)
// Cite: none
// Note: a bit of everything the parser supports
let x = 0;
const a = [0, 0];
const o = { data: 0, flag: 0, p: null };
const l = new Lock();
const c = new Condition();
const T0 = new Thread(() => {
  o.data = 1;
  a[1] = a[0] + 1;
  const q = { v: 1 };
  o.p = q;
  l.hold(() => {
    x = 1;
    c.notifyAll();
  });
  Atomics.store(o, \"flag\", 1);
  delete o.data;
});
const T1 = new Thread(() => {
  const f = Atomics.load(o, \"flag\");
  let d = -1;
  if (f === 1 && \"data\" in o) {
    d = o.data;
  } else {
    d = Atomics.compareExchange(o, \"flag\", 0, 2);
  }
  l.hold(() => {
    while (x === 0) {
      c.wait(l);
    }
  });
  const U = new Thread(() => {
    const p = o.p;
    return p === null ? 0 : p.v;
  });
  const u = U.join();
  o.x += u;
  return [f, d];
});
T0.join();
T1.join();
print(T1);
",
];

fn seeds() -> Vec<String> {
    let mut out: Vec<String> = BUILT_IN.iter().map(|s| s.to_string()).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/litmus");
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "js"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push(text);
            }
        }
    }
    out
}

/// Splits text into tokens: identifier/number runs, whitespace runs, and single other
/// characters.
fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let class = |c: char| {
        if c.is_alphanumeric() || c == '_' || c == '$' {
            0
        } else if c.is_whitespace() {
            1
        } else {
            2
        }
    };
    for c in text.chars() {
        match out.last_mut() {
            Some(last) if class(c) != 2 && last.chars().next().map(class) == Some(class(c)) => {
                last.push(c)
            }
            _ => out.push(c.to_string()),
        }
    }
    out
}

#[derive(Clone, Debug)]
enum Mutation {
    DeleteToken(Index),
    DuplicateToken(Index),
    SwapTokens(Index, Index),
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    InsertBytes(Index, Vec<u8>),
    Truncate(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::DeleteToken),
        2 => any::<Index>().prop_map(Mutation::DuplicateToken),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapTokens(a, b)),
        2 => any::<Index>().prop_map(Mutation::DeleteLine),
        1 => any::<Index>().prop_map(Mutation::DuplicateLine),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        1 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..4))
            .prop_map(|(a, b)| Mutation::InsertBytes(a, b)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    match m {
        Mutation::DeleteToken(i) | Mutation::DuplicateToken(i) => {
            let mut t = tokens(text);
            if t.is_empty() {
                return text.to_string();
            }
            let k = i.index(t.len());
            if matches!(m, Mutation::DeleteToken(_)) {
                t.remove(k);
            } else {
                let dup = t[k].clone();
                t.insert(k, dup);
            }
            t.concat()
        }
        Mutation::SwapTokens(a, b) => {
            let mut t = tokens(text);
            if t.is_empty() {
                return text.to_string();
            }
            let (a, b) = (a.index(t.len()), b.index(t.len()));
            t.swap(a, b);
            t.concat()
        }
        Mutation::DeleteLine(i) | Mutation::DuplicateLine(i) => {
            let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
            if lines.is_empty() {
                return text.to_string();
            }
            let k = i.index(lines.len());
            if matches!(m, Mutation::DeleteLine(_)) {
                lines.remove(k);
            } else {
                lines.insert(k, lines[k]);
            }
            lines.concat()
        }
        Mutation::SwapLines(a, b) => {
            let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
            if lines.is_empty() {
                return text.to_string();
            }
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
            lines.concat()
        }
        Mutation::InsertBytes(i, bytes) => {
            let mut b = text.as_bytes().to_vec();
            let k = i.index(b.len() + 1);
            for (n, byte) in bytes.iter().enumerate() {
                b.insert(k + n, *byte);
            }
            String::from_utf8_lossy(&b).into_owned()
        }
        Mutation::Truncate(i) => {
            let chars: Vec<char> = text.chars().collect();
            chars[..i.index(chars.len() + 1)].iter().collect()
        }
    }
}

/// Parses, and checks what parses with small limits: neither may panic, and the parser
/// must not have caught a panic of its own (its "internal error").
fn exercise(text: &str, model: ModelName) {
    match litmus::parse(text) {
        Err(e) => {
            assert!(
                !e.message.contains("internal error"),
                "the parser failed internally: {e}\n{text}"
            );
            assert!(e.line >= 1 && e.column >= 1, "bad position {e}");
        }
        Ok(test) => {
            let limits = Limits {
                max_executions: 300,
                max_traces: 200,
            };
            let _ = explicit::answer(&test, model, limits);
        }
    }
}

#[test]
fn seeds_parse() {
    for s in BUILT_IN {
        if let Err(e) = litmus::parse(s) {
            panic!("built-in seed rejected: {e}\n{s}");
        }
    }
}

#[test]
fn pathological_inputs() {
    let deep_unary = format!(
        "// Litmus: X\n// Condition: exists (T0 === 0)\nconst T0 = new Thread(() => {{ return {}1; }});\n",
        "!".repeat(50_000)
    );
    let long_sum = format!(
        "// Litmus: X\n// Condition: exists (T0 === 0)\nconst T0 = new Thread(() => {{ return 1{}; }});\n",
        " + 1".repeat(30_000)
    );
    let long_chain = format!(
        "// Litmus: X\n// Condition: exists (T0 === 0)\nconst o = {{}};\nconst T0 = new Thread(() => {{ return o{}; }});\n",
        ".p".repeat(5_900)
    );
    let deep_condition = format!(
        "// Litmus: X\n// Condition: exists {}T0 === 0{}\nconst T0 = new Thread(() => {{}});\n",
        "(".repeat(5_000),
        ")".repeat(5_000)
    );
    let huge = "// Litmus: X\n".to_string() + &"x".repeat(1 << 20);
    for text in [deep_unary, long_sum, long_chain, deep_condition, huge] {
        exercise(&text, ModelName::Weft);
    }
    for text in [
        "\u{feff}",
        "\r\r\n",
        "//",
        "// Litmus:",
        "// Condition: exists",
        "\u{2028}// Litmus: X",
    ] {
        exercise(text, ModelName::Weft);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn mutated_litmus_files_never_panic(
        seed in any::<Index>(),
        muts in prop::collection::vec(mutation(), 1..5),
        model in prop::sample::select(ModelName::ALL.to_vec()),
    ) {
        let seeds = seeds();
        let mut text = seeds[seed.index(seeds.len())].clone();
        for m in &muts {
            text = apply(&text, m);
        }
        exercise(&text, model);
    }
}

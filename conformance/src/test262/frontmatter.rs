//! test262's YAML frontmatter (`/*--- … ---*/`), for the keys the runner needs:
//! `includes`, `flags`, `features` and `negative` (`phase`, `type`). Everything else
//! (`description`, `info`, `esid`, block scalars …) is skipped. Lists may be written
//! inline (`[a, b]`, possibly over several lines) or as `- item` lines.
//!
//! This is not a YAML parser: it reads the subset test262's `INTERPRETING.md` and its
//! linter allow, and reports anything it cannot read as an error instead of guessing.

/// The phase a negative test expects its error in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Parsing (early errors included): nothing of the test may run.
    Parse,
    /// Module resolution (module tests only).
    Resolution,
    /// Evaluation.
    Runtime,
}

/// The `negative` key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negative {
    /// When the error must happen.
    pub phase: Phase,
    /// The error constructor's name (`SyntaxError`, `TypeError`, `Test262Error` …).
    pub error_type: String,
}

/// A test's metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frontmatter {
    /// Harness files to prepend, in order (after `assert.js` and `sta.js`).
    pub includes: Vec<String>,
    /// `onlyStrict`, `noStrict`, `raw`, `async`, `module`, `CanBlockIsFalse` …
    pub flags: Vec<String>,
    /// Language features the test depends on.
    pub features: Vec<String>,
    /// Set for negative tests.
    pub negative: Option<Negative>,
}

impl Frontmatter {
    /// Whether `flags` contains `flag`.
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// Parses the frontmatter of a test file's text. A file without one has empty
/// metadata (test262's linter requires one, but harness-less files exist in forks).
pub fn parse(source: &str) -> Result<Frontmatter, String> {
    let Some(start) = source.find("/*---") else {
        return Ok(Frontmatter::default());
    };
    let body = &source[start + 5..];
    let Some(end) = body.find("---*/") else {
        return Err("frontmatter `/*---` is never closed by `---*/`".into());
    };
    parse_body(&body[..end])
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn parse_body(body: &str) -> Result<Frontmatter, String> {
    let lines: Vec<&str> = body.lines().collect();
    let mut meta = Frontmatter::default();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') || indentation(line) > 0 {
            // Blank lines, comments and continuation lines of keys we skip.
            continue;
        }
        let Some((key, rest)) = line.split_once(':') else {
            return Err(format!(
                "frontmatter line {i}: expected `key: value`: {line:?}"
            ));
        };
        let key = key.trim();
        let rest = rest.trim();
        // The indented lines that belong to this key.
        let block_start = i;
        while i < lines.len() && (lines[i].trim().is_empty() || indentation(lines[i]) > 0) {
            i += 1;
        }
        let block = &lines[block_start..i];
        match key {
            "includes" | "flags" | "features" => {
                let list = parse_list(key, rest, block, &lines, &mut i)?;
                match key {
                    "includes" => meta.includes = list,
                    "flags" => meta.flags = list,
                    _ => meta.features = list,
                }
            }
            "negative" => meta.negative = Some(parse_negative(rest, block)?),
            _ => {}
        }
    }
    Ok(meta)
}

/// A list value: inline `[a, b]` (closing bracket possibly on a later line, even an
/// unindented one), or `- item` lines in the block.
fn parse_list(
    key: &str,
    rest: &str,
    block: &[&str],
    lines: &[&str],
    next: &mut usize,
) -> Result<Vec<String>, String> {
    let rest = strip_comment(rest);
    if let Some(inline) = rest.strip_prefix('[') {
        let mut text = inline.to_owned();
        if !text.contains(']') {
            // Continue over the block lines, then over following lines, to the `]`.
            for l in block {
                text.push(' ');
                text.push_str(strip_comment(l.trim()));
                if l.contains(']') {
                    break;
                }
            }
            if !text.contains(']') {
                while *next < lines.len() {
                    let l = lines[*next];
                    *next += 1;
                    text.push(' ');
                    text.push_str(strip_comment(l.trim()));
                    if l.contains(']') {
                        break;
                    }
                }
            }
        }
        let Some((items, after)) = text.split_once(']') else {
            return Err(format!("`{key}`: unclosed `[`"));
        };
        if !after.trim().is_empty() {
            return Err(format!("`{key}`: text after `]`: {:?}", after.trim()));
        }
        return Ok(items
            .split(',')
            .map(unquote)
            .filter(|s| !s.is_empty())
            .collect());
    }
    if !rest.is_empty() {
        return Err(format!("`{key}`: expected a list, found {rest:?}"));
    }
    let mut items = Vec::new();
    for l in block {
        let t = strip_comment(l.trim());
        if t.is_empty() {
            continue;
        }
        let Some(item) = t.strip_prefix('-') else {
            return Err(format!("`{key}`: expected `- item`, found {t:?}"));
        };
        let item = unquote(item);
        if !item.is_empty() {
            items.push(item);
        }
    }
    Ok(items)
}

fn parse_negative(rest: &str, block: &[&str]) -> Result<Negative, String> {
    let mut phase = None;
    let mut error_type = None;
    let mut pairs: Vec<(String, String)> = Vec::new();
    let rest = strip_comment(rest);
    if let Some(inline) = rest.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
        for pair in inline.split(',') {
            if let Some((k, v)) = pair.split_once(':') {
                pairs.push((k.trim().to_owned(), unquote(v)));
            }
        }
    } else if !rest.is_empty() {
        return Err(format!("`negative`: expected a mapping, found {rest:?}"));
    }
    for l in block {
        let t = strip_comment(l.trim());
        if t.is_empty() {
            continue;
        }
        let Some((k, v)) = t.split_once(':') else {
            return Err(format!("`negative`: expected `key: value`, found {t:?}"));
        };
        pairs.push((k.trim().to_owned(), unquote(v)));
    }
    for (k, v) in pairs {
        match k.as_str() {
            "phase" => {
                phase = Some(match v.as_str() {
                    "parse" | "early" => Phase::Parse,
                    "resolution" => Phase::Resolution,
                    "runtime" => Phase::Runtime,
                    other => return Err(format!("`negative`: unknown phase {other:?}")),
                });
            }
            "type" => error_type = Some(v),
            _ => {}
        }
    }
    match (phase, error_type) {
        (Some(phase), Some(error_type)) if !error_type.is_empty() => {
            Ok(Negative { phase, error_type })
        }
        _ => Err("`negative` needs both `phase` and `type`".into()),
    }
}

fn strip_comment(text: &str) -> &str {
    match text.find(" #") {
        Some(i) => text[..i].trim_end(),
        None if text.starts_with('#') => "",
        None => text,
    }
}

fn unquote(item: &str) -> String {
    let t = item.trim();
    let t = t
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| t.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
        .unwrap_or(t);
    t.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_block_lists() {
        let m = parse(
            "// c\n/*---\nesid: x\ndescription: >\n  a: b\n  - c\nincludes: [propertyHelper.js, compareArray.js]\nflags: [onlyStrict]\nfeatures:\n  - Symbol\n  - 'let' # comment\n---*/\nvar x;",
        )
        .unwrap();
        assert_eq!(m.includes, ["propertyHelper.js", "compareArray.js"]);
        assert_eq!(m.flags, ["onlyStrict"]);
        assert_eq!(m.features, ["Symbol", "let"]);
        assert!(m.has_flag("onlyStrict") && !m.has_flag("raw"));
        assert_eq!(m.negative, None);
    }

    #[test]
    fn multi_line_inline_list() {
        let m = parse("/*---\nincludes: [a.js,\n  b.js,\n  c.js]\nflags: [raw]\n---*/").unwrap();
        assert_eq!(m.includes, ["a.js", "b.js", "c.js"]);
        assert_eq!(m.flags, ["raw"]);
    }

    #[test]
    fn negative_tests() {
        let m = parse(
            "/*---\nnegative:\n  phase: parse\n  type: SyntaxError\nflags: [noStrict]\n---*/",
        )
        .unwrap();
        assert_eq!(
            m.negative,
            Some(Negative {
                phase: Phase::Parse,
                error_type: "SyntaxError".into()
            })
        );
        assert_eq!(m.flags, ["noStrict"]);
        let m = parse("/*---\nnegative:\n  type: TypeError\n  phase: runtime\n---*/").unwrap();
        assert_eq!(m.negative.map(|n| n.phase), Some(Phase::Runtime));
        assert!(parse("/*---\nnegative:\n  phase: parse\n---*/").is_err());
        assert!(parse("/*---\nnegative:\n  phase: sometime\n  type: X\n---*/").is_err());
    }

    #[test]
    fn missing_or_broken_frontmatter() {
        assert_eq!(parse("var x = 1;").unwrap(), Frontmatter::default());
        assert!(parse("/*---\nflags: [raw]\n").is_err());
        assert!(parse("/*---\nflags: [raw\n---*/").is_err());
        assert!(parse("/*---\nflags: raw\n---*/").is_err());
        assert!(parse("/*---\njust text\n---*/").is_err());
    }
}

//! The header of a litmus file: its leading `//` comment lines, each `Key: value`
//! (`Litmus`, `Condition`, `Expect`, `Cite`, `Note`; keys are case-insensitive).

use std::collections::BTreeMap;

use super::LitmusError;
use super::source::{Pos, SourceMap};
use crate::program::{ModelName, Observation, Quantifier};

/// The keys a header line may have.
const KEYS: &str = "Litmus, Condition, Expect, Cite or Note";

/// The condition as found in the header, before its proposition is parsed.
#[derive(Clone, Debug)]
pub struct RawCondition {
    /// The quantifier.
    pub quantifier: Quantifier,
    /// The proposition's text.
    pub prop: String,
    /// Where the proposition's text starts.
    pub prop_pos: Pos,
    /// The whole condition as written (`exists (…)`).
    pub text: String,
}

/// The parsed header.
#[derive(Clone, Debug, Default)]
pub struct Header {
    /// `Litmus:` name.
    pub name: Option<String>,
    /// `Condition:`.
    pub condition: Option<RawCondition>,
    /// `Expect:` pairs.
    pub expect: BTreeMap<ModelName, Observation>,
    /// `Cite:` lines.
    pub cite: Vec<String>,
    /// `Note:` lines.
    pub notes: Vec<String>,
}

fn err(pos: Pos, message: impl Into<String>) -> LitmusError {
    LitmusError {
        line: pos.line,
        column: pos.column,
        message: message.into(),
    }
}

/// Characters of `s` (for column arithmetic in characters).
fn char_len(s: &str) -> u32 {
    s.chars().count() as u32
}

/// Parses the header of `src`.
pub fn parse(src: &SourceMap<'_>) -> Result<Header, LitmusError> {
    let mut h = Header::default();
    let mut line_no = 0u32;
    // The key of the previous header line, for continuation lines of Note/Cite.
    let mut previous: Option<String> = None;
    let last_line = src.end().line;
    while line_no < last_line {
        line_no += 1;
        let line = src.line(line_no);
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            previous = None;
            continue;
        }
        let Some(body) = trimmed.strip_prefix("//") else {
            break;
        };
        // Column (1-based) of the first character of `body`.
        let body_col = char_len(&line) - char_len(trimmed) + 3;
        let body_trim = body.trim_start();
        let key_col = body_col + char_len(body) - char_len(body_trim);
        let key: String = body_trim
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let after_key = &body_trim[key.len()..];
        let after_key_trim = after_key.trim_start();
        let is_key = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && after_key_trim.starts_with(':');
        if !is_key {
            // Free text: continues the previous Note or Cite, otherwise a comment.
            let text = body_trim.trim();
            match previous.as_deref() {
                Some("note") if !text.is_empty() => {
                    if let Some(n) = h.notes.last_mut() {
                        n.push(' ');
                        n.push_str(text);
                    }
                }
                Some("cite") if !text.is_empty() => {
                    if let Some(n) = h.cite.last_mut() {
                        n.push(' ');
                        n.push_str(text);
                    }
                }
                _ => previous = None,
            }
            continue;
        }
        let value_raw = &after_key_trim[1..];
        let value = value_raw.trim();
        let value_col = key_col + char_len(&key) + char_len(after_key) - char_len(after_key_trim)
            + 1
            + char_len(value_raw)
            - char_len(value_raw.trim_start());
        let key_pos = Pos::new(line_no, key_col);
        let value_pos = Pos::new(line_no, value_col);
        let lower = key.to_ascii_lowercase();
        match lower.as_str() {
            "litmus" => {
                if h.name.is_some() {
                    return Err(err(key_pos, "a second 'Litmus:' header line"));
                }
                if value.is_empty() {
                    return Err(err(value_pos, "'Litmus:' needs the test's name"));
                }
                if let Some(bad) = value.chars().find(|c| c.is_whitespace() || *c == '/') {
                    return Err(err(
                        value_pos,
                        format!(
                            "the test's name may not contain {bad:?} (write it as one word, e.g. SB+plain)"
                        ),
                    ));
                }
                h.name = Some(value.to_string());
            }
            "condition" => {
                if h.condition.is_some() {
                    return Err(err(key_pos, "a second 'Condition:' header line"));
                }
                h.condition = Some(parse_condition(value, value_pos)?);
            }
            "expect" => parse_expect(value, value_pos, &mut h.expect)?,
            "cite" => h.cite.push(value.to_string()),
            "note" => h.notes.push(value.to_string()),
            _ => {
                return Err(err(
                    key_pos,
                    format!("unknown header key '{key}' (expected {KEYS})"),
                ));
            }
        }
        previous = Some(lower);
    }
    Ok(h)
}

fn parse_condition(value: &str, pos: Pos) -> Result<RawCondition, LitmusError> {
    let (quantifier, rest) = if let Some(r) = value.strip_prefix("~exists") {
        (Quantifier::NotExists, r)
    } else if let Some(r) = value
        .strip_prefix('~')
        .map(str::trim_start)
        .and_then(|r| r.strip_prefix("exists"))
    {
        (Quantifier::NotExists, r)
    } else if let Some(r) = value.strip_prefix("exists") {
        (Quantifier::Exists, r)
    } else if let Some(r) = value.strip_prefix("forall") {
        (Quantifier::Forall, r)
    } else {
        return Err(err(
            pos,
            "the condition must start with 'exists', '~exists' or 'forall'",
        ));
    };
    if rest
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace() && c != '(')
    {
        return Err(err(
            pos,
            "the condition must start with 'exists', '~exists' or 'forall' followed by a proposition",
        ));
    }
    let prop = rest.trim();
    if prop.is_empty() {
        let at = Pos::new(pos.line, pos.column + char_len(value));
        return Err(err(
            at,
            "the condition has no proposition after its quantifier",
        ));
    }
    let offset = char_len(value) - char_len(rest) + char_len(rest) - char_len(rest.trim_start());
    Ok(RawCondition {
        quantifier,
        prop: prop.to_string(),
        prop_pos: Pos::new(pos.line, pos.column + offset),
        text: value.to_string(),
    })
}

fn parse_expect(
    value: &str,
    pos: Pos,
    out: &mut BTreeMap<ModelName, Observation>,
) -> Result<(), LitmusError> {
    let mut col = pos.column;
    let mut rest = value;
    loop {
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        col += char_len(rest) - char_len(trimmed);
        if trimmed.is_empty() {
            return Ok(());
        }
        let word: &str = trimmed
            .split(|c: char| c.is_whitespace() || c == ',')
            .next()
            .unwrap_or(trimmed);
        let at = Pos::new(pos.line, col);
        let Some((model, obs)) = word.split_once('=') else {
            return Err(err(
                at,
                format!("expected 'model=Observation' in 'Expect:', found '{word}'"),
            ));
        };
        let Some(m) = ModelName::parse(&model.to_ascii_lowercase()) else {
            return Err(err(
                at,
                format!("unknown model '{model}' in 'Expect:' (models: weft, ecma, sc, x86-tso)"),
            ));
        };
        let Some(o) = Observation::parse(obs) else {
            let obs_at = Pos::new(pos.line, col + char_len(model) + 1);
            return Err(err(
                obs_at,
                format!(
                    "unknown observation '{obs}' for {m} (expected Never, Sometimes or Always)"
                ),
            ));
        };
        if out.insert(m, o).is_some() {
            return Err(err(at, format!("a second expectation for {m}")));
        }
        col += char_len(word);
        rest = &trimmed[word.len()..];
    }
}

//! Positions and text of a litmus file: boa's statements carry no spans, so a token
//! index places keyword-led statements; expressions' spans are corrected where boa's are
//! short (a call's span covers only its arguments); short source excerpts label events.

use boa_ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_ast::expression::operator::assign::AssignTarget;
use boa_ast::expression::operator::update::UpdateTarget;
use boa_ast::{Expression, Keyword, Position, Punctuator, Spanned};
use boa_interner::Interner;
use boa_parser::Lexer;
use boa_parser::lexer::token::TokenKind;

/// A 1-based (line, column) position; columns count characters, as boa does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

impl Pos {
    /// A position from its parts.
    pub const fn new(line: u32, column: u32) -> Self {
        Self { line, column }
    }
}

impl From<Position> for Pos {
    fn from(p: Position) -> Self {
        Pos::new(p.line_number(), p.column_number())
    }
}

/// What a token of the index is (only what placing statements needs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    /// A keyword.
    Keyword(Keyword),
    /// A punctuator.
    Punct(Punctuator),
    /// An identifier.
    Ident,
    /// Anything else (literals, templates).
    Other,
}

/// The token index of a source file plus its lines.
pub struct SourceMap<'s> {
    /// Lines without their terminators, each as characters.
    lines: Vec<Vec<char>>,
    /// Tokens in order (line terminators and comments dropped). The lexer runs without
    /// the parser's goal symbols, so after something it cannot lex the index simply
    /// stops; positions past that point fall back to the last known one.
    tokens: Vec<(Tok, Pos, Pos)>,
    /// Ties the map to the source it indexes.
    _text: std::marker::PhantomData<&'s str>,
}

impl<'s> SourceMap<'s> {
    /// Indexes `text`.
    pub fn new(text: &'s str) -> Self {
        let mut lines = vec![Vec::new()];
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    lines.push(Vec::new());
                }
                '\n' | '\u{2028}' | '\u{2029}' => lines.push(Vec::new()),
                c => {
                    if let Some(l) = lines.last_mut() {
                        l.push(c);
                    }
                }
            }
        }
        let mut tokens = Vec::new();
        let mut interner = Interner::default();
        let mut lexer = Lexer::from(text.as_bytes());
        while let Ok(Some(t)) = lexer.next(&mut interner) {
            let kind = match t.kind() {
                TokenKind::LineTerminator | TokenKind::Comment => continue,
                TokenKind::EOF => break,
                TokenKind::Keyword((k, _)) => Tok::Keyword(*k),
                TokenKind::Punctuator(p) => Tok::Punct(*p),
                TokenKind::IdentifierName(_) => Tok::Ident,
                _ => Tok::Other,
            };
            let span = t.span();
            tokens.push((kind, span.start().into(), span.end().into()));
        }
        Self {
            lines,
            tokens,
            _text: std::marker::PhantomData,
        }
    }

    /// The first token at or after `from` satisfying `pred`: its start and end.
    pub fn find(&self, from: Pos, pred: impl Fn(Tok) -> bool) -> Option<(Pos, Pos)> {
        let first = self.tokens.partition_point(|(_, s, _)| *s < from);
        self.tokens[first..]
            .iter()
            .find(|(k, _, _)| pred(*k))
            .map(|(_, s, e)| (*s, *e))
    }

    /// The first token at or after `from`, whatever it is.
    pub fn next_token(&self, from: Pos) -> Option<(Tok, Pos, Pos)> {
        let first = self.tokens.partition_point(|(_, s, _)| *s < from);
        self.tokens.get(first).copied()
    }

    /// The position just after the last character of the file.
    pub fn end(&self) -> Pos {
        let line = self.lines.len().max(1) as u32;
        let column = self.lines.last().map_or(0, Vec::len) as u32 + 1;
        Pos::new(line, column)
    }

    /// The text from `start` (inclusive) to `end` (exclusive), whitespace runs collapsed
    /// and cut to `max` characters with an ellipsis.
    pub fn excerpt(&self, start: Pos, end: Pos, max: usize) -> String {
        let mut out = String::new();
        let mut line = start.line;
        let mut col = start.column;
        let mut last_space = false;
        let mut count = 0usize;
        while (line, col) < (end.line, end.column) {
            let Some(chars) = self.lines.get(line.saturating_sub(1) as usize) else {
                break;
            };
            let c = match chars.get(col.saturating_sub(1) as usize) {
                Some(c) => *c,
                None => {
                    line += 1;
                    col = 1;
                    if !last_space && !out.is_empty() {
                        out.push(' ');
                        last_space = true;
                    }
                    continue;
                }
            };
            col += 1;
            if c.is_whitespace() {
                if !last_space && !out.is_empty() {
                    out.push(' ');
                    last_space = true;
                }
                continue;
            }
            last_space = false;
            count += 1;
            if count > max {
                out = out.trim_end().to_string();
                out.push('…');
                return out;
            }
            out.push(c);
        }
        out.trim_end().to_string()
    }

    /// The line `n` (1-based) as a string.
    pub fn line(&self, n: u32) -> String {
        self.lines
            .get(n.saturating_sub(1) as usize)
            .map(|l| l.iter().collect())
            .unwrap_or_default()
    }
}

/// Where an expression really starts. boa's call spans start at the arguments, and its
/// spans of binary operators, assignments and property accesses are computed by
/// recursion on every call; this walks only the left spine, reading stored spans.
pub fn expr_start(e: &Expression) -> Pos {
    match e {
        Expression::Call(c) => expr_start(c.function()),
        Expression::Binary(b) => expr_start(b.lhs()),
        Expression::Assign(a) => match a.lhs() {
            AssignTarget::Identifier(i) => i.span().start().into(),
            AssignTarget::Access(pa) => access_start(pa),
            AssignTarget::Pattern(_) => e.span().start().into(),
        },
        Expression::PropertyAccess(pa) => access_start(pa),
        Expression::Conditional(c) => expr_start(c.condition()),
        Expression::Update(u) => {
            let own: Pos = u.span().start().into();
            match u.target() {
                UpdateTarget::Identifier(i) => own.min(i.span().start().into()),
                UpdateTarget::PropertyAccess(pa) => own.min(access_start(pa)),
            }
        }
        Expression::Optional(o) => expr_start(o.target()),
        Expression::TaggedTemplate(t) => expr_start(t.tag()),
        Expression::BinaryInPrivate(b) => expr_start(b.rhs()),
        _ => e.span().start().into(),
    }
}

/// Where a property access starts.
pub fn access_start(pa: &PropertyAccess) -> Pos {
    match pa {
        PropertyAccess::Simple(s) => expr_start(s.target()),
        PropertyAccess::Private(p) => expr_start(p.target()),
        PropertyAccess::Super(s) => s.span().start().into(),
    }
}

/// Where an expression ends (exclusive), walking only the right spine (see
/// [`expr_start`]). A computed member access `o[k]` ends after `k` (the `]` is not
/// included).
pub fn expr_end(e: &Expression) -> Pos {
    match e {
        Expression::Binary(b) => expr_end(b.rhs()),
        Expression::Assign(a) => expr_end(a.rhs()),
        Expression::Conditional(c) => expr_end(c.if_false()),
        Expression::PropertyAccess(PropertyAccess::Simple(s)) => match s.field() {
            PropertyAccessField::Const(id) => id.span().end().into(),
            PropertyAccessField::Expr(k) => {
                let end = expr_end(k);
                // The closing bracket, when written right after the key.
                Pos::new(end.line, end.column + 1)
            }
        },
        Expression::PropertyAccess(PropertyAccess::Private(p)) => p.span().end().into(),
        Expression::PropertyAccess(PropertyAccess::Super(p)) => p.span().end().into(),
        Expression::BinaryInPrivate(b) => expr_end(b.rhs()),
        _ => e.span().end().into(),
    }
}

/// The full span of an expression.
pub fn expr_span(e: &Expression) -> (Pos, Pos) {
    (expr_start(e), expr_end(e))
}

/// Deepest bracket nesting the parser is given. Litmus tests nest a few levels; deeper
/// input is refused before boa's recursive parser sees it.
pub const MAX_NESTING: usize = 64;

/// Largest litmus file accepted (bytes).
pub const MAX_SOURCE_LEN: usize = 256 * 1024;

/// Most tokens (roughly counted: identifier and number runs, and other non-space
/// characters) a litmus file may have. boa's parser takes quadratic time on some long
/// chains (`o.p.p.p…`); litmus tests have a few hundred tokens.
pub const MAX_TOKENS: usize = 12_000;

/// Where the rough token count of `text` first exceeds [`MAX_TOKENS`].
pub fn too_many_tokens(text: &str) -> Option<Pos> {
    let (mut count, mut line, mut col) = (0usize, 1u32, 1u32);
    let mut in_word = false;
    for c in text.chars() {
        let word = c.is_alphanumeric() || c == '_' || c == '$';
        if (word && !in_word) || (!word && !c.is_whitespace()) {
            count += 1;
            if count > MAX_TOKENS {
                return Some(Pos::new(line, col));
            }
        }
        in_word = word;
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    None
}

/// Where the bracket nesting of `text` (outside comments and string literals) first
/// exceeds [`MAX_NESTING`].
pub fn too_deep(text: &str) -> Option<Pos> {
    let chars: Vec<char> = text.chars().collect();
    let (mut depth, mut i) = (0usize, 0usize);
    let (mut line, mut col) = (1u32, 1u32);
    let advance = |c: char, line: &mut u32, col: &mut u32| {
        if c == '\n' {
            *line += 1;
            *col = 1;
        } else {
            *col += 1;
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(Pos::new(line, col));
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            '\'' | '"' | '`' => {
                advance(c, &mut line, &mut col);
                i += 1;
                while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                    if chars[i] == '\\' {
                        advance(chars[i], &mut line, &mut col);
                        i += 1;
                        if i >= chars.len() {
                            break;
                        }
                    }
                    advance(chars[i], &mut line, &mut col);
                    i += 1;
                }
                if i >= chars.len() {
                    break;
                }
            }
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    advance(chars[i], &mut line, &mut col);
                    i += 1;
                }
                continue;
            }
            '/' if next == Some('*') => {
                advance(c, &mut line, &mut col);
                i += 1;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    advance(chars[i], &mut line, &mut col);
                    i += 1;
                }
                advance(chars[i.min(chars.len() - 1)], &mut line, &mut col);
                i += 1;
            }
            _ => {}
        }
        if i < chars.len() {
            advance(chars[i], &mut line, &mut col);
        }
        i += 1;
    }
    None
}

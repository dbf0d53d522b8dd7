//! The litmus program IR: what a litmus test *is* once parsed, independent of any
//! syntax. Threads are small structured programs over registers; every access to a
//! shared location is an explicit statement so that both checkers can turn it into an
//! event. See `LITMUS.md` for the JavaScript form these come from.

use std::collections::BTreeMap;
use std::fmt;

/// An object: a setup object, a lock, a thread-allocated object (by allocation site) or
/// the scope object that holds the shared binding cells ([`ObjId::SCOPE`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjId(pub u32);

impl ObjId {
    /// The object whose properties are the shared binding cells (`let x` at top level).
    pub const SCOPE: ObjId = ObjId(0);
}

/// A property key of a location.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    /// A named property or binding cell.
    Name(String),
    /// An array element.
    Index(u32),
    /// An array's `length`.
    Length,
    /// The internal "held" state of a `Lock`.
    LockState,
}

/// A location: (object, key) — DESIGN §4.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// The object.
    pub obj: ObjId,
    /// The property key.
    pub key: Key,
}

/// A JavaScript value as litmus tests use them. Numbers are integers.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Val {
    /// `undefined`.
    Undefined,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer number.
    Num(i64),
    /// A reference to an object.
    Obj(ObjId),
    /// The value of a property that does not exist (reads as `undefined`).
    Absent,
    /// An array literal returned by a thread (only as a thread result).
    Tuple(Vec<Val>),
    /// The thread stopped by throwing (e.g. reading a property of `undefined`); the
    /// text names the error. Only as a thread result.
    Thrown(String),
}

impl Val {
    /// ToBoolean for the values of the IR.
    pub fn truthy(&self) -> bool {
        match self {
            Val::Undefined | Val::Null | Val::Absent => false,
            Val::Bool(b) => *b,
            Val::Num(n) => *n != 0,
            Val::Obj(_) | Val::Tuple(_) | Val::Thrown(_) => true,
        }
    }

    /// The value a JavaScript read produces from this stored value (absent → undefined).
    pub fn as_read(&self) -> Val {
        match self {
            Val::Absent => Val::Undefined,
            v => v.clone(),
        }
    }
}

/// The memory order of an access.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Order {
    /// A plain access (ECMAScript's Unordered).
    Plain,
    /// An `Atomics` access, a lock operation.
    SeqCst,
    /// An initializing write (setup, object creation).
    Init,
}

/// A thread-local register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reg(pub u32);

/// A thread, by index into [`LitmusTest::threads`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ThreadId(pub u32);

/// Binary operators of expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `%`
    Rem,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `===`
    StrictEq,
    /// `!==`
    StrictNe,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `&&` (evaluates both sides: expressions have no effects)
    And,
    /// `||`
    Or,
}

/// A side-effect-free expression over registers and constants.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A constant.
    Const(Val),
    /// A register's value.
    Reg(Reg),
    /// `!e`
    Not(Box<Expr>),
    /// `-e`
    Neg(Box<Expr>),
    /// A binary operation.
    Bin(BinOp, Box<Expr>, Box<Expr>),
    /// `c ? a : b`
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `[e1, e2, …]` (thread results only).
    Tuple(Vec<Expr>),
}

/// The key part of a location expression.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyExpr {
    /// A fixed key.
    Fixed(Key),
    /// An array index computed from registers (`a[r]`).
    Index(Expr),
}

/// A location expression: the object (a constant or a register holding a reference)
/// and the key.
#[derive(Clone, Debug, PartialEq)]
pub struct LocExpr {
    /// Evaluates to `Val::Obj`.
    pub obj: Expr,
    /// The key.
    pub key: KeyExpr,
}

/// The read-modify-write operations of `Atomics` (all SeqCst).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RmwOp {
    /// `Atomics.add`
    Add,
    /// `Atomics.sub`
    Sub,
    /// `Atomics.and`
    And,
    /// `Atomics.or`
    Or,
    /// `Atomics.xor`
    Xor,
    /// `Atomics.exchange`
    Exchange,
}

/// Where a statement came from, for diagnostics and graph labels.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// The source text of the construct (short).
    pub text: String,
}

/// A statement of a thread body.
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `r = e` (no event).
    Assign {
        /// Destination.
        reg: Reg,
        /// Value.
        value: Expr,
    },
    /// A read: `r = <loc>` (`Plain`) or `r = Atomics.load(...)` (`SeqCst`).
    Read {
        /// Destination.
        reg: Reg,
        /// Location.
        loc: LocExpr,
        /// Plain or SeqCst.
        order: Order,
        /// Source position.
        origin: Origin,
    },
    /// `"k" in o`: a plain read whose register gets whether the value is present.
    Has {
        /// Destination (a boolean).
        reg: Reg,
        /// Location.
        loc: LocExpr,
        /// Source position.
        origin: Origin,
    },
    /// A write: `<loc> = e` (`Plain`), `Atomics.store` (`SeqCst`), `delete` (value
    /// [`Val::Absent`]).
    Write {
        /// Location.
        loc: LocExpr,
        /// Value written.
        value: Expr,
        /// Plain or SeqCst.
        order: Order,
        /// Source position.
        origin: Origin,
    },
    /// `r = Atomics.<op>(o, k, e)`: returns the old value.
    Rmw {
        /// Destination (the old value).
        reg: Reg,
        /// Location.
        loc: LocExpr,
        /// Operation.
        op: RmwOp,
        /// Operand.
        operand: Expr,
        /// Source position.
        origin: Origin,
    },
    /// `r = Atomics.compareExchange(o, k, expected, replacement)`: an RMW when the old
    /// value is SameValueZero to `expected`, otherwise a SeqCst read.
    Cas {
        /// Destination (the old value).
        reg: Reg,
        /// Location.
        loc: LocExpr,
        /// Expected value.
        expected: Expr,
        /// Replacement value.
        replacement: Expr,
        /// Source position.
        origin: Origin,
    },
    /// `const r = { k: e, … }` inside a thread: a new object (one per allocation site)
    /// whose properties get Init writes.
    Alloc {
        /// Destination (the reference).
        reg: Reg,
        /// The allocation site's object.
        obj: ObjId,
        /// Initial property values.
        init: Vec<(Key, Expr)>,
        /// Source position.
        origin: Origin,
    },
    /// `if (cond) { then } else { otherwise }`.
    If {
        /// Condition.
        cond: Expr,
        /// Then-branch.
        then: Vec<Stmt>,
        /// Else-branch.
        otherwise: Vec<Stmt>,
    },
    /// `l.hold(() => body)`: acquire, body, release.
    Hold {
        /// The lock object.
        lock: ObjId,
        /// The critical section.
        body: Vec<Stmt>,
        /// Source position.
        origin: Origin,
    },
    /// `c.wait(l)` (spurious wake-up allowed): release then acquire.
    Wait {
        /// The lock object.
        lock: ObjId,
        /// Source position.
        origin: Origin,
    },
    /// The await form of a spin or wait loop: continue only where `cond` is true
    /// (the reads it depends on precede it as `Read` statements).
    Assume {
        /// The condition the execution must satisfy.
        cond: Expr,
    },
    /// `new Thread(...)` inside a thread: the child starts after everything before this.
    Spawn {
        /// The child.
        child: ThreadId,
        /// Source position.
        origin: Origin,
    },
    /// `r = U.join()`: everything the child did happens before what follows.
    Join {
        /// Destination for the child's result (if used).
        reg: Option<Reg>,
        /// The child.
        child: ThreadId,
        /// Source position.
        origin: Origin,
    },
    /// `return e`: the thread's result; ends the thread.
    Return(Expr),
}

/// A thread of the test.
#[derive(Clone, Debug, PartialEq)]
pub struct Thread {
    /// Its binding name (`T0`).
    pub name: String,
    /// The thread that spawns it; `None` for threads the main program spawns.
    pub parent: Option<ThreadId>,
    /// The body.
    pub body: Vec<Stmt>,
    /// Register names, by register index (for printing).
    pub reg_names: Vec<String>,
}

/// What the condition quantifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantifier {
    /// `exists P`: some allowed execution satisfies P.
    Exists,
    /// `~exists P`: no allowed execution satisfies P.
    NotExists,
    /// `forall P`: every allowed execution satisfies P.
    Forall,
}

/// A name in the condition: a thread result (optionally indexed) or a final value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StateRef {
    /// `T1` or `T1[i]`.
    Result(ThreadId, Option<u32>),
    /// The final value of a location.
    Final(Loc),
}

/// A proposition over a final state.
#[derive(Clone, Debug, PartialEq)]
pub enum Prop {
    /// A constant truth value.
    Const(bool),
    /// `a === b` over state references and constants.
    Eq(PropTerm, PropTerm),
    /// `!p`
    Not(Box<Prop>),
    /// `p && q`
    And(Box<Prop>, Box<Prop>),
    /// `p || q`
    Or(Box<Prop>, Box<Prop>),
}

/// A term of a proposition.
#[derive(Clone, Debug, PartialEq)]
pub enum PropTerm {
    /// A constant.
    Const(Val),
    /// A name of the state.
    Ref(StateRef),
}

/// The test's condition.
#[derive(Clone, Debug, PartialEq)]
pub struct Condition {
    /// The quantifier.
    pub quantifier: Quantifier,
    /// The proposition.
    pub prop: Prop,
    /// The condition as written (for printing).
    pub text: String,
}

/// The models a litmus test can be answered under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ModelName {
    /// Weft's contract: the repaired ECMAScript model plus `acyclic(po ∪ rf)`.
    Weft,
    /// The repaired ECMAScript model (load buffering and thin air allowed).
    Ecma,
    /// Sequential consistency.
    Sc,
    /// x86-TSO, applied to the engine's x86-64 instruction mapping of the test.
    X86Tso,
}

impl ModelName {
    /// Every model, in display order.
    pub const ALL: [ModelName; 4] = [
        ModelName::Weft,
        ModelName::Ecma,
        ModelName::Sc,
        ModelName::X86Tso,
    ];

    /// The name used on the command line and in headers.
    pub fn as_str(self) -> &'static str {
        match self {
            ModelName::Weft => "weft",
            ModelName::Ecma => "ecma",
            ModelName::Sc => "sc",
            ModelName::X86Tso => "x86-tso",
        }
    }

    /// Parses a model name.
    pub fn parse(s: &str) -> Option<ModelName> {
        ModelName::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

impl fmt::Display for ModelName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// herd's observation of a condition's proposition over the allowed outcomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Observation {
    /// No allowed outcome satisfies the proposition.
    Never,
    /// Some do, some don't.
    Sometimes,
    /// Every allowed outcome does.
    Always,
}

impl Observation {
    /// `Never`/`Sometimes`/`Always`.
    pub fn as_str(self) -> &'static str {
        match self {
            Observation::Never => "Never",
            Observation::Sometimes => "Sometimes",
            Observation::Always => "Always",
        }
    }

    /// Parses `Never`/`Sometimes`/`Always` (case-insensitive).
    pub fn parse(s: &str) -> Option<Observation> {
        match s.to_ascii_lowercase().as_str() {
            "never" => Some(Observation::Never),
            "sometimes" => Some(Observation::Sometimes),
            "always" => Some(Observation::Always),
            _ => None,
        }
    }
}

/// An object the test knows by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjInfo {
    /// Display name (`o`, `a`, or `T0@3:12` for an allocation site).
    pub name: String,
    /// What it is.
    pub kind: ObjKind,
}

/// The kinds of objects of a litmus test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjKind {
    /// The scope of shared binding cells.
    Scope,
    /// An ordinary object.
    Object,
    /// An array.
    Array,
    /// A `Lock`.
    Lock,
    /// A `Condition`.
    Condition,
}

/// A parsed litmus test.
#[derive(Clone, Debug, PartialEq)]
pub struct LitmusTest {
    /// `Litmus:` name.
    pub name: String,
    /// Objects by [`ObjId`] index (index 0 is the scope).
    pub objects: Vec<ObjInfo>,
    /// Initial values of the setup locations (Init writes), in source order.
    pub init: Vec<(Loc, Val)>,
    /// Threads; the first `roots` are spawned by the main program, in order.
    pub threads: Vec<Thread>,
    /// The condition.
    pub condition: Condition,
    /// The expected observation per model, from the header.
    pub expect: BTreeMap<ModelName, Observation>,
    /// `Cite:` lines.
    pub cite: Vec<String>,
    /// `Note:` lines.
    pub notes: Vec<String>,
}

impl LitmusTest {
    /// The display name of a location: `x`, `o.a`, `a[0]`, `a.length`, `l.[[held]]`.
    pub fn loc_name(&self, loc: &Loc) -> String {
        let obj = self
            .objects
            .get(loc.obj.0 as usize)
            .map_or_else(|| format!("#{}", loc.obj.0), |o| o.name.clone());
        match (&loc.key, loc.obj == ObjId::SCOPE) {
            (Key::Name(n), true) => n.clone(),
            (Key::Name(n), false) => format!("{obj}.{n}"),
            (Key::Index(i), _) => format!("{obj}[{i}]"),
            (Key::Length, _) => format!("{obj}.length"),
            (Key::LockState, _) => format!("{obj}.[[held]]"),
        }
    }

    /// The display form of a value (`1`, `undefined`, `absent`, `o`, `[1,0]`).
    pub fn val_name(&self, v: &Val) -> String {
        match v {
            Val::Undefined => "undefined".into(),
            Val::Null => "null".into(),
            Val::Bool(b) => b.to_string(),
            Val::Num(n) => n.to_string(),
            Val::Absent => "absent".into(),
            Val::Obj(o) => self
                .objects
                .get(o.0 as usize)
                .map_or_else(|| format!("#{}", o.0), |i| i.name.clone()),
            Val::Thrown(e) => format!("throws {e}"),
            Val::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|i| self.val_name(i)).collect();
                format!("[{}]", parts.join(","))
            }
        }
    }

    /// Threads the main program spawns (no parent), in order.
    pub fn root_threads(&self) -> Vec<ThreadId> {
        (0..self.threads.len() as u32)
            .map(ThreadId)
            .filter(|t| self.threads[t.0 as usize].parent.is_none())
            .collect()
    }
}

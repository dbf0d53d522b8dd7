//! The program generator: valid, terminating JavaScript from arbitrary bytes.
//!
//! Every choice reads the input through `arbitrary::Unstructured` and picks only among
//! what is valid at that point: variables in scope of the wanted type, functions with
//! their arity, `break`/`continue` only inside loops, `return` only in functions. When
//! the bytes run out every choice falls to its first option, which is always a leaf, so
//! generation ends on any input.
//!
//! Termination of the *program* is by fuel: sequential programs decrement a global
//! counter at the head of every loop body and every function body and throw when it is
//! spent (`seq.rs`); threaded programs have only counted loops and no calls of their own
//! functions (`conc.rs`).
//!
//! A *swarm configuration* ([`Swarm`]) drawn from the first bytes of the input turns
//! features on and off for the whole program, so that programs differ in kind, not only
//! in detail.

pub mod conc;
mod expr;
mod seq;
mod stmt;

use arbitrary::Unstructured;

use crate::ast::{Node, Piece, Role, Ty};

pub use conc::generate_conc;
pub use seq::generate_seq;

macro_rules! features {
    ($($name:ident => $label:literal,)*) => {
        /// The generator's features; the swarm configuration enables a subset.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Feature { $($name,)* }

        impl Feature {
            /// Every feature, in order.
            pub const ALL: &'static [Feature] = &[$(Feature::$name,)*];

            /// Its name in statistics.
            pub fn label(self) -> &'static str {
                match self { $(Feature::$name => $label,)* }
            }
        }
    };
}

features! {
    Arith => "arith",
    Bitwise => "bitwise",
    Strings => "strings",
    Compare => "compare",
    Logical => "logical",
    Coercion => "coercion",
    Objects => "objects",
    Arrays => "arrays",
    Maps => "maps",
    Closures => "closures",
    Functions => "functions",
    Recursion => "recursion",
    Params => "params",
    Loops => "loops",
    ForInOf => "for-in-of",
    Labels => "labels",
    Switch => "switch",
    Try => "try",
    Throw => "throw",
    Classes => "classes",
    Destructuring => "destructuring",
    Spread => "spread",
    Templates => "templates",
    OptionalChain => "optional-chain",
    Nullish => "nullish",
    Update => "update",
    Typeof => "typeof",
    Builtins => "builtins",
    Json => "json",
    Symbols => "symbols",
    Accessors => "accessors",
    Delete => "delete",
    Strict => "strict",
    // Threaded programs.
    Threads => "threads",
    PlainShared => "plain-shared",
    Atomics => "atomics",
    Locks => "locks",
    Conditions => "conditions",
    Joins => "joins",
    SharedMap => "shared-map",
    SharedArray => "shared-array",
    SharedClosure => "shared-closure",
    AtomicsWait => "atomics-wait",
    AsyncJoin => "async-join",
}

/// A set of features (a bit set).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FeatureSet(pub u64);

impl FeatureSet {
    pub fn has(self, f: Feature) -> bool {
        self.0 & (1 << f as u8) != 0
    }
    pub fn insert(&mut self, f: Feature) {
        self.0 |= 1 << f as u8;
    }
    pub fn union(self, other: FeatureSet) -> FeatureSet {
        FeatureSet(self.0 | other.0)
    }
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// Labels of the features in the set.
    pub fn labels(self) -> Vec<&'static str> {
        Feature::ALL
            .iter()
            .filter(|f| self.has(**f))
            .map(|f| f.label())
            .collect()
    }
}

/// The swarm configuration of one program.
#[derive(Clone, Debug)]
pub struct Swarm {
    /// Enabled features.
    pub features: FeatureSet,
    /// Out of 16: how often a statement is a `throw` (when `Throw` is on).
    pub throw_rate: u8,
    /// Statements at the top level.
    pub top_statements: usize,
    /// Deepest expression nesting.
    pub expr_depth: usize,
    /// Deepest block nesting.
    pub block_depth: usize,
    /// Threads besides the main one (threaded programs).
    pub threads: usize,
}

impl Swarm {
    /// Draws a configuration. Sequential features are each on with probability 3/4 (so
    /// most programs lack a few of them); `Strict` is on one time in three.
    pub fn draw_seq(u: &mut Unstructured<'_>) -> Swarm {
        let mut features = FeatureSet::default();
        let bits = u.arbitrary::<u64>().unwrap_or(u64::MAX);
        let bits2 = u.arbitrary::<u64>().unwrap_or(u64::MAX);
        for f in Feature::ALL.iter().take_while(|f| **f != Feature::Threads) {
            let i = *f as u8;
            // Two bits per feature: off only when both are 0 (probability 1/4).
            if bits & (1 << i) != 0 || bits2 & (1 << i) != 0 {
                features.insert(*f);
            }
        }
        if features.has(Feature::Strict) && u.ratio(1u8, 2).unwrap_or(true) {
            features.0 &= !(1 << Feature::Strict as u8);
        }
        Swarm {
            features,
            throw_rate: u.int_in_range(0..=2).unwrap_or(1),
            top_statements: u.int_in_range(4..=24).unwrap_or(4),
            expr_depth: u.int_in_range(1..=3).unwrap_or(1),
            block_depth: u.int_in_range(1..=3).unwrap_or(1),
            threads: 0,
        }
    }

    /// A one-line description for the reproducer's header.
    pub fn describe(&self) -> String {
        format!(
            "swarm: throw {}/16, {} statements, expr depth {}, block depth {}, threads {}, features {}",
            self.throw_rate,
            self.top_statements,
            self.expr_depth,
            self.block_depth,
            self.threads,
            self.features.labels().join(",")
        )
    }
}

/// A variable the generated code can use.
#[derive(Clone, Debug)]
pub(crate) struct Var {
    pub name: String,
    pub ty: Ty,
    pub mutable: bool,
    /// For functions: the number of parameters and the type they return.
    pub arity: usize,
    pub ret: Ty,
}

/// Generation state.
pub(crate) struct Gen<'a, 'b> {
    pub u: &'a mut Unstructured<'b>,
    pub swarm: Swarm,
    pub scopes: Vec<Vec<Var>>,
    pub next_name: usize,
    /// Features the program actually uses.
    pub used: FeatureSet,
    pub loop_depth: usize,
    pub labels: Vec<String>,
    /// Return type of the function being generated, if any.
    pub fn_ret: Vec<Ty>,
    pub block_depth: usize,
    /// Class names declared so far (constructible with `new`, one argument).
    pub classes: Vec<String>,
}

impl<'a, 'b> Gen<'a, 'b> {
    pub fn new(u: &'a mut Unstructured<'b>, swarm: Swarm) -> Self {
        Gen {
            u,
            swarm,
            scopes: vec![Vec::new()],
            next_name: 0,
            used: FeatureSet::default(),
            loop_depth: 0,
            labels: Vec::new(),
            fn_ret: Vec::new(),
            block_depth: 0,
            classes: Vec::new(),
        }
    }

    /// An index below `n` (`n > 0`); 0 when the input is spent.
    pub fn pick(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        self.u.choose_index(n).unwrap_or(0)
    }

    /// True with probability `num/den`; false when the input is spent.
    pub fn chance(&mut self, num: u8, den: u8) -> bool {
        if num == 0 {
            return false;
        }
        if num >= den {
            return true;
        }
        self.u.ratio(num, den).unwrap_or(false)
    }

    /// A small integer in `lo..=hi`.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        self.u.int_in_range(lo..=hi).unwrap_or(lo)
    }

    /// Is the feature on? Marks it used when it is.
    pub fn on(&self, f: Feature) -> bool {
        self.swarm.features.has(f)
    }

    /// Records that the program uses `f`.
    pub fn used(&mut self, f: Feature) {
        self.used.insert(f);
    }

    /// One of the classes in reach (the caller checks there is one).
    pub fn pick_class(&mut self) -> String {
        let i = self.pick(self.classes.len());
        self.classes
            .get(i)
            .cloned()
            .unwrap_or_else(|| "Object".into())
    }

    pub fn fresh(&mut self, prefix: &str) -> String {
        self.next_name += 1;
        format!("{prefix}{}", self.next_name)
    }

    pub fn declare(&mut self, name: &str, ty: Ty, mutable: bool) {
        self.declare_fn(name, ty, mutable, 0, Ty::Any);
    }

    pub fn declare_fn(&mut self, name: &str, ty: Ty, mutable: bool, arity: usize, ret: Ty) {
        if let Some(s) = self.scopes.last_mut() {
            s.push(Var {
                name: name.to_owned(),
                ty,
                mutable,
                arity,
                ret,
            });
        }
    }

    /// Variables in reach of type `ty` (mutable ones only, when asked).
    pub fn vars_of(&self, ty: Ty, mutable_only: bool) -> Vec<Var> {
        self.scopes
            .iter()
            .flatten()
            .filter(|v| (v.ty == ty || ty == Ty::Any) && (!mutable_only || v.mutable))
            .cloned()
            .collect()
    }

    /// A variable of type `ty`, if one is in reach.
    pub fn var_of(&mut self, ty: Ty, mutable_only: bool) -> Option<Var> {
        let vs = self.vars_of(ty, mutable_only);
        if vs.is_empty() {
            None
        } else {
            let i = self.pick(vs.len());
            Some(vs[i].clone())
        }
    }

    /// Runs `f` in a new scope.
    pub fn scoped<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.scopes.push(Vec::new());
        let classes = self.classes.len();
        let r = f(self);
        self.scopes.pop();
        self.classes.truncate(classes);
        r
    }
}

/// Node-building shorthands.
pub(crate) fn t(s: impl Into<String>) -> Piece {
    Piece::Text(s.into())
}
pub(crate) fn e(n: Node) -> Piece {
    Piece::Expr(n)
}
pub(crate) fn b(stmts: Vec<Node>) -> Piece {
    Piece::Block(stmts)
}
pub(crate) fn expr(ty: Ty, pieces: Vec<Piece>) -> Node {
    Node {
        role: Role::Expr(ty),
        pieces,
    }
}
pub(crate) fn stmt(pieces: Vec<Piece>) -> Node {
    Node {
        role: Role::Stmt,
        pieces,
    }
}

/// A JavaScript string literal for `s` (double quotes, JSON escapes).
pub(crate) fn js_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

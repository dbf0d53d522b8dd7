//! Final states (herd's "states"): thread results and final values of locations, and
//! the evaluation of a condition's proposition over them.

use crate::program::{LitmusTest, Loc, Prop, PropTerm, StateRef, ThreadId, Val};

/// A final state of an execution.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct State {
    /// Each thread's result.
    pub results: Vec<(ThreadId, Val)>,
    /// Final values of the state's locations.
    pub finals: Vec<(Loc, Val)>,
}

impl State {
    /// A state from its parts.
    pub fn new(results: Vec<(ThreadId, Val)>, finals: Vec<(Loc, Val)>) -> Self {
        Self { results, finals }
    }

    /// The value a name of the condition denotes in this state.
    pub fn lookup(&self, r: &StateRef) -> Val {
        match r {
            StateRef::Result(t, idx) => {
                let v = self
                    .results
                    .iter()
                    .find(|(tt, _)| tt == t)
                    .map_or(Val::Undefined, |(_, v)| v.clone());
                match (idx, v) {
                    (None, v) => v,
                    (Some(i), Val::Tuple(items)) => {
                        items.get(*i as usize).cloned().unwrap_or(Val::Undefined)
                    }
                    (Some(_), _) => Val::Undefined,
                }
            }
            StateRef::Final(l) => self
                .finals
                .iter()
                .find(|(ll, _)| ll == l)
                .map_or(Val::Absent, |(_, v)| v.clone()),
        }
    }

    /// Does the state satisfy the proposition?
    pub fn satisfies(&self, p: &Prop) -> bool {
        let term = |t: &PropTerm| match t {
            PropTerm::Const(v) => v.clone(),
            PropTerm::Ref(r) => self.lookup(r),
        };
        match p {
            Prop::Const(b) => *b,
            Prop::Eq(a, b) => term(a) == term(b),
            Prop::Not(a) => !self.satisfies(a),
            Prop::And(a, b) => self.satisfies(a) && self.satisfies(b),
            Prop::Or(a, b) => self.satisfies(a) || self.satisfies(b),
        }
    }

    /// herd's one-line form: `T0=1; T1=[1,0]; x=2;`.
    pub fn display(&self, test: &LitmusTest) -> String {
        let mut parts = Vec::new();
        for (t, v) in &self.results {
            let name = test
                .threads
                .get(t.0 as usize)
                .map_or_else(|| format!("T{}", t.0), |th| th.name.clone());
            parts.push(format!("{name}={};", test.val_name(v)));
        }
        for (l, v) in &self.finals {
            parts.push(format!("{}={};", test.loc_name(l), test.val_name(v)));
        }
        parts.join(" ")
    }
}

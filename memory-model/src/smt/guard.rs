//! Guards: Boolean terms with the constants kept apart, so that the symbolic execution
//! of straight-line code does not build `true ∧ true ∧ …` terms, and guarded choices
//! (a finite value, location or error, each with the condition under which it is the
//! one) with their combinators.

use std::collections::BTreeMap;

use z3::ast::{Bool, Int};

use crate::explicit::CheckError;

/// A Boolean condition: a constant or a z3 term.
#[derive(Clone, Debug)]
pub(crate) enum G {
    /// Always.
    True,
    /// Never.
    False,
    /// A term.
    Term(Bool),
}

impl G {
    /// A constant.
    pub fn of(b: bool) -> G {
        if b { G::True } else { G::False }
    }

    /// `x = code`.
    pub fn eq_code(x: &Int, code: i64) -> G {
        G::Term(x.eq(Int::from_i64(code)))
    }

    /// `a < b`.
    pub fn lt(a: &Int, b: &Int) -> G {
        G::Term(a.lt(b))
    }

    /// Is it the constant false?
    pub fn is_false(&self) -> bool {
        matches!(self, G::False)
    }

    /// `self ∧ o`.
    pub fn and(&self, o: &G) -> G {
        match (self, o) {
            (G::False, _) | (_, G::False) => G::False,
            (G::True, x) | (x, G::True) => x.clone(),
            (G::Term(a), G::Term(b)) => {
                if a == b {
                    self.clone()
                } else {
                    G::Term(Bool::and(&[a, b]))
                }
            }
        }
    }

    /// `self ∨ o`.
    pub fn or(&self, o: &G) -> G {
        match (self, o) {
            (G::True, _) | (_, G::True) => G::True,
            (G::False, x) | (x, G::False) => x.clone(),
            (G::Term(a), G::Term(b)) => {
                if a == b {
                    self.clone()
                } else {
                    G::Term(Bool::or(&[a, b]))
                }
            }
        }
    }

    /// `¬self`.
    pub fn not(&self) -> G {
        match self {
            G::True => G::False,
            G::False => G::True,
            G::Term(a) => G::Term(a.not()),
        }
    }

    /// `self → o`.
    pub fn implies(&self, o: &G) -> G {
        self.not().or(o)
    }

    /// The conjunction of all.
    pub fn all<'a>(gs: impl IntoIterator<Item = &'a G>) -> G {
        let mut terms: Vec<&Bool> = Vec::new();
        for g in gs {
            match g {
                G::False => return G::False,
                G::True => {}
                G::Term(b) => terms.push(b),
            }
        }
        match terms.len() {
            0 => G::True,
            1 => G::Term(terms[0].clone()),
            _ => G::Term(Bool::and(&terms)),
        }
    }

    /// The disjunction of all.
    pub fn any<'a>(gs: impl IntoIterator<Item = &'a G>) -> G {
        let mut terms: Vec<&Bool> = Vec::new();
        for g in gs {
            match g {
                G::True => return G::True,
                G::False => {}
                G::Term(b) => terms.push(b),
            }
        }
        match terms.len() {
            0 => G::False,
            1 => G::Term(terms[0].clone()),
            _ => G::Term(Bool::or(&terms)),
        }
    }

    /// The z3 term.
    pub fn to_bool(&self) -> Bool {
        match self {
            G::True => Bool::from_bool(true),
            G::False => Bool::from_bool(false),
            G::Term(b) => b.clone(),
        }
    }
}

/// Most choices one guarded value may have (a product of tuples is the usual culprit).
pub(crate) const MAX_CHOICES: usize = 4096;

/// A guarded choice: the possible `T`s, each with the condition under which it is the
/// one; and the errors the computation may throw, likewise. All the guards are mutually
/// exclusive, and under the condition that the computation runs one of them holds.
#[derive(Clone, Debug)]
pub(crate) struct Choice<T> {
    /// Values and their guards.
    pub vals: Vec<(T, G)>,
    /// Error texts and their guards.
    pub errs: Vec<(String, G)>,
}

impl<T: Clone + Ord> Choice<T> {
    /// A single certain value.
    pub fn one(v: T) -> Self {
        Choice {
            vals: vec![(v, G::True)],
            errs: Vec::new(),
        }
    }

    /// The condition under which the computation produces a value (does not throw).
    pub fn ok(&self) -> G {
        G::any(self.vals.iter().map(|(_, g)| g))
    }

    /// Builds a choice, dropping impossible entries and joining equal ones.
    pub fn from_parts(
        vals: impl IntoIterator<Item = (T, G)>,
        errs: impl IntoIterator<Item = (String, G)>,
    ) -> Result<Self, CheckError> {
        let vals = merge(vals);
        if vals.len() > MAX_CHOICES {
            return Err(CheckError(format!(
                "a value of this test has more than {MAX_CHOICES} possibilities; the z3 \
                 checker refuses it"
            )));
        }
        Ok(Choice {
            vals,
            errs: merge(errs),
        })
    }

    /// Applies a fallible function to each value.
    pub fn map<U: Clone + Ord>(
        self,
        f: impl Fn(&T) -> Result<U, String>,
    ) -> Result<Choice<U>, CheckError> {
        let mut vals = Vec::new();
        let mut errs = self.errs;
        for (v, g) in self.vals {
            match f(&v) {
                Ok(u) => vals.push((u, g)),
                Err(m) => errs.push((m, g)),
            }
        }
        Choice::from_parts(vals, errs)
    }

    /// Combines two computations run one after the other (`self` first: its errors win)
    /// with a fallible function of both values.
    pub fn map2<U: Clone + Ord, V: Clone + Ord>(
        self,
        other: Choice<U>,
        f: impl Fn(&T, &U) -> Result<V, String>,
    ) -> Result<Choice<V>, CheckError> {
        let ok = self.ok();
        let mut errs = self.errs;
        errs.extend(other.errs.into_iter().map(|(m, g)| (m, g.and(&ok))));
        let mut vals = Vec::new();
        for (a, ga) in &self.vals {
            for (b, gb) in &other.vals {
                let g = ga.and(gb);
                if g.is_false() {
                    continue;
                }
                match f(a, b) {
                    Ok(v) => vals.push((v, g)),
                    Err(m) => errs.push((m, g)),
                }
            }
        }
        Choice::from_parts(vals, errs)
    }
}

/// Joins equal keys (disjunction of their guards) and drops impossible ones.
pub(crate) fn merge<T: Ord>(items: impl IntoIterator<Item = (T, G)>) -> Vec<(T, G)> {
    let mut by: BTreeMap<T, Vec<G>> = BTreeMap::new();
    for (v, g) in items {
        if !g.is_false() {
            by.entry(v).or_default().push(g);
        }
    }
    by.into_iter()
        .map(|(v, gs)| {
            let g = G::any(gs.iter());
            (v, g)
        })
        .filter(|(_, g)| !g.is_false())
        .collect()
}

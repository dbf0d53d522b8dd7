//! A small relation algebra over the events of one execution (at most 64 events):
//! each relation is a bit matrix, one `u64` row per event.

use std::fmt;

/// The largest number of events an execution may have.
pub const MAX_EVENTS: usize = 64;

/// A binary relation on events `0..n`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Relation {
    rows: Vec<u64>,
}

impl Relation {
    /// The empty relation on `n` events.
    pub fn empty(n: usize) -> Self {
        assert!(
            n <= MAX_EVENTS,
            "relations hold at most {MAX_EVENTS} events"
        );
        Self { rows: vec![0; n] }
    }

    /// A relation from pairs.
    pub fn from_pairs(n: usize, pairs: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let mut r = Self::empty(n);
        for (a, b) in pairs {
            r.add(a, b);
        }
        r
    }

    /// Number of events.
    pub fn size(&self) -> usize {
        self.rows.len()
    }

    /// Adds the pair `(a, b)`.
    pub fn add(&mut self, a: usize, b: usize) {
        self.rows[a] |= 1 << b;
    }

    /// Does the relation contain `(a, b)`?
    pub fn contains(&self, a: usize, b: usize) -> bool {
        self.rows[a] & (1 << b) != 0
    }

    /// The successors of `a` as a bit set.
    pub fn row(&self, a: usize) -> u64 {
        self.rows[a]
    }

    /// All pairs, in order.
    pub fn pairs(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (a, &row) in self.rows.iter().enumerate() {
            let mut bits = row;
            while bits != 0 {
                let b = bits.trailing_zeros() as usize;
                out.push((a, b));
                bits &= bits - 1;
            }
        }
        out
    }

    /// `self ∪ other`.
    pub fn union(&self, other: &Relation) -> Relation {
        Relation {
            rows: self
                .rows
                .iter()
                .zip(&other.rows)
                .map(|(a, b)| a | b)
                .collect(),
        }
    }

    /// `self ∩ other`.
    pub fn intersection(&self, other: &Relation) -> Relation {
        Relation {
            rows: self
                .rows
                .iter()
                .zip(&other.rows)
                .map(|(a, b)| a & b)
                .collect(),
        }
    }

    /// `self \ other`.
    pub fn difference(&self, other: &Relation) -> Relation {
        Relation {
            rows: self
                .rows
                .iter()
                .zip(&other.rows)
                .map(|(a, b)| a & !b)
                .collect(),
        }
    }

    /// `self⁻¹`.
    pub fn inverse(&self) -> Relation {
        let mut r = Relation::empty(self.size());
        for (a, b) in self.pairs() {
            r.add(b, a);
        }
        r
    }

    /// `self ; other` (relational composition).
    pub fn seq(&self, other: &Relation) -> Relation {
        let mut r = Relation::empty(self.size());
        for (a, &row) in self.rows.iter().enumerate() {
            let mut bits = row;
            let mut acc = 0;
            while bits != 0 {
                let b = bits.trailing_zeros() as usize;
                acc |= other.rows[b];
                bits &= bits - 1;
            }
            r.rows[a] = acc;
        }
        r
    }

    /// `self⁺` (transitive closure, Warshall).
    pub fn plus(&self) -> Relation {
        let mut r = self.clone();
        let n = self.size();
        for k in 0..n {
            for i in 0..n {
                if r.rows[i] & (1 << k) != 0 {
                    r.rows[i] |= r.rows[k];
                }
            }
        }
        r
    }

    /// Is the relation irreflexive?
    pub fn is_irreflexive(&self) -> bool {
        (0..self.size()).all(|i| !self.contains(i, i))
    }

    /// Is the relation acyclic (its transitive closure irreflexive)?
    pub fn is_acyclic(&self) -> bool {
        self.plus().is_irreflexive()
    }

    /// A cycle of the relation, if any (for explanations).
    pub fn find_cycle(&self) -> Option<Vec<usize>> {
        let closure = self.plus();
        let start = (0..self.size()).find(|&i| closure.contains(i, i))?;
        // Walk back along edges that stay inside the cycle.
        let mut path = vec![start];
        let mut cur = start;
        loop {
            let next = (0..self.size())
                .find(|&j| self.contains(cur, j) && (j == start || closure.contains(j, start)))?;
            if next == start {
                return Some(path);
            }
            // The walk closed a cycle that does not pass through `start`: return that
            // cycle (the path from `next` on), not the path from `start`, whose last
            // node has no edge back to `start`.
            if let Some(i) = path.iter().position(|&p| p == next) {
                return Some(path[i..].to_vec());
            }
            path.push(next);
            cur = next;
        }
    }

    /// The restriction to pairs whose ends satisfy the predicates.
    pub fn restrict(&self, from: impl Fn(usize) -> bool, to: impl Fn(usize) -> bool) -> Relation {
        let mut r = Relation::empty(self.size());
        for (a, b) in self.pairs() {
            if from(a) && to(b) {
                r.add(a, b);
            }
        }
        r
    }

    /// Is the relation empty?
    pub fn is_empty(&self) -> bool {
        self.rows.iter().all(|&r| r == 0)
    }
}

impl fmt::Debug for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.pairs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closure_and_cycles() {
        let r = Relation::from_pairs(4, [(0, 1), (1, 2), (2, 3)]);
        assert!(r.plus().contains(0, 3));
        assert!(r.is_acyclic());
        let c = Relation::from_pairs(4, [(0, 1), (1, 2), (2, 0)]);
        assert!(!c.is_acyclic());
        let cycle = c.find_cycle().expect("cycle");
        assert_eq!(cycle.len(), 3);
        assert_eq!(r.seq(&r).pairs(), vec![(0, 2), (1, 3)]);
        assert_eq!(r.inverse().pairs(), vec![(1, 0), (2, 1), (3, 2)]);
    }
}

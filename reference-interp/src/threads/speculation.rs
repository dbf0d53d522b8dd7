//! Speculative reads: exploring under `ecma` (`[mm.model.ecma]`, Weft's axioms without
//! `[mm.axiom.no-thin-air]`), where an execution may have a `po ∪ rf` cycle (load
//! buffering) and so a read may take a write that has not happened yet in any order the
//! threads can run in.
//!
//! Under `ecma` a read may, besides the writes the graph offers, *guess* a value from its
//! location's domain; the read becomes a speculative read of the graph
//! ([`OnlineGraph::add_speculative_read`](weft_memory_model::online::OnlineGraph::add_speculative_read)).
//! When the execution is complete, every guess must be matched by a later write of that
//! very state to the same location that the model lets the read take
//! ([`OnlineGraph::resolves`](weft_memory_model::online::OnlineGraph::resolves));
//! otherwise the execution is infeasible. Domains follow `[mm.values.bounded]`: they
//! start empty and grow in rounds — each round explores with the domains fixed (the
//! search replays decisions, so the choices must not change within a round), then adds
//! every state any of its executions wrote — until a round adds nothing.
//!
//! A domain is kept per location *key*: the path of the thread that created the
//! location (its place in the spawn tree, the same in every execution) with the
//! location's kind and name. One key covers every location of that name the thread
//! created; a guess is still only accepted when a real write of that very location
//! matches it, so the merging can only add guesses, never outcomes the model forbids.
//! Each state in a domain remembers which threads (by path) wrote it and whether with a
//! plain write. A read guesses a state only when a thread that may still write it could
//! resolve the guess: not the reader itself (a read never takes a write `po`-after it,
//! `[mm.axiom.coherent-reads.no-future]`), not a thread that has finished, and — for a
//! SeqCst read — only by a plain write (a SeqCst read cannot take a later SeqCst write).
//! Guesses are primitive values only (an object cannot be named before it exists).
//! Read-modify-writes never guess: their read and write are one atomic step.

use std::collections::{BTreeMap, BTreeSet};

use crate::interp::Interp;
use crate::object::Property;
use crate::threads::memory::Stored;
use crate::value::Value;

/// A primitive value, owned, that outlives the execution it was seen in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Primitive {
    /// `undefined`.
    Undefined,
    /// `null`.
    Null,
    /// A Boolean.
    Bool(bool),
    /// A Number by its bits (SameValue: NaN is NaN, -0 is not +0).
    Number(u64),
    /// A String.
    String(String),
}

/// A state a write may store that a read can guess.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Guess {
    /// An own data property with its attributes.
    Prop {
        /// `[[Value]]`.
        value: Primitive,
        /// `[[Writable]]`, `[[Enumerable]]`, `[[Configurable]]`.
        attributes: (bool, bool, bool),
    },
    /// A binding's value.
    Binding(Primitive),
}

/// Who wrote a state: the writing thread's path and whether the write was plain (not
/// SeqCst).
pub type Writer = (String, bool);

/// The guesses of each location key, each with the writers that stored it.
pub type Domains = BTreeMap<String, BTreeMap<Guess, BTreeSet<Writer>>>;

/// A guess a read made, to be resolved when the execution is complete.
#[derive(Clone, Debug)]
pub struct Speculation {
    /// The speculative read event.
    pub read: usize,
    /// Its location.
    pub loc: usize,
    /// What it guessed.
    pub guess: Guess,
    /// Found a write that resolves it (checked when it might otherwise be dead).
    pub resolved: bool,
}

fn primitive(v: &Value<'_>) -> Option<Primitive> {
    Some(match v {
        Value::Undefined => Primitive::Undefined,
        Value::Null => Primitive::Null,
        Value::Bool(b) => Primitive::Bool(*b),
        Value::Number(n) => Primitive::Number(n.to_bits()),
        Value::String(s) => Primitive::String(s.to_string()),
        Value::Symbol(_) | Value::Object(_) => return None,
    })
}

fn value<'a>(p: &Primitive) -> Value<'a> {
    match p {
        Primitive::Undefined => Value::Undefined,
        Primitive::Null => Value::Null,
        Primitive::Bool(b) => Value::Bool(*b),
        Primitive::Number(bits) => Value::Number(f64::from_bits(*bits)),
        Primitive::String(s) => Value::str(s),
    }
}

/// The guess that names a stored state (`None`: absent, accessors, objects, symbols).
pub fn guess_of(stored: &Stored<'_>) -> Option<Guess> {
    match stored {
        Stored::Prop(Some(Property::Data {
            value,
            writable,
            enumerable,
            configurable,
        })) => Some(Guess::Prop {
            value: primitive(value)?,
            attributes: (*writable, *enumerable, *configurable),
        }),
        Stored::Binding(Some(v)) => Some(Guess::Binding(primitive(v)?)),
        _ => None,
    }
}

/// The state a guess stands for.
pub fn stored_of<'a>(guess: &Guess) -> Stored<'a> {
    match guess {
        Guess::Prop {
            value: v,
            attributes: (writable, enumerable, configurable),
        } => Stored::Prop(Some(Property::Data {
            value: value(v),
            writable: *writable,
            enumerable: *enumerable,
            configurable: *configurable,
        })),
        Guess::Binding(v) => Stored::Binding(Some(value(v))),
    }
}

impl<'a> Interp<'a> {
    /// The guesses a read of `loc` may make besides the `candidates` the graph offers
    /// (none unless the model is `ecma`). A read does not guess a state one of the
    /// candidates already stores: taking that candidate gives the same values without
    /// the obligation. (For a SeqCst read the two differ in synchronization when the
    /// candidate is a SeqCst write; the litmus agreement test finds no outcome that
    /// needs the guess.)
    pub fn guesses(&self, loc: usize, sc: bool, candidates: &[usize]) -> Vec<Guess> {
        let Some(key) = self.rt.loc_names.get(&loc) else {
            return Vec::new();
        };
        let Some(domain) = self.rt.domains.get(key) else {
            return Vec::new();
        };
        let reader = &self.rt.threads[self.rt.current].path;
        let may_still_write = |(path, plain): &Writer| {
            path != reader
                && (*plain || !sc)
                && !self
                    .rt
                    .threads
                    .iter()
                    .any(|t| t.path == *path && t.end.is_some())
        };
        let offered: BTreeSet<Guess> = candidates
            .iter()
            .filter_map(|w| self.rt.written.get(w).and_then(guess_of))
            .collect();
        domain
            .iter()
            .filter(|(g, writers)| !offered.contains(*g) && writers.iter().any(may_still_write))
            .map(|(g, _)| g.clone())
            .collect()
    }

    /// Has a guess become impossible to resolve? A guess that no write so far matches
    /// needs a later write that the read does not happen before; once the read happens
    /// before everything every other unfinished thread does from now on (those threads
    /// and any they start), no such write can come, and the execution is infeasible —
    /// found at once instead of at its end (a guess inside a critical section dies
    /// when the other thread takes the lock).
    pub fn speculation_dead(&mut self) -> bool {
        for i in 0..self.rt.speculations.len() {
            let s = &self.rt.speculations[i];
            if s.resolved {
                continue;
            }
            let reader = self.rt.graph.thread_of(s.read);
            let hope = self.rt.threads.iter().enumerate().any(|(t, rec)| {
                Some(t) != reader
                    && rec.end.is_none()
                    && !self.rt.graph.precedes_future_of(s.read, t)
            });
            if hope {
                continue;
            }
            if self.speculation_resolved(i) {
                self.rt.speculations[i].resolved = true;
            } else {
                return true;
            }
        }
        false
    }

    fn speculation_resolved(&self, i: usize) -> bool {
        let s = &self.rt.speculations[i];
        self.rt.written.iter().any(|(&w, stored)| {
            self.rt.graph.location_of(w) == Some(s.loc)
                && self.rt.graph.resolves(s.read, w)
                && guess_of(stored).as_ref() == Some(&s.guess)
        })
    }

    /// Is every guess of the execution matched by a write the model lets it read?
    pub fn speculations_resolve(&self) -> bool {
        (0..self.rt.speculations.len())
            .all(|i| self.rt.speculations[i].resolved || self.speculation_resolved(i))
    }

    /// How many writes (Init writes aside) the execution made.
    pub fn write_count(&self) -> usize {
        self.rt
            .written
            .keys()
            .filter(|&&w| self.rt.graph.thread_of(w).is_some())
            .count()
    }

    /// Adds every state this execution's threads wrote (initial states are never
    /// guessed: they exist before any read of their location) to `domains`; true when
    /// something was new.
    pub fn extend_domains(&self, domains: &mut Domains) -> bool {
        let mut grew = false;
        for (&w, stored) in &self.rt.written {
            let (Some(loc), Some(thread), Some(guess)) = (
                self.rt.graph.location_of(w),
                self.rt.graph.thread_of(w),
                guess_of(stored),
            ) else {
                continue;
            };
            let Some(key) = self.rt.loc_names.get(&loc) else {
                continue;
            };
            let writer = (
                self.rt.threads[thread].path.clone(),
                !self.rt.graph.is_seq_cst(w),
            );
            grew |= domains
                .entry(key.clone())
                .or_default()
                .entry(guess)
                .or_default()
                .insert(writer);
        }
        grew
    }
}

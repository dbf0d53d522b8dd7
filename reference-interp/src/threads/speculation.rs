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
//! Guesses are primitive values only (an object cannot be named before it exists), and
//! domains are kept per location *name* (property key or binding name), which covers the
//! locations of one name together: a guess is still only accepted when a real write of
//! that location matches it, so this can only add guesses, never outcomes the model
//! forbids. Read-modify-writes never guess: their read and write are one atomic step.

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

/// The guesses of each location name, each with whether a plain (not SeqCst) write
/// stored it — a SeqCst read only guesses those, since a SeqCst read cannot take a
/// later SeqCst write.
pub type Domains = BTreeMap<String, BTreeMap<Guess, bool>>;

/// A guess a read made, to be resolved when the execution is complete.
#[derive(Clone, Debug)]
pub struct Speculation {
    /// The speculative read event.
    pub read: usize,
    /// Its location.
    pub loc: usize,
    /// What it guessed.
    pub guess: Guess,
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
        let Some(name) = self.rt.loc_names.get(&loc) else {
            return Vec::new();
        };
        let Some(domain) = self.rt.domains.get(name) else {
            return Vec::new();
        };
        let offered: BTreeSet<Guess> = candidates
            .iter()
            .filter_map(|w| self.rt.written.get(w).and_then(guess_of))
            .collect();
        domain
            .iter()
            .filter(|(g, by_plain)| (!sc || **by_plain) && !offered.contains(*g))
            .map(|(g, _)| g.clone())
            .collect()
    }

    /// Is every guess of the execution matched by a write the model lets it read?
    pub fn speculations_resolve(&self) -> bool {
        self.rt.speculations.iter().all(|s| {
            self.rt.written.iter().any(|(&w, stored)| {
                self.rt.graph.location_of(w) == Some(s.loc)
                    && self.rt.graph.resolves(s.read, w)
                    && guess_of(stored).as_ref() == Some(&s.guess)
            })
        })
    }

    /// Adds every state this execution wrote to `domains`; true when something was new.
    pub fn extend_domains(&self, domains: &mut Domains) -> bool {
        let mut grew = false;
        for (&w, stored) in &self.rt.written {
            let (Some(loc), Some(guess)) = (self.rt.graph.location_of(w), guess_of(stored)) else {
                continue;
            };
            let Some(name) = self.rt.loc_names.get(&loc) else {
                continue;
            };
            let plain = !self.rt.graph.is_seq_cst(w);
            let entry = domains.entry(name.clone()).or_default();
            match entry.get_mut(&guess) {
                None => {
                    entry.insert(guess, plain);
                    grew = true;
                }
                Some(by_plain) if plain && !*by_plain => {
                    *by_plain = true;
                    grew = true;
                }
                Some(_) => {}
            }
        }
        grew
    }
}

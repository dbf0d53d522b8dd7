//! Shared memory through the memory model: every access to a location of
//! `spec/memory-model.md` §1 made while more than one thread exists is an event of the
//! [`OnlineGraph`](weft_memory_model::online::OnlineGraph), and a read returns the value
//! of the write the model lets it read (`[mm.location]`, `[mm.event]`).
//!
//! The object's own storage always holds the *latest* state (the last write in
//! execution order); it answers everything the model does not cover — attributes,
//! accessors, which keys exist when they are enumerated — as one step
//! (`[mm.location.absent]`: those are single steps under the object's lock). A read of a
//! location's value instead asks the graph for its candidates, lets the chooser pick one
//! and returns what that write stored.
//!
//! Locations are created lazily, on their first event; their Init write stores what
//! the storage holds at that moment. That is exact: storage changes that are not events
//! are either object creation (Init by `[mm.event.init]`) or the main thread's work
//! before the first spawn, which happens before every event and so is indistinguishable
//! from Init.

use crate::interp::{Interp, JsResult};
use crate::object::{Obj, Property};
use crate::threads::op::{Access, PendingOp, Target, Wait};
use crate::threads::speculation::{Speculation, stored_of};
use crate::value::{PropertyKey, Value};
use weft_memory_model::online::OnlineModel;

/// What a write event stored.
#[derive(Clone, Debug)]
pub enum Stored<'a> {
    /// An own property's state (`None`: absent).
    Prop(Option<Property<'a>>),
    /// A binding's value (`None`: uninitialized).
    Binding(Option<Value<'a>>),
}

/// How a read of a location is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadKind {
    /// A plain (Unordered) read.
    Plain,
    /// `Atomics.load` and friends.
    SeqCst,
}

impl<'a> Interp<'a> {
    /// Is this run threaded (are accesses events)?
    pub fn threaded(&self) -> bool {
        self.rt.active
    }

    /// The identity of an object (for Keys and Sync targets).
    pub fn object_identity(&mut self, o: &Obj<'a>) -> usize {
        if let Some(id) = o.borrow().identity {
            return id;
        }
        let id = self.rt.fresh_id();
        o.borrow_mut().identity = Some(id);
        self.rt.objects.insert(id, o.clone());
        id
    }

    /// Names a new location for the value domains of speculative reads: its kind and
    /// key, and the path of the thread that created it (`speculation`).
    fn name_location(&mut self, loc: usize, name: String) {
        let creator = &self.rt.threads[self.rt.current].path;
        let key = format!("{creator} {name}");
        self.rt.loc_names.insert(loc, key);
    }

    /// The location of the own property `key` of `o`, created (with its Init write of
    /// what the storage holds now) on first use.
    pub fn property_location(&mut self, o: &Obj<'a>, key: &PropertyKey) -> usize {
        if let Some(&l) = o.borrow().locations.get(key) {
            return l;
        }
        let loc = self.rt.graph.add_location();
        let name = match key {
            PropertyKey::String(s) => format!("property {s}"),
            PropertyKey::Symbol(_) => "property (a symbol)".to_owned(),
        };
        self.name_location(loc, name);
        let init = self.rt.graph.init_of(loc);
        let now = o.borrow().properties.get(key).cloned();
        self.rt.written.insert(init, Stored::Prop(now));
        o.borrow_mut().locations.insert(key.clone(), loc);
        loc
    }

    /// Announces a step that may write the own property `key` of `o` (and so its set
    /// of keys).
    pub fn announce_property_write(&mut self, o: &Obj<'a>, key: &PropertyKey) -> JsResult<'a, ()> {
        self.announce_property_change(o, key, false)
    }

    /// Announces a step that may write (or, `deleting`, delete) the own property `key`
    /// of `o`; its Keys access is refreshed when it is scheduled.
    pub fn announce_property_change(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        deleting: bool,
    ) -> JsResult<'a, ()> {
        if !self.threaded() {
            return Ok(());
        }
        self.check_restriction(o)?;
        let loc = self.property_location(o, key);
        let id = self.object_identity(o);
        let mut targets = vec![(Target::Slot(loc), Access::Write)];
        if o.is_array_exotic() && key.as_array_index().is_some() {
            let length = self.property_location(o, &PropertyKey::from("length"));
            targets.push((Target::Slot(length), Access::Write));
        }
        self.announce(PendingOp {
            label: "write",
            targets,
            wait: Wait::None,
            existence: Some(crate::threads::op::Existence {
                object: id,
                key: key.clone(),
                deleting,
            }),
        })
    }

    /// Records a write event of the own property `key` of `o`, whose new state the
    /// storage now holds (a plain write; `[mm.event.write]`).
    pub fn record_property_write(&mut self, o: &Obj<'a>, key: &PropertyKey, seq_cst: bool) {
        if !self.threaded() {
            return;
        }
        let loc = self.property_location(o, key);
        let t = self.rt.current;
        match self.rt.graph.add_write(t, loc, seq_cst) {
            Ok(e) => {
                let now = o.borrow().properties.get(key).cloned();
                self.rt.written.insert(e, Stored::Prop(now));
            }
            Err(_) => self.rt.infeasible = true,
        }
    }

    /// A read of the own property `key` of `o` through the model: announces the step,
    /// lets the chooser pick the write it reads from and returns that write's state.
    pub fn read_property(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        kind: ReadKind,
    ) -> Option<Property<'a>> {
        let loc = self.property_location(o, key);
        let wait = self.spin_wait(loc, kind as u8);
        let _ = self.announce(PendingOp {
            label: "read",
            targets: vec![(Target::Slot(loc), Access::Read)],
            wait,
            existence: None,
        });
        match self.read_location(loc, kind) {
            Some(Stored::Prop(p)) => p,
            _ => o.borrow().properties.get(key).cloned(),
        }
    }

    /// th.explore.spin: when the thread's last reads repeat the reads before them
    /// exactly (same sites, locations and writes read) and nothing they read has been
    /// written since, the thread is in a loop that only reads: it is back in a state it
    /// was in, and reading on can only repeat it. Such a read waits until one of those
    /// locations is written.
    pub fn spin_wait(&mut self, loc: usize, kind: u8) -> Wait {
        if !self.rt.spin_reduction {
            return Wait::None;
        }
        let site = self.read_site(kind);
        let reads = &self.rt.threads[self.rt.current].reads;
        let n = reads.len();
        let Some(j) = reads.iter().rposition(|r| r.site == site && r.loc == loc) else {
            return Wait::None;
        };
        let p = n - j;
        // Three identical windows in a row: a single evaluation may read a location
        // twice at one site (HasBinding, then GetBindingValue), never three times.
        if n < 3 * p || reads[n - 3 * p].site != site || reads[n - 3 * p].loc != loc {
            return Wait::None;
        }
        let same = |a: &crate::threads::runtime::ReadRecord,
                    b: &crate::threads::runtime::ReadRecord| {
            a.site == b.site && a.loc == b.loc && a.write == b.write
        };
        let (w1, w2, w3) = (
            &reads[n - 3 * p..n - 2 * p],
            &reads[n - 2 * p..n - p],
            &reads[n - p..],
        );
        let repeated = w1.iter().zip(w2).all(|(a, b)| same(a, b))
            && w2.iter().zip(w3).all(|(a, b)| same(a, b));
        let unwritten = w1
            .iter()
            .all(|r| self.rt.graph.write_count(r.loc) == r.writes_then);
        if repeated && unwritten {
            Wait::NewWrite(
                w1.iter()
                    .map(|r| crate::threads::op::SpinRead {
                        loc: r.loc,
                        writes_then: r.writes_then,
                        write: r.write,
                        seq_cst: r.site.2 == ReadKind::SeqCst as u8,
                    })
                    .collect(),
            )
        } else {
            Wait::None
        }
    }

    fn read_site(&self, kind: u8) -> (u32, u32, u8) {
        let (line, column) = self
            .position
            .map_or((0, 0), |p| (p.line_number(), p.column_number()));
        (line, column, kind)
    }

    /// Chooses the write a read of `loc` reads from and adds the read event. Under
    /// `ecma` the read may instead guess a state of a later write (`speculation`).
    pub fn read_location(&mut self, loc: usize, kind: ReadKind) -> Option<Stored<'a>> {
        let t = self.rt.current;
        let sc = kind == ReadKind::SeqCst;
        let candidates = self.rt.graph.read_candidates(t, loc, sc, false);
        let guesses = if self.rt.graph.model() == OnlineModel::Ecma {
            self.guesses(loc, sc, &candidates)
        } else {
            Vec::new()
        };
        if candidates.is_empty() && guesses.is_empty() {
            self.rt.infeasible = true;
            return None;
        }
        let choice = self.choose(candidates.len() + guesses.len());
        let (w, stored) = if let Some(&w) = candidates.get(choice) {
            if self.rt.graph.add_read(t, loc, sc, w).is_err() {
                self.rt.infeasible = true;
                return None;
            }
            (w, self.rt.written.get(&w).cloned())
        } else {
            let k = choice - candidates.len();
            let guess = guesses[k].clone();
            let read = self.rt.graph.add_speculative_read(t, loc, sc);
            let stored = stored_of(&guess);
            self.rt.speculations.push(Speculation {
                read,
                loc,
                guess,
                resolved: false,
            });
            // For the spin reduction, a guess stands in for the write it reads: a loop
            // that guesses the same state again repeats itself.
            (usize::MAX - k, Some(stored))
        };
        let writes_then = self.rt.graph.write_count(loc);
        let site = self.read_site(kind as u8);
        self.rt
            .me()
            .reads
            .push(crate::threads::runtime::ReadRecord {
                site,
                loc,
                write: w,
                writes_then,
            });
        stored
    }

    /// A SeqCst read-modify-write of `loc`: chooses the write it reads from, and
    /// returns its state and the new event (whose stored state the caller records).
    pub fn rmw_location(&mut self, loc: usize) -> Option<(Stored<'a>, usize)> {
        let t = self.rt.current;
        let candidates = self.rt.graph.read_candidates(t, loc, true, true);
        if candidates.is_empty() {
            self.rt.infeasible = true;
            return None;
        }
        let w = candidates[self.choose(candidates.len())];
        match self.rt.graph.add_rmw(t, loc, w) {
            Ok(e) => Some((self.rt.written.get(&w).cloned()?, e)),
            Err(_) => {
                self.rt.infeasible = true;
                None
            }
        }
    }

    /// Announces a step that reads the set of keys of `o` (enumeration).
    pub fn announce_keys_read(&mut self, o: &Obj<'a>) -> JsResult<'a, ()> {
        if !self.threaded() {
            return Ok(());
        }
        self.check_restriction(o)?;
        let id = self.object_identity(o);
        self.announce(PendingOp {
            label: "keys",
            targets: vec![(Target::Keys(id), Access::Read)],
            wait: Wait::None,
            existence: None,
        })
    }

    /// th.memory.collections: every Map, Set and WeakMap operation is one step that
    /// synchronizes with the previous operation on the collection (its data is one
    /// SeqCst location whose operations each read the latest state).
    pub fn collection_step(&mut self, o: &Obj<'a>) -> JsResult<'a, ()> {
        if !self.threaded() {
            return Ok(());
        }
        self.check_restriction(o)?;
        let id = self.object_identity(o);
        self.announce(PendingOp {
            label: "collection",
            targets: vec![(Target::Sync(id), Access::Write)],
            wait: Wait::None,
            existence: None,
        })?;
        self.sync_with(id);
        Ok(())
    }

    /// Acquires and re-releases the clock of an atomic object or critical section
    /// `id`: every operation on it happens after the previous ones.
    pub fn sync_with(&mut self, id: usize) {
        let me = self.rt.current;
        if let Some(c) = self.rt.sync_clocks.get(&id).cloned() {
            self.rt.graph.acquire(me, &c);
        }
        let now = self.rt.graph.clock(me).clone();
        self.rt.sync_clocks.insert(id, now);
    }

    /// `[th.restrict]`: a restricted object touched from another thread throws a
    /// ConcurrentAccessError.
    pub fn check_restriction(&mut self, o: &Obj<'a>) -> JsResult<'a, ()> {
        let owner = o.borrow().restricted_to;
        match owner {
            Some(owner) if owner != self.rt.current => {
                let msg = format!(
                    "the object is restricted to thread {owner} and was touched from thread {}",
                    self.rt.current
                );
                let proto = self.intrinsic("%ConcurrentAccessError.prototype%");
                let e = self.create_error_with_proto(proto, &msg);
                Err(self.throw_value(Value::Object(e)))
            }
            _ => Ok(()),
        }
    }

    /// The location of a binding cell (`[mm.location.binding]`).
    pub fn binding_location(
        &mut self,
        env: &crate::env::Env<'a>,
        name: boa_interner::Sym,
    ) -> Option<usize> {
        let existing = env
            .borrow()
            .bindings
            .get(&name)
            .map(|b| (b.location, b.value.clone()));
        let (location, value) = existing?;
        if let Some(l) = location {
            return Some(l);
        }
        let loc = self.rt.graph.add_location();
        self.name_location(loc, format!("binding {name:?}"));
        let init = self.rt.graph.init_of(loc);
        self.rt.written.insert(init, Stored::Binding(value));
        if let Some(b) = env.borrow_mut().bindings.get_mut(&name) {
            b.location = Some(loc);
        }
        Some(loc)
    }

    /// A plain read of a binding cell through the model (`None`: uninitialized).
    pub fn read_binding(
        &mut self,
        env: &crate::env::Env<'a>,
        name: boa_interner::Sym,
    ) -> JsResult<'a, Option<Option<Value<'a>>>> {
        let Some(loc) = self.binding_location(env, name) else {
            return Ok(None);
        };
        let wait = self.spin_wait(loc, ReadKind::Plain as u8);
        self.announce(PendingOp {
            label: "read binding",
            targets: vec![(Target::Slot(loc), Access::Read)],
            wait,
            existence: None,
        })?;
        match self.read_location(loc, ReadKind::Plain) {
            Some(Stored::Binding(v)) => Ok(Some(v)),
            _ => self.infeasible(),
        }
    }

    /// Announces a write of a binding cell.
    pub fn announce_binding_write(
        &mut self,
        env: &crate::env::Env<'a>,
        name: boa_interner::Sym,
    ) -> JsResult<'a, ()> {
        let Some(loc) = self.binding_location(env, name) else {
            return Ok(());
        };
        self.announce(PendingOp {
            label: "write binding",
            targets: vec![(Target::Slot(loc), Access::Write)],
            wait: Wait::None,
            existence: None,
        })
    }

    /// Records the write of a binding cell whose new value the environment now holds.
    pub fn record_binding_write(&mut self, env: &crate::env::Env<'a>, name: boa_interner::Sym) {
        let Some(loc) = self.binding_location(env, name) else {
            return;
        };
        let t = self.rt.current;
        match self.rt.graph.add_write(t, loc, false) {
            Ok(e) => {
                let now = env
                    .borrow()
                    .bindings
                    .get(&name)
                    .and_then(|b| b.value.clone());
                self.rt.written.insert(e, Stored::Binding(now));
            }
            Err(_) => self.rt.infeasible = true,
        }
    }
}

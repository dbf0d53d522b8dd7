//! Candidate executions: events, the relations the models need, and the final state.

use crate::program::{Loc, Order, ThreadId, Val};
use crate::relation::Relation;

/// Who performs an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Actor {
    /// The main program (setup, spawning the root threads, joining, final reads).
    Main,
    /// A thread of the test.
    Thread(ThreadId),
}

/// What an event does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// An initializing write (setup or object creation).
    Init,
    /// A read (plain or SeqCst; a failed compareExchange is a SeqCst read).
    Read,
    /// A write (plain, SeqCst, lock release).
    Write,
    /// A read-modify-write (Atomics RMW, successful compareExchange, lock acquire).
    Rmw,
    /// The first event of a thread.
    Start,
    /// The last event of a thread.
    End,
    /// Spawning a thread.
    Spawn(ThreadId),
    /// Joining a thread.
    Join(ThreadId),
    /// A read of the final state by the main program after every join.
    FinalRead,
}

/// One event of an execution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Who performs it.
    pub actor: Actor,
    /// What it does.
    pub kind: EventKind,
    /// The location accessed, for memory events.
    pub loc: Option<Loc>,
    /// Plain, SeqCst or Init.
    pub order: Order,
    /// The value read (reads and RMWs).
    pub read_val: Option<Val>,
    /// The value written (writes, RMWs, Init).
    pub write_val: Option<Val>,
    /// Is the event a lock operation (acquire/release)?
    pub lock_op: bool,
    /// Source text for labels (`o.x = 1`, `Atomics.load(o, "f")`).
    pub label: String,
}

impl Event {
    /// Does the event read memory?
    pub fn is_read(&self) -> bool {
        matches!(
            self.kind,
            EventKind::Read | EventKind::Rmw | EventKind::FinalRead
        )
    }

    /// Does the event write memory?
    pub fn is_write(&self) -> bool {
        matches!(
            self.kind,
            EventKind::Write | EventKind::Rmw | EventKind::Init
        )
    }

    /// Is it a SeqCst access?
    pub fn is_seq_cst(&self) -> bool {
        self.order == Order::SeqCst
    }

    /// Is it a thread start/end/spawn/join?
    pub fn is_thread_op(&self) -> bool {
        matches!(
            self.kind,
            EventKind::Start | EventKind::End | EventKind::Spawn(_) | EventKind::Join(_)
        )
    }

    /// Under the engine's x86-64 mapping (`[mm.mapping.x86-64]`), is this a locked
    /// instruction (or a full fence)? SeqCst stores are `xchg`, RMWs and every
    /// compareExchange are `lock` instructions, lock operations are locked, thread
    /// operations are full fences; plain accesses and SeqCst loads are plain `mov`s.
    pub fn x86_locked(&self) -> bool {
        match self.kind {
            EventKind::Rmw => true,
            EventKind::Write => self.order == Order::SeqCst,
            // A failed compareExchange is still a `lock cmpxchg`.
            EventKind::Read => {
                self.order == Order::SeqCst && self.label.contains("compareExchange")
            }
            EventKind::Start | EventKind::End | EventKind::Spawn(_) | EventKind::Join(_) => true,
            EventKind::Init | EventKind::FinalRead => false,
        }
    }
}

/// A candidate execution: events plus program order and the reads-from choice; the
/// derived relations are computed on demand.
#[derive(Clone, Debug)]
pub struct Execution {
    /// The events; indices are event ids.
    pub events: Vec<Event>,
    /// Program order (transitive), including spawn/join-free order within each actor.
    pub po: Relation,
    /// Reads-from: `(w, r)`.
    pub rf: Relation,
    /// Coherence order `(w1, w2)` (transitive), only for the hardware and SC models.
    pub co: Option<Relation>,
    /// A memory order witnessing validity (for the JavaScript models), once found.
    pub tot: Option<Vec<usize>>,
}

impl Execution {
    /// Number of events.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// True when there are no events.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The write a read reads from.
    pub fn rf_source(&self, r: usize) -> Option<usize> {
        (0..self.len()).find(|&w| self.rf.contains(w, r))
    }

    /// Same location?
    pub fn same_loc(&self, a: usize, b: usize) -> bool {
        match (&self.events[a].loc, &self.events[b].loc) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// Synchronizes-with (`[mm.relation.sw]`): SeqCst write → SeqCst read that reads from
    /// it; spawn → start of the child; end of the child → join.
    pub fn sw(&self) -> Relation {
        let n = self.len();
        let mut sw = Relation::empty(n);
        for (w, r) in self.rf.pairs() {
            if self.events[w].is_seq_cst() && self.events[r].is_seq_cst() {
                sw.add(w, r);
            }
        }
        for (a, ea) in self.events.iter().enumerate() {
            for (b, eb) in self.events.iter().enumerate() {
                match (&ea.kind, &eb.kind) {
                    (EventKind::Spawn(t), EventKind::Start) if eb.actor == Actor::Thread(*t) => {
                        sw.add(a, b)
                    }
                    (EventKind::End, EventKind::Join(t)) if ea.actor == Actor::Thread(*t) => {
                        sw.add(a, b)
                    }
                    _ => {}
                }
            }
        }
        sw
    }

    /// The Init rule of ECMA-262 §29: an Init event happens before every other event on
    /// its location.
    pub fn init_order(&self) -> Relation {
        let n = self.len();
        let mut r = Relation::empty(n);
        for (i, e) in self.events.iter().enumerate() {
            if e.kind == EventKind::Init {
                for j in 0..n {
                    if j != i && self.same_loc(i, j) {
                        r.add(i, j);
                    }
                }
            }
        }
        r
    }

    /// Happens-before (`[mm.relation.hb]`): `(po ∪ sw ∪ init)⁺`.
    pub fn hb(&self) -> Relation {
        self.po.union(&self.sw()).union(&self.init_order()).plus()
    }

    /// From-reads `rf⁻¹ ; co` (needs `co`).
    pub fn fr(&self) -> Relation {
        match &self.co {
            Some(co) => self.rf.inverse().seq(co).difference(&identity(self.len())),
            None => Relation::empty(self.len()),
        }
    }

    /// Program order restricted to same-location pairs.
    pub fn po_loc(&self) -> Relation {
        self.po
            .restrict(|_| true, |_| true)
            .intersection(&self.same_loc_relation())
    }

    fn same_loc_relation(&self) -> Relation {
        let n = self.len();
        let mut r = Relation::empty(n);
        for a in 0..n {
            for b in 0..n {
                if a != b && self.same_loc(a, b) {
                    r.add(a, b);
                }
            }
        }
        r
    }

    /// Are two events performed by different actors?
    pub fn external(&self, a: usize, b: usize) -> bool {
        self.events[a].actor != self.events[b].actor
    }
}

/// The identity relation on `n` events.
pub fn identity(n: usize) -> Relation {
    Relation::from_pairs(n, (0..n).map(|i| (i, i)))
}

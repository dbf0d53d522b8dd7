//! The visible steps of a thread: what the scheduler and the partial-order reduction
//! need to know about the step a thread will take next.

/// What a step touches, for the dependence relation of the reduction: two steps of
/// different threads are *dependent* when they touch the same target and at least one
/// of them modifies it (for [`Target::Sync`], always).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// A memory location (a property of an object, a binding cell).
    Slot(usize),
    /// The set of keys of an object (changed by adds and deletes, read by enumeration).
    Keys(usize),
    /// A synchronization object or other shared runtime state (a lock, a condition, a
    /// thread's completion, a Map's data, the thread-id counter).
    Sync(usize),
}

/// How a step uses a target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Reads it.
    Read,
    /// Modifies it.
    Write,
}

/// Why a blocked step waits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wait {
    /// Never blocks.
    None,
    /// For a lock (by runtime id) to be free.
    LockFree(usize),
    /// For a thread (by id) to finish.
    ThreadDone(usize),
    /// For this thread's waiter record (by id) to be notified.
    Notified(usize),
    /// For this thread to have an asynchronous request that can complete.
    Idle,
    /// For a write to one of the locations beyond the count it had (spin-loop
    /// reduction, th.explore.spin: a thread whose last reads repeat the ones before
    /// them, with nothing written since, waits until something it read is written).
    NewWrite(Vec<SpinRead>),
}

/// One read of a spinning thread's repeated window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpinRead {
    /// The location.
    pub loc: usize,
    /// How many writes it had.
    pub writes_then: usize,
    /// The write the read took.
    pub write: usize,
    /// Was it a SeqCst read?
    pub seq_cst: bool,
}

/// A property write whose effect on the set of keys depends on the state when it is
/// taken: the scheduler refreshes its [`Target::Keys`] access before each decision.
#[derive(Clone, Debug)]
pub struct Existence {
    /// The object's identity.
    pub object: usize,
    /// The property.
    pub key: crate::value::PropertyKey,
    /// A delete (removes the key) rather than a set or define (adds it when absent).
    pub deleting: bool,
}

/// The next step of a thread.
#[derive(Clone, Debug)]
pub struct PendingOp {
    /// A short description (`read o.x`, `acquire lock#1`) for traces.
    pub label: &'static str,
    /// What it touches.
    pub targets: Vec<(Target, Access)>,
    /// When it can run.
    pub wait: Wait,
    /// For property writes: how to refresh the Keys access.
    pub existence: Option<Existence>,
}

impl PendingOp {
    /// A step that touches nothing shared (a thread's start).
    pub fn local(label: &'static str) -> Self {
        Self {
            label,
            targets: Vec::new(),
            wait: Wait::None,
            existence: None,
        }
    }

    /// Are the two steps (of different threads) dependent?
    pub fn conflicts(&self, other: &PendingOp) -> bool {
        self.targets.iter().any(|(t, a)| {
            other.targets.iter().any(|(u, b)| {
                t == u
                    && (matches!(t, Target::Sync(_)) || *a == Access::Write || *b == Access::Write)
            })
        })
    }
}

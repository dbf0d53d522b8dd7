//! The sync facade: every atomic, lock, condition variable and thread spawn of a runtime
//! goes through this module, so that the `shuttle` feature can swap them all for
//! schedule-exploring versions (see ARCHITECTURE.md, "The sync facade").
//!
//! - Without the feature it maps to `std::sync` / `std::thread`.
//! - With `--features shuttle` it maps to `shuttle::sync` / `shuttle::thread`: every
//!   atomic access, lock, wait and spawn is a scheduling point that shuttle's schedulers
//!   (PCT, random, replay) control, and a runtime must then be created and used inside a
//!   shuttle execution (see `crate::shuttle_check`).
//!
//! [`global`] is the exception, on purpose: process-wide state that outlives any one
//! runtime — the atom table, the shape transition tree, id counters, the marking flag —
//! always uses `std`, because a shuttle object must not outlive the execution that
//! created it, and these are shared by every runtime (and so every execution) of the
//! process. Their critical sections never block on anything else, so they add no
//! interleavings shuttle would need to see.

#[cfg(not(feature = "shuttle"))]
mod imp {
    pub use std::sync::atomic;
    pub use std::sync::{Condvar, Mutex, MutexGuard, RwLock};
    pub use std::thread;
}

#[cfg(feature = "shuttle")]
mod imp {
    pub use shuttle::sync::atomic;
    pub use shuttle::sync::{Condvar, Mutex, MutexGuard, RwLock};
    pub use shuttle::thread;
}

pub use imp::{Condvar, Mutex, MutexGuard, RwLock, atomic, thread};
/// `Arc` is `std`'s in both builds (shuttle uses it too).
pub use std::sync::Arc;
/// One-time initialisation of a value that is set once and never waited on (the realm,
/// a code block's string constants): no interleaving to explore, `std`'s in both builds.
pub use std::sync::OnceLock;

/// Spawning through the facade.
pub use imp::thread::Builder as ThreadBuilder;

/// Process-wide synchronisation, always `std` (see the module documentation).
pub mod global {
    pub use std::sync::atomic;
    pub use std::sync::{LazyLock, Mutex, MutexGuard, OnceLock, RwLock};

    /// Locks `m`, recovering from poisoning like [`super::lock`].
    pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
        m.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Locks `m`, recovering the guard if another thread panicked while holding it: the data
/// behind the engine's locks stays consistent at every step (each critical section
/// either completes or changes nothing a reader depends on), so poisoning carries no
/// information here.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Waits on `c`, recovering from poisoning like [`lock`].
pub fn wait<'a, T>(c: &Condvar, g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
    c.wait(g).unwrap_or_else(|e| e.into_inner())
}

/// Waits on `c` for at most `dur` with `g`, the guard of `m`; returns the guard and
/// whether the wait timed out.
///
/// Under shuttle, time is not modelled (shuttle's own timed wait never times out): the
/// wait lets other threads run once and then reports a time-out, so a timed wait may end
/// at any moment, as spec/threads.md [th.explore.timeout] says.
pub fn wait_timeout<'a, T>(
    c: &Condvar,
    m: &'a Mutex<T>,
    g: MutexGuard<'a, T>,
    dur: std::time::Duration,
) -> (MutexGuard<'a, T>, bool) {
    #[cfg(feature = "shuttle")]
    {
        let _ = (c, dur);
        drop(g);
        thread::yield_now();
        (lock(m), true)
    }
    #[cfg(not(feature = "shuttle"))]
    {
        let _ = m;
        match c.wait_timeout(g, dur) {
            Ok((g, t)) => (g, t.timed_out()),
            Err(e) => {
                let (g, t) = e.into_inner();
                (g, t.timed_out())
            }
        }
    }
}

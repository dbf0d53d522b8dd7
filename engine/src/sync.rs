//! The sync facade: every atomic, lock, condition variable, thread spawn and park in the
//! runtime goes through this module, so that a `shuttle` build can swap them all for
//! schedule-exploring versions (see ARCHITECTURE.md, "The sync facade"). Today it maps
//! to `std`.

pub use std::sync::atomic;
pub use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, RwLock};
pub use std::thread;

/// Spawning through the facade.
pub use std::thread::Builder as ThreadBuilder;

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

/// Waits on `c` for at most `dur`; returns the guard and whether the wait timed out.
pub fn wait_timeout<'a, T>(
    c: &Condvar,
    g: MutexGuard<'a, T>,
    dur: std::time::Duration,
) -> (MutexGuard<'a, T>, bool) {
    match c.wait_timeout(g, dur) {
        Ok((g, t)) => (g, t.timed_out()),
        Err(e) => {
            let (g, t) = e.into_inner();
            (g, t.timed_out())
        }
    }
}

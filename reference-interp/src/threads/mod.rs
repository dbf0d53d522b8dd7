//! Threads in the reference interpreter (`spec/threads.md`): fibers, the scheduler,
//! shared memory through the memory model, and the exploration of every execution a
//! program may have.

pub mod dpor;
pub mod explore;
pub mod fiber;
pub mod memory;
pub mod op;
pub mod program;
pub mod runtime;
pub mod speculation;

use crate::interp::{Interp, JsResult};

impl<'a> Interp<'a> {
    /// Runs `f` with room on the stack: on a fiber, a RangeError when the fiber's stack
    /// is nearly used up; on an OS thread, `stacker` grows the stack.
    pub fn with_stack<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> JsResult<'a, T>,
    ) -> JsResult<'a, T> {
        match fiber::remaining_stack(self) {
            Some(0) => Err(self.range_error("Maximum call stack size exceeded")),
            Some(_) => f(self),
            None => stacker::maybe_grow(256 * 1024, 4 * 1024 * 1024, || f(self)),
        }
    }
}

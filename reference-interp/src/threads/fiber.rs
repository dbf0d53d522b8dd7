//! Fibers: stackful coroutines that let an AST walker stop in the middle of an
//! evaluation — a JavaScript thread before its next shared-memory step, an `async`
//! function at an `await` — and continue later.
//!
//! Every fiber runs on the interpreter's one OS thread, and exactly one fiber runs at a
//! time. A fiber gives control back only through [`suspend`]; whoever resumed it (the
//! scheduler, or a parent fiber that forwards the request upwards) gets a
//! [`FiberYield`] and resumes it again with [`resume`].
//!
//! The interpreter state that belongs to the running computation rather than to the
//! realm — the running execution context, the call depth, the current position and the
//! stack limit — is saved by [`suspend`] on the fiber's own stack and restored when it
//! continues; [`resume`] does the same for the resumer.

use boa_ast::Position;
use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult, Yielder};

use crate::interp::{ExecutionContext, Interp};
use crate::threads::op::PendingOp;

/// Stack reserved for a thread's fiber: like the interpreter's main OS thread. Pages
/// are committed only when touched.
pub const THREAD_STACK: usize = 256 * 1024 * 1024;
/// Stack reserved for an `async` function's fiber.
pub const ASYNC_STACK: usize = 64 * 1024 * 1024;
/// Below this much free stack, evaluation throws a RangeError instead of recursing.
pub const RED_ZONE: usize = 1024 * 1024;

/// Why a fiber gave control back.
#[derive(Debug)]
pub enum FiberYield {
    /// The thread is about to perform a visible step and waits to be scheduled.
    Op(PendingOp),
    /// An `async` function's fiber awaits: its continuation is registered on a promise.
    Awaiting,
}

type Co = Coroutine<usize, (FiberYield, usize), (), DefaultStack>;

/// A suspended (or not yet started) computation.
pub struct Fiber {
    co: Co,
}

impl std::fmt::Debug for Fiber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fiber")
            .field("started", &self.co.started())
            .field("done", &self.co.done())
            .finish()
    }
}

/// The per-computation part of the interpreter state.
struct Saved<'a> {
    ctx: ExecutionContext<'a>,
    call_depth: usize,
    position: Option<Position>,
    stack_limit: Option<usize>,
}

impl<'a> Saved<'a> {
    fn take(interp: &Interp<'a>) -> Self {
        Self {
            ctx: interp.ctx.clone(),
            call_depth: interp.call_depth,
            position: interp.position,
            stack_limit: interp.stack_limit,
        }
    }

    fn put(self, interp: &mut Interp<'a>) {
        interp.ctx = self.ctx;
        interp.call_depth = self.call_depth;
        interp.position = self.position;
        interp.stack_limit = self.stack_limit;
    }
}

/// Creates a fiber that will run `body` on a fresh stack of `stack_size` bytes. It
/// starts with the resumer's execution context, a call depth of 0 and its own stack
/// limit. Fails (with the OS's message) when the stack cannot be reserved.
///
/// # Safety
///
/// `interp` must stay at its address, alive, until the fiber has completed or been
/// dropped, and everything `body` borrows must stay valid as long: fibers are owned by
/// the thread table inside the interpreter, which drops them (unwinding their stacks)
/// before the interpreter itself goes away.
pub unsafe fn new_fiber<'a>(
    interp: &mut Interp<'a>,
    stack_size: usize,
    body: impl FnOnce(&mut Interp<'a>) + 'a,
) -> Result<Fiber, String> {
    let stack = DefaultStack::new(stack_size).map_err(|e| e.to_string())?;
    let limit = stack.limit().get() + RED_ZONE;
    let _ = interp;
    let run = move |y: &Yielder<usize, (FiberYield, usize)>, address: usize| {
        // SAFETY: `address` is the interpreter's address, handed over by `resume`
        // (see the contract of `new_fiber`). Only one fiber runs at a time and the
        // resumer touches the interpreter again only after this fiber suspends, and
        // every suspension passes the address back through the switch, so no other
        // code uses the interpreter while this reference is in use.
        let interp: &mut Interp<'a> = unsafe { &mut *(address as *mut Interp<'a>) };
        interp.call_depth = 0;
        interp.stack_limit = Some(limit);
        interp
            .fiber_yielders
            .push(y as *const Yielder<usize, (FiberYield, usize)> as usize);
        body(interp);
        interp.fiber_yielders.pop();
    };
    // SAFETY: the contract of this function is that of `with_stack_unchecked`: what
    // `run` borrows (through `body`) outlives the fiber.
    let co = unsafe { Co::with_stack_unchecked(stack, run) };
    Ok(Fiber { co })
}

/// Runs `fiber` until it yields (`Some`) or completes (`None`).
pub fn resume<'a>(interp: &mut Interp<'a>, fiber: &mut Fiber) -> Option<FiberYield> {
    let saved = Saved::take(interp);
    let address = std::ptr::from_mut(interp) as usize;
    // The address goes through the switch so that the compiler treats the
    // interpreter as read and written by the fiber.
    let result = fiber.co.resume(std::hint::black_box(address));
    let interp = std::hint::black_box(interp);
    saved.put(interp);
    match result {
        CoroutineResult::Yield((y, _)) => Some(y),
        CoroutineResult::Return(()) => None,
    }
}

/// Is the current computation running on a fiber?
pub fn on_fiber(interp: &Interp<'_>) -> bool {
    !interp.fiber_yielders.is_empty()
}

/// Gives control back to whoever resumed the running fiber, and returns when it is
/// resumed again.
///
/// # Panics
///
/// When not running on a fiber (a bug in the caller: every JavaScript computation of
/// a threaded run is on a fiber).
pub fn suspend<'a>(interp: &mut Interp<'a>, why: FiberYield) {
    let yielder = interp
        .fiber_yielders
        .pop()
        .expect("suspend is only called on a fiber");
    let saved = Saved::take(interp);
    let address = std::ptr::from_mut(interp) as usize;
    // SAFETY: the pointer was pushed by the running fiber's body (`new_fiber`), whose
    // stack holds the `Yielder`; that body is still running (we are on its stack), so
    // the `Yielder` is alive.
    let yielder = unsafe { &*(yielder as *const Yielder<usize, (FiberYield, usize)>) };
    let _ = yielder.suspend((why, std::hint::black_box(address)));
    let interp = std::hint::black_box(interp);
    saved.put(interp);
    interp
        .fiber_yielders
        .push(std::ptr::from_ref(yielder) as usize);
}

/// The free stack left to the running fiber (`None` off fibers).
pub fn remaining_stack(interp: &Interp<'_>) -> Option<usize> {
    let marker = 0u8;
    let here = std::ptr::from_ref(&marker) as usize;
    interp.stack_limit.map(|limit| here.saturating_sub(limit))
}

//! Running a whole program: the main thread's fiber, the scheduling loop, and what
//! each thread printed and how it ended.

use boa_ast::{Position, Script};

use crate::interp::{Abrupt, Interp, Termination};
use crate::threads::fiber::{self, THREAD_STACK};
use crate::threads::op::{Access, PendingOp, Target, Wait};
use crate::threads::runtime::{self, RunEnd, ThreadEnd, thread_target};
use crate::value::Value;

/// How a program run ended, before its values are rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgramEnd {
    /// The scheduling loop ended this way.
    Run(RunEnd),
    /// The run was terminated (fuel).
    Terminated(Termination),
}

impl<'a> Interp<'a> {
    /// Ends the running thread: announces the step, records how it ended and its
    /// clock (`[mm.relation.sw.join]`).
    pub fn finish_thread(&mut self, end: ThreadEnd<'a>) {
        let me = self.rt.current;
        let _ = self.announce(PendingOp {
            label: "finish",
            targets: vec![(Target::Sync(thread_target(me)), Access::Write)],
            wait: Wait::None,
            existence: None,
        });
        let clock = self.rt.graph.clock(me).clone();
        let rec = self.rt.me();
        rec.end = Some(end);
        rec.end_clock = clock;
    }

    /// Runs a thread's body and then its event loop, and finishes the thread. A
    /// termination (fuel, an infeasible branch) ends the whole run.
    pub fn run_thread_body(
        &mut self,
        body: impl FnOnce(&mut Self) -> Result<Value<'a>, Abrupt<'a>>,
    ) {
        // The event loop runs also after an uncaught exception ([th.thread.main],
        // [th.thread.finish]); jobs never change the result.
        let r = body(self);
        let r = match (r, self.run_event_loop()) {
            (_, Err(Abrupt::Terminate(t))) => Err(Abrupt::Terminate(t)),
            (r, _) => r,
        };
        let end = match r {
            Ok(v) => ThreadEnd::Returned(v),
            Err(Abrupt::Throw(v, pos)) => {
                if self.rt.current == 0 {
                    self.rt.main_error_position = pos;
                }
                ThreadEnd::Threw(v)
            }
            Err(Abrupt::Terminate(t)) => {
                self.rt.terminated.get_or_insert(t);
                return;
            }
        };
        self.finish_thread(end);
    }
}

/// Runs `script` as the main thread and every thread it starts, until all finish or
/// none can move. The chooser and model of `interp.rt` decide the execution.
pub fn run_program<'a>(interp: &mut Interp<'a>, script: &'a Script) -> ProgramEnd {
    // SAFETY: `interp` outlives the fiber: every fiber is dropped below, before this
    // function returns, and `script` is borrowed for `'a`, which outlives `interp`.
    let main = unsafe {
        fiber::new_fiber(interp, THREAD_STACK, move |interp| {
            interp.run_thread_body(|interp| interp.evaluate_script(script));
        })
    };
    let end = match main {
        Ok(f) => {
            interp.rt.threads[0].fiber = Some(f);
            let end = runtime::drive(interp);
            match interp.rt.terminated {
                Some(t) => ProgramEnd::Terminated(t),
                None => ProgramEnd::Run(end),
            }
        }
        Err(e) => {
            interp.rt.threads[0].end = Some(ThreadEnd::Threw(Value::str(&format!(
                "cannot reserve the main thread's stack: {e}"
            ))));
            ProgramEnd::Run(RunEnd::Finished)
        }
    };
    // Unwind every fiber that is still suspended (deadlock, step bound, termination)
    // while the interpreter is still whole; afterwards nothing is an event any more.
    for t in 0..interp.rt.threads.len() {
        drop(interp.rt.threads[t].fiber.take());
    }
    for slot in &mut interp.rt.async_fibers {
        drop(slot.fiber.take());
    }
    interp.rt.async_fibers.clear();
    interp.rt.active = false;
    end
}

/// Where the main thread's uncaught exception was thrown.
pub fn main_error_position(interp: &Interp<'_>) -> Option<Position> {
    interp.rt.main_error_position
}

//! Running JavaScript under shuttle's schedulers (the `shuttle` feature): every atomic,
//! lock, wait and spawn of the runtime is then a scheduling point shuttle controls, so a
//! threaded program can be run under many schedules (PCT, random) and a failing one
//! replayed exactly from the schedule string shuttle prints.
//!
//! A failing execution is one that panics: [`run_program`] panics when the heap
//! verifier finds a problem after the program, and the caller's closure may panic on an
//! unexpected result. Shuttle then prints `failing schedule: "…"`; pass that string to
//! [`replay`] (or set `WEFT_SHUTTLE_REPLAY` for the tests that honour it) to run exactly
//! that schedule again.

use shuttle::scheduler::{PctScheduler, RandomScheduler, ReplayScheduler, Scheduler};
use shuttle::{Config, MaxSteps, Runner};

use crate::sync::Arc;
use crate::vm::{Options, Runtime, Vm};
use crate::{ScriptEnd, Uncaught};

/// What one run of a program under shuttle gave.
#[derive(Debug, Clone)]
pub struct ShuttleRun {
    /// What the program printed.
    pub printed: String,
    /// How the main script ended (see [`ScriptEnd`]).
    pub result: Option<Result<(), Uncaught>>,
    /// The deadlock report, if the run deadlocked.
    pub deadlock: Option<String>,
}

/// The configuration used for engine runs: large coroutine stacks (the parser and the
/// compiler recurse), no step bound (a program's single-threaded setup alone takes many
/// thousands of steps), failing schedules printed.
pub fn config() -> Config {
    let mut c = Config::new();
    c.stack_size = 64 << 20;
    c.max_steps = MaxSteps::None;
    c.silence_warnings = true;
    c
}

/// Runs `source` in a fresh runtime on the current (shuttle) thread, then collects and
/// runs the heap verifier; panics — failing the shuttle execution — if the verifier
/// finds a problem. Must be called inside a shuttle execution.
pub fn run_program(source: &str, options: Options) -> ShuttleRun {
    let options = Options {
        capture_output: true,
        ..options
    };
    let rt = Runtime::new(options);
    let mut vm = Vm::new_main(Arc::clone(&rt));
    let ScriptEnd { result, deadlock } = vm.run_script(source, "shuttle.js");
    // Every thread has finished its JavaScript; let their OS threads (shuttle tasks)
    // exit too, so none outlives the execution.
    rt.threads.join_os_threads();
    vm.collect_now();
    let problems = vm.verify_heap();
    assert!(
        problems.is_empty(),
        "heap verifier after the program: {problems:?}"
    );
    let printed = String::from_utf8_lossy(&rt.take_output()).into_owned();
    drop(vm);
    ShuttleRun {
        printed,
        result: result.map(|r| r.map(|_| ())),
        deadlock,
    }
}

/// Runs `source` in a fresh runtime on the current (shuttle) thread and renders its
/// outcome line ([th.outcome.line], as `thread::outcome::run_outcome_checked` does),
/// collecting every `gc_stress` allocations (0 = off); then joins the program's threads,
/// collects and runs the heap verifier. Returns the line and the verifier's problems
/// (it does not panic on them, so that the caller decides what fails the execution).
/// Must be called inside a shuttle execution.
pub fn run_outcome(source: &str, gc_stress: usize) -> (String, Vec<String>) {
    crate::thread::outcome::run_outcome_with(source, "shuttle.js", gc_stress, true, true)
}

/// The shuttle crate, for callers that build their own schedulers or configurations.
pub use shuttle;

/// Runs `f` under `scheduler` with `config`; returns the number of executions.
pub fn run_with<S: Scheduler + 'static>(
    scheduler: S,
    config: Config,
    f: impl Fn() + Send + Sync + 'static,
) -> usize {
    Runner::new(scheduler, config).run(f)
}

/// Runs `f` under shuttle's PCT scheduler for `iterations` executions with bug depth
/// `depth`; returns the number of executions. Panics (after printing the failing
/// schedule) when an execution fails.
pub fn check_pct(f: impl Fn() + Send + Sync + 'static, iterations: usize, depth: usize) -> usize {
    run_with(PctScheduler::new(depth, iterations), config(), f)
}

/// Runs `f` under shuttle's random scheduler for `iterations` executions.
pub fn check_random(f: impl Fn() + Send + Sync + 'static, iterations: usize) -> usize {
    run_with(RandomScheduler::new(iterations), config(), f)
}

/// Runs `f` once under the schedule a failing execution printed (`failing schedule:`).
pub fn replay(f: impl Fn() + Send + Sync + 'static, schedule: &str) -> usize {
    run_with(
        ReplayScheduler::new_from_encoded(schedule.trim()),
        config(),
        f,
    )
}

//! The shuttle oracle (built with the `shuttle` feature): a threaded program runs on the
//! engine built with `weft-engine/shuttle`, where every atomic, lock, wait and spawn of
//! the runtime is a scheduling point, under shuttle's PCT and random schedulers. Each
//! execution's outcome line must be in the set the reference interpreter's `explore`
//! computes, and the heap verifier must be clean after it.
//!
//! Failing schedules are captured by [`Recorder`], a scheduler wrapper that writes down
//! every decision of the execution it runs (shuttle's own failure persistence is set up
//! once per process, by the first runner, so it cannot be relied on here). A failing
//! execution stops the search; its [`RecordedSchedule`] goes into the verdict, the
//! campaign saves it next to the reproducer, and [`replay`] runs exactly that schedule
//! again through shuttle's `ReplayScheduler`.

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex, MutexGuard};

use weft_engine::shuttle_check::shuttle::scheduler::{
    PctScheduler, RandomScheduler, ReplayScheduler, Schedule, Scheduler, Task, TaskId,
};
use weft_engine::shuttle_check::shuttle::{MaxSteps, Runner};
use weft_engine::shuttle_check::{config, run_outcome};

use crate::oracle::schedule::{RecordedSchedule, Step};
use crate::oracle::{Failed, Verdict, conc, with_timeout};

/// How a program is searched.
#[derive(Clone, Debug)]
pub struct ShuttleOptions {
    /// Executions under the PCT scheduler (GC stress off).
    pub pct_iterations: usize,
    /// PCT's bug depth.
    pub pct_depth: usize,
    /// Executions under the random scheduler (GC stress on, see `gc_stress`).
    pub random_iterations: usize,
    /// The schedulers' seed.
    pub seed: u64,
    /// GC-stress interval of the random scheduler's executions.
    pub gc_stress: usize,
    /// Scheduling steps one execution may take before it is cut short (a livelock
    /// guard; a program's start-up alone takes thousands of steps).
    pub max_steps: usize,
}

impl Default for ShuttleOptions {
    fn default() -> Self {
        ShuttleOptions {
            pct_iterations: 8,
            pct_depth: 3,
            random_iterations: 8,
            seed: 0,
            gc_stress: 50,
            max_steps: 2_000_000,
        }
    }
}

#[derive(Debug, Default)]
struct Record {
    seed: u64,
    steps: Vec<Step>,
    /// Set by a failing execution: the next `new_execution` ends the search and keeps
    /// `steps` as they are.
    failure: Option<(String, String)>,
    executions: usize,
}

fn lock(m: &Mutex<Record>) -> MutexGuard<'_, Record> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A scheduler that records the decisions of `inner` for the current execution.
struct Recorder<S> {
    inner: S,
    record: Arc<Mutex<Record>>,
}

impl<S: Scheduler> Scheduler for Recorder<S> {
    fn new_execution(&mut self) -> Option<Schedule> {
        let mut r = lock(&self.record);
        if r.failure.is_some() {
            return None;
        }
        let s = self.inner.new_execution()?;
        r.seed = s.seed;
        r.steps.clear();
        r.executions += 1;
        Some(s)
    }

    fn next_task(
        &mut self,
        runnable: &[&Task],
        current: Option<TaskId>,
        is_yielding: bool,
    ) -> Option<TaskId> {
        let t = self.inner.next_task(runnable, current, is_yielding)?;
        lock(&self.record).steps.push(Step::Task(usize::from(t)));
        Some(t)
    }

    fn next_u64(&mut self) -> u64 {
        lock(&self.record).steps.push(Step::Random);
        self.inner.next_u64()
    }
}

/// Why one execution failed, if it did: (kind, detail).
fn judge(line: &str, problems: &[String], allowed: &BTreeSet<String>) -> Option<(String, String)> {
    if !problems.is_empty() {
        return Some(("shuttle-heap".into(), problems.join("\n")));
    }
    if !allowed.contains(line) {
        let list: String = allowed.iter().map(|l| format!("  {l}\n")).collect();
        return Some((
            "shuttle-outcome-not-allowed".into(),
            format!(
                "engine under shuttle:\n  {line}\nallowed ({}):\n{list}",
                allowed.len()
            ),
        ));
    }
    None
}

/// What one search found.
#[derive(Clone, Debug)]
pub struct SearchEnd {
    /// Executions run.
    pub executions: usize,
    /// The first failing execution: (kind, detail, its schedule).
    pub failure: Option<(String, String, RecordedSchedule)>,
}

/// Runs `source` under `scheduler` (recording), judging each execution against
/// `allowed`, until the scheduler is done or an execution fails.
fn search<S: Scheduler + 'static>(
    source: &str,
    allowed: &BTreeSet<String>,
    scheduler: S,
    name: &str,
    gc_stress: usize,
    max_steps: usize,
) -> SearchEnd {
    let record = Arc::new(Mutex::new(Record::default()));
    let recorder = Recorder {
        inner: scheduler,
        record: Arc::clone(&record),
    };
    let mut cfg = config();
    cfg.max_steps = MaxSteps::ContinueAfter(max_steps);
    let src: Arc<str> = Arc::from(source);
    let allowed = Arc::new(allowed.clone());
    let rec = Arc::clone(&record);
    let run = catch_unwind(AssertUnwindSafe(|| {
        Runner::new(recorder, cfg).run(move || {
            let (line, problems) = run_outcome(&src, gc_stress);
            if let Some(f) = judge(&line, &problems, &allowed) {
                lock(&rec).failure = Some(f);
            }
        })
    }));
    let mut r = lock(&record);
    if let Err(p) = run {
        let msg = weft_conformance::boa_runner::panic_message(&*p);
        let kind = if msg.contains("deadlock") {
            "shuttle-deadlock"
        } else {
            "shuttle-panic"
        };
        r.failure = Some((kind.into(), msg));
    }
    let failure = r.failure.take().map(|(kind, detail)| {
        let schedule = RecordedSchedule {
            scheduler: name.to_owned(),
            gc_stress,
            seed: r.seed,
            steps: std::mem::take(&mut r.steps),
        };
        (kind, detail, schedule)
    });
    SearchEnd {
        executions: r.executions,
        failure,
    }
}

/// Searches `source` with PCT, then with the random scheduler, against `allowed`.
pub fn search_all(source: &str, allowed: &BTreeSet<String>, o: &ShuttleOptions) -> SearchEnd {
    let pct = search(
        source,
        allowed,
        PctScheduler::new_from_seed(o.seed, o.pct_depth, o.pct_iterations),
        "pct",
        0,
        o.max_steps,
    );
    if pct.failure.is_some() || o.random_iterations == 0 {
        return pct;
    }
    let random = search(
        source,
        allowed,
        RandomScheduler::new_from_seed(o.seed ^ 0x5eed, o.random_iterations),
        "random",
        o.gc_stress,
        o.max_steps,
    );
    SearchEnd {
        executions: pct.executions + random.executions,
        failure: random.failure,
    }
}

fn verdict_of(end: SearchEnd, ran_clean: bool) -> Verdict {
    match end.failure {
        None => Verdict {
            ran_clean,
            ..Verdict::default()
        },
        Some((kind, detail, schedule)) => {
            let mut v = Verdict::diverged(
                &kind,
                format!(
                    "{detail}\nfailing schedule: {} execution, gc_stress {}, {} steps (saved next to the reproducer)",
                    schedule.scheduler,
                    schedule.gc_stress,
                    schedule.steps.len()
                ),
            );
            v.ran_clean = ran_clean;
            v.schedule = Some(schedule.encode());
            v
        }
    }
}

/// Checks `source` against an outcome set given by the caller (a test's deliberately
/// wrong set, say), on the calling thread.
pub fn check_against(source: &str, allowed: &BTreeSet<String>, o: &ShuttleOptions) -> Verdict {
    verdict_of(search_all(source, allowed, o), true)
}

/// The shuttle check of one program on the calling thread: the reference explores it
/// (an incomplete exploration is skipped), then the schedulers search it.
pub fn check_here(source: &str, o: &ShuttleOptions) -> Verdict {
    let (allowed, ran_clean) = match conc::allowed_outcomes(source) {
        Ok(a) => a,
        Err(v) => return *v,
    };
    verdict_of(search_all(source, &allowed, o), ran_clean)
}

/// [`check_here`] on a watchdog thread (replay and reduction).
pub fn check(source: &str, o: &ShuttleOptions) -> Verdict {
    let (src, opts) = (source.to_owned(), o.clone());
    match with_timeout(conc::ENGINE_LIMIT * 6, move || check_here(&src, &opts)) {
        Ok(v) => v,
        Err(Failed::Timeout) => {
            Verdict::diverged("shuttle-hang", "the shuttle search did not end".into())
        }
        Err(Failed::Panic(m)) => Verdict::diverged("shuttle-panic", m),
    }
}

/// Runs `source` once under exactly `schedule` against `allowed`; the failure it shows
/// (kind, detail), if any. A schedule that no longer fits the program (a task it names
/// is not runnable) is reported as the failure `schedule-mismatch`.
pub fn replay(
    source: &str,
    allowed: &BTreeSet<String>,
    schedule: &RecordedSchedule,
) -> Option<(String, String)> {
    let mut s = Schedule::new(schedule.seed);
    for step in &schedule.steps {
        match step {
            Step::Task(t) => s.push_task(TaskId::from(*t)),
            Step::Random => s.push_random(),
        }
    }
    let end = search(
        source,
        allowed,
        ReplayScheduler::new_from_schedule(s),
        &schedule.scheduler,
        schedule.gc_stress,
        usize::MAX,
    );
    end.failure.map(|(kind, detail, _)| {
        if kind == "shuttle-panic"
            && (detail.contains("not runnable") || detail.contains("schedule ended early"))
        {
            ("schedule-mismatch".into(), detail)
        } else {
            (kind, detail)
        }
    })
}

/// Replays a saved schedule of `source` (on a watchdog thread): the reference explores
/// the program again for the allowed set, one execution under the schedule warms the
/// engine's process-wide caches as a campaign's earlier executions did, then the
/// schedule runs.
pub fn replay_checked(source: &str, schedule: &RecordedSchedule) -> Verdict {
    let (src, sched) = (source.to_owned(), schedule.clone());
    let r = with_timeout(conc::ENGINE_LIMIT * 3, move || {
        let allowed = match conc::explore(&src) {
            Ok(set) => set,
            Err(why) => {
                return Verdict {
                    skipped: Some(why),
                    ..Verdict::default()
                };
            }
        };
        let _warm = search(
            &src,
            &allowed,
            RandomScheduler::new_from_seed(sched.seed, 1),
            "random",
            sched.gc_stress,
            usize::MAX,
        );
        match replay(&src, &allowed, &sched) {
            None => Verdict::default(),
            Some((kind, detail)) => Verdict::diverged(&kind, detail),
        }
    });
    match r {
        Ok(v) => v,
        Err(Failed::Timeout) => Verdict::diverged("shuttle-hang", "the replay did not end".into()),
        Err(Failed::Panic(m)) => Verdict::diverged("shuttle-panic", m),
    }
}

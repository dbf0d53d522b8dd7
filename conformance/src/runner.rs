//! The parallel driver: `jobs` threads, each owning one [`Worker`] process, take items
//! from a shared list in order and turn each into test records; the calling thread
//! collects the records and advances the progress bar.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use crate::report::TestRecord;
use crate::worker::{Worker, WorkerCommand};

/// How a run is carried out.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// Worker processes (and driver threads).
    pub jobs: usize,
    /// Wall-clock limit for each script run.
    pub timeout: Duration,
    /// How to start a worker.
    pub worker: WorkerCommand,
    /// Show a progress bar (on stderr, only when it is a terminal).
    pub progress: bool,
}

/// Runs `work` on every item with `config.jobs` workers and returns all records, in
/// item order.
pub fn run_parallel<T, F>(items: &[T], config: &RunConfig, label: &str, work: F) -> Vec<TestRecord>
where
    T: Sync,
    F: Fn(&mut Worker, &T) -> Vec<TestRecord> + Sync,
{
    if items.is_empty() {
        return Vec::new();
    }
    let bar = if config.progress {
        let bar = ProgressBar::new(items.len() as u64);
        if let Ok(style) = ProgressStyle::with_template(
            "{msg:>10} [{elapsed_precise}] {bar:40} {pos}/{len} (eta {eta})",
        ) {
            bar.set_style(style);
        }
        bar.set_message(label.to_owned());
        bar
    } else {
        ProgressBar::hidden()
    };
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Vec<TestRecord>>> = vec![None; items.len()];
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, Vec<TestRecord>)>();
        for _ in 0..config.jobs.max(1) {
            let tx = tx.clone();
            let next = &next;
            let work = &work;
            let command = config.worker.clone();
            scope.spawn(move || {
                let mut worker = Worker::new(command);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if tx.send((i, work(&mut worker, item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for (i, records) in rx {
            slots[i] = Some(records);
            bar.inc(1);
        }
    });
    bar.finish_and_clear();
    slots.into_iter().flatten().flatten().collect()
}

/// Waits for one job with the run's timeout, timing it.
pub fn timed<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let start = std::time::Instant::now();
    let r = f();
    (
        r,
        u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX),
    )
}

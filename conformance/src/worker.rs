//! Worker processes: every script of a run executes in a child process (the
//! `weft-conformance` binary started with the hidden `__worker` argument), one job at a
//! time, so that a test that loops forever, overflows a native stack, aborts or eats
//! memory costs that test and never the runner.
//!
//! The protocol is one JSON document per line: the parent writes a [`Job`] to the
//! child's stdin; the child answers with one line `RESULT_MARKER` + a [`JobResult`] on
//! stdout. Lines without the marker (something a library printed) are ignored. The parent
//! waits for the answer at most the test's timeout; then it kills the child, reports
//! [`RunError::Timeout`] and starts a fresh child for the next job. A child that dies
//! (a signal, an abort) is reported as [`RunError::Crashed`] with the tail of its stderr.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::implementation::Implementation;

/// What starts every answer line of a worker.
pub const RESULT_MARKER: &str = "\u{1e}weft-result ";

/// The argument that turns the `weft-conformance` binary into a worker.
pub const WORKER_ARG: &str = "__worker";

/// A child is replaced after this many jobs, so that whatever an implementation leaks
/// never accumulates over a 50 000-test run.
pub const JOBS_PER_CHILD: usize = 2_000;

/// One unit of work for a worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Job {
    /// Run a corpus program and answer with its rendered corpus output
    /// ([`crate::CorpusOutput::render`]).
    Corpus {
        /// Which implementation runs it.
        implementation: Implementation,
        /// The program.
        source: String,
        /// The file name it runs under.
        name: String,
    },
    /// Run one test262 scenario (an already composed script) and answer with its
    /// [`ScriptOutcome`], or [`JobResult::Skipped`] when `scan` is set and the script uses
    /// syntax, or the scan text a built-in, that `spec/language.md` does not claim.
    Script {
        /// Which implementation runs it.
        implementation: Implementation,
        /// The composed script (strictness prologue, `$262`, harness, test).
        source: String,
        /// The file name it runs under.
        name: String,
        /// Before running, look for unclaimed syntax in `source` and for unclaimed
        /// built-ins in this text (the test and its unguarded includes).
        scan: Option<String>,
        /// Reference-interpreter fuel (evaluation steps).
        fuel: Option<u64>,
    },
    /// Answer a litmus test under every model its `Expect:` header names.
    Litmus {
        /// The litmus test's text.
        source: String,
    },
    /// Explore every execution of a threaded corpus program (reference interpreter).
    Explore {
        /// The program.
        source: String,
        /// The file name it runs under.
        name: String,
    },
    /// Run a threaded corpus program on the production engine `runs` times, on real OS
    /// threads, and answer with each run's outcome line (`spec/threads.md`
    /// [th.outcome.line]) and what the heap verifier found after it.
    Observe {
        /// The program.
        source: String,
        /// The file name it runs under.
        name: String,
        /// How many independent runs (each on a fresh runtime).
        runs: u32,
        /// Collect every this many allocations (0: no stress).
        gc_stress: usize,
    },
}

/// How a script run ended, with enough detail to judge a test262 test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ScriptCompletion {
    /// It ran to its end and its job queue drained.
    Normal,
    /// An exception escaped.
    Uncaught {
        /// `ToString(value.name)` for a thrown object that has a `name` property.
        name: Option<String>,
        /// `ToString(value.message)` for such objects, `String(value)` otherwise.
        message: String,
    },
    /// The execution budget ran out (reference fuel, boa's loop limit).
    FuelExhausted,
    /// The implementation failed in a way no correct run can (a panic, an internal
    /// error).
    EngineFailure {
        /// What happened.
        message: String,
    },
}

/// What a script printed and how it ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptOutcome {
    /// Everything `print`/`console.log` wrote.
    pub printed: String,
    /// How it ended.
    pub completion: ScriptCompletion,
}

/// One model's verdict on a litmus test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LitmusVerdict {
    /// The model (`weft`, `ecma`, `sc`, `x86-tso`).
    pub model: String,
    /// The observation the header expects (`Never`/`Sometimes`/`Always`).
    pub expected: String,
    /// What the explicit checker observed.
    pub observed: String,
    /// False when the search stopped before examining every candidate.
    pub complete: bool,
}

/// A worker's answer to a [`Job`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum JobResult {
    /// The rendered corpus output of a [`Job::Corpus`].
    Corpus {
        /// [`crate::CorpusOutput::render`] of the run.
        rendered: String,
    },
    /// The outcome of a [`Job::Script`].
    Script(ScriptOutcome),
    /// The job was not run, and why.
    Skipped {
        /// Why (always names the unclaimed feature or the missing capability).
        reason: String,
    },
    /// Every expectation of a [`Job::Litmus`] test, model by model.
    Litmus {
        /// One verdict per model the header names.
        verdicts: Vec<LitmusVerdict>,
    },
    /// The outcome set of a [`Job::Explore`].
    Explore {
        /// One outcome line per allowed outcome, sorted.
        outcomes: Vec<String>,
        /// Whether the exploration was complete.
        complete: bool,
    },
    /// The outcome lines of a [`Job::Observe`], one per run, in run order.
    Observed {
        /// Each run's outcome line.
        outcomes: Vec<String>,
        /// The heap verifier's findings, each prefixed with the run it came from
        /// (empty when every run left a well-formed heap).
        heap_problems: Vec<String>,
    },
    /// The job could not be done (bad input, a panic in the runner's own code).
    Error {
        /// What went wrong.
        message: String,
    },
}

/// Why a job got no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// No answer within the timeout; the child was killed.
    Timeout,
    /// The child died (or answered garbage); the message says how.
    Crashed(String),
    /// No child could be started.
    Spawn(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Timeout => f.write_str("timed out"),
            RunError::Crashed(m) => write!(f, "the worker process died: {m}"),
            RunError::Spawn(m) => write!(f, "cannot start a worker process: {m}"),
        }
    }
}

/// How to start a worker process.
#[derive(Debug, Clone)]
pub struct WorkerCommand {
    /// The executable (normally `weft-conformance` itself).
    pub program: PathBuf,
    /// Its arguments (normally just [`WORKER_ARG`]).
    pub args: Vec<String>,
    /// A cap on the child's address space, in MiB (`ulimit -v` through `sh`); a test
    /// that allocates beyond it makes the child fail (reported as a crash) instead of
    /// taking the machine's memory. `None`: no cap.
    pub memory_limit_mib: Option<u64>,
}

impl WorkerCommand {
    /// `program __worker`, without a memory cap.
    pub fn new(program: PathBuf) -> Self {
        Self {
            program,
            args: vec![WORKER_ARG.to_owned()],
            memory_limit_mib: None,
        }
    }

    /// The running executable as a worker (what the `weft-conformance` binary uses).
    /// On Linux this is `/proc/<pid>/exe`, which names the very file this process runs
    /// even after a rebuild replaced it on disk, so a long run never starts workers
    /// from a newer (or half-written) binary.
    pub fn current_exe() -> std::io::Result<Self> {
        let proc_exe = PathBuf::from(format!("/proc/{}/exe", std::process::id()));
        if proc_exe.exists() {
            return Ok(Self::new(proc_exe));
        }
        Ok(Self::new(std::env::current_exe()?))
    }

    fn command(&self) -> Command {
        match self.memory_limit_mib {
            Some(mib) => {
                let mut c = Command::new("sh");
                c.arg("-c")
                    .arg("ulimit -v \"$1\" && shift && exec \"$@\"")
                    .arg("sh")
                    .arg((mib.saturating_mul(1024)).to_string())
                    .arg(&self.program)
                    .args(&self.args);
                c
            }
            None => {
                let mut c = Command::new(&self.program);
                c.args(&self.args);
                c
            }
        }
    }
}

struct Running {
    child: Child,
    stdin: ChildStdin,
    answers: Receiver<String>,
    stderr_tail: Arc<Mutex<VecDeque<String>>>,
    jobs: usize,
}

/// The parent's handle on one worker process (started lazily, restarted after a
/// timeout, a crash or [`JOBS_PER_CHILD`] jobs).
pub struct Worker {
    command: WorkerCommand,
    running: Option<Running>,
}

impl std::fmt::Debug for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker")
            .field("command", &self.command)
            .field("running", &self.running.is_some())
            .finish()
    }
}

impl Worker {
    /// A worker that starts `command` when it first gets a job.
    pub fn new(command: WorkerCommand) -> Self {
        Self {
            command,
            running: None,
        }
    }

    fn spawn(&self) -> Result<Running, RunError> {
        let mut child = self
            .command
            .command()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| RunError::Spawn(format!("{}: {e}", self.command.program.display())))?;
        let (Some(stdin), Some(stdout), Some(stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(RunError::Spawn("the child has no pipes".into()));
        };
        let (tx, answers) = mpsc::channel();
        std::thread::Builder::new()
            .name("worker-stdout".into())
            .spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    if let Some(answer) = line.strip_prefix(RESULT_MARKER)
                        && tx.send(answer.to_owned()).is_err()
                    {
                        break;
                    }
                }
            })
            .map_err(|e| RunError::Spawn(e.to_string()))?;
        let stderr_tail = Arc::new(Mutex::new(VecDeque::new()));
        let tail = Arc::clone(&stderr_tail);
        std::thread::Builder::new()
            .name("worker-stderr".into())
            .spawn(move || {
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    if let Ok(mut tail) = tail.lock() {
                        if tail.len() == 20 {
                            tail.pop_front();
                        }
                        tail.push_back(line);
                    }
                }
            })
            .map_err(|e| RunError::Spawn(e.to_string()))?;
        Ok(Running {
            child,
            stdin,
            answers,
            stderr_tail,
            jobs: 0,
        })
    }

    /// Kills the child, if any, and waits for it.
    pub fn stop(&mut self) {
        if let Some(mut running) = self.running.take() {
            let _ = running.child.kill();
            let _ = running.child.wait();
        }
    }

    /// Runs `job` like [`Worker::run`]; a timeout is confirmed by running the job once
    /// more on a fresh child, so that a moment when the machine stalled (other
    /// processes, swapping) is not reported as the test's timeout.
    pub fn run_confirmed(&mut self, job: &Job, timeout: Duration) -> Result<JobResult, RunError> {
        match self.run(job, timeout) {
            Err(RunError::Timeout) => self.run(job, timeout),
            other => other,
        }
    }

    /// Runs `job` and waits at most `timeout` for its answer.
    pub fn run(&mut self, job: &Job, timeout: Duration) -> Result<JobResult, RunError> {
        if self
            .running
            .as_ref()
            .is_some_and(|r| r.jobs >= JOBS_PER_CHILD)
        {
            self.stop();
        }
        if self.running.is_none() {
            self.running = Some(self.spawn()?);
        }
        let Some(running) = self.running.as_mut() else {
            return Err(RunError::Spawn("no worker".into()));
        };
        running.jobs += 1;
        let mut line = serde_json::to_string(job)
            .map_err(|e| RunError::Crashed(format!("cannot encode the job: {e}")))?;
        line.push('\n');
        if let Err(e) = running
            .stdin
            .write_all(line.as_bytes())
            .and_then(|()| running.stdin.flush())
        {
            let message = format!("cannot send the job: {e}{}", self.crash_details());
            self.stop();
            return Err(RunError::Crashed(message));
        }
        match running.answers.recv_timeout(timeout) {
            Ok(answer) => serde_json::from_str(&answer).map_err(|e| {
                self.stop();
                RunError::Crashed(format!("unreadable answer: {e}"))
            }),
            Err(RecvTimeoutError::Timeout) => {
                self.stop();
                Err(RunError::Timeout)
            }
            Err(RecvTimeoutError::Disconnected) => {
                let details = self.crash_details();
                self.stop();
                Err(RunError::Crashed(details.trim_start().to_owned()))
            }
        }
    }

    /// The child's exit status (waiting briefly for it) and the tail of its stderr.
    fn crash_details(&mut self) -> String {
        let Some(running) = self.running.as_mut() else {
            return String::new();
        };
        let mut status = None;
        for _ in 0..50 {
            if let Ok(Some(s)) = running.child.try_wait() {
                status = Some(s);
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        // Give the stderr reader a moment to collect the last lines.
        std::thread::sleep(Duration::from_millis(20));
        let tail = running
            .stderr_tail
            .lock()
            .map(|t| t.iter().cloned().collect::<Vec<_>>().join("\n"))
            .unwrap_or_default();
        let mut out = String::new();
        if let Some(s) = status {
            out.push_str(&format!(" ({s})"));
        }
        if !tail.is_empty() {
            out.push_str(&format!("; stderr: {tail}"));
        }
        out
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The worker side: reads jobs from stdin until it closes, answering each with
/// `execute` (on a thread with a large stack, panics turned into [`JobResult::Error`]).
pub fn serve(execute: fn(&Job) -> JobResult) -> std::io::Result<()> {
    let handle = std::thread::Builder::new()
        .name("conformance-worker".into())
        .stack_size(512 << 20)
        .spawn(move || -> std::io::Result<()> {
            let stdin = std::io::stdin();
            let mut out = std::io::stdout();
            for line in stdin.lock().lines() {
                let line = line?;
                if line.trim().is_empty() {
                    continue;
                }
                let result = match serde_json::from_str::<Job>(&line) {
                    Err(e) => JobResult::Error {
                        message: format!("cannot decode the job: {e}"),
                    },
                    Ok(job) => {
                        std::panic::catch_unwind(|| execute(&job)).unwrap_or_else(|payload| {
                            JobResult::Error {
                                message: format!(
                                    "panic: {}",
                                    crate::boa_runner::panic_message(&*payload)
                                ),
                            }
                        })
                    }
                };
                let text = serde_json::to_string(&result).unwrap_or_else(|e| {
                    format!("{{\"kind\":\"error\",\"message\":\"cannot encode: {e}\"}}")
                });
                writeln!(out, "{RESULT_MARKER}{text}")?;
                out.flush()?;
            }
            Ok(())
        })?;
    handle
        .join()
        .unwrap_or_else(|_| Err(std::io::Error::other("the worker thread panicked")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell(script: &str) -> Worker {
        Worker::new(WorkerCommand {
            program: PathBuf::from("sh"),
            args: vec!["-c".into(), script.into()],
            memory_limit_mib: None,
        })
    }

    fn job() -> Job {
        Job::Litmus {
            source: String::new(),
        }
    }

    #[test]
    fn a_silent_worker_times_out_and_is_killed() {
        let mut w = shell("sleep 60");
        let start = std::time::Instant::now();
        assert_eq!(
            w.run(&job(), Duration::from_millis(200)),
            Err(RunError::Timeout)
        );
        assert!(start.elapsed() < Duration::from_secs(5));
        assert!(w.running.is_none(), "the child is gone after a timeout");
        let start = std::time::Instant::now();
        assert_eq!(
            w.run_confirmed(&job(), Duration::from_millis(200)),
            Err(RunError::Timeout)
        );
        assert!(start.elapsed() >= Duration::from_millis(400), "tried twice");
    }

    #[test]
    fn a_timeout_that_does_not_repeat_is_not_reported() {
        // The first child stalls; the second answers.
        let marker = std::env::temp_dir().join(format!("weft-worker-stall-{}", std::process::id()));
        let _ = std::fs::remove_file(&marker);
        let answer = serde_json::to_string(&JobResult::Skipped { reason: "r".into() }).unwrap();
        let mut w = shell(&format!(
            "read line; if [ -e '{m}' ]; then printf '{RESULT_MARKER}%s\\n' '{answer}'; else touch '{m}'; sleep 60; fi",
            m = marker.display()
        ));
        assert_eq!(
            w.run_confirmed(&job(), Duration::from_millis(500)),
            Ok(JobResult::Skipped { reason: "r".into() })
        );
        let _ = std::fs::remove_file(&marker);
    }

    #[test]
    fn a_dying_worker_is_a_crash_with_its_stderr() {
        let mut w = shell("read line; echo boom >&2; exit 7");
        match w.run(&job(), Duration::from_secs(20)) {
            Err(RunError::Crashed(m)) => assert!(m.contains("boom") || m.contains('7'), "{m}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn answers_are_read_past_noise_and_garbage_is_a_crash() {
        let answer = serde_json::to_string(&JobResult::Skipped { reason: "r".into() }).unwrap();
        let mut w = shell(&format!(
            "while read line; do echo noise; printf '{RESULT_MARKER}%s\\n' '{answer}'; done"
        ));
        for _ in 0..3 {
            assert_eq!(
                w.run(&job(), Duration::from_secs(20)),
                Ok(JobResult::Skipped { reason: "r".into() })
            );
        }
        let mut w = shell(&format!(
            "read line; printf '{RESULT_MARKER}nonsense\\n'; sleep 60"
        ));
        assert!(matches!(
            w.run(&job(), Duration::from_secs(20)),
            Err(RunError::Crashed(m)) if m.contains("unreadable")
        ));
    }

    #[test]
    fn the_memory_cap_applies_to_the_child() {
        let mut w = Worker::new(WorkerCommand {
            program: PathBuf::from("sh"),
            args: vec![
                "-c".into(),
                format!(
                    r#"read line; printf '{RESULT_MARKER}{{"kind":"skipped","reason":"%s"}}\n' "$(ulimit -v)""#
                ),
            ],
            memory_limit_mib: Some(64),
        });
        assert_eq!(
            w.run(&job(), Duration::from_secs(20)),
            Ok(JobResult::Skipped {
                reason: "65536".into()
            })
        );
    }

    #[test]
    fn a_missing_program_cannot_spawn() {
        let mut w = Worker::new(WorkerCommand::new(PathBuf::from("/nonexistent/worker")));
        assert!(matches!(
            w.run(&job(), Duration::from_secs(1)),
            Err(RunError::Spawn(_))
        ));
    }
}

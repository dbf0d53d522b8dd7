//! Running the tests of a checkout on the implementations: one record per test and
//! implementation.

use crate::implementation::Implementation;
use crate::report::{Status, TestRecord};
use crate::runner::{RunConfig, run_parallel, timed};
use crate::worker::{Job, JobResult, RunError};

use super::claims::{self, Claim};
use super::{Checkout, Plan, PlanOptions, Verdict, directory_of, frontmatter, judge, plan};

/// What a test262 run needs beyond the [`RunConfig`].
#[derive(Debug, Clone)]
pub struct Test262Options {
    /// The implementations, in report order.
    pub implementations: Vec<Implementation>,
    /// Which tests run.
    pub plan: PlanOptions,
    /// Reference-interpreter fuel per scenario.
    pub fuel: Option<u64>,
}

/// Default reference fuel per scenario: far beyond what any claimed test needs, so the
/// wall-clock timeout is what normally stops a runaway test.
pub const DEFAULT_FUEL: u64 = 200_000_000;

/// Runs `tests` (paths relative to `test/`) of `checkout`.
pub fn run(
    checkout: &Checkout,
    tests: &[String],
    options: &Test262Options,
    config: &RunConfig,
) -> Vec<TestRecord> {
    run_parallel(tests, config, "test262", |worker, rel| {
        let rec =
            |imp: Implementation, features: &[String], status, reason: Option<String>, millis| {
                TestRecord {
                    suite: "test262".into(),
                    implementation: imp.as_str().into(),
                    name: rel.clone(),
                    directory: directory_of(rel),
                    features: features.to_vec(),
                    status,
                    reason,
                    detail: None,
                    millis,
                }
            };
        let all = |status: Status, reason: &str, features: &[String]| {
            options
                .implementations
                .iter()
                .map(|&imp| match imp.unavailable_reason() {
                    Some(why) => rec(imp, features, Status::Skip, Some(why.to_owned()), 0),
                    None => rec(imp, features, status, Some(reason.to_owned()), 0),
                })
                .collect::<Vec<_>>()
        };
        if !options.plan.include_unclaimed
            && let Claim::NotClaimed(reason) = claims::directory_claim(rel)
        {
            return all(Status::Skip, reason, &[]);
        }
        let text = match checkout.read_test(rel) {
            Ok(t) => t,
            Err(e) => return all(Status::Fail, &format!("cannot read the test: {e}"), &[]),
        };
        let meta = match frontmatter::parse(&text) {
            Ok(m) => m,
            Err(e) => return all(Status::Fail, &format!("bad frontmatter: {e}"), &[]),
        };
        let features = &meta.features;
        options
            .implementations
            .iter()
            .map(|&imp| {
                if let Some(reason) = imp.unavailable_reason() {
                    return rec(imp, features, Status::Skip, Some(reason.into()), 0);
                }
                let scenarios = match plan(checkout, rel, &text, &meta, imp, options.plan) {
                    Plan::Skip(reason) => return rec(imp, features, Status::Skip, Some(reason), 0),
                    Plan::Broken(reason) => {
                        return rec(imp, features, Status::Fail, Some(reason), 0);
                    }
                    Plan::Run {
                        scenarios,
                        builtin_scan,
                    } => (scenarios, builtin_scan),
                };
                let (scenarios, builtin_scan) = scenarios;
                let mut builtin_scan = (!options.plan.include_unclaimed).then_some(builtin_scan);
                let mut total = 0;
                for (i, (mode, source)) in scenarios.into_iter().enumerate() {
                    let job = Job::Script {
                        implementation: imp,
                        source,
                        name: rel.clone(),
                        scan: if i == 0 { builtin_scan.take() } else { None },
                        fuel: options.fuel,
                    };
                    let (answer, millis) = timed(|| worker.run_confirmed(&job, config.timeout));
                    total += millis;
                    let verdict = match answer {
                        Ok(JobResult::Script(outcome)) => judge(&meta, &outcome),
                        Ok(JobResult::Skipped { reason }) => {
                            return rec(imp, features, Status::Skip, Some(reason), total);
                        }
                        Ok(JobResult::Error { message }) => {
                            Verdict::Fail(format!("runner error: {message}"))
                        }
                        Ok(other) => Verdict::Fail(format!("unexpected answer: {other:?}")),
                        Err(RunError::Timeout) => Verdict::Timeout(format!(
                            "no answer within {} s",
                            config.timeout.as_secs_f64()
                        )),
                        Err(e) => Verdict::Fail(e.to_string()),
                    };
                    match verdict {
                        Verdict::Pass => {}
                        Verdict::Fail(reason) => {
                            return rec(
                                imp,
                                features,
                                Status::Fail,
                                Some(format!("[{}] {reason}", mode.as_str())),
                                total,
                            );
                        }
                        Verdict::Timeout(reason) => {
                            return rec(
                                imp,
                                features,
                                Status::Timeout,
                                Some(format!("[{}] {reason}", mode.as_str())),
                                total,
                            );
                        }
                    }
                }
                rec(imp, features, Status::Pass, None, total)
            })
            .collect()
    })
}

//! A recorded shuttle schedule as text: what `weft-fuzz` saves next to a reproducer of a
//! failing schedule, and what `weft-fuzz replay` reads back.
//!
//! The format is our own (shuttle's encoder is not public): a header line
//! `weft-fuzz schedule v1 scheduler=<pct|random> gc_stress=<n> seed=<n> steps=<n>`, then
//! the steps as whitespace-separated tokens — a task id, `r` for a random choice, each
//! optionally followed by `*<count>` for a run of the same step (the single-threaded
//! parts of an execution are long runs of one task). Lines starting with `#` are
//! comments. It is plain data and needs no `shuttle` feature to read or write.

/// One scheduling decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The task with this id ran next.
    Task(usize),
    /// The running task asked for a random number.
    Random,
}

/// The decisions of one shuttle execution, enough to replay it exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedSchedule {
    /// The scheduler that chose it (`pct` or `random`).
    pub scheduler: String,
    /// The engine's GC-stress interval in that execution (0 = off).
    pub gc_stress: usize,
    /// The seed of the execution's random data source.
    pub seed: u64,
    pub steps: Vec<Step>,
}

const MAGIC: &str = "weft-fuzz schedule v1";

impl RecordedSchedule {
    /// The text form (see the module documentation).
    pub fn encode(&self) -> String {
        let mut out = format!(
            "{MAGIC} scheduler={} gc_stress={} seed={} steps={}\n",
            self.scheduler,
            self.gc_stress,
            self.seed,
            self.steps.len()
        );
        let mut line = String::new();
        let mut i = 0;
        while i < self.steps.len() {
            let step = self.steps[i];
            let mut n = 1;
            while i + n < self.steps.len() && self.steps[i + n] == step {
                n += 1;
            }
            let mut tok = match step {
                Step::Task(t) => t.to_string(),
                Step::Random => "r".to_owned(),
            };
            if n > 1 {
                tok.push_str(&format!("*{n}"));
            }
            if !line.is_empty() && line.len() + tok.len() >= 100 {
                out.push_str(&line);
                out.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&tok);
            i += n;
        }
        if !line.is_empty() {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    /// Parses the text form; `Err` says what is wrong.
    pub fn decode(text: &str) -> Result<RecordedSchedule, String> {
        let mut lines = text.lines().filter(|l| !l.trim_start().starts_with('#'));
        let header = lines.next().ok_or("empty schedule")?;
        let rest = header
            .strip_prefix(MAGIC)
            .ok_or_else(|| format!("not a schedule (expected {MAGIC:?}): {header}"))?;
        let mut scheduler = None;
        let mut gc_stress = None;
        let mut seed = None;
        let mut count = None;
        for field in rest.split_whitespace() {
            let (k, v) = field
                .split_once('=')
                .ok_or_else(|| format!("bad header field {field:?}"))?;
            let num = || v.parse::<u64>().map_err(|e| format!("{k}: {e}"));
            match k {
                "scheduler" => scheduler = Some(v.to_owned()),
                "gc_stress" => gc_stress = Some(num()? as usize),
                "seed" => seed = Some(num()?),
                "steps" => count = Some(num()? as usize),
                _ => return Err(format!("unknown header field {k:?}")),
            }
        }
        let mut steps = Vec::new();
        for tok in lines.flat_map(str::split_whitespace) {
            let (step, n) = match tok.split_once('*') {
                Some((s, n)) => (s, n.parse::<usize>().map_err(|e| format!("{tok}: {e}"))?),
                None => (tok, 1),
            };
            let step = if step == "r" {
                Step::Random
            } else {
                Step::Task(step.parse().map_err(|e| format!("{tok}: {e}"))?)
            };
            if n == 0 || steps.len() + n > 10_000_000 {
                return Err(format!("bad run length in {tok:?}"));
            }
            steps.extend(std::iter::repeat_n(step, n));
        }
        let count = count.ok_or("no steps= in the header")?;
        if steps.len() != count {
            return Err(format!("{} steps, the header says {count}", steps.len()));
        }
        Ok(RecordedSchedule {
            scheduler: scheduler.ok_or("no scheduler= in the header")?,
            gc_stress: gc_stress.ok_or("no gc_stress= in the header")?,
            seed: seed.ok_or("no seed= in the header")?,
            steps,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_round_trip_through_text() {
        let mut steps = vec![Step::Task(0); 250];
        steps.extend([Step::Task(1), Step::Random, Step::Random, Step::Task(2)]);
        steps.extend((0..80).map(|i| Step::Task(i % 3)));
        let s = RecordedSchedule {
            scheduler: "pct".into(),
            gc_stress: 50,
            seed: 0xdead_beef,
            steps,
        };
        let text = s.encode();
        assert!(text.lines().all(|l| l.len() <= 110), "{text}");
        assert!(text.contains("0*250 1 r*2 2"), "{text}");
        assert_eq!(RecordedSchedule::decode(&text), Ok(s));
    }

    #[test]
    fn bad_schedules_are_errors() {
        assert!(RecordedSchedule::decode("").is_err());
        assert!(RecordedSchedule::decode("hello").is_err());
        let ok = "weft-fuzz schedule v1 scheduler=pct gc_stress=0 seed=1 steps=3\n0*2 r\n";
        assert!(RecordedSchedule::decode(ok).is_ok());
        let short = "weft-fuzz schedule v1 scheduler=pct gc_stress=0 seed=1 steps=4\n0*2 r\n";
        assert!(RecordedSchedule::decode(short).is_err());
        let zero = "weft-fuzz schedule v1 scheduler=pct gc_stress=0 seed=1 steps=0\n0*0\n";
        assert!(RecordedSchedule::decode(zero).is_err());
        let huge =
            "weft-fuzz schedule v1 scheduler=pct gc_stress=0 seed=1 steps=1\n0*99999999999\n";
        assert!(RecordedSchedule::decode(huge).is_err());
    }
}

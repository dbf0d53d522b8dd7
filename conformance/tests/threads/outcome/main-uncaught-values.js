// Rule: th.outcome.ending.main, th.outcome.display
// A non-Error thrown by the main script is displayed like a thread result.
throw { code: 42, why: "x" };

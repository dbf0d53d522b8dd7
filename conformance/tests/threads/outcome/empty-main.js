// Rule: th.outcome.line, th.outcome.ending.main
// A program that prints nothing and creates no thread: the line is just T0.
const x = 1 + 1;

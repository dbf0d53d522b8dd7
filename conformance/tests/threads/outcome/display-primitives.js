// Rule: th.outcome.display, th.outcome.ending.thread
// Displays of returned primitives: numbers by ToString except -0, strings as JSON literals.
new Thread(() => -0);
new Thread(() => 1 / 0);
new Thread(() => 0.1 + 0.2);
new Thread(() => 'q"uote');
new Thread(() => null);
new Thread(() => false);
new Thread(() => Symbol("d"));
new Thread(() => Symbol());

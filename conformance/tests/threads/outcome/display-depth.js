// Rule: th.outcome.display
// Arrays and objects at depth 4 and beyond show as [...] and {...}.
new Thread(() => ({ a: { b: { c: { d: 1 } } } }));
new Thread(() => [[[[1]], 2]]);

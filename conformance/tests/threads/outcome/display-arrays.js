// Rule: th.outcome.display
// Arrays: elements displayed recursively, holes as <hole>, the empty array as [].
new Thread(() => [1, , 3]);
new Thread(() => []);
new Thread(() => [[1, [2]], "s", [-0, undefined]]);

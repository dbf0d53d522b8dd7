// Rule: th.outcome.display
// Functions display as [Function name], anonymous ones as [Function].
function named() {}
new Thread(() => named);
new Thread(() => [function () {}, () => 0]);
new Thread(() => ({ m() {} }));

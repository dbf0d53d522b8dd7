// Rule: th.memory.locations
// A racing delete: the read sees the value or undefined.
// Note: delete is a write of absent: a racing read sees the value or undefined.
const o = { x: 1 };
new Thread(() => delete o.x);
new Thread(() => o.x);

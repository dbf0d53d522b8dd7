// Rule: th.outcome.ending.main, th.thread.main
// The main script ending with an Error: "!! Name: message" after what it printed; the other
// threads still run to their end.
const t = new Thread(() => "still runs");
print("before");
throw new TypeError("bad thing");

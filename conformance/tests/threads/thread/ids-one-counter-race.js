// Rule: th.thread.id, th.outcome.line
// Two threads creating threads at once draw ids from one counter.
// Note: main creates T1 and then a second thread; T1 creates a thread too. Both draw from one
// Note: counter, so whichever creation happens first gets id 2 and the other 3. The segments
// Note: are listed by id, so the two orders give two outcome lines.
const t1 = new Thread(() => new Thread(() => "inner").id);
const t2 = new Thread(() => "outer");
print(t2.id);

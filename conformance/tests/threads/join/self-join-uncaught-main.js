// Rule: th.error.self-join, th.outcome.ending.main
// The main script ending with the self-join Error: main's ending shows it.
print("before");
Thread.current.join();
print("not reached");

// Rule: th.jobs.queue
// Main's jobs run after the script, first in first out, nested reactions after earlier ones.
Promise.resolve().then(() => {
  print("a");
  Promise.resolve().then(() => print("c"));
});
Promise.resolve().then(() => print("b"));
print("sync");

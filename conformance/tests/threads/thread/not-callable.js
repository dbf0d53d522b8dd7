// Rule: th.thread.create, th.error.thread-not-callable
// new Thread with a non-callable first argument throws a TypeError and creates no thread.
const bad = [5, {}, undefined, "f", null];
for (const b of bad) {
  try {
    new Thread(b);
    print("no error");
  } catch (e) {
    print(e instanceof TypeError);
  }
}
print(new Thread(() => 0).id);

// Rule: th.thread.finish, th.thread.result
// A job that throws after the function returned rejects a promise; the result stays the return value.
const t = new Thread(() => {
  Promise.resolve().then(() => {
    throw new Error("late");
  });
  return 7;
});
print(t.join());

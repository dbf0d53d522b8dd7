// Rule: th.thread.join.repeat, th.thread.join.rethrow
// Every join of a thread that threw throws the same value again.
const t = new Thread(() => {
  throw new Error("again");
});
const caught = [];
for (let i = 0; i < 3; i++) {
  try {
    t.join();
  } catch (e) {
    caught.push(e);
  }
}
print(caught.length, caught[0] === caught[1], caught[1] === caught[2], caught[2].message);

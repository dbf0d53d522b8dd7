// Rule: th.memory.locations, th.thread.join.memory
// A captured let written by a thread is seen by main after join.
function make() {
  let secret = "before";
  return {
    set: (v) => {
      secret = v;
    },
    get: () => secret,
  };
}
const box = make();
const t = new Thread(() => box.set("after"));
t.join();
print(box.get());

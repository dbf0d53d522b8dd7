// Rule: th.atomics.common, th.error.atomics-not-object
// Every operation rejects a first argument that is not an object with a TypeError.
const ops = [
  ["load", () => Atomics.load(5, "x")],
  ["store", () => Atomics.store("s", "length", 1)],
  ["add", () => Atomics.add(undefined, "x", 1)],
  ["sub", () => Atomics.sub(null, "x", 1)],
  ["and", () => Atomics.and(true, "x", 1)],
  ["or", () => Atomics.or(1, "x", 1)],
  ["xor", () => Atomics.xor(Symbol(), "x", 1)],
  ["exchange", () => Atomics.exchange(2, "x", 1)],
  ["compareExchange", () => Atomics.compareExchange("x", "x", 1, 2)],
  ["wait", () => Atomics.wait(0, "x", 0, 0)],
  ["waitAsync", () => Atomics.waitAsync(0, "x", 0, 0)],
  ["notify", () => Atomics.notify(0, "x")],
];
for (const [name, f] of ops) {
  try {
    f();
    print(name, "no error");
  } catch (e) {
    print(name, e instanceof TypeError);
  }
}

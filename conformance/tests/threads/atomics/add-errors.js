// Rule: th.atomics.add, th.atomics.sub, th.error.atomics-not-number, th.error.atomics-not-own-data
// No coercion: a non-Number value or operand is a TypeError; absent too; nothing is written.
const o = { s: "1", n: 1, u: undefined };
const cases = [
  ["string value", () => Atomics.add(o, "s", 1)],
  ["string operand", () => Atomics.add(o, "n", "1")],
  ["undefined value", () => Atomics.sub(o, "u", 1)],
  ["absent", () => Atomics.add(o, "missing", 1)],
  ["no operand", () => Atomics.sub(o, "n")],
];
for (const [name, f] of cases) {
  try {
    f();
    print(name, "no error");
  } catch (e) {
    print(name, e instanceof TypeError);
  }
}
print(o.s, o.n, "missing" in o);

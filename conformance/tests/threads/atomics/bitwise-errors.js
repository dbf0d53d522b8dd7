// Rule: th.atomics.bitwise, th.error.atomics-not-number
// The bitwise operations need Numbers too.
const o = { s: "3", n: 3 };
for (const f of [() => Atomics.and(o, "s", 1), () => Atomics.or(o, "n", "1"), () => Atomics.xor(o, "n", null)]) {
  try {
    f();
    print("no error");
  } catch (e) {
    print(e instanceof TypeError);
  }
}
print(o.s, o.n);

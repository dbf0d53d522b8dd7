// Rule: th.atomics.common
// The object check comes before the key conversion: a non-object fails before toString runs.
let converted = 0;
const key = {
  toString() {
    converted++;
    return "x";
  },
};
try {
  Atomics.load(5, key);
} catch (e) {
  print(e instanceof TypeError, converted);
}
const o = { x: 7 };
print(Atomics.load(o, key), converted);

// Rule: th.atomics.load.own-data, th.atomics.own-data, th.error.atomics-not-own-data
// load of an absent property is a TypeError (not undefined).
const o = { x: 1 };
try {
  Atomics.load(o, "y");
  print("no error");
} catch (e) {
  print(e instanceof TypeError);
}
try {
  Atomics.load([1], 5);
  print("no error");
} catch (e) {
  print(e instanceof TypeError);
}

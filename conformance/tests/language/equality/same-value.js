// SameValue (Object.is), SameValueZero (includes, Map, Set) and === compared
// spec: [language.equality.strict]
var cases = [[NaN, NaN], [0, -0], [-0, -0], [1, 1], ["a", "a"], [null, undefined]];
for (var [a, b] of cases) {
  print(Object.is(a, b), a === b, [a].includes(b), new Set([a]).has(b), [a].indexOf(b) !== -1);
}
var m = new Map();
m.set(-0, "zero");
print(m.get(0), Object.is([...m.keys()][0], -0));
var s = new Set([NaN, NaN, 0, -0]);
print(s.size);

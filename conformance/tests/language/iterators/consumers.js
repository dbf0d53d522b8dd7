// everything that consumes iterables: spread, Array.from, destructuring, Map/Set constructors, for-of
// spec: [language.iteration.protocol]
function counter(n) {
  var pulls = { count: 0 };
  var it = {
    pulls: pulls,
    [Symbol.iterator]() {
      var i = 0;
      return { next() { pulls.count++; return i < n ? { value: i++, done: false } : { done: true }; } };
    },
  };
  return it;
}
var c1 = counter(3);
print([...c1].join(""), c1.pulls.count);
var c2 = counter(3);
print(Array.from(c2, (x) => x * 2).join(""), c2.pulls.count);
var c3 = counter(5);
var [a, b] = c3;
print(a, b, c3.pulls.count);
var c4 = counter(2);
print(new Set(c4).size, c4.pulls.count);
var c5 = counter(2);
try {
  new Map(c5);
} catch (e) {
  print("Map entries must be objects:", e.name, c5.pulls.count);
}
var c6 = counter(4);
print(Math.max(...c6), c6.pulls.count);

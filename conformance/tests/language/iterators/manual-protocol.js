// driving an iterator by hand and building one
// spec: [language.iteration.protocol]
function makeRange(start, end, step) {
  var cur = start;
  return {
    [Symbol.iterator]() { return this; },
    next() {
      if (cur < end) { var v = cur; cur += step; return { value: v, done: false }; }
      return { value: undefined, done: true };
    },
  };
}
var it = makeRange(0, 10, 3);
var r, vals = [];
while (!(r = it.next()).done) vals.push(r.value);
print(vals.join(","), it.next().done);
print([...makeRange(1, 2, 0.25)].join(" "));
var exhausted = makeRange(0, 2, 1);
print([...exhausted].length, [...exhausted].length);
var fib = {
  [Symbol.iterator]() {
    var a = 0, b = 1;
    return { next() { var v = a; [a, b] = [b, a + b]; return { value: v, done: false }; } };
  },
};
var first = [];
for (var f of fib) { if (f > 100) break; first.push(f); }
print(first.join(","));

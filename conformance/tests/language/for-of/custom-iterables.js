// for-of uses Symbol.iterator and the next() protocol
// spec: [language.statement.for-of]
var range = {
  from: 1,
  to: 4,
  [Symbol.iterator]() {
    var cur = this.from, last = this.to;
    return { next: () => (cur <= last ? { value: cur++, done: false } : { value: "ignored", done: true }) };
  },
};
var got = [];
for (var n of range) got.push(n);
print(got.join(","));
print([...range].length, Array.from(range).join(""));
var selfIter = {
  i: 0,
  [Symbol.iterator]() { return this; },
  next() { return this.i < 2 ? { value: this.i++ } : { done: 1 }; },
};
var s = [];
for (var x of selfIter) s.push(x);
print(s.join(","));
var doneMissing = { [Symbol.iterator]() { var c = 0; return { next() { c++; return c > 3 ? { done: true } : { value: c }; } }; } };
print([...doneMissing].join(""));

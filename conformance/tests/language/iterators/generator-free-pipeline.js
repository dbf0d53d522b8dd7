// composing iterators without generators: map/filter/take wrappers
// spec: [language.iteration.protocol]
function iterOf(iterable) { return iterable[Symbol.iterator](); }
function mapIt(iterable, f) {
  return { [Symbol.iterator]() { var it = iterOf(iterable); return { next() { var r = it.next(); return r.done ? r : { value: f(r.value), done: false }; } }; } };
}
function filterIt(iterable, p) {
  return { [Symbol.iterator]() { var it = iterOf(iterable); return { next() { for (;;) { var r = it.next(); if (r.done || p(r.value)) return r; } } }; } };
}
function take(iterable, n) {
  return { [Symbol.iterator]() { var it = iterOf(iterable); var k = 0; return { next() { return k++ < n ? it.next() : { done: true, value: undefined }; } }; } };
}
var naturals = { [Symbol.iterator]() { var i = 0; return { next: () => ({ value: i++, done: false }) }; } };
var evensSquared = mapIt(filterIt(naturals, (x) => x % 2 === 0), (x) => x * x);
print([...take(evensSquared, 6)].join(","));
print([...take(mapIt("abc", (c) => c.toUpperCase()), 2)].join(""));
print([...take(new Set([3, 1, 2]), 10)].join(""));

// array destructuring closes the iterator when it stops early
// spec: [language.destructuring.binding]
function makeIter(n, log) {
  var i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { log.push("next"); return i < n ? { value: i++, done: false } : { value: undefined, done: true }; },
    return() { log.push("return"); return {}; },
  };
}
var log = [];
var [a, b] = makeIter(5, log);
print(a, b, log.join(","));
log = [];
var [c, d, e] = makeIter(2, log);
print(c, d, e, log.join(","));
log = [];
var [...all] = makeIter(2, log);
print(all.length, log.join(","));
log = [];
var [] = makeIter(3, log);
print(log.join(","));
log = [];
try {
  var [x = (() => { throw new Error("default threw"); })()] = makeIter(0, log);
} catch (err) {
  print(err.message, log.join(","));
}

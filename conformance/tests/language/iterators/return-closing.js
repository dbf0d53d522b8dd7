// built-in consumers close iterators on abrupt completion
// spec: [language.iteration.protocol]
var log = [];
function closable(values) {
  return {
    [Symbol.iterator]() {
      var i = 0;
      return {
        next() { return i < values.length ? { value: values[i++], done: false } : { done: true }; },
        return() { log.push("closed at " + i); return {}; },
      };
    },
  };
}
try {
  new Map(closable([["a", 1], "bad", ["c", 3]]));
} catch (e) {
  log.push(e.name);
}
try {
  Array.from(closable([1, 2, 3]), (x) => { if (x === 2) throw new Error("map fn"); return x; });
} catch (e) {
  log.push(e.message);
}
var [first] = closable([9, 8]);
log.push("first=" + first);
try {
  new Set(closable([1, 2])).add.call(null);
} catch (e) {
  log.push("after set " + e.name);
}
print(log.join("; "));

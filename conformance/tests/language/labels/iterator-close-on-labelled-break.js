// leaving an inner for-of through a labelled break/continue closes its iterator
// spec: [language.iteration.protocol] [language.statement.labels]
var log = [];
function tracked(name, n) {
  return {
    [Symbol.iterator]() {
      var i = 0;
      return {
        next() { return { value: i, done: i++ >= n }; },
        return() { log.push("close " + name); return {}; },
      };
    },
  };
}
outer: for (var a of tracked("outer", 3)) {
  for (var b of tracked("inner" + a, 3)) {
    if (a === 0 && b === 1) continue outer;
    if (a === 1 && b === 0) break outer;
  }
}
print(log.join(", "));

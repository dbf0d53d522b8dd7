// return() is called when a for-of loop exits early by break, return or throw
// spec: [language.iteration.protocol] [language.statement.for-of]
var log = [];
function iterable(name) {
  return {
    [Symbol.iterator]() {
      var i = 0;
      return {
        next() { return { value: i++, done: i > 5 }; },
        return(v) { log.push(name + " return(" + arguments.length + ")"); return { done: true }; },
      };
    },
  };
}
for (var x of iterable("break")) if (x === 1) break;
function f() { for (var y of iterable("return")) if (y === 2) return y; }
f();
try {
  for (var z of iterable("throw")) throw new Error("boom");
} catch (e) {
  log.push("caught " + e.message);
}
for (var w of iterable("complete"));
outer: for (var a of [1, 2]) {
  for (var b of iterable("labelled continue")) continue outer;
}
print(log.join("; "));

// spread elements are evaluated left to right, interleaved with other arguments
// spec: [language.spread.call]
var log = [];
function v(name, x) { log.push(name); return x; }
function f() { return arguments.length; }
var n = f(v("a", 1), ...v("b", [2, 3]), v("c", 4), ...v("d", []));
print(n, log.join(","));
log = [];
var arr = [v("x", 0), ...v("y", "pq"), v("z", 9)];
print(arr.join(""), log.join(","));
var it = {
  [Symbol.iterator]() {
    var i = 0;
    return {
      next() {
        log.push("next" + i);
        return i < 2 ? { value: i++, done: false } : { done: true };
      },
    };
  },
};
log = [];
var r = [...it, v("after", "A")];
print(r.join(","), log.join(","));

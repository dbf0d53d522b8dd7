// implementing Symbol.iterator on classes and objects
// spec: [language.builtin.symbol]
class Countdown {
  constructor(n) { this.n = n; }
  [Symbol.iterator]() {
    var n = this.n;
    return { next: () => (n > 0 ? { value: n--, done: false } : { value: undefined, done: true }), [Symbol.iterator]() { return this; } };
  }
}
print([...new Countdown(3)].join(), Array.from(new Countdown(2)).join());
var [first, ...others] = new Countdown(4);
print(first, others.join());
var linked = { v: 1, next: { v: 2, next: { v: 3, next: null } } };
linked[Symbol.iterator] = function () {
  var node = this;
  return { next() { if (!node) return { done: true }; var v = node.v; node = node.next; return { value: v, done: false }; } };
};
print([...linked].join("->"), Math.max(...linked));
var arr = [1, 2, 3];
arr[Symbol.iterator] = function () { var i = this.length; var self = this; return { next: () => (i > 0 ? { value: self[--i], done: false } : { done: true }) }; };
print([...arr].join(), arr.join());

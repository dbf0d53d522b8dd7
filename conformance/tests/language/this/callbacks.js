// `this` in callbacks: thisArg parameter of array methods
// spec: [language.this.binding]
var ctx = { factor: 3 };
var out = [1, 2].map(function (x) { return x * this.factor; }, ctx);
print(out.join(","));
var seen = [];
[1].forEach(function () { seen.push(this === ctx); }, ctx);
[1].forEach(() => seen.push(this === globalThis), ctx);
print(seen.join(","));
print([5, 6].filter(function (x) { return x > this.min; }, { min: 5 }).join());
print([1, 2, 3].some(function (x) { return x === this.want; }, { want: 2 }));
print([4, 5].find(function (x) { return x === this.v; }, { v: 5 }));
var m = new Map([["k", 1]]);
m.forEach(function () { seen.push(this.tag); }, { tag: "map" });
print(seen[seen.length - 1]);
function Outer() {
  this.v = "outer";
  this.get = function () { return [0].map(function () { return this; })[0] === globalThis; };
}
print(new Outer().get());

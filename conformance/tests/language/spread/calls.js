// spread arguments in calls
// spec: [language.spread.call]
function f(a, b, c) { return [a, b, c].join(","); }
var args = [1, 2, 3];
print(f(...args), f(0, ...[9]), f(...[1], ...[2], ...[3, 4]));
print(Math.max(...[1, 5, 3]), Math.min(...[]), Math.max(...[]));
print(f(..."ab"), f(...new Set(["x", "y"])));
print(f(...[, "hole"]));
var o = { m(...xs) { return this.tag + xs.length; }, tag: "t" };
print(o.m(...[1, 2, 3]), o["m"](...[]));
function Ctor(a, b) { this.sum = a + b; }
print(new Ctor(...[2, 3]).sum);
var calls = 0;
var iterable = { [Symbol.iterator]() { calls++; var i = 0; return { next: () => ({ value: i, done: i++ >= 2 }) }; } };
print(f(...iterable), calls);
try {
  f(...123);
} catch (e) {
  print(e.name);
}

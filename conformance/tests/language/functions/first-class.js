// functions as values: passed, returned, stored, with properties
// spec: [language.function.definitions]
function apply(f, x) { return f(x); }
function compose(f, g) { return function (x) { return f(g(x)); }; }
var inc = function (x) { return x + 1; };
var dbl = function (x) { return x * 2; };
print(apply(inc, 1), compose(inc, dbl)(5), compose(dbl, inc)(5));
var table = { inc: inc, dbl: dbl };
print(table["inc"](10), [inc, dbl][1](10));
function counter() {}
counter.count = 0;
counter.count++;
print(counter.count, "count" in counter, Object.keys(counter).join());
var pipeline = [inc, dbl, inc].reduce(function (acc, f) { return f(acc); }, 3);
print(pipeline);
print(typeof inc.call, inc instanceof Function, inc instanceof Object);
print(Object.getPrototypeOf(inc) === Function.prototype);

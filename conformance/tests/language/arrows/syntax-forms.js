// arrow function syntax forms
// spec: [language.function.arrow]
var a = x => x * 2;
var b = (x, y) => x + y;
var c = () => "no params";
var d = (x) => { return x - 1; };
var e = () => ({ obj: true });
var f = () => {};
var g = ([p, q], { r }) => p + q + r;
var h = (x = 5, ...rest) => x + rest.length;
print(a(4), b(1, 2), c(), d(10), e().obj, f());
print(g([1, 2], { r: 3 }), h(), h(1, 2, 3));
var nested = x => y => z => x + y + z;
print(nested(1)(2)(3));
var cond = n => n > 0 ? "pos" : n < 0 ? "neg" : "zero";
print(cond(3), cond(-3), cond(0));
print([1, 2, 3].map(n => n * n).join(","));
print((() => 1)(), (x => x)("iife"));

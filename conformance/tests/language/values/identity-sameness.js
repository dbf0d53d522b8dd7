// object identity vs primitive values, Object.is vs ===
// spec: [language.value.typeof]
var a = {}, b = {};
print(a === b, a === a, [] === [], "x" === "x");
var c = a;
c.p = 1;
print(a.p);
print(NaN === NaN, Object.is(NaN, NaN));
print(0 === -0, Object.is(0, -0), Object.is(-0, -0));
print(Object.is("a", "a"), Object.is({}, {}));
print(Symbol("s") === Symbol("s"), Symbol.for("s") === Symbol.for("s"));
var f1 = function () {};
var f2 = f1;
print(f1 === f2, (function () {}) === (function () {}));
print([NaN].indexOf(NaN), [NaN].includes(NaN));

// the same operations silently fail in sloppy code
// spec: [language.strict.errors]
var o = {};
Object.defineProperty(o, "ro", { value: 1, writable: false });
o.ro = 2;
print(o.ro);
var g = { get x() { return 1; } };
g.x = 2;
print(g.x);
var frozen = Object.freeze({ a: 1 });
frozen.a = 2;
frozen.b = 3;
print(frozen.a, frozen.b);
var sealed = Object.seal({ a: 1 });
print(delete sealed.a, sealed.a);
"str".prop = 1;
print("str".prop);
NaN = 1;
undefined = 2;
Infinity = 3;
print(NaN, undefined, Infinity);
var nonExt = Object.preventExtensions({});
nonExt.x = 1;
print(nonExt.x);
print(delete Object.prototype);

// a?.b, a?.[k] and f?.()
// spec: [language.operator.optional-chain]
var o = { a: { b: { c: 1 } }, arr: [10, 20], fn() { return "called"; } };
var nothing = null, undef;
print(o?.a?.b?.c, nothing?.a, undef?.a, o.missing?.b);
print(o?.["a"]?.["b"].c, o.arr?.[1], nothing?.[0]);
print(o.fn?.(), o.nope?.(), nothing?.fn());
print(0?.toFixed(1), ""?.length, false?.toString());
print(typeof nothing?.x, (nothing?.x) === undefined);
var key = "a";
print(o?.[key]?.b?.["c"]);
print(o.a?.b.c, o.a?.["b"]?.c);

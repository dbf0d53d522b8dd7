// unary + - ~ ! operators
// spec: [language.operator.unary]
print(+"", +" ", +"42", +"4.2e1", +"-0x1", +[], +[7], +{}, +null, +undefined);
print(+true, +false, -"5", -(-5), - -5, -"abc");
print(Object.is(-0, -(+0)), Object.is(+(-0), -0), Object.is(-"0", -0));
print(~0, ~-1, ~5, ~"7", ~1.9, ~NaN, ~Infinity, ~2147483648);
print(!0, !1, !"", !"0", !null, !NaN, ![], !{});
print(!!"false", !!!"x");
print(typeof +"1", typeof -"1", typeof ~"1", typeof !"1");
var o = { valueOf() { return "12"; } };
print(+o, -o, ~o);
print(+"1_000", +"١", +"\u00a012\u00a0", +"\ufeff5");

// the + operator: numeric addition vs string concatenation
// spec: [language.operator.addition]
print(1 + 2, 1 + "2", "1" + 2, 1 + 2 + "3", "1" + 2 + 3);
print(true + 1, true + true, null + 1, undefined + 1, null + null);
print([] + [], [] + {}, [1] + [2], ({}) + "");
print(1 + [2], 1 + [2, 3], 1 + {}, 1 + null + "x");
print(0.1 + 0.2, -0.5 + 0.5, Object.is(-0 + -0, -0), Object.is(-0 + 0, 0));
print(Infinity + -Infinity, Infinity + Infinity, NaN + "");
var obj = { valueOf() { return 10; }, toString() { return "obj"; } };
print(obj + 1, obj + "s", "s" + obj, obj + obj);
var date_like = { toString() { return "T"; } };
print(date_like + 1);
print(+"3" + +"4", "3" - - "4", "3" + - "4");

// spreading a non-iterable object into an array throws TypeError
// spec: [language.host.uncaught] [language.spread.array]
var fine = [...[1, 2], ..."ab"];
print(fine.join(""));
var objectSpread = { ...{ a: 1 } };
print("object spread of an object is fine:", objectSpread.a);
var plain = { a: 1 };
print("spreading a plain object into an array");
var broken = [...plain];
print("unreachable");

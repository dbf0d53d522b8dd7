// symbol-keyed properties are hidden from string-keyed enumeration
// spec: [language.builtin.symbol] [language.value.symbol]
var s = Symbol("hidden");
var o = { visible: 1, [s]: 2 };
o[Symbol("late")] = 3;
print(Object.keys(o).join(","), JSON.stringify(o));
var inKeys = [];
for (var k in o) inKeys.push(k);
print(inKeys.join(","));
var syms = Object.getOwnPropertySymbols(o);
print(syms.length, syms[0] === s, syms[1].description);
print(Object.getOwnPropertyNames(o).join(","));
print(s in o, o.hasOwnProperty(s), o.propertyIsEnumerable(s));
var copy = Object.assign({}, o);
print(copy[s], Object.getOwnPropertySymbols(copy).length);
var spread = { ...o };
print(spread[s]);
delete o[s];
print(s in o, Object.getOwnPropertySymbols(o).length);

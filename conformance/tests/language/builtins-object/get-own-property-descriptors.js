// getOwnPropertyDescriptor(s), getOwnPropertyNames, getOwnPropertySymbols
// spec: [language.builtin.object]
var s = Symbol("s");
var o = { a: 1, get g() { return 2; }, [s]: 3 };
Object.defineProperty(o, "hidden", { value: 4 });
var all = Object.getOwnPropertyDescriptors(o);
print(Object.keys(all).join(","), all.a.value, typeof all.g.get, all.hidden.enumerable, all[s].value);
print(Object.getOwnPropertyNames(o).join(","));
print(Object.getOwnPropertySymbols(o).length, Object.getOwnPropertySymbols({}).length);
print(Object.getOwnPropertyNames("ab").join(","), Object.getOwnPropertyNames([5]).join(","));
var d = Object.getOwnPropertyDescriptor([1, 2], "length");
print(d.value, d.writable, d.enumerable, d.configurable);
var fd = Object.getOwnPropertyDescriptor(function f(a, b) {}, "length");
print(fd.value, fd.writable, fd.configurable);
var clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(o));
print(typeof Object.getOwnPropertyDescriptor(clone, "g").get, clone.hidden, clone[s]);
print(Object.getOwnPropertyDescriptor("abc", 0).value, Object.getOwnPropertyDescriptor(1, "x"));

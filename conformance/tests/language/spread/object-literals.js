// spread in object literals copies own enumerable properties
// spec: [language.spread.object]
var base = { a: 1, b: 2 };
var ext = { ...base, b: 3, c: 4 };
print(JSON.stringify(ext), JSON.stringify({ b: 0, ...base }));
print(JSON.stringify({ ...null, ...undefined, ...5, ...true }));
print(JSON.stringify({ ..."hi" }), JSON.stringify({ ...[10, 20] }));
var proto = { inherited: 1 };
var child = Object.create(proto);
child.own = 2;
Object.defineProperty(child, "hidden", { value: 3, enumerable: false });
print(JSON.stringify({ ...child }));
var s = Symbol("s");
var withSym = { ...{ [s]: "sym" } };
print(withSym[s]);
var getterCalls = 0;
var src = { get g() { getterCalls++; return "got"; } };
var copy = { ...src };
print(copy.g, getterCalls, typeof Object.getOwnPropertyDescriptor(copy, "g").get);
var target = { set x(v) { print("setter called"); } };
var spreadOver = { ...target, ...{ x: 1 } };
print(spreadOver.x);
var order = { z: 1, 2: "two", a: 2, 1: "one" };
print(Object.keys({ ...order }).join(","));

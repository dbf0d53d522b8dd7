// property keys are converted with ToPropertyKey
// spec: [language.coercion.other]
var o = {};
o[1] = "one";
o["1"] = "string one";
o[1.5] = "float";
o[-0] = "minus zero";
o[null] = "null key";
o[undefined] = "undefined key";
o[true] = "bool";
o[[1, 2]] = "array key";
print(o[1], o["1.5"], o[0], o["null"], o.undefined, o["true"], o["1,2"]);
print(Object.keys(o).join("|"));
var log = [];
var keyObj = { toString() { log.push("toString"); return "k"; }, valueOf() { log.push("valueOf"); return 1; } };
o[keyObj] = "obj key";
print(o.k, log.join(","));
var symKey = { [Symbol.toPrimitive]() { return Symbol.for("viaPrim"); } };
o[symKey] = "symbol via toPrimitive";
print(o[Symbol.for("viaPrim")]);
var arr = [];
arr["2"] = "x";
arr[1e0] = "y";
print(arr.length, JSON.stringify(arr));
print({ 1e21: 1 }["1e+21"], { 0.1: 1 }["0.1"], { [-0]: 1 }["0"]);

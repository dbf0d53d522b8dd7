// ToString on every kind of value
// spec: [language.coercion.other]
print(String(0), String(-0), String(NaN), String(-Infinity));
print(String(1e21), String(1e-7), String(123e-20), String(2 ** 70));
print(String(true), String(null), String(undefined));
print(String([]), String([1, [2, [3]]]), String([null, undefined]), String([[], []]));
print(String({}), String(Object.create(null, { toString: { value: () => "own" } })));
var sparse = [1, , 3];
print(String(sparse), sparse.join("-"));
print([1, 2].toString === Array.prototype.toString, String(new Number(5)));
var noJoin = [1, 2];
noJoin.join = undefined;
print(String(noJoin), String(Object.assign([1], { join: "not callable" })));

// duplicate keys: last value wins but the first position is kept
// spec: [language.literal.object]
var o = { a: 1, b: 2, a: 3 };
print(JSON.stringify(o), Object.keys(o).join(""));
var mixed = { x: 1, get x() { return "getter"; } };
print(mixed.x, typeof Object.getOwnPropertyDescriptor(mixed, "x").get);
var back = { get y() { return "getter"; }, y: "data" };
print(back.y, Object.getOwnPropertyDescriptor(back, "y").writable);
var pair = { get z() { return this._z; }, set z(v) { this._z = v * 2; } };
pair.z = 5;
print(pair.z);
var overwrite = { set w(v) { this.log = "setter"; }, w: "plain" };
overwrite.w = "assigned";
print(overwrite.w, overwrite.log);
var comp = { ["k"]: 1, k: 2, ["k"]: 3 };
print(comp.k, Object.keys(comp).length);
var numeric = { 1: "a", "1": "b", 1.0: "c" };
print(numeric[1], Object.keys(numeric).length);

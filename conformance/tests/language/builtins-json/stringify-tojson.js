// toJSON is called with the key before the replacer
// spec: [language.builtin.json-stringify]
var o = {
  toJSON(key) { return "toJSON(" + key + ")"; },
};
print(JSON.stringify(o), JSON.stringify({ k: o }), JSON.stringify([o]));
var order = [];
var obj = {
  x: { toJSON(k) { order.push("toJSON " + k); return { y: 1 }; } },
};
JSON.stringify(obj, function (k, v) { order.push("replacer " + k + " " + JSON.stringify(v)); return v; });
print(order.join(" | "));
print(JSON.stringify({ toJSON() { return undefined; } }), JSON.stringify({ a: { toJSON() { return undefined; } } }));
print(JSON.stringify({ toJSON: "not a function", v: 1 }));
var proto = { toJSON() { return "from proto " + this.n; } };
var inst = Object.create(proto);
inst.n = 5;
print(JSON.stringify(inst));
class Point { constructor(x, y) { this.x = x; this.y = y; } toJSON() { return [this.x, this.y]; } }
print(JSON.stringify({ p: new Point(1, 2), list: [new Point(3, 4)] }));

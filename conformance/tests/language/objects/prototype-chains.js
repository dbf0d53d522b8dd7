// property lookup walks the prototype chain; assignment creates own properties
// spec: [language.object.prototypes]
var base = { greet() { return "hi from " + this.name; }, shared: "base", name: "base" };
var mid = Object.create(base);
mid.name = "mid";
var leaf = Object.create(mid);
leaf.name = "leaf";
print(leaf.greet(), leaf.shared, Object.getPrototypeOf(leaf) === mid);
leaf.shared = "own";
print(leaf.shared, mid.shared, base.shared);
delete leaf.shared;
print(leaf.shared);
base.added = "later";
print(leaf.added);
print("added" in leaf, leaf.hasOwnProperty("added"), Object.keys(leaf).join());
var chain = [];
for (var p = leaf; p !== null; p = Object.getPrototypeOf(p)) chain.push(p === Object.prototype ? "Object.prototype" : p.name);
print(chain.join(" -> "));

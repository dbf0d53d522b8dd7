// Object.keys / values / entries: own enumerable string keys in property order
// spec: [language.builtin.object]
var o = { b: 1, a: 2, 1: "one", [Symbol("s")]: "sym" };
Object.defineProperty(o, "hidden", { value: 3, enumerable: false });
print(Object.keys(o).join(","));
print(Object.values(o).join(","));
print(JSON.stringify(Object.entries(o)));
print(Object.keys("ab").join(","), Object.values("ab").join(","), Object.entries([7]).join(";"));
print(Object.keys(5).length, Object.entries(true).length);
try {
  Object.keys(null);
} catch (e) {
  print(e.name);
}
var proto = { inherited: 1 };
var child = Object.create(proto);
child.own = 2;
print(Object.keys(child).join(","), Object.values(child).join(","));
var sparse = [1, , 3];
print(Object.keys(sparse).join(","), Object.values(sparse).length);

// symbols as property keys in objects, classes and descriptors
// spec: [language.builtin.symbol]
var id = Symbol("id"), tag = Symbol("tag");
var o = { [id]: 1, name: "n" };
Object.defineProperty(o, tag, { value: "hidden tag", enumerable: false });
print(o[id], o[tag], Object.keys(o).join(), JSON.stringify(o));
print(Object.getOwnPropertySymbols(o).map((s) => s.description).join(), o.propertyIsEnumerable(tag));
class Sym {
  static [id] = "static symbol field";
  [tag]() { return "symbol method"; }
  get [Symbol.for("g")]() { return "symbol getter"; }
}
print(Sym[id], new Sym()[tag](), new Sym()[Symbol.for("g")]);
var m = new Map([[id, "map value"]]);
print(m.get(id));
var counter = Symbol("counter");
var obj = {};
obj[counter] = 0;
obj[counter]++;
obj[counter] += 10;
print(obj[counter]);
print(id.toString() in { "Symbol(id)": 1 }, id in { [id]: 0 });

// class methods are non-enumerable, shared on the prototype, not constructors
// spec: [language.class.definitions]
class M {
  a() { return 1; }
  ["b" + "c"]() { return 2; }
  [Symbol.iterator]() { return [1, 2][Symbol.iterator](); }
  static s() {}
  "quoted name"() { return 3; }
  42() { return "numeric"; }
}
var m = new M();
print(m.a(), m.bc(), m["quoted name"](), m[42]());
print([...m].join("+"));
var keys = [];
for (var k in m) keys.push(k);
print(keys.length, Object.getOwnPropertyNames(M.prototype).join(","));
print(m.a === new M().a, "prototype" in m.a);
try {
  new m.a();
} catch (e) {
  print(e.name);
}
print(Object.getOwnPropertyNames(M).sort().join(","));

// Map/Set prototype methods require the right receiver
// spec: [language.builtin.map-set]
var mp = Map.prototype, sp = Set.prototype;
var attempts = [
  () => mp.get.call({}, 1),
  () => mp.set.call(new Set(), 1, 2),
  () => sp.add.call(new Map(), 1),
  () => sp.has.call([], 1),
  () => Object.getOwnPropertyDescriptor(mp, "size").get.call({}),
  () => mp.forEach.call(new Map(), 5),
];
print(attempts.map((f) => { try { f(); return "ok"; } catch (e) { return e.name; } }).join(","));
var sizeDesc = Object.getOwnPropertyDescriptor(mp, "size");
print(typeof sizeDesc.get, sizeDesc.set, sizeDesc.enumerable);
print(mp.has.length, mp.set.length, sp.add.length, mp.forEach.length);
print(Object.prototype.toString.call(new Map()), String(new Set()));
var m = new Map();
m.size = 100;
print(m.size);

// Object.entries/values read values when called; later mutation is not reflected
// spec: [language.builtin.object]
var o = { a: 1, b: 2 };
var entries = Object.entries(o);
o.a = 100;
o.c = 3;
print(JSON.stringify(entries));
var log = [];
var tricky = {
  get first() { log.push("first"); delete this.second; return 1; },
  second: 2,
  third: 3,
};
print(JSON.stringify(Object.entries(tricky)), log.join());
var withNum = { z: 1, 10: "ten", 2: "two" };
print(Object.entries(withNum).map(([k]) => k).join(","));
var arr = ["x", "y"];
print(JSON.stringify(Object.entries(arr)));
var counts = {};
for (var [k, v] of Object.entries({ a: 1, b: 2, c: 3 })) counts[v % 2 ? "odd" : "even"] = (counts[v % 2 ? "odd" : "even"] || "") + k;
print(JSON.stringify(counts));

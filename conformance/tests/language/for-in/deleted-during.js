// properties deleted before they are visited are skipped
// spec: [language.statement.for-in]
var o = { a: 1, b: 2, c: 3, d: 4 };
var visited = [];
for (var k in o) {
  visited.push(k);
  if (k === "a") delete o.c;
}
print(visited.join(","));
var p = { x: 1, y: 2, z: 3 };
var v2 = [];
for (var key in p) {
  v2.push(key);
  delete p[key];
}
print(v2.join(","), Object.keys(p).length);
var proto = { inherited: 1 };
var child = Object.create(proto);
child.own = 1;
var v3 = [];
for (var q in child) {
  v3.push(q);
  if (q === "own") delete proto.inherited;
}
print(v3.join(","));

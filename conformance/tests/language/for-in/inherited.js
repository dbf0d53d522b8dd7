// for-in visits inherited enumerable properties after own ones, and skips shadowed ones
// spec: [language.statement.for-in]
var grand = { g: 1, shared: "grand" };
var parent = Object.create(grand);
parent.p = 2;
parent.shared = "parent";
var child = Object.create(parent);
child.c = 3;
child.shared = "child";
var keys = [];
for (var k in child) keys.push(k + "=" + child[k]);
print(keys.join(","));
var own = [];
for (var k2 in child) if (Object.prototype.hasOwnProperty.call(child, k2)) own.push(k2);
print(own.join(","));
Object.defineProperty(parent, "hidden", { value: 1, enumerable: false });
grand.hidden = "enumerable in grand, but shadowed by non-enumerable in parent";
var k3 = [];
for (var key in child) k3.push(key);
print(k3.join(","));
var arr = [1];
Array.prototype.polluted = "p";
var ak = [];
for (var i in arr) ak.push(i);
delete Array.prototype.polluted;
print(ak.join(","));

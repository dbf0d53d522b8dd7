// defineProperty on array indices and length
// spec: [language.builtin.array-length] [language.builtin.object]
var a = [1, 2, 3];
Object.defineProperty(a, 1, { value: "locked", writable: false, configurable: false });
a[1] = "changed";
print(JSON.stringify(a));
a.length = 0;
print(a.length, JSON.stringify(a));
var b = [1, 2, 3];
Object.defineProperty(b, "length", { writable: false });
b[5] = "ignored";
print(b.length, b[5]);
try {
  b.push(4);
} catch (e) {
  print("push on read-only length:", e.name);
}
try {
  Object.defineProperty(b, "length", { value: 10 });
} catch (e) {
  print("grow read-only length:", e.name);
}
var c = [];
Object.defineProperty(c, 3, { value: "x", enumerable: true, configurable: true, writable: true });
print(c.length, Object.keys(c).join(","));

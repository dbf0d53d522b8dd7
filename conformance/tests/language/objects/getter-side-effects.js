// getters run every time they are read; operations read in defined orders
// spec: [language.object.access]
var reads = 0;
var o = { get g() { return ++reads; } };
print(o.g, o.g, reads);
var copy = Object.assign({}, o);
print(copy.g, copy.g, reads);
JSON.stringify(o);
print(reads);
var spreadCopy = { ...o };
print(reads, spreadCopy.g);
var keysOnly = Object.keys(o);
print(reads, keysOnly.join());
Object.entries(o);
Object.values(o);
print(reads);
var { g } = o;
print(g, reads);
print("g" in o, o.hasOwnProperty("g"), reads);

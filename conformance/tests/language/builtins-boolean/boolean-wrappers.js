// Boolean wrapper objects are always truthy
// spec: [language.builtin.boolean]
var wrappers = [new Boolean(false), new Boolean(true), Object(false)];
print(wrappers.map((w) => (w ? 1 : 0)).join(""), wrappers.map((w) => w.valueOf()).join());
print(new Boolean(false) && "and", typeof (new Boolean(false) || "or"));
var prim = false;
prim.someProp = 1;
print(prim.someProp);
Boolean.prototype.flip = function () { return !this.valueOf(); };
print(true.flip(), false.flip());
delete Boolean.prototype.flip;
print(typeof true.flip, Object.getPrototypeOf(true) === Boolean.prototype);

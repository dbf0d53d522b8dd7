// getters and setters in object literals
// spec: [language.literal.object]
var temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
};
print(temp.f);
temp.f = 212;
print(temp._c, temp.f);
var log = [];
var lazy = {
  get value() {
    log.push("computed");
    Object.defineProperty(this, "value", { value: 42, writable: false });
    return this.value;
  },
};
print(lazy.value, lazy.value, log.length);
var onlySet = { set s(v) { this.stored = v; } };
onlySet.s = "x";
print(onlySet.s, onlySet.stored);
var d = Object.getOwnPropertyDescriptor(temp, "f");
print(typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d, "writable" in d);
var counter = { n: 0, get next() { return this.n++; } };
print(counter.next + counter.next + counter.next, counter.n);

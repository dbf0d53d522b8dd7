// `this` is the receiver of a method call
// spec: [language.this.binding]
var obj = {
  v: 1,
  get() { return this.v; },
  inner: { v: 2, get() { return this.v; } },
};
print(obj.get(), obj.inner.get(), obj["get"]());
var other = { v: 3, get: obj.get };
print(other.get());
var proto = { who() { return this.name; } };
var child = Object.create(proto);
child.name = "child";
print(child.who());
var chain = {
  n: 0,
  add(k) { this.n += k; return this; },
};
print(chain.add(1).add(2).add(3).n);
function inArray() { return this.length; }
var arr = [inArray, 2, 3];
print(arr[0]());

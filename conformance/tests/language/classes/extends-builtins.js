// subclassing Array, Error and Map
// spec: [language.class.extends-builtins]
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
var s = new Stack();
s.push(1, 2, 3);
print(s.length, s.peek(), Array.isArray(s), s instanceof Stack);
s.length = 1;
print(s.peek(), JSON.stringify(s));
var mapped = s.concat([5]);
print(mapped.length);
class HttpError extends Error {
  constructor(status, msg) {
    super(msg);
    this.status = status;
    this.name = "HttpError";
  }
}
var e = new HttpError(404, "not found");
print(e.status, e.message, e.name, String(e));
print(e instanceof HttpError, e instanceof Error, Object.prototype.toString.call(e));
class CountingMap extends Map {
  set(k, v) { this.sets = (this.sets || 0) + 1; return super.set(k, v); }
}
var cm = new CountingMap([["a", 1]]);
cm.set("b", 2);
print(cm.size, cm.sets, cm.get("a"));

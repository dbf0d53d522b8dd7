// compound assignment reads the old value before evaluating the right side
// spec: [language.operator.evaluation-order]
var log = [];
var o = {
  _v: 1,
  get v() { log.push("get " + this._v); return this._v; },
  set v(x) { log.push("set " + x); this._v = x; },
};
o.v += (log.push("rhs"), 10);
print(log.join(", "));
log = [];
o.v++;
print(log.join(", "));
var n = 5;
n += n++ * 2;
print(n);
var m = 5;
m = m++ + m;
print(m);
var arr = [1, 2, 3];
var idx = 0;
arr[idx++] *= arr[idx];
print(arr.join(","), idx);
var s = "a";
s += (s = "b", s);
print(s);

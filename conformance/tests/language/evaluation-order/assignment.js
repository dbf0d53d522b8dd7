// for assignment the target reference is evaluated before the right side
// spec: [language.operator.evaluation-order]
var log = [];
function obj(n) { log.push("obj" + n); return holder; }
function key(n) { log.push("key" + n); return "k" + n; }
function val(n) { log.push("val" + n); return n; }
var holder = {};
obj(1)[key(1)] = val(1);
print(log.join(","));
log = [];
obj(1)[key(1)] = obj(2)[key(2)] = val(2);
print(log.join(","), holder.k1, holder.k2);
var x = 1;
x = x + (x = 10);
print(x);
var y = 1;
y += (y = 10);
print(y);
var arr = [1, 2];
var i = 0;
arr[i] = (i = 1, 9);
print(arr.join(","), i);
try {
  null[key(9)] = val(9);
} catch (e) {
  print(e.name, log.slice(-2).join(","));
}

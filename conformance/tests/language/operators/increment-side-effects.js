// the reference is evaluated once in ++/-- and compound assignment
// spec: [language.operator.update]
var log = [];
var target = { v: 1 };
function obj() { log.push("obj"); return target; }
function key() { log.push("key"); return "v"; }
obj()[key()]++;
print(target.v, log.join(","));
log = [];
obj()[key()] += 10;
print(target.v, log.join(","));
log = [];
var acc = {
  get p() { log.push("get"); return 1; },
  set p(v) { log.push("set " + v); },
};
acc.p++;
print(log.join(","));
log = [];
++acc.p;
acc.p *= 3;
print(log.join(","));
var arr = [0, 0, 0];
var i = 0;
arr[i++] += 5;
arr[i++]++;
print(arr.join(","), i);

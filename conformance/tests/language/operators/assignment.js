// simple assignment: chaining, value of the expression, evaluation order
// spec: [language.operator.assignment]
var a, b, c;
a = b = c = 5;
print(a, b, c);
var o = {};
var r = (o.x = 3);
print(r, o.x);
var log = [];
var store = {};
function k(n) { log.push("key" + n); return n; }
function v(n) { log.push("val" + n); return n; }
store[k(1)] = v(1);
print(log.join(","));
log = [];
var arr = [];
var i = 0;
arr[i] = i = 7;
print(JSON.stringify(arr), i);
var frozen = Object.freeze({ p: 1 });
var res = (frozen.p = 2);
print(res, frozen.p);
var nestedObj = { a: { b: {} } };
nestedObj.a.b.c = nestedObj.a.d = "shared";
print(JSON.stringify(nestedObj));
try {
  undefined.x = 1;
} catch (e) {
  print(e.name);
}

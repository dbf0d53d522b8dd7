// assignment patterns can target any reference: members, nested, with defaults
// spec: [language.destructuring.assignment]
var obj = { arr: [], o: {} };
[obj.arr[0], obj.o.x = "dx", ...obj.rest] = ["a", undefined, "r1", "r2"];
print(obj.arr[0], obj.o.x, JSON.stringify(obj.rest));
var a, b, c;
({ a, b: [b, c] } = { a: 1, b: [2, 3] });
print(a, b, c);
var count = 0;
var o2 = { get p() { count++; return this._p; }, set p(v) { this._p = v; } };
[o2.p] = ["set via setter"];
print(o2.p, count);
var x = 1, y = 2, z = 3;
[x, y, z] = [z, x, y];
print(x, y, z);
var str = "";
for ({ length: str } of ["abc", "de"]);
print(str);
var frozen = Object.freeze({ f: 1 });
[frozen.f] = [2];
print(frozen.f);

// ++ and -- on identifiers and properties, prefix and postfix
// spec: [language.operator.update]
var x = 5;
print(x++, x, ++x, x, x--, x, --x, x);
var s = "5";
var old = s++;
print(typeof old, old, s);
var u;
u++;
print(u);
var n = null;
n++;
print(n);
var o = { p: 1, arr: [10] };
print(o.p++, o.p, ++o.p, o["p"]--, o.p);
print(o.arr[0]++, ++o.arr[0], o.arr[0]);
var obj = { valueOf() { return 41; } };
var y = obj;
y++;
print(y, typeof y);
var big = 9007199254740992;
big++;
print(big);
var f = 0.5;
f--;
f--;
print(f);
try {
  var sym = Symbol();
  sym++;
} catch (e) {
  print(e.name);
}

// locals read, updated and assigned in place (compound assignment, ++/--, TDZ
// checks of let and const locals); boa_engine 0.22 gets `x + (x = 1)` and a switch's
// TDZ wrong, so those cases live in the engine's own tests (compiler::fast)
// spec: [language.operator.evaluation-order] [language.operator.update] [language.operator.assignment]
function f() {
  var x = 1;
  var b = (x = 2) + x;
  var y = 3;
  var d = y++ + y;
  var e = ++y + y;
  var z = 5;
  z += (z = 100);
  var w = 7;
  w -= w++;
  var s = "s";
  s += s = "t";
  print(b, d, e, z, w, s, x, y);
}
f();
function g() {
  let i = 0;
  let arr = [];
  for (let k = 0; k < 3; k++) arr.push(i++ * 10 + k);
  let n = 10;
  n *= 2;
  n -= 1;
  n /= 2;
  n %= 4;
  n **= 3;
  let m = 0xff;
  m &= 0x0f;
  m |= 0x30;
  m ^= 1;
  m <<= 2;
  m >>= 1;
  m >>>= 0;
  let u = "2";
  u++;
  let v = "x";
  v--;
  let o = { valueOf: function () { return 41; } };
  let p = o;
  p++;
  print(arr.join(","), n, m, u, typeof u, v, p, typeof o);
}
g();
function h(q) {
  var r = q++;
  var t = --q;
  q += q;
  return [r, t, q].join(",");
}
print(h(5), h("7"));
function consts() {
  const c = 1;
  try { c++; } catch (e) { print("const ++", e.name, c); }
  try { c += 1; } catch (e) { print("const +=", e.name, c); }
  let l;
  l = l + 1;
  print(l);
}
consts();
function tdz(k) {
  try { let a = a + 1; } catch (e) { print("self", e.name); }
  try { let b = [b]; } catch (e) { print("array self", e.name); }
  for (let j = 0; j < 2; j++) {
    try { if (j > 0) print(later); } catch (e) { print("loop", e.name); }
    let later = j;
    print("later", later);
  }
}
tdz(0);
tdz(1);

// classic for loops: optional parts, multiple variables, modifying the counter
// spec: [language.statement.loops]
var s = "";
for (var i = 0; i < 3; i++) s += i;
print(s, i);
var t = "";
for (var a = 0, b = 5; a < b; a++, b--) t += a + "" + b + " ";
print(t);
var k = 0;
for (;;) { if (++k === 4) break; }
print(k);
var skip = [];
for (var m = 0; m < 10; m++) {
  if (m % 3 === 0) m++;
  skip.push(m);
}
print(skip.join(","));
var arr = [1, 2, 3];
for (var idx = arr.length - 1; idx >= 0; idx--) arr.push(arr[idx] * 10);
print(arr.join(","));
for (let q = 0, r = q + 1; q < 1; q++) print(q, r);
var cnt = 0;
for (var x = 0; x < 100000; x++) cnt += x & 1;
print(cnt);

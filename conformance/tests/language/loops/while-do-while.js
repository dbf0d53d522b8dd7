// while and do-while
// spec: [language.statement.loops]
var i = 0, s = "";
while (i < 5) s += i++;
print(s);
var j = 10;
do { j++; } while (j < 5);
print(j);
var k = 0, evens = [];
while (true) {
  k++;
  if (k > 10) break;
  if (k % 2) continue;
  evens.push(k);
}
print(evens.join(","));
var n = 0;
do {
  n++;
  if (n === 2) continue;
  if (n === 4) break;
} while (n < 10);
print(n);
var countdown = 3, out = [];
while (countdown --> 0) out.push(countdown);
print(out.join(""));

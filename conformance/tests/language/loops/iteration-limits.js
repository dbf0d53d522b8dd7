// loops that run many iterations must be exact
// spec: [language.statement.loops]
var total = 0;
for (var i = 1; i <= 50000; i++) total += i;
print(total);
var f = 0, g = 1;
for (var n = 0; n < 78; n++) { var t = f + g; f = g; g = t; }
print(f);
var x = 1;
var steps = 0;
while (x < 1e15) { x *= 3; steps++; }
print(x, steps);
var h = 0;
for (var c = 0; c < 10000; c++) h = (h * 33 + c) % 1000003;
print(h);
var s = 0;
for (var d = 0.1; d < 1; d += 0.1) s++;
print(s);

// break and continue in all loop kinds
// spec: [language.statement.loops]
var log = [];
for (var i = 0; i < 5; i++) {
  if (i === 1) continue;
  if (i === 3) break;
  log.push("for" + i);
}
for (var x of [1, 2, 3, 4]) {
  if (x % 2) continue;
  log.push("of" + x);
}
for (var k in { a: 1, b: 2, c: 3 }) {
  if (k === "b") break;
  log.push("in" + k);
}
var w = 0;
while (w < 5) {
  w++;
  if (w < 4) continue;
  log.push("while" + w);
}
print(log.join(" "));
var finallyLog = [];
for (var j = 0; j < 3; j++) {
  try {
    if (j === 1) continue;
    if (j === 2) break;
  } finally {
    finallyLog.push(j);
  }
}
print(finallyLog.join(","));

// continue with a label runs the update expression of the labelled loop
// spec: [language.statement.labels]
var log = [];
outer: for (var i = 0; i < 3; i++) {
  log.push("i" + i);
  for (var j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    log.push("j" + j);
  }
  log.push("never");
}
print(log.join(" "));
var w = 0, wl = [];
again: while (w < 3) {
  w++;
  for (var n of [1, 2]) {
    if (w === 2) continue again;
    wl.push(w * 10 + n);
  }
}
print(wl.join(","));
var arrLog = [];
var mat = [[1, 2], [3, 4]];
rows: for (var row of mat) {
  for (var cell of row) {
    if (cell % 2 === 0) continue rows;
    arrLog.push(cell);
  }
}
print(arrLog.join(","));

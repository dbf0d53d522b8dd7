// labelled break and continue in nested loops
// spec: [language.statement.labels]
var found = null;
search: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (i * j === 6) {
      found = i + "," + j;
      break search;
    }
  }
}
print(found, i, j);
var pairs = [];
outer: for (var a = 0; a < 4; a++) {
  for (var b = 0; b < 4; b++) {
    if (b > a) continue outer;
    if (a === 3) break outer;
    pairs.push("" + a + b);
  }
}
print(pairs.join(" "));
var count = 0;
rows: for (var r of [[1, 2], [3, -1, 4], [5]]) {
  for (var v of r) {
    if (v < 0) continue rows;
    count += v;
  }
}
print(count);

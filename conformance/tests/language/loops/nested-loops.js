// nested loops building tables
// spec: [language.statement.loops]
var table = [];
for (var r = 1; r <= 4; r++) {
  var row = [];
  for (var c = 1; c <= 4; c++) row.push(r * c);
  table.push(row.join(" "));
}
print(table.join(" / "));
var pairs = 0;
for (var i = 0; i < 10; i++) for (var j = i + 1; j < 10; j++) if ((i + j) % 3 === 0) pairs++;
print(pairs);
var tri = "";
for (var a = 1; a <= 4; a++) {
  for (var b = 0; b < a; b++) tri += "*";
  tri += "|";
}
print(tri);
var matrix = [[1, 2, 3], [4, 5, 6]];
var sum = 0;
for (var rowArr of matrix) for (var v of rowArr) sum += v;
print(sum);

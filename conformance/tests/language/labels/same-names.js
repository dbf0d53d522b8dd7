// labels have their own namespace and can be reused sequentially
// spec: [language.statement.labels]
var x = 0;
x: for (var x2 = 0; x2 < 2; x2++) {
  x++;
  continue x;
}
print(x);
loop: for (var a = 0; a < 2; a++) break loop;
loop: for (var b = 0; b < 3; b++) if (b === 1) break loop;
print(a, b);
first: second: for (var c = 0; c < 5; c++) {
  if (c === 1) continue first;
  if (c === 3) break second;
}
print(c);
function labelInFunction() {
  done: {
    return "returned from labelled block";
  }
}
print(labelInFunction());

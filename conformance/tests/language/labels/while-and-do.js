// labels on while, do-while and with finally
// spec: [language.statement.labels]
var i = 0, out = [];
outer: while (i < 3) {
  i++;
  var j = 0;
  do {
    j++;
    if (j === 2) continue outer;
    out.push(i + "" + j);
  } while (j < 5);
}
print(out.join(","));
var log = [];
a: for (var k = 0; k < 3; k++) {
  try {
    for (;;) {
      try {
        break a;
      } finally {
        log.push("inner finally");
      }
    }
  } finally {
    log.push("outer finally");
  }
}
print(log.join(","), k);

// break inside switch leaves the switch, continue applies to the loop
// spec: [language.statement.switch]
var out = [];
for (var i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0:
      out.push("z" + i);
      break;
    case 1:
      continue;
    default:
      out.push("d" + i);
  }
  out.push(".");
}
print(out.join(""));
var j = 0, res = [];
loop: while (true) {
  switch (j++) {
    case 3:
      break loop;
    default:
      res.push(j);
  }
}
print(res.join(","), j);

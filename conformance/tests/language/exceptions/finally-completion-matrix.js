// every combination of normal/return/break/continue/throw leaving try, catch and finally,
// inside a loop in a function; each finally must run exactly once per entry
// spec: [language.statement.try]
var log = [];
function act(where, m, i) {
  log.push(where + i);
  if (m === "throw") throw where;
}
function run(t, c, f) {
  var out;
  for (var i = 0; i < 2; i++) {
    try {
      act("T", "", i);
      if (t === "return") return "R" + i;
      if (t === "break") break;
      if (t === "continue") continue;
      if (t === "throw") throw "x" + i;
    } catch (e) {
      act("C", "", i);
      if (c === "return") return "RC" + i;
      if (c === "break") break;
      if (c === "continue") continue;
      if (c === "throw") throw "c" + i;
    } finally {
      act("F", "", i);
      if (f === "return") return "RF" + i;
      if (f === "break") break;
      if (f === "continue") continue;
      if (f === "throw") throw "f" + i;
    }
    log.push("end" + i);
  }
  return "done";
}
var kinds = ["normal", "return", "break", "continue", "throw"];
for (var a = 0; a < kinds.length; a++) {
  for (var b = 0; b < kinds.length; b++) {
    for (var c = 0; c < kinds.length; c++) {
      log = [];
      var r;
      try {
        r = "=" + run(kinds[a], kinds[b], kinds[c]);
      } catch (e) {
        r = "!" + e;
      }
      print(kinds[a], kinds[b], kinds[c], r, log.join(","));
    }
  }
}

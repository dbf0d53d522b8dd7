// break out of labelled blocks and if statements
// spec: [language.statement.labels]
var log = [];
block: {
  log.push("start");
  if (true) break block;
  log.push("skipped");
}
log.push("after");
print(log.join(","));
function validate(x) {
  var result = "valid";
  check: {
    if (typeof x !== "number") { result = "not a number"; break check; }
    if (x < 0) { result = "negative"; break check; }
  }
  return result;
}
print(validate("a"), validate(-1), validate(3));
outer: {
  inner: {
    break outer;
  }
  print("never");
}
print("broke out of both");
lbl: if (true) {
  print("in labelled if");
  break lbl;
}

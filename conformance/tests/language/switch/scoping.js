// the switch body is one block for let/const; cases share it
// spec: [language.binding.tdz] [language.statement.switch]
function f(x) {
  switch (x) {
    case 1:
      let msg = "one";
      return msg;
    case 2:
      try {
        return msg; // in TDZ: declared in the same block but not initialised
      } catch (e) {
        return e.name;
      }
    case 3: {
      let msg2 = "braced";
      return msg2;
    }
  }
}
print(f(1), f(2), f(3));
var fns = [];
for (var i = 0; i < 3; i++) {
  switch (i) {
    case 0: { let v = "zero"; fns.push(() => v); break; }
    default: { let v = "n" + i; fns.push(() => v); }
  }
}
print(fns.map((g) => g()).join(","));

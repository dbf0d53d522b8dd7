// cases fall through until break
// spec: [language.statement.switch]
function f(x) {
  var out = [];
  switch (x) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    case 3:
      out.push("three");
    case 4: {
      out.push("four");
    }
    default:
      out.push("default");
  }
  return out.join(",");
}
print(f(1), "|", f(2), "|", f(3), "|", f(4), "|", f(5));
function grouped(c) {
  switch (c) {
    case "a": case "e": case "i": case "o": case "u":
      return "vowel";
    default:
      return "consonant";
  }
}
print([..."hello"].map(grouped).join(" "));

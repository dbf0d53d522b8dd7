// default may appear anywhere; it is taken only when no case matches, then falls through
// spec: [language.statement.switch]
function f(x) {
  var out = [];
  switch (x) {
    case 1:
      out.push("1");
    default:
      out.push("d");
    case 2:
      out.push("2");
      break;
    case 3:
      out.push("3");
  }
  return out.join("");
}
print(f(1), f(2), f(3), f(4));
function firstDefault(x) {
  switch (x) {
    default: return "default";
    case "a": return "a";
  }
}
print(firstDefault("a"), firstDefault("z"));
function noDefault(x) {
  switch (x) { case 1: return "one"; }
  return "no match";
}
print(noDefault(2));

// discriminants and case values of different types
// spec: [language.statement.switch]
function t(x) {
  switch (x) {
    case undefined: return "undefined";
    case null: return "null";
    case 0: return "zero";
    case "": return "empty";
    case false: return "false";
    case NaN: return "nan";
    default: return "other:" + typeof x;
  }
}
print(t(), t(null), t(0), t(-0), t(""), t(false), t(NaN), t("0"));
var sym = Symbol("s");
function s(x) { switch (x) { case sym: return "sym"; case Symbol("s"): return "fresh"; default: return "none"; } }
print(s(sym), s(Symbol("s")));
switch (1 + 1) { case 2: print("computed discriminant"); }
var count = 0;
switch (count++) { case count: print("never"); default: print("discriminant first", count); }

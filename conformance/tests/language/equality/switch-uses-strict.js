// switch and indexOf use ===, includes uses SameValueZero
// spec: [language.equality.strict]
function kind(x) {
  switch (x) {
    case 1: return "number one";
    case "1": return "string one";
    case true: return "true";
    case null: return "null";
    case undefined: return "undefined";
    case NaN: return "NaN (never matches)";
    default: return "default";
  }
}
print(kind(1), kind("1"), kind(true), kind(null), kind(undefined), kind(NaN), kind(0));
print([NaN].indexOf(NaN), [NaN].includes(NaN), [-0].indexOf(0), [-0].includes(0));
print([null].indexOf(undefined), [undefined].includes(null), [, 1].includes(undefined), [, 1].indexOf(undefined));
print(["1"].indexOf(1), [new String("a")].indexOf("a"));

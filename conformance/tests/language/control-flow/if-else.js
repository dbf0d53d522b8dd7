// if / else if / else chains and truthiness of conditions
// spec: [language.statement.basic]
function classify(n) {
  if (n < 0) return "negative";
  else if (n === 0) return Object.is(n, -0) ? "minus zero" : "zero";
  else if (n < 10) return "small";
  else return "large";
}
print([-5, 0, -0, 3, 42, NaN].map(classify).join(","));
var log = [];
if ([]) log.push("empty array truthy");
if ("0") log.push("string zero truthy");
if (!"") log.push("empty string falsy");
if (null) log.push("never"); else log.push("null falsy");
print(log.join("; "));
var x = 1;
if (x === 1)
  if (x > 5) print("inner true");
  else print("dangling else binds to inner if");
if (x) { } else { print("never"); }
if (x) ; else print("never either");
var y = 0;
if ((y = 5)) print("assignment in condition", y);

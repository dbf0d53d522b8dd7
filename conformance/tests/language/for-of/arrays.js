// for-of over arrays visits holes as undefined and sees appended elements
// spec: [language.statement.for-of]
var out = [];
for (var v of [1, , 3]) out.push(String(v));
print(out.join(","));
var arr = [1, 2];
var seen = [];
for (var x of arr) {
  seen.push(x);
  if (arr.length < 4) arr.push(x * 10);
}
print(seen.join(","));
var entries = [];
for (var [i, val] of ["a", "b"].entries()) entries.push(i + val);
print(entries.join(","));
var keys = [];
for (var k of ["a", "b", "c"].keys()) keys.push(k);
print(keys.join(""));
var arrayLike = { 0: "a", 1: "b", length: 2 };
try {
  for (var z of arrayLike);
} catch (e) {
  print("array-like:", e.name);
}
for (var y of Array.from(arrayLike)) print(y);
var extra = [1, 2];
extra.prop = "ignored";
print([...extra].length);

// forEach, some, every
// spec: [language.builtin.array-prototype]
var sum = 0;
var r = [1, 2, 3].forEach((x) => { sum += x; });
print(sum, r);
var idx = [];
["a", , "c"].forEach((x, i) => idx.push(i));
print(idx.join(","));
print([1, 2, 3].some((x) => x > 2), [1, 2, 3].some((x) => x > 3), [].some(() => true));
print([1, 2, 3].every((x) => x > 0), [1, 2, 3].every((x) => x > 1), [].every(() => false));
var visits = 0;
[1, 2, 3, 4].some((x) => { visits++; return x === 2; });
print(visits);
visits = 0;
[1, 2, 3, 4].every((x) => { visits++; return x < 2; });
print(visits);
print([, , ,].every((x) => false), [, , ,].some((x) => true));
print(Array.prototype.some.call("abc", (c) => c === "b"));
try {
  [1].forEach();
} catch (e) {
  print(e.name);
}

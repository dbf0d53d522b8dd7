// replace and replaceAll with a replacer function
// spec: [language.builtin.string-prototype]
var calls = [];
var r = "a-b-c".replace("-", function (match, offset, whole) {
  calls.push(JSON.stringify([match, offset, whole, arguments.length]));
  return "+";
});
print(r, calls.join(" "));
calls = [];
var all = "a-b-c".replaceAll("-", (m, off) => { calls.push(off); return "<" + off + ">"; });
print(all, calls.join(","));
print("x".replace("x", () => "$&"), "x".replace("x", () => 5), "x".replace("x", () => undefined));
print("aaa".replaceAll("a", (m, i) => i));
var counter = 0;
print("abab".replaceAll("ab", () => ++counter), counter);
var obj = { toString() { return "ob"; } };
print("foobar".replace(obj, (m) => m.toUpperCase()));

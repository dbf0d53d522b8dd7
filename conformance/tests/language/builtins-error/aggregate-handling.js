// collecting several errors and reporting them
// spec: [language.builtin.error]
function validate(user) {
  var errors = [];
  if (typeof user.name !== "string") errors.push(new TypeError("name must be a string"));
  if (!(user.age >= 0 && user.age < 150)) errors.push(new RangeError("age out of range"));
  if (!user.email || user.email.indexOf("@") < 0) errors.push(new SyntaxError("bad email"));
  return errors;
}
var reports = [
  { name: "ann", age: 30, email: "a@b" },
  { name: 5, age: -1, email: "nope" },
  { name: "bob", age: 200 },
].map((u) => validate(u).map((e) => e.name + "(" + e.message + ")").join("; ") || "valid");
print(reports.join("\n"));
var counts = {};
reports.join(" ").split(" ").forEach((w) => {
  var k = w.split("(")[0];
  if (k.endsWith("Error")) counts[k] = (counts[k] || 0) + 1;
});
print(JSON.stringify(counts));

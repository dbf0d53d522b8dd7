// ToBoolean in if, while, conditional, logical not, Boolean()
// spec: [language.coercion.other]
var vals = [0, -0, false, "", " ", "0", null, undefined, NaN, [], {}, -1, Infinity];
print(vals.map((v) => (v ? "T" : "F")).join(""));
var n = 3, loops = 0;
while (n) { n--; loops++; }
print(loops);
var s = "abc", chars = 0;
do { chars++; s = s.slice(1); } while (s);
print(chars);
print(Boolean(new Boolean(false)), Boolean(Object(0)));
print([0].filter(Boolean).length, [0, 1, "", "a", null].filter(Boolean).join(","));
var o = { valueOf() { throw new Error("never called"); } };
print(o ? "objects are truthy without conversion" : "no");

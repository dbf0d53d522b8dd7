// stringify/parse round trips and data cleaning
// spec: [language.builtin.json-parse]
var data = { id: 7, name: "x\ny", tags: ["a", "b"], nested: { ok: true, none: null }, n: -1.5e-7 };
var text = JSON.stringify(data);
var back = JSON.parse(text);
print(text);
print(JSON.stringify(back) === text, back !== data, back.nested.ok);
var lossy = { u: undefined, f() {}, nan: NaN, inf: -Infinity, neg0: -0, s: Symbol("x") };
print(JSON.stringify(JSON.parse(JSON.stringify(lossy))));
var pretty = JSON.stringify(data, null, 1);
print(JSON.stringify(JSON.parse(pretty)) === text, pretty.split("\n").length);
var big = [];
for (var i = 0; i < 50; i++) big.push({ i, sq: i * i, s: "v" + i });
var bigText = JSON.stringify(big);
print(bigText.length, JSON.parse(bigText)[49].sq);

// the reviver is called bottom-up, with this = holder
// spec: [language.builtin.json-parse]
var calls = [];
var r = JSON.parse('{"a": 1, "b": [2, 3], "c": {"d": 4}}', function (k, v) {
  calls.push(JSON.stringify(k));
  return typeof v === "number" ? v * 100 : v;
});
print(calls.join(" "));
print(JSON.stringify(r));
var removed = JSON.parse('{"keep": 1, "drop": 2, "arr": [1, 2, 3]}', (k, v) => (k === "drop" || v === 2 ? undefined : v));
print(JSON.stringify(removed), removed.arr.length, 1 in removed.arr);
var dates = JSON.parse('{"when": "T:5", "n": 1}', (k, v) => (typeof v === "string" && v.startsWith("T:") ? { t: Number(v.slice(2)) } : v));
print(dates.when.t);
var holders = [];
JSON.parse('{"x": {"y": 1}}', function (k, v) { holders.push(Object.keys(this).join("+")); return v; });
print(holders.join(" | "));
print(JSON.parse("5", (k, v) => (k === "" ? "root replaced" : v)));

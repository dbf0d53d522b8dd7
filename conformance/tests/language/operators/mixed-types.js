// operators applied to mixed types
// spec: [language.operator.addition]
var values = [0, "", "1", null, undefined, true, [], [1], NaN];
var row = [];
for (var i = 0; i < values.length; i++) row.push(String(values[i] + 1));
print(row.join(" "));
row = [];
for (var j = 0; j < values.length; j++) row.push(String(values[j] * 2));
print(row.join(" "));
row = [];
for (var k = 0; k < values.length; k++) row.push(values[k] > 0 ? "T" : "F");
print(row.join(""));
print([1, 2] + [3], {} + [], [null] + 1, [undefined] * 1, [[[]]] == 0);
print("3" * "4" + "5", "3" + "4" * "5", "8" / "2" - "1");

// the === table over the same values: only identity (and NaN never)
// spec: [language.equality.strict]
var shared = {};
var vals = [undefined, null, false, 0, -0, "", "0", NaN, shared, shared, {}];
for (var i = 0; i < vals.length; i++) {
  var row = "";
  for (var j = 0; j < vals.length; j++) row += vals[i] === vals[j] ? "1" : ".";
  print(row);
}

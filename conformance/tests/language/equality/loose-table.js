// the == table over a set of representative values
// spec: [language.equality.loose]
var vals = [undefined, null, false, true, 0, 1, "", "0", "1", "a", NaN, [], [0], {}];
var names = ["undef", "null", "false", "true", "0", "1", "''", "'0'", "'1'", "'a'", "NaN", "[]", "[0]", "{}"];
for (var i = 0; i < vals.length; i++) {
  var row = "";
  for (var j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? "1" : ".";
  print(names[i].padEnd(6), row);
}

// a small parser built from string methods only
// spec: [language.builtin.string-prototype]
var csv = "name,age,city\nAnn,30,Oslo\nBob,25,Rome\n  Cid , 40 , Lima ";
var lines = csv.split("\n");
var header = lines[0].split(",");
var rows = lines.slice(1).map((line) => {
  var cells = line.split(",").map((c) => c.trim());
  var obj = {};
  header.forEach((h, i) => { obj[h] = i === 1 ? Number(cells[i]) : cells[i]; });
  return obj;
});
print(JSON.stringify(rows));
print(rows.reduce((s, r) => s + r.age, 0), rows.map((r) => r.city.toUpperCase().slice(0, 2)).join("-"));
function camel(s) {
  return s.split("-").map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join("");
}
print(camel("background-color"), camel("a-b-c"), camel("plain"));
function titleCase(s) { return s.toLowerCase().split(" ").map((w) => w && w[0].toUpperCase() + w.slice(1)).join(" "); }
print(titleCase("hELLO  wORLD"));

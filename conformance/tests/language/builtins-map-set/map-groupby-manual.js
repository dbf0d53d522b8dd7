// grouping without Object.groupBy, keeping first-seen group order
// spec: [language.builtin.map-set]
var people = [
  { name: "ann", dept: "eng" }, { name: "bob", dept: "ops" },
  { name: "cid", dept: "eng" }, { name: "dee", dept: "hr" }, { name: "eve", dept: "ops" },
];
var groups = new Map();
for (var p of people) {
  var list = groups.get(p.dept);
  if (!list) groups.set(p.dept, (list = []));
  list.push(p.name);
}
print([...groups].map(([d, ns]) => d + ":" + ns.join("+")).join(" "));
var byLength = new Map();
["aa", "b", "cc", "ddd", "e"].forEach((w) => byLength.set(w.length, [...(byLength.get(w.length) || []), w]));
print(JSON.stringify([...byLength.entries()]));
print(JSON.stringify(Object.fromEntries(groups)));

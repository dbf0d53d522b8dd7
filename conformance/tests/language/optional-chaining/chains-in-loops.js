// safe navigation in data processing
// spec: [language.operator.optional-chain]
var records = [
  { id: 1, address: { city: "Oslo", zip: { code: "0150" } } },
  { id: 2, address: null },
  { id: 3 },
  { id: 4, address: { city: "Rome" } },
];
for (var r of records) {
  print(r.id, r.address?.city ?? "no city", r.address?.zip?.code ?? "no zip");
}
var lookup = { handlers: { save: (x) => "saved " + x } };
["save", "load"].forEach((name) => print(lookup.handlers[name]?.("doc") ?? name + " missing"));
var depth = { next: { next: { next: null, v: 3 }, v: 2 }, v: 1 };
var node = depth, vals = [];
while (node) { vals.push(node.v); node = node?.next; }
print(vals.join(""));

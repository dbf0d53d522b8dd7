// optional chains with delete, typeof, templates, assignment targets and ??
// spec: [language.operator.optional-chain]
var o = { a: { b: 1 }, n: null };
print(delete o?.a?.b, JSON.stringify(o));
print(delete o.n?.x, delete o.missing?.x);
print(typeof o.n?.x, typeof o?.a);
print(`${o.n?.x}`, o.a?.b ?? "gone");
var count = 0;
var counter = { get p() { count++; return { q: count }; } };
print(counter?.p?.q, counter.p?.q, count);
var arr = null;
print(arr?.length ?? 0, arr?.[0] ?? "empty");
var list = [{ name: "x" }, null, { name: "z" }];
print(list.map((e) => e?.name ?? "-").join(","));

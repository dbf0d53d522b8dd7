// ?? only falls back for null and undefined
// spec: [language.operator.logical]
print(null ?? "d", undefined ?? "d", 0 ?? "d", "" ?? "d", false ?? "d", NaN ?? "d");
print(0 || "or", 0 ?? "nullish");
var o = { zero: 0, empty: "", nul: null };
print(o.zero ?? 1, o.empty ?? "x", o.nul ?? "was null", o.missing ?? "was missing");
print(null ?? undefined ?? "third", null ?? (undefined ?? 4));
var calls = 0;
function rhs() { calls++; return "rhs"; }
print(1 ?? rhs(), null ?? rhs(), calls);
print((null || undefined) ?? "mix with parens", (0 ?? 1) || 2);
var doc = { title: null };
print(`title: ${doc.title ?? "untitled"}`);
print(typeof (void 0 ?? Symbol("s")));

// precedence and grouping of ?? relative to other operators
// spec: [language.operator.logical]
print(1 + (null ?? 2), (null ?? 1) + 2);
print(null ?? 2 * 3, (null ?? 2) * 3);
print(null ?? true ? "yes" : "no");
print(undefined ?? null ?? 0);
var x = null;
var y = x ?? (x = "assigned in rhs");
print(x, y);
print(((0 || null) ?? "a") && "b");
print(null ?? (() => "fn")());
var arr = [null, 0, undefined, "", "v"];
print(arr.map((v) => v ?? "N").join("|"));

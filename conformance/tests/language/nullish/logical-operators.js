// && and || return an operand, not a boolean, and short-circuit
// spec: [language.operator.logical]
print(1 && 2, 0 && 2, "" || "b", "a" || "b", null || undefined);
print(1 && 0 && 2, 0 || "" || null, 1 || (0 && 2));
var log = [];
function t(n, v) { log.push(n); return v; }
var r = t("a", 0) && t("b", 1);
print(r, log.join(""));
log = [];
r = t("a", 1) || t("b", 0);
print(r, log.join(""));
log = [];
r = t("a", 0) || t("b", 0) || t("c", "last");
print(r, log.join(""));
print(!0 && !"", !!(null || []));
var obj = {};
var val = obj.x || (obj.x = "lazy");
print(val, obj.x);
print(NaN || "nan is falsy", [] && "empty array is truthy");

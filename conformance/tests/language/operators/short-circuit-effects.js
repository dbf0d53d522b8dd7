// right operands run only when needed
// spec: [language.operator.logical]
var log = [];
function t(name, v) { log.push(name); return v; }
t("a", false) && t("b", true);
t("c", true) || t("d", true);
t("e", null) ?? t("f", 1);
t("g", 0) ?? t("h", 1);
t("i", true) ? t("j", 1) : t("k", 2);
print(log.join(""));
log = [];
var o = null;
o?.m(t("never", 1));
t("l", 1) , t("m", 2);
print(log.join(""));
var x = 0;
false && x++;
true || x++;
print(x);
var calls = 0;
function expensive() { calls++; return true; }
var ok = [1, 2, 3].every((n) => n > 0 || expensive());
print(ok, calls);

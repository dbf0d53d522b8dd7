// tagged templates receive the cooked strings and the substitution values
// spec: [language.template]
function tag(strings, ...values) {
  return JSON.stringify(strings) + "|" + JSON.stringify(values) + "|" + strings.length;
}
print(tag`a${1}b${2}c`);
print(tag`${"only"}`);
print(tag``);
print(tag`no subs`);
function upper(strings, ...vals) {
  return strings.reduce((acc, s, i) => acc + s + (i < vals.length ? String(vals[i]).toUpperCase() : ""), "");
}
var who = "bob";
print(upper`hi ${who}, bye ${"al"}!`);
var obj = { m(s, v) { return this.p + s[0] + v; }, p: "P" };
print(obj.m`x${1}`);
function returnsFn() { return (s) => "inner:" + s[0]; }
print(returnsFn()`tpl`);
print(String.raw`a${1}b`);

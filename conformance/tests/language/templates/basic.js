// template literal substitutions and conversions
// spec: [language.template]
var name = "world", n = 3;
print(`hello ${name}`, `${n} + ${n} = ${n + n}`);
print(`${null} ${undefined} ${true} ${[1, 2]} ${{}}`);
print(`${-0} ${1e21} ${0.1 + 0.2}`);
print(`a${""}b`, `${"nested " + `inner ${n}`}`);
print(`multi
line`.split("\n").length);
print(`\`backtick\` and \${not substituted}`);
print(`${`${`${"deep"}`}`}`);
print(`${n > 2 ? "big" : "small"}`, `${[1, 2, 3].map((x) => x * 2)}`);
var o = { toString() { return "TS"; }, valueOf() { return "VO"; } };
print(`${o}`, "" + o);
print(typeof `x`, `x`.length, ``.length);

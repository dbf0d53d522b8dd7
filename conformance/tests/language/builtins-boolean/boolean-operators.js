// booleans in arithmetic, comparison and conversion
// spec: [language.builtin.boolean]
print(true + true, true * 10, false - 1, true / 2, true ** 2, -true, +false);
print(true > false, true == 1, true === 1, false == 0, true == "1", true == "true");
print(true & false, true | false, true ^ true, ~true, true << 3);
print(String(true) + String(false), `${true}`, [true, false].join());
print(Number(true), parseInt(true), parseFloat("true"), Math.max(true, false));
var flags = [true, false, true, true];
print(flags.filter(Boolean).length, flags.reduce((a, b) => a + b, 0), flags.indexOf(false));
print(typeof (true && 1), typeof (false || "s"), !true, !!false);

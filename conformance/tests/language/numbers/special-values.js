// NaN, Infinity and -0
// spec: [language.value.number]
print(NaN, Infinity, -Infinity);
print(0 / 0, 1 / 0, -1 / 0);
print(Infinity - Infinity, Infinity * 0, Infinity / Infinity);
print(Infinity + 1 === Infinity, -Infinity < -1e308);
var nz = -0;
print(nz === 0, Object.is(nz, -0), 1 / nz);
print(Object.is(0 * -1, -0), Object.is(-0 + 0, 0), Object.is(-0 - 0, -0));
print(Object.is(Math.round(-0.4), -0), Object.is(-5 % 5, -0));
print(String(-0), (-0).toString(), JSON.stringify(-0), `${-0}`);
print(NaN !== NaN, isNaN(NaN), [NaN].indexOf(NaN));
print(typeof NaN, NaN > 0, NaN < 0, NaN == 0);

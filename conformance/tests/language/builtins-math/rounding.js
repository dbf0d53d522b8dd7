// floor, ceil, round, trunc with halves, negatives and -0
// spec: [language.builtin.math]
var xs = [2.5, 3.5, -2.5, -3.5, 0.49999999999999994, -0.5, 1.4, -1.6, 0];
print(xs.map(Math.round).map(String).join(" "));
print(Object.is(Math.round(-0.5), -0), Object.is(Math.round(-0.4), -0), Object.is(Math.round(0.4), 0));
print(Math.floor(1.9), Math.floor(-1.1), Math.ceil(1.1), Math.ceil(-1.9), Object.is(Math.ceil(-0.5), -0));
print(Math.trunc(4.7), Math.trunc(-4.7), Object.is(Math.trunc(-0.2), -0), Math.trunc("12.9"));
print(Math.round(NaN), Math.floor(Infinity), Math.ceil(-Infinity), Math.trunc(null), Math.round(undefined));
print(Math.round(2 ** 52 + 0.5), Math.round(-(2 ** 52)), Math.floor(2 ** 60) === 2 ** 60);
print(Math.round("2.5"), Math.round([1.5]), Math.floor({ valueOf: () => 3.7 }));

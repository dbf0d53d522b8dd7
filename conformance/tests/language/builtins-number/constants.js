// Number constants
// spec: [language.builtin.number]
print(Number.EPSILON === 2 ** -52, Number.MAX_SAFE_INTEGER === 2 ** 53 - 1, Number.MIN_SAFE_INTEGER === -(2 ** 53 - 1));
print(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
print(Number.MAX_VALUE, Number.MIN_VALUE, Number.MIN_VALUE > 0, Number.MIN_VALUE / 2);
print(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.isNaN(Number.NaN));
print(Number.MAX_VALUE * 2, Number.MAX_VALUE + 1 === Number.MAX_VALUE);
print(1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1);
var d = Object.getOwnPropertyDescriptor(Number, "MAX_VALUE");
print(d.writable, d.enumerable, d.configurable);
Number.EPSILON = 1;
print(Number.EPSILON === 1);
print(Number.NaN === NaN, Object.is(Number.NaN, NaN), Number.parseFloat === parseFloat, Number.parseInt === parseInt);

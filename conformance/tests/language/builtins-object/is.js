// Object.is implements SameValue
// spec: [language.builtin.object]
print(Object.is(1, 1), Object.is("a", "a"), Object.is(true, true), Object.is(null, null));
print(Object.is(NaN, NaN), Object.is(NaN, 0 / 0), Object.is(NaN, Number("x")));
print(Object.is(0, -0), Object.is(-0, -0), Object.is(0, 0), Object.is(-0, 0 * -1));
print(Object.is({}, {}), Object.is([], []), Object.is(Object, Object));
print(Object.is(null, undefined), Object.is(1, "1"), Object.is(), Object.is(undefined));
var s = Symbol();
print(Object.is(s, s), Object.is(Symbol.for("x"), Symbol.for("x")));

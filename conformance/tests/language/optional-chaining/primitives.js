// optional chaining on primitives and falsy values only stops on null/undefined
// spec: [language.operator.optional-chain]
print((0)?.toString(), ""?.toUpperCase(), NaN?.toFixed(1));
print(false?.valueOf(), "str"?.[0], (5)?.["toFixed"](2));
var sym = Symbol("d");
print(sym?.description);
var u;
print(u?.[Symbol.iterator], null?.[Symbol.iterator]);
print("abc"?.at?.(-1), [1, 2]?.at(-1));
var fns = { f: null, g: undefined, h: 0 };
print(fns.f?.(), fns.g?.());
try {
  fns.h?.();
} catch (e) {
  print(e.name);
}

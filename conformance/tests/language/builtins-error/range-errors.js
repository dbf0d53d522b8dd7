// built-ins that throw RangeError for out-of-range arguments
// spec: [language.builtin.error]
var cases = {
  "new Array(-1)": () => new Array(-1),
  "[].length = 2**32": () => { [].length = 2 ** 32; },
  "toFixed(101)": () => (1).toFixed(101),
  "toPrecision(0)": () => (1).toPrecision(0),
  "toExponential(101)": () => (1).toExponential(101),
  "toString(1)": () => (1).toString(1),
  "repeat(-1)": () => "x".repeat(-1),
  "fromCodePoint(-1)": () => String.fromCodePoint(-1),
  "padStart ok": () => "x".padStart(5),
};
for (var k of Object.keys(cases)) {
  try {
    cases[k]();
    print(k, "-> ok");
  } catch (e) {
    print(k, "->", e.name);
  }
}

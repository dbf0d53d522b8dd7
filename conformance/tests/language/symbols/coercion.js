// symbols do not convert implicitly to strings or numbers
// spec: [language.builtin.symbol] [language.value.symbol]
var s = Symbol("c");
var attempts = [
  function () { return s + ""; },
  function () { return `${s}`; },
  function () { return s + 1; },
  function () { return +s; },
  function () { return s * 2; },
  function () { return s < 1; },
  function () { return Number(s); },
];
for (var i = 0; i < attempts.length; i++) {
  try {
    attempts[i]();
    print(i, "no error");
  } catch (e) {
    print(i, e.name);
  }
}
print(String(s), s.toString(), s.description);
print(!!s, !s, s == s, s == Object(s), Object(s) == s);
print(typeof Object(s), Object(s).valueOf() === s);

// strings are immutable; index writes are ignored (sloppy) or throw (strict)
// spec: [language.value.string]
var s = "abc";
s[0] = "z";
print(s, s.length);
s.length = 1;
print(s.length);
(function () {
  "use strict";
  try {
    s[0] = "z";
  } catch (e) {
    print("strict index:", e.name);
  }
  try {
    s.length = 0;
  } catch (e) {
    print("strict length:", e.name);
  }
})();
var d = Object.getOwnPropertyDescriptor("abc", 1);
print(d.value, d.writable, d.enumerable, d.configurable);
var l = Object.getOwnPropertyDescriptor("abc", "length");
print(l.value, l.writable, l.enumerable, l.configurable);
print(delete s[0], delete s.foo);
print(Object.getOwnPropertyNames("ab").join(","));

// String.prototype methods convert this with ToString and reject null/undefined
// spec: [language.builtin.string-prototype]
var sp = String.prototype;
print(sp.slice.call(12345, 1, 3), sp.indexOf.call([1, 2, 3], "2"), sp.toUpperCase.call({ toString() { return "obj"; } }));
print(sp.split.call(1.5, ".").join("|"), sp.includes.call(true, "ru"), sp.padStart.call(7, 3, "0"));
var methods = ["trim", "slice", "charAt", "indexOf", "toUpperCase", "at"];
print(methods.map((m) => { try { sp[m].call(undefined); return "ok"; } catch (e) { return e.name; } }).join(","));
print(methods.map((m) => { try { sp[m].call(null); return "ok"; } catch (e) { return e.name; } }).join(","));
try {
  "abc".startsWith({ [Symbol.toPrimitive]() { return Symbol(); } });
} catch (e) {
  print("symbol argument:", e.name);
}

// ToNumber on string values through unary plus
// spec: [language.coercion.to-number]
var inputs = [" 12 ", "0x1f", "0b101", "0o17", "1e3", "", "abc", "Infinity", "-Infinity",
  "+5", "-0x5", "1.", ".1", "1e", "e1", "0.0000001", "12abc", "\t\n 3 \r", "1 2", "0b2", "0o8", "0xG"];
var out = [];
for (var s of inputs) out.push(String(+s));
print(out.join(" | "));
print(Object.is(+"-0", -0), Object.is(+" -0 ", -0), Object.is(+"0", 0));
print(+"9007199254740993", +"1e309", +"-1e309", +"5e-325");
print(+"0.1e1", +"00.5", +"1e+2", +"1E-2");

// Math.random: only the type and range are deterministic
// spec: [language.builtin.math]
var ok = true;
for (var i = 0; i < 1000; i++) {
  var r = Math.random();
  if (typeof r !== "number" || !(r >= 0 && r < 1)) ok = false;
}
print(typeof Math.random(), ok, Math.random.length);
var dice = new Set();
for (var j = 0; j < 1000; j++) dice.add(Math.floor(Math.random() * 6) + 1);
print([...dice].every((d) => d >= 1 && d <= 6 && Number.isInteger(d)));

// only the type of Date.now() is deterministic
// spec: [language.builtin.global]
var t = Date.now();
print(typeof t, Number.isInteger(t), t > 0);
var t2 = Date.now();
print(t2 >= t, typeof Date.now, Date.now() >= t2);
print(Date.now.length, Date.now.name);
var elapsed = Date.now() - t;
print(typeof elapsed, elapsed >= 0);

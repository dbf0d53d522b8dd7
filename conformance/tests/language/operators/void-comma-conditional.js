// void, comma and the conditional operator
// spec: [language.operator.void-comma-conditional]
print(void 0, void "x", void (1 + 1));
var called = false;
void (called = true);
print(called);
var c = (1, 2, 3);
print(c);
var i = 0;
var r = (i++, i++, i);
print(r, i);
for (var a = 0, b = 10; a < b; a += 3, b -= 3);
print(a, b);
print(true ? "yes" : "no", 0 ? "yes" : "no", "" ? 1 : null ? 2 : 3);
var n = 5;
print(n > 3 ? n > 4 ? "gt4" : "4" : "small");
var log = [];
var res = (log.push("test"), true) ? (log.push("then"), 1) : (log.push("else"), 2);
print(res, log.join(","));
var obj = { m() { return this === obj; } };
print((0, obj.m)() === false, (obj.m)());
